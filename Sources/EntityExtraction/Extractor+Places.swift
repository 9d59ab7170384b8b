import TextIngest

extension Extractor {
  /// Whether the one catalogued name at `k` may name a district: a town's, a natural
  /// feature's, a one-word site's or a province's one word ("Medeu district", "il quartiere di
  /// Alatau", "Маңғыстау ауданы": a province is never a district, so a district bears its name).
  /// Cost: O(1).
  static func namesDistrict(_ st: State, _ k: Int) -> Bool {
    guard let o = st.owner[k] else { return false }
    switch st.entityKind(at: k) {
    case .city: return true
    case .project: return st.spans[o].first == st.spans[o].last
    case .region:
      let subkind = st.subkind(of: st.spans[o].key)
      return subkind == "natural-feature" || subkind == "oblast" && st.spans[o].first == st.spans[o].last
    default: return false
    }
  }

  /// The two names joined by "and" right before the cue at `t` ("the Panji Poyon and Fotehobod
  /// crossings"), each a town the text has read or up to three capitalised words no rule has
  /// read, in one sentence; nil when the tokens before the cue are not such. O(1).
  func coordinatedNames(_ st: State, before t: Int) -> [(Int, Int)]? {
    func name(endingAt e: Int) -> (Int, Int)? {
      guard e >= 0, st.isCapName(e), st.sentenceOf(e) == st.sentenceOf(t) else { return nil }
      if let o = st.owner[e] { return st.spans[o].last == e && st.entityKind(at: e) == .city ? (st.spans[o].first, e) : nil }
      var f = e
      while f > 0, e - f < 2, st.owner[f - 1] == nil, st.isCapName(f - 1), st.gap(f - 1, f).elementsEqual([" "]), !Lexicon.stopCapitalized.contains(st.toks[f - 1].folded) { f -= 1 }
      return Lexicon.stopCapitalized.contains(st.toks[f].folded) ? nil : (f, e)
    }
    guard st.joins(t - 1, t), let second = name(endingAt: t - 1), second.0 >= 2, Lexicon.coordinators.contains(st.toks[second.0 - 1].folded),
      st.joins(second.0 - 2, second.0 - 1), st.joins(second.0 - 1, second.0), let first = name(endingAt: second.0 - 2)
    else { return nil }
    return [first, second]
  }

