import Foundation
import Testing
import Extract
import Pipeline

/// What the store refuses, and what it survives: foreign files, newer schemas, concurrent
/// writers, and a process killed in the middle of an ingest.
@Suite struct StoreSafetyTests {
    /// The bytes, modification time and sibling files of a path, to show it was not touched.
    struct FileState: Equatable {
        let bytes: Data
        let modified: Date?
        let siblings: [String]

        init(_ path: String) throws {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            siblings = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        }
    }

    @Test func aForeignSQLiteDatabaseIsRefusedUntouched() throws {
        let scratch = try StoreScratch()
        let path = scratch.path("notes.sqlite")
        try RawSQLite.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');",
                              at: path)
        let before = try FileState(path)
        #expect {
            _ = try ClaimStore(path: path)
        } throws: { error in
            guard case .foreignDatabase(path, let detail) = error as? StoreError else { return false }
            return detail.contains("1 table")
        }
        #expect(try FileState(path) == before)
        #expect(try RawSQLite.strings("SELECT body FROM notes", at: path) == ["keep me"])
    }

    @Test(arguments: ["a plain text file\n", "SQLite format 3 — but only in name", "x"])
    func aFileThatIsNotADatabaseIsRefusedUntouched(_ content: String) throws {
        let scratch = try StoreScratch()
        let path = scratch.path("crosscheck.sqlite")
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try FileState(path)
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try ClaimStore(path: path) }
        #expect(try FileState(path) == before)
        #expect(StoreError.notADatabase(path: path).description.contains("not a crosscheck store"))
    }

    @Test func aStoreFromANewerCrosscheckIsRefusedUntouched() async throws {
        let scratch = try StoreScratch()
        do {
            let store = try scratch.openStore()
            _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO")])
            try store.close()
        }
        try RawSQLite.execute("PRAGMA user_version = 99", at: scratch.storePath)
        let before = try FileState(scratch.storePath)
        #expect(throws: StoreError.newerSchema(path: scratch.storePath, found: 99, supported: 1)) {
            _ = try ClaimStore(path: scratch.storePath)
        }
        #expect(try FileState(scratch.storePath) == before)
        #expect(StoreError.newerSchema(path: "s", found: 99, supported: 1).description.contains("newer crosscheck"))
    }

    @Test func anEmptyFileOrEmptyDatabaseBecomesAStore() throws {
        let scratch = try StoreScratch()
        #expect(FileManager.default.createFile(atPath: scratch.storePath, contents: Data()))
        _ = try scratch.openStore()
        let empty = scratch.path("empty.sqlite")
        try RawSQLite.execute("PRAGMA user_version = 0", at: empty)
        let store = try ClaimStore(path: empty)
        #expect(try store.statistics().documents == 0)
        #expect(try store.integrityCheck() == "ok")
        // Opening it again is fine: it is a store now.
        _ = try ClaimStore(path: empty)
    }

    @Test func twoStoresWritingTheSameFileAtOnceBothSucceed() async throws {
        let scratch = try StoreScratch()
        let one = try scratch.openStore(), two = try scratch.openStore()
        let left = (0..<300).map { SummitDocs.held("l\($0)", ordinal: 1 + $0 % 30, in: "JP-TYO") }
        let right = (0..<300).map { SummitDocs.held("r\($0)", ordinal: 1 + $0 % 30, in: "BE-BRU") }
        async let a = one.ingest(extracted: left, batchSize: 16)
        async let b = two.ingest(extracted: right, batchSize: 16)
        let (ra, rb) = try await (a, b)
        #expect(ra.new == 300 && rb.new == 300)
        let stats = try one.statistics()
        #expect(stats.documents == 600 && stats.claims == 600 && stats.runs == 2)
        #expect(try one.integrityCheck() == "ok")
    }

    @Test func twoProcessesIngestingAtOnceBothSucceed() throws {
        let scratch = try StoreScratch()
        try ArticleCorpus.write(400, into: scratch.directory.appendingPathComponent("left"), prefix: "left")
        try ArticleCorpus.write(400, into: scratch.directory.appendingPathComponent("right"), prefix: "right")
        let a = try CrosscheckBinary.start(["ingest", "left", "--store", "shared.sqlite"], in: scratch.directory)
        let b = try CrosscheckBinary.start(["ingest", "right", "--store", "shared.sqlite"], in: scratch.directory)
        let outA = DataReader((a.standardOutput as! Pipe).fileHandleForReading)
        let outB = DataReader((b.standardOutput as! Pipe).fileHandleForReading)
        let errA = DataReader((a.standardError as! Pipe).fileHandleForReading)
        let errB = DataReader((b.standardError as! Pipe).fileHandleForReading)
        a.waitUntilExit(); b.waitUntilExit()
        let messages = [errA, errB].map { String(decoding: $0.wait(), as: UTF8.self) }
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0, "\(messages)")
        for out in [outA, outB] {
            #expect(String(decoding: out.wait(), as: UTF8.self).hasPrefix("ingested 400 new, 0 changed, 0 unchanged, 0 skipped in "))
        }
        let store = try ClaimStore(path: scratch.path("shared.sqlite"))
        #expect(try store.statistics().documents == 800)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func anIngestKilledAtAnyMomentLeavesTheStoreBeforeOrComplete() throws {
        let scratch = try StoreScratch()
        let count = 3000
        try ArticleCorpus.write(count, into: scratch.directory.appendingPathComponent("batch"))
        try ArticleCorpus.write(5, into: scratch.directory.appendingPathComponent("seed"), prefix: "seed")

        // How long a whole run takes here, to kill runs early, midway and near the commit. Other
        // tests share the machine, so a later run may be much faster than this one: a run that
        // ends before its kill is timed, and the same moment is tried again on that time.
        let started = ContinuousClock.now
        let reference = try CrosscheckBinary.run(["ingest", "batch", "--store", "reference.sqlite"], in: scratch.directory)
        var whole = ContinuousClock.now - started
        #expect(reference.status == 0, "\(reference.stderr)")
        // Kills pile up on one store, so a run also meets what a killed run left behind; a store
        // only changes when a run completes it, since there is then nothing left to interrupt.
        // Each store first holds a small run that must survive whatever happens to later ones.
        var killed = 0, stores = 0
        var last = ""
        func newStore() throws {
            stores += 1
            last = "kill-\(stores).sqlite"
            #expect(try CrosscheckBinary.run(["ingest", "seed", "--store", last], in: scratch.directory).status == 0)
        }
        try newStore()
        for fraction in [0.1, 0.5, 0.85, 0.97] {
            for _ in 0..<3 {
                let delay = whole * fraction
                let process = try CrosscheckBinary.start(["ingest", "batch", "--store", last], in: scratch.directory)
                let launched = ContinuousClock.now
                // Waited for on this thread, not with `Task.sleep`: on two cores, tests that block
                // their thread can hold every thread of the task pool, and a sleeping task then
                // wakes long after its time, when the run has already ended.
                while process.isRunning, ContinuousClock.now - launched < delay { usleep(2_000) }
                let ran = ContinuousClock.now - launched
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                let wasKilled = process.terminationReason == .uncaughtSignal

                let store = try ClaimStore(path: scratch.path(last))
                #expect(try store.integrityCheck() == "ok")
                let ids = try store.documentIDs()
                let fromBatch = ids.filter { $0.hasPrefix("art-") }.count
                #expect(fromBatch == 0 || fromBatch == count, "a run killed after \(delay) left \(fromBatch) of \(count) documents")
                #expect(ids.filter { $0.hasPrefix("seed-") }.count == 5)
                try store.close()
                if wasKilled { killed += 1; break }
                // It finished first: this is how long a whole run takes now.
                #expect(process.terminationStatus == 0)
                whole = ran
                try newStore()
            }
        }
        #expect(killed > 0, "no run was still going when killed (a whole run took \(whole))")
        // And the next run completes the batch in the last store.
        let again = try CrosscheckBinary.run(["ingest", "batch", "--store", last], in: scratch.directory)
        #expect(again.status == 0, "\(again.stderr)")
        let store = try ClaimStore(path: scratch.path(last))
        #expect(try store.statistics().documents == count + 5)
        #expect(try store.integrityCheck() == "ok")
    }
}
