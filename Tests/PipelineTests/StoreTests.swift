import Foundation
import Testing
import Extract
import Reconcile
import Pipeline

/// The claim store through its library API, with hand-written claims.
@Suite struct StoreTests {
    @Test func reingestingTheSameDocumentsChangesNothing() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        let batch = [SummitDocs.held("a", ordinal: 28, in: "JP-TYO"), SummitDocs.held("b", ordinal: 28, in: "JP-TYO")]

        let first = try await store.ingest(extracted: batch)
        #expect((first.new, first.changed, first.unchanged, first.skipped) == (2, 0, 0, 0))
        let before = try store.statistics()

        let second = try await store.ingest(extracted: batch)
        #expect((second.new, second.changed, second.unchanged, second.skipped) == (0, 0, 2, 0))
        #expect(second.line.hasPrefix("ingested 0 new, 0 changed, 2 unchanged, 0 skipped in "))
        let after = try store.statistics()
        #expect(after.documents == 2 && after.claims == 2 && after.versions == 2)
        #expect(after.documents == before.documents && after.claims == before.claims && after.versions == before.versions)
        #expect(after.runs == 2)
    }

    @Test func theSameTextUnderAnotherIdIsNotAddedTwice() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        let a = SummitDocs.held("a", ordinal: 28, in: "JP-TYO").document
        let copy = Document(id: "a-copy", text: a.text, language: a.language, published: a.published, title: a.title,
                            url: a.url, source: a.source, path: "copy/a.txt")
        _ = try await store.ingest(documents: [a])
        let run = try await store.ingest(documents: [copy])
        #expect((run.new, run.skipped) == (0, 1))
        #expect(run.problems.map(\.description) == ["copy/a.txt: skipped: same content as document \"a\"; not added again"])
        #expect(try store.documentIDs() == ["a"])
    }

    @Test func aChangedDocumentReplacesItsClaimsAndKeepsItsHistory() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO"),
                                               SummitDocs.held("b", ordinal: 29, in: "JP-TYO")])
        let edited = SummitDocs.held("a", ordinal: 28, in: "BE-BRU")
        let run = try await store.ingest(extracted: [edited])
        #expect((run.new, run.changed, run.unchanged) == (0, 1, 0))

        let claims = try store.claims(ofDocument: "a")
        #expect(claims == edited.extraction.claims)
        #expect(try store.document(id: "a")?.text == edited.document.text)
        let versions = try store.versions(of: "a")
        #expect(versions.count == 2 && versions[0].hash != versions[1].hash)
        #expect(try store.statistics().claims == 2)
    }

    @Test func newShowsOnlyWhatAppearedSinceThePreviousReport() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO"),
                                               SummitDocs.held("b", ordinal: 28, in: "JP-TYO")])
        let full = try store.report()
        #expect(full.report.conflicts.isEmpty && full.reportID != nil)
        #expect(try store.report(.init(onlyNew: true)).report.entries.isEmpty)

        // A second batch contradicts the record: the conflict is new, once.
        _ = try await store.ingest(extracted: [SummitDocs.held("c", ordinal: 28, in: "BE-BRU")])
        let second = try store.report(.init(onlyNew: true))
        let conflict = try #require(second.report.conflicts.first)
        #expect(second.report.entries.map(\.finding.id) == [conflict.finding.id])
        #expect(second.new == [conflict.finding.id])
        #expect(Set(second.report.documents.map(\.document.id)) == ["a", "b", "c"])
        #expect(second.report.rendered(as: .json).contains("\"discrepancies\""))
        #expect(try store.report(.init(onlyNew: true)).report.entries.isEmpty)

        // New evidence for the known conflict makes it new again.
        _ = try await store.ingest(extracted: [SummitDocs.held("d", ordinal: 28, in: "BE-BRU")])
        #expect(try store.report(.init(onlyNew: true)).report.conflicts.map(\.finding.id) == [conflict.finding.id])
    }

    @Test func sinceKeepsFindingsWithEvidenceIngestedAfterTheTime() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO"),
                                               SummitDocs.held("b", ordinal: 30, in: "JP-OSA"),
                                               SummitDocs.held("m1", ordinal: 2, in: "JP-TYO", type: "meeting"),
                                               SummitDocs.held("m2", ordinal: 2, in: "BE-BRU", type: "meeting")])
        try await Task.sleep(for: .milliseconds(20))
        let cut = Date()
        _ = try await store.ingest(extracted: [SummitDocs.held("c", ordinal: 28, in: "BE-BRU")])
        let report = try store.report(.init(since: cut, record: false)).report
        #expect(!report.entries.isEmpty)
        #expect(report.entries.allSatisfy { $0.finding.documents.contains("c") })
        #expect(Set(report.documents.map(\.document.id)) == Set(report.entries.flatMap(\.finding.documents)))
        #expect(!report.entries.contains { $0.finding.event.hasPrefix("meeting:") })
        let everything = try store.report(.init(record: false)).report
        #expect(everything.entries.contains { $0.finding.documents == ["b"] })
        #expect(everything.conflicts.contains { $0.finding.documents == ["m1", "m2"] })
        #expect(try store.statistics().reports == 0)
    }

    @Test func aDismissalPersistsAndLapsesWhenNewEvidenceArrives() async throws {
        let scratch = try StoreScratch()
        let id: String
        do {
            let store = try scratch.openStore()
            _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO"),
                                                   SummitDocs.held("c", ordinal: 28, in: "BE-BRU")])
            let first = try store.report()
            id = try #require(first.report.conflicts.first?.finding.id)
            try store.review(id, decision: .dismissed, reviewer: "alice", note: "Brussels hosted the press event")
            try store.close()
        }
        // Another process, later: the decision is there and holds.
        let store = try scratch.openStore()
        let reviews = try store.reviews()
        #expect(reviews.map(\.findingID) == [id])
        let review = try #require(reviews.first)
        #expect(review.decision == .dismissed && review.reviewer == "alice" && review.note == "Brussels hosted the press event")
        let dismissed = try store.report().report
        #expect(dismissed.conflicts.isEmpty && dismissed.dismissed.contains(id))
        #expect(dismissed.rendered(as: .text).contains("(dismissed)"))
        // An unrelated document does not wake it up…
        _ = try await store.ingest(extracted: [SummitDocs.held("x", ordinal: 31, in: "JP-OSA")])
        #expect(!(try store.report(.init(onlyNew: true)).report.entries.contains { $0.finding.id == id }))
        #expect(try store.report().report.conflicts.isEmpty)
        // …evidence from a new document does.
        _ = try await store.ingest(extracted: [SummitDocs.held("e", ordinal: 28, in: "BE-BRU")])
        let lapsed = try store.report(.init(onlyNew: true))
        #expect(lapsed.report.conflicts.map(\.finding.id) == [id])
        // Confirming it later keeps it counted; history is kept, the latest wins.
        try store.review(id, decision: .confirmed, reviewer: "bob")
        #expect(try store.reviews().map(\.decision) == [.confirmed])
        #expect(try store.reviews(history: true).map(\.decision) == [.dismissed, .confirmed])
        #expect(try store.report().report.conflicts.map(\.finding.id) == [id])
    }

    @Test func anUnknownIdIsRefusedUnlessForced() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO")])
        #expect(throws: StoreError.unknownFinding(id: "d-0000000000")) {
            try store.review("d-0000000000", decision: .dismissed, reviewer: "alice")
        }
        let forced = try store.review("d-0000000000", decision: .dismissed, reviewer: "alice", force: true)
        #expect(forced.forced && forced.evidence.isEmpty)
        // A finding never reported is still found (by reconciling everything).
        let single = try #require(try store.report(.init(record: false)).report.entries.first?.finding.id)
        #expect(try store.review(single, decision: .confirmed, reviewer: "alice").forced == false)
    }

    @Test func checkingDraftsComparesThemWithTheRecordWithoutAddingThem() async throws {
        let scratch = try StoreScratch()
        let store = try scratch.openStore()
        _ = try await store.ingest(extracted: [SummitDocs.held("a", ordinal: 28, in: "JP-TYO"),
                                               SummitDocs.held("b", ordinal: 28, in: "JP-TYO"),
                                               SummitDocs.held("z", ordinal: 35, in: "JP-OSA")])
        let agreeing = try store.check([SummitDocs.held("draft", ordinal: 28, in: "JP-TYO")], problems: [])
        #expect(agreeing.conflicts.isEmpty)
        #expect(agreeing.entries.allSatisfy { $0.finding.documents.contains("draft") })

        let contradicting = try store.check([SummitDocs.held("draft", ordinal: 28, in: "BE-BRU")], problems: [])
        let conflict = try #require(contradicting.conflicts.first)
        #expect(conflict.finding.documents == ["a", "b", "draft"])
        #expect(contradicting.entries.allSatisfy { $0.finding.documents.contains("draft") })
        #expect(contradicting.rendered(as: .text).contains("BE-BRU"))
        #expect(try store.documentIDs() == ["a", "b", "z"])

        // A draft with a stored id stands in for the stored version.
        let revised = try store.check([SummitDocs.held("b", ordinal: 28, in: "BE-BRU")], problems: [])
        #expect(revised.conflicts.first?.finding.documents == ["a", "b"])
    }

    @Test func contentHashIsSHA256() {
        // FIPS 180-4 test vectors, through the document hash's building block.
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000).utf8) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func sinceAcceptsDatesAndDateTimes() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let expected = try #require(utc.date(from: DateComponents(year: 2025, month: 5, day: 12, hour: 8, minute: 30)))
        #expect(StoreTime.parse("2025-05-12T08:30Z") == expected)
        #expect(StoreTime.parse("2025-05-12T10:30:00+02:00") == expected)
        #expect(StoreTime.parse("2025-05-12 08:30:00.5Z") == expected.addingTimeInterval(0.5))
        #expect(StoreTime.parse("2025-05-12") != nil)
        for bad in ["yesterday", "2025-13-01", "2025-05-12T25:00", "12/05/2025", ""] { #expect(StoreTime.parse(bad) == nil) }
    }
}
