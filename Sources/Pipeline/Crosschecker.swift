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
        public init(language: Language? = nil, published: CalendarDate? = nil) {
            self.language = language; self.published = published
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
        self.reconciler = Reconciler(oneOffTypes: Set(lexicon.entries.filter { $0.kind == .agreement }.map(\.id)))
    }

    var ingestor: Ingestor { Ingestor(options: .init(language: options.language, published: options.published)) }

    /// One document and what extraction found in it.
    public struct Extracted: Sendable {
        public let document: Document
        public let extraction: Extraction
        public init(document: Document, extraction: Extraction) { self.document = document; self.extraction = extraction }
    }

    /// Reads and extracts; documents come back sorted by id whatever order they finished in.
    public func extract(paths: [String]) async -> (documents: [Extracted], problems: [InputProblem]) {
        let ingested = ingestor.ingest(paths: paths)
        let extracted = await extract(ingested.documents)
        return (extracted, ingested.problems)
    }

    /// Extracts from documents concurrently, at most one task per core at a time.
    public func extract(_ documents: [Document]) async -> [Extracted] {
        let extractor = self.extractor
        let width = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results: [Extracted] = []
        results.reserveCapacity(documents.count)
        await withTaskGroup(of: Extracted.self) { group in
            var next = 0
            for _ in 0..<Swift.min(width, documents.count) {
                let d = documents[next]; next += 1
                group.addTask { Extracted(document: d, extraction: extractor.extract(from: d)) }
            }
            while let done = await group.next() {
                results.append(done)
                if next < documents.count {
                    let d = documents[next]; next += 1
                    group.addTask { Extracted(document: d, extraction: extractor.extract(from: d)) }
                }
            }
        }
        return results.sorted { ($0.document.id, $0.document.path ?? "") < ($1.document.id, $1.document.path ?? "") }
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
