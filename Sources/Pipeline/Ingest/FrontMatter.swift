import Foundation

/// The optional metadata block at the top of a text or Markdown article:
///
///     ---
///     id: eu-korea-wire
///     lang: en
///     published: 2024-07-02
///     source: Brussels Wire
///     url: https://example.org/x
///     title: "EU and Korea hold second Digital Partnership Council"
///     ---
///
/// Keys are case-insensitive; values may be quoted. Unknown keys (author, tags…) are ignored.
/// The block must start on the first line and close ("---" or "...") within
/// ``FrontMatter/maxLines`` lines; otherwise the text is read as it is, with a warning.
struct FrontMatter: Equatable {
    static let maxLines = 100

    var fields: [String: String] = [:]

    var id: String? { fields["id"] }
    var title: String? { fields["title"] }
    var source: String? { fields["source"] }
    var url: String? { fields["url"] }
    var lang: String? { fields["lang"] ?? fields["language"] }
    var published: String? { fields["published"] ?? fields["date"] }

    struct Split {
        var frontMatter: FrontMatter?
        /// The text after the block (all of it when there is no block).
        var body: Substring
        /// Lines of the block that were not understood, and an unclosed block.
        var warnings: [String]
    }

    /// Separates a leading front-matter block from the article text.
    static func split(_ text: String) -> Split {
        let whole = Substring(text)
        guard let firstEnd = lineEnd(in: whole, from: whole.startIndex),
              isFence(whole[whole.startIndex..<firstEnd], closing: false)
        else { return Split(frontMatter: nil, body: whole, warnings: []) }

        var matter = FrontMatter()
        var warnings: [String] = []
        var cursor = whole.utf8.index(after: firstEnd)
        var lineNumber = 1
        while cursor < whole.endIndex, lineNumber <= maxLines {
            lineNumber += 1
            let end = lineEnd(in: whole, from: cursor) ?? whole.endIndex
            let line = whole[cursor..<end]
            let next = end < whole.endIndex ? whole.utf8.index(after: end) : end
            if isFence(line, closing: true) {
                return Split(frontMatter: matter, body: whole[next...], warnings: warnings)
            }
            let trimmed = line.trimmingASCIIWhitespace()
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                if let colon = trimmed.firstIndex(of: ":"), colon != trimmed.startIndex {
                    let key = trimmed[..<colon].trimmingASCIIWhitespace().lowercased()
                    let value = unquote(trimmed[trimmed.index(after: colon)...].trimmingASCIIWhitespace())
                    if !value.isEmpty { matter.fields[key] = value }
                } else {
                    warnings.append("front matter line \(lineNumber) is not 'key: value'; ignored")
                }
            }
            cursor = next
        }
        return Split(frontMatter: nil, body: whole,
                     warnings: ["front matter opened on line 1 is not closed by '---' within \(maxLines) lines; read as text"])
    }

    private static func lineEnd(in text: Substring, from start: Substring.Index) -> Substring.Index? {
        text.utf8[start...].firstIndex(of: 0x0A)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let t = line.trimmingASCIIWhitespace()
        return t == "---" || (closing && t == "...")
    }

    private static func unquote(_ value: Substring) -> String {
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            let inner = value.dropFirst().dropLast()
            // Foundation only when there is an escape to replace (a bridge and a copy otherwise).
            if first == "\"" {
                return inner.utf8.contains(0x5C) ? inner.replacingOccurrences(of: "\\\"", with: "\"") : String(inner)
            }
            return inner.utf8.contains(0x27) ? inner.replacingOccurrences(of: "''", with: "'") : String(inner)
        }
        return String(value)
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Without leading and trailing spaces, tabs, CR and LF.
    ///
    /// Trimmed by bytes; when a trimmed end meets a non-ASCII scalar (which could join the
    /// whitespace into one `Character`, as a combining mark does), by `Character` as before.
    func trimmingASCIIWhitespace() -> SubSequence {
        let utf8 = self.utf8
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start == end { return self[endIndex..<endIndex] }
        let frontIsPlain = start == utf8.startIndex || utf8[start] < 0x80
        let backIsPlain = end == utf8.endIndex || utf8[utf8.index(before: end)] < 0x80
        if frontIsPlain && backIsPlain { return self[start..<end] }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex..<endIndex]
        }
        return self[first...last]
    }
}
