import Testing
import Extract

/// The machinery between the dimensions: the document's mentions merged in text order, the
/// overlap step, the lexicon's walk and first-match look-up, the strings cut from spans, the
/// surname keys and the modality cue cache. Each is checked against the plain way of saying
/// the same thing.
@Suite struct ExtractionGlueTests {
    private static func mention(_ start: Int, _ end: Int, _ rule: String) -> Mention {
        Mention(type: .number, span: TextSpan(start: start, end: end), value: .number(Quantity(value: 1)), rule: rule)
    }

    /// What merging must give: the lists joined end to end, sorted by start, then end, ties in
    /// the joined order.
    private static func sortedJoined(_ lists: [[Mention]]) -> [Mention] {
        Array(lists.joined()).enumerated()
            .sorted { ($0.element.span.start, $0.element.span.end, $0.offset) < ($1.element.span.start, $1.element.span.end, $1.offset) }
            .map(\.element)
    }

    @Test func mergedMentionsAreTheJoinedListsSortedStably() {
        let lists: [[Mention]] = [
            [Self.mention(0, 4, "a0"), Self.mention(10, 12, "a1"), Self.mention(10, 12, "a2")],
            [],
            // Out of text order: sorted by index, ties kept in their order.
            [Self.mention(10, 11, "c0"), Self.mention(2, 3, "c1"), Self.mention(10, 11, "c2"), Self.mention(0, 4, "c3")],
            [Self.mention(10, 12, "d0")],
        ]
        let merged = Extractor.mergedInTextOrder(lists)
        #expect(merged.map(\.rule) == Self.sortedJoined(lists).map(\.rule))
        #expect(merged.map(\.rule) == ["a0", "c3", "c1", "c0", "c2", "a1", "a2", "d0"])
        #expect(Extractor.mergedInTextOrder([]).isEmpty)
        #expect(Extractor.mergedInTextOrder([[], []]).isEmpty)
    }

    @Test func mergedMentionsMatchASortOnManyShuffledLists() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            let lists: [[Mention]] = (0..<Int.random(in: 1...5, using: &generator)).map { list in
                (0..<Int.random(in: 0...20, using: &generator)).map { k in
                    let start = Int.random(in: 0...30, using: &generator)
                    return Self.mention(start, start + Int.random(in: 0...3, using: &generator), "\(round).\(list).\(k)")
                }
            }
            #expect(Extractor.mergedInTextOrder(lists).map(\.rule) == Self.sortedJoined(lists).map(\.rule))
        }
    }

    /// Dates are kept whole; an ordinal or a number overlapping what an earlier dimension kept
    /// is dropped, one touching it is not.
    @Test func overlapsDropLaterDimensionsOnly() {
        let dates = [Self.mention(0, 10, "date"), Self.mention(20, 25, "date")]
        let ordinals = [Self.mention(3, 5, "o"), Self.mention(10, 12, "o"), Self.mention(24, 26, "o")]
        let numbers = [Self.mention(1, 2, "n"), Self.mention(11, 12, "n"), Self.mention(12, 14, "n"), Self.mention(30, 31, "n")]
        #expect(Extractor.keptAcrossDimensions([dates, ordinals, numbers]) == [nil, [1], [2, 3]])
        #expect(Extractor.keptAcrossDimensions([dates, [], numbers]) == [nil, nil, [1, 2, 3]])
        #expect(Extractor.keptAcrossDimensions([[], ordinals, []]) == [nil, nil, nil])
        // A dimension out of text order is checked all the same.
        let unordered = [Self.mention(24, 26, "o"), Self.mention(3, 5, "o"), Self.mention(12, 13, "o")]
        #expect(Extractor.keptAcrossDimensions([dates, unordered]) == [nil, [2]])
    }

    @Test func lexiconWalkPassesEveryTokenOnceInOrder() {
        for text in ["", "Le Japon et le Japon Est.", "L'Union européenne\nUnion européenne, l'UE et la Commission européenne"] {
            let tokens = TokenizedText(text)
            #expect(Lexicon.bundled.tokensWalked(in: tokens, language: .fr) == Array(tokens.tokens.indices))
        }
    }

    /// The first-match look-up (no list made) finds what the list of matches starts with.
    @Test func firstMatchIsTheFirstOfTheLongestMatches() {
        let lexicon = Lexicon([
            LexiconEntry(kind: .party, id: "JP", fr: ["Japon", "japonais"], properties: ["adjective-of": "JP"]),
            LexiconEntry(kind: .place, id: "JP-PLACE", fr: ["Japon"]),
            LexiconEntry(kind: .place, id: "JP-EAST", fr: ["Japon Est"]),
            LexiconEntry(kind: .party, id: "EU", fr: ["UE"]),
        ])
        let text = TokenizedText("Le Japon et le Japon Est, le sommet japonais, l'ue et l'UE.\nJapon\nEst")
        for i in -1...text.tokens.count {
            for kind in [LexiconEntry.Kind.party, .place] {
                let listed = (0..<text.tokens.count).contains(i)
                    ? lexicon.matches(in: text, at: i, language: .fr).first { $0.entry.kind == kind }?.entry.id : nil
                #expect(lexicon.firstID(in: text, at: i, language: .fr, kind: kind) == listed, "token \(i), \(kind)")
            }
        }
    }

    /// Strings cut from spans are what slicing the text gives, also for spans inside a
    /// character, past the end or empty.
    @Test func stringsOfSpansAreSlicesOfTheText() {
        let source = "Réunion à Tokyo – 3ᵉ sommet 🇯🇵."
        let text = TokenizedText(source)
        let count = source.utf8.count
        for start in -1...(count + 1) {
            for end in start...(count + 2) {
                let span = TextSpan(start: start, end: end)
                #expect(text.string(of: span) == source.slice(span), "\(span)")
            }
        }
    }

    /// Surname keys are the folded last word's hash, whatever the name is written with.
    @Test func surnameKeysFoldTheLastWord() {
        let names = ["Henna Virkkunen", "Maroš Šefčovič", "Jean-Claude Juncker", "Ursula von der Leyen ", "Seul",
                     "Ana\u{00A0}Palacio", "Ana \u{301}Lopez", "Élisabeth BORNE", "Tanja Fajon Š"]
        for name in names {
            let expected: UInt64? = name.contains(" ") ? name.split(separator: " ").last.map { Folding.word(String($0)) } : nil
            #expect(Entities.hasSpace(name) == name.contains(" "), "\(name)")
            #expect(Entities.surnameKey(of: name) == expected, "\(name)")
        }
        #expect(Entities.foldedKey("VIRKKUNEN") == Folding.word("virkkunen"))
        #expect(Entities.foldedKey("Šefčovič") == Folding.word("sefcovic"))
    }

    /// The cue cache answers every range, within a sentence or not, as reading its tokens does.
    @Test(arguments: ["", "Le sommet se tiendra à Tokyo, selon le ministre. Il a eu lieu hier.",
                      "The summit will be held in Tokyo; it was held, according to officials, in May.\nNext year."])
    func cueCacheAgreesWithReadingTheTokens(_ input: String) {
        let text = TokenizedText(input)
        for language in Language.allCases {
            #expect(cueCacheAgreesWithReading(text, language: language))
        }
    }
}
