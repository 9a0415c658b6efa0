/// Time expressions, normalised TIMEX3-style and resolved against the reference date.
///
/// Rules per language live in `FR/DateRulesFR.swift` and `EN/DateRulesEN.swift`, each beside its
/// corpus. They read a ``DateReading`` (what the words say); ``DateResolver`` in
/// `DateHelpers.swift` turns it into a ``TimeValue`` against ``ExtractionContext/referenceDate``,
/// leaning year-less and bare-weekday expressions to the future in planned clauses and to the
/// past otherwise (``Modality/detect(in:tokens:language:)``, once per sentence with a date).
public enum Dates {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        let dimensions = RuleDimensions.of(context.language)
        return mentions(dimensions.scan(text, .dates).dates, dimensions.dates, in: text,
                        cues: ModalityCueCache(text: text, language: context.language), context)
    }

    /// The mentions of what `rules` found (``RuleDimensions/scan(_:_:)``), resolved against the
    /// reference date. `cues`: the document's modality cues, shared with the event rules.
    static func mentions(_ found: [RuleFinding<DateReading>], _ rules: RuleSet<DateReading>, in text: TokenizedText,
                         cues: ModalityCueCache, _ context: ExtractionContext) -> [Mention] {
        let reference = DateResolver.Reference(context.referenceDate)
        var modality: (sentence: Int, value: Modality)? = nil
        return found.map { found in
            let s = text.sentenceIndex(ofToken: found.tokens.lowerBound)
            if modality?.sentence != s {
                modality = (s, cues.modality(text.sentences[s]))
            }
            let value = DateResolver.resolve(found.value, reference: reference, modality: modality!.value)
            return Mention(type: .date, span: found.span, value: .time(value), rule: rules.rules[found.rule].name)
        }
    }

    /// Every spelling of every language's corpus, for the generic corpus test. The expected value
    /// is the TIMEX3 value against the fixed reference date, with the modifier if any
    /// (``TimeValue/description``: "2024 (START)").
    package static var corpusCases: [CorpusCase<String>] {
        Language.allCases.flatMap { language -> [CorpusCase<String>] in
            switch language {
            case .fr: return CorpusEntry.cases(DateRulesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(DateRulesEN.corpus, language: .en)
            }
        }
    }

    /// The same without a reference date: year-less and relative expressions stay unresolved.
    package static var unanchoredCases: [CorpusCase<String>] {
        Language.allCases.flatMap { language -> [CorpusCase<String>] in
            switch language {
            case .fr: return CorpusEntry.cases(DateRulesFR.unanchoredCorpus, language: .fr)
            case .en: return CorpusEntry.cases(DateRulesEN.unanchoredCorpus, language: .en)
            }
        }
    }

    /// Near misses that must give no date, printed as `fr: "2025 euros" → nil`.
    package static var negativeCases: [CorpusCase<String?>] {
        Language.allCases.flatMap { language -> [CorpusCase<String?>] in
            let inputs: [String]
            switch language {
            case .fr: inputs = DateRulesFR.negativeCorpus
            case .en: inputs = DateRulesEN.negativeCorpus
            }
            return inputs.map { CorpusCase(language: language, input: $0, expected: nil) }
        }
    }
}
