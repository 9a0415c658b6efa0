/// What extraction needs to know besides the text: the language, the date relative
/// expressions are resolved against, and the lexicon.
public struct ExtractionContext: Sendable {
    public let language: Language
    /// Usually the publication date; `--published` overrides it. Nil: relative and year-less
    /// expressions stay unresolved, with their anchor named.
    public let referenceDate: CalendarDate?
    public let lexicon: Lexicon
    /// The document id stamped on evidence.
    public let documentID: String

    public init(language: Language, referenceDate: CalendarDate? = nil, lexicon: Lexicon, documentID: String = "") {
        self.language = language; self.referenceDate = referenceDate; self.lexicon = lexicon; self.documentID = documentID
    }
}
