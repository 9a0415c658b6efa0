import Foundation
import Extract
import GRDB

/// The embedded SQLite claim store behind batch runs: documents, their claims, what each
/// report showed, and reviewers' decisions.
///
/// One file, opened in WAL mode through a GRDB `DatabasePool`: readers never wait for the
/// writer, and a writer waits up to ``busyTimeout`` for another process's write to finish.
/// Every ingest run is one transaction (see ``ingest(paths:with:batchSize:progress:)``), so a
/// run killed at any moment leaves the store as it was before the run, or with the whole run.
///
/// Opening never modifies a file that is not a crosscheck store: see ``StoreError``.
public final class ClaimStore: Sendable {
    /// `./crosscheck.sqlite` unless `--store` says otherwise.
    public static let defaultPath = "crosscheck.sqlite"
    /// How long a write waits for another process's write transaction.
    public static let busyTimeout: TimeInterval = 30

    public let path: String
    let pool: DatabasePool

    /// Opens the store at `path`, creating it when missing and `create` is set (or upgrading
    /// its schema when needed).
    /// - Throws: ``StoreError`` — the file is not a crosscheck store, was written by a newer
    ///   crosscheck, is missing and `create` is false, or cannot be used. Refused files are
    ///   left byte-for-byte unchanged.
    public init(path: String = ClaimStore.defaultPath, create: Bool = true) throws(StoreError) {
        self.path = path
        if try StoreSchema.inspect(path) == .absent && !create { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(ClaimStore.busyTimeout)
        configuration.label = "crosscheck-store"
        configuration.prepareDatabase { db in
            // The staging tables of an ingest run live in the writer's temp schema, spilled to disk.
            try db.execute(sql: "PRAGMA temp_store = FILE")
        }
        pool = try ClaimStore.openPool(path: path, configuration: configuration)
        try migrate()
    }

    /// Opens the pool, which switches a new file to WAL mode. SQLite answers that switch with
    /// "database is locked" at once, without its busy handler, while another process holds the
    /// file (two runs creating the same store): it is tried again until ``busyTimeout``.
    private static func openPool(path: String, configuration: Configuration) throws(StoreError) -> DatabasePool {
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        var pause: useconds_t = 5_000
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(pause)
                pause = min(pause * 2, 200_000)
            } catch {
                throw storeError(error, path: path)
            }
        }
    }

    private func migrate() throws(StoreError) {
        let migrator = StoreSchema.migrator
        do {
            if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
            // The file is marked as a store before anything else is written: the migrator commits
            // its bookkeeping table before the first migration, and another process opening the
            // file in between would otherwise see a database with a table of another program.
            try pool.write { db in
                if try Int32.fetchOne(db, sql: "PRAGMA application_id") == 0 {
                    try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
                }
            }
            try migrator.migrate(pool)
        } catch {
            // Two processes creating the same store race on the first migration: the one that
            // loses finds the schema complete, which is all it needed.
            if (try? pool.read({ try migrator.hasCompletedMigrations($0) })) == true { return }
            throw ClaimStore.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
            return .unusable(path: path, reason: error.message ?? String(describing: error.resultCode))
        }
        return .unusable(path: path, reason: String(describing: error))
    }

    /// Runs `body` and turns any failure into a ``StoreError`` naming this store.
    func guarded<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw ClaimStore.storeError(error, path: path) }
    }

    // MARK: What the store holds

    /// Counts, for status lines and tests.
    public struct Statistics: Sendable, Equatable {
        public let documents: Int
        public let versions: Int
        public let claims: Int
        public let runs: Int
        public let reports: Int
        public let reviews: Int
    }

    public func statistics() throws(StoreError) -> Statistics {
        try guarded {
            try pool.read { db in
                func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
                return Statistics(documents: try count("documents"), versions: try count("document_versions"),
                                  claims: try count("claims"), runs: try count("runs"), reports: try count("reports"),
                                  reviews: try count("reviews"))
            }
        }
    }

    /// `PRAGMA integrity_check` — "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try guarded { try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") } }
    }

    /// Ids of the stored documents, sorted.
    public func documentIDs() throws(StoreError) -> [String] {
        try guarded { try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id") } }
    }

    /// One stored document, with its text.
    public func document(id: String) throws(StoreError) -> Document? {
        try guarded {
            try pool.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT d.*, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?
                    """, arguments: [id]).map { ClaimStore.document(from: $0, text: $0["text"]) }
            }
        }
    }

    /// The content hashes a document has had, oldest first.
    public func versions(of id: String) throws(StoreError) -> [(hash: String, ingestedAt: Date)] {
        try guarded {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT hash, ingested_at FROM document_versions WHERE document_id = ? ORDER BY id",
                                 arguments: [id]).map { ($0["hash"], $0["ingested_at"]) }
            }
        }
    }

    /// The stored claims of one document, in extraction order.
    public func claims(ofDocument id: String) throws(StoreError) -> [Claim] {
        try guarded {
            try pool.read { db in
                try String.fetchAll(db, sql: "SELECT json FROM claims WHERE document_id = ? ORDER BY id", arguments: [id])
                    .map(ClaimCoding.decode)
            }
        }
    }

    /// Closes every connection; the store cannot be used afterwards.
    public func close() throws(StoreError) {
        try guarded { try pool.close() }
    }

    static func document(from row: Row, text: String?) -> Document {
        Document(id: row["id"], text: text ?? "", language: (row["language"] as String?).flatMap(Language.init(rawValue:)),
                 published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)),
                 title: row["title"], url: row["url"], source: row["source"], path: row["path"])
    }
}

/// Claims are kept as JSON (``Claim`` is `Codable`), next to the columns they are looked up by.
enum ClaimCoding {
    static func decode(_ json: String) throws -> Claim {
        try JSONDecoder().decode(Claim.self, from: Data(json.utf8))
    }

    /// Decodes many claims, in order, on every core (JSON decoding dominates reading a store).
    static func decodeAll(_ json: [String]) throws -> [Claim] {
        let chunk = 2048
        let chunks = (json.count + chunk - 1) / chunk
        guard chunks > 1 else {
            let decoder = JSONDecoder()
            return try json.map { try decoder.decode(Claim.self, from: Data($0.utf8)) }
        }
        let results = DecodedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { i in
            let decoder = JSONDecoder()
            let slice = json[(i * chunk)..<Swift.min(json.count, (i + 1) * chunk)]
            results.set(i, Result { try slice.map { try decoder.decode(Claim.self, from: Data($0.utf8)) } })
        }
        return try results.all.flatMap { try $0.get() }
    }
}

/// One slot per chunk, each written once by its own iteration of `concurrentPerform`.
private final class DecodedChunks: @unchecked Sendable {
    private var slots: [Result<[Claim], any Error>]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: .success([]), count: count) }
    func set(_ i: Int, _ value: Result<[Claim], any Error>) { lock.lock(); slots[i] = value; lock.unlock() }
    var all: [Result<[Claim], any Error>] { lock.lock(); defer { lock.unlock() }; return slots }
}

extension Claim {
    /// The `series` column: the event series ("summit:EU+JP"), or "person:NAME" for a person.
    var seriesKey: String {
        switch subject {
        case .event(let ref): return ref.series
        case .person(let name): return "person:" + name
        }
    }
}
