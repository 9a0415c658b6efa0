import Foundation
import Extract
import Reconcile

/// The façade of Pipeline: ingest → extract (documents concurrently) → reconcile → report.
public struct Crosschecker: Sendable {
    public struct Options: Sendable {
        /// `--lang`: forces every document's language.
        public var language: Language?
        /// `--published`: the reference date of documents that give none.
        public var published: CalendarDate?
        /// How many documents are read and extracted at the same time; nil: one per core.
        public var concurrency: Int?
        public init(language: Language? = nil, published: CalendarDate? = nil, concurrency: Int? = nil) {
            self.language = language; self.published = published; self.concurrency = concurrency
        }
    }

    public let options: Options
    public let extractor: Extractor
    public let reconciler: Reconciler

    /// - Parameter lexicon: the bundled lexicon plus any user lexicon files already loaded.
    public init(options: Options = Options(), lexicon: Lexicon = .bundled) {
        self.options = options
        self.extractor = Extractor(lexicon: lexicon)
        // A named agreement is launched once per set of parties: its launch and its signing are one event.
        self.reconciler = Reconciler(oneOffTypes: lexicon.oneOffEventTypes)
    }

    var ingestor: Ingestor { Ingestor(options: .init(language: options.language, published: options.published)) }

    /// One document and what extraction found in it.
    public struct Extracted: Sendable {
        public let document: Document
        public let extraction: Extraction
        public init(document: Document, extraction: Extraction) { self.document = document; self.extraction = extraction }
    }

    /// Reads and extracts; documents come back sorted by id whatever order they finished in.
    /// Reading (HTML parsing, boilerplate, language detection) runs on all cores too, through
    /// ``forEachExtracted(paths:_:)``; documents and problems are those of ``Ingestor/ingest(paths:)``.
    public func extract(paths: [String]) async -> (documents: [Extracted], problems: [InputProblem]) {
        var extracted: [Extracted] = []
        var problems = await forEachExtracted(paths: paths) { extracted.append($0) }
        extracted.sort { ($0.document.id, $0.document.path ?? "") < ($1.document.id, $1.document.path ?? "") }
        problems += datingDatelines(&extracted)
        return (extracted, problems)
    }

    /// Articles whose only date is a dateline's day without its year ("BRUSSELS, 26 June (Maghreb
    /// Wire) -") take the year that puts that day nearest the middle of the batch's dates, and
    /// are read again with it: a batch is one story's coverage, written within days. Each is
    /// named in a warning, so an editor sees which dates were inferred. A batch with no dated
    /// article leaves them as they are.
    func datingDatelines(_ extracted: inout [Extracted]) -> [InputProblem] {
        let dates = extracted.compactMap(\.document.published).sorted()
        guard !dates.isEmpty else { return [] }
        let middle = dates[dates.count / 2]
        var problems: [InputProblem] = []
        for i in extracted.indices {
            let document = extracted[i].document
            guard document.published == nil, let day = document.datelineDay, let date = day.nearest(to: middle) else { continue }
            let dated = document.dated(date)
            extracted[i] = Extracted(document: dated, extraction: extractor.extract(from: dated))
            problems.append(InputProblem(input: document.path ?? document.id,
                                         message: "its dateline gives no year: read as \(date.iso), the year of the other articles' dates",
                                         severity: .warning))
        }
        return problems
    }

    /// How many documents are worked on at once: ``Options/concurrency``, else one per core.
    public var width: Int { Swift.max(1, options.concurrency ?? ProcessInfo.processInfo.activeProcessorCount) }

    /// Extracts from documents concurrently, at most ``width`` tasks at a time.
    public func extract(_ documents: [Document]) async -> [Extracted] {
        let extractor = self.extractor
        let width = self.width
        var results: [Extracted] = []
        results.reserveCapacity(documents.count)
        if width == 1 {
            // One at a time: here, without a task and a thread hand-off per document.
            results = documents.map { Extracted(document: $0, extraction: extractor.extract(from: $0)) }
        } else {
            // Documents go to tasks in runs of four: a task and its hand-off cost about as much
            // as extracting a short page.
            let runs = stride(from: 0, to: documents.count, by: 4).map { $0..<Swift.min($0 + 4, documents.count) }
            await withTaskGroup(of: [Extracted].self) { group in
                var next = 0
                func startOne() {
                    guard next < runs.count else { return }
                    let run = documents[runs[next]]
                    next += 1
                    group.addTask { run.map { Extracted(document: $0, extraction: extractor.extract(from: $0)) } }
                }
                for _ in 0..<width { startOne() }
                while let done = await group.next() {
                    results += done
                    startOne()
                }
            }
        }
        return results.sorted { ($0.document.id, $0.document.path ?? "") < ($1.document.id, $1.document.path ?? "") }
    }

