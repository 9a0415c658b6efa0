import Extract
import Reconcile

/// The short terminal summary `check` prints by default: counts, then conflicts with both
/// quotes, then the explained look-alikes and what was corroborated, wrapped to 80 columns.
public struct TextReportRenderer: Sendable {
    public var width = 80
    public init() {}

    public func render(_ report: Report) -> String {
        let s = report.summary
        var out = "crosscheck: \(s.documents) document\(s.documents == 1 ? "" : "s"), \(s.events) event\(s.events == 1 ? "" : "s"): "
            + "\(s.conflicts) conflict\(s.conflicts == 1 ? "" : "s"), \(s.explained) explained, \(s.corroborated) corroborated, "
            + "\(s.singleSource) single-source\n\n"
        for (verdict, title) in [(Verdict.conflict, "CONFLICT"), (.explained, "EXPLAINED"), (.corroborated, "CORROBORATED")] {
            let entries = report.entries(verdict)
            guard !entries.isEmpty else { continue }
            for entry in entries {
                let dismissed = report.dismissed.contains(entry.finding.id) ? " (dismissed)" : ""
                out += "\(title) \(entry.finding.id)\(dismissed)  \(entry.finding.attribute.rawValue) of \(entry.finding.subject)\n"
                out += wrap(entry.finding.explanation, indent: "  ")
                // Conflicts show every side's quote; the rest one quote per value, to stay short.
                for value in entry.values {
                    for e in verdict == .conflict ? value.evidence : Array(value.evidence.prefix(1)) {
                        out += wrap("\(e.document) [\(e.language.rawValue)] \(value.value): «\(excerpt(e))»", indent: "    ")
                    }
                }
                out += "\n"
            }
        }
        let skipped = report.problems
        if !skipped.isEmpty {
            out += "\nInputs with problems:\n"
            for p in skipped { out += wrap(p.description, indent: "  ") }
        }
        return out
    }

    /// The highlighted words with some context, at most ~160 characters.
    func excerpt(_ e: Report.EvidenceEntry) -> String {
        let room = 70
        var before = e.before, after = e.after
        if before.count > room { before = "…" + before.suffix(room).drop { $0 != " " } }
        if after.count > room { after = after.prefix(room).reversed().drop { $0 != " " }.reversed().map(String.init).joined() + "…" }
        return (before + "[" + e.highlight + "]" + after).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.count + word.count + 1 > width, line.count > indent.count {
                lines.append(line)
                line = indent + "  "
            }
            line += (line.hasSuffix(" ") || line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
