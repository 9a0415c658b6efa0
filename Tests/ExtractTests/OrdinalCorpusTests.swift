import Testing
import Extract

/// Every spelling of every language's ordinal corpus gives exactly one ordinal over the whole
/// input, with the expected rank (Duckling's `makeCorpusTest`).
@Suite struct OrdinalCorpusTests {
    @Test(arguments: Ordinals.corpusCases)
    func corpus(_ c: CorpusCase<Int>) throws {
        let found = Ordinals.extract(from: TokenizedText(c.input), in: .fixed(c.language))
        let only = try #require(found.count == 1 ? found.first : nil, "exactly one ordinal in \(found.map(\.value))")
        #expect(only.value == .ordinal(c.expected))
        #expect(only.span == TextSpan(wholeOf: c.input), "span \(c.input.slice(only.span))")
    }

    @Test(arguments: Ordinals.negativeCases)
    func negativeCorpus(_ c: CorpusCase<Int?>) {
        let found = Ordinals.extract(from: TokenizedText(c.input), in: .fixed(c.language))
        #expect(found.isEmpty, "found \(found.map { c.input.slice($0.span) })")
    }

    private func ordinals(_ text: String, _ language: Language) -> [(String, Int)] {
        Ordinals.extract(from: TokenizedText(text), in: .fixed(language)).compactMap {
            guard case .ordinal(let n) = $0.value else { return nil }
            return (text.slice($0.span), n)
        }
    }

    @Test func frenchSentenceSpansCoverTheOrdinalOnly() {
        let found = ordinals("Depuis le lancement du premier Partenariat numérique en 2022, lors du 29e sommet "
                             + "Japon-UE, le troisième Conseil a suivi le sixième dialogue, au XXIᵉ siècle et en 5G/6G.", .fr)
        #expect(found.map(\.0) == ["premier", "29e", "troisième", "sixième", "XXIᵉ"])
        #expect(found.map(\.1) == [1, 29, 3, 6, 21])
    }

    @Test func secondIsARankOnlyWhenItCountsSomething() {
        #expect(ordinals("Une seconde réunion a eu lieu une seconde plus tard.", .fr).map(\.0) == ["seconde"])
        #expect(ordinals("She won a second term a second later.", .en).map(\.0) == ["second"])
    }

    @Test func englishSentenceSpansCoverTheOrdinalOnly() {
        let found = ordinals("The third Digital Partnership Council followed the 29th EU-Japan summit and the "
                             + "twenty-first century's first World War II memorial.", .en)
        #expect(found.map(\.0) == ["third", "29th", "twenty-first", "first"])
        #expect(found.map(\.1) == [3, 29, 21, 1])
    }
}
