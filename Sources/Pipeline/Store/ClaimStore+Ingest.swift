import Foundation
import Extract
import GRDB

/// What an ingest run did, for the summary line and for tools.
public struct IngestSummary: Sendable, Equatable {
    /// Documents the store did not have.
    public var new = 0
    /// Documents the store had with another content: their claims were replaced.
    public var changed = 0
    /// Documents the store already had with the same content: left alone.
    public var unchanged = 0
    /// Inputs that could not be read, and documents whose content the store (or this run)
    /// already has under another id.
    public var skipped = 0
    /// Documents read (new + changed + unchanged + duplicates).
    public var documents = 0
    /// UTF-8 bytes of the texts read.
    public var bytes = 0
    /// Claims written for the new and changed documents.
    public var claims = 0
    public var seconds: Double = 0
    /// Every problem met, in input order: unreadable inputs, renamed ids, duplicates.
    public var problems: [InputProblem] = []

    public init() {}

    /// "ingested 3 new, 1 changed, 10 unchanged, 0 skipped in 0.4 s"
    public var line: String {
        "ingested \(new) new, \(changed) changed, \(unchanged) unchanged, \(skipped) skipped in "
            + String(format: "%.1f", seconds) + " s"
    }
}

/// How far a long ingest run is, reported after each input.
public struct IngestProgress: Sendable {
    public let sourcesDone: Int
    public let sourcesTotal: Int
    public let documents: Int
    public let bytes: Int
    public let elapsed: TimeInterval

    /// Documents per second so far.
    public var rate: Double { elapsed > 0 ? Double(documents) / elapsed : 0 }
    /// Seconds left, extrapolated from the inputs done so far.
    public var remaining: TimeInterval? {
        guard sourcesDone > 0, elapsed > 0 else { return nil }
        return elapsed / Double(sourcesDone) * Double(sourcesTotal - sourcesDone)
    }
}

