import Extract
import Reconcile

/// One self-contained HTML page for review: conflicts first, each side's evidence side by
/// side with the claim highlighted in its sentence, language tags and links to the sources.
/// No external assets and no script; every piece of article text is escaped.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    public func render(_ report: Report) -> String {
        let s = report.summary
        var body = ""
        body += "<header><h1>crosscheck report</h1><p class=\"summary\">\(s.documents) documents · \(s.events) events · "
        body += "<span class=\"conflict\">\(s.conflicts) conflict\(s.conflicts == 1 ? "" : "s")</span> · \(s.explained) explained · "
        body += "\(s.corroborated) corroborated · \(s.singleSource) single-source</p></header>\n"
        for (verdict, title) in [(Verdict.conflict, "Conflicts"), (.explained, "Explained — looks like a conflict, is not"), (.corroborated, "Corroborated")] {
            let entries = report.entries(verdict)
            body += "<section class=\"\(verdict.rawValue)\"><h2>\(escape(title)) (\(entries.count))</h2>\n"
            if entries.isEmpty { body += "<p class=\"none\">None.</p>\n" }
            for entry in entries { body += card(entry, report) }
            body += "</section>\n"
        }
        if !report.problems.isEmpty {
            body += "<section class=\"problems\"><h2>Inputs with problems (\(report.problems.count))</h2><ul>\n"
            for p in report.problems {
                body += "<li><code>\(escape(p.input))\(p.line.map { ":\($0)" } ?? "")</code> — \(escape(p.severity.rawValue)): \(escape(p.message))</li>\n"
            }
            body += "</ul></section>\n"
        }
        body += "<section class=\"documents\"><h2>Documents (\(report.documents.count))</h2><table><tr><th>id</th><th>lang</th><th>published</th><th>source</th><th>title</th></tr>\n"
        for d in report.documents {
            let title = escape(d.document.title ?? "")
            let linked = d.document.url.flatMap(safeURL).map { "<a href=\"\(escape($0))\">\(title.isEmpty ? escape($0) : title)</a>" } ?? title
            body += "<tr><td><code>\(escape(d.document.id))</code></td><td>\(escape(d.document.language?.rawValue ?? "?"))</td>"
            body += "<td>\(escape(d.document.published?.iso ?? ""))</td><td>\(escape(d.document.source ?? ""))</td><td>\(linked)</td></tr>\n"
        }
        body += "</table></section>\n"
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>crosscheck report</title>
        <style>\(HTMLReportRenderer.css)</style>
        </head><body>
        \(body)</body></html>

        """
    }

    func card(_ entry: Report.Entry, _ report: Report) -> String {
        let f = entry.finding
        let dismissed = report.dismissed.contains(f.id) ? " <span class=\"tag\">dismissed</span>" : ""
        var html = "<article class=\"finding \(f.verdict.rawValue)\" id=\"\(escape(f.id))\">\n"
        html += "<h3><span class=\"verdict\">\(escape(f.verdict.rawValue))</span> \(escape(f.attribute.rawValue)) of \(escape(entry.finding.subject))"
        html += " <code>\(escape(f.id))</code>\(dismissed)</h3>\n"
        html += "<p class=\"explanation\">\(escape(f.explanation))</p>\n<div class=\"sides\">\n"
        for value in entry.values {
            html += "<div class=\"side\"><div class=\"value\">\(escape(value.value))</div>\n"
            for e in value.evidence {
                let source = e.url.flatMap(safeURL).map { "<a href=\"\(escape($0))\">\(escape(e.document))</a>" } ?? escape(e.document)
                html += "<blockquote lang=\"\(e.language.rawValue)\"><p>\(escape(e.before))<mark>\(escape(e.highlight))</mark>\(escape(e.after))</p>"
                html += "<footer><span class=\"lang\">\(e.language.rawValue.uppercased())</span> \(source) · \(escape(e.modality.rawValue)) · "
                html += "chars \(e.start)–\(e.end) · <span class=\"rule\">\(escape(e.rule))</span></footer></blockquote>\n"
            }
            html += "</div>\n"
        }
        html += "</div></article>\n"
        return html
    }

    /// Only http(s) links are made clickable: a `javascript:` URL in an article stays text.
    func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }

    func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let css = """
    body{font:15px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1d1d1f;background:#fafafa}
    h1{margin:0 0 4px;font-size:24px}h2{margin:28px 0 10px;font-size:19px;border-bottom:1px solid #ddd;padding-bottom:4px}
    h3{margin:0 0 6px;font-size:16px}code{font-size:12px;color:#555}
    .summary .conflict{color:#b3261e;font-weight:600}
    .finding{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;padding:12px 14px;margin:0 0 14px}
    .finding.conflict{border-left-color:#b3261e}.finding.explained{border-left-color:#c98a00}.finding.corroborated{border-left-color:#2e7d32}
    .verdict{text-transform:uppercase;font-size:12px;letter-spacing:.05em;padding:2px 6px;border-radius:4px;background:#eee;margin-right:6px}
    .conflict .verdict{background:#fde7e6;color:#b3261e}.explained .verdict{background:#fff4d6;color:#8a5d00}.corroborated .verdict{background:#e4f3e5;color:#2e7d32}
    .explanation{margin:0 0 10px}
    .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
    .side{background:#f6f6f8;border-radius:6px;padding:8px 10px}.value{font-weight:600;margin-bottom:6px;font-family:ui-monospace,Menlo,monospace;font-size:13px}
    blockquote{margin:0 0 8px;padding:0}blockquote p{margin:0 0 4px}
    mark{background:#ffe27a;padding:0 2px;border-radius:2px}
    blockquote footer{font-size:12px;color:#666}.lang{font-weight:700;color:#fff;background:#5b6b7a;border-radius:3px;padding:0 4px;font-size:11px}
    .rule{font-family:ui-monospace,Menlo,monospace;font-size:11px}.tag{font-size:12px;background:#ddd;border-radius:3px;padding:1px 5px}
    table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;font-size:13px}
    .none{color:#666}
    """
}
