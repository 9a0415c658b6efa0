import Testing
import Extract

@Suite struct TokenizedTextTests {
    @Test func foldsAccentsCaseApostrophesAndSpaces() {
        let t = TokenizedText("L’Été\u{202F}1\u{00A0}000 ÉTATS-UNIS 3ᵉ")
        let folded = t.tokens.indices.map { t.foldedString($0) }
        #expect(folded == ["l", "'", "ete", "1", "000", "etats", "-", "unis", "3", "e"])
        #expect(t.tokens[3].spaceBefore && t.tokens[4].spaceBefore)
        #expect(!t.tokens[9].spaceBefore)
        #expect(t.tokens[5].allCaps && !t.tokens[2].allCaps && t.tokens[2].capitalized)
        #expect(Folding.word("été") == t.tokens[2].hash)
    }

    @Test func spansAreUTF8ByteOffsetsIntoTheText() {
        let text = "Réunion à Tokyo."
        let t = TokenizedText(text)
        #expect(t.tokens.map { text.slice($0.span) } == ["Réunion", "à", "Tokyo", "."])
        #expect(t.tokens[1].span == TextSpan(start: 9, end: 11))
        #expect(TextSpan(start: 9, end: 11).codePointRange(in: text) == (8, 9))
    }

    @Test func splitsSentencesButNotAfterAbbreviationsOrInitials() {
        let text = "M. Breton est venu. Il a parlé à J. Smith le 3 mai.\nDeuxième paragraphe sans point\nTroisième. 2025 sera l'année."
        let t = TokenizedText(text)
        let sentences = t.sentences.indices.map { text.slice(t.span(ofSentence: $0)) }
        #expect(sentences == ["M. Breton est venu.", "Il a parlé à J. Smith le 3 mai.", "Deuxième paragraphe sans point",
                              "Troisième.", "2025 sera l'année."])
    }

    @Test func digitsAndDecimalsDoNotEndSentences() {
        let t = TokenizedText("Il a crû de 3.5 % en 2024. Puis stop.")
        #expect(t.sentences.count == 2)
    }

    @Test func lexiconMatchesLongestNameAndRespectsCapitals() {
        let lexicon = Lexicon([
            LexiconEntry(kind: .party, id: "EU", fr: ["Union européenne", "UE"], en: ["European Union", "EU"]),
            LexiconEntry(kind: .party, id: "US", fr: ["États-Unis"], en: ["United States"]),
        ])
        let text = TokenizedText("L'UE et les Etats-Unis ont eu lieu avec l'union européenne.")
        let found = lexicon.allMatches(in: text, language: .fr).map { $0.entry.id }
        #expect(found == ["EU", "US", "EU"])
    }

    /// A place and a party spelled alike both match; asking for one kind keeps that one only, and
    /// the scan still moves past the name (the longest name wins: "Japon" is not "Japon Est").
    @Test func lexiconMatchesOfAskedKindsOnly() {
        let lexicon = Lexicon([
            LexiconEntry(kind: .party, id: "JP", fr: ["Japon"]),
            LexiconEntry(kind: .place, id: "JP-PLACE", fr: ["Japon"]),
            LexiconEntry(kind: .place, id: "JP-EAST", fr: ["Japon Est"]),
        ])
        let text = TokenizedText("Le Japon et le Japon Est.")
        #expect(lexicon.allMatches(in: text, language: .fr).map { $0.entry.id } == ["JP", "JP-PLACE", "JP-EAST"])
        #expect(lexicon.allMatches(in: text, language: .fr, kinds: [.party]).map { $0.entry.id } == ["JP"])
        #expect(lexicon.allMatches(in: text, language: .fr, kinds: [.place]).map { $0.entry.id } == ["JP-PLACE", "JP-EAST"])
        #expect(lexicon.matches(in: text, at: 1, language: .fr).map { $0.entry.id } == ["JP", "JP-PLACE"])
        #expect(lexicon.matches(in: text, at: 0, language: .fr).isEmpty)
    }

    @Test func calendarArithmetic() {
        let d = CalendarDate(year: 2024, month: 2, day: 28)!
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(CalendarDate(year: 2025, month: 5, day: 12)!.weekday == 1)
        #expect(CalendarDate(iso: "2025-05-12T10:00:00Z")?.iso == "2025-05-12")
    }
}
