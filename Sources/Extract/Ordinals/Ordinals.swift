/// Ordinals: "1er", "troisième", "XXIXe", "third", "29th". The value is the rank (an `Int`);
/// the span covers the ordinal only, and the noun it counts is read later by Events.
///
/// Rules per language live in `FR/OrdinalRulesFR.swift` and `EN/OrdinalRulesEN.swift`, each
/// beside its corpus; shapes shared by both in `OrdinalHelpers.swift`.
public enum Ordinals {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        let rules = ruleSet(for: context.language)
        return rules.scan(text).map {
            Mention(type: .ordinal, span: $0.span, value: .ordinal($0.value), rule: rules.rules[$0.rule].name)
        }
    }

    static func ruleSet(for language: Language) -> RuleSet<Int> {
        switch language {
        case .fr: return OrdinalRulesFR.rules
        case .en: return OrdinalRulesEN.rules
        }
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