extension ClaimStore {
    /// Reads `paths`, extracts claims from the documents the store does not have yet (or has
    /// with another content), and adds them: the whole run is one transaction.
    ///
    /// The run streams: inputs are read one at a time, documents are extracted in batches of
    /// `batchSize` (concurrently, through ``Crosschecker/extract(_:)``) and staged in temporary
    /// tables of the writer connection (on disk, deleted by SQLite even if the process dies),
    /// so memory holds one batch, not the corpus. Only then one `BEGIN IMMEDIATE` transaction
    /// moves the staged rows into the store: other processes can read all along and wait
    /// (up to ``busyTimeout``) only for that last step, and a run killed at any moment leaves
    /// the store as before or complete.
    ///
    /// A document is identified by its id (as ``Ingestor`` gives it; ids repeated within a run
    /// are renamed by ``DocumentIDRegistry``) and its content hash (SHA-256 of its text and
    /// metadata, see `Document.contentHash`): same id and hash — unchanged, skipped before
    /// extraction; same id, other hash — changed: its claims are replaced and the new version is
    /// added to `document_versions`; a hash already stored under another id — a duplicate,
    /// skipped with a problem.
    public func ingest(paths: [String], with crosschecker: Crosschecker, batchSize: Int = 64,
                       progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws(StoreError) -> IngestSummary {
        let ingestor = crosschecker.ingestor
        return try await offCooperativePool { () throws(StoreError) -> IngestSummary in
            let (sources, listing) = ingestor.sources(for: paths)
            return try self.runIngest(extract: { documents in await crosschecker.extract(documents) },
                                      batchSize: batchSize, problems: listing, sourceCount: sources.count, progress: progress) { each in
                var problems: [InputProblem] = []
                for (index, source) in sources.enumerated() {
                    problems += ingestor.load(source) { each($0, index) }
                    each(nil, index + 1)
                }
                return problems
            }
        }
    }

    /// Adds documents already in memory (tools, tests); the same rules as ``ingest(paths:with:batchSize:progress:)``.
    public func ingest(documents: [Document], with crosschecker: Crosschecker = Crosschecker(),
                       batchSize: Int = 64) async throws(StoreError) -> IngestSummary {
        try await offCooperativePool { () throws(StoreError) -> IngestSummary in
            try self.runIngest(extract: { documents in await crosschecker.extract(documents) },
                               batchSize: batchSize, problems: [], sourceCount: documents.count, progress: nil) { each in
                for (index, document) in documents.enumerated() { each(document, index); each(nil, index + 1) }
                return []
            }
        }
    }

    /// Adds documents extracted elsewhere, with their claims as given (ids must be unique);
    /// the same rules as ``ingest(paths:with:batchSize:progress:)``.
    public func ingest(extracted: [Crosschecker.Extracted], batchSize: Int = 64) async throws(StoreError) -> IngestSummary {
        let byID = Dictionary(extracted.map { ($0.document.id, $0.extraction) }, uniquingKeysWith: { a, _ in a })
        return try await offCooperativePool { () throws(StoreError) -> IngestSummary in
            try self.runIngest(extract: { documents in
                documents.map { Crosschecker.Extracted(document: $0, extraction: byID[$0.id] ?? Extraction(mentions: [], claims: [])) }
            }, batchSize: batchSize, problems: [], sourceCount: extracted.count, progress: nil) { each in
                for (index, e) in extracted.enumerated() { each(e.document, index); each(nil, index + 1) }
                return []
            }
        }
    }

    /// The run itself, synchronous, on a thread of its own. Two batches are in flight: while
    /// one is extracted and its claims encoded (on the cooperative pool, every core), this
    /// thread reads the next inputs and writes the batch before to the staging tables.
    /// - Parameter read: calls `each(document, sourcesDone)` for every document, and
    ///   `each(nil, sourcesDone)` after each source; returns the problems met while reading.
    private func runIngest(extract: @escaping @Sendable ([Document]) async -> [Crosschecker.Extracted], batchSize: Int,
                           problems listing: [InputProblem], sourceCount: Int, progress: (@Sendable (IngestProgress) -> Void)?,
                           read: ((Document?, Int) -> Void) -> [InputProblem]) throws(StoreError) -> IngestSummary {
        let clock = ContinuousClock.now
        let started = Date()
        var summary = IngestSummary()
        let staging = try guarded { try Staging(pool: pool) }
        defer { staging.drop() }

        var registry = DocumentIDRegistry()
        var pending: [Document] = []
        var inFlight: PreparedBatch?
        var runHashes: [String: String] = [:]      // content hash → id, within this run
        var failure: StoreError?
        var lastReport = ContinuousClock.now

        func flush(last: Bool = false) {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            guard failure == nil else { return }
            do {
                let fresh = try unknown(batch, runHashes: &runHashes, summary: &summary)
                let previous = inFlight
                inFlight = fresh.isEmpty ? nil : PreparedBatch(fresh, extract: extract)
                if let previous { try staging.add(try previous.wait()) }
                if last, let final = inFlight { inFlight = nil; try staging.add(try final.wait()) }
            } catch {
                failure = ClaimStore.storeError(error, path: path)
            }
        }

        var readProblems = read { document, sourcesDone in
            guard failure == nil else { return }
            if let document {
                let (unique, warning) = registry.register(document)
                if let warning { summary.problems.append(warning) }
                summary.documents += 1
                summary.bytes += unique.text.utf8.count
                pending.append(unique)
                if pending.count >= batchSize { flush() }
            } else if let progress, ContinuousClock.now - lastReport > .milliseconds(250) || sourcesDone == sourceCount {
                lastReport = .now
                progress(IngestProgress(sourcesDone: sourcesDone, sourcesTotal: sourceCount, documents: summary.documents,
                                        bytes: summary.bytes, elapsed: (ContinuousClock.now - clock).seconds))
            }
        }
        flush(last: true)
        _ = try? inFlight?.wait()      // after a failure: let the last extraction finish before the staging goes
        if let failure { throw failure }
        readProblems = listing + readProblems
        summary.problems = readProblems + summary.problems
        summary.skipped += readProblems.filter { $0.severity == .error }.count

        if summary.documents > 0 {
            let committed = try guarded { try staging.commit(startedAt: started, skipped: summary.skipped) }
            summary.new = committed.new
            summary.changed = committed.changed
            summary.unchanged += committed.unchanged
            summary.skipped += committed.duplicates.count
            summary.claims = committed.claims
            summary.problems += committed.duplicates
        }
        summary.seconds = (ContinuousClock.now - clock).seconds
        return summary
    }

    /// The documents of a batch the store (or this run) does not have yet, with their hashes;
    /// the others are counted as unchanged, or skipped as duplicates of another id.
    private func unknown(_ batch: [Document], runHashes: inout [String: String],
                         summary: inout IngestSummary) throws -> [(Document, String)] {
        guard !batch.isEmpty else { return [] }
        let hashed = batch.map { ($0, $0.contentHash) }
        let (storedHashes, storedByHash) = try pool.read { db in
            var byID: [String: String] = [:], byHash: [String: String] = [:]
            let ids = hashed.map(\.0.id), hashes = hashed.map(\.1)
            for row in try Row.fetchAll(db, sql: "SELECT id, hash FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                                        arguments: [ClaimStore.jsonArray(ids)]) {
                byID[row["id"]] = row["hash"]
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, hash FROM documents WHERE hash IN (SELECT value FROM json_each(?))",
                                        arguments: [ClaimStore.jsonArray(hashes)]) {
                byHash[row["hash"]] = row["id"]
            }
            return (byID, byHash)
        }
        var fresh: [(Document, String)] = []
        for (document, hash) in hashed {
            if storedHashes[document.id] == hash { summary.unchanged += 1; continue }
            if let other = runHashes[hash] ?? (storedHashes[document.id] == nil ? storedByHash[hash] : nil) {
                summary.skipped += 1
                summary.problems.append(InputProblem(input: document.path ?? document.id,
                                                     message: "same content as document \"\(other)\"; not added again"))
                continue
            }
            runHashes[hash] = document.id
            fresh.append((document, hash))
        }
        return fresh
    }

    static func jsonArray(_ strings: [String]) -> String {
        String(decoding: try! JSONEncoder().encode(strings), as: UTF8.self)
    }
}

/// The staging tables of one ingest run, in the writer connection's temp schema.
private struct Staging: Sendable {
    let pool: DatabasePool
    let documents: String
    let claims: String

