import Foundation
import Extract
import Reconcile
import GRDB

/// What `crosscheck report` asks the store for.
public struct StoreReportOptions: Sendable {
    /// Only discrepancies (conflict, explained) not shown by an earlier report, or shown
    /// before but with evidence from a document (or a value) they did not have then.
    public var onlyNew: Bool
    /// Only findings whose evidence includes a document ingested at or after this time.
    public var since: Date?
    /// Remember which discrepancies this report showed (what `onlyNew` compares against).
    public var record: Bool

    public init(onlyNew: Bool = false, since: Date? = nil, record: Bool = true) {
        self.onlyNew = onlyNew; self.since = since; self.record = record
    }
}

/// A report over the store, and what was remembered of it.
public struct StoreReport: Sendable {
    public let report: Report
    /// Discrepancies shown that no earlier report showed with the same evidence.
    public let new: Set<String>
    /// The `reports` row written, when the report was recorded.
    public let reportID: Int64?
}

extension ClaimStore {
    /// Reconciles everything the store knows and builds the report the options ask for.
    ///
    /// Claims are read series by series through the `(series, attribute)` index (with `since`,
    /// only the series that documents ingested since then speak of); texts are read only for
    /// the documents that the shown findings quote (reports need them for
    /// code-point offsets and highlights). Discrepancies shown are recorded in `reports` and
    /// `reported_findings` with their evidence keys, unless `options.record` is false.
    public func report(_ options: StoreReportOptions = StoreReportOptions(),
                       with crosschecker: Crosschecker = Crosschecker()) throws(StoreError) -> StoreReport {
        try guarded {
            let snapshot = try pool.read { db in
                // Series are reconciled independently, so with --since only the series that
                // documents ingested since then speak of can hold a finding to show.
                let claims = if let since = options.since {
                    try ClaimStore.fetchClaims(db, sql: """
                        SELECT json FROM claims WHERE series IN (
                            SELECT DISTINCT c.series FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.ingested_at >= ?)
                        ORDER BY series, attribute, id
                        """, arguments: [since])
                } else {
                    try ClaimStore.fetchClaims(db, sql: "SELECT json FROM claims ORDER BY series, attribute, id")
                }
                return (documents: try StoredDocument.fetchAll(db), claims: claims)
            }
            var published: [String: CalendarDate] = [:]
            for d in snapshot.documents { if let p = d.document.published { published[d.document.id] = p } }
            let reconciliation = crosschecker.reconciler.reconcile(snapshot.claims, published: published)
            let discrepancies = reconciliation.discrepancies
            let (dismissed, lastShown) = try pool.read { db in
                (try ClaimStore.dismissed(db, among: reconciliation.findings),
                 try ClaimStore.lastReportedEvidence(db, ids: discrepancies.map(\.id)))
            }

            var new: Set<String> = []
            for f in discrepancies where !dismissed.contains(f.id) {
                if let shown = lastShown[f.id], f.evidenceKeys.isSubset(of: shown) { continue }
                new.insert(f.id)
            }
            let ingestedSince: Set<String>? = options.since.map { since in
                Set(snapshot.documents.filter { $0.ingestedAt >= since }.map(\.document.id))
            }
            let filtered = options.onlyNew || options.since != nil
            let include: (Finding) -> Bool = { f in
                if options.onlyNew && !new.contains(f.id) { return false }
                if let ingestedSince, !f.documents.contains(where: ingestedSince.contains) { return false }
                return true
            }
            let shown = reconciliation.findings.filter(include)

            // Texts only for the documents the shown findings quote.
            let quoted = Set(shown.flatMap(\.documents))
            let texts = try pool.read { db in try ClaimStore.texts(db, of: quoted) }
            let entries = snapshot.documents
                .filter { !filtered || quoted.contains($0.document.id) }
                .map { $0.entry(text: texts[$0.document.id]) }
            let report = Report(documents: entries, problems: [], reconciliation: reconciliation, dismissed: dismissed,
                                including: filtered ? include : nil)

            var reportID: Int64?
            if options.record {
                reportID = try record(shown.filter { $0.verdict == .conflict || $0.verdict == .explained }, options: options)
            }
            return StoreReport(report: report, new: new.intersection(shown.map(\.id)), reportID: reportID)
        }
    }