  /// Places by cue: `город Жанатас`, `провинции Хэнань`, `Hainan Province`, `provincia di X`.
  func discoverPlaces(_ st: State) {
    let n = st.toks.count
    parentheticalTowns(st)
    for t in 0..<n {
      // ("на реках Или, Эмель и Хоргос": the catalogue's feature, its cue included, opens the list)
      if st.owner[t] != nil {
        _ = listAfterCataloguedFeature(st, cue: t, at: t)
        continue
      }
      // "dalle regioni di Kostanay e Akmola", "the Kostanay and Akmola regions": each name is
      // the catalogue's region of that name
      // ("delle province di Namangan e Andijan": the Italian plural, which English spells as
      // its singular)
      if Lexicon.pluralRegionCues.contains(st.toks[t].folded) || st.doc.language == "it" && st.toks[t].folded == "province" {
        var names: [Int] = []
        var k = t + 1
        if k < n, ["di", "of", "del", "della"].contains(st.toks[k].folded) { k += 1 }
        // (names right before the cue are its own: "the Turkistan and Zhambyl regions of
        // Kazakhstan"; a sentence's capitalised first word is its article: "Nelle regioni di …")
        let namedBefore = t > 0 && st.isCapName(t - 1) && st.joins(t - 1, t) && !isSentenceStart(st, t - 1)
        while !namedBefore, k < n, st.isCapName(k), st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k) || st.gap(k - 1, k).contains(",") {
          // ("regioni di Batken e Jalal-Abad": a hyphenated name is the catalogue's region
          // named after that town)
          let e = hyphenatedNameEnd(st, from: k, free: false)
          if e > k {
            if let region = regionNamedAfterCity(st, .region, k, e) {
              release(st, k, e)
              addCatalogued(st, region)
              st.addSpan(k, e, id: region.id)
            }
            k = e
          } else {
            names.append(k)
          }
          if k + 2 < n, ["e", "and"].contains(st.toks[k + 1].folded) { k += 2 } else if k + 1 < n, st.gap(k, k + 1).contains(",") { k += 1 } else { break }
          if k + 1 < n, ["di", "of"].contains(st.toks[k].folded) { k += 1 }  // "di Kostanay e di Akmola"
        }
        if names.isEmpty {  // names before the cue
          var j = t - 1
          while j >= 0, st.isCapName(j), st.sentenceOf(j) == st.sentenceOf(t) {
            // ("the Kostanay and North Kazakhstan regions": a name of two words is the
            // catalogue's region of that name)
            if j >= 1, st.isCapName(j - 1), st.joins(j - 1, j), let ei = regionEntry(named: st.text(j - 1, j)) {
              let e = catalog.entries[ei]
              release(st, j - 1, j)
              addCatalogued(st, e)
              st.addSpan(j - 1, j, id: e.id)
              j -= 1
            } else {
              names.append(j)
            }
            if j >= 2, ["e", "and", "және", "мен", "бен", "пен"].contains(st.toks[j - 1].folded) { j -= 2 } else if j >= 1, st.gap(j - 1, j).contains(",") { j -= 1 } else { break }
          }
        }
        for j in names {
          guard st.owner[j] == nil || oneWordPlaceOrProject(st, j), !placeHeads(st, .region, at: j).isEmpty else { continue }
          if st.owner[j] != nil { release(st, j, j) }
          addPlace(st, j, j, kind: .region, label: st.original(j))
        }
        continue
      }
      // "Шу және Қордай аудандарын", "the Shu and Korday districts": the names joined by "and"
      // right before a plural district cue are districts (a name set off by a comma before
      // them is left as it is: "Тараз, Шу және Қордай аудандары")
      // (the cue's bytes are compared first: a prefix test that fails on the first byte)
      // ("Жуалы және Т.Рысқұлов аудандарының": the second may be a person's initialled name, or
      // a person's full name the person rules read: "Spitamen and Jabbor Rasulov districts")
      if t >= 3, let singular = Lexicon.pluralDistrictCues.first(where: { st.toks[t].folded.utf8.starts(with: $0.prefix) })?.singular,
        // (or hyphenated: "the At-Bashy and Kochkor districts", whose first name may be a town's)
        case let s2 = initialledName(st, endingAt: t - 1) ?? twoWordPerson(st, endingAt: t - 1) ?? hyphenatedNameStart(st, to: t - 1), s2 >= 2,
        Lexicon.coordinators.contains(st.toks[s2 - 1].folded), st.isCapName(t - 1), st.joins(t - 1, t), st.isCapName(s2 - 2), st.joins(s2 - 2, s2 - 1),
        st.sentenceOf(s2 - 2) == st.sentenceOf(t)
      {
        // (a river's name is a district's before the cue: "Жалағаш және Сырдария аудандарында")
        for (a, b) in [(hyphenatedNameStart(st, to: s2 - 2), s2 - 2), (s2, t - 1)] where st.owner[b] == nil || oneWordPlaceOrProject(st, b) || a < b
          || isOneWordMention(st, b, of: .region, .region) && st.subkind(of: st.spans[st.owner[b]!].key) == "natural-feature"
        {
          if st.owner[b] != nil { release(st, a, b) }
          addPlace(st, a, b, kind: .region, label: singular.isEmpty ? st.text(a, b) : st.text(a, b) + " " + singular, district: true)
        }
        // ("Мерке ауданында … Мерке, Шу және Жуалы аудандарынан": a name set off by a comma is a
        // district too when the text has named that district with its cue)
        // (or, in English, when "the" opens the list: "the Chimbay, Karauzyak and Takhtakupyr
        // districts")
        // (before the first of the two, hyphenated or not: "Aravan, Kara-Suu and Nookat")
        let k = hyphenatedNameStart(st, to: s2 - 2) - 1
        if k >= 0, st.gap(k, k + 1).elementsEqual([",", " "]), st.isCapName(k), oneWordPlaceOrProject(st, k) || st.owner[k] == nil && st.doc.language == "en",
          case let label = st.original(k) + " " + singular,
          // (whatever the label's capitals: "the Aravan district" is labelled "Aravan District")
          st.entities.values.contains(where: { $0.kind == .region && WordKey.same(Normalizer.fold($0.label), Normalizer.fold(label)) })
            || st.doc.language == "en" && k >= 1 && st.toks[k - 1].folded == "the" && st.joins(k - 1, k)
        {
          release(st, k, k)
          addPlace(st, k, k, kind: .region, label: label, district: true)
        }
        continue
      }
      // "Кушониёнского и Вахшского районов", "Кара-Суйского и Араванского районов": two Russian
      // adjectives joined by "и" before the plural district cue, each a district
      // (and so the Turkmen districts: "Губадагского и Акдепинского этрапов")
      if t >= 3, st.doc.language == "ru", let cue = Lexicon.russianPluralDistricts[st.toks[t].folded], st.joins(t - 1, t) {
        let s2 = hyphenatedNameStart(st, to: t - 1)
        if s2 >= 2, Lexicon.coordinators.contains(st.toks[s2 - 1].folded), st.joins(s2 - 1, s2), st.joins(s2 - 2, s2 - 1) {
          let s1 = hyphenatedNameStart(st, to: s2 - 2)
          var pair = [(s1, s2 - 2), (s2, t - 1)]
          // ("Панфиловского, Жайылского и Московского районов": more adjectives before them,
          // each after a comma)
          while let (a, _) = pair.first, a >= 2, st.gap(a - 1, a).elementsEqual([",", " "]), st.sentenceOf(a - 1) == st.sentenceOf(t) {
            let b = a - 1
            let s = hyphenatedNameStart(st, to: b)
            guard st.isCapName(s), Morphology.isRussianAdjective(st.toks[b].folded), !isSentenceStart(st, s) else { break }
            pair.insert((s, b), at: 0)
          }
          // (a one-word place the adjective read as, "Московского" as the village Moskovsky, yields)
          func free(_ a: Int, _ b: Int) -> Bool { (a...b).allSatisfy { st.owner[$0] == nil } || a == b && pair.count > 2 && oneWordPlaceOrProject(st, a) }
          if pair.allSatisfy({ a, b in st.isCapName(a) && Morphology.isRussianAdjective(st.toks[b].folded) && free(a, b) }),
            st.sentenceOf(pair[0].0) == st.sentenceOf(t)
          {
            // (the last mention keeps the cue, as "Узгенском районах" does)
            for (a, b) in pair {
              if st.owner[a] != nil { release(st, a, a) }
              addPlace(st, a, b == t - 1 ? t : b, kind: .region, label: Morphology.nominativeAdjective(st.text(a, b), agreeingWith: "район") + " " + cue, district: true)
            }
            continue
          }
        }
      }
      // ("Жаңақорған, Арал аудандарында": two names and a comma alone before the plural cue are
      // both districts; a longer list is left as it is)
      if t >= 2, let singular = Lexicon.pluralDistrictCues.first(where: { st.toks[t].folded.utf8.starts(with: $0.prefix) })?.singular,
        st.gap(t - 2, t - 1).elementsEqual([",", " "]), st.isCapName(t - 2), st.isCapName(t - 1), st.joins(t - 1, t), st.sentenceOf(t - 2) == st.sentenceOf(t),
        // (a coordinator before them may join another kind of place: "Қызылорда қаласы мен
        // Жаңақорған, Арал аудандарында")
        !(t >= 3 && (st.gap(t - 3, t - 2).contains(",") || st.toks[t - 3].capitalized && st.joins(t - 3, t - 2)
          || Lexicon.coordinators.contains(st.toks[t - 3].folded) && t >= 4 && st.toks[t - 4].capitalized)),
        [t - 2, t - 1].allSatisfy({ st.owner[$0] == nil || oneWordPlaceOrProject(st, $0) })
      {
        for k in [t - 2, t - 1] {
          if st.owner[k] != nil { release(st, k, k) }
          addPlace(st, k, k, kind: .region, label: singular.isEmpty ? st.original(k) : st.original(k) + " " + singular, district: true)
        }
        continue
      }
      // "Қосшы мен Тайтөбе елді мекендерінде", "Тайтөбе елді мекенінде": a Kazakh settlement
      // (елді мекен) is a town, and so is each of two names joined before the plural
      if st.doc.language == "kk", t >= 2, st.toks[t].folded.hasBytePrefix("мекен"), st.toks[t - 1].folded == "елді", st.joins(t - 1, t) {
        let plural = st.toks[t].folded.hasBytePrefix("мекендер")
        var names = [t - 2]
        if plural, t >= 4, Lexicon.coordinators.contains(st.toks[t - 3].folded), st.joins(t - 4, t - 3), st.joins(t - 3, t - 2), st.isCapName(t - 4),
          st.sentenceOf(t - 4) == st.sentenceOf(t)
        { names.append(t - 4) }
        if st.isCapName(t - 2), st.joins(t - 2, t - 1), !isSentenceStartAndCommon(st, t - 2) {
          for k in names where st.owner[k] == nil { addPlace(st, k, k, kind: .city, label: st.original(k), district: true) }
        }
        continue
      }
      // "in Tamga and Barskoon villages": the names joined by "and" before a plural town cue
      let pluralTownCue = t >= 2 && (Lexicon.pluralCityCuesAfter.contains(st.toks[t].folded)
        || (st.doc.language == "kk" && Lexicon.kazakhPluralCityCues.contains(where: { st.toks[t].folded.hasBytePrefix($0) })))
      if t >= 3, pluralTownCue, Lexicon.coordinators.contains(st.toks[t - 2].folded),
        st.isCapName(t - 1), st.joins(t - 1, t), st.isCapName(t - 3), st.joins(t - 3, t - 2), st.joins(t - 2, t - 1), st.sentenceOf(t - 3) == st.sentenceOf(t)
      {
        for k in [t - 3, t - 1] where st.owner[k] == nil {
          addPlace(st, k, k, kind: .city, label: st.original(k), district: true)
        }
        continue
      }
      // ("Шеңгелді, Заречный ауылдарын": two names and a comma alone before the plural cue, as
      // with districts; a longer list, or one a coordinator joins to another place, is left;
      // the country or region they are in may stand before them in the genitive: "Қырғызстанның
      // Арпа, Макмал ауылдары")
      if pluralTownCue, st.gap(t - 2, t - 1).elementsEqual([",", " "]), st.isCapName(t - 2), st.isCapName(t - 1), st.joins(t - 1, t),
        st.sentenceOf(t - 2) == st.sentenceOf(t),
        !(t >= 3 && (st.gap(t - 3, t - 2).contains(",")
          || st.toks[t - 3].capitalized && st.joins(t - 3, t - 2)
            && !(st.entityKind(at: t - 3) == .region && RelationRules.kazakhGenitive.contains(where: { st.toks[t - 3].folded.hasByteSuffix($0) }))
          || Lexicon.coordinators.contains(st.toks[t - 3].folded) && t >= 4 && st.toks[t - 4].capitalized)),
        [t - 2, t - 1].allSatisfy({ st.owner[$0] == nil || isOneWordMention(st, $0, of: .city, .city) })
      {
        for k in [t - 2, t - 1] where st.owner[k] == nil {
          addPlace(st, k, k, kind: .city, label: st.original(k), district: true)
        }
        continue
      }
      // "through the Panji Poyon and Fotehobod crossings": two names of up to three words each
      // joined by "and" before a plural crossing cue are towns, as a crossing is its town
      if t >= 3, st.doc.language == "en", ["crossings", "checkpoints"].contains(st.toks[t].folded), let names = coordinatedNames(st, before: t) {
        for (f, l) in names where (f...l).allSatisfy({ st.owner[$0] == nil }) {
          addPlace(st, f, l, kind: .city, label: st.text(f, l), district: true)
        }
        continue
      }
      // "the Kyrgyz towns of Makmal and Jalal-Abad": each name is a town
      // ("i distretti di Muynak e Kungrad": districts, each labelled as one)
      // ("в сёлах Кок-Сай и Бекмолдо": a Russian plural cue stands right before the names)
      let russianList = t + 1 < n && Lexicon.russianPluralCityCues.contains(st.toks[t].folded) && st.joins(t, t + 1)
      // ("nearby villages such as Kara-Buura and Bakai-Ata", "towns including Osh": examples of
      // the plural cue are towns too)
      let examples = t + 3 < n && Lexicon.pluralCityCues.contains(st.toks[t].folded) && st.joins(t, t + 1)
        ? (st.toks[t + 1].folded == "such" && st.toks[t + 2].folded == "as" ? 3 : st.toks[t + 1].folded == "including" ? 2 : 0) : 0
      if russianList || examples > 0 || t + 2 < n && (st.toks[t + 1].folded == "of" || st.toks[t + 1].folded == "di") && Lexicon.pluralCityCues.contains(st.toks[t].folded) {
        let district = Lexicon.pluralDistrictCuesBefore[st.toks[t].folded]
        var k = russianList ? t + 1 : examples > 0 ? t + examples : t + 2
        while k < n, st.isCapName(k), st.sentenceOf(k) == st.sentenceOf(t), st.joins(k - 1, k) || st.gap(k - 1, k).contains(",") {
          var last = hyphenatedNameEnd(st, from: k, free: false)
          // ("the districts of Bobojon Gafurov and Jabbor Rasulov": a district may bear a
          // person's two-word name, which a person's reading yields)
          if district != nil, last == k, k + 1 < n, st.gap(k, k + 1).elementsEqual([" "]), st.isCapName(k + 1), st.sentenceOf(k + 1) == st.sentenceOf(t),
            k + 2 == n || ["and", "e"].contains(st.toks[k + 2].folded) || st.gap(k + 1, k + 2).contains(where: { $0 == "," || $0 == "." || $0 == ";" }),
            st.owner[k] == nil && st.owner[k + 1] == nil || st.owner[k].map({ st.spans[$0].first == k && st.spans[$0].last == k + 1 && st.entityKind(at: k) == .person }) == true
          {
            last = k + 1
            if st.owner[k] != nil { release(st, k, last) }
          }
          if let d = district {
            // (a district bears its town's name: the town's one-word mention yields)
            if (k...last).allSatisfy({ st.owner[$0] == nil }) || (k == last && oneWordPlaceOrProject(st, k)) {
              if st.owner[k] != nil { release(st, k, k) }
              // (keyed as a cue's district is, "<name> District", so that it meets the same
              // district named with a singular cue: "nel distretto di Jaloliddini Balkhi … nei
              // distretti di Jaloliddini Balkhi, Vakhsh e Jomi")
              addPlace(st, k, last, kind: .region, label: d.prefix + st.text(k, last) + d.suffix, district: true, id: Transliteration.slug(st.text(k, last) + " district"), subkind: "district")
            }
          } else if (k...last).allSatisfy({ st.owner[$0] == nil }) {
            addPlace(st, k, last, kind: .city, label: st.text(k, last))
          }
          k = last
          // ("dai distretti di Tejen e di Sarahs": the preposition may be said again)
          if k + 3 < n, ["and", "e"].contains(st.toks[k + 1].folded), st.toks[k + 2].folded == st.toks[t + 1].folded, ["of", "di"].contains(st.toks[k + 2].folded) {
            k += 3
          } else if k + 2 < n, ["and", "e", "и"].contains(st.toks[k + 1].folded) { k += 2 } else if k + 1 < n, st.gap(k, k + 1).contains(",") { k += 1 } else { break }
        }
        continue
      }
      var kind: EntityKind?
      var cue = ""
      for c in st.cands[t] { if let k = Lexicon.placeCues[c] { kind = k; cue = c; break } }
      // ("Орталық ауыл шаруашылығы бойынша …": the Kazakh "ауыл шаруашылығы" is agriculture,
      // no village)
      if kind != nil, st.doc.language == "kk", t + 1 < st.toks.count, st.toks[t + 1].folded.hasBytePrefix("шаруашыл") { kind = nil }
      // ("nella regione di Naryn e in quella di Osh": after "e" or a preposition, "quella"
      // stands for the cue said a few words before it in the sentence)
      if kind == nil, st.doc.language == "it", st.toks[t].folded == "quella" || st.toks[t].folded == "quello", t > 0,
        ["e", "in", "da", "a", "per", "con", "su", "tra"].contains(st.toks[t - 1].folded),
        t + 2 < n, ["di", "del", "della", "dello"].contains(st.toks[t + 1].folded),
        let j = stride(from: t - 2, through: max(0, t - 8), by: -1).first(where: { Lexicon.placeCues[st.toks[$0].folded] != nil }), st.sentenceOf(j) == st.sentenceOf(t)
      {
        cue = st.toks[j].folded
        kind = Lexicon.placeCues[cue]
      }
      // "ghiacciaio di Davydov", "Davydov glacier", "ледник Давыдова": natural features
      // (every reading of a natural feature's cue needs a capitalised word within three
      // tokens before it or two after it, so only such tokens are looked up)
      if kind == nil, (max(0, t - 3)..<min(n, t + 3)).contains(where: { $0 != t && st.toks[$0].capitalized }),
        st.cands[t].contains(where: { Lexicon.naturalFeatureCues.contains($0) }) || st.doc.language == "kk" && Lexicon.kazakhPluralNatural(st.toks[t].folded) != nil,
        // ("the Kamchik Pass": English "pass" is a cue only capitalised, as a name's part; the
        // verb is lower-case)
        st.toks[t].folded != "pass" || (st.toks[t].capitalized && !st.inTitle(t) && t > 0 && st.isCapName(t - 1))
      {
        var name = t + 1
        if name < n, ["of", "di", "del", "della", "dell", "dello"].contains(st.toks[name].folded) { name += 1 }
        // ("lago Song-Kul", "озеро Сон-Куль": a hyphenated name is read whole)
        var nameEnd = name < n ? hyphenatedNameEnd(st, from: name) : name
        // ("i monti Terskey Ala-Too": a range's name may run to a second word)
        if nameEnd + 1 < n, st.cands[t].contains(where: { Lexicon.naturalFeatureClasses[$0] == "mountain" }), st.gap(nameEnd, nameEnd + 1).elementsEqual([" "]),
          st.isCapName(nameEnd + 1), st.owner[nameEnd + 1] == nil, st.sentenceOf(nameEnd + 1) == st.sentenceOf(t),
          !st.cands[nameEnd + 1].contains(where: { Lexicon.placeCues[$0] != nil })
        {
          nameEnd = hyphenatedNameEnd(st, from: nameEnd + 1)
        }
        // ("in the mountains of Bostanliq District": a name its own place cue follows is that
        // district's or region's, which the cue rules read; the features are only around it)
        if name > t + 1, nameEnd + 1 < n, st.joins(nameEnd, nameEnd + 1), st.cands[nameEnd + 1].contains(where: { Lexicon.placeCues[$0] != nil }) { continue }
        // ("на реках Или, Эмель и Хоргос": a catalogued feature first, then the list)
        if listAfterCataloguedFeature(st, cue: t, at: name) { continue }
        // ("на перевале Ферганского хребта": an adjective after the cue names the noun after it)
        // (a function word after it shows a name that ends as an adjective does: "на реке Пскем
        // в Ташкентской области")
        if name == t + 1, name + 1 < n, st.joins(t, name), Morphology.isCyrillic(st.toks[name].folded), Morphology.isRussianAdjective(st.toks[name].folded),
          !st.toks[name + 1].capitalized, st.joins(name, name + 1), !Self.russianFunctionWords.contains(st.toks[name + 1].folded)
        { continue }
        // (a name the catalogue gives a town or a project is a river's, a valley's or a lake's
        // after its cue: "на реке Хоргос", "valle di Angren", "lago Borovoe"; a pass keeps its
        // town: "valico di Torugart")
        // (so is a peninsula's, a region's name too: "penisola di Kizilsu" is no Chinese prefecture)
        let peninsula = st.cands[t].contains(where: { ["penisola", "peninsula", "полуостров"].contains($0) })
        // ("Urumqi Glacier No. 1": a number after the cue is the named feature's, whose name
        // stands before the cue)
        // (a hyphenated town's name too: "в реке Ат-Башы")
        let townWhole = name < n && st.owner[name].map { o in
          st.spans[o].first == name && st.spans[o].last > name && (name..<st.spans[o].last).allSatisfy { st.gap($0, $0 + 1).elementsEqual(["-"]) }
        } == true && (st.entityKind(at: name) == .city || st.entityKind(at: name) == .project)
        if townWhole, let o = st.owner[name] { nameEnd = st.spans[o].last }
        if name < n, st.unitNumberEnd(after: t) == nil, st.owner[name] == nil || townWhole || name == nameEnd && (oneWordPlaceOrProject(st, name) || peninsula && oneWordPlaceOrRegion(st, name) && st.subkind(of: st.spans[st.owner[name]!].key) != "country")
            && st.cands[t].contains(where: { Lexicon.riverCues.contains($0) || Lexicon.valleyCues.contains($0) || Lexicon.naturalFeatureClasses[$0] == "lake" || peninsula }),
          st.isCapName(name), st.joins(name - 1, name),
          // ("the Tamga River Hotel": an English cue capitalised after the name it closes
          // names nothing after it)
          !(st.doc.language == "en" && name == t + 1 && st.toks[t].capitalized && t > 0 && st.joins(t - 1, t) && st.isCapName(t - 1)
            && !isSentenceStart(st, t - 1) && !st.inTitle(t)),
          // (a Kazakh cue, in any case, has its name before it: "Хоргос өзеніндегі «Достық» …")
          !Morphology.isCyrillic(st.toks[t].folded) || !Lexicon.kazakhNaturalCues.contains(st.toks[t].folded)
            && !(st.doc.language == "kk" && st.cands[t].contains(where: { Lexicon.kazakhNaturalCues.contains($0) }))
        {
          if st.owner[name] != nil { release(st, name, townWhole ? nameEnd : name) }
          // ("dalle valli di Fergana e Namangan", "i fiumi Ili e Charyn": an Italian plural cue
          // names each listed feature, in the singular; the catalogue's feature of the sort first)
          if st.doc.language == "it", let singular = Lexicon.italianPluralNaturalCues[st.toks[t].folded] {
            let noun = singular + (name > t + 1 ? " " + st.original(t + 1) : "")
            if let ei = placeHeads(st, .region, at: name).first(where: {
              catalog.entries[$0].subkind == "natural-feature" && Self.featureClassAgrees(catalog.entries[$0].label, Lexicon.naturalFeatureClasses[singular])
            }) {
              addCatalogued(st, catalog.entries[ei])
              st.addSpan(t, nameEnd, id: catalog.entries[ei].id)
            } else {
              addPlace(st, t, nameEnd, kind: .region, label: noun + " " + st.text(name, nameEnd), natural: true)
            }
            listedFeatures(st, t, after: nameEnd, noun: noun)
            continue
          }
          // a Russian cue is labelled in the nominative ("реке Сумбе" → "река Сумбе")
          let cueWord = Morphology.isCyrillic(st.toks[t].folded) && name == t + 1 ? naturalCueNoun(st, t) : nil
          addPlace(st, t, nameEnd, kind: .region, label: cueWord.map { $0 + " " + st.text(name, nameEnd) } ?? st.text(t, nameEnd), natural: true)
          if let noun = cueWord, Lexicon.russianPluralNaturalCues.contains(st.toks[t].folded) { listedFeatures(st, t, after: nameEnd, noun: noun) }
        } else if t > 0, st.doc.language == "en" && Lexicon.pluralNaturalCues.contains(st.toks[t].folded) || st.doc.language == "kk" && Lexicon.kazakhPluralNatural(st.toks[t].folded) != nil {
          // "the Sumbe and Khorgos transboundary rivers", "Талас және Шу өзендері": coordinated
          // names before a plural cue (English and Kazakh only: Italian and Russian name them
          // after it, and "Le acque dei fiumi" names no river "Le")
          let kazakh = Morphology.isCyrillic(st.toks[t].folded)
          let coordinators = kazakh ? ["және", "мен"] : ["and", "e"]
          var e = t - 1
          // (the lower-case words between are adjectives, never function words: "on Monday to
          // monitor glaciers" names no glaciers)
          while e > 0, t - e <= 2, !kazakh, !st.toks[e].capitalized, st.owner[e] == nil, st.joins(e, e + 1), !coordinators.contains(st.toks[e].folded) {
            if Lexicon.titleFunctionWords.contains(st.toks[e].folded) { e = -1; break }
            e -= 1
          }
          if e >= 0, Lexicon.weekdaysAndMonths.contains(st.toks[e].folded) { e = -1 }
          var names: [Int] = []
          var listed = false
          // ("the Ili and Syr Darya rivers": a river the catalogue knows by several words ends
          // the list; the names before it are read as ever)
          if !kazakh, e > 1, let o = st.owner[e], st.spans[o].last == e, st.spans[o].first < e, st.subkind(of: st.spans[o].key) == "natural-feature",
            case let f = st.spans[o].first, coordinators.contains(st.toks[f - 1].folded) || st.gap(f - 1, f).contains(",")
          {
            e = coordinators.contains(st.toks[f - 1].folded) ? f - 2 : f - 1
            listed = true
          }
          // (a determiner that opens the sentence is no name: "The glaciers of the Tien Shan …")
          // (a one-word province of a river's name is the river here: "the Ili and Irtysh rivers")
          // (nor is a country's adjective: "Chinese visitors want lakes")
          while e >= 0, st.joins(e, e + 1) || names.isEmpty, st.isCapName(e), kazakh || !Lexicon.determinersEN.contains(st.toks[e].folded) && adjectiveEntity(st.toks[e].folded)?.subkind != "country",
            st.owner[e] == nil || oneWordPlaceOrProject(st, e)
              || oneWordPlaceOrRegion(st, e) && !["country", "macro-region"].contains(st.subkind(of: st.spans[st.owner[e]!].key) ?? "")
          {
            names.append(e)
            guard e >= 2, coordinators.contains(st.toks[e - 1].folded) || st.gap(e - 1, e).contains(",") else { break }
            e -= coordinators.contains(st.toks[e - 1].folded) ? 2 : 1
          }
          // each is labelled with the singular cue ("Khorgos river", "Шу өзені"), as it is
          // written alone; one name before a plural cue names a group ("the Kolsai Lakes",
          // "Көлсай көлдері")
          let plural = kazakh ? Lexicon.kazakhPluralNatural(st.toks[t].folded) : nil
          // (a name after a comma is listed only after another name: "Алакөл көлі, Көлсай
          // көлдері" names a group)
          if names.count == 1, let k = names.first, !listed,
            !(k > 0 && (coordinators.contains(st.toks[k - 1].folded) || st.gap(k - 1, k).contains(",") && st.toks[k - 1].capitalized))
          {
            // (a participle or a common word that opens the sentence only qualifies the
            // features: "Shared rivers, uneven stakes")
            if !kazakh, st.owner[k] == nil, isSentenceStart(st, k), Lexicon.stopCapitalized.contains(st.toks[k].folded)
              || ["ed", "ing"].contains(where: { st.toks[k].folded.hasByteSuffix($0) && st.toks[k].folded.utf8.count > $0.utf8.count + 3 })
            { continue }
            // (nor does a Kazakh adjective that opens the sentence: "Трансшекаралық өзендерді
            // пайдалану …", using transboundary rivers)
            if kazakh, st.owner[k] == nil, isSentenceStart(st, k), Morphology.isKazakhAdjective(st.toks[k].folded) { continue }
            if st.owner[k] != nil { release(st, k, k) }
            let cue = plural?.nominative ?? st.original(t).prefix(1).uppercased() + st.original(t).dropFirst()
            addPlace(st, k, t, kind: .region, label: st.original(k) + " " + cue, natural: true)
            continue
          }
          let singular = plural?.singular ?? String(st.original(t).dropLast())
          for k in names.reversed() {
            if st.owner[k] != nil { release(st, k, k) }
            addPlace(st, k, k, kind: .region, label: st.original(k) + " " + singular, natural: true)
          }
        } else if t > 0, case let town = hyphenatedTownEnding(st, at: t - 1), st.owner[t - 1] == nil || oneWordPlaceOrProject(st, t - 1) || town != nil
            // (or a prefecture's or district's one word: "the Bortala River")
            || isOneWordMention(st, t - 1, of: .region, .region) && st.owner[t - 1].map({ o in
              st.subkind(of: st.spans[o].key).map { !["country", "natural-feature", "macro-region", "historical-route"].contains($0) } ?? false
            }) == true,
          st.isCapName(t - 1), st.joins(t - 1, t), !isSentenceStart(st, t - 1),
          // (an article capitalised after a quotation's opening or a colon is no name: "«Il
          // lago è la nostra ricchezza»")
          !Lexicon.italianArticles.contains(st.toks[t - 1].folded), !Lexicon.determinersEN.contains(st.toks[t - 1].folded),
          // ("the Almaty mountains": lower-case mountains after a town are those around it, no
          // range's name)
          !(st.toks[t].folded == "mountains" && !st.toks[t].capitalized && st.entityKind(at: t - 1) == .city),
          // ("the Termez river port": a town's lower-case river before a port is the port's kind)
          !(st.toks[t].folded == "river" && !st.toks[t].capitalized && st.entityKind(at: t - 1) == .city && t + 1 < n
            && ["port", "terminal", "harbour", "harbor", "pier", "wharf"].contains(st.toks[t + 1].folded))
        {
          // ("the Khorgos river": a river named after a town or a project's place)
          // ("the Ak-Suu gorge": or after a town of a hyphenated name)
          if st.owner[t - 1] != nil { release(st, town ?? t - 1, t - 1) }
          // ("the Jeti-Oguz gorge": a hyphenated name is read whole)
          var first = hyphenatedNameStart(st, to: t - 1)
          if (first..<(t - 1)).contains(where: { st.owner[$0] != nil }) || st.sentenceOf(first) != st.sentenceOf(t) { first = t - 1 }
          // ("Чарынского каньона" → "Чарынский каньон": a Russian adjective agrees with its noun)
          var label = st.text(first, t)
          if first == t - 1, Morphology.isRussianAdjective(st.toks[t - 1].folded), let noun = naturalCueNoun(st, t) {
            label = Morphology.nominativeAdjective(st.original(t - 1), agreeingWith: noun) + " " + noun
          }
          // ("Хоргос өзеніндегі" → "Хоргос өзені", "Қапшағай көліндегі" → "Қапшағай көлі": a
          // Kazakh cue in the nominative with its possessive ending)
          if st.doc.language == "kk", let noun = st.cands[t].first(where: { Lexicon.kazakhNaturalCues.contains($0) && ($0.hasByteSuffix("ы") || $0.hasByteSuffix("і")) }) {
            label = st.text(first, t - 1) + " " + noun
          }
          if let e = st.unitNumberEnd(after: t) {
            addPlace(st, first, e, kind: .region, label: st.text(first, e), natural: true)
            continue
          }
          // ("the Pearl River Delta", "the Syr Darya River Basin": a capitalised English
          // feature word after the cue names the larger feature around it)
          if st.doc.language == "en", st.toks[t].capitalized, t + 1 < n, st.toks[t + 1].capitalized, st.owner[t + 1] == nil, st.joins(t, t + 1),
            ["delta", "basin", "valley", "estuary"].contains(st.toks[t + 1].folded)
          {
            addPlace(st, first, t + 1, kind: .region, label: st.text(first, t + 1), natural: true)
            continue
          }
          addPlace(st, first, t, kind: .region, label: label, natural: true)
        }
        continue
      }
      guard let k = kind else { continue }
      // "2024 г." is a year ("год"), not a town ("город")
      if st.toks[t].folded == "г", t > 0, st.isNumeral(t - 1) { continue }
      // ("la Città Proibita", "la Città Vecchia": a capitalised Italian "Città" inside a
      // sentence with a name right after it, no "di", opens a landmark's or a quarter's name)
      if st.doc.language == "it", cue == "città", st.toks[t].capitalized, !isSentenceStart(st, t), !st.inTitle(t), t + 1 < n, st.joins(t, t + 1),
        st.toks[t + 1].capitalized
      { continue }
      // only a region's or province's cue names the region that a city names (not "the
      // Medeu district of Almaty")
      let firstLevel = k == .region && Lexicon.firstLevelRegionCues.contains(cue)
      var name = t + 1
      // ("la prefettura cinese di Aksu": a country's adjective may stand between the cue and "di")
      if st.doc.language == "it", k == .region, name + 1 < n, !st.toks[name].capitalized, st.owner[name] == nil, st.joins(t, name),
        ["di", "del", "della", "dello"].contains(st.toks[name + 1].folded), adjectiveEntity(st.toks[name].folded, maxTail: 4)?.subkind == "country"
      { name += 1 }
      if name < n, ["of", "di", "del", "della", "dello"].contains(st.toks[name].folded) { name += 1 }
      // "regione di Pavlodar", "Pavlodar region": the region, not the city that names it
      // (or the river that names it: "regione di Syrdarya" is the oblast, not the Syr Darya)
      if firstLevel, name < n, st.joins(name - 1, name), let o = st.owner[name], st.spans[o].first == name, st.spans[o].last == name,
        st.entityKind(at: name) == .city && !placeHeads(st, k, at: name).isEmpty
          || st.entityKind(at: name) == .region && st.entities[st.spans[o].key]?.subkind == "natural-feature"
            && placeHeads(st, k, at: name).contains(where: { catalog.entries[$0].subkind != "natural-feature" })
      {
        release(st, name, name)
        addPlace(st, name, name, kind: k, label: st.original(name))
        continue
      }
      // ("regione di Jalal-Abad": a hyphenated city's region)
      if firstLevel, name < n, st.joins(name - 1, name), let o = st.owner[name], st.spans[o].first == name, case let last = st.spans[o].last,
        last > name, last - name <= 2, st.entityKind(at: name) == .city, let e = regionNamedAfterCity(st, k, name, last)
      {
        release(st, name, last)
        addCatalogued(st, e)
        st.addSpan(t, last, id: e.id)
        continue
      }
      // Kazakh names its place before the cue ("Үрімжі қаласында «Made in …»")
      let kazakhCue = Lexicon.kazakhPlaceCues.contains(cue)
      // "the new city of Yangi Toshkent": a name word and a town's one-word name in a row
      // after a town cue are one town's name
      if k == .city, !kazakhCue, name + 1 < n, st.joins(name - 1, name), st.gap(name, name + 1).elementsEqual([" "]),
        st.owner[name] == nil ? st.isCapName(name) && !Lexicon.stopCapitalized.contains(st.toks[name].folded) : st.entityKind(at: name) == .city && oneWordPlaceOrProject(st, name),
        st.entityKind(at: name + 1) == .city, oneWordPlaceOrProject(st, name + 1),
        !(name + 2 < n && st.joins(name + 1, name + 2) && st.toks[name + 2].capitalized)
      {
        release(st, name, name + 1)
        addPlace(st, name, name + 1, kind: .city, label: st.text(name, name + 1), district: true)
        continue
      }
      // ("in provincia di Ferrara": an Italian province is named after its city)
      let italianProvince = st.doc.language == "it" && st.toks[t].folded == "provincia" && name == t + 2
      if italianProvince, name < n, st.entityKind(at: name) == .city, oneWordPlaceOrProject(st, name) { release(st, name, name) }
      // ("nel distretto di Sharof Rashidov": a district named after a person, whose name the
      // person rules read first, is the district's, labelled with its cue)
      // (only after "di"/"of": "глава района Бактыбек Осмонов" names the district's head)
      if k == .region, !kazakhCue, Lexicon.districtCues.contains(cue), !st.toks[t].capitalized, name == t + 2, name < n, ["di", "of"].contains(st.toks[t + 1].folded),
        st.joins(t, t + 1), st.joins(name - 1, name),
        let nominative = Lexicon.placeCueNominative[cue], let last = personNamedDistrictEnd(st, name)
      {
        release(st, name, last)
        // (English writes the cue after the name: "Mirzo Ulugbek District")
        addCuedDistrict(st, name, last, name: st.text(name, last), cue: nominative, cueFirst: st.toks[t + 1].folded != "of")
        continue
      }
      // ("near the town of Galkynysh": after a lower-case town cue, a one-word name the
      // catalogue gives a project is the town's; "nel distretto di Yunusabad", "il quartiere di
      // Alatau": after an Italian district cue, a town's, a mountain's or a site's name is the
      // district's, as a town's is after a Turkmen one)
      if !kazakhCue, !st.toks[t].capitalized, name < n, st.joins(name - 1, name), hyphenatedNameEnd(st, from: name) == name,
        k == .city && oneWordPlaceOrProject(st, name) && st.entityKind(at: name) == .project
          || st.doc.language == "it" && ["distretto", "quartiere"].contains(cue) && (oneWordPlaceOrProject(st, name) || oneWordPlaceOrRegion(st, name))
          && Self.namesDistrict(st, name)
          // ("в этрапе Бабадайхан": a Turkmen district bears its centre's name, and the cue,
          // unlike the Russian "в районе", never means "near")
          || ["этрап", "etrap"].contains(cue) && oneWordPlaceOrProject(st, name) && st.entityKind(at: name) == .city
          // ("в районе Дангара Хатлонской области", "председатель района Дангара": after the
          // Russian "район", a town's declinable name left in the nominative names the district;
          // "near Danghara" puts it in the genitive, "в районе Дангары")
          || cue == "район" && oneWordPlaceOrProject(st, name) && st.entityKind(at: name) == .city && isNominativeTownName(st, name)
      {
        release(st, name, name)
      }
      if !kazakhCue, name < n, st.owner[name] == nil, st.isCapName(name), st.joins(name - 1, name) || st.toks[t].folded == "г",
        !Lexicon.stopCapitalized.contains(st.toks[name].folded)  // "la seconda città del Paese"
      {
        // a hyphenated name is one name ("город Чолпон-Ата")
        var last = hyphenatedNameEnd(st, from: name)
        // ("the town of Tole Bi": after a Latin town cue, a second capitalised word that no
        // rule reads and that no further one follows is the name's too)
        if k == .city, last == name, !Morphology.isCyrillic(st.toks[name].folded), !st.toks[t].capitalized, name + 1 < n, st.owner[name + 1] == nil,
          st.isCapName(name + 1), st.gap(name, name + 1).elementsEqual([" "]), st.sentenceOf(name + 1) == st.sentenceOf(t),
          !Lexicon.stopCapitalized.contains(st.toks[name + 1].folded), !Lexicon.weekdaysAndMonths.contains(st.toks[name + 1].folded),
          Self.role(of: st, at: name + 1) == nil, Lexicon.orgCues[st.toks[name + 1].folded] == nil, Lexicon.placeCues[st.toks[name + 1].folded] == nil,
          !Lexicon.projectWordsEN.contains(st.toks[name + 1].folded), !(name + 2 < n && st.joins(name + 1, name + 2) && st.toks[name + 2].capitalized)
        {
          last = name + 1
        }
        // ("в районе Шал акына": a bard's or a biy's title after the name is the district's
        // name too, in the nominative)
        var title: String?
        if k == .region, last == name, last + 1 < n, st.owner[last + 1] == nil, !st.toks[last + 1].capitalized, st.joins(last, last + 1),
          Morphology.isCyrillic(st.toks[last + 1].folded), let w = st.cands[last + 1].first(where: { Lexicon.honorificTitles.contains($0) })
        {
          last += 1
          title = w
        }
        var label = title.map { st.original(name) + " " + $0 }
          ?? (last > name ? st.text(name, last) : Morphology.isCyrillic(st.toks[name].folded) ? Morphology.nominativeName(st.original(name)) : st.original(name))
        // ("in provincia di Ferrara": an Italian province the catalogue lacks is named with its
        // cue, apart from its city)
        if italianProvince { label = "Provincia di " + label }
        // ("города Шуйтоу провинции Фуцзянь": a town a Chinese province follows is Chinese,
        // labelled in Pinyin as the English text writes it)
        if k == .city, last == name, Morphology.isCyrillic(st.toks[name].folded), chineseProvinceFollows(st, last),
          let pinyin = Self.pinyinPlaceName(label, chinese: true)
        {
          label = pinyin
        }
        // ("в районе Рудаки", "nel distretto di Shahrinav": a Russian or Italian district is
        // labelled with its cue, which tells it from a town or a person of that name, and keyed
        // as the English "Rudaki District" is)
        if k == .region, Morphology.isCyrillic(st.toks[t].folded) || st.doc.language == "it", !st.toks[t].capitalized, let nominative = Lexicon.placeCueNominative[cue],
          Lexicon.districtCues.contains(cue), Lexicon.kazakhPlaceCues.contains(cue) == false
        {
          addCuedDistrict(st, name, last, name: label, cue: nominative, cueFirst: true)
        } else {
          addPlace(st, name, last, kind: k, label: label)
        }
      } else if kazakhCue, Lexicon.districtCues.contains(cue), t > 1, st.toks[t - 1].folded == "шағын", st.owner[t - 2] == nil, st.isCapName(t - 2),
        Morphology.isCyrillic(st.toks[t - 2].folded), st.joins(t - 2, t - 1), st.joins(t - 1, t), !isSentenceStart(st, t - 2)
      {
        // "Қайтпас шағын ауданынан": a microdistrict, a town's quarter, is named before "шағын
        // ауданы" (labelled in the nominative)
        addPlace(st, t - 2, t, kind: .region, label: st.original(t - 2) + " шағын ауданы", district: true)
      } else if firstLevel, t > 0, !Morphology.isCyrillic(st.toks[t].folded), st.joins(t - 1, t), let o = st.owner[t - 1], st.spans[o].last == t - 1,
        case let f = st.spans[o].first, t - 1 - f <= 2, st.entityKind(at: t - 1) == .city, !placeHeads(st, k, at: f).isEmpty
      {
        // "the Pavlodar region", "the Jalal-Abad region": the region the city names
        if f == t - 1 {
          release(st, f, f)
          addPlace(st, f, t, kind: k, label: st.text(f, t))
        } else if let e = regionNamedAfterCity(st, k, f, t - 1) {
          release(st, f, t - 1)
          addCatalogued(st, e)
          st.addSpan(f, t, id: e.id)
        }
      } else if firstLevel, t > 0, !Morphology.isCyrillic(st.toks[t].folded), st.joins(t - 1, t), let o = st.owner[t - 1],
        st.spans[o].first == t - 1, st.spans[o].last == t - 1, st.entityKind(at: t - 1) == .city
      {
        // "Russia's Chelyabinsk Region": a region named after its city that the catalogue
        // lacks (labelled with its cue capitalised, as regions are written)
        release(st, t - 1, t - 1)
        let word = st.original(t)
        addPlace(st, t - 1, t, kind: k, label: st.original(t - 1) + " " + word.prefix(1).uppercased() + word.dropFirst())
      } else if Lexicon.districtCues.contains(cue), t > 0, let o = st.owner[t - 1], st.spans[o].last == t - 1, st.joins(t - 1, t),
        Self.namesDistrict(st, t - 1), !Morphology.isCyrillic(st.toks[t].folded) || kazakhCue
      {
        // "Kara-Suu district", "Іле ауданы", "Medeu district": a district named after its town
        // (or river, or a site in it) is a region
        let first = st.spans[o].first
        release(st, first, t - 1)
        addPlace(st, first, t, kind: .region, label: districtLabel(st, first, t), district: true)
      } else if Lexicon.districtCues.contains(cue), !Morphology.isCyrillic(st.toks[t].folded), t > 1, st.gap(t - 1, t).elementsEqual([")", " "]),
        st.gap(t - 2, t - 1).elementsEqual([" ", "("]), let o = st.owner[t - 1], let o2 = st.owner[t - 2], st.spans[o].first == t - 1, st.spans[o2].last == t - 2,
        st.spans[o2].first == t - 2, st.spans[o].key == st.spans[o2].key, Self.namesDistrict(st, t - 1)
      {
        // "Baysun (Boysun) district": a district named after its town, the town's other
        // spelling in brackets
        release(st, t - 2, t - 1)
        let nominative = st.cands[t].lazy.compactMap { Lexicon.placeCueNominative[$0] }.first ?? st.original(t)
        addPlace(st, t - 2, t, kind: .region, label: st.original(t - 2) + " " + nominative, district: true)
      } else if Lexicon.districtCues.contains(cue), let f = initialledName(st, endingAt: t - 1), st.joins(t - 1, t) {
        // "Т.Рысқұлов ауданында", "B. Momyshuly district": a district named after a person,
        // written with the initial, is no person
        release(st, f, t - 1)
        addPlace(st, f, t, kind: .region, label: districtLabel(st, f, t), district: true)
      } else if Lexicon.districtCues.contains(cue), t > 0, let o = st.owner[t - 1], st.spans[o].last == t - 1, st.joins(t - 1, t), st.entityKind(at: t - 1) == .person,
        kazakhCue ? st.toks[t].folded.hasBytePrefix("ауданы") : !Morphology.isCyrillic(st.toks[t].folded) && !st.toks[t].capitalized
      {
        // "Көпір Панфилов ауданындағы", "the Panfilov district": a district is named after a
        // person by the surname alone, which the person rules read with the word before it
        // ("the Magzhan Zhumabayev district": in a Latin text, by a given name and a surname
        // too, when the person's two words follow a lower-case word)
        let first = st.spans[o].first
        let whole = !kazakhCue && st.spans[o].last == first + 1 && first > 0 && !st.toks[first - 1].capitalized && st.joins(first, first + 1)
          && !Morphology.isCyrillic(st.toks[first].folded)
        release(st, first, t - 1)
        addPlace(st, whole ? first : t - 1, t, kind: .region, label: districtLabel(st, whole ? first : t - 1, t), district: true)
      } else if Lexicon.districtCues.contains(cue), t > 1, Lexicon.honorificTitles.contains(st.toks[t - 1].folded), st.owner[t - 1] == nil,
        st.toks[t - 1].capitalized != Morphology.isCyrillic(st.toks[t - 1].folded), st.joins(t - 2, t - 1), st.joins(t - 1, t),
        st.owner[t - 2] == nil || st.entityKind(at: t - 2) == .person && st.spans[st.owner[t - 2]!].last <= t - 1, st.isCapName(t - 2),
        !Morphology.hasKazakhCaseEnding(st.toks[t - 2].folded), !isSentenceStart(st, t - 2) || kazakhCue
      {
        // "Біржан сал ауданының", "Шал ақын ауданында", "Төле би ауданы", "the Shal Akyn
        // district": a district named after a bard or a biy keeps the title after the name
        // (lower-case in Cyrillic), as "Балпық би" villages do
        let first = st.owner[t - 2].map { st.spans[$0].first } ?? t - 2
        release(st, first, t - 1)
        addPlace(st, first, t, kind: .region, label: districtLabel(st, first, t), district: true)
      } else if t > 0, st.owner[t - 1] == nil, st.isCapName(t - 1), st.joins(t - 1, t),
        !Lexicon.stopCapitalized.contains(st.toks[t - 1].folded) || kazakhCue,  // ("— The city of Shymkent" after a dateline)
        // ("the Chinese city of Xi'an": a country's adjective names no place, nor does a
        // continent's: "the Central Asian region")
        kazakhCue || adjectiveEntity(st.toks[t - 1].folded)?.subkind != "country" && !Lexicon.continentalAdjectivesEN.contains(st.toks[t - 1].folded),
        // (nor does a programme's adjective: "the Safe City system", "Smart City")
        !(st.toks[t].folded == "city" && Lexicon.cityProgrammeWordsEN.contains(st.toks[t - 1].folded)),
        !Morphology.isCyrillic(st.toks[t].folded) || ["облыс", "аудан", "уез", "аймағ", "префектурас"].contains(where: { st.toks[t].folded.hasBytePrefix($0) }),
        // ("Тарбағатай ауданының әкімі …": a Kazakh cue in the possessive may have its name
        // open the sentence, unless that is a determiner or an adverb: "Бұл аудан", "Кеше облыс")
        !isSentenceStart(st, t - 1) || kazakhCue && ["облысы", "ауданы", "уезі", "аймағы"].contains(where: { st.toks[t].folded.hasBytePrefix($0) })
          && !Lexicon.stopCapitalized.contains(st.toks[t - 1].folded) && !Lexicon.kazakhOpeners.contains(st.toks[t - 1].folded)
          // ("Wuqiao County in Hebei …": so may a Latin name its capitalised cue follows, out
          // of a headline's title case)
          || k == .region && !Morphology.isCyrillic(st.toks[t].folded) && st.toks[t].capitalized && !st.inTitle(t) && !st.inHeadline(t),
        // ("«Бұл – облыс тарихындағы …»": a determiner, or a dash between, names no place; nor
        // does a common noun: "«Жоба облыста … ашты»")
        !kazakhCue || !Lexicon.kazakhFunctionWords.contains(st.toks[t - 1].folded) && st.gap(t - 1, t).allSatisfy({ $0 == " " })
          && !Lexicon.kazakhCommonNouns.contains(st.toks[t - 1].folded)
          // ("Кешеннің ауданы 40 гектар": a noun in the genitive before "ауданы" is its
          // owner, and the cue its area, not a district)
          && !Morphology.isKazakhGenitive(st.toks[t - 1].folded)
      {
        // a hyphenated name is read whole ("the Asia-Pacific region", not "Pacific region")
        var first = t - 1
        while first > 0, t - 1 - first < 2, st.toks[first - 1].capitalized, st.gap(first - 1, first).elementsEqual(["-"]),
          st.owner[first - 1] == nil || oneWordPlaceOrProject(st, first - 1) || st.entityKind(at: first - 1) == .region
        {
          first -= 1
          if st.owner[first] != nil { release(st, first, first) }
        }
        // "Tashkurgan Tajik Autonomous County": the place's name and its people's adjective
        // before "Autonomous"
        if st.toks[first].folded == "autonomous", first >= 2, st.isCapName(first - 1), st.joins(first - 1, first), st.owner[first - 1] == nil,
          st.isCapName(first - 2), st.joins(first - 2, first - 1), st.owner[first - 2] == nil || oneWordPlaceOrProject(st, first - 2)
        {
          first -= 2
          if st.owner[first] != nil { release(st, first, first) }
        }
        // ("from Zomin town to the park": an English town word after the name is no part of
        // the town's name, as "region" is of a region's)
        let townWord = k == .city && !kazakhCue && first < t && ["town", "city", "village"].contains(st.toks[t].folded)
        addPlace(st, first, t, kind: k, label: kazakhCue ? districtLabel(st, first, t) : townWord ? st.text(first, t - 1) : st.text(first, t),
          district: Lexicon.districtCues.contains(cue) || first < t - 1)
      } else if kazakhCue, k == .city, t > 0, st.isCapName(t - 1), st.joins(t - 1, t),
        // (a river's one-word name before a town's cue is the town's named after it: "Ертіс
        // ауылының" is the village of Ertis, not the Irtysh)
        st.owner[t - 1] == nil || isOneWordMention(st, t - 1, of: .region, .region) && st.subkind(of: st.spans[st.owner[t - 1]!].key) == "natural-feature",
        // (the name may open the sentence before the cue in the possessive, "Қабанбай ауылының
        // тұрғыны", unless it is a determiner, an adverb, an adjective or a common noun: "Бұл
        // қаласы", "Ескі қаласы")
        !isSentenceStart(st, t - 1) || ["қаласы", "ауылы", "кенті"].contains(where: { st.toks[t].folded.hasBytePrefix($0) })
          && !Self.isKazakhCommonWord(st.toks[t - 1].folded) && !Lexicon.kazakhCommonNouns.contains(st.toks[t - 1].folded),
        Morphology.isCyrillic(st.toks[t - 1].folded), !Morphology.hasKazakhCaseEnding(st.toks[t - 1].folded), !Lexicon.legalForms.contains(st.toks[t - 1].folded)
      {
        // "Жаңатас қаласында": the name before a Kazakh town cue stays in the nominative
        // (not a company's legal form: "«…» АҚ қалада … салады")
        if st.owner[t - 1] != nil { release(st, t - 1, t - 1) }
        addPlace(st, t - 1, t - 1, kind: .city, label: st.original(t - 1))
      } else if kazakhCue, k == .city, t > 1, st.toks[t - 1].folded == "би", !st.toks[t - 1].capitalized, st.joins(t - 1, t), st.joins(t - 2, t - 1),
        st.owner[t - 2] == nil, st.owner[t - 1] == nil, st.isCapName(t - 2), Morphology.isCyrillic(st.toks[t - 2].folded),
        !Morphology.hasKazakhCaseEnding(st.toks[t - 2].folded)
      {
        // "Балпық би ауылында": a village named after a biy keeps the title in its name
        addPlace(st, t - 2, t - 1, kind: .city, label: st.text(t - 2, t - 1))
      } else if Lexicon.districtCues.contains(cue) || cue == "област", Morphology.isCyrillic(st.toks[t].folded), !kazakhCue, t > 0,
        // (a town's declined name may read as the adjective: "Ленинском районе" is no form of
        // Leninsk here)
        st.owner[t - 1] == nil || oneWordPlaceOrProject(st, t - 1), st.isCapName(t - 1),
        st.joins(t - 1, t), Morphology.isRussianAdjective(st.toks[t - 1].folded), !isSentenceStart(st, t - 1)
      {
        // "в Сайрамском районе", "в Челябинской области": a Russian adjective names the
        // district or region (not the city it comes from)
        var first = t - 1
        if first > 0, st.owner[first - 1] == nil, st.toks[first - 1].capitalized, st.gap(first - 1, first).elementsEqual(["-"]) { first -= 1 }
        if st.owner[t - 1] != nil { release(st, t - 1, t - 1) }
        let noun = cue == "област" ? "область" : Lexicon.placeCueNominative[cue] ?? cue
        // ("область" is feminine, though it ends in ь: agree as with a noun in -а)
        let adjective = Morphology.nominativeAdjective(st.text(first, t - 1), agreeingWith: cue == "област" ? "зона" : noun)
        addPlace(st, first, t, kind: .region, label: adjective + " " + noun, district: cue != "област")
      }
    }
  }

  /// The catalogue's region called `name` + "Region"/"Oblast"/"Province"/"облысы" (by any of its
  /// names), if any. O(catalogue); asked only for plural region cues and for a town's
  /// "regional administration".
  func regionEntry(named name: String) -> Int? {
    let keys = [" region", " oblast", " province", " облысы"].map { Normalizer.fold(name) + $0 }
    return catalog.entries.indices.first { i in
      catalog.entries[i].kind == .region && catalog.entries[i].allNames.contains { n in keys.contains(Normalizer.fold(n)) }
    }
  }

  /// "пункт пропуска «Карамык»", "the Kulma checkpoint": a border crossing the catalogue lacks
  /// is a town (border crossings are typed as towns, as in the catalogue). O(tokens).
  func checkpoints(_ st: State) {
    let n = st.toks.count
    for t in 1..<max(1, n) where (st.toks[t].folded.utf8.elementsEqual("пропуска".utf8) && st.toks[t - 1].folded.hasBytePrefix("пункт"))
      || (st.toks[t].folded.utf8.elementsEqual("кпп".utf8) && t + 1 < n && (st.gap(t, t + 1).contains(where: Self.isOpeningQuote) || st.joins(t, t + 1) && st.toks[t + 1].capitalized))
      || (st.doc.language == "it" && st.toks[t].folded.utf8.elementsEqual("valico".utf8))
      // ("пограничный переход Карамык")
      || (st.toks[t].folded.hasBytePrefix("переход") && st.toks[t - 1].folded.hasBytePrefix("пограничн") && st.joins(t - 1, t))
    {
      // ("il valico (di frontiera) di Fotehobod": the Italian crossing's name after "di")
      var k = t + 1
      if st.doc.language == "it" {
        if k + 1 < n, st.toks[k].folded == "di", st.toks[k + 1].folded == "frontiera" { k += 2 }
        guard k + 1 < n, ["di", "del"].contains(st.toks[k].folded) else { continue }
        k += 1
      }
      // ("КПП «Кульма-Карасу»": a town the catalogue knows may have read a part of the name)
      if k < n, insideQuotes(st, k), let last = quotedNameEnd(st, from: k, limit: 3), (k...last).contains(where: { st.owner[$0] != nil }),
        (k...last).allSatisfy({ st.owner[$0] == nil || oneWordPlaceOrProject(st, $0) }), k < last
      {
        for j in k...last where st.owner[j] != nil { release(st, j, j) }
      }
      guard k < n, st.toks[k].capitalized, st.sentenceOf(k) == st.sentenceOf(t) else { continue }
      // (a one-word Cyrillic name is labelled in the nominative, unless it is quoted)
      func townLabel(_ a: Int, _ b: Int, quoted: Bool) -> String {
        Morphology.isCyrillic(st.toks[a].folded) && a == b && !quoted ? Morphology.nominativeName(st.original(a)) : st.text(a, b)
      }
      var last = k
      if let o = st.owner[k] {
        // (a town the catalogue knows: "переход Серхетабад – …")
        guard st.spans[o].first == k, st.entityKind(at: k) == .city else { continue }
        last = st.spans[o].last
      } else {
        while last + 1 < n, last - k < 2, st.owner[last + 1] == nil, st.toks[last + 1].capitalized, st.joins(last, last + 1), !Self.spacedDash(st, last, last + 1) { last += 1 }
        // ("пункт пропуска «Фотехобод – Ойбек»": a quoted name of the towns on both sides of a
        // spaced dash is the crossing's one name)
        if insideQuotes(st, k), last + 1 < n, Self.spacedDash(st, last, last + 1), let q = quotedNameEnd(st, from: k, limit: 4), q > last,
          (last + 1...q).allSatisfy({ st.owner[$0] == nil && st.toks[$0].capitalized })
        {
          last = q
        }
        addPlace(st, k, last, kind: .city, label: townLabel(k, last, quoted: insideQuotes(st, k)), district: true)
      }
      // ("пограничный переход Серхетабад – Тургунди": the town across the border follows a
      // spaced dash)
      let other = last + 1
      if other < n, Self.spacedDash(st, last, other), st.owner[other] == nil, st.isCapName(other), st.sentenceOf(other) == st.sentenceOf(t), !insideQuotes(st, k) {
        let end = hyphenatedNameEnd(st, from: other)
        addPlace(st, other, end, kind: .city, label: townLabel(other, end, quoted: false), district: true)
      }
      // ("через КПП Карамык и Кульма": a second crossing the cue names, after "и"/"and"/"e",
      // one capitalised word nothing has read that ends the phrase)
      if other + 1 < n, Lexicon.coordinators.contains(st.toks[other].folded), st.joins(last, other), st.joins(other, other + 1),
        st.owner[other + 1] == nil, st.isCapName(other + 1), st.sentenceOf(other + 1) == st.sentenceOf(t), !insideQuotes(st, other + 1),
        !(other + 2 < n && st.joins(other + 1, other + 2) && (st.toks[other + 2].capitalized || st.cands[other + 2].contains(where: { Lexicon.placeCues[$0] != nil })))
      {
        let end = hyphenatedNameEnd(st, from: other + 1)
        addPlace(st, other + 1, end, kind: .city, label: townLabel(other + 1, end, quoted: false), district: true)
      }
    }
    // "Ақ-Жол бекетінде", "Кәрзеңкөл өткізу пунктінен": in Kazakh the crossing's name stands
    // before its cue ("бекеті", or "өткізу пункті", in any case), in the nominative
    if st.doc.language == "kk" {
      for t in 1..<max(1, n) where st.toks[t].folded.hasBytePrefix("бекет") || st.toks[t].folded.hasBytePrefix("пункт") && st.toks[t - 1].folded == "өткізу" {
        let last = st.toks[t].folded.hasBytePrefix("бекет") ? t - 1 : t - 2
        guard last >= 0, st.owner[last] == nil, st.isCapName(last), st.joins(last, last + 1), Morphology.isCyrillic(st.toks[last].folded),
          !Morphology.hasKazakhCaseEnding(st.toks[last].folded)
        else { continue }
        let first = hyphenatedNameStart(st, to: last)
        guard (first...last).allSatisfy({ st.owner[$0] == nil }), !isSentenceStart(st, first) || first < last, !Self.isKazakhCommonWord(st.toks[first].folded)
        else { continue }
        addPlace(st, first, last, kind: .city, label: st.text(first, last), district: true)
      }
      return
    }
    // "the Kulma pass", "the Karamyk checkpoint", "the Kulma crossing": in English the name
    // before the cue, after "the"
    guard st.doc.language == "en" else { return }
    // ("the Jeminay border crossing": "border", "rail" or "road" may stand between)
    for t in 3..<max(3, n) where ["checkpoint", "pass", "crossing"].contains(st.toks[t].folded) && st.joins(t - 1, t) {
      let last = Lexicon.crossingModifiersEN.contains(st.toks[t - 1].folded) && st.joins(t - 2, t - 1) ? t - 2 : t - 1
      // ("the Kulma–Karasu border crossing", read as a project: the towns on both sides of
      // its dash are towns, each a mention inside it)
      if let o = st.owner[last], st.spans[o].last == t, st.entityKind(at: last) == .project {
        let first = st.spans[o].first
        guard first < last, (first..<last).allSatisfy({ Self.dashJoined(st, $0, $0 + 1) }) else { continue }
        for a in first...last where st.isCapName(a)
          && !st.order.contains(where: { id in id != st.spans[o].key && st.entities[id]?.mentions.contains { $0.start == st.toks[a].start } == true })
        {
          addNestedTown(st, a, a)
        }
        continue
      }
      guard st.owner[last] == nil, st.isCapName(last) else { continue }
      let first = hyphenatedNameStart(st, to: last)
      guard first >= 1, st.toks[first - 1].folded == "the", (first..<t).allSatisfy({ st.owner[$0] == nil }), !Lexicon.weekdaysAndMonths.contains(st.toks[first].folded),
        !st.inHeadline(t)
      else { continue }
      // (the mention keeps the cue, as the catalogue's "Torugart Pass" does)
      addPlace(st, first, t, kind: .city, label: st.text(first, last), district: true)
    }
  }

  /// "на станции Луговая", "the Lugovaya station", "stazione di Lugovaya", "Луговая
  /// станциясы": a railway station bears its town's name, so a name the catalogue lacks at a
  /// station's cue is a town's (border crossings and stations are typed as their towns). A
  /// station a rule read as a project keeps its tokens, and the town gets a mention inside
  /// it. One word, or one hyphenated name; in Russian only after a preposition or a railway
  /// adjective ("базовые станции Казахтелекома" names a company). O(tokens).
  func stationTowns(_ st: State) {
    let n = st.toks.count
    for t in 0..<n {
      let f = st.toks[t].folded
      var a = -1, b = -1
      switch st.doc.language {
      case "en":
        guard f.utf8.elementsEqual("station".utf8), t > 0 else { continue }
        b = ["railway", "rail", "train", "border"].contains(st.toks[t - 1].folded) ? t - 2 : t - 1
        guard b >= 0 else { continue }
        a = hyphenatedNameStart(st, to: b)
        // (one name: "the Raiymbek Batyr station" is a metro station's)
        if a > 0, st.toks[a - 1].capitalized, st.joins(a - 1, a), !Lexicon.stopCapitalized.contains(st.toks[a - 1].folded) { continue }
      case "it":
        guard f.utf8.elementsEqual("stazione".utf8), t + 2 < n else { continue }
        var of = st.toks[t + 1].folded == "ferroviaria" ? t + 2 : t + 1
        // ("stazione di confine di Alashankou": a border station)
        if of + 2 < n, st.toks[of].folded == "di", ["confine", "frontiera"].contains(st.toks[of + 1].folded) { of += 2 }
        guard of + 1 < n, st.toks[of].folded == "di" else { continue }
        a = of + 1
        b = hyphenatedNameEnd(st, from: a, free: false)
      case "ru":
        let prepositions = Lexicon.russianStationPrepositions
        guard f.hasBytePrefix("станци"), f.utf8.count <= "станцией".utf8.count, t > 0, t + 1 < n, !st.gap(t, t + 1).contains(where: Self.isOpeningQuote),
          prepositions.contains(st.toks[t - 1].folded)
            || ["железнодорож", "погранич", "узлов", "грузов", "пассажирск"].contains(where: { st.toks[t - 1].folded.hasBytePrefix($0) })
            // ("рядом с портом Термез … и станцией Галаба": the preposition said once for both)
            || st.toks[t - 1].folded == "и" && (max(0, t - 7)..<(t - 1)).contains(where: { k in st.sentenceOf(k) == st.sentenceOf(t) && prepositions.contains(st.toks[k].folded) })
        else { continue }
        a = t + 1
        // ("на станцию Душанбе-2": a town's name and a number name a station, not the town)
        if a + 1 < n, st.isCapName(a), st.gap(a, a + 1).elementsEqual(["-"]), st.isNumeral(a + 1), st.sentenceOf(a + 1) == st.sentenceOf(t),
          st.owner[a] == nil || oneWordPlaceOrProject(st, a), st.owner[a + 1] == nil
        {
          if st.owner[a] != nil { release(st, a, a) }
          let label = "станция " + st.text(a, a + 1)
          let id = Transliteration.slug(label)
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
          st.addSpan(t, a + 1, id: id)
          continue
        }
        b = hyphenatedNameEnd(st, from: a, free: false)
      case "kk":
        guard f.hasBytePrefix("станция"), t > 0 else { continue }
        b = t - 1
        // (a quoted name is the station's own, as a metro station's: "«Калкаман» станциялары")
        if closesQuote(st, b) { continue }
        a = hyphenatedNameStart(st, to: b)
        if a > 0, st.toks[a - 1].capitalized, st.joins(a - 1, a), !isSentenceStart(st, a - 1) { continue }
      default:
        continue
      }
      guard (a...b).allSatisfy({ st.isCapName($0) }), st.sentenceOf(a) == st.sentenceOf(t), st.sentenceOf(b) == st.sentenceOf(t),
        !Lexicon.stopCapitalized.contains(st.toks[a].folded), !st.inTitle(a),
        (min(a, t)..<max(b, t)).allSatisfy({ st.joins($0, $0 + 1) }), Morphology.isCyrillic(st.toks[a].folded) == (st.doc.language == "ru" || st.doc.language == "kk")
      else { continue }
      // free, or held by the station's own project ("stazione di Lugovaya", "Kulanda railway")
      let phrase = min(a, t)...max(b, t)
      guard let o = st.owner[a] else {
        if (a...b).allSatisfy({ st.owner[$0] == nil }) { addPlace(st, a, b, kind: .city, label: st.text(a, b)) }
        continue
      }
      let sp = st.spans[o]
      guard st.entityKind(at: a) == .project, phrase.contains(sp.first), phrase.contains(sp.last), (a...b).allSatisfy({ st.owner[$0] == o }) else { continue }
      if st.toks[sp.last].folded == "railway" || st.doc.language == "en" && st.toks[t - 1].folded == "border"
        || st.doc.language == "it" && ["confine", "frontiera"].contains(st.toks[a - 2].folded)
      {
        // ("the Kulanda railway station" is no railway; "the Altynkol border station",
        // "la stazione di confine di Alashankou" is a border crossing, read as its town)
        release(st, sp.first, sp.last)
        addPlace(st, a, b, kind: .city, label: st.text(a, b))
        continue
      }
      addNestedTown(st, a, b)
    }
  }

  /// A town named by tokens `a`…`b` inside a project's name, as a mention that leaves the
  /// tokens the project's: the catalogue's town of that name when one word names it, as
  /// ``addPlace`` finds it ("stazione di Zhezkazgan"), a discovered town otherwise. O(name).
  func addNestedTown(_ st: State, _ a: Int, _ b: Int) {
    var id = Transliteration.slug(st.text(a, b))
    if a == b, let ei = placeHeads(st, .city, at: a).first {
      id = catalog.entries[ei].id
      addCatalogued(st, catalog.entries[ei])
    } else {
      st.addDiscovered(id, label: st.text(a, b), kind: .city, subkind: nil)
    }
    st.addNestedMention(id, a, b)
  }

  /// "from Asaka and nearby Shahrikhan": a capitalised word nothing has read that spells a
  /// catalogued town's name another way (Uzbek Latin's x for kh, o for a, q for k, y for i:
  /// the catalogue's Shahrixon and Shakhrikhan) is that town, when no other town's name
  /// gives the same key. One word of five letters or more, standing alone (no capitalised
  /// neighbour it could form a longer name with), not at a sentence's start, not quoted; in
  /// Cyrillic, the word as written or one of its nominative forms; never a name the catalogue
  /// holds as written (the catalogue pass read it or left it on purpose). O(tokens).
  func respelledTowns(_ st: State) {
    guard !townBySpelling.isEmpty else { return }
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) {
      if t > 0, st.joins(t - 1, t), st.toks[t - 1].capitalized, !isSentenceStart(st, t - 1) || st.owner[t - 1] != nil { continue }
      // (nor part of a name with a number or a web address: "Phoenix 24", "Qostanay.tv")
      if t + 1 < n, st.gap(t, t + 1).elementsEqual(["."])
        || st.joins(t, t + 1) && (st.toks[t + 1].capitalized || st.toks[t + 1].folded.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true)
      { continue }
      // (a quoted name is a company's or a plant's: "«Зарафшон» уже является …")
      guard !isSentenceStart(st, t), !Lexicon.stopCapitalized.contains(st.toks[t].folded), Lexicon.orgCues[st.toks[t].folded] == nil,
        Self.role(of: st, at: t) == nil, !insideQuotes(st, t)
      else { continue }
      guard let (e, forms) = respelledTown(st, at: t) else { continue }
      // (a name the catalogue holds as written was the catalogue pass's to read or to leave:
      // "Phoenix 24" is no town)
      guard !catalogAliases[e.id, default: []].contains(where: { forms.contains(Normalizer.fold($0)) }), !forms.contains(Normalizer.fold(e.label)) else { continue }
      addCatalogued(st, e)
      st.addSpan(t, t, id: e.id)
    }
  }

  /// The catalogued town that token `k` spells another way (by ``townBySpelling``): its entry
  /// and the forms looked up (the word, and in Cyrillic its nominative candidates too), or nil
  /// when no town, or two, share the key. Words of five letters or more only. O(forms).
  func respelledTown(_ st: State, at k: Int) -> (entry: CatalogEntry, forms: [String])? {
    guard !townBySpelling.isEmpty, st.toks[k].folded.unicodeScalars.count >= 5 else { return nil }
    let forms = Morphology.isCyrillic(st.toks[k].folded) ? [st.toks[k].folded] + st.cands[k] : [st.toks[k].folded]
    guard let ei = forms.lazy.compactMap({ self.townBySpelling[Transliteration.placeSpellingKey($0)] }).first, ei >= 0 else { return nil }
    return (catalog.entries[ei], forms)
  }

  /// "the Afghan border at Imamnazar", "the district centre of Nau", "will link Atamyrat with
  /// Kerkichi", "collegherà Osh con Irkeshtam": in English and Italian, a one-word name after
  /// a border's or crossing's noun and "at", after a district's or region's "centre of", or
  /// joined to a town by a verb of linking and "with"/"and"/"to" ("con"/"e"/"a"), is a town,
  /// when nothing has read it and it stands alone (no capitalised word right after it).
  /// O(tokens).
  func linkedTowns(_ st: State) {
    let en = st.doc.language == "en"
    guard en || st.doc.language == "it" else { return }
    let n = st.toks.count
    let links = en ? Lexicon.linkedWithEN : Lexicon.linkedWithIT
    func free(_ k: Int) -> Bool {
      k < n && st.owner[k] == nil && st.isCapName(k) && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded) && adjectiveEntity(st.toks[k].folded) == nil
        && !Lexicon.stopCapitalized.contains(st.toks[k].folded) && !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized)
        && !(k + 1 < n && st.toks[k + 1].folded == "s")
    }
    func town(_ k: Int) -> Bool { k >= 0 && k < n && st.entityKind(at: k) == .city }
    var found: [Int] = []
    for t in 1..<max(1, n - 1) {
      let f = st.toks[t].folded
      if en, f == "at", Lexicon.crossingNounsEN.contains(st.toks[t - 1].folded), st.joins(t - 1, t), st.joins(t, t + 1), free(t + 1) {
        found.append(t + 1)
      } else if en, f == "of", t >= 2, ["centre", "center"].contains(st.toks[t - 1].folded), Lexicon.seatQualifiersEN.contains(st.toks[t - 2].folded),
        st.joins(t - 2, t - 1), st.joins(t - 1, t), st.joins(t, t + 1), free(t + 1)
      {
        // ("in the district centre of Nau": a district's or region's seat)
        found.append(t + 1)
      } else if t >= 2, links.contains(f), st.joins(t, t + 1), st.joins(t - 1, t), st.sentenceOf(t + 1) == st.sentenceOf(t),
        let o = st.owner[t - 1], st.spans[o].last == t - 1, town(t - 1), case let a = st.spans[o].first, a >= 1,
        Lexicon.linkingVerbStems.contains(where: { st.toks[a - 1].folded.hasBytePrefix($0) }), st.joins(a - 1, a), free(t + 1)
      {
        found.append(t + 1)
      }
    }
    for k in found where st.owner[k] == nil {
      addPlace(st, k, k, kind: .city, label: st.original(k), district: true)
    }
  }

  /// "from Atyrau through Kenkiyak and Kumkol to Atasu", "от Атырау через Кенкияк до Атасу",
  /// "da Xi'an a Mortara":
  /// after "from" and a town, the one-word names a route passes ("through"/"via", listed with
  /// commas and "and") and the one it ends at ("to") are towns too, when nothing has read
  /// them and each stands alone (no capitalised word right after it). O(tokens).
  func routeTowns(_ st: State) {
    let words: (from: String, via: [String], to: [String])
    switch st.doc.language {
    case "en": words = ("from", ["through", "via"], ["to"])
    case "ru": words = ("от", ["через"], ["до"])
    case "it": words = ("da", ["attraverso", "via"], ["a", "ad"])
    default: return
    }
    let n = st.toks.count
    func free(_ k: Int) -> Bool {
      k < n && st.owner[k] == nil && st.isCapName(k) && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded) && adjectiveEntity(st.toks[k].folded) == nil
        && !(k + 1 < n && st.joins(k, k + 1) && st.toks[k + 1].capitalized)
    }
    let routeWords = Self.routeWords(st.doc.language)
    for t in 0..<max(0, n - 3) where st.toks[t].folded == words.from {
      var found: [Int] = []
      var k: Int
      if let o = st.owner[t + 1], st.spans[o].first == t + 1, st.entityKind(at: t + 1) == .city, st.joins(t, t + 1) {
        k = st.spans[o].last + 1
      } else if t > 0, free(t + 1), st.joins(t, t + 1), routeWords.contains(st.toks[t - 1].folded), st.joins(t - 1, t), t + 3 < n, words.to.contains(st.toks[t + 2].folded),
        !Lexicon.stopCapitalized.contains(st.toks[t + 1].folded)
      {
        // ("the road from Bedel to Barskoon": after a route's noun, the one free name after
        // "from" is a town as the one after "to" is)
        found.append(t + 1)
        k = t + 2
      } else { continue }
      // ("from Torugart on the Chinese border through Makmal": a few lower-case words, or a
      // country's adjective, may say where the first town lies before "through")
      if k < n, !words.via.contains(st.toks[k].folded), !words.to.contains(st.toks[k].folded),
        let j = (k..<min(n, k + 6)).first(where: { words.via.contains(st.toks[$0].folded) }),
        (k..<j).allSatisfy({ m in st.joins(m - 1, m) && st.owner[m] == nil && (!st.toks[m].capitalized || adjectiveEntity(st.toks[m].folded) != nil) })
      {
        k = j
      }
      if k + 1 < n, words.via.contains(st.toks[k].folded), st.joins(k - 1, k) {
        k += 1
        while k < n, st.sentenceOf(k) == st.sentenceOf(t), free(k) || st.entityKind(at: k) == .city {
          if st.owner[k] == nil { found.append(k) }
          let end = st.owner[k].map { st.spans[$0].last } ?? k
          guard end + 2 < n, st.gap(end, end + 1).elementsEqual([",", " "]) || Lexicon.coordinators.contains(st.toks[end + 1].folded) && st.joins(end, end + 1) else { k = end + 1; break }
          k = st.gap(end, end + 1).contains(",") ? end + 1 : end + 2
        }
      }
      guard k + 1 < n, words.to.contains(st.toks[k].folded), st.joins(k - 1, k), st.joins(k, k + 1), st.sentenceOf(k + 1) == st.sentenceOf(t),
        free(k + 1) || st.entityKind(at: k + 1) == .city
      else { continue }
      if st.owner[k + 1] == nil { found.append(k + 1) }
      for f in found {
        let label = st.doc.language == "ru" ? Morphology.nominativeName(st.original(f)) : st.original(f)
        addPlace(st, f, f, kind: .city, label: label, district: true)
      }
    }
    // "the route through Kazarman", "дорога пройдёт через Казарман": a route's noun or a verb of
    // passing, then "through"/"via" and one free name, which is a town the route passes
    guard st.doc.language != "it" else { return }
    for t in 1..<max(1, n - 1) where words.via.contains(st.toks[t].folded) && free(t + 1) && st.joins(t, t + 1) && st.joins(t - 1, t) {
      guard routeWords.contains(st.toks[t - 1].folded) || t >= 2 && st.joins(t - 2, t - 1) && routeWords.contains(st.toks[t - 2].folded) && !st.toks[t - 1].capitalized,
        !Lexicon.stopCapitalized.contains(st.toks[t + 1].folded), !isSentenceStartAndCommon(st, t + 1)
      else { continue }
      let label = st.doc.language == "ru" ? Morphology.nominativeName(st.original(t + 1)) : st.original(t + 1)
      addPlace(st, t + 1, t + 1, kind: .city, label: label, district: true)
    }
  }

  /// "Үрімжі мен Құлжадан Ақшиге дейін", from Urumqi and Ghulja to Akshi: in Kazakh, after a
  /// town or region in the ablative (-дан/-ден/-тан/-тен/-нан/-нен) a few words before, one
  /// free capitalised word in the dative right before "дейін" ("up to") is the town the route
  /// ends at, labelled without its ending. O(tokens).
  func kazakhRouteEnds(_ st: State) {
    guard st.doc.language == "kk" else { return }
    let ablatives = ["дан", "ден", "тан", "тен", "нан", "нен"]
    for t in 2..<max(2, st.toks.count) where st.toks[t].folded == "дейін" {
      let k = t - 1
      guard st.owner[k] == nil, st.isCapName(k), Morphology.isCyrillic(st.toks[k].folded), st.joins(k, t), !isSentenceStart(st, k),
        !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded), Self.kazakhTownCase(st.toks[k].folded) == 2,
        ["ға", "ге", "қа", "ке"].contains(where: { st.toks[k].folded.hasByteSuffix($0) }),
        (max(0, k - 4)..<k).contains(where: { j in
          st.sentenceOf(j) == st.sentenceOf(k) && isPlace(st, j) && st.owner[j + 1] != st.owner[j] && ablatives.contains(where: { st.toks[j].folded.hasByteSuffix($0) })
        })
      else { continue }
      addPlace(st, k, k, kind: .city, label: Normalizer.string(Array(st.original(k).unicodeScalars).dropLast(2)), district: true)
    }
  }

  /// A route's nouns and verbs of passing, English or Russian (empty for other languages).
  static func routeWords(_ language: String) -> WordSet {
    switch language {
    case "en": ["route", "road", "railway", "line", "highway", "pipeline", "section", "corridor", "track", "runs", "run", "passes", "pass", "passing", "running", "goes", "travel", "travels"]
    case "ru": ["маршрут", "маршрута", "дорога", "дороги", "дорогу", "трасса", "трассы", "трассу", "линию", "линии", "магистраль", "участок", "линия", "пройдет", "пройдёт", "проходит", "проходят", "пройдут", "идет", "идёт", "проляжет"]
    default: []
    }
  }

  /// "will serve Cholpon-Ata, Bosteri, Tamchy, Chok-Tal and Ananyevo": in English and Italian,
  /// a list of three or more one-name items (commas, then "and"/"e" before the last) of which
  /// at least one is a town the text has read and the rest are capitalised names nothing has
  /// read: those names are towns too. O(tokens).
  func townLists(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    var t = 0
    while t < n {
      defer { t += 1 }
      guard st.isCapName(t), !st.inTitle(t), !isSentenceStart(st, t) else { continue }
      var items: [(Int, Int)] = []
      var k = t
      var closed = false
      while k < n, st.sentenceOf(k) == st.sentenceOf(t) {
        let end: Int
        if let o = st.owner[k] {
          guard st.spans[o].first == k, st.entityKind(at: k) == .city else { break }
          end = st.spans[o].last
        } else {
          // ("In Beijing, Wang and Li met": Chinese surnames name persons)
          guard st.isCapName(k), !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded), adjectiveEntity(st.toks[k].folded) == nil,
            !Lexicon.stopCapitalized.contains(st.toks[k].folded), !Lexicon.chineseSurnames.contains(st.toks[k].folded)
          else { break }
          end = hyphenatedNameEnd(st, from: k)
          // (a name of one word or one hyphenated name, standing alone)
          if end + 1 < n, st.joins(end, end + 1), st.toks[end + 1].capitalized { break }
        }
        items.append((k, end))
        if closed || end + 2 >= n { break }
        if st.gap(end, end + 1).elementsEqual([",", " "]) {
          k = end + 1
        } else if ["and", "e"].contains(st.toks[end + 1].folded), st.joins(end, end + 1), st.joins(end + 1, end + 2) {
          k = end + 2
          closed = true
        } else {
          break
        }
      }
      guard closed, items.count >= 3, items.contains(where: { st.owner[$0.0] != nil }), items.contains(where: { st.owner[$0.0] == nil }) else { continue }
      for (a, b) in items where st.owner[a] == nil { addPlace(st, a, b, kind: .city, label: st.text(a, b), district: true) }
      t = items.last!.1
    }
  }

  /// "жителей Шерабада, Музрабада и Ангора", "residents of Urzhar and Makanchi", "gli
  /// abitanti di Zharkent": the names listed right after a word for residents are towns (a
  /// Russian adjective, or a name another kind has read, ends the list: "жителей
  /// Шерабадского района", "жителей Китая"). A Russian name loses its genitive -а in the
  /// label, and a Russian -ка village's genitive -ки becomes -ка ("Орловки" → "Орловка").
  /// O(tokens).
  func residentTowns(_ st: State) {
    let n = st.toks.count
    for t in 0..<n where Lexicon.residentsBefore.contains(st.toks[t].folded) {
      var k = t + 1
      let cyr = Morphology.isCyrillic(st.toks[t].folded)
      if !cyr {
        guard k < n, ["of", "di"].contains(st.toks[k].folded), st.joins(t, k) else { continue }
        k += 1
      }
      guard k < n, st.joins(k - 1, k) else { continue }
      var items: [(Int, Int)] = []
      while k < n, st.sentenceOf(k) == st.sentenceOf(t), Morphology.isCyrillic(st.toks[k].folded) == cyr {
        let e: Int
        if let o = st.owner[k] {
          guard st.spans[o].first == k, st.entityKind(at: k) == .city else { break }
          e = st.spans[o].last
        } else {
          guard st.isCapName(k), Self.role(of: st, at: k) == nil else { break }
          e = hyphenatedNameEnd(st, from: k)
          if cyr && Morphology.isRussianAdjective(st.toks[e].folded) || e + 1 < n && st.joins(e, e + 1) && st.toks[e + 1].capitalized { break }
        }
        items.append((k, e))
        if e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]) {
          k = e + 1
        } else if e + 2 < n, Lexicon.coordinators.contains(st.toks[e + 1].folded), st.joins(e, e + 1), st.joins(e + 1, e + 2) {
          k = e + 2
          // ("abitanti di Penjikent e di Ayni": the preposition again after "e")
          if !cyr, k + 1 < n, ["of", "di"].contains(st.toks[k].folded), st.joins(k, k + 1) { k += 1 }
          // ("residents of Buston and nearby Gafurov": a word of nearness before the town)
          if !cyr, k + 1 < n, ["nearby", "neighbouring", "neighboring", "vicina", "vicino"].contains(st.toks[k].folded), st.joins(k, k + 1) { k += 1 }
        } else {
          break
        }
      }
      for (a, b) in items where st.owner[a] == nil {
        var label = st.text(a, b)
        if st.doc.language == "ru", a == b, let last = label.unicodeScalars.last, last == "а",
          case let sc = Array(label.unicodeScalars), sc.count >= 5, !"аеёиоуыэюяь".unicodeScalars.contains(sc[sc.count - 2])
        {
          label = Normalizer.string(sc.dropLast())
        } else if st.doc.language == "ru", a == b, case let sc = Array(label.unicodeScalars), sc.count >= 6, sc[sc.count - 1] == "и", sc[sc.count - 2] == "к" {
          // ("жителей Орловки": a Russian -ка village's genitive -ки is the nominative's -ка;
          // not a Turkic name's own -ши or -ы, "Булакбаши", "Каркаралы")
          label = Normalizer.string(sc.dropLast()) + "а"
        }
        addPlace(st, a, b, kind: .city, label: label, district: true)
      }
    }
  }

  /// "a Muminobod, nella regione di Khatlon … nei frutteti di Muminobod, Baljuvon e …": a
  /// town of one Latin word that a cue let the text name (one the catalogue lacks) is that town
  /// where its word recurs free, neither opening a longer capitalised name or going on into a
  /// cue ("Muminobod Meva", "Muminobod district") nor after a capitalised word, nor opening a
  /// sentence or in the title. Then the lists are read again, as they may now hold a town.
  /// O(tokens).
  func repeatedDiscoveredTowns(_ st: State) {
    var towns: [String: String] = [:]  // the town's folded one-word label → its id
    for id in st.order {
      guard let e = st.entities[id], e.kind == .city, !e.catalogued, !e.mentions.isEmpty, !e.label.contains(" "), !e.label.contains("-"),
        !Morphology.isCyrillic(Normalizer.fold(e.label))
      else { continue }
      towns[Normalizer.fold(e.label)] = id
    }
    guard !towns.isEmpty else { return }
    let n = st.toks.count
    var added = false
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) && !isSentenceStart(st, t) && !st.inTitle(t) {
      guard let id = towns[st.toks[t].folded],
        !(t + 1 < n && st.joins(t, t + 1) && (st.toks[t + 1].capitalized || st.cands[t + 1].contains { Lexicon.orgCues[$0] != nil || Lexicon.placeCues[$0] != nil })),
        !(t > 0 && st.joins(t - 1, t) && st.toks[t - 1].capitalized)
      else { continue }
      st.addSpan(t, t, id: id)
      added = true
    }
    if added { townLists(st) }
  }

  /// "nello stabilimento di Wujiang", "nella zona industriale di Pop": an Italian works' or
  /// industrial zone's project named by "di" and one capitalised Latin word the catalogue
  /// lacks names the town it stands in too, as it does a catalogued one (see
  /// ``nestedMentions(_:)``): the word gets a town's mention inside the project's name, unless
  /// a place, a body or a person of the text already has the word. O(spans × entities).
  func italianFacilityTowns(_ st: State) {
    guard st.doc.language == "it" else { return }
    for sp in st.liveSpans() where sp.last >= sp.first + 2 && st.toks[sp.last - 1].folded == "di" {
      let k = sp.last
      // (a works or an industrial zone is named after its town; a field, a mine or a power
      // station after its own site: "giacimento di Kashagan", "centrale di Turgusun")
      let noun = st.toks[sp.first].folded
      guard st.kind(of: sp.key) == .project, !st.toks[sp.first].capitalized,
        // (right after the noun: "lo stabilimento di urea di Mollagaz" is named after its site)
        (noun == "stabilimento" || noun == "fabbrica") && k == sp.first + 2 || noun == "zona" && st.toks[sp.first + 1].folded == "industriale" && k == sp.first + 3,
        st.isCapName(k), isLatinName(st, k), !Lexicon.stopCapitalized.contains(st.toks[k].folded), st.joins(k - 1, k),
        !(k + 1 < st.toks.count && st.joins(k, k + 1) && st.toks[k + 1].capitalized),
        // (a town named after it makes the word the works' own name: "nello stabilimento di
        // Ulba, a Öskemen")
        !(k + 2 < st.toks.count && ["a", "ad", "in", "presso"].contains(st.toks[k + 1].folded) && st.joins(k, k + 1, comma: true) && st.joins(k + 1, k + 2)
          && st.toks[k + 2].capitalized),
        !st.order.contains(where: { id in
          guard id != sp.key, let e = st.entities[id] else { return false }
          return e.mentions.contains { $0.start <= st.toks[k].start && $0.end >= st.toks[k].end }
            || e.kind != .project && e.label.split(separator: " ").contains { WordKey.same(String($0), st.original(k)) }
        })
      else { continue }
      let label = st.original(k)
      let id = Transliteration.slug(label)
      guard st.entities[id] == nil || st.kind(of: id) == .city else { continue }
      if st.entities[id] == nil { st.addDiscovered(id, label: label, kind: .city, subkind: nil) }
      st.addNestedMention(id, k, k)
    }
  }

  /// "People from Kara-Buura and Bakay-Ata", "a Kyzyl-Kiya": a hyphenated Latin name of two
  /// capitalised words that nothing has read is a town when one of its halves is a Turkic
  /// place word (a colour or a number before, a water, hill, spring or "father" after:
  /// ``Lexicon/turkicPlaceOpeners``, ``Lexicon/turkicPlaceClosers``), as Central Asian
  /// villages and districts too small for the catalogue are named; not quoted alone (a
  /// brand's), nor joined to a capitalised word or a cue on either side. O(tokens).
  func turkicHyphenatedTowns(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    for t in 0..<max(0, n - 1) where st.owner[t] == nil && st.owner[t + 1] == nil && st.toks[t].capitalized && st.toks[t + 1].capitalized {
      guard st.gap(t, t + 1).elementsEqual(["-"]), isLatinName(st, t), isLatinName(st, t + 1), st.sentenceOf(t + 1) == st.sentenceOf(t),
        Lexicon.turkicPlaceOpeners.contains(st.toks[t].folded) || Lexicon.turkicPlaceClosers.contains(st.toks[t + 1].folded),
        !(t > 0 && st.joins(t - 1, t) && (st.toks[t - 1].capitalized || st.gap(t - 1, t).contains("-"))),
        !(t + 2 < n && st.joins(t + 1, t + 2) && (st.toks[t + 2].capitalized || st.gap(t + 1, t + 2).contains("-")
          || st.cands[t + 2].contains { Lexicon.orgCues[$0] != nil || Lexicon.placeCues[$0] != nil || Lexicon.projectCues.contains($0) })),
        !opensQuote(st, t), !closesQuote(st, t + 1), !st.inTitle(t), !st.inHeadline(t)
      else { continue }
      addPlace(st, t, t + 1, kind: .city, label: st.text(t, t + 1))
    }
  }

  /// The town of one word, read by a rule (not the catalogue), whose name shares a case stem of
  /// four letters or more with the Russian word at `t` ("Кармана" for "Кармане"), or nil.
  /// O(entities × readings).
  func sameDiscoveredTown(_ st: State, _ t: Int) -> String? {
    let mine = st.cands[t].filter { $0.unicodeScalars.count >= 4 }
    guard !mine.isEmpty else { return nil }
    return st.order.first { id in
      guard let e = st.entities[id], e.kind == .city, !e.catalogued, !e.mentions.isEmpty, !e.label.contains(" ") else { return false }
      let theirs = Morphology.candidates(Normalizer.fold(e.label))
      return theirs.contains { c in c.unicodeScalars.count >= 4 && mine.contains(c) }
    }
  }

  /// "passando per Torugart, Makmal e Jalal-Abad": a capitalised word that nothing has read,
  /// listed between two towns, is a town too. O(tokens).
  func listedTowns(_ st: State) {
    let n = st.toks.count
    func city(_ k: Int) -> Bool { k >= 0 && k < n && st.entityKind(at: k) == .city }
    // ("In Beijing, Wang and Li met": a Chinese surname after a town is a person's)
    for t in 1..<max(1, n) where st.owner[t] == nil && st.isCapName(t) && !isSentenceStart(st, t) && !st.inTitle(t) && !Lexicon.chineseSurnames.contains(st.toks[t].folded) {
      // "a Jolanda di Savoia, in provincia di Ferrara": an Italian town named with its province
      if st.doc.language == "it", ["a", "ad"].contains(st.toks[t - 1].folded), st.joins(t - 1, t) {
        var e = t
        while e + 2 < n, e - t < 4, ["di", "del", "della", "sul", "sulla"].contains(st.toks[e + 1].folded), st.isCapName(e + 2), st.owner[e + 2] == nil,
          st.joins(e, e + 1), st.joins(e + 1, e + 2)
        { e += 2 }
        if e + 2 < n, st.gap(e, e + 1).contains(","), ["in", "nella"].contains(st.toks[e + 1].folded), st.toks[e + 2].folded.hasBytePrefix("provinc") {
          addPlace(st, t, e, kind: .city, label: st.text(t, e), district: true)
          continue
        }
      }
      let last = hyphenatedNameEnd(st, from: t)
      let leftCity = (st.gap(t - 1, t).elementsEqual([",", " "]) && city(t - 1))
        || (t >= 2 && Lexicon.coordinators.contains(st.toks[t - 1].folded) && st.joins(t - 1, t) && city(t - 2))
      // (the text's last word may close a list: "… Токтогула и Казармана.")
      let rightCity = last + 1 < n && (st.gap(last, last + 1).elementsEqual([",", " "]) && city(last + 1))
        || (last + 2 < n && Lexicon.coordinators.contains(st.toks[last + 1].folded) && st.joins(last, last + 1) && city(last + 2))
      // ("flights … to Cholpon-Ata and Tamchy": the last of two towns after a preposition)
      // ("жителей из Кетмень-Тюбе, Токтогула и Казармана": or the last of a list of towns)
      let afterPreposition: Bool = {
        guard t >= 2, Lexicon.coordinators.contains(st.toks[t - 1].folded), let o = st.owner[t - 2], st.spans[o].last == t - 2 else { return false }
        var f = st.spans[o].first
        while f >= 2, st.gap(f - 1, f).elementsEqual([",", " "]), city(f - 1), let o2 = st.owner[f - 1] { f = st.spans[o2].first }
        let p = f - 1
        // (or after "of" and a plural town word: "le località turistiche di Cholpon-Ata e Bosteri")
        // ("nelle scuole di Ishkashim e Rushan": or after the Italian "di" and a lower-case
        // plural noun, what the towns have, the second name no longer one)
        return p >= 0 && (Lexicon.placePrepositions.contains(st.toks[p].folded)
          || ["di", "of"].contains(st.toks[p].folded) && (max(0, p - 2)..<p).contains { Lexicon.pluralCityCues.contains(st.toks[$0].folded) }
          || st.doc.language == "it" && st.toks[p].folded == "di" && p >= 1 && !st.toks[p - 1].capitalized && st.owner[p - 1] == nil && st.joins(p - 1, p)
            && (st.toks[p - 1].folded.hasByteSuffix("e") || st.toks[p - 1].folded.hasByteSuffix("i")) && st.toks[p - 1].folded.unicodeScalars.count >= 4
            && !(last + 1 < n && st.joins(last, last + 1) && st.toks[last + 1].capitalized))
      }()
      // ("reactors at Fuqing and Zhangzhou": the first of two towns after a preposition)
      // (or before a comma and a town: "из Кетмень-Тюбе, Токтогула и …")
      let beforeTown = Lexicon.placePrepositions.contains(st.toks[t - 1].folded) && st.joins(t - 1, t) && last + 2 < n
        && (Lexicon.coordinators.contains(st.toks[last + 1].folded) && st.joins(last, last + 1) && st.joins(last + 1, last + 2)
          && st.owner[last + 2].map { st.spans[$0].first == last + 2 } == true && city(last + 2)
          || st.gap(last, last + 1).elementsEqual([",", " "]) && st.owner[last + 1].map { st.spans[$0].first == last + 1 } == true && city(last + 1))
        && !Lexicon.weekdaysAndMonths.contains(st.toks[t].folded)
        || repeatedPreposition(st, t, last, after: false)
      // ("its summit in Gabala, Azerbaijan": a name after a place preposition and before a
      // comma and a country or a province: "at Wuqia in Xinjiang")
      // ("on to Constanta in Romania": or "in" and the country)
      let countryAt: (Int) -> Bool = { k in
        k < n && st.owner[k].map { st.spans[$0].first == k && Lexicon.governedRegionSubkinds.contains(st.subkind(of: st.spans[$0].key) ?? "") } == true
      }
      // ("fino a Wuqia, nello Xinjiang": or after a comma and the Italian "in the")
      let italianIn = last + 2 < n && st.gap(last, last + 1).elementsEqual([",", " "]) && ["nello", "nella", "nel"].contains(st.toks[last + 1].folded)
        && st.joins(last + 1, last + 2) && countryAt(last + 2)
      let beforeCountry = Lexicon.placePrepositions.contains(st.toks[t - 1].folded) && st.joins(t - 1, t) && last + 1 < n
        && (st.gap(last, last + 1).elementsEqual([",", " "]) && countryAt(last + 1) || italianIn
          || last + 2 < n && ["in", "nello", "nella", "nel"].contains(st.toks[last + 1].folded) && st.joins(last, last + 1) && st.joins(last + 1, last + 2)
            && (countryAt(last + 2) || Lexicon.directionWordsEN.contains(st.toks[last + 2].folded) && last + 3 < n && st.joins(last + 2, last + 3) && countryAt(last + 3)))
        && !Lexicon.weekdaysAndMonths.contains(st.toks[t].folded) && !Morphology.isCyrillic(st.toks[t].folded)
      // ("рейсы по маршруту Урумчи — Тамчы", "the Tamchy–Urumqi flight": a name a dash pairs
      // with a town, a route's word before the pair or after it)
      func routeWord(_ k: Int, after a: Int) -> Bool { k >= 0 && k < n && Lexicon.routeWords.contains(st.toks[k].folded) && (k < a ? st.joins(k, a) : st.joins(a, k)) }
      let routePair: Bool = {
        if Self.dashJoined(st, t - 1, t), city(t - 1), let o = st.owner[t - 1] {
          let f = st.spans[o].first
          // (a describing word may stand between: "volo diretto Urumqi-Tamchy")
          return f >= 1 && routeWord(f - 1, after: f) || f >= 2 && !st.toks[f - 1].capitalized && routeWord(f - 2, after: f - 1) || routeWord(last + 1, after: last)
        }
        if last + 1 < n, Self.dashJoined(st, last, last + 1), city(last + 1), let o = st.owner[last + 1], st.spans[o].first == last + 1 {
          let l = st.spans[o].last
          return routeWord(t - 1, after: t) || routeWord(l + 1, after: l)
        }
        return false
      }()
      // (a word that opens a district's name the text gave is that district: "Жеминай ауданы …
      // Майқапшағай – Жеминай бағытындағы")
      if routePair, t == last, let id = entityOpened(st, by: t, kinds: [.region, .city]) {
        st.addSpan(t, t, id: id)
        continue
      }
      if beforeCountry || routePair {
        addPlace(st, t, last, kind: .city, label: st.text(t, last), district: true)
        continue
      }
      // ("Үшарал мен Жаркент тұрғындары": the residents of two towns, one of them known)
      let residents = rightCity && last + 2 < n && Lexicon.coordinators.contains(st.toks[last + 1].folded)
        && st.owner[last + 2].map { o in st.spans[o].last + 1 < n && Lexicon.residentWords.contains(st.toks[st.spans[o].last + 1].folded) && st.joins(st.spans[o].last, st.spans[o].last + 1) } == true
      // ("a Kordai e a Shokpar": or the second, its preposition said again)
      let repeatedAfter = repeatedPreposition(st, t, last, after: true)
      guard leftCity || beforeTown || residents || repeatedAfter else { continue }
      // ("Қарқаралы мен Баянауыл бағытын": the second of two towns before a route's word)
      let routeAfter = leftCity && Lexicon.coordinators.contains(st.toks[t - 1].folded) && last + 1 < n && st.joins(last, last + 1)
        && Lexicon.routeWords.contains(st.toks[last + 1].folded)
      // ("Петропавл мен Тайыншада": in Kazakh the second of two towns carries the pair's case)
      if st.doc.language == "kk", leftCity, t == last, Lexicon.coordinators.contains(st.toks[t - 1].folded), let cut = Self.kazakhTownCase(st.toks[t].folded) {
        let original = st.original(t)
        addPlace(st, t, t, kind: .city, label: String(original.unicodeScalars.dropLast(cut)), district: true)
        continue
      }
      // ("из Худжанда, Гафурова и Бободжон-Гафуровского района": or between a town and a
      // district, a list of places)
      let rightDistrict = leftCity && last + 2 < n && Lexicon.coordinators.contains(st.toks[last + 1].folded) && st.joins(last, last + 1)
        && st.entityKind(at: last + 2) == .region && st.owner[last + 2].map { st.spans[$0].first == last + 2 && st.subkind(of: st.spans[$0].key) == "district" } == true
      guard (rightCity || rightDistrict) && st.sentenceOf(t - 1) == st.sentenceOf(last + 1) || afterPreposition || beforeTown || routeAfter || repeatedAfter else { continue }
      let declined = (beforeTown || repeatedAfter) && !leftCity && t == last && Morphology.isCyrillic(st.toks[t].folded)
      var label = declined ? Morphology.nominativeName(st.original(t)) : st.text(t, last)
      // (a Russian town listed with a catalogued one stands in its case: "Токтогула и
      // Казармана" → "Казарман", as "Токтогула" is "Токтогул" + "а")
      let neighbour = leftCity ? t - (st.gap(t - 1, t).elementsEqual([",", " "]) ? 1 : 2)
        : beforeTown ? last + (st.gap(last, last + 1).elementsEqual([",", " "]) ? 1 : 2) : -1
      if st.doc.language == "ru", let ending = listedTownEnding(st, neighbour),
        st.toks[last].folded.hasByteSuffix(ending), st.toks[last].folded.unicodeScalars.count - ending.unicodeScalars.count >= 3
      {
        label = String(st.text(t, last).unicodeScalars.dropLast(ending.unicodeScalars.count))
      }
      // ("в Навои и Кармане" … "Город Кармана": a one-word town the text has read in another
      // case is that town, one node)
      if st.doc.language == "ru", t == last, let same = sameDiscoveredTown(st, t) {
        st.addSpan(t, t, id: same)
        continue
      }
      addPlace(st, t, last, kind: .city, label: label, district: true)
    }
  }

  /// The first token of a town's hyphenated mention ("Ak-Suu") that ends at token `b`, or
  /// nil. O(1).
  func hyphenatedTownEnding(_ st: State, at b: Int) -> Int? {
    guard let o = st.owner[b], st.spans[o].last == b, st.spans[o].first < b, st.entityKind(at: b) == .city,
      st.spans[o].first == hyphenatedNameStart(st, to: b)
    else { return nil }
    return st.spans[o].first
  }

  /// A Russian town's name after "в" in the nominative: the locative's -е comes off after a
  /// consonant ("Янлине" → "Янлин", "Нукусе" → "Нукус"); a name ending otherwise is
  /// indeclinable ("Бештау") or left as ``Morphology/nominativeName(_:)`` reads it. O(word).
  static func russianLocativeTown(_ word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    if scalars.count >= 5, scalars.last == "е", !"аеёиоуыэюяьй".unicodeScalars.contains(scalars[scalars.count - 2]) {
      return String(String.UnicodeScalarView(scalars.dropLast()))
    }
    return Morphology.nominativeName(word)
  }

  /// Whether the name at `t`...`last` and a town the text has read stand after the same place
  /// preposition, joined by a coordinator: "a Shokpar e a Kordai", "in Kordai and in Shokpar",
  /// "в Кордае и в Шокпаре" (`after`: the name is the second of the two). O(1).
  func repeatedPreposition(_ st: State, _ t: Int, _ last: Int, after: Bool) -> Bool {
    let n = st.toks.count
    guard t >= 1, Lexicon.placePrepositions.contains(st.toks[t - 1].folded), st.joins(t - 1, t), !Lexicon.weekdaysAndMonths.contains(st.toks[t].folded) else { return false }
    if after {
      guard t >= 4, Lexicon.coordinators.contains(st.toks[t - 2].folded), st.joins(t - 2, t - 1), st.joins(t - 3, t - 2),
        let o = st.owner[t - 3], st.spans[o].last == t - 3, st.entityKind(at: t - 3) == .city, case let f = st.spans[o].first, f >= 1
      else { return false }
      return st.toks[f - 1].folded == st.toks[t - 1].folded && st.joins(f - 1, f)
    }
    guard last + 3 < n, Lexicon.coordinators.contains(st.toks[last + 1].folded), st.toks[last + 2].folded == st.toks[t - 1].folded,
      st.joins(last, last + 1), st.joins(last + 1, last + 2), st.joins(last + 2, last + 3)
    else { return false }
    return st.owner[last + 3].map { st.spans[$0].first == last + 3 } == true && st.entityKind(at: last + 3) == .city
  }

  /// "Batken governor Abdikadyr Toktomushev": in English, a town's name right before
  /// "governor" names the first-level region of that name that the catalogue holds (a
  /// region has a governor, a town a mayor). O(tokens).
  func governedRegions(_ st: State) {
    guard st.doc.language == "en" else { return }
    for t in 1..<max(1, st.toks.count) where st.toks[t].folded.utf8.elementsEqual("governor".utf8) {
      guard let o = st.owner[t - 1], st.spans[o].last == t - 1, st.entityKind(at: t - 1) == .city, st.joins(t - 1, t) else { continue }
      let f = st.spans[o].first
      guard let e = regionNamedAfterCity(st, .region, f, t - 1) else { continue }
      release(st, f, t - 1)
      addCatalogued(st, e)
      st.addSpan(f, t - 1, id: e.id)
    }
  }

  /// Towns a phrase's last word points at: one free capitalised Latin name (or names joined by
  /// hyphens) right after
  /// - a mayor's title and "of"/"di": "the mayor of Kemin", "il sindaco di Kemin" (a town has a
  ///   mayor; a region's head is a governor);
  /// - in English, a facility's or a branch's noun and "in"/"near": "whose plant in Yavan", "a
  ///   cotton mill near Danghara" (every country and province is catalogued, so a name the
  ///   catalogue lacks there is a town's; a name that it holds as "X Region" only is that
  ///   region's: "a plant in Surkhandarya");
  /// - in Russian, a facility's noun in any case and "в"/"под": "станцию в Бештау" (one Cyrillic
  ///   name, labelled in the nominative).
  /// A capitalised word after the name makes it a person's or a body's, and so does a body's or
  /// a place's cue. O(tokens).
  func pointedTowns(_ st: State) {
    let of: String
    switch st.doc.language {
    case "en": of = "of"
    case "it": of = "di"
    case "ru": of = ""
    default: return
    }
    // ("построила ветровую станцию в Бештау": in Russian, a facility's noun in any case and
    // "в"/"под"; the town is labelled in the nominative)
    let russianFacilities = ["станци", "электростанци", "завод", "фабрик", "комбинат", "рудник", "шахт", "склад", "терминал", "больниц", "цех", "теплиц"]
    let mayors: WordSet = ["mayor", "sindaco", "sindaca", "vicesindaco", "vicesindaca"]
    let facilities: WordSet = [
      "plant", "plants", "factory", "factories", "mill", "refinery", "smelter", "mine", "office", "branch", "warehouse", "depot",
      "campus", "facility", "facilities", "workshop", "kiln", "hospital", "school", "clinic",
      // ("the Raduga guesthouse in Bosteri", "new hotels in Tamga")
      "guesthouse", "guesthouses", "hotel", "hotels", "resort", "resorts", "sanatorium", "sanatoriums",
      "mills", "refineries", "smelters", "mines", "reactor", "reactors",
      // ("a helipad near Shaymak", "an outpost near Murghab", "a village near Karakul")
      "helipad", "outpost", "compound", "airfield", "base", "camp", "dam", "terminal", "village", "villages",
    ]
    let n = st.toks.count
    for t in 0..<max(0, n - 2) where st.joins(t, t + 1) && st.joins(t + 1, t + 2) {
      let w = st.toks[t].folded, p = st.toks[t + 1].folded
      let russian = st.doc.language == "ru"
      guard !russian && mayors.contains(w) && p == of || st.doc.language == "en" && facilities.contains(w) && (p == "in" || p == "near" || p == "at")
        || russian && (p == "в" || p == "под") && russianFacilities.contains(where: { w.hasBytePrefix($0) })
      else { continue }
      let k = t + 2
      guard st.owner[k] == nil, st.isCapName(k), russian ? Morphology.isCyrillic(st.toks[k].folded) : isLatinName(st, k), !Lexicon.stopCapitalized.contains(st.toks[k].folded), Self.role(of: st, at: k) == nil,
        adjectiveEntity(st.toks[k].folded) == nil, !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded), st.sentenceOf(k) == st.sentenceOf(t),
        // ("электростанции в Карагандинской и Улытауской областях": a place's adjective is no town)
        !(russian && Self.isRussianPlaceAdjective(st.toks[k].folded))
      else { continue }
      let e = hyphenatedNameEnd(st, from: k)
      if e + 1 < n, st.joins(e, e + 1),
        st.toks[e + 1].capitalized || Lexicon.orgCues[st.toks[e + 1].folded] != nil || st.cands[e + 1].contains(where: { Lexicon.placeCues[$0] != nil })
      { continue }
      // ("reactors at Taishan and Fangchenggang": a second one-word name after "and" is the
      // other town, when nothing has read it and nothing follows it)
      if !mayors.contains(w), !russian, e + 2 < n, ["and", "e"].contains(st.toks[e + 1].folded), st.joins(e, e + 1), st.joins(e + 1, e + 2),
        st.owner[e + 2] == nil, st.isCapName(e + 2), isLatinName(st, e + 2), !Lexicon.stopCapitalized.contains(st.toks[e + 2].folded),
        Self.role(of: st, at: e + 2) == nil, adjectiveEntity(st.toks[e + 2].folded) == nil, st.sentenceOf(e + 2) == st.sentenceOf(t),
        !(e + 3 < n && st.joins(e + 2, e + 3) && (st.toks[e + 3].capitalized || Lexicon.orgCues[st.toks[e + 3].folded] != nil))
      {
        addPlace(st, e + 2, e + 2, kind: .city, label: st.text(e + 2, e + 2), district: true)
      }
      // ("a plant in Surkhandarya": a facility's place that the catalogue holds only as a
      // region, "Surkhandarya Region", is that region; a mayor's is a town)
      if !mayors.contains(w), let region = regionNamedAfterCity(st, .region, k, e) {
        addCatalogued(st, region)
        st.addSpan(k, e, id: region.id)
        continue
      }
      addPlace(st, k, e, kind: .city, label: russian && k == e ? Self.russianLocativeTown(st.original(k)) : st.text(k, e), district: true)
    }
  }

  /// The last token of a free capitalised Latin name at `k` (one word, or hyphenated) right
  /// after one of `prepositions`, when the word is no common capitalised word, role, country's
  /// adjective, weekday or month; nil otherwise. Where ``seatTowns(_:)`` and
  /// ``townsInRegions(_:)`` start. O(1).
  func freeNameAfterPreposition(_ st: State, _ k: Int, _ prepositions: WordSet) -> Int? {
    guard k >= 1, st.owner[k] == nil, prepositions.contains(st.toks[k - 1].folded), st.joins(k - 1, k),
      st.isCapName(k), isLatinName(st, k), !Lexicon.stopCapitalized.contains(st.toks[k].folded), Self.role(of: st, at: k) == nil,
      adjectiveEntity(st.toks[k].folded) == nil, !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded)
    else { return nil }
    return hyphenatedNameEnd(st, from: k)
  }

  /// "arrivato da Buttrio, sede storica dell'azienda", "from Buttrio, home of the company": a
  /// free capitalised Latin name after a preposition of place, then a comma and a seat's
  /// noun (Italian "sede", English "home", "headquarters", "birthplace", "hometown") and
  /// "of"/"to"/"di" or an adjective after it ("sede storica"), is the town the company or person
  /// comes from (not a name a capitalised word or a cue goes on from). So is one that a comma
  /// and a town's noun after an article and at most two lower-case words describe: "in
  /// Istiqlol, a mining town in northern Tajikistan", "a Hisor, una cittadina vicino a …".
  /// O(tokens).
  func seatTowns(_ st: State) {
    let lang = st.doc.language
    guard lang == "it" || lang == "en" else { return }
    let prepositions: WordSet = lang == "it" ? ["da", "a", "di", "in"] : ["from", "in", "at", "to", "near"]
    let seats: WordSet = lang == "it" ? ["sede"] : ["home", "headquarters", "birthplace", "hometown"]
    let links: WordSet = lang == "it" ? ["di", "del", "della", "dello", "dell", "dei", "degli", "delle", "storica", "legale", "principale", "centrale", "operativa"] : ["of", "to"]
    let n = st.toks.count
    for k in 1..<max(1, n - 2) {
      guard let e = freeNameAfterPreposition(st, k, prepositions),
        e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]), seats.contains(st.toks[e + 1].folded), st.joins(e + 1, e + 2),
        links.contains(st.toks[e + 2].folded), st.sentenceOf(e + 2) == st.sentenceOf(k)
      else { continue }
      addPlace(st, k, e, kind: .city, label: st.text(k, e), district: true)
    }
    let articles: WordSet = lang == "it" ? ["una", "un", "la", "il", "piccola", "piccolo"] : ["a", "an", "the"]
    let townNouns: WordSet = lang == "it" ? ["città", "cittadina", "villaggio", "paese", "borgo", "centro"] : ["town", "city", "village", "settlement", "township"]
    for k in 1..<max(1, n - 3) {
      guard let e = freeNameAfterPreposition(st, k, prepositions), Lexicon.orgCues[st.toks[k].folded] == nil,
        e + 2 < n, st.gap(e, e + 1).elementsEqual([",", " "]), articles.contains(st.toks[e + 1].folded),
        let noun = (e + 2...min(n - 1, e + 4)).first(where: { townNouns.contains(st.toks[$0].folded) }),
        (e + 1...noun).allSatisfy({ st.owner[$0] == nil && !st.toks[$0].capitalized && ($0 == e + 1 || st.joins($0 - 1, $0)) }),
        st.sentenceOf(noun) == st.sentenceOf(k),
        // ("a Hisor, centro …": an Italian "centro" is a town's only with an article or adjective)
        !(lang == "it" && st.toks[noun].folded == "centro" && noun == e + 2 && !["un", "il", "piccolo"].contains(st.toks[e + 1].folded))
      else { continue }
      addPlace(st, k, e, kind: .city, label: st.text(k, e), district: true)
    }
  }

  /// "Istiqlol, formerly known as Taboshar", "Khujand (formerly Leninabad)": in English, a
  /// town's or region's former name after "formerly", "formerly known as", "formerly called",
  /// "once known as", "previously known as", and a name no rule read, is that place's alias.
  /// The place is a span that ends right before, or a free word (at a sentence's start, say)
  /// that is the one-word label of a town or region the text has read. O(tokens).
  func formerPlaceNames(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for t in 1..<max(1, n - 1) where ["formerly", "once", "previously"].contains(st.toks[t].folded) {
      let p = t - 1
      guard st.gap(p, t).elementsEqual([",", " "]) || st.gap(p, t).elementsEqual([" ", "("]) else { continue }
      let place: String
      if let o = st.owner[p], st.spans[o].last == p, st.kind(of: st.spans[o].key) == .city || st.kind(of: st.spans[o].key) == .region {
        place = st.spans[o].key
      } else if st.owner[p] == nil, st.isCapName(p), case let word = st.original(p),
        let id = st.order.first(where: { id in
          st.entities[id].map { ($0.kind == .city || $0.kind == .region) && !$0.mentions.isEmpty && WordKey.same($0.mentions[0].text, word) } == true
        })
      {
        st.addSpan(p, p, id: id)
        place = id
      } else {
        continue
      }
      var k = t + 1
      if k < n, ["known", "called", "named"].contains(st.toks[k].folded), st.joins(k - 1, k) {
        k += 1
        if k < n, st.toks[k].folded == "as", st.joins(k - 1, k) { k += 1 }
      } else if st.toks[t].folded != "formerly" {
        continue
      }
      guard k < n, st.joins(k - 1, k), st.owner[k] == nil, st.isCapName(k), isLatinName(st, k), st.sentenceOf(k) == st.sentenceOf(t),
        !Lexicon.stopCapitalized.contains(st.toks[k].folded)
      else { continue }
      let e = hyphenatedNameEnd(st, from: k)
      if e + 1 < n, st.joins(e, e + 1), st.toks[e + 1].capitalized { continue }
      st.addSpan(k, e, id: place)
    }
  }

  /// "at Khojaabad in the Andijan region", "a Khojaabad, nella regione di Andijan": a free
  /// capitalised Latin name after a preposition of place, then (after a comma, maybe) "in the"
  /// or "nella"/"nel" and a region the text reads (no country), is a town of that region.
  /// O(tokens).
  func townsInRegions(_ st: State) {
    let lang = st.doc.language
    guard lang == "it" || lang == "en" else { return }
    let prepositions: WordSet = lang == "it" ? ["a", "in", "da", "presso"] : ["in", "at", "near", "from", "to"]
    let n = st.toks.count
    for k in 1..<max(1, n - 3) {
      guard let e = freeNameAfterPreposition(st, k, prepositions), Lexicon.orgCues[st.toks[k].folded] == nil, e + 3 < n,
        st.gap(e, e + 1).elementsEqual([" "]) || st.gap(e, e + 1).elementsEqual([",", " "]), st.sentenceOf(e + 3) == st.sentenceOf(k)
      else { continue }
      let opener = lang == "it" ? ["nella", "nel"].contains(st.toks[e + 1].folded) : st.toks[e + 1].folded == "in" && st.toks[e + 2].folded == "the"
      guard opener, let j = (e + 2...min(n - 1, e + 4)).first(where: { st.owner[$0] != nil }), let o = st.owner[j], st.entityKind(at: j) == .region,
        st.subkind(of: st.spans[o].key) != "country", st.spans[o].first <= e + 4
      else { continue }
      addPlace(st, k, e, kind: .city, label: st.text(k, e), district: true)
    }
  }

  /// "USHARAL, March 9, 2029 —", "Үшарал, 18 наурыз 2029 жыл.": a dateline names the town the
  /// story was filed from, so one or two capitalised words that open a line near the text's
  /// start, right before a comma and a date, are a town's name even when the catalogue lacks
  /// it (an all-capitals name is labelled in title case). Dates are those of
  /// ``State/datelineDates``. O(first tokens).
  func datelineTowns(_ st: State) {
    for d in st.datelineDates {
      guard let k = st.tokenIndex(startingAt: d.start), k >= 1, st.gap(k - 1, k).elementsEqual([",", " "]) else { continue }
      let last = k - 1
      var first = hyphenatedNameStart(st, to: last)
      if first == last, first >= 1, st.gap(first - 1, first).elementsEqual([" "]), st.isCapName(first - 1) { first -= 1 }
      guard first == 0 || st.gap(first - 1, first).contains("\n"),
        (first...last).allSatisfy({ st.owner[$0] == nil && st.isCapName($0) && !Lexicon.stopCapitalized.contains(st.toks[$0].folded)
          && Lexicon.orgCues[st.toks[$0].folded] == nil && Self.role(of: st, at: $0) == nil && !Lexicon.weekdaysAndMonths.contains(st.toks[$0].folded) })
      else { continue }
      let text = st.text(first, last)
      let upper = text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
      let label = upper ? text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ") : text
      addPlace(st, first, last, kind: .city, label: label, district: true)
      return
    }
  }

  /// The case ending a listed town's Russian mention at token `k` adds to its catalogued
  /// Russian name ("Токтогула" of "Токтогул": "а"), or nil (none, or not one of one or two
  /// letters, or no such town). O(1).
  func listedTownEnding(_ st: State, _ k: Int) -> String? {
    guard k >= 0, let o = st.owner[k], st.spans[o].first == st.spans[o].last, let e = st.entities[st.spans[o].key], let ru = e.labels["ru"] else { return nil }
    let name = Normalizer.fold(ru), word = st.toks[k].folded
    guard word.hasBytePrefix(name), case let extra = word.unicodeScalars.count - name.unicodeScalars.count, extra >= 1, extra <= 2 else { return nil }
    return String(word.unicodeScalars.suffix(extra))
  }

  /// How many letters of a Kazakh case ending (locative, dative, ablative) end a town's name
  /// of at least four more letters ("Тайыншада" → 2), or nil.
  static func kazakhTownCase(_ folded: String) -> Int? {
    let n = folded.unicodeScalars.count
    for e in ["дан", "ден", "тан", "тен", "нан", "нен", "да", "де", "та", "те", "ға", "ге", "қа", "ке"] where folded.hasByteSuffix(e) && n - e.unicodeScalars.count >= 4 {
      return e.unicodeScalars.count
    }
    return nil
  }

  /// The first token of a name that ends at `last`: at most two more capitalised words
  /// joined to it by hyphens before it ("Kara-Balta" before "station"). O(1).
  func hyphenatedNameStart(_ st: State, to last: Int) -> Int {
    var first = last
    while first > 0, last - first < 2, st.toks[first - 1].capitalized, st.gap(first - 1, first).elementsEqual(["-"]) { first -= 1 }
    return first
  }

  /// The catalogue's entries of `kind` whose name opens with token `t`'s stem, in catalogue
  /// order (``addPlace`` takes the first). O(1).
  func placeHeads(_ st: State, _ kind: EntityKind, at t: Int) -> [Int] {
    placeByHead[kind.rawValue + "|" + Morphology.stem(st.toks[t].folded)] ?? []
  }

  /// "the Karaganda regional budget", "the Osh regional hospital": in English, a town's name
  /// right before a lower-case "regional" is the region named after the town, when the
  /// catalogue has that region (a body the words name was read before, and owns the town's
  /// tokens). O(tokens).
  func regionalAdjectiveRegions(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for t in 1..<max(1, n - 1) where st.toks[t].folded == "regional" && !st.toks[t].capitalized {
      guard st.joins(t - 1, t), st.entityKind(at: t - 1) == .city, let o = st.owner[t - 1], st.spans[o].last == t - 1,
        st.joins(t, t + 1), !st.toks[t + 1].capitalized, let e = regionNamedAfterCity(st, .region, st.spans[o].first, t - 1)
      else { continue }
      let first = st.spans[o].first
      release(st, first, t - 1)
      addCatalogued(st, e)
      st.addSpan(first, t, id: e.id)
    }
  }

  /// The catalogue's region of `kind` named after the hyphenated city at tokens a...b
  /// ("Jalal-Abad" → Jalal-Abad Region): the first entry under the city's head whose name
  /// opens with the whole city name, or nil. O(entries under the head × their names).
  func regionNamedAfterCity(_ st: State, _ kind: EntityKind, _ a: Int, _ b: Int) -> CatalogEntry? {
    let city = Normalizer.fold(st.text(a, b)) + " "
    return placeHeads(st, kind, at: a).first { catalog.entries[$0].allNames.contains { Normalizer.fold($0).hasBytePrefix(city) } }.map { catalog.entries[$0] }
  }

  /// The last token of a name that starts at `first` and may go on over hyphens ("Чолпон-Ата",
  /// "Jalal-Abad"): up to two more capitalised parts, unread ones only when `free`.
  func hyphenatedNameEnd(_ st: State, from first: Int, free: Bool = true) -> Int {
    var last = first
    while last + 1 < st.toks.count, last - first < 2, !free || st.owner[last + 1] == nil, st.toks[last + 1].capitalized, st.gap(last, last + 1).elementsEqual(["-"]) { last += 1 }
    return last
  }

  /// The first token of a person's initialled name that ends at token `b` ("Т.Рысқұлов",
  /// "B. Momyshuly": one capital letter and a full stop before a capitalised word), or nil.
  /// O(1).
  func initialledName(_ st: State, endingAt b: Int) -> Int? {
    guard b >= 1, st.isCapName(b), st.toks[b - 1].capitalized, st.toks[b - 1].folded.unicodeScalars.count == 1,
      case let g = st.gap(b - 1, b), g.first == ".", g.count <= 2, g.dropFirst().allSatisfy({ $0 == " " })
    else { return nil }
    return b - 1
  }

  /// The label of a place named before its cue, with a Kazakh cue in the nominative ("Іле
  /// ауданындағы" → "Іле ауданы") and an English one capitalised ("Kara-Suu District").
  func districtLabel(_ st: State, _ first: Int, _ cueToken: Int) -> String {
    let name = st.text(first, cueToken - 1)
    for c in st.cands[cueToken] { if let nom = Lexicon.placeCueNominative[c] { return name + " " + nom } }
    return st.text(first, cueToken)
  }

  /// The nominative of the Russian natural feature's cue at `t` ("реках" → "река",
  /// "каньона" → "каньон"), or nil.
  func naturalCueNoun(_ st: State, _ t: Int) -> String? {
    st.cands[t].lazy.compactMap({ Lexicon.naturalCueNominative[$0] }).first
  }

  /// "на реках Или, Эмель и Хоргос": when the catalogue's feature opens the list of the
  /// Russian plural cue at `t`, read with its cue (`k == t`) or right after it, the rest of
  /// the list is read by ``listedFeatures(_:_:after:noun:)``. Returns whether it was.
  func listAfterCataloguedFeature(_ st: State, cue t: Int, at k: Int) -> Bool {
    guard k < st.toks.count, let o = st.owner[k], st.spans[o].first == k, st.spans[o].last > t, Lexicon.russianPluralNaturalCues.contains(st.toks[t].folded),
      st.subkind(of: st.spans[o].key) == "natural-feature", let noun = naturalCueNoun(st, t)
    else { return false }
    listedFeatures(st, t, after: st.spans[o].last, noun: noun)
    return true
  }

  /// The features listed after the first one that a Russian or Italian plural cue names ("на
  /// реках Или, Черный Иртыш, Эмель и Хоргос", "i fiumi Ili e Charyn"): names after commas up
  /// to the one after "и" or "e", each labelled
  /// with the cue's nominative (`noun`) unless the catalogue knows it as a feature; a town's or
  /// project's one-word name yields. O(list).
  func listedFeatures(_ st: State, _ t: Int, after first: Int, noun: String) {
    let n = st.toks.count
    var k = first
    while k + 2 < n {
      let and = ["и", "e"].contains(st.toks[k + 1].folded) && st.joins(k, k + 1)
      guard and || st.gap(k, k + 1).contains(",") else { return }
      let next = and ? k + 2 : k + 1
      guard st.sentenceOf(next) == st.sentenceOf(t), st.isCapName(next), !and || st.joins(next - 1, next) else { return }
      if let o = st.owner[next], st.subkind(of: st.spans[o].key) == "natural-feature" {
        k = st.spans[o].last
      } else if st.owner[next] == nil || oneWordPlaceOrProject(st, next) {
        let e = hyphenatedNameEnd(st, from: next)
        guard (next...e).allSatisfy({ st.owner[$0] == nil || $0 == next }) else { return }
        if st.owner[next] != nil { release(st, next, next) }
        addPlace(st, next, e, kind: .region, label: noun + " " + st.text(next, e), natural: true,
          featureClass: st.cands[t].lazy.compactMap { Lexicon.naturalFeatureClasses[$0] }.first)
        k = e
      } else {
        return
      }
      if and { return }
    }
  }

  /// A one-word mention of a city or of a project that a place names ("Khorgos"), which a
  /// river cue after it may take over.
  func oneWordPlaceOrProject(_ st: State, _ t: Int) -> Bool { isOneWordMention(st, t, of: .city, .project) }

  /// Whether token `t`, a catalogued town's one-word Cyrillic mention, is its name as the
  /// catalogue's labels write it (the nominative) and a name that declines (not "Навои", "Алматы",
  /// "Душанбе", the same in every case). O(the town's names).
  func isNominativeTownName(_ st: State, _ t: Int) -> Bool {
    let w = st.toks[t].folded
    guard Morphology.isCyrillic(w), let last = w.unicodeScalars.last, !"иыоеуюэё".unicodeScalars.contains(last),
      let o = st.owner[t], let e = catalog.entry(st.spans[o].key)
    else { return false }
    // (its labels only: the aliases hold inflected forms too)
    return e.labels.values.contains { WordKey.same(Normalizer.fold($0), w) }
  }

  /// The first token of a two-word person's mention that ends at token `b` ("Jabbor Rasulov"),
  /// or nil. O(1).
  func twoWordPerson(_ st: State, endingAt b: Int) -> Int? {
    guard b >= 1, let o = st.owner[b], st.spans[o].last == b, st.spans[o].first == b - 1, st.entityKind(at: b) == .person else { return nil }
    return b - 1
  }

  /// A one-word mention of a city or a region ("Tianshan" in "Syrdarya Tianshan Textile").
  func oneWordPlaceOrRegion(_ st: State, _ t: Int) -> Bool { isOneWordMention(st, t, of: .city, .region) }

  /// Whether token `t` alone is a whole mention of an entity of one of these kinds. O(1).
  func isOneWordMention(_ st: State, _ t: Int, of a: EntityKind, _ b: EntityKind) -> Bool {
    guard let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t else { return false }
    let k = st.entityKind(at: t)
    return k == a || k == b
  }

  /// "i distretti vicini di Sariosiyo e Uzun", "nei distretti di Bayzak, Talas e Merke", "le
  /// miniere Tishinsky e Ridder-Sokolny", "этрапов Дянев и Саят": a plural cue (Italian
  /// "distretti", "miniere", "giacimenti"; Russian "районов", "этрапов" in a plural case), at most one
  /// lower-case adjective and "di" (Italian), then names listed with commas and a closing "e"/"и"
  /// name one place each: a district labelled with the singular cue first, or a mine or field
  /// labelled so, as after the singular cue. A name a town's one-word mention read is the
  /// district's (a mine's list keeps its towns: "le miniere di Ridder e Zyryanovsk"); one
  /// already read as that district, mine or field stays; a Russian name stands in the
  /// nominative. O(tokens).
  func pluralCueLists(_ st: State) {
    let italian = st.doc.language == "it", russian = st.doc.language == "ru"
    guard italian || russian else { return }
    let n = st.toks.count
    for t in 0..<n where !st.toks[t].capitalized && st.owner[t] == nil {
      let w = st.toks[t].folded
      let singular: String, kind: EntityKind
      if italian, w == "distretti" { singular = "distretto di"; kind = .region }
      else if italian, w == "miniere" { singular = "miniera"; kind = .project }
      else if italian, w == "giacimenti" { singular = "giacimento"; kind = .project }
      else if russian, let s = Lexicon.russianPluralDistricts[w] { singular = s; kind = .region }
      else { continue }
      var k = t + 1
      if italian, k < n, !st.toks[k].capitalized, st.owner[k] == nil, !["di", "dei", "e", "del"].contains(st.toks[k].folded), st.joins(t, k) { k += 1 }
      if italian, k < n, st.toks[k].folded == "di", st.joins(k - 1, k) { k += 1 }
      // (Italian districts are always "di" theirs: "i distretti di …")
      guard k < n, !(italian && kind == .region && st.toks[k - 1].folded != "di"), st.joins(k - 1, k) else { continue }
      let and = italian ? "e" : "и"
      var names: [(Int, Int)] = []
      var p = k
      var closed = false
      while p < n, st.sentenceOf(p) == st.sentenceOf(t), st.isCapName(p) {
        let end: Int
        if let o = st.owner[p] {
          // (a town's one-word name for a district, not for a mine: "le miniere di Ridder e
          // Zyryanovsk" are the towns'; a district the text read before: "этрапе Дянев …
          // этрапов Дянев и Саят"; a mine or a field the catalogue knows: "i giacimenti
          // Karachaganak e Kashagan")
          guard st.spans[o].first == p,
            kind == .region && st.entityKind(at: p) == .city && st.spans[o].last == p
              || kind == .region && st.entityKind(at: p) == .region && st.subkind(of: st.spans[o].key) == "district"
              || kind == .project && st.entityKind(at: p) == .project
          else { break }
          end = st.spans[o].last
        } else {
          end = hyphenatedNameEnd(st, from: p)
        }
        // (a Russian name in the nominative, which names the district: "районов Алматы и
        // Астаны" are the towns' districts; a free name does not end as a genitive does, a
        // town's is its catalogue name)
        if russian, end == p, st.owner[p] == nil ? Self.endsAsRussianGenitive(st.toks[p].folded) : st.entityKind(at: p) != .region && !isNominativeTownName(st, p) { break }
        names.append((p, end))
        if closed { break }
        if end + 2 < n, st.toks[end + 1].folded == and, st.joins(end, end + 1), st.joins(end + 1, end + 2) {
          closed = true
          p = end + 2
        } else if end + 1 < n, st.gap(end, end + 1).elementsEqual([",", " "]) {
          p = end + 1
        } else {
          break
        }
      }
      // (only a list the "e" or "и" closes: "nei distretti di Sariosiyo, dove …" names one)
      guard closed, names.count >= 2, let lastName = names.last,
        !(lastName.1 + 1 < n && st.joins(lastName.1, lastName.1 + 1) && st.toks[lastName.1 + 1].capitalized)
      else { continue }
      for (a, b) in names {
        if st.owner[a] != nil, st.entityKind(at: a) == kind { continue }
        if st.owner[a] != nil { release(st, a, b) }
        if kind == .region {
          addCuedDistrict(st, a, b, name: st.text(a, b), cue: singular, cueFirst: true)
        } else {
          let label = singular + " " + st.text(a, b)
          let id = Transliteration.slug(label)
          st.addDiscovered(id, label: label, kind: .project, subkind: "infrastructure")
          st.addSpan(a, b, id: id)
        }
      }
    }
  }

  /// Whether a Chinese province or autonomous region the catalogue knows follows token `b` in
  /// its sentence, right after it or after "провинции"/"province"/"provincia"/"провинциясы"
  /// ("Шуйтоу провинции Фуцзянь", "Shuitou, Fujian"). O(1).
  func chineseProvinceFollows(_ st: State, _ b: Int) -> Bool {
    let n = st.toks.count
    var k = b + 1
    if k < n, ["провинци", "province", "provincia"].contains(where: { st.toks[k].folded.hasBytePrefix($0) }) { k += 1 }
    guard k < n, st.sentenceOf(k) == st.sentenceOf(b), let o = st.owner[k], st.spans[o].first == k, st.entityKind(at: k) == .region,
      let e = catalog.entry(st.spans[o].key), e.parent == "china", ["province", "autonomous-region"].contains(e.subkind ?? "")
    else { return false }
    return true
  }

  /// Whether a Cyrillic name ends as a Russian genitive singular does ("-а", "-я", "-ы"),
  /// which a district's name in apposition ("районов Дянев и Саят", "районах Фархор и
  /// Хамадони") does not; a Latin word never does. O(1).
  static func endsAsRussianGenitive(_ w: String) -> Bool {
    guard let c = w.unicodeScalars.last, Morphology.isCyrillic(w) else { return false }
    return "аяы".unicodeScalars.contains(c)
  }

  /// The id of a Russian district the text named by its adjective and `cue` ("Фархорский
  /// район", "Дяневский этрап") whose town's name is `folded` ("фархор"), or nil. O(entities).
  func adjectivalDistrict(_ st: State, named folded: String, cue: String) -> String? {
    st.order.first { id in
      guard let i = st.entities.index(forKey: id), st.entities.values[i].kind == .region, case let label = st.entities.values[i].label,
        label.hasByteSuffix(" " + cue), let adjective = label.split(separator: " ").first
      else { return false }
      return Self.russianTownAdjectiveBase(Normalizer.fold(String(adjective))) == folded
    }
  }

  /// Adds the district at tokens `a...b` labelled with its cue ("район Рудаки", "distretto di
  /// Shahrinav", "Mirzo Ulugbek District") and keyed as the English "<name> District", so that a
  /// district meets across languages and stays apart from a town or person of that name. O(1).
  func addCuedDistrict(_ st: State, _ a: Int, _ b: Int, name: String, cue: String, cueFirst: Bool) {
    // ("в Фархорском районе … в районах Фархор и Хамадони": a district the text named by its
    // adjective is that district)
    if cue == "район" || cue == "этрап", a == b, let id = adjectivalDistrict(st, named: st.toks[a].folded, cue: cue) {
      st.addSpan(a, b, id: id)
      return
    }
    // ("уезда Лочуань": a Chinese county, which only "уезд" names, is labelled in Pinyin as the
    // English "Luochuan County", as a Chinese town is)
    if cue == "уезд", let pinyin = Self.pinyinPlaceName(name) {
      addPlace(st, a, b, kind: .region, label: pinyin + " County", district: true, id: Transliteration.slug(pinyin + " county"), subkind: "district")
      return
    }
    addPlace(st, a, b, kind: .region, label: cueFirst ? cue + " " + name : name + " " + cue, district: true, id: Transliteration.slug(name + " district"), subkind: "district")
  }

  /// The last token of a person's name that starts at `name` after a district cue and "di"/"of":
  /// one the person rules read, or two capitalised words of which the second is free or a
  /// town's one-word name ("distretto di Alisher Navoi"), or nil. O(1).
  func personNamedDistrictEnd(_ st: State, _ name: Int) -> Int? {
    if let o = st.owner[name] { return st.spans[o].first == name && st.entityKind(at: name) == .person ? st.spans[o].last : nil }
    let n = st.toks.count
    guard name + 1 < n, st.isCapName(name), isLatinName(st, name), !Lexicon.stopCapitalized.contains(st.toks[name].folded),
      st.gap(name, name + 1).elementsEqual([" "]), st.toks[name + 1].capitalized, st.sentenceOf(name + 1) == st.sentenceOf(name),
      !(name + 2 < n && st.joins(name + 1, name + 2) && st.toks[name + 2].capitalized)
    else { return nil }
    if let o = st.owner[name + 1] {
      guard st.spans[o].first == name + 1, st.spans[o].last == name + 1, st.entityKind(at: name + 1) == .city else { return nil }
    } else if !(st.isCapName(name + 1) && isLatinName(st, name + 1)) || Lexicon.stopCapitalized.contains(st.toks[name + 1].folded) {
      return nil
    }
    return name + 1
  }

  /// A town's bare name stands for the project named after it where the text names that
  /// project too ("МЦПС «Хоргос»" … "через Хоргос прошло 500 тысяч тонн"): the town's
  /// mentions move to the project (``CatalogEntry/namesake``); a text that names the town
  /// alone keeps the town. O(entities).
  func namesakeTowns(_ st: State) {
    for id in st.order {
      guard let hub = catalog.entry(id)?.namesake, st.entities[id]?.mentions.isEmpty == false,
        st.entities[hub]?.mentions.isEmpty == false
      else { continue }
      moveMentions(st, of: id, to: hub)
      // (and the mentions inside other names: "форум «Хоргос – ворота Евразии»")
      guard var town = st.entities[id], !town.mentions.isEmpty, var project = st.entities[hub] else { continue }
      // (not one inside the project's own name: "porto secco di Khorgos")
      for m in town.mentions where !project.mentions.contains(where: { $0.start <= m.start && $0.end >= m.end }) { project.mentions.append(m) }
      town.mentions.removeAll()
      st.entities[id] = town
      st.entities[hub] = project
    }
  }

  /// "(Янлин, провинция Шэньси)", "(Yangling, Shaanxi province)": a free capitalised name
  /// right after an opening parenthesis, then a comma and a region the text names (with its
  /// cue before or after it) is a town of that region. O(tokens).
  func parentheticalTowns(_ st: State) {
    let n = st.toks.count
    var t = 1
    while t + 1 < n {
      defer { t += 1 }
      guard st.gap(t - 1, t).last == "(", st.owner[t] == nil, st.isCapName(t) else { continue }
      let e = hyphenatedNameEnd(st, from: t)
      guard e + 1 < n, (t...e).allSatisfy({ st.owner[$0] == nil }), st.gap(e, e + 1).elementsEqual([",", " "]) else { continue }
      // (the region, its cue before it, which its span may hold: "провинция Шэньси", or after
      // it: "Shaanxi province")
      var r = e + 1
      if st.owner[r] == nil, Lexicon.regionCueWords.contains(st.toks[r].folded), r + 1 < n, st.joins(r, r + 1) { r += 1 }
      guard st.entityKind(at: r) == .region, let o = st.owner[r], st.spans[o].first == r, st.subkind(of: st.spans[o].key) != "country" else { continue }
      let last = st.spans[o].last
      // (the document may end there: then the text after the last token closes it)
      func closedAfter(_ k: Int) -> Bool {
        k + 1 < n ? st.gap(k, k + 1).first == ")" : st.toks[k].end < st.doc.scalars.count && st.doc.scalars[st.toks[k].end] == ")"
      }
      let closes = closedAfter(last) || last + 1 < n && Lexicon.regionCueWords.contains(st.toks[last + 1].folded) && closedAfter(last + 1)
      guard closes else { continue }
      addPlace(st, t, e, kind: .city, label: st.text(t, e))
      t = e
    }
  }

  /// Adds the place a cue names at tokens `a...b`: the catalogue's entry of that kind whose
  /// name opens with the first word, if any (a district, a hyphenated name and a feature after
  /// its cue are never looked up), else a discovered place with this label, and with `id` and
  /// `subkind` when they are given. A feature is looked up among the catalogue's features of
  /// its sort: `featureClass` (a list's cue's) or the one its last word gives.
  func addPlace(_ st: State, _ a: Int, _ b: Int, kind: EntityKind, label: String, natural: Bool = false, district: Bool = false, id givenID: String? = nil, subkind givenSubkind: String? = nil,
    featureClass: String? = nil)
  {
    // "regione di Mangystau", "провинции Хэнань": prefer the catalogue's entry (which has
    // no districts: "Іле ауданы" is not the Ili river)
    // (a hyphenated name is looked up whole by the matcher, not by its first part: "Кызыл-Адыр"
    // is not Kyzyl-Kyya)
    let hyphenated = (a..<b).contains { st.toks[$0 + 1].capitalized && st.gap($0, $0 + 1).elementsEqual(["-"]) }
    // ("Xinjiang Military District", "Central Business District": a district of an army or a
    // city's trade is no place of the map)
    if (a...b).contains(where: { Lexicon.notPlaceQualifiers.contains(st.toks[$0].folded) }) { return }
    // ("Lake Song-Kul" is not the catalogue's "Lake Issyk-Kul": a feature's cue is no head)
    let cueFirst = natural && (st.cands[a].contains { Lexicon.naturalFeatureCues.contains($0) } || Lexicon.naturalFeatureCues.contains(st.toks[a].folded))
    // (a natural feature is the catalogue's feature of that name, not its region: "Талас
    // өзені" is the Talas River, not the Talas Region)
    let heads = placeHeads(st, kind, at: a)
    // (the sort a list's cue gives, or the one the name's own last word gives)
    let cueClass = natural && !cueFirst ? featureClass ?? st.cands[b].lazy.compactMap { Lexicon.naturalFeatureClasses[$0] }.first : nil
    if !district, !hyphenated, !cueFirst,
      let ei = natural ? heads.first(where: { catalog.entries[$0].subkind == "natural-feature" && Self.featureClassAgrees(catalog.entries[$0].label, cueClass) })
        : heads.first(where: { catalog.entries[$0].subkind != "natural-feature" }) ?? heads.first
    {
      let e = catalog.entries[ei]
      addCatalogued(st, e)
      st.addSpan(a, b, id: e.id)
      return
    }
    // ("nella città di Zhetysai": a one-word town a cue names is the catalogued town it spells
    // another way, as ``respelledTowns(_:)`` reads the word without a cue, so that both meet)
    if kind == .city, a == b, !district, !natural, givenID == nil, let (e, _) = respelledTown(st, at: a) {
      addCatalogued(st, e)
      st.addSpan(a, b, id: e.id)
      return
    }
    // ("Чжаоюань қаласынан", "города Чжаоюань": a Chinese town the catalogue lacks is labelled
    // in Pinyin, as a Chinese person is, so that it meets the English "Zhaoyuan")
    let label = givenID == nil && kind == .city ? Self.pinyinPlaceName(label) ?? label : label
    let id = givenID ?? Transliteration.slug(label)
    st.addDiscovered(id, label: label, kind: kind, subkind: givenSubkind ?? (natural ? "natural-feature" : district ? "district" : kind == .region ? "province" : nil))
    st.addSpan(a, b, id: id)
  }

  /// Whether a catalogued feature's label can be named with a cue of this sort: its label
  /// has no sort word or the cue's ("Talas River" before "Range" cannot; a river before
  /// "basin" can). Cost: O(label words).
  static func featureClassAgrees(_ label: String, _ cueClass: String?) -> Bool {
    guard let cueClass else { return true }
    let classes = label.lowercased().split(separator: " ").compactMap { Lexicon.naturalFeatureClasses[String($0)] }
    // (a river's basin is the river's: "the Ili basin")
    return classes.isEmpty || classes.contains(cueClass) || cueClass == "basin" && classes.contains("river")
  }

  /// The Pinyin of a one-word Chinese place name written in Palladius Cyrillic ("Чжаоюань" →
  /// "Zhaoyuan", "Сиань" → "Xi'an"), or nil: the word splits wholly into two or more Palladius
  /// syllables, has a pair or letter that Palladius writes and Russian or Kazakh town names
  /// rarely have (цз, чж, ця, цю, ци, нь, э) and no Russian adjective's ending, so that "Баку",
  /// "Яван" or "Луговая" stay as they are; `chinese` waives that pair when the text places the
  /// town in China ("города Шуйтоу провинции Фуцзянь").
  /// Syllables after the first that open with a vowel take Pinyin's apostrophe. O(length).
  static func pinyinPlaceName(_ label: String, chinese: Bool = false) -> String? {
    let f = Normalizer.fold(label)
    guard f.unicodeScalars.count >= 4, f.unicodeScalars.allSatisfy({ $0.value >= 0x430 && $0.value <= 0x44F }),
      chinese || ["цз", "чж", "ця", "цю", "ци", "нь", "э"].contains(where: { f.contains($0) }),
      !["ая", "ое", "ий", "ый", "ой", "ск"].contains(where: { f.hasSuffix($0) }),
      let syllables = Transliteration.pinyinSyllables(fromPalladius: f), syllables.count >= 2
    else { return nil }
    var out = ""
    for (i, s) in syllables.enumerated() {
      if i > 0, let c = s.first, "aoe".contains(c) { out += "'" }
      out += s
    }
    return out.prefix(1).uppercased() + out.dropFirst()
  }

  /// "EuroChem-Karatau": a company's Latin name that a bare hyphen joins to a town's or
  /// region's one-word name goes on through it (the catalogue read the town first); the
  /// company's label is the whole name. O(spans).
  func hyphenedTownCompanies(_ st: State) {
    let n = st.toks.count
    for i in st.spans.indices {
      let sp = st.spans[i]
      let next = sp.last + 1
      guard st.owner[sp.first] == i, st.entityKind(at: sp.first) == .organization, next < n, st.gap(sp.last, next).elementsEqual(["-"]),
        isLatinName(st, sp.last), isLatinName(st, next), let o = st.owner[next], st.spans[o].first == next, st.spans[o].last == next,
        [.city, .region].contains(st.entityKind(at: next)), !(next + 1 < n && st.gap(next, next + 1).elementsEqual(["-"]))
      else { continue }
      release(st, next, next)
      release(st, sp.first, sp.last)
      let label = st.text(sp.first, next)
      let id = Transliteration.slug(label)
      st.addDiscovered(id, label: label, kind: .organization, subkind: "company")
      st.addSpan(sp.first, next, id: id)
    }
  }

  /// "Alem.ai", "Kolesa.kz": a capitalised Latin word and, after a full stop with no space, a
  /// lower-case internet domain ending that nothing has read name a company (the region's
  /// firms are often known by their sites' names). O(tokens).
  func domainNamedCompanies(_ st: State) {
    let n = st.toks.count
    var t = 0
    while t + 1 < n {
      defer { t += 1 }
      guard st.owner[t] == nil, st.owner[t + 1] == nil, st.toks[t].capitalized, !st.toks[t + 1].capitalized, st.gap(t, t + 1).elementsEqual(["."]),
        Lexicon.domainEndings.contains(st.toks[t + 1].folded), isLatinName(st, t), st.toks[t].folded.unicodeScalars.count >= 3,
        !(t + 2 < n && st.gap(t + 1, t + 2).elementsEqual(["."])),
        // (one word: a longer capitalised run before it is the brand rule's, "Qazaq Daily
        // Business Review.kz")
        !(t > 0 && st.toks[t - 1].capitalized && st.joins(t - 1, t) && isLatinName(st, t - 1))
      else { continue }
      addCompany(st, t, t + 1)
      t += 1
    }
  }

  /// In a Russian or Kazakh text, a run of capitalised Latin words that nothing else has
  /// read is a company's or brand's name ("при поддержке Kazakh Tourism", "компании Yutong"
  /// is read by its cue): one to four words, not quoted (a quoted Latin phrase is more often a
  /// slogan or title), not a Chinese name in Pinyin, single words of four letters or more
  /// (or acronyms of three). O(tokens).
  func latinBrands(_ st: State) {
    guard st.doc.language == "ru" || st.doc.language == "kk" else { return }
    let n = st.toks.count
    func word(_ k: Int) -> Bool {
      st.owner[k] == nil && isLatinName(st, k) && !Lexicon.weekdaysAndMonths.contains(st.toks[k].folded) && !insideQuotes(st, k)
    }
    var t = 0
    while t < n {
      // "Xinjiang Lihua", "Shandong Luneng": a Chinese province's or town's Latin name opening a
      // run of free capitalised Latin words is the company's first word
      if let o = st.owner[t], st.spans[o].first == t, st.spans[o].last == t, isLatinName(st, t), st.toks[t].capitalized,
        st.entityKind(at: t) == .city || ["province", "autonomous-region"].contains(st.subkind(of: st.spans[o].key) ?? ""),
        t + 1 < n, joinsLatin(st, t, t + 1), word(t + 1), st.toks[t + 1].capitalized, st.sentenceOf(t + 1) == st.sentenceOf(t),
        t == 0 || !(joinsLatin(st, t - 1, t) && st.toks[t - 1].capitalized)
      {
        var e = t + 1
        while e + 1 < n, e - t < 3, joinsLatin(st, e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t), word(e + 1) { e += 1 }
        if !(e + 1 < n && joinsLatin(st, e, e + 1) && isLatinName(st, e + 1)) {
          release(st, t, t)
          addCompany(st, t, e)
        }
        t = e + 1
        continue
      }
      // (a country's capitalised Cyrillic adjective before it opens no Latin run: "Китайская
      // Sungrow FPV и …")
      guard word(t), t == 0 || !(joinsLatin(st, t - 1, t) && st.toks[t - 1].capitalized && !(Morphology.isCyrillic(st.toks[t - 1].folded) && isPlaceAdjective(st, t - 1)))
      else { t += 1; continue }
      var e = t
      while e + 1 < n, e - t < 3, joinsLatin(st, e, e + 1), st.sentenceOf(e + 1) == st.sentenceOf(t), word(e + 1) { e += 1 }
      // "Phoenix 24": a number closes the name
      if e + 1 < n, st.joins(e, e + 1), st.owner[e + 1] == nil, st.isNumeral(e + 1) { e += 1 }
      // "Trip.com", "Kaspi.kz": a web domain is part of the name
      // ("Zhetysu.gov.kz": up to two domain labels, however long the name before them)
      var labels = 0
      while e + 1 < n, labels < 2, st.gap(e, e + 1).elementsEqual(["."]), Lexicon.webDomains.contains(st.toks[e + 1].folded) { e += 1; labels += 1 }
      defer { t = e + 1 }
      // a longer run, or one that touches a read name, is something else
      if e + 1 < n, joinsLatin(st, e, e + 1), isLatinName(st, e + 1) { continue }
      let letters = st.doc.scalars[st.toks[t].start..<st.toks[e].end].filter { $0.properties.isAlphabetic }.count
      if t == e {
        let sc = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
        let acronym = sc.allSatisfy { !$0.properties.isAlphabetic || $0.properties.isUppercase }
        guard letters >= (acronym ? 3 : 4) else { continue }
      }
      if e == t + 1, chineseName(st, t, e) != nil { continue }
      // ("EPC-контракт", "IT-парк": an acronym hyphened to a lower-case word qualifies it)
      if t == e, e + 1 < n, st.gap(e, e + 1).elementsEqual(["-"]), !st.toks[e + 1].capitalized, Morphology.isCyrillic(st.toks[e + 1].folded),
        st.doc.scalars[st.toks[t].start..<st.toks[t].end].allSatisfy({ !$0.properties.isAlphabetic || $0.properties.isUppercase })
      { continue }
      // ("USD 10,92 | CNY 1,51": a currency or measure and a number are a rate, no brand)
      if Lexicon.commonAcronyms.contains(st.toks[t].folded), (t...e).dropFirst().allSatisfy({ st.toks[$0].folded.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }) { continue }
      addCompany(st, t, e)
    }
  }

  /// "Финансирование обеспечил Таджпромбанк": a capitalised Cyrillic word that nothing has read,
  /// made of a coined stem of four letters or more and "банк" (or the Tajik "бонк") in any
  /// case, is a bank's name, labelled in the nominative; not at a sentence's start, where a
  /// common word may stand capitalised. O(tokens).
  func cyrillicBankNames(_ st: State) {
    guard st.doc.language == "ru" || st.doc.language == "kk" else { return }
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) && !isSentenceStart(st, t) {
      let f = st.toks[t].folded
      guard Morphology.isCyrillic(f), !(t + 1 < n && st.joins(t, t + 1) && st.toks[t + 1].capitalized) else { continue }
      for head in ["банк", "бонк"] {
        // (the case endings after the head are of two letters at most)
        guard let r = f.range(of: head, options: .backwards), ["", "а", "у", "ом", "е", "і", "ы", "ке", "та"].contains(String(f[r.upperBound...])),
          f[..<r.lowerBound].count >= 4
        else { continue }
        // ("На средства Эксимбанка" after "Экспортно-импортный банк Китая": the generic short
        // name of an export-import bank is the one the text names, and no name without it)
        if f.hasBytePrefix("эксим") {
          let exim = st.order.filter { st.entities[$0].map { $0.kind == .organization && $0.label.contains("Export-Import") && !$0.mentions.isEmpty } == true }
          if exim.count == 1 { st.addSpan(t, t, id: exim[0]) }
          break
        }
        let word = st.original(t)
        let label = String(word.prefix(word.count - f[r.upperBound...].count))
        st.addDiscovered(Transliteration.slug(label), label: label, kind: .organization, subkind: "company")
        st.addSpan(t, t, id: Transliteration.slug(label))
        break
      }
    }
  }

  /// "Yutong Bus and the local SamAuto", "l'uzbeka UzAuto": in an English or Italian text, a
  /// Latin word that nothing has read and whose capitals run into its middle (a lower-case
  /// letter, then a capital and lower-case letters again) is a company's coined name, when it
  /// stands alone (no capitalised word or hyphen joined to it) and is no Scottish or Irish
  /// surname (Mc-, Mac-, O') nor a platform's name. O(tokens).
  func camelCaseBrands(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.toks[t].capitalized {
      let (s, e) = (st.toks[t].start, st.toks[t].end)
      guard e - s >= 5 else { continue }
      // (a capital after a lower-case letter, itself followed by a lower-case one; the scalars
      // are the document's, read in place)
      let sc = st.doc.scalars
      guard (s + 2..<e - 1).contains(where: { i in sc[i].properties.isUppercase && sc[i - 1].properties.isLowercase && sc[i + 1].properties.isLowercase }),
        sc[s..<e].allSatisfy({ $0.properties.isAlphabetic && $0.value < 0x250 })
      else { continue }
      let f = st.toks[t].folded
      if f.hasBytePrefix("mc") || f.hasBytePrefix("mac") { continue }
      if t > 0, joinsLatin(st, t - 1, t), st.toks[t - 1].capitalized || st.gap(t - 1, t).contains(where: { $0 == "'" || $0 == "’" }) && st.toks[t - 1].folded == "o" { continue }
      if t + 1 < n, joinsLatin(st, t, t + 1), st.toks[t + 1].capitalized { continue }
      // (nor a satellite's or model's name hyphened to its number, "KazGeo-2", nor a platform a
      // share row names, "Share on LinkedIn")
      if t + 1 < n, st.gap(t, t + 1).elementsEqual(["-"]) { continue }
      if ["linkedin", "whatsapp", "youtube", "wechat", "tiktok", "iphone", "ipad"].contains(f) { continue }
      guard !insideQuotes(st, t), !(t + 1 < n && st.gap(t, t + 1).elementsEqual(["."]) && Lexicon.webDomains.contains(st.toks[t + 1].folded)) else { continue }
      addCompany(st, t, t)
    }
  }

  /// Tokens joined as words of one Latin name: by spaces or hyphens, or by "&" ("Science &
  /// Technology").
  func joinsLatin(_ st: State, _ a: Int, _ b: Int) -> Bool {
    st.joins(a, b) || Self.isAmpersandGap(st.gap(a, b))
  }

  /// Whether the text between two tokens is one "&" and at most a space either side (" & ",
  /// "&"). A page's "&amp;" reads so too: the extractor reads a page without the padding its
  /// references leave (``Document/compacted()``). O(gap).
  static func isAmpersandGap(_ g: ArraySlice<Unicode.Scalar>) -> Bool {
    g.count <= 3 && g.filter({ $0 == "&" }).count == 1 && g.allSatisfy { $0 == " " || $0 == "&" }
  }

  /// "Istituto affari internazionali (IAI)": Latin words no rule read before a bracketed
  /// acronym whose initials, function words left out, spell it letter by letter are a body's
  /// name when one of them is a body's cue, its first word capitalised (the acronym's own
  /// definition, after Schwartz and Hearst, 2003, held to whole initials);
  /// ``parentheticalAcronyms(_:)`` then gives the acronym to it. O(tokens).
  func spelledAcronyms(_ st: State) {
    let n = st.toks.count
    let skipped: Set<String> = ["of", "the", "for", "and", "on", "in", "di", "del", "della", "dell", "dello", "dei", "degli", "delle", "per", "e", "la", "il", "lo", "le", "gli", "l"]
    for t in 2..<max(2, n) where st.owner[t] == nil && Self.isUpperAcronym(st, t) {
      let letters = Array(st.toks[t].folded.unicodeScalars)
      guard (2...6).contains(letters.count), letters.allSatisfy({ $0.value < 0x80 }), st.gap(t - 1, t).elementsEqual([" ", "("]),
        st.toks[t].end < st.doc.scalars.count, st.doc.scalars[st.toks[t].end] == ")"
      else { continue }
      // (the words before the bracket, back to the one whose initial is the acronym's first
      // letter; every word spelled, none a rule read)
      var k = t - 1
      var i = letters.count - 1
      var cue = false
      while k >= 0, i >= 0, st.owner[k] == nil, isLatinName(st, k) || !st.toks[k].capitalized, st.sentenceOf(k) == st.sentenceOf(t), k == t - 1 || st.joins(k, k + 1) {
        let f = st.toks[k].folded
        if !skipped.contains(f) {
          guard f.unicodeScalars.first == letters[i] else { break }
          i -= 1
        }
        if st.cands[k].contains(where: { Lexicon.orgCues[$0] != nil }) { cue = true }
        if i < 0 { break }
        k -= 1
      }
      guard i < 0, k >= 0, k < t - 1, cue, st.toks[k].capitalized, !skipped.contains(st.toks[k].folded),
        (k..<t).allSatisfy({ st.owner[$0] == nil && !Morphology.isCyrillic(st.toks[$0].folded) })
      else { continue }
      readAsNewBody(st, k, t - 1, subkind: nil)
    }
  }

  /// "Tajik Aluminium Company (TALCO)", "TALCO (Tajik Aluminium Company)": an acronym in
  /// parentheses beside an organisation's or project's name stands for it, there and wherever
  /// else the text uses it. O(tokens).
  func parentheticalAcronyms(_ st: State) {
    let n = st.toks.count
    func isAcronym(_ t: Int) -> Bool { (2...8).contains(st.toks[t].end - st.toks[t].start) && Self.isUpperAcronym(st, t) }
    // ("China Railway Container Transport Corp. (CRCT)": an abbreviation's full stop may
    // come before the bracket)
    func opens(_ a: Int, _ b: Int) -> Bool {
      var g = st.gap(a, b)
      if g.first == ".", Lexicon.companyWordsEN.contains(st.toks[a].folded) { g = g.dropFirst() }
      return g.contains("(") && g.allSatisfy { $0 == "(" || $0 == " " }
    }
    func closes(_ t: Int) -> Bool { st.toks[t].end < st.doc.scalars.count && st.doc.scalars[st.toks[t].end] == ")" }
    func named(_ o: Int) -> Bool { [.organization, .project].contains(st.entities[st.spans[o].key]?.kind) }
    // "Xinjiang Tebian Electric Apparatus (TBEA)": a catalogued acronym takes the long name
    // read before it as its own
    // ("Organizzazione del Trattato | di sicurezza collettiva (CSTO)": lower-case words between
    // the name read and the bracket belong to it)
    func nameBefore(_ t: Int) -> Int {
      var j = t - 1
      while j > 0, t - 1 - j < 5, st.owner[j] == nil, !st.toks[j].capitalized, st.joins(j - 1, j), st.sentenceOf(j) == st.sentenceOf(t) { j -= 1 }
      return j
    }
    // ("China Railway Engineering Group (Crec)": Italian writes acronyms capitalised)
    // ("… Industry Association (Uztextileprom)": so does a one-word short name in English)
    // ("China Aluminum International Engineering (Chalieco) компаниясымен": and a Latin one in
    // a Russian or Kazakh text)
    func isBracketAcronym(_ t: Int) -> Bool {
      if isAcronym(t) { return true }
      guard st.toks[t].capitalized else { return false }
      let sc = st.doc.scalars[st.toks[t].start..<st.toks[t].end]
      guard st.doc.language == "it" || st.doc.language == "en" || sc.first.map({ $0.value < 0x250 }) == true else { return false }
      return (3...16).contains(sc.count) && sc.allSatisfy { $0.properties.isAlphabetic && $0.value < 0x250 }
        && !Lexicon.isGivenName(st.toks[t].folded)
    }
    // ("Agenzia per la cinematografia dell'Uzbekistan (Uzbekkino)": in Italian too)
    // ("Export Credit Insurance Corporation of China (Sinosure)": and a one-word short name)
    // ("Consiglio del Popolo (Halk Maslahaty)": so does a catalogued name of the same kind)
    for t in 1..<max(1, n) where opens(t - 1, t) {
      let j = nameBefore(t)
      guard let a = st.owner[t], st.spans[a].first == t, closes(st.spans[a].last), st.spans[a].last == t ? isBracketAcronym(t) : true,
        let cat = st.entities[st.spans[a].key], cat.catalogued, named(a),
        let o = st.owner[j], named(o), let long = st.entities[st.spans[o].key], !long.catalogued, st.spans[o].last == j,
        st.spans[a].last == t || long.kind == cat.kind
      else { continue }
      let (first, last) = (st.spans[o].first, t - 1)
      release(st, first, j)
      st.addSpan(first, last, id: cat.id)
    }
    // ('Camera nazionale degli imprenditori del Kazakistan "Atameken"': and the long name
    // right before a catalogued body's quoted name, which is that body's own)
    // (not in Kazakh, where a body's noun closes its name and the next body's quote follows:
    // "«Синьцзян Чжунтай Логистикс» компаниясы «ҚТЖ Экспресс» АҚ-мен")
    for t in 1..<max(1, n) where st.doc.language != "kk" && st.gap(t - 1, t).count == 2 && st.gap(t - 1, t).first == " " && st.gap(t - 1, t).last.map(Self.isOpeningQuote) == true {
      guard let a = st.owner[t], st.spans[a].first == t, closesQuote(st, st.spans[a].last), let cat = st.entities[st.spans[a].key], cat.catalogued,
        cat.kind == .organization, let o = st.owner[t - 1], st.spans[o].last == t - 1, st.spans[o].first < t - 1,
        let long = st.entities[st.spans[o].key], !long.catalogued, long.kind == .organization
      else { continue }
      let first = st.spans[o].first
      release(st, first, t - 1)
      st.addSpan(first, t - 1, id: cat.id)
    }
    // ("Uzbek Cotton and Textile Association, known as Uztextileprom": and the long name a
    // comma and "known as" set before a catalogued short one)
    for t in 3..<max(3, n) {
      guard let p = knownAsStart(st, t), let a = st.owner[t], st.spans[a].first == t, let cat = st.entities[st.spans[a].key], cat.catalogued, named(a),
        let o = st.owner[p], named(o), let long = st.entities[st.spans[o].key], !long.catalogued, long.kind == cat.kind, st.spans[o].last == p
      else { continue }
      let first = st.spans[o].first
      release(st, first, p)
      st.addSpan(first, p, id: cat.id)
    }
    // (an acronym a rule read as a body of its own, "NFC", is free to stand for the long name)
    func free(_ t: Int) -> Bool {
      guard let o = st.owner[t] else { return true }
      guard st.spans[o].first == t, st.spans[o].last == t, let e = st.entities[st.spans[o].key] else { return false }
      return !e.catalogued && e.kind == .organization
    }
    var meaning: [String: String] = [:]  // folded acronym → entity id
    var mixedCase: Set<String> = []  // acronyms only written capitalised ("Crec")
    // (the brackets are asked about before the word's letters: most tokens stand in none)
    for t in 0..<n where free(t) {
      if t > 0, closes(t), opens(t - 1, t), let o = st.owner[t - 1], named(o), st.spans[o].last == t - 1, st.spans[o].first < t - 1, isBracketAcronym(t) {
        meaning[st.toks[t].folded] = st.spans[o].key
        if !isAcronym(t) { mixedCase.insert(st.toks[t].folded) }
      } else if t + 1 < n, opens(t, t + 1), let o = st.owner[t + 1], named(o), st.spans[o].first == t + 1, st.spans[o].last > t + 1, closes(st.spans[o].last), isAcronym(t) {
        meaning[st.toks[t].folded] = st.spans[o].key
      } else if t + 2 < n, isAcronym(t), st.gap(t, t + 1).elementsEqual([",", " "]), ["the", "la", "il"].contains(st.toks[t + 1].folded), st.joins(t + 1, t + 2),
        let o = st.owner[t + 2], st.kind(of: st.spans[o].key) == .organization, st.spans[o].first == t + 2, st.spans[o].last > t + 2,
        st.spans[o].last + 1 == n || st.gap(st.spans[o].last, st.spans[o].last + 1).contains(where: { ",.;)".unicodeScalars.contains($0) }),
        Self.spellsInitials(st.toks[t].folded, of: (t + 2...st.spans[o].last).map { st.toks[$0].folded })
      {
        // ("NFC, the China Nonferrous Metal Industry's Foreign Engineering and Construction Co.,":
        // an acronym set beside a body's name whose words' initials it spells, in order)
        meaning[st.toks[t].folded] = st.spans[o].key
      } else if let p = knownAsStart(st, t), isBracketAcronym(t), t + 1 == n || !st.joins(t, t + 1) || !st.toks[t + 1].capitalized,
        let o = st.owner[p], named(o), st.spans[o].last == p, st.spans[o].first < p
      {
        // "… Industry Association, known as Uztextileprom," / "…, nota come Uzautoprom": the
        // short name a comma and "known as" set after a body's long one
        meaning[st.toks[t].folded] = st.spans[o].key
        if !isAcronym(t) { mixedCase.insert(st.toks[t].folded) }
      }
    }
    guard !meaning.isEmpty else { return }
    for t in 0..<n where free(t) {
      if let id = meaning[st.toks[t].folded], isAcronym(t) || (mixedCase.contains(st.toks[t].folded) && st.toks[t].capitalized) {
        if st.owner[t] != nil { release(st, t, t) }
        st.addSpan(t, t, id: id)
      }
    }
  }

  /// The last token of the name before ", known as" (", also known as", ", noto come", ", nota
  /// come") when token `t` follows those words, or nil. O(1).
  func knownAsStart(_ st: State, _ t: Int) -> Int? {
    guard t >= 3 else { return nil }
    var k = t - 1
    switch st.doc.language {
    case "en":
      guard st.toks[k].folded == "as", st.toks[k - 1].folded == "known" else { return nil }
      k -= 2
      if k >= 1, ["also", "better", "locally", "commonly"].contains(st.toks[k].folded) { k -= 1 }
    case "it":
      guard st.toks[k].folded == "come", ["noto", "nota", "conosciuto", "conosciuta"].contains(st.toks[k - 1].folded) else { return nil }
      k -= 2
      if k >= 1, ["anche", "meglio"].contains(st.toks[k].folded) { k -= 1 }
    default:
      return nil
    }
    guard k >= 0, st.gap(k, k + 1).elementsEqual([",", " "]), (k + 1..<t).allSatisfy({ st.joins($0, $0 + 1) && st.owner[$0] == nil }) else { return nil }
    return k
  }

  /// Whether the letters of `acronym` are initials of `words`, in order, the first letter the
  /// initial of one of the first two words ("nfc" in "china nonferrous … foreign … construction").
  static func spellsInitials(_ acronym: String, of words: [String]) -> Bool {
    let letters = Array(acronym.unicodeScalars), initials = words.compactMap(\.unicodeScalars.first)
    guard letters.count >= 2, letters.count <= initials.count, initials.prefix(2).contains(letters[0]) else { return false }
    var i = 0
    for c in initials where i < letters.count && c == letters[i] { i += 1 }
    return i == letters.count
  }

  /// "China's Zhipu" in a headline, "Zhipu AI" in the body, "Zhipu, spun out of …": a Latin
  /// one-word company the text names is, after every other pass, the text's one longer
  /// company whose name that word opens, unless a town or province follows it there (the
  /// same test as ``shortCompanyMentions(_:)``, for mentions that later passes read).
  /// O(companies²).
  func lateShortCompanyNames(_ st: State) {
    let companies = st.order.filter { id in
      guard let e = st.entities[id], e.kind == .organization, !e.catalogued, !e.mentions.isEmpty else { return false }
      return !Morphology.isCyrillic(Normalizer.fold(e.label))
    }
    guard companies.count >= 2 else { return }
    let words = companies.map { Segmenter.words(in: Array(st.entities[$0]!.label.unicodeScalars)).map(\.folded) }
    for (i, id) in companies.enumerated() where words[i].count == 1 {
      // (or the second word of a name of three or more, after its group's or province's:
      // "Lovol" after "Weichai Lovol Intelligent Agricultural Technology")
      let longer = companies.indices.filter { j in
        j != i && words[j].count >= 2 && !words[j].dropFirst().contains(where: isTownOrProvinceName)
          && (WordKey.same(words[j][0], words[i][0]) || words[j].count >= 3 && WordKey.same(words[j][1], words[i][0]))
      }
      if longer.count == 1 { moveMentions(st, of: id, to: companies[longer[0]]) }
    }
  }

  /// Whether a body's label names a town or province among its words after the first `words`
  /// (a brand's): "XDS Astana Team" after "XDS" does; a country does not count ("Sunac China
  /// Holdings" is Sunac). O(label words).
  func namesPlaceAfter(_ st: State, label: String, words: Int) -> Bool {
    Segmenter.words(in: Array(label.unicodeScalars)).dropFirst(words).contains { isTownOrProvinceName($0.folded) }
  }

  /// Whether a folded word is the whole catalogued name of a city or of a region that is no
  /// country. O(case readings of the word).
  func isTownOrProvinceName(_ folded: String) -> Bool {
    Self.hasOneWordName(folded, in: patterns) { e in
      catalog.entries[e].kind == .city || catalog.entries[e].kind == .region && catalog.entries[e].subkind != "country"
    }
  }

  /// Whether a folded word is a company's noun after its name: Kazakh and Russian in any case
  /// form ("компаниясының", "корпорации"), English ("company"). O(1).
  static func isCompanyNoun(_ f: String) -> Bool {
    Lexicon.companyNounsAfterName.contains(f) || ["компани", "корпораци", "концерн", "холдинг"].contains { f.hasBytePrefix($0) }
  }

  /// Russian prepositions, conjunctions and pronouns that follow a feature's name, never the
  /// noun an adjective qualifies ("на реке Пскем в …", "на реке Пскем и …").
  static let russianFunctionWords: WordSet = [
    "и", "в", "во", "на", "под", "над", "с", "со", "у", "к", "ко", "по", "за", "из", "от", "до", "о", "об", "при", "для", "или", "а", "но",
    "что", "где", "как", "близ", "около", "возле", "вблизи", "между", "через", "после", "также", "который", "которая", "которое", "которые",
  ]

  /// A company named by its first words after its full name ("Envision" after "Envision
  /// Energy", "Xinyi Glass" after "Xinyi Glass Holdings"), or by its last words after the place
  /// that opens it ("Andre Juice" after "Yantai North Andre Juice"): a body a rule read on its
  /// own joins the longer body the text named with those words, when only one such body exists
  /// (or only one whose other words say no more than its trade or legal form). O(span tokens²).
  func shortCompanyMentions(_ st: State) {
    var byPrefix: [String: Set<String>] = [:]
    // (and the whole names of up to three words, which a rule read once: "Menarini, con sede a
    // Firenze" after "il gruppo … Menarini")
    var byName: [String: Set<String>] = [:]
    var byFirst: [String: Set<String>] = [:]
    // (a word the text reads as a town or a region elsewhere names that place: "Jyrgalan" after
    // "JYRGALAN —" and "the Jyrgalan Mountain Resort company")
    // (built only when a first word is asked about)
    // (and a district's first word: "in Shofirkon" beside "Shofirkon district")
    lazy var placeWords = Set(st.entities.values.filter { $0.kind == .city || $0.kind == .region }.compactMap { e -> String? in
      let words = e.label.split(separator: " ")
      if words.count == 1 { return Normalizer.fold(e.label) }
      return words.count == 2 && e.subkind == "district" ? Normalizer.fold(String(words[0])) : nil
    })
    // (only spans still read: "Zhongda", which a rule read before another read "Zhongda China
    // Petrol" over it, names nothing)
    for sp in st.spans where st.owner[sp.first].map({ st.spans[$0].key == sp.key }) == true && st.kind(of: sp.key) == .organization {
      // (a government's name opens with its place's, not with a name of its own)
      guard let e = st.entities[sp.key], e.subkind != "government", isLatinName(st, sp.first) else { continue }
      // (a catalogued body's written name by its first two words or more: "Navoi Mining" after
      // "Navoi Mining and Metallurgical Company")
      if e.catalogued {
        if sp.last - sp.first >= 2 { for end in sp.first + 1..<sp.last { byPrefix[st.foldedWords(sp.first, end), default: []].insert(sp.key) } }
        continue
      }
      if sp.last - sp.first < 3 { byName[st.foldedWords(sp.first, sp.last), default: []].insert(sp.key) }
      guard sp.last > sp.first else { continue }
      for end in sp.first..<sp.last { byPrefix[st.foldedWords(sp.first, end), default: []].insert(sp.key) }
      // (and its last words after the place and compass words that open it, from a word only a
      // name can be: "Andre Juice" after "Yantai North Andre Juice")
      var start = sp.first
      while start < sp.last - 1, isTownOrProvinceName(st.toks[start].folded) || start > sp.first && Lexicon.compassWords.contains(st.toks[start].folded) { start += 1 }
      if start > sp.first, start < sp.last, latinNameWord(st, start), case let f = st.toks[start].folded, !Lexicon.notNameWords.contains(f), !Lexicon.industryWords.contains(f),
        !Lexicon.projectWordsEN.contains(f), Lexicon.orgCues[f] == nil, !catalogHasPlace(named: f)
      {
        // (its first words there too: "Beidahuang компаниясының" after "Heilongjiang Beidahuang
        // Rice Industry Group")
        for end in start...sp.last { byPrefix[st.foldedWords(start, end), default: []].insert(sp.key) }
      }
      // (a one-word name before legal forms only: "iFlytek" after "iFlytek Co., Ltd.")
      if (sp.first + 1...sp.last).allSatisfy({ Lexicon.closingLegalForms.contains(st.toks[$0].folded) }) {
        byName[st.foldedWords(sp.first, sp.first), default: []].insert(sp.key)
      }
      // (and a first word that only a name can be, alone: "Junda" after "Junda Petroleum"; not
      // a common, industry or place word: "National", "Energy", "Kazakh", "Astana")
      let f = st.toks[sp.first].folded
      if f.utf8.count >= 4, latinNameWord(st, sp.first), !Lexicon.notNameWords.contains(f), !Lexicon.industryWords.contains(f),
        !Lexicon.projectWordsEN.contains(f), Lexicon.orgCues[f] == nil, !Lexicon.countryWords.contains(f), !catalogHasPlace(named: f), !placeWords.contains(f)
      {
        byFirst[f, default: []].insert(sp.key)
      }
    }
    // ("dalla cinese CAMC" in a headline, "China CAMC Engineering" in the body: an acronym
    // read alone as a body of its own is the text's one longer body whose name holds it)
    var byAcronym: [String: Set<String>] = [:]
    for sp in st.spans where sp.last > sp.first && st.owner[sp.first].map({ st.spans[$0].key == sp.key }) == true && st.kind(of: sp.key) == .organization {
      // (not one hyphened to the next word: "CNPC-Aktobemunaigas" is a subsidiary's name; nor
      // one that a place's name follows: "XDS Astana Team" is the team the brand XDS sponsors)
      for k in sp.first...sp.last where st.toks[k].folded.unicodeScalars.count >= 3 && Self.isUpperAcronym(st, k)
        && !(k > sp.first && st.gap(k - 1, k).elementsEqual(["-"])) && !(k < sp.last && st.gap(k, k + 1).elementsEqual(["-"]))
        && !(k + 1..<sp.last + 1).contains(where: { isTownOrProvinceName(st.toks[$0].folded) })
      { byAcronym[st.toks[k].folded, default: []].insert(sp.key) }
    }
    // ("Xidesheng (XDS)": an acronym in brackets right after a body the text names is that
    // body's, wherever else the text writes it)
    var bracketed: [String: String] = [:]
    for (o, sp) in st.spans.enumerated() where st.owner[sp.first] == o && st.owner[sp.last] == o && st.kind(of: sp.key) == .organization && sp.last + 1 < st.toks.count {
      let t = sp.last + 1
      guard st.entities[sp.key]?.catalogued == false, st.gap(sp.last, t).elementsEqual([" ", "("]), Self.isUpperAcronym(st, t), st.toks[t].folded.unicodeScalars.count >= 3,
        st.toks[t].end < st.doc.scalars.count, st.doc.scalars[st.toks[t].end] == ")", st.owner[t].map({ st.entities[st.spans[$0].key]?.catalogued == false }) ?? true
      else { continue }
      bracketed[st.toks[t].folded] = sp.key
    }
    for (f, id) in bracketed { byAcronym[f] = [id] }
    for t in st.toks.indices where !bracketed.isEmpty && st.owner[t] == nil && Self.isUpperAcronym(st, t) {
      if let id = bracketed[st.toks[t].folded] { st.addSpan(t, t, id: id) }
    }
    for (i, sp) in st.spans.enumerated() where sp.first == sp.last && st.owner[sp.first] == i && st.kind(of: sp.key) == .organization {
      guard st.entities[sp.key]?.catalogued == false, let longer = byAcronym[st.toks[sp.first].folded], longer.count == 1, let to = longer.first, to != sp.key else { continue }
      reassign(st, sp, to: to)
    }
    guard !byPrefix.isEmpty || !byName.isEmpty else { return }
    for (i, sp) in st.spans.enumerated() where sp.last - sp.first < 4 && st.owner[sp.first] == i && st.kind(of: sp.key) == .organization {
      guard let e = st.entities[sp.key], !e.catalogued, let longer = byPrefix[st.foldedWords(sp.first, sp.last)] else { continue }
      // (of several, the one whose other words only say its trade or legal form: "Huaxin" is
      // Huaxin Cement, not Huaxin Gayur Cement)
      let plain = longer.count == 1 ? longer : longer.filter { id in
        guard let words = st.entities[id]?.label.split(separator: " ").dropFirst(sp.last - sp.first + 1), !words.isEmpty else { return false }
        return words.allSatisfy { w in
          let f = Normalizer.fold(String(w))
          return Lexicon.industryWords.contains(f) || Lexicon.subsidiaryWords.contains(f) || Lexicon.closingLegalForms.contains(f)
        }
      }
      // (the words after a brand that name a place make another body, one named after the
      // brand: "XDS" is not the "XDS Astana Team" it sponsors, "Sinopec" not "Sinopec
      // Shanghai Petrochemical")
      guard plain.count == 1, let to = plain.first, to != sp.key, !namesPlaceAfter(st, label: st.entities[to]?.label ?? "", words: sp.last - sp.first + 1) else { continue }
      reassign(st, sp, to: to)
    }
    // ("Sichuan Road and Bridge" after "Sichuan Road and Bridge Group": a name's first words
    // with a connector in them, over whatever rules read inside them)
    let n = st.toks.count
    let connected = byPrefix.filter { $0.value.count == 1 && $0.key.contains(" and ") }
    if !connected.isEmpty {
      var k = 0
      while k < n {
        defer { k += 1 }
        guard st.isCapName(k), isLatinName(st, k), k == 0 || !(st.toks[k - 1].capitalized && st.joins(k - 1, k) && isLatinName(st, k - 1)) else { continue }
        for e in stride(from: min(n - 1, k + 5), through: k + 2, by: -1) {
          guard let id = connected[st.foldedWords(k, e)]?.first, (k..<e).allSatisfy({ st.gap($0, $0 + 1).elementsEqual([" "]) }),
            !(e + 1 < n && st.joins(e, e + 1) && st.toks[e + 1].capitalized && isLatinName(st, e + 1)),
            // (a span read over them may open with a Cyrillic word before them: "Ранее Sichuan
            // Road", a road's name to the project rules)
            (k...e).allSatisfy({ j in
              st.owner[j].map { st.spans[$0].last <= e && (st.spans[$0].first >= k || (st.spans[$0].first..<k).allSatisfy { !isLatinName(st, $0) }) } ?? true
            }),
            !(st.owner[k].map { st.spans[$0].first == k && st.spans[$0].last == e && st.spans[$0].key == id } ?? false)
          else { continue }
          release(st, st.owner[k].map { min(k, st.spans[$0].first) } ?? k, e)
          st.addSpan(k, e, id: id)
          k = e
          break
        }
      }
    }
    // (and free capitalised words of two or three that no rule read, the first maybe a town's
    // name: "with Xinyi Glass")
    var t = 0
    while t + 1 < n {
      // (or a province's: "Jiangsu Sunshine" after "Jiangsu Sunshine Group")
      let placeFirst = oneWordPlaceOrProject(st, t) || st.entityKind(at: t) == .region && st.owner[t].map { st.spans[$0].first == t && st.spans[$0].last == t } == true
      // (a run starts at its first capitalised word, a Latin run after any Cyrillic one: "Ранее Jiangsu Sunshine")
      guard st.owner[t] == nil || placeFirst, st.isCapName(t),
        t == 0 || !(st.toks[t - 1].capitalized && st.joins(t - 1, t)) || isLatinName(st, t) && !isLatinName(st, t - 1)
      else { t += 1; continue }
      var e = t
      while e + 1 < n, e - t < 2, st.owner[e + 1] == nil, st.isCapName(e + 1), st.joins(e, e + 1) { e += 1 }
      // (a Cyrillic name after a Latin run ends it: "Henan Zhongbo Ли Цзюнь")
      if !(e + 1 < n && st.toks[e + 1].capitalized && st.joins(e, e + 1) && (isLatinName(st, e + 1) || !isLatinName(st, e))), case let words = st.foldedWords(t, e) {
        // ("Tongling компаниясының" after "Tongling Nonferrous Metals": a town's name that opens
        // the text's one company, with a company's noun after it, is that company)
        if e == t, st.owner[t] != nil, placeFirst, t + 1 < n, st.joins(t, t + 1), Self.isCompanyNoun(st.toks[t + 1].folded), let longer = byPrefix[words],
          longer.count == 1, let to = longer.first
        {
          release(st, t, t)
          st.addSpan(t, t, id: to)
        } else if e > t, let longer = byPrefix[words], longer.count == 1, let to = longer.first {
          if st.owner[t] != nil { release(st, t, t) }
          st.addSpan(t, e, id: to)
        } else if st.owner[t] == nil, isLatinName(st, t), let same = byName[words] ?? (e == t ? byFirst[words] : nil), same.count == 1, let to = same.first {
          st.addSpan(t, e, id: to)
        }
      }
      t = e + 1
    }
    townNamedCompanyPossessives(st)
  }

  /// "Xinyi's regional director" after "Xinyi Glass Holdings": a town's name with "'s" (or
  /// none: "Jinshan chairman") and a company's officer after it is the company the text named
  /// with that town's name first (or second, after its province's),
  /// when only one such company exists (a town has a mayor or a governor, no director).
  /// O(tokens + spans).
  func townNamedCompanyPossessives(_ st: State) {
    guard st.doc.language == "en" else { return }
    var byTown: [String: Set<String>] = [:]
    for sp in st.spans where sp.last > sp.first && st.owner[sp.first] != nil && st.kind(of: sp.key) == .organization {
      guard let e = st.entities[sp.key], !e.catalogued, e.subkind != "government" else { continue }
      let f = st.toks[sp.first].folded
      if catalogHasPlace(named: f) { byTown[f, default: []].insert(sp.key) }
      // (or its second, after a province's: "Jinshan" of "Zhejiang Jinshan Tourism Group")
      if sp.last > sp.first + 1, catalogHasPlace(named: f), case let f2 = st.toks[sp.first + 1].folded, catalogHasPlace(named: f2) { byTown[f2, default: []].insert(sp.key) }
    }
    guard !byTown.isEmpty else { return }
    let n = st.toks.count
    for (i, sp) in st.spans.enumerated() where sp.first == sp.last && st.owner[sp.first] == i && sp.first + 2 < n {
      let t = sp.first
      guard let to = byTown[st.toks[t].folded], to.count == 1, let id = to.first, [.city, .region].contains(st.kind(of: sp.key)) else { continue }
      // ("Jinshan chairman Qian Haiyang": the officer may follow the name with no "'s")
      let possessive = st.toks[t + 1].folded == "s" && st.gap(t, t + 1).allSatisfy({ $0 == "'" || $0 == "’" })
      guard possessive || st.joins(t, t + 1) && !st.toks[t + 1].capitalized else { continue }
      // (up to two lower-case words before the officer: "regional director", "chief executive")
      var k = possessive ? t + 2 : t + 1
      while k < n, k - t <= 4, !st.toks[k].capitalized, st.joins(k - 1, k), !Lexicon.companyOfficersAfterPossessive.contains(st.toks[k].folded) { k += 1 }
      guard k < n, k - t <= 4, Lexicon.companyOfficersAfterPossessive.contains(st.toks[k].folded), st.sentenceOf(k) == st.sentenceOf(t) else { continue }
      reassign(st, sp, to: id)
    }
  }

  /// "the National Bank" after "the National Bank of Kazakhstan": a body a rule read whose
  /// words are a longer body's name up to its complement ("of"/"di" or a place) is that body,
  /// when only one such exists. O(span tokens).
  func shortBodyMentions(_ st: State) {
    var byHead: [String: Set<String>] = [:]
    for sp in st.spans where sp.last > sp.first + 1 && st.kind(of: sp.key) == .organization {
      for k in (sp.first + 2)...sp.last {
        let complement = ["of", "di", "del", "della", "dell", "dei", "degli", "delle"].contains(st.toks[k].folded)
          || (st.entityKind(at: k) == .region || st.entityKind(at: k) == .city) && st.owner[k].map { st.spans[$0].first == k } == true
          // ("Кабинета министров Туркменистана": a government's mention holds its place)
          || st.subkind(of: sp.key) == "government" && st.toks[k].capitalized && Morphology.isCyrillic(st.toks[k].folded)
        guard complement else { continue }
        byHead[st.foldedWords(sp.first, k - 1), default: []].insert(sp.key)
        // (a Russian body's words in another case: "Кабинет министров" after "Кабинета
        // министров Туркменистана")
        if Morphology.isCyrillic(st.toks[sp.first].folded) {
          byHead[(sp.first..<k).map { Morphology.stem(st.toks[$0].folded) }.joined(separator: " "), default: []].insert(sp.key)
        }
        break
      }
    }
    // ("Министерство иностранных дел" where the text names "МИД РК": a catalogued body the
    // text mentions, by its name without the country, in any case)
    var byStems: [String: Set<String>] = [:]
    for id in st.order {
      guard let e = st.entities[id], e.catalogued, e.kind == .organization, !e.mentions.isEmpty else { continue }
      for key in bodyNamesWithoutPlace[id] ?? [] { byStems[key, default: []].insert(id) }
    }
    guard !byHead.isEmpty || !byStems.isEmpty else { return }
    for (i, sp) in st.spans.enumerated() where sp.last > sp.first && st.owner[sp.first] == i && st.kind(of: sp.key) == .organization {
      guard let e = st.entities[sp.key], !e.catalogued else { continue }
      let to: String
      if let longer = byHead[st.foldedWords(sp.first, sp.last)], longer.count == 1, let l = longer.first {
        to = l
      } else if Morphology.isCyrillic(st.toks[sp.first].folded),
        let longer = byHead[(sp.first...sp.last).map { Morphology.stem(st.toks[$0].folded) }.joined(separator: " ")], longer.count == 1, let l = longer.first
      {
        to = l
      } else if let same = byStems[(sp.first...sp.last).map { Morphology.stem(st.toks[$0].folded) }.joined(separator: " ")], same.count == 1, let l = same.first {
        to = l
      } else {
        continue
      }
      guard to != sp.key else { continue }
      reassign(st, sp, to: to)
    }
  }

  /// "Тайыншада … Тайынша ауданында": a one-word name that the text gives a district (one the
  /// catalogue lacks, read by its cue) is the district's centre town where it stands alone,
  /// in any case, with no cue after it. O(tokens).
  func districtTowns(_ st: State) {
    var towns: [String: String] = [:]  // the district's name word (folded) → its nominative
    for (i, sp) in st.spans.enumerated() where st.owner[sp.first] == i && sp.last == sp.first + 1 && st.subkind(of: sp.key) == "district" {
      guard st.entities[sp.key]?.catalogued == false, st.cands[sp.last].contains(where: { Lexicon.placeCues[$0] == .region }) else { continue }
      towns[st.toks[sp.first].folded] = st.original(sp.first)
    }
    guard !towns.isEmpty else { return }
    let n = st.toks.count
    for t in 0..<n where st.owner[t] == nil && st.isCapName(t) {
      // (the candidates open with the word as written)
      guard let name = st.cands[t].lazy.compactMap({ towns[$0] }).first,
        !(t + 1 < n && st.joins(t, t + 1) && (st.toks[t + 1].capitalized || st.cands[t + 1].contains { Lexicon.placeCues[$0] != nil })),
        !(t > 0 && st.joins(t - 1, t) && st.toks[t - 1].capitalized && !isSentenceStart(st, t))
      else { continue }
      addPlace(st, t, t, kind: .city, label: name)
    }
    russianDistrictTowns(st)
  }

  /// "Под Файзабадом … в Файзабадском районе": the town a Russian district adjective is made
  /// from (one the catalogue lacks, "Файзабад" of "Файзабадский район") is read where a free
  /// capitalised word is that name with a noun's case ending after a preposition of place.
  /// A town in "-а" makes its adjective with "-инский" ("Нуратинский район" of "Нурата", read
  /// in "в Нурате", "от Нураты"). O(tokens) once such a district is read.
  func russianDistrictTowns(_ st: State) {
    guard st.doc.language == "ru" else { return }
    var bases: [(folded: String, name: String, endings: [String])] = []
    let consonantEndings = ["", "а", "у", "е", "ом"], feminineEndings = ["а", "ы", "е", "у", "ой"]
    for (i, sp) in st.spans.enumerated() where st.owner[sp.first] == i && sp.last == sp.first + 1 && st.subkind(of: sp.key) == "district" {
      let adjective = st.toks[sp.first].folded
      guard st.entities[sp.key]?.catalogued == false, st.toks[sp.first].capitalized, st.cands[sp.last].contains("район"),
        let cut = ["ском", "ского", "скому", "ский", "ским"].first(where: { adjective.hasByteSuffix($0) })
      else { continue }
      let base = String(adjective.dropLast(cut.count))
      let original = String(st.original(sp.first).dropLast(cut.count))
      // (a base of three letters or fewer is too short to tell from other words)
      guard base.count >= 4, !bases.contains(where: { $0.folded == base }) else { continue }
      bases.append((base, original, consonantEndings))
      if base.hasByteSuffix("ин"), base.count >= 6 {
        bases.append((String(base.dropLast(2)), String(original.dropLast(2)) + "а", feminineEndings))
      }
    }
    guard !bases.isEmpty else { return }
    let n = st.toks.count
    for t in 1..<n where st.owner[t] == nil && st.isCapName(t) && Morphology.isCyrillic(st.toks[t].folded) {
      let w = st.toks[t].folded
      guard Lexicon.russianPlacePrepositions.contains(st.toks[t - 1].folded), st.joins(t - 1, t),
        let b = bases.first(where: { w.hasBytePrefix($0.folded) && $0.endings.contains(String(w.dropFirst($0.folded.count))) }),
        !(t + 1 < n && st.joins(t, t + 1) && (st.toks[t + 1].capitalized || st.cands[t + 1].contains { Lexicon.placeCues[$0] != nil }))
      else { continue }
      addPlace(st, t, t, kind: .city, label: b.name)
    }
  }

  /// English "the Ili and the Irtysh": a name with its article, coordinated with a river the
  /// text has read, is the catalogue's river of that name though the catalogue knows it alone
  /// only as something else (Ili is also a prefecture). Either side may be the known one.
  /// O(spans).
  func coordinatedRivers(_ st: State) {
    guard st.doc.language == "en" else { return }
    let n = st.toks.count
    for sp in st.spans where st.subkind(of: sp.key) == "natural-feature" && st.kind(of: sp.key) == .region {
      // (the other name: "the X and the <river>" before, "the <river> and the X" after)
      for (x, and) in [(sp.first - 3, sp.first - 2), (sp.last + 3, sp.last + 1)] {
        guard x >= 1, x < n, and >= 0, and < n, st.toks[and].folded == "and", st.owner[x] == nil, st.isCapName(x),
          st.toks[x - 1].folded == "the", !st.toks[x - 1].capitalized, st.sentenceOf(x) == st.sentenceOf(sp.first),
          x < sp.first ? st.joins(x, and) && st.joins(and, and + 1) : st.joins(and, x - 1) && st.joins(x - 1, x),
          // (a cue after the name makes it something else: "the Ili region")
          !(x + 1 < n && st.joins(x, x + 1) && !st.toks[x + 1].capitalized && Lexicon.placeCues[st.toks[x + 1].folded] != nil)
        else { continue }
        let rivers = placeHeads(st, .region, at: x).filter { catalog.entries[$0].subkind == "natural-feature" }
        guard rivers.count == 1, case let e = catalog.entries[rivers[0]], e.id != sp.key else { continue }
        addCatalogued(st, e)
        st.addSpan(x, x, id: e.id)
      }
    }
  }

  /// A river's name alone where the text has named the region of that name ("the Syrdarya
  /// region … Fergana Valley and Syrdarya") is the region's short name; so is its first word
  /// before a word for an area ("Іле-Қазақ автономиялы облысы … Іле өңірі", "the Ili region").
  /// O(spans).
  func regionShortNames(_ st: State) {
    var regionByHead: [String: String] = [:]
    var regionByFirst: [String: String] = [:]
    for sp in st.spans where st.kind(of: sp.key) == .region && sp.last > sp.first && st.subkind(of: sp.key) != "natural-feature" {
      guard st.cands[sp.last].contains(where: { Lexicon.placeCues[$0] == .region }) else { continue }
      regionByHead[st.foldedWords(sp.first, sp.last - 1)] = sp.key
      if sp.last > sp.first + 1, regionByFirst[st.toks[sp.first].folded] == nil { regionByFirst[st.toks[sp.first].folded] = sp.key }
    }
    guard !regionByHead.isEmpty else { return }
    let n = st.toks.count
    for (i, sp) in st.spans.enumerated() where st.owner[sp.first] == i && st.subkind(of: sp.key) == "natural-feature" {
      let area = sp.first == sp.last && sp.last + 1 < n && st.joins(sp.last, sp.last + 1) && st.owner[sp.last + 1] == nil
        && Self.areaNouns.contains(where: { st.toks[sp.last + 1].folded.hasBytePrefix($0) })
      guard let region = regionByHead[st.foldedWords(sp.first, sp.last)] ?? (area ? regionByFirst[st.toks[sp.first].folded] : nil) else { continue }
      // (not a river that a cue after it names: "Талас және Шу өзендері")
      if (sp.last + 1..<min(st.toks.count, sp.last + 4)).contains(where: { k in
        st.sentenceOf(k) == st.sentenceOf(sp.last) && (st.cands[k].contains { Lexicon.naturalFeatureCues.contains($0) } || Lexicon.pluralNaturalCues.contains(st.toks[k].folded) || Lexicon.kazakhPluralNatural(st.toks[k].folded) != nil)
      }) { continue }
      reassign(st, sp, to: region)
    }
  }

  /// Stems of the words for an area that follow a region's short name ("Іле өңірі", "Илийского
  /// региона", "the Ili region").
  static let areaNouns = ["өңір", "регион", "region", "area"]

  /// Whether a folded capitalised Kazakh word is a common word that a sentence or a list may
  /// open with rather than a name: a stop word, a determiner or adverb (``Lexicon/kazakhOpeners``),
  /// a function word or an adjective by its suffix ("Бұл", "Кеше", "Халықаралық"). O(1).
  static func isKazakhCommonWord(_ folded: String) -> Bool {
    Lexicon.stopCapitalized.contains(folded) || Lexicon.kazakhOpeners.contains(folded) || Lexicon.kazakhFunctionWords.contains(folded)
      || Morphology.isKazakhAdjective(folded)
  }

  /// "l'ecosistema del Balkhash", "the Balkhash is shrinking": in English and Italian a town's
  /// one-word name after a definite article ("the", "il", "del", "nel"…), with no word joined
  /// after it, is the lake, river or other feature of that name the text has named with its
  /// cue ("Lake Balkhash", "lago Balkhash"): towns take no article. O(spans).
  func featureNamedTowns(_ st: State) {
    guard st.doc.language == "en" || st.doc.language == "it" else { return }
    let articles: WordSet = ["the", "il", "lo", "del", "dello", "al", "allo", "dal", "dallo", "sul", "sullo", "nel", "nello"]
    var featureByName: [String: String] = [:]
    for id in st.order {
      guard let e = st.entities[id], e.kind == .region, e.subkind == "natural-feature", !e.mentions.isEmpty else { continue }
      let words = Segmenter.words(in: Array(e.label.unicodeScalars)).map(\.folded).filter { !Lexicon.naturalFeatureCues.contains($0) }
      if words.count == 1 { featureByName[words[0]] = id }
    }
    guard !featureByName.isEmpty else { return }
    let n = st.toks.count
    for (i, sp) in st.spans.enumerated() where sp.first == sp.last && sp.first > 0 && st.owner[sp.first] == i && st.kind(of: sp.key) == .city {
      let t = sp.first
      guard let feature = featureByName[st.toks[t].folded], feature != sp.key, articles.contains(st.toks[t - 1].folded), st.joins(t - 1, t),
        !(t + 1 < n && st.joins(t, t + 1))
      else { continue }
      reassign(st, sp, to: feature)
    }
  }

  /// A surname alone after the full name (Токаев after Касым-Жомарт Токаев, Sultanov).
  func resolveShortMentions(_ st: State) {
    shortCompanyMentions(st)
    shortBodyMentions(st)
    shortFacilityMentions(st)
    italianShortFacilities(st)
    kazakhShortNames(st)
    initialsMentions(st)
    var surnames: [String: String] = [:]
    for id in st.order {
      guard let e = st.entities[id], e.kind == .person else { continue }
      for m in e.mentions {
        let words = Segmenter.words(in: Array(m.text.unicodeScalars))
        if words.count >= 2, let last = words.last, Morphology.isCyrillic(last.folded) || !Lexicon.chineseSurnames.contains(words[0].folded) {
          surnames[Morphology.stem(last.folded)] = id
        }
      }
    }
    chineseSurnameMentions(st)
    guard !surnames.isEmpty else { return }
    for t in 0..<st.toks.count where st.owner[t] == nil && st.isCapName(t) {
      for c in st.cands[t] {
        if let id = surnames[c] {
          st.addSpan(t, t, id: id)
          break
        }
      }
    }
  }

  /// "Wang Hongjing … il vicepresidente Wang": a one-word person a role read, whose word is the
  /// Chinese surname (the first word, in Pinyin) of the one person the text names in full with
  /// it, is that person; two persons of that surname leave it alone. O(persons × mentions).
  func chineseSurnameMentions(_ st: State) {
    var bySurname: [String: Set<String>] = [:]
    var single: [(id: String, word: String)] = []
    for id in st.order {
      guard let e = st.entities[id], e.kind == .person else { continue }
      let words = Segmenter.words(in: Array(e.label.unicodeScalars))
      if words.count == 1, !e.catalogued {
        single.append((id, words[0].folded))
      } else if words.count >= 2, !Morphology.isCyrillic(words[0].folded), Lexicon.chineseSurnames.contains(words[0].folded) {
        bySurname[words[0].folded, default: []].insert(id)
      }
    }
    for (id, word) in single {
      guard let ids = bySurname[word], ids.count == 1, let target = ids.first, target != id else { continue }
      moveMentions(st, of: id, to: target)
    }
  }
}