    init(pool: DatabasePool) throws {
        self.pool = pool
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        documents = "temp.staged_documents_" + suffix
        claims = "temp.staged_claims_" + suffix
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TABLE \(documents) (
                    id TEXT PRIMARY KEY NOT NULL, language TEXT, published TEXT, title TEXT, url TEXT, source TEXT,
                    path TEXT, hash TEXT NOT NULL, bytes INTEGER NOT NULL, mentions INTEGER NOT NULL,
                    claims INTEGER NOT NULL, text TEXT NOT NULL, status TEXT);
                CREATE TABLE \(claims) (
                    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, series TEXT NOT NULL,
                    attribute TEXT NOT NULL, json TEXT NOT NULL);
                """)
        }
    }

    /// Writes one prepared batch (a transaction on the temp schema only: the store is not locked).
    func add(_ rows: [PreparedDocument]) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.deferred) {
                let insertDocument = try db.cachedStatement(sql: """
                    INSERT INTO \(documents) (id, language, published, title, url, source, path, hash, bytes, mentions, claims, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let insertClaim = try db.cachedStatement(sql: """
                    INSERT INTO \(claims) (document_id, series, attribute, json) VALUES (?, ?, ?, ?)
                    """)
                for row in rows {
                    let d = row.document
                    try insertDocument.execute(arguments: [
                        d.id, d.language?.rawValue, d.published?.iso, d.title, d.url, d.source, d.path, row.hash,
                        d.text.utf8.count, row.mentions, row.claims.count, d.text,
                    ])
                    for claim in row.claims {
                        try insertClaim.execute(arguments: [d.id, claim.series, claim.attribute, claim.json])
                    }
                }
                return .commit
            }
        }
    }

    struct Committed {
        var new = 0, changed = 0, unchanged = 0, claims = 0
        var duplicates: [InputProblem] = []
    }