    /// Checks drafts against the record without adding them: their claims are reconciled
    /// together with the stored claims of the same series (a stored document with a draft's id
    /// is replaced by the draft), and the report keeps the findings that involve a draft.
    /// `report.conflicts` are then the drafts' contradictions with the record (dismissed ones aside).
    public func check(_ drafts: [Crosschecker.Extracted], problems: [InputProblem],
                      with crosschecker: Crosschecker = Crosschecker()) throws(StoreError) -> Report {
        try guarded {
            let draftIDs = Set(drafts.map(\.document.id))
            let draftClaims = drafts.flatMap(\.extraction.claims)
            let series = Set(draftClaims.map(\.seriesKey))
            let stored = try pool.read { db in
                try ClaimStore.fetchClaims(db, sql: """
                    SELECT json FROM claims WHERE series IN (SELECT value FROM json_each(?))
                        AND document_id NOT IN (SELECT value FROM json_each(?))
                    ORDER BY series, attribute, id
                    """, arguments: [ClaimStore.jsonArray(series.sorted()), ClaimStore.jsonArray(draftIDs.sorted())])
            }
            let storedIDs = Set(stored.map(\.evidence.document))
            let storedDocuments = try pool.read { db in try StoredDocument.fetchAll(db, ids: storedIDs) }
            var published: [String: CalendarDate] = [:]
            for d in storedDocuments { if let p = d.document.published { published[d.document.id] = p } }
            for d in drafts { if let p = d.document.published { published[d.document.id] = p } }
            let reconciliation = crosschecker.reconciler.reconcile(draftClaims + stored, published: published)
            let include: (Finding) -> Bool = { f in f.documents.contains(where: draftIDs.contains) }
            let shown = reconciliation.findings.filter(include)
            let quoted = Set(shown.flatMap(\.documents)).subtracting(draftIDs)
            let (texts, dismissed) = try pool.read { db in
                (try ClaimStore.texts(db, of: quoted), try ClaimStore.dismissed(db, among: shown))
            }
            var problems = problems
            for d in drafts where d.document.language == nil {
                problems.append(InputProblem(input: d.document.path ?? d.document.id,
                                             message: "no claims drawn: the language is neither French nor English", severity: .warning))
            }
            let entries = drafts.map { Report.DocumentEntry(document: $0.document, mentions: $0.extraction.mentions.count,
                                                            claims: $0.extraction.claims.count) }
                + storedDocuments.filter { quoted.contains($0.document.id) }.map { $0.entry(text: texts[$0.document.id]) }
            return Report(documents: entries, problems: problems, reconciliation: reconciliation, dismissed: dismissed,
                          including: include)
        }
    }

    /// Remembers the discrepancies a report showed, with the evidence they had.
    private func record(_ shown: [Finding], options: StoreReportOptions) throws -> Int64 {
        let description = [options.onlyNew ? "new" : nil, options.since.map { "since=" + StoreTime.format($0) }]
            .compactMap { $0 }.joined(separator: " ")
        let rows = shown.map { ($0.id, $0.verdict.rawValue, $0.event, ClaimStore.jsonArray($0.evidenceKeys.sorted())) }
        return try pool.write { db in
            try db.execute(sql: "INSERT INTO reports (created_at, options) VALUES (?, ?)", arguments: [Date(), description])
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(sql: """
                INSERT INTO reported_findings (report_id, finding_id, verdict, event, evidence) VALUES (?, ?, ?, ?, ?)
                """)
            for row in rows { try insert.execute(arguments: [id, row.0, row.1, row.2, row.3]) }
            return id
        }
    }

    // MARK: Reading

    static func fetchClaims(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Claim] {
        let json = try String.fetchAll(db, sql: sql, arguments: arguments)
        return try ClaimCoding.decodeAll(json)
    }

