@testable import EntityExtraction
import Testing

@Suite struct TransliterationTests {
  @Test("Palladius to Pinyin, syllable by syllable", arguments: [
    ("Цзян", "jiang"), ("Вэй", "wei"), ("Цзюцзян", "jiujiang"), ("Шулянь", "shulian"), ("Чэн", "cheng"),
    ("Синжуй", "xingrui"), ("Цзиньпин", "jinping"), ("Цзяньго", "jianguo"), ("Шаньдун", "shandong"),
    ("Хубэй", "hubei"), ("Вэньбинь", "wenbin"), ("Цзюньцзе", "junjie"), ("Сюй", "xu"), ("Ляньюньган", "lianyungang"),
    // (z, c and s before the bare i: Palladius цзы, цы, сы)
    ("Сыдун", "sidong"), ("Цзыцзинь", "zijin"), ("Цыси", "cixi"),
    // (a hard sign parts -n from a following е, ю or я)
    ("Цинъе", "qingye"), ("Чанъюй", "changyu"),
  ])
  func palladius(_ pair: (String, String)) {
    #expect(Transliteration.pinyin(fromPalladius: pair.0) == pair.1)
  }

  @Test("Pinyin words with zi, ci and si", arguments: ["sidong", "zijin", "cixi", "sima"])
  func pinyinWithBareI(_ w: String) { #expect(Transliteration.isPinyin(w)) }

  @Test("Шэньси (Shaanxi) and Шаньси (Shanxi) stay apart")
  func shaanxiShanxi() {
    #expect(Transliteration.pinyin(fromPalladius: "Шэньси") != Transliteration.pinyin(fromPalladius: "Шаньси"))
  }

  @Test("words that are not Chinese do not read as Palladius", arguments: ["Казахстан", "Алматы", "Рамазанова", "Токаев"])
  func notChinese(_ w: String) { #expect(Transliteration.pinyin(fromPalladius: w) == nil) }

  @Test("spelling variants of Kazakh names meet at one key")
  func nameKeys() {
    let k = Transliteration.nameKey("Tokayev")
    #expect(Transliteration.nameKey("Tokaev") == k)
    #expect(Transliteration.nameKey("Toqaev") == k)
    #expect(Transliteration.nameKey("Токаев") == k)
    #expect(Transliteration.slug("Баян Рамазанова") == Transliteration.slug("Bayan Ramazanova"))
    #expect(Transliteration.slug("Ғабит Сыздықбеков") == Transliteration.slug("Габит Сыздыкбеков"))
  }

  @Test("an English company name and its Russian spelling share their consonants", arguments: [
    ("Full Gold Mining", "Фулл Голд Майнинг"), ("Jackson Power", "Джексон Пауэр"), ("Phoenix Capital", "Феникс Кэпитал"),
  ])
  func skeletons(_ pair: (String, String)) {
    #expect(Transliteration.consonantSkeleton(pair.0) == Transliteration.consonantSkeleton(pair.1))
  }

  @Test("different company names keep different consonants")
  func skeletonsDiffer() {
    #expect(Transliteration.consonantSkeleton("Full Gold Mining") == "fl gld mng")
    #expect(Transliteration.consonantSkeleton("Gold Mining") != Transliteration.consonantSkeleton("Golden Mining"))
    #expect(Transliteration.consonantSkeleton("Silk Road Group") != Transliteration.consonantSkeleton("Силк Вэй Групп"))
  }

  @Test("Pinyin to Palladius for generated Russian names")
  func toPalladius() {
    #expect(Transliteration.palladius(fromPinyin: "jiujiang") == "цзюцзян")
    #expect(Transliteration.palladius(fromPinyin: "lianyungang") == "ляньюньган")
  }
}
