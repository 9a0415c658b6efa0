import Testing
import Extract

/// Every spelling of every language's number corpus gives exactly one number over the whole
/// input, with the expected value (Duckling's `makeCorpusTest`).
@Suite struct NumberCorpusTests {
    @Test(arguments: Numbers.corpusCases)
    func corpus(_ c: CorpusCase<Quantity>) throws {
        let found = Numbers.extract(from: TokenizedText(c.input), in: .fixed(c.language))
        let only = try #require(found.count == 1 ? found.first : nil, "exactly one number in \(found.map(\.value))")
        #expect(only.value == .number(c.expected))
        #expect(only.span == TextSpan(wholeOf: c.input), "span \(c.input.slice(only.span))")
    }

    @Test(arguments: Numbers.negativeCases)
    func negativeCorpus(_ c: CorpusCase<Quantity?>) {
        let found = Numbers.extract(from: TokenizedText(c.input), in: .fixed(c.language))
        #expect(found.isEmpty, "found \(found.map { c.input.slice($0.span) })")
    }

    private func numbers(_ text: String, _ language: Language) -> [(String, Quantity)] {
        Numbers.extract(from: TokenizedText(text), in: .fixed(language)).compactMap {
            guard case .number(let q) = $0.value else { return nil }
            return (text.slice($0.span), q)
        }
    }

    @Test func frenchSentenceKeepsEachNumberWithItsSpan() {
        let found = numbers("La Commission, les agences et les 27 États membres ont débloqué 1,5 milliard d’euros, "
                            + "soit près de 12 % du budget, pour un appel à projets.", .fr)
        #expect(found.map(\.0) == ["27", "1,5 milliard d’euros", "près de 12 %"])
        #expect(found.map(\.1) == [Quantity(value: 27), Quantity(value: 1.5e9, unit: "EUR"),
                                   Quantity(value: 12, unit: "%", approximate: true)])
    }

    @Test func neufIsANumberOnlyBeforeItsNoun() {
        #expect(numbers("Neuf pays ont signé un accord tout neuf.", .fr).map(\.0) == ["Neuf"])
    }

    @Test func englishSentenceKeepsEachNumberWithItsSpan() {
        let found = numbers("A summit of the G7 pledged $5m, about 2 million doses and 3.5% more, one of 27 offers.", .en)
        #expect(found.map(\.0) == ["$5m", "about 2 million", "3.5%", "27"])
        #expect(found.map(\.1) == [Quantity(value: 5e6, unit: "USD"), Quantity(value: 2e6, approximate: true),
                                   Quantity(value: 3.5, unit: "%"), Quantity(value: 27)])
    }
}
