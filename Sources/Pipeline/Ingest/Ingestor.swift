public import Extract

/// Reads files, directories, stdin and JSON Lines into documents.
///
/// Two ways to use it:
/// - ``ingest(paths:)`` reads a whole batch: documents in a stable order (the order of the
///   paths, directories sorted), ids made unique, every problem recorded.
/// - ``sources(for:)`` then ``load(_:each:)`` per source streams documents one at a time, so
///   a store or a benchmark never holds the corpus (use a ``DocumentIDRegistry`` for the ids).
///
/// Every input that is read becomes a document or a problem, never nothing: an error problem
/// means it was skipped, a warning means it was read with a remark. Limits: a document (a file,
/// stdin, or one JSON Lines line) is at most ``Options/maxDocumentBytes`` (20 MiB by default)
/// and is refused before being read when larger; a JSON Lines file streams and has no limit.
///
/// | Input                         | Outcome                                                        |
/// |-------------------------------|----------------------------------------------------------------|
/// | missing path                  | error "no such file or directory"                              |
/// | directory with no article     | error "no article files in this directory (…)"                 |
/// | empty file / only blanks      | error "empty file" / "no article text"                         |
/// | NUL bytes, mostly control     | error "binary file"                                            |
/// | invalid UTF-8                 | read as Windows-1252, warning naming the first bad byte        |
/// | over the size limit           | error "too large (…)", refused from `fstat`, nothing read      |
/// | JSON Lines line: bad / long   | error at "file.jsonl:N" ("invalid JSON…", "line too long…")    |
/// | deep or truncated HTML        | read (libxml2 recovers; the tree walk uses no stack)           |
/// | language neither fr nor en    | document kept, `language` nil, warning                         |
/// | duplicate id                  | renamed "id-2", warning                                        |
public struct Ingestor: Sendable {
    public struct Options: Sendable {
        public var language: Language?            // --lang fr|en forces it; nil = declared, else detected
        public var published: CalendarDate?       // --published fills documents that have none
        /// The largest document read, in bytes; larger ones are skipped with a "too large" problem.
        public var maxDocumentBytes: Int

        public static let defaultMaxDocumentBytes = 20 << 20

        public init(language: Language? = nil, published: CalendarDate? = nil,
                    maxDocumentBytes: Int = Options.defaultMaxDocumentBytes) {
            self.language = language; self.published = published; self.maxDocumentBytes = maxDocumentBytes
        }
    }

    public let options: Options
    public init(options: Options = Options()) { self.options = options }

    // MARK: A whole batch

    /// Every document of every path, in order, with unique ids, and every problem met.
    public func ingest(paths: [String]) -> IngestResult {
        var result = IngestResult()
        var enumerator = InputEnumerator()
        var ids = DocumentIDRegistry()
        for path in paths {
            let (sources, problems) = enumerator.sources(for: path)
            result.problems += problems
            for source in sources {
                result.problems += load(source) { document, line in
                    let (unique, warning) = ids.register(document, line: line)
                    result.documents.append(unique)
                    if let warning { result.problems.append(warning) }
                }
            }
        }
        return result
    }

    // MARK: Streaming

    /// The sources the paths name, in order, and the problems found while listing them
    /// (missing paths, directories without articles, files left out of a directory).
    public func sources(for paths: [String]) -> (sources: [InputSource], problems: [InputProblem]) {
        var enumerator = InputEnumerator()
        var sources: [InputSource] = [], problems: [InputProblem] = []
        for path in paths {
            let found = enumerator.sources(for: path)
            sources += found.sources
            problems += found.problems
        }
        return (sources, problems)
    }

    /// The documents of one source (one, or one per line for JSON Lines) and its problems.
    /// Ids are not made unique across sources here; ``ingest(paths:)`` does that.
    public func load(_ source: InputSource) -> IngestResult {
        var result = IngestResult()
        result.problems = load(source) { document, _ in result.documents.append(document) }
        return result
    }

    /// Streams the documents of one source to `each` as they are read; returns the problems.
    public func load(_ source: InputSource, each: (Document) -> Void) -> [InputProblem] {
        load(source) { document, _ in each(document) }
    }

    // MARK: In-memory inputs

    /// One document from text already in memory (tests, editors, a server). `name` stands for
    /// the path: it gives the default id (its stem), the format (its extension, else sniffed)
    /// and the name problems carry.
    public func load(text: String, name: String, format: InputSource.Format? = nil) -> IngestResult {
        load(bytes: Array(text.utf8), name: name, format: format)
    }

    /// One document from bytes in memory, decoded as a file would be.
    public func load(bytes: [UInt8], name: String, format: InputSource.Format? = nil) -> IngestResult {
        let source = InputSource(location: .file(name), format: format ?? InputSource.Format(pathExtensionOf: name) ?? .sniff)
        guard source.format != .jsonLines else {
            return IngestResult(problems: [InputProblem(input: name, message: "JSON Lines are read from files (load(_:) with a source)")])
        }
        var result = IngestResult()
        let (document, problems) = document(from: bytes, source: source)
        result.problems = problems
        if let document { result.documents.append(document) }
        return result
    }

