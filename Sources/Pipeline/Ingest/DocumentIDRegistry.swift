public import Extract

/// Keeps document ids unique within a batch: the second "x" becomes "x-2" (the third "x-3"),
/// with a warning naming the input. Use one registry per batch, also when streaming.
public struct DocumentIDRegistry: Sendable {
    private var taken: Set<String> = []

    public init() {}

    /// The document with a unique id, and the warning when its id had to change.
    public mutating func register(_ document: Document, line: Int? = nil) -> (Document, InputProblem?) {
        if taken.insert(document.id).inserted { return (document, nil) }
        var n = 2
        while taken.contains("\(document.id)-\(n)") { n += 1 }
        let id = "\(document.id)-\(n)"
        taken.insert(id)
        let renamed = Document(id: id, text: document.text, language: document.language, published: document.published,
                               title: document.title, url: document.url, source: document.source, path: document.path)
        let warning = InputProblem(input: document.path ?? document.id, line: line,
                                   message: "duplicate id \"\(document.id)\"; renamed \"\(id)\"", severity: .warning)
        return (renamed, warning)
    }
}
