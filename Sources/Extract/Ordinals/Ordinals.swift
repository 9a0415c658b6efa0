/// Ordinals: "1er", "troisième", "XXIXe", "third", "29th". The value is the rank (an `Int`);
/// the span covers the ordinal only, and the noun it counts is read later by Events.
///
/// Rules per language live in `FR/OrdinalRulesFR.swift` and `EN/OrdinalRulesEN.swift`, each
/// beside its corpus; shapes shared by both in `OrdinalHelpers.swift`.
public enum Ordinals {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        let dimensions = RuleDimensions.of(context.language)
        return mentions(dimensions.scan(text, .ordinals).ordinals, dimensions.ordinals)
    }

    /// The mentions of what `rules` found (``RuleDimensions/scan(_:_:)``).
    static func mentions(_ found: [RuleFinding<Int>], _ rules: RuleSet<Int>) -> [Mention] {
        found.map { Mention(type: .ordinal, span: $0.span, value: .ordinal($0.value), rule: rules.rules[$0.rule].name) }
    }

    /// Every spelling of every language's corpus, for the generic corpus test.
    package static var corpusCases: [CorpusCase<Int>] {
        Language.allCases.flatMap { language -> [CorpusCase<Int>] in
            switch language {
            case .fr: return CorpusEntry.cases(OrdinalRulesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(OrdinalRulesEN.corpus, language: .en)
            }
        }
    }

    /// Near misses that must give no ordinal, printed as `fr: "une seconde" → nil`.
    package static var negativeCases: [CorpusCase<Int?>] {
        Language.allCases.flatMap { language -> [CorpusCase<Int?>] in
            let inputs: [String]
            switch language {
            case .fr: inputs = OrdinalRulesFR.negativeCorpus
            case .en: inputs = OrdinalRulesEN.negativeCorpus
            }
            return inputs.map { CorpusCase(language: language, input: $0, expected: nil) }
        }
    }
}
