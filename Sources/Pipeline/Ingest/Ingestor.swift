public import Extract

/// Reads files, directories, stdin and JSON Lines into documents.
public struct Ingestor: Sendable {
    public struct Options: Sendable {
        public var language: Language?            // --lang fr|en forces it; nil = declared, else detected
        public var published: CalendarDate?       // --published fills documents that have none
        public init(language: Language? = nil, published: CalendarDate? = nil) {
            self.language = language; self.published = published
        }
    }

    public let options: Options
    public init(options: Options = Options()) { self.options = options }

    public func ingest(paths: [String]) -> IngestResult {
        IngestResult()
    }
}