    static func texts(_ db: Database, of ids: Set<String>) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        var texts: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT document_id, text FROM document_texts WHERE document_id IN (SELECT value FROM json_each(?))",
                                       arguments: [jsonArray(ids.sorted())])
        while let row = try rows.next() { texts[row["document_id"]] = row["text"] }
        return texts
    }

    /// The latest evidence keys each finding was reported with.
    static func lastReportedEvidence(_ db: Database, ids: [String]) throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT finding_id, evidence FROM reported_findings r
            WHERE finding_id IN (SELECT value FROM json_each(?))
              AND report_id = (SELECT max(report_id) FROM reported_findings WHERE finding_id = r.finding_id)
            """, arguments: [jsonArray(ids)])
        while let row = try rows.next() { result[row["finding_id"]] = evidenceKeys(fromJSON: row["evidence"]) }
        return result
    }

    static func evidenceKeys(fromJSON json: String) -> Set<String> {
        Set((try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? [])
    }
}

/// A document row without its text.
struct StoredDocument: Sendable {
    let document: Document
    let mentions: Int
    let claims: Int
    let ingestedAt: Date

    static let columns = "id, language, published, title, url, source, path, mentions, claims, ingested_at"

    static func fetchAll(_ db: Database) throws -> [StoredDocument] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM documents ORDER BY id").map(StoredDocument.init)
    }

    static func fetchAll(_ db: Database, ids: Set<String>) throws -> [StoredDocument] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: "SELECT \(columns) FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                                arguments: [ClaimStore.jsonArray(ids.sorted())]).map(StoredDocument.init)
    }

    init(row: Row) {
        document = ClaimStore.document(from: row, text: nil)
        mentions = row["mentions"]
        claims = row["claims"]
        ingestedAt = row["ingested_at"]
    }

    func entry(text: String?) -> Report.DocumentEntry {
        let d = document
        return Report.DocumentEntry(
            document: Document(id: d.id, text: text ?? "", language: d.language, published: d.published, title: d.title,
                               url: d.url, source: d.source, path: d.path),
            mentions: mentions, claims: claims)
    }
}

extension Finding {
    /// What a finding rests on: one key per (document, value) it states, "doc\u{1F}value".
    /// A review or a report is made on such a set; a key outside it is new evidence.
    var evidenceKeys: Set<String> {
        var keys: Set<String> = []
        for v in values { for s in v.statements { keys.insert(s.document + "\u{1F}" + v.value) } }
        return keys
    }
}

/// Times as the store keeps them (UTC) and as `--since` reads them.
public enum StoreTime {
    /// Parses "2025-05-12" (local midnight), "2025-05-12T08:30", "2025-05-12 08:30:15" (local
    /// time), or the same with "Z" or "+02:00"; fractional seconds are allowed.
    public static func parse(_ text: String) -> Date? {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        var zone: TimeZone? = nil
        if s.hasSuffix("Z") || s.hasSuffix("z") {
            zone = TimeZone(identifier: "UTC"); s = s.dropLast()
        } else if s.count > 16, let signIndex = s.lastIndex(where: { $0 == "+" || $0 == "-" }),
                  s.distance(from: s.startIndex, to: signIndex) >= 16 {
            let offset = s[s.index(after: signIndex)...].split(separator: ":")
            guard (1...2).contains(offset.count), let h = Int(offset[0].prefix(2)) else { return nil }
            let m = offset.count == 2 ? Int(offset[1]) : (offset[0].count == 4 ? Int(offset[0].suffix(2)) : 0)
            guard let m else { return nil }
            zone = TimeZone(secondsFromGMT: (s[signIndex] == "-" ? -1 : 1) * (h * 3600 + m * 60))
            s = s[..<signIndex]
        }
        let parts = s.split(maxSplits: 1, whereSeparator: { $0 == "T" || $0 == "t" || $0 == " " })
        guard let datePart = parts.first, datePart.count == 10, let day = CalendarDate(iso: String(datePart)) else { return nil }
        var components = DateComponents(year: day.year, month: day.month, day: day.day, hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        if parts.count == 2 {
            let time = parts[1].split(separator: ":")
            guard (2...3).contains(time.count), let h = Int(time[0]), let m = Int(time[1]), (0..<24).contains(h), (0..<60).contains(m)
            else { return nil }
            components.hour = h; components.minute = m
            if time.count == 3 {
                guard let seconds = Double(time[2]), seconds >= 0, seconds < 61 else { return nil }
                components.second = Int(seconds); fraction = seconds - Double(Int(seconds))
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone ?? .current
        return calendar.date(from: components).map { $0.addingTimeInterval(fraction) }
    }

    /// "2025-05-12T08:30:15Z"
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
