import Foundation
import GRDB

/// The claim store's tables, their migrations, and the checks made before a file is touched.
///
/// A crosscheck store carries `PRAGMA application_id` = ``applicationID`` ("ccst") from its
/// creation and `PRAGMA user_version` = its schema version. A file is opened read-write only
/// when it is missing, empty, an SQLite database with no table at all, or a store of a schema
/// version this crosscheck knows; anything else is refused before any write, so a foreign
/// database (or a text file given by mistake) is never modified.
///
/// Tables (schema 1):
/// - `documents` (id PK, metadata, hash, mentions, claims, ingested_at, run_id); index on `hash`
/// - `document_texts` (document_id PK → documents, text): texts apart, so scans stay small
/// - `document_versions` (document_id, hash, ingested_at, run_id): every content ever ingested
/// - `claims` (document_id → documents, series, attribute, json); indexes (series, attribute), (document_id)
/// - `runs` (one row per ingest run, with its counts)
/// - `reports`, `reported_findings` (report_id, finding_id, verdict, event, evidence): what was shown when
/// - `reviews` (finding_id, decision, reviewer, note, evidence, forced, created_at): decisions, history kept
enum StoreSchema {
    /// "ccst" — crosscheck store.
    static let applicationID: Int32 = 0x6363_7374
    /// The newest schema this crosscheck writes and reads.
    static let version = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME NOT NULL,
                    new_documents INTEGER NOT NULL,
                    changed_documents INTEGER NOT NULL,
                    unchanged_documents INTEGER NOT NULL,
                    skipped_inputs INTEGER NOT NULL);
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY NOT NULL,
                    language TEXT,
                    published TEXT,
                    title TEXT,
                    url TEXT,
                    source TEXT,
                    path TEXT,
                    hash TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    mentions INTEGER NOT NULL,
                    claims INTEGER NOT NULL,
                    ingested_at DATETIME NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES runs(id));
                CREATE INDEX documents_hash ON documents(hash);
                CREATE INDEX documents_ingested_at ON documents(ingested_at);
                CREATE TABLE document_texts (
                    document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    text TEXT NOT NULL);
                CREATE TABLE document_versions (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    ingested_at DATETIME NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES runs(id));
                CREATE INDEX document_versions_document ON document_versions(document_id);
                CREATE TABLE claims (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    series TEXT NOT NULL,
                    attribute TEXT NOT NULL,
                    json TEXT NOT NULL);
                CREATE INDEX claims_series ON claims(series, attribute);
                CREATE INDEX claims_document ON claims(document_id);
                CREATE TABLE reports (
                    id INTEGER PRIMARY KEY,
                    created_at DATETIME NOT NULL,
                    options TEXT NOT NULL);
                CREATE TABLE reported_findings (
                    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                    finding_id TEXT NOT NULL,
                    verdict TEXT NOT NULL,
                    event TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    PRIMARY KEY (finding_id, report_id));
                CREATE TABLE reviews (
                    id INTEGER PRIMARY KEY,
                    finding_id TEXT NOT NULL,
                    decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
                    reviewer TEXT NOT NULL,
                    note TEXT,
                    evidence TEXT NOT NULL,
                    forced INTEGER NOT NULL DEFAULT 0,
                    created_at DATETIME NOT NULL);
                CREATE INDEX reviews_finding ON reviews(finding_id, id);
                """)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // Later schemas: register "v2"… here, each ending with `PRAGMA user_version = N`, and raise `version`.
        return migrator
    }

    /// What a file on disk is, decided without writing to it.
    enum Inspection: Equatable {
        case absent          // no file, or an empty one: a new store is created
        case emptyDatabase   // SQLite, but not a single table: becomes a store
        case store(version: Int)
    }

    /// Looks at `path` read-only and throws if it must not be opened for writing.
    ///
    /// The facts come from the file's 100-byte header (`user_version` at offset 60,
    /// `application_id` at 68) and the b-tree header of page 1 that follows it (the schema
    /// table: a leaf with no cell means no table at all), so a foreign file is judged without
    /// SQLite opening it (which could leave `-wal`/`-shm` files beside it). Only when a
    /// non-empty `-wal` file says the header may be stale are they read through a read-only
    /// connection.
    static func inspect(_ path: String) throws(StoreError) -> Inspection {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .absent }
        if isDirectory.boolValue { throw .unusable(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unusable(path: path, reason: "cannot be read") }
        let header = [UInt8]((try? handle.read(upToCount: 108)) ?? Data())
        try? handle.close()
        if header.isEmpty { return .absent }
        guard header.count == 108, header.prefix(16).elementsEqual("SQLite format 3\0".utf8) else { throw .notADatabase(path: path) }
        func int32(at offset: Int) -> Int32 {
            Int32(bitPattern: header[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        let pageType = header[100], cells = Int(header[103]) << 8 | Int(header[104])
        var facts = (applicationID: int32(at: 68), version: Int(int32(at: 60)), tables: pageType == 0x0D ? cells : 1)

        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if walSize > 0 {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(30)
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                facts = try queue.read { db in
                    (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                     try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                     try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
                }
                try queue.close()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
                throw .notADatabase(path: path)
            } catch {
                throw .unusable(path: path, reason: String(describing: error))
            }
        }
        if facts.applicationID == applicationID {
            if facts.version > version { throw .newerSchema(path: path, found: facts.version, supported: version) }
            return .store(version: facts.version)
        }
        if facts.applicationID == 0 && facts.tables == 0 { return .emptyDatabase }
        let detail = facts.applicationID != 0
            ? String(format: "an SQLite database with application id 0x%08x", UInt32(bitPattern: facts.applicationID))
            : "an SQLite database with \(facts.tables) table\(facts.tables == 1 ? "" : "s") of another program"
        throw .foreignDatabase(path: path, detail: detail)
    }
}
