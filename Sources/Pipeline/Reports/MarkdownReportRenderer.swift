import Extract
import Reconcile

/// The Markdown report, for tickets and mail: one section per verdict, each discrepancy with
/// its explanation and every quote as a blockquote, the claim in bold.
public struct MarkdownReportRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let s = report.summary
        var out = "# crosscheck report\n\n"
        out += "\(s.documents) documents, \(s.events) events: **\(s.conflicts) conflict\(s.conflicts == 1 ? "" : "s")**, \(s.explained) explained, \(s.corroborated) corroborated, \(s.singleSource) single-source.\n"
        for (verdict, title) in [(Verdict.conflict, "Conflicts"), (.explained, "Explained"), (.corroborated, "Corroborated")] {
            let entries = report.entries(verdict)
            guard !entries.isEmpty else { continue }
            out += "\n## \(title)\n"
            for entry in entries {
                let dismissed = report.dismissed.contains(entry.finding.id) ? " *(dismissed)*" : ""
                out += "\n### \(escape(entry.finding.attribute.rawValue)) of \(escape(entry.finding.subject)) — `\(entry.finding.id)`\(dismissed)\n\n"
                out += escape(entry.finding.explanation) + "\n"
                for value in entry.values {
                    out += "\n- **\(escape(value.value))**\n"
                    for e in value.evidence {
                        let source = e.url.map { "[\(escape(e.document))](\($0))" } ?? "`\(e.document)`"
                        out += "  - \(source) (\(e.language.rawValue), \(e.modality.rawValue), chars \(e.start)–\(e.end)):\n"
                        out += "    > \(escape(e.before))**\(escape(e.highlight))**\(escape(e.after))\n"
                    }
                }
            }
        }
        if !report.problems.isEmpty {
            out += "\n## Inputs with problems\n\n"
            for p in report.problems { out += "- `\(p.input)`\(p.line.map { " line \($0)" } ?? ""): \(p.severity.rawValue): \(escape(p.message))\n" }
        }
        out += "\n## Documents\n\n| id | lang | published | title |\n|---|---|---|---|\n"
        for d in report.documents {
            out += "| `\(d.document.id)` | \(d.document.language?.rawValue ?? "?") | \(d.document.published?.iso ?? "") | \(escape(d.document.title ?? "")) |\n"
        }
        return out
    }

    /// Markdown's active characters, so an article's text cannot restructure the report.
    func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": out.append("\\"); out.append(c)
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }
}