    /// Moves the staged rows into the store in one immediate transaction, re-checking each
    /// document against the store as it is now (another run may have committed meanwhile).
    func commit(startedAt: Date, skipped: Int) throws -> Committed {
        try pool.writeWithoutTransaction { db in
            var result = Committed()
            try db.inTransaction(.immediate) {
                let now = Date()
                try db.execute(sql: """
                    INSERT INTO runs (started_at, finished_at, new_documents, changed_documents, unchanged_documents, skipped_inputs)
                    VALUES (?, ?, 0, 0, 0, ?)
                    """, arguments: [startedAt, now, skipped])
                let run = db.lastInsertedRowID
                try db.execute(sql: """
                    UPDATE \(documents) AS s SET status = CASE
                        WHEN EXISTS (SELECT 1 FROM main.documents d WHERE d.id = s.id AND d.hash = s.hash) THEN 'unchanged'
                        WHEN EXISTS (SELECT 1 FROM main.documents d WHERE d.id = s.id) THEN 'changed'
                        WHEN EXISTS (SELECT 1 FROM main.documents d WHERE d.hash = s.hash) THEN 'duplicate'
                        ELSE 'new' END;
                    DELETE FROM main.claims WHERE document_id IN (SELECT id FROM \(documents) WHERE status = 'changed');
                    INSERT INTO main.documents (id, language, published, title, url, source, path, hash, bytes, mentions, claims,
                                                ingested_at, run_id)
                        SELECT id, language, published, title, url, source, path, hash, bytes, mentions, claims, :now, :run
                        FROM \(documents) WHERE status IN ('new', 'changed') ORDER BY id
                        ON CONFLICT (id) DO UPDATE SET language = excluded.language, published = excluded.published,
                            title = excluded.title, url = excluded.url, source = excluded.source, path = excluded.path,
                            hash = excluded.hash, bytes = excluded.bytes, mentions = excluded.mentions,
                            claims = excluded.claims, ingested_at = excluded.ingested_at, run_id = excluded.run_id;
                    INSERT INTO main.document_texts (document_id, text)
                        SELECT id, text FROM \(documents) WHERE status IN ('new', 'changed') ORDER BY id
                        ON CONFLICT (document_id) DO UPDATE SET text = excluded.text;
                    INSERT INTO main.document_versions (document_id, hash, bytes, ingested_at, run_id)
                        SELECT id, hash, bytes, :now, :run FROM \(documents) WHERE status IN ('new', 'changed') ORDER BY id;
                    INSERT INTO main.claims (document_id, series, attribute, json)
                        SELECT c.document_id, c.series, c.attribute, c.json
                        FROM \(claims) c JOIN \(documents) s ON s.id = c.document_id
                        WHERE s.status IN ('new', 'changed') ORDER BY c.document_id, c.id;
                    """, arguments: ["now": now, "run": run])
                result.claims = db.changesCount
                for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM \(documents) GROUP BY status") {
                    let n: Int = row["n"]
                    switch row["status"] as String? {
                    case "new": result.new = n
                    case "changed": result.changed = n
                    case "unchanged": result.unchanged = n
                    default: break
                    }
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT s.id, s.path, d.id AS other FROM \(documents) s JOIN main.documents d ON d.hash = s.hash
                    WHERE s.status = 'duplicate' ORDER BY s.id
                    """) {
                    let other: String = row["other"]
                    result.duplicates.append(InputProblem(input: row["path"] ?? row["id"],
                                                          message: "same content as document \"\(other)\"; not added again"))
                }
                try db.execute(sql: """
                    UPDATE runs SET new_documents = ?, changed_documents = ?, unchanged_documents = ?,
                        skipped_inputs = skipped_inputs + ? WHERE id = ?
                    """, arguments: [result.new, result.changed, result.unchanged, result.duplicates.count, run])
                return .commit
            }
            return result
        }
    }

    /// Removes the staging tables (SQLite deletes the temp file itself when the process ends).
    func drop() {
        try? pool.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TABLE IF EXISTS \(documents); DROP TABLE IF EXISTS \(claims)")
        }
    }
}

// MARK: Threads

/// Runs blocking work on a thread of its own, so the cooperative pool stays free for the
/// concurrent extraction the work waits for.
func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () throws(StoreError) -> T) async throws(StoreError) -> T {
    let result: Result<T, StoreError> = await withCheckedContinuation { continuation in
        let thread = Thread {
            continuation.resume(returning: Result { () throws(StoreError) -> T in try work() })
        }
        thread.stackSize = 16 << 20     // libxml2 recursion on deeply nested HTML
        thread.start()
    }
    return try result.get()
}

/// A document ready for the staging tables: extracted, its claims encoded.
struct PreparedDocument: Sendable {
    struct Row: Sendable { let series: String, attribute: String, json: String }
    let document: Document
    let hash: String
    let mentions: Int
    let claims: [Row]
}

/// One batch being extracted and encoded on the cooperative pool while the ingest thread
/// goes on reading; ``wait()`` blocks that thread (never a pool thread) until it is done.
final class PreparedBatch: @unchecked Sendable {
    private var result: Result<[PreparedDocument], any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ documents: [(Document, String)], extract: @escaping @Sendable ([Document]) async -> [Crosschecker.Extracted]) {
        let hashes = Dictionary(documents.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a })
        let batch = documents.map(\.0)
        Task.detached { [self] in
            let extracted = await extract(batch)
            // Encoding claims as JSON costs about as much as extracting them: spread it over the cores too.
            let prepared = await withTaskGroup(of: Result<PreparedDocument, any Error>.self) { group in
                for e in extracted {
                    group.addTask {
                        Result {
                            let encoder = JSONEncoder()
                            return PreparedDocument(
                                document: e.document, hash: hashes[e.document.id] ?? e.document.contentHash,
                                mentions: e.extraction.mentions.count,
                                claims: try e.extraction.claims.map {
                                    PreparedDocument.Row(series: $0.seriesKey, attribute: $0.attribute.rawValue,
                                                         json: String(decoding: try encoder.encode($0), as: UTF8.self))
                                })
                        }
                    }
                }
                var all: [Result<PreparedDocument, any Error>] = []
                for await r in group { all.append(r) }
                return all
            }
            result = Result { try prepared.map { try $0.get() }.sorted { $0.document.id < $1.document.id } }
            done.signal()
        }
    }

    /// Blocks until the batch is ready.
    func wait() throws -> [PreparedDocument] {
        done.wait()
        defer { done.signal() }     // later calls return at once
        return try result!.get()
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
