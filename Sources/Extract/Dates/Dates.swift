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
        var sentences: [Int] = []
        sentences.reserveCapacity(found.count)
        var values = found.map { found in
            let s = text.sentenceIndex(ofToken: found.tokens.lowerBound)
            sentences.append(s)
            if modality?.sentence != s {
                modality = (s, cues.modality(text.sentences[s]))
            }
            return DateResolver.resolve(found.value, reference: reference, modality: modality!.value)
        }
        takeTheYearOfTheirSentence(&values, sentences: sentences, isYearless: { rules.rules[found[$0].rule].name.contains("<month-name>") })
        return found.indices.map { k in
            Mention(type: .date, span: found[k].span, value: .time(values[k]), rule: rules.rules[found[k].rule].name)
        }
    }

    /// "L'an dernier, la réunion s'était tenue les 2 et 3 mai", "Last year's meeting was held
    /// on 2-3 May": a year-less date takes the year that the one relative year of its sentence
    /// gives, not the one nearest the reference date. `values` and `sentences` are in text
    /// order; `isYearless(k)`: value `k` was read by a rule that may leave the year out.
    static func takeTheYearOfTheirSentence(_ values: inout [TimeValue], sentences: [Int], isYearless: (Int) -> Bool) {
        func isRelativeYear(_ v: TimeValue) -> Bool {
            v.anchor != nil && v.isResolved && v.end == nil && v.start.month == nil && v.start.year != nil
        }
        var first = 0
        while first < values.count {
            var last = first
            while last + 1 < values.count, sentences[last + 1] == sentences[first] { last += 1 }
            defer { first = last + 1 }
            guard last > first else { continue }
            let years = (first...last).filter { isRelativeYear(values[$0]) }
            guard years.count == 1, let year = values[years[0]].start.year else { continue }
            for k in first...last where k != years[0] && values[k].anchor != nil && values[k].isResolved && isYearless(k) {
                guard let y = values[k].start.year, y != year else { continue }
                let v = values[k], shift = year - y
                func moved(_ p: TimePoint) -> TimePoint { TimePoint(year: p.year.map { $0 + shift }, month: p.month, day: p.day) }
                values[k] = TimeValue(start: moved(v.start), end: v.end.map(moved), modifier: v.modifier, anchor: v.anchor)
            }
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
