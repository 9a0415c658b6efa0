/// Numbers: digits with French and English separators, number words, percentages, amounts.
///
/// Rules per language live in `FR/NumberRulesFR.swift` and `EN/NumberRulesEN.swift`, each beside
/// its corpus; the shapes they share in `NumberHelpers.swift`. A mention's value is a
/// ``Quantity``: "3,5 %" is 3.5 "%", "100 millions d'euros" is 1e8 "EUR", "près de 100" is
/// approximate. Years in a date context and the digits of dates and ordinals are found here too
/// but dropped by ``Extractor``'s overlap step (dates beat ordinals beat numbers).
public enum Numbers {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        let dimensions = RuleDimensions.of(context.language)
        return mentions(dimensions.scan(text, .numbers).numbers, dimensions.numbers)
    }

    /// The mentions of what `rules` found (``RuleDimensions/scan(_:_:)``).
    static func mentions(_ found: [RuleFinding<Quantity>], _ rules: RuleSet<Quantity>) -> [Mention] {
        found.map { Mention(type: .number, span: $0.span, value: .number($0.value), rule: rules.rules[$0.rule].name) }
    }

    /// Every spelling of every language's corpus, for the generic corpus test.
    package static var corpusCases: [CorpusCase<Quantity>] {
        Language.allCases.flatMap { language -> [CorpusCase<Quantity>] in
            switch language {
            case .fr: return CorpusEntry.cases(NumberRulesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(NumberRulesEN.corpus, language: .en)
            }
        }
    }

    /// Near misses that must give no number, printed as `fr: "un appel" → nil`.
    package static var negativeCases: [CorpusCase<Quantity?>] {
        Language.allCases.flatMap { language -> [CorpusCase<Quantity?>] in
            let inputs: [String]
            switch language {
            case .fr: inputs = NumberRulesFR.negativeCorpus
            case .en: inputs = NumberRulesEN.negativeCorpus
            }
            return inputs.map { CorpusCase(language: language, input: $0, expected: nil) }
        }
    }
}
