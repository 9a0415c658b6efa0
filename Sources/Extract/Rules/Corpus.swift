/// One expected value and every spelling that must give it, exactly once, over the whole input
/// (Duckling's corpus convention). Corpora sit beside their rules, per language.
package struct CorpusEntry<Value: Sendable & Equatable>: Sendable {
    package let expected: Value
    package let spellings: [String]

    package init(_ expected: Value, _ spellings: String...) {
        self.expected = expected; self.spellings = spellings
    }
}

/// One spelling to test, flattened from a corpus, printed as `fr: "29e" → 29` on failure.
package struct CorpusCase<Value: Sendable & Equatable>: Sendable, CustomStringConvertible {
    package let language: Language
    package let input: String
    package let expected: Value

    package init(language: Language, input: String, expected: Value) {
        self.language = language; self.input = input; self.expected = expected
    }

    package var description: String { "\(language.rawValue): \"\(input)\" → \(expected)" }
}

extension CorpusEntry {
    package static func cases(_ entries: [CorpusEntry<Value>], language: Language) -> [CorpusCase<Value>] {
        entries.flatMap { e in e.spellings.map { CorpusCase(language: language, input: $0, expected: e.expected) } }
    }
}

extension ExtractionContext {
    /// The fixed context corpora are written against: reference date Tuesday 2013-02-12
    /// (Duckling's "now"), the bundled lexicon.
    package static func fixed(_ language: Language) -> ExtractionContext {
        ExtractionContext(language: language, referenceDate: CalendarDate(year: 2013, month: 2, day: 12),
                          lexicon: .bundled, documentID: "corpus")
    }
}
