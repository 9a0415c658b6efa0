import Testing
import Extract

/// Every entity corpus, every language: each example gives exactly its entities, in order.
@Suite struct EntityCorpusTests {
    @Test(arguments: Entities.corpusCases)
    func entityCorpus(_ c: CorpusCase<[String]>) {
        let found = Entities.keys(Entities.extract(from: TokenizedText(c.input), in: .fixed(c.language)))
        #expect(found == c.expected, "\(c)")
    }

    @Test(arguments: Entities.negativeCases)
    func entityNegativeCorpus(_ c: CorpusCase<[String]>) {
        let found = Entities.keys(Entities.extract(from: TokenizedText(c.input), in: .fixed(c.language)))
        #expect(found.isEmpty, "\(c) found \(found)")
    }

    @Test func bundledLexiconLiteralsAreNFC() {
        for entry in Lexicon.bundled.entries {
            for name in entry.fr + entry.en + entry.any {
                #expect(Array(name.utf8) == Array(name.precomposedForTest.utf8), "\(entry.id): \(name)")
            }
        }
    }

    @Test func bundledLexiconIdsAreUniquePerKind() {
        var seen = Set<String>()
        for entry in Lexicon.bundled.entries {
            #expect(seen.insert(entry.kind.rawValue + "/" + entry.id).inserted, "\(entry.id)")
        }
    }

    @Test func placesCarryTheirCountry() {
        for entry in Lexicon.bundled.entries where entry.kind == .place {
            #expect(entry.properties["country"]?.count == 2, "\(entry.id)")
        }
    }
}

extension String {
    /// NFC without Foundation: compose by round-tripping through Character (Swift compares
    /// canonically, so only the scalars tell). Good enough for Latin-script literals.
    var precomposedForTest: String {
        var out = ""
        for ch in self {
            // A Character made of a base and combining marks would show up as several scalars.
            if ch.unicodeScalars.count > 1, let composed = Self.compose(ch) { out.unicodeScalars.append(composed) } else { out.append(ch) }
        }
        return out
    }

    private static func compose(_ ch: Character) -> Unicode.Scalar? {
        // Latin-1 and Latin Extended-A: find the precomposed scalar canonically equal to `ch`.
        for v in 0xC0...0x17F { if let s = Unicode.Scalar(v), Character(s) == ch { return s } }
        return nil
    }
}
