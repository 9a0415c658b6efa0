import Extract
import Reconcile

/// What `crosscheck extract` prints for each document: its metadata, its text, every mention
/// (`type`, `text`, `start`, `end`, `value`, `rule`) and every claim. Offsets are Unicode code
/// points into `text`, end exclusive.
public struct ExtractionRenderer: Sendable {
    public init() {}

    public func json(_ e: Crosschecker.Extracted) -> JSONValue {
        let d = e.document
        let index = CodePointIndex(d.text)
        return .object([
            "id": .string(d.id), "path": .optional(d.path), "lang": .optional(d.language?.rawValue),
            "published": .optional(d.published?.iso), "title": .optional(d.title), "source": .optional(d.source),
            "url": .optional(d.url), "text": .string(d.text),
            "mentions": .array(e.extraction.mentions.map { mention($0, d.text, index) }),
            "claims": .array(e.extraction.claims.map { claim($0, index) }),
        ])
    }

    func mention(_ m: Mention, _ text: String, _ index: CodePointIndex) -> JSONValue {
        var o: [String: JSONValue] = [
            "type": .string(m.type.rawValue), "text": .string(text.slice(m.span)),
            "start": .int(index.offset(ofByte: m.span.start)), "end": .int(index.offset(ofByte: m.span.end)),
            "rule": .string(m.rule),
        ]
        switch m.value {
        case .time(let t):
            o["value"] = .string(t.timex)
            if let mod = t.modifier { o["modifier"] = .string(mod.rawValue) }
            if let anchor = t.anchor { o["anchor"] = .string(anchor) }
        case .ordinal(let n): o["value"] = .int(n)
        case .number(let q):
            o["value"] = .double(q.value)
            if let unit = q.unit { o["unit"] = .string(unit) }
            if q.approximate { o["approximate"] = .bool(true) }
        case .id(let id): o["value"] = .string(id)
        case .name(let name): o["value"] = .string(name)
        }
        return .object(o)
    }

    func claim(_ c: Claim, _ index: CodePointIndex) -> JSONValue {
        let subject: JSONValue
        switch c.subject {
        case .event(let ref):
            subject = .object(["kind": .string("event"), "series": .string(ref.series), "type": .string(ref.type),
                               "parties": .array(ref.parties.map(JSONValue.string)), "ordinal": .optional(ref.ordinal),
                               "instance": .int(ref.instance)])
        case .person(let name):
            subject = .object(["kind": .string("person"), "name": .string(name)])
        }
        return .object([
            "subject": subject, "attribute": .string(c.attribute.rawValue),
            "value": .string(ValueComparator.render(c.value)), "modality": .string(c.modality.rawValue),
            "evidence": .object([
                "quote": .string(c.evidence.quote),
                "start": .int(index.offset(ofByte: c.evidence.span.start)), "end": .int(index.offset(ofByte: c.evidence.span.end)),
                "sentence_start": .int(index.offset(ofByte: c.evidence.sentence.start)),
                "sentence_end": .int(index.offset(ofByte: c.evidence.sentence.end)),
            ]),
            "rule": .string(c.rule),
        ])
    }
}