    /// Streams: reads and extracts what `paths` name (files, directories, JSON Lines), ``width``
    /// tasks at a time, and hands each document to `body` in input order, then lets it go.
    /// Memory is bounded by the few documents in flight (at most 4 × ``width`` tasks' worth are
    /// read ahead: four files, or one JSON Lines file, each), never by the corpus: keep what
    /// you need (e.g. the claims) in `body`.
    /// Documents, ids and problems (in their order) are those of ``Ingestor/ingest(paths:)``.
    /// A JSON Lines file is one source: its documents are read and extracted together.
    /// - Returns: every problem met, in input order.
    public func forEachExtracted(paths: [String], _ body: (Extracted) -> Void) async -> [InputProblem] {
        let extractor = self.extractor
        let ingestor = self.ingestor
        let width = self.width
        // The sources in order; what listing a path met is reported before that path's sources.
        var enumerator = InputEnumerator()
        var sources: [InputSource] = []
        var listing: [Int: [InputProblem]] = [:]
        for path in paths {
            let found = enumerator.sources(for: path)
            if !found.problems.isEmpty { listing[sources.count, default: []] += found.problems }
            sources += found.sources
        }
        var problems: [InputProblem] = []
        var registry = DocumentIDRegistry()
        typealias Loaded = (documents: [(Document, Int?)], extractions: [Extraction], problems: [InputProblem])
        @Sendable func load(_ source: InputSource) -> Loaded {
            var documents: [(Document, Int?)] = []
            let found = ingestor.load(source) { document, line in documents.append((document, line)) }
            return (documents, documents.map { extractor.extract(from: $0.0) }, found)
        }
        /// Hands on source `k`'s documents, after the problems met listing the paths before it.
        func deliver(_ k: Int, _ loaded: Loaded) {
            problems += listing.removeValue(forKey: k) ?? []
            for ((document, line), extraction) in zip(loaded.documents, loaded.extractions) {
                let (unique, warning) = registry.register(document, line: line)
                if let warning { problems.append(warning) }
                // A renamed document is extracted again: its evidence must carry the new id.
                body(Extracted(document: unique, extraction: unique.id == document.id ? extraction : extractor.extract(from: unique)))
            }
            problems += loaded.problems
        }
        if width == 1 {
            // One source at a time: done right here, rather than handing every source to a task
            // and waking this one up again (thread hand-offs that cost as much as a short page).
            for (k, source) in sources.enumerated() { deliver(k, load(source)) }
        } else {
            // A task and the hand-off of its result cost about as much as extracting a short
            // page: files go to tasks in runs of up to four. A JSON Lines file (a whole feed,
            // maybe) goes alone, so what is read ahead stays a few tasks' worth.
            var batches: [Range<Int>] = []
            var start = 0
            while start < sources.count {
                var end = start + 1
                if sources[start].format != .jsonLines {
                    while end < sources.count, end - start < 4, sources[end].format != .jsonLines { end += 1 }
                }
                batches.append(start..<end)
                start = end
            }
            let all = sources
            await withTaskGroup(of: (Int, [Loaded]).self) { group in
                var next = 0, delivered = 0, running = 0
                var finished: [Int: [Loaded]] = [:]
                func startMore() {
                    while next < batches.count, running < width, next - delivered < 4 * width {
                        let b = next, range = batches[b]
                        next += 1; running += 1
                        group.addTask { (b, range.map { load(all[$0]) }) }
                    }
                }
                startMore()
                while let (b, loaded) = await group.next() {
                    running -= 1
                    finished[b] = loaded
                    while let loaded = finished.removeValue(forKey: delivered) {
                        for (k, one) in zip(batches[delivered], loaded) { deliver(k, one) }
                        delivered += 1
                    }
                    startMore()
                }
            }
        }
        problems += listing.removeValue(forKey: sources.count) ?? []
        return problems
    }

    /// The whole check: a report, and whether anything at all could be read.
    public func check(paths: [String], dismissed: Set<String> = []) async -> Report {
        let (extracted, problems) = await extract(paths: paths)
        return report(extracted, problems: problems, dismissed: dismissed)
    }

    public func report(_ extracted: [Extracted], problems: [InputProblem], dismissed: Set<String> = []) -> Report {
        var problems = problems
        for e in extracted where e.document.language == nil {
            problems.append(InputProblem(input: e.document.path ?? e.document.id,
                                         message: "no claims drawn: the language is neither French nor English", severity: .warning))
        }
        let claims = extracted.flatMap(\.extraction.claims)
        var published: [String: CalendarDate] = [:]
        for e in extracted { if let p = e.document.published { published[e.document.id] = p } }
        let reconciliation = reconciler.reconcile(claims, published: published)
        let entries = extracted.map { Report.DocumentEntry(document: $0.document, mentions: $0.extraction.mentions.count,
                                                           claims: $0.extraction.claims.count) }
        return Report(documents: entries, problems: problems, reconciliation: reconciliation, dismissed: dismissed)
    }
}