    // MARK: Internals

    /// Reads one source, calling `each` with each document and the JSON Lines line it came from.
    func load(_ source: InputSource, each: (Document, Int?) -> Void) -> [InputProblem] {
        var problems: [InputProblem] = []
        if source.format == .jsonLines, case .file(let path) = source.location {
            let assembler = DocumentAssembler(options: options)
            JSONLinesLoader.read(path: path, maxLineBytes: options.maxDocumentBytes, defaultStem: source.stem,
                                 draft: { draft, line, defaultID in
                let (document, found) = assembler.assemble(draft, origin: .init(name: path, line: line, defaultID: defaultID))
                problems += found
                if let document { each(document, line) }
            }, problem: { problems.append($0) })
            return problems
        }
        let read: Result<[UInt8], ReadFailure>
        switch source.location {
        case .file(let path): read = InputBytes.readFile(path: path, limit: options.maxDocumentBytes)
        case .standardInput: read = InputBytes.readStandardInput(limit: options.maxDocumentBytes)
        }
        switch read {
        case .failure(let failure):
            return [InputProblem(input: source.name, message: failure.message)]
        case .success(let bytes):
            let (document, found) = document(from: bytes, source: source)
            if let document { each(document, nil) }
            return found
        }
    }

    /// Bytes → one document: decode, pick the loader, finish.
    func document(from bytes: [UInt8], source: InputSource) -> (Document?, [InputProblem]) {
        switch TextDecoder.decode(bytes, asString: source.format != .html) {
        case .refused(let why):
            return (nil, [InputProblem(input: source.name, message: why)])
        case .utf8(let range, let isNFC):
            return bytes.withUnsafeBufferPointer {
                document(UnsafeBufferPointer(rebasing: $0[range]), text: nil, textIsTriviallyNFC: isNFC, source: source, problems: [])
            }
        case .text(let text, let warning, let isNFC):
            let problems = warning.map { [InputProblem(input: source.name, message: $0, severity: .warning)] } ?? []
            return UTF8Scan.withBytes(text) { document($0, text: text, textIsTriviallyNFC: isNFC, source: source, problems: problems) }
        }
    }

    /// Decoded text, as UTF-8 bytes and as a `String` when the decoder made one, → one
    /// document. HTML is read from the bytes.
    private func document(_ utf8: UnsafeBufferPointer<UInt8>, text: String?, textIsTriviallyNFC: Bool, source: InputSource,
                          problems: [InputProblem]) -> (Document?, [InputProblem]) {
        var problems = problems
        let format = source.format == .sniff ? FormatSniffer.format(of: utf8) : source.format

        var draft: ArticleDraft
        switch format {
        case .html:
            guard let page = HTMLLoader.load(utf8, pageIsTriviallyNFC: textIsTriviallyNFC) else {
                problems.append(InputProblem(input: source.name, message: "HTML could not be parsed"))
                return (nil, problems)
            }
            let m = page.metadata
            let resolved = m.resolved()
            draft = ArticleDraft(text: Substring(page.text), declaredLanguage: m.declaredLanguage, published: resolved.published,
                                 title: resolved.title, url: m.url, source: resolved.source)
            draft.textIsTriviallyNFC = page.textIsTriviallyNFC
        case .text, .markdown, .sniff, .jsonLines:
            let loaded = PlainTextLoader.load(text ?? String(decoding: utf8, as: UTF8.self), markdown: format == .markdown)
            problems += loaded.warnings.map { InputProblem(input: source.name, message: $0, severity: .warning) }
            draft = ArticleDraft(text: loaded.text)
            draft.textIsTriviallyNFC = textIsTriviallyNFC      // a part of the decoded text, scalars unchanged
            if let matter = loaded.frontMatter {
                draft.id = matter.id
                draft.title = matter.title
                draft.url = matter.url
                draft.source = matter.source
                draft.declaredLanguage = matter.lang
                if let raw = matter.published {
                    draft.published = CalendarDate(iso: String(raw.trimmingASCIIWhitespace()))
                    if draft.published == nil {
                        problems.append(InputProblem(input: source.name, message: "published \"\(raw)\" is not a date (YYYY-MM-DD); ignored",
                                                     severity: .warning))
                    }
                }
            }
            if draft.published == nil, loaded.frontMatter?.published == nil {
                draft.published = PublicationLine.date(in: draft.text)
                // Else a wire dateline: its date, or its day until the batch tells the year.
                if draft.published == nil, let d = Dateline.date(in: draft.text) {
                    if let year = d.year { draft.published = CalendarDate(year: year, month: d.month, day: d.day) }
                    else { draft.datelineDay = DayOfYear(month: d.month, day: d.day) }
                }
            }
        }
        let assembler = DocumentAssembler(options: options)
        let (document, found) = assembler.assemble(draft, origin: .init(name: source.name, line: nil, defaultID: source.stem))
        return (document, problems + found)
    }
}
