import Extract
import Reconcile

/// The JSON report, for tools: versioned (`schema_version`), sorted keys, no timestamps, so
/// the same input in any order gives byte-identical output.
public struct JSONReportRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        json(report).rendered(pretty: true) + "\n"
    }

    public func json(_ report: Report) -> JSONValue {
        let s = report.summary
        return .object([
            "schema_version": .int(Report.schemaVersion),
            "summary": .object([
                "documents": .int(s.documents), "skipped": .int(s.skipped), "events": .int(s.events),
                "conflicts": .int(s.conflicts), "explained": .int(s.explained),
                "corroborated": .int(s.corroborated), "single_source": .int(s.singleSource),
            ]),
            "documents": .array(report.documents.map(document)),
            "problems": .array(report.problems.map(problem)),
            "events": .array(report.events.map(event)),
            "discrepancies": .array((report.entries(.conflict) + report.entries(.explained)).map { entry($0, report) }),
            "corroborations": .array(report.entries(.corroborated).map { entry($0, report) }),
            "single_source": .array(report.entries(.singleSource).map { entry($0, report) }),
        ])
    }

    func document(_ d: Report.DocumentEntry) -> JSONValue {
        .object([
            "id": .string(d.document.id), "path": .optional(d.document.path), "lang": .optional(d.document.language?.rawValue),
            "published": .optional(d.document.published?.iso), "title": .optional(d.document.title),
            "source": .optional(d.document.source), "url": .optional(d.document.url),
            "mentions": .int(d.mentions), "claims": .int(d.claims),
        ])
    }

    static func problemJSON(_ p: InputProblem) -> JSONValue {
        .object(["input": .string(p.input), "line": .optional(p.line), "message": .string(p.message),
                 "severity": .string(p.severity.rawValue)])
    }
    func problem(_ p: InputProblem) -> JSONValue { JSONReportRenderer.problemJSON(p) }

    func event(_ e: LinkedEvent) -> JSONValue {
        .object([
            "id": .string(e.id), "series": .string(e.series), "type": .string(e.type),
            "parties": .array(e.parties.map(JSONValue.string)), "ordinal": .optional(e.ordinal),
            "date": .optional(e.date), "place": .optional(e.place), "documents": .array(e.documents.map(JSONValue.string)),
        ])
    }

    func entry(_ entry: Report.Entry, _ report: Report) -> JSONValue {
        let f = entry.finding
        var object: [String: JSONValue] = [
            "id": .string(f.id), "verdict": .string(f.verdict.rawValue), "kind": .string(f.kind.rawValue),
            "event": .string(f.event), "attribute": .string(f.attribute.rawValue), "explanation": .string(f.explanation),
            "values": .array(entry.values.map { v in
                .object(["value": .string(v.value), "evidence": .array(v.evidence.map(evidence))])
            }),
        ]
        if report.dismissed.contains(f.id) { object["review"] = .string("dismissed") }
        return .object(object)
    }

    func evidence(_ e: Report.EvidenceEntry) -> JSONValue {
        .object([
            "document": .string(e.document), "language": .string(e.language.rawValue), "quote": .string(e.quote),
            "text": .string(e.highlight), "start": .int(e.start), "end": .int(e.end),
            "sentence_start": .int(e.sentenceStart), "sentence_end": .int(e.sentenceEnd),
            "modality": .string(e.modality.rawValue), "rule": .string(e.rule),
        ])
    }
}
