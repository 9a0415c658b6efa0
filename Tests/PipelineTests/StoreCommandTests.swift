import Foundation
import Testing
import Extract
import Reconcile
import Pipeline

/// `crosscheck ingest`, `report` and `review` as a newsroom's nightly job runs them.
@Suite struct StoreCommandTests {
    @Test func ingestReportsNewUnchangedAndChangedDocuments() throws {
        let scratch = try StoreScratch()
        let batch = scratch.directory.appendingPathComponent("batch")
        try ArticleCorpus.write(6, into: batch)
        try "not an article".write(to: batch.appendingPathComponent("notes.bin"), atomically: true, encoding: .utf8)

        let first = try CrosscheckBinary.run(["ingest", "batch"], in: scratch.directory)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("ingested 6 new, 0 changed, 0 unchanged, "))
        #expect(FileManager.default.fileExists(atPath: scratch.path("crosscheck.sqlite")), "the default store is ./crosscheck.sqlite")

        try ArticleCorpus.article(1).replacingOccurrences(of: "Brussels", with: "Kyoto")
            .write(to: batch.appendingPathComponent("art-000001.txt"), atomically: true, encoding: .utf8)
        let second = try CrosscheckBinary.run(["ingest", "batch", "--store", "crosscheck.sqlite"], in: scratch.directory)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix("ingested 0 new, 1 changed, 5 unchanged, "))
        #expect(!second.stderr.contains("\u{1B}["), "no progress line when stderr is not a terminal")

        let store = try ClaimStore(path: scratch.path("crosscheck.sqlite"))
        #expect(try store.versions(of: "art-000001").count == 2)
        #expect(try store.document(id: "art-000001")?.text.contains("Kyoto") == true)
    }

    /// The seeds disagree on which summit launched the Digital Partnership (DESIGN.md): the
    /// night the second article arrives, the conflict is new; dismissed, it stops counting.
    @Test func aNightlyRunOnTheSeeds() throws {
        let scratch = try StoreScratch()
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let first = seeds.appendingPathComponent("000_097c38c994f48e67.txt").path
        let second = seeds.appendingPathComponent("003_970c44b1b8031a71.txt").path
        func crosscheck(_ arguments: String...) throws -> CrosscheckBinary.Run {
            try CrosscheckBinary.run(arguments, in: scratch.directory)
        }
        #expect(try crosscheck("ingest", first).status == 0)
        #expect(try crosscheck("report", "--new").status == 0)
        // A draft of the second article contradicts the record: the gate fails, the store is unchanged.
        #expect(try crosscheck("check", second, "--store", "crosscheck.sqlite").status == 1)
        #expect(try ClaimStore(path: scratch.storePath).documentIDs() == ["000_097c38c994f48e67"])

        #expect(try crosscheck("ingest", second).stdout.hasPrefix("ingested 1 new, 0 changed, 0 unchanged, 0 skipped"))
        let night = try crosscheck("report", "--new", "--format", "json")
        #expect(night.status == 1)
        let conflict = try #require(try ClaimStore(path: scratch.storePath).report(.init(record: false)).report.conflicts.first)
        #expect(night.stdout.contains("\"\(conflict.finding.id)\""))
        #expect(try crosscheck("report", "--new").status == 0, "shown once")

        let review = try crosscheck("review", conflict.finding.id, "--dismiss", "--note", "numbering differs", "--reviewer", "ed")
        #expect(review.status == 0 && review.stdout == "\(conflict.finding.id) dismissed by ed\n")
        let after = try crosscheck("report")
        #expect(after.status == 0 && after.stdout.contains("\(conflict.finding.id) (dismissed)"))
        #expect(try crosscheck("check", second, "--store", "crosscheck.sqlite").status == 0)
        #expect(try crosscheck("review", conflict.finding.id, "--confirm").status == 0)
        #expect(try crosscheck("report").status == 1)
    }

    @Test func onlyIngestCreatesAStore() throws {
        let scratch = try StoreScratch()
        try ArticleCorpus.write(1, into: scratch.directory.appendingPathComponent("batch"))
        for arguments in [["report", "--store", "typo.sqlite"], ["check", "batch", "--store", "typo.sqlite"],
                          ["review", "--list", "--store", "typo.sqlite"]] {
            let run = try CrosscheckBinary.run(arguments, in: scratch.directory)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("typo.sqlite: no claim store here yet"), "\(arguments): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("typo.sqlite")))
    }

    @Test func ingestWithNothingReadableIsTrouble() throws {
        let scratch = try StoreScratch()
        let run = try CrosscheckBinary.run(["ingest", "missing-folder"], in: scratch.directory)
        #expect(run.status == 2)
        #expect(run.stderr.contains("missing-folder"))
    }

    @Test func reportAndReviewFromTheCommandLine() throws {
        let scratch = try StoreScratch()
        try ArticleCorpus.write(4, into: scratch.directory.appendingPathComponent("batch"))
        #expect(try CrosscheckBinary.run(["ingest", "batch", "--store", "s.sqlite"], in: scratch.directory).status == 0)

        let report = try CrosscheckBinary.run(["report", "--store", "s.sqlite", "--format", "json"], in: scratch.directory)
        #expect(report.status == 0 || report.status == 1, "\(report.stderr)")
        #expect(report.stdout.contains("\"schema_version\""))
        let new = try CrosscheckBinary.run(["report", "--store", "s.sqlite", "--new"], in: scratch.directory)
        #expect(new.status == 0, "nothing is new right after a report: \(new.stdout)")
        #expect(new.stderr.contains("0 new discrepancies since the last report"))

        let since = try CrosscheckBinary.run(["report", "--store", "s.sqlite", "--since", "yesterday"], in: scratch.directory)
        #expect(since.status == 2 && since.stderr.contains("--since"))

        let unknown = try CrosscheckBinary.run(["review", "d-nonexistent", "--dismiss", "--store", "s.sqlite"], in: scratch.directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no discrepancy or finding with id 'd-nonexistent'"))
        let forced = try CrosscheckBinary.run(["review", "d-nonexistent", "--dismiss", "--force", "--note", "wire copy",
                                               "--reviewer", "alice", "--store", "s.sqlite"], in: scratch.directory)
        #expect(forced.status == 0, "\(forced.stderr)")
        let both = try CrosscheckBinary.run(["review", "d-x", "--dismiss", "--confirm", "--store", "s.sqlite"], in: scratch.directory)
        #expect(both.status == 2)

        let list = try CrosscheckBinary.run(["review", "--list", "--store", "s.sqlite"], in: scratch.directory)
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true && lines.count == 2)
        #expect(lines.last?.contains("d-nonexistent") == true && lines.last?.contains("dismissed") == true)
        #expect(lines.last?.contains("alice") == true && lines.last?.hasSuffix("wire copy") == true)
    }

    @Test func aForeignFileGivenAsStoreIsTroubleAndLeftAlone() throws {
        let scratch = try StoreScratch()
        try ArticleCorpus.write(1, into: scratch.directory.appendingPathComponent("batch"))
        let path = scratch.path("notes.txt")
        try "my notes\n".write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["ingest", "batch", "--store", "notes.txt"], ["report", "--store", "notes.txt"],
                          ["check", "batch", "--store", "notes.txt"], ["review", "--list", "--store", "notes.txt"]] {
            let run = try CrosscheckBinary.run(arguments, in: scratch.directory)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("notes.txt: not a crosscheck store"), "\(arguments): \(run.stderr)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")
    }

    @Test func checkAgainstTheStoreDoesNotAddTheDrafts() throws {
        let scratch = try StoreScratch()
        try ArticleCorpus.write(4, into: scratch.directory.appendingPathComponent("record"))
        try ArticleCorpus.write(2, into: scratch.directory.appendingPathComponent("drafts"), prefix: "draft", from: 10)
        #expect(try CrosscheckBinary.run(["ingest", "record", "--store", "s.sqlite"], in: scratch.directory).status == 0)
        let check = try CrosscheckBinary.run(["check", "drafts", "--store", "s.sqlite", "--format", "json"], in: scratch.directory)
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        #expect(check.stdout.contains("\"draft-000010\""))
        let store = try ClaimStore(path: scratch.path("s.sqlite"))
        #expect(try store.documentIDs().allSatisfy { $0.hasPrefix("art-") })
    }
}
