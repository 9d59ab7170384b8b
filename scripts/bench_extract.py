#!/usr/bin/env python3
"""Extraction speed: relgraph on a generated multilingual corpus (default 100 MB), and
relgraph against Natasha on the same Russian texts, in one run.

The corpus is generated from sentence templates in ru/en/it/kk filled with random cities,
people, organisations and dates, so that every document differs. Throughput is measured end
to end (`relgraph extract DIR --format json > /dev/null`: reading, cleaning, extraction and
JSON output). Natasha runs its standard pipeline (segmenter, morphology, NER) in-process; its
time excludes model loading.

usage: python3 scripts/bench_extract.py [--mb 100] [--natasha-mb 2] [--rounds 3]
needs: swift build -c release --product relgraph; pip install natasha==1.6.0
"""
import json, os, random, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "relgraph")
MB = float(sys.argv[sys.argv.index("--mb") + 1]) if "--mb" in sys.argv else 100
NAT_MB = float(sys.argv[sys.argv.index("--natasha-mb") + 1]) if "--natasha-mb" in sys.argv else 2
ROUNDS = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3

CITIES = {"ru": ["Алматы", "Астана", "Шымкент", "Урумчи", "Сиань", "Шанхай", "Ташкент", "Бишкек", "Актау", "Тараз"],
          "en": ["Almaty", "Astana", "Shymkent", "Urumqi", "Xi'an", "Shanghai", "Tashkent", "Bishkek", "Aktau", "Taraz"],
          "it": ["Almaty", "Astana", "Shymkent", "Urumqi", "Xi'an", "Shanghai", "Tashkent", "Bishkek", "Aktau", "Taraz"],
          "kk": ["Алматы", "Астана", "Шымкент", "Үрімжі", "Сиань", "Шанхай", "Ташкент", "Бішкек", "Ақтау", "Тараз"]}
FIRST = ["Марат", "Айгерим", "Ерлан", "Дана", "Нурлан", "Асель"]
LAST = ["Сапаров", "Ахметов", "Жумабеков", "Касымов", "Омаров", "Сейткали"]
CN = ["Ли Вэй", "Ван Гуан", "Чжан Мин", "Лю Ян", "Чэнь Цзе", "Ян Фан"]
CN_EN = ["Li Wei", "Wang Guang", "Zhang Ming", "Liu Yang", "Chen Jie", "Yang Fang"]
T = {
 "ru": ["{d} в {c} прошёл форум «{c} – {c2}», организованный акиматом города.",
        "Аким города {c} {p} встретился с вице-мэром {c2} {cn}.",
        "Стороны обсудили сотрудничество Казахстана и Китая в области транспорта и энергетики.",
        "Генеральный консул КНР в {c} {cn} отметил рост товарооборота между двумя странами.",
        "{c} и {c2} стали городами-побратимами, сообщил {p}."],
 "en": ["On {d} the {c} forum on China–Kazakhstan cooperation took place in {c}.",
        "Mayor of {c2} {cne} met akim of {c} {pe} to discuss the Belt and Road Initiative.",
        "PowerChina and Samruk-Kazyna agreed to build a wind farm near {c}.",
        "Chinese Ambassador to Kazakhstan {cne} visited {c} and {c2}."],
 "it": ["Il {d} il sindaco di {c} {pe} ha incontrato il vicesindaco di {c2} {cne}.",
        "Le due città hanno firmato un accordo di gemellaggio nell'ambito della Belt and Road Initiative.",
        "Il presidente kazako Kassym-Jomart Tokayev ha visitato {c2}."],
 "kk": ["{c} қаласының әкімі {p} {c2} делегациясын қабылдады.",
        "Тараптар Қазақстан мен Қытай арасындағы ынтымақтастықты талқылады.",
        "{c} пен {c2} бауырлас қалалар болды."],
}
DATES = {"ru": "{n} мая 2024 года", "en": "{n} May 2024", "it": "{n} maggio 2024", "kk": "2024 жылғы {n} мамырда"}


def translit(s):
    table = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})
    return " ".join(w[:1].upper() + w[1:].lower().translate(table)[1:] if w else w for w in s.split())


def document(rng, lang):
    out = []
    for _ in range(rng.randint(8, 20)):
        c, c2 = rng.sample(CITIES[lang], 2)
        p = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        cn = rng.choice(CN)
        out.append(rng.choice(T[lang]).format(d=DATES[lang].format(n=rng.randint(1, 28)), c=c, c2=c2, p=p, pe=translit(p) if lang != "ru" else p,
                                               cn=cn, cne=CN_EN[CN.index(cn)]))
    return " ".join(out) + "\n"


def generate(d, mb, langs, seed=42):
    rng = random.Random(seed)
    total, i = 0, 0
    os.makedirs(d, exist_ok=True)
    while total < mb * 1_000_000:
        lang = langs[i % len(langs)]
        text = document(rng, lang)
        with open(os.path.join(d, f"{lang}-{i:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode())
        i += 1
    return total, i


def relgraph_seconds(d, *extra):
    t = time.perf_counter()
    p = subprocess.run([BIN, "extract", d, "--format", "json", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(p.stderr.decode()[-300:])
    return time.perf_counter() - t


def main():
    work = tempfile.mkdtemp(prefix="relgraph-extract-bench-")
    try:
        big = os.path.join(work, "multi")
        size, n = generate(big, MB, ["ru", "en", "it", "kk"])
        # full pipeline and entities only, interleaved, best of ROUNDS (the machine is shared)
        full, ents = [], []
        for _ in range(ROUNDS):
            full.append(relgraph_seconds(big))
            ents.append(relgraph_seconds(big, "--entities-only"))
        secs, esecs = min(full), min(ents)
        print(f"relgraph: {size / 1e6:.1f} MB in {n} documents (ru/en/it/kk) in {secs:.1f} s = {size / 1e6 / secs:.2f} MB/s "
              f"(best of {ROUNDS}; all runs {', '.join(f'{x:.1f}' for x in full)} s)")
        print(f"entities only: {esecs:.1f} s (all runs {', '.join(f'{x:.1f}' for x in ents)} s); "
              f"relations cost ×{secs / esecs:.2f} of the entity-only pipeline")
        ru = os.path.join(work, "ru")
        rsize, rn = generate(ru, NAT_MB, ["ru"], seed=7)
        rsecs = relgraph_seconds(ru)
        texts = [open(os.path.join(ru, f), encoding="utf-8").read() for f in sorted(os.listdir(ru))]
        from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
        seg, emb = Segmenter(), NewsEmbedding()
        ner, morph = NewsNERTagger(emb), NewsMorphTagger(emb)
        t = time.perf_counter()
        for text in texts:
            doc = Doc(text)
            doc.segment(seg)
            doc.tag_morph(morph)
            doc.tag_ner(ner)
        nsecs = time.perf_counter() - t
        print(f"Russian texts, {rsize / 1e6:.1f} MB: relgraph {rsecs:.2f} s ({rsize / 1e6 / rsecs:.2f} MB/s), "
              f"Natasha {nsecs:.2f} s ({rsize / 1e6 / nsecs:.3f} MB/s); relgraph is {nsecs / rsecs:.0f}× Natasha's throughput")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
