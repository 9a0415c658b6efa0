import Foundation
import Extract
import Reconcile
import GRDB

/// A reviewer's decision on a discrepancy.
public enum ReviewDecision: String, Sendable, CaseIterable {
    /// It is a real discrepancy: it keeps counting.
    case confirmed
    /// Not a real discrepancy: it no longer counts for the exit code nor shows as new, until
    /// new evidence arrives for it.
    case dismissed
}

/// One decision, as kept in the `reviews` table (history kept; the latest one wins).
public struct Review: Sendable, Equatable {
    public let findingID: String
    public let decision: ReviewDecision
    public let reviewer: String
    public let note: String?
    public let time: Date
    /// Recorded with `--force` for an id the store did not know.
    public let forced: Bool
    /// The (document, value) evidence keys the decision was made on; empty when forced.
    public let evidence: Set<String>

    /// A dismissal holds while the finding's evidence stays within what the reviewer saw: a
    /// document (or a value from a document) the decision was not made on lapses it. A forced
    /// decision, made without evidence, holds whatever the evidence.
    public func holds(for current: Set<String>) -> Bool {
        evidence.isEmpty || current.isSubset(of: evidence)
    }
}

extension ClaimStore {
    /// Records a decision on finding `id`, with the evidence the finding has now.
    /// - Throws: ``StoreError/unknownFinding(id:)`` when no finding of the store has that id,
    ///   unless `force` is set (the decision is then kept without evidence).
    @discardableResult
    public func review(_ id: String, decision: ReviewDecision, reviewer: String, note: String? = nil, force: Bool = false,
                       with crosschecker: Crosschecker = Crosschecker()) throws(StoreError) -> Review {
        let finding = try finding(id, with: crosschecker)
        if finding == nil && !force { throw .unknownFinding(id: id) }
        let review = Review(findingID: id, decision: decision, reviewer: reviewer, note: note, time: Date(),
                            forced: finding == nil, evidence: finding?.evidenceKeys ?? [])
        try guarded {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO reviews (finding_id, decision, reviewer, note, evidence, forced, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [review.findingID, review.decision.rawValue, review.reviewer, review.note,
                                     ClaimStore.jsonArray(review.evidence.sorted()), review.forced, review.time])
            }
        }
        return review
    }

    /// Decisions, oldest first: every one with `history`, else the latest per finding.
    public func reviews(history: Bool = false) throws(StoreError) -> [Review] {
        try guarded {
            try pool.read { db in
                let sql = history
                    ? "SELECT * FROM reviews ORDER BY id"
                    : "SELECT * FROM reviews r WHERE id = (SELECT max(id) FROM reviews WHERE finding_id = r.finding_id) ORDER BY id"
                return try Row.fetchAll(db, sql: sql).map(ClaimStore.review(from:))
            }
        }
    }

    /// The finding with this id as the store's claims give it now, if any.
    ///
    /// An id an earlier report showed names its event, hence its series: only that series'
    /// claims are reconciled (series are reconciled independently). Otherwise, everything is.
    public func finding(_ id: String, with crosschecker: Crosschecker = Crosschecker()) throws(StoreError) -> Finding? {
        try guarded {
            if let event = try pool.read({ db in
                try String.fetchOne(db, sql: "SELECT event FROM reported_findings WHERE finding_id = ? ORDER BY report_id DESC LIMIT 1",
                                    arguments: [id])
            }) {
                let series = String(event.prefix { $0 != "#" && $0 != "@" && $0 != "~" })
                if let found = try reconcile(series: [series], with: crosschecker).findings.first(where: { $0.id == id }) {
                    return found
                }
            }
            return try reconcile(series: nil, with: crosschecker).findings.first { $0.id == id }
        }
    }

    /// Reconciles the stored claims of some series (all when nil).
    func reconcile(series: [String]?, with crosschecker: Crosschecker) throws -> Reconciliation {
        let (claims, documents) = try pool.read { db in
            let claims = if let series {
                try ClaimStore.fetchClaims(db, sql: """
                    SELECT json FROM claims WHERE series IN (SELECT value FROM json_each(?)) ORDER BY series, attribute, id
                    """, arguments: [ClaimStore.jsonArray(series)])
            } else {
                try ClaimStore.fetchClaims(db, sql: "SELECT json FROM claims ORDER BY series, attribute, id")
            }
            return (claims, try StoredDocument.fetchAll(db, ids: Set(claims.map(\.evidence.document))))
        }
        var published: [String: CalendarDate] = [:]
        for d in documents { if let p = d.document.published { published[d.document.id] = p } }
        return crosschecker.reconciler.reconcile(claims, published: published)
    }

    /// Ids among `findings` whose latest decision is a dismissal that still holds.
    static func dismissed(_ db: Database, among findings: [Finding]) throws -> Set<String> {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM reviews") ?? 0 > 0 else { return [] }
        let byID = Dictionary(findings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: Set<String> = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT * FROM reviews r WHERE id = (SELECT max(id) FROM reviews WHERE finding_id = r.finding_id)
              AND decision = 'dismissed' AND finding_id IN (SELECT value FROM json_each(?))
            """, arguments: [jsonArray(byID.keys.sorted())])
        while let row = try rows.next() {
            let review = review(from: row)
            if let finding = byID[review.findingID], review.holds(for: finding.evidenceKeys) { result.insert(review.findingID) }
        }
        return result
    }

    static func review(from row: Row) -> Review {
        Review(findingID: row["finding_id"], decision: ReviewDecision(rawValue: row["decision"]) ?? .confirmed,
               reviewer: row["reviewer"], note: row["note"], time: row["created_at"], forced: row["forced"],
               evidence: evidenceKeys(fromJSON: row["evidence"]))
    }
}
