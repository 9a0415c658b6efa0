import Extract
import Reconcile

/// A consistency report: what was read, what was skipped, the events, and every verdict with
/// its evidence. Offsets are Unicode code points into each document's text (the JSON
/// contract); quotes are the document's text verbatim.
public struct Report: Sendable {
    public static let schemaVersion = 1

    public struct DocumentEntry: Sendable {
        public let document: Document
        public let mentions: Int
        public let claims: Int
    }

    /// One statement's evidence, ready to print.
    public struct EvidenceEntry: Sendable, Hashable {
        public let document: String
        public let language: Language
        public let quote: String            // the sentence
        public let before: String           // quote split around the words that state the value
        public let highlight: String
        public let after: String
        public let start: Int               // code points into the document text
        public let end: Int
        public let sentenceStart: Int
        public let sentenceEnd: Int
        public let modality: Modality
        public let rule: String
        public let url: String?
        public let title: String?
    }

    public struct Value: Sendable {
        public let value: String
        public let evidence: [EvidenceEntry]
    }

    public struct Entry: Sendable {
        public let finding: Finding
        public let values: [Value]
    }

    public let documents: [DocumentEntry]
    public let problems: [InputProblem]
    public let events: [LinkedEvent]
    public let entries: [Entry]
    /// Findings a reviewer dismissed (from the store); they do not count for the exit code.
    public let dismissed: Set<String>

    public var conflicts: [Entry] { entries.filter { $0.finding.verdict == .conflict && !dismissed.contains($0.finding.id) } }
    public func entries(_ verdict: Verdict) -> [Entry] { entries.filter { $0.finding.verdict == verdict } }

    /// Builds a report; `texts` must hold the text of every document evidence points into.
    /// - Parameter isIncluded: when given, only the findings it keeps become entries, and only
    ///   the events they name are listed (the store's `report --new` and `--since`); the texts
    ///   of documents no kept finding quotes may then be left empty.
    public init(documents: [DocumentEntry], problems: [InputProblem], reconciliation: Reconciliation,
                dismissed: Set<String> = [], including isIncluded: ((Finding) -> Bool)? = nil) {
        self.documents = documents.sorted { $0.document.id < $1.document.id }
        self.problems = problems
        let findings = isIncluded.map { reconciliation.findings.filter($0) } ?? reconciliation.findings
        let named = Set(findings.map(\.event))
        self.events = isIncluded == nil ? reconciliation.events : reconciliation.events.filter { named.contains($0.id) }
        self.dismissed = dismissed
        var byID: [String: Document] = [:]
        for d in documents { byID[d.document.id] = d.document }
        var indexes: [String: CodePointIndex] = [:]

        var entries: [Entry] = []
        for finding in findings {
            let values = finding.values.map { v in
                Value(value: v.value, evidence: v.statements.map { s in
                    let e = s.claim.evidence
                    let doc = byID[e.document]
                    let text = doc?.text ?? ""
                    if indexes[e.document] == nil { indexes[e.document] = CodePointIndex(text) }
                    let index = indexes[e.document]!
                    let sentence = e.sentence, span = e.span.start >= e.sentence.start && e.span.end <= e.sentence.end ? e.span : e.sentence
                    return EvidenceEntry(
                        document: e.document, language: e.language, quote: e.quote,
                        before: text.slice(TextSpan(start: sentence.start, end: span.start)),
                        highlight: text.slice(span),
                        after: text.slice(TextSpan(start: span.end, end: sentence.end)),
                        start: index.offset(ofByte: e.span.start), end: index.offset(ofByte: e.span.end),
                        sentenceStart: index.offset(ofByte: sentence.start), sentenceEnd: index.offset(ofByte: sentence.end),
                        modality: s.claim.modality, rule: s.claim.rule, url: doc?.url, title: doc?.title)
                })
            }
            entries.append(Entry(finding: finding, values: values))
        }
        self.entries = entries
    }

    public var summary: (documents: Int, skipped: Int, events: Int, conflicts: Int, explained: Int, corroborated: Int, singleSource: Int) {
        (documents.count, problems.filter { $0.severity == .error }.count, events.count, conflicts.count,
         entries(.explained).count, entries(.corroborated).count, entries(.singleSource).count)
    }
}

/// The formats `--format` accepts for a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html
}

extension Report {
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text: return TextReportRenderer().render(self)
        case .json: return JSONReportRenderer().render(self)
        case .markdown: return MarkdownReportRenderer().render(self)
        case .html: return HTMLReportRenderer().render(self)
        }
    }
}
