/// One article as crosscheck reads it, after ingestion.
///
/// `text` is NFC-normalised once by Pipeline and never changes afterwards: every ``TextSpan``
/// of every mention and claim points into it, and reports quote it verbatim.
public struct Document: Hashable, Sendable, Codable {
    public let id: String
    public let text: String
    public let language: Language?        // nil: neither French nor English (reported, not guessed)
    public let published: CalendarDate?
    public let title: String?
    public let url: String?
    public let source: String?            // the outlet, e.g. og:site_name or front matter `source`
    public let path: String?              // where it was read from ("-" for stdin)

    public init(id: String, text: String, language: Language?, published: CalendarDate? = nil,
                title: String? = nil, url: String? = nil, source: String? = nil, path: String? = nil) {
        self.id = id; self.text = text; self.language = language; self.published = published
        self.title = title; self.url = url; self.source = source; self.path = path
    }
}
