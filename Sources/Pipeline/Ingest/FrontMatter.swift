import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// The keys read (lower-cased); other keys (author, tags…) are ignored, and a later line
    /// wins over an earlier one.
    enum Key: String {
        case id, title, source, url, lang, language, published, date
    }

    private(set) var id: String?, title: String?, source: String?, url: String?
    private var langKey: String?, languageKey: String?, publishedKey: String?, dateKey: String?

    var lang: String? { langKey ?? languageKey }
    var published: String? { publishedKey ?? dateKey }

    mutating func set(_ key: Key, _ value: String) {
        switch key {
        case .id: id = value
        case .title: title = value
        case .source: source = value
        case .url: url = value
        case .lang: langKey = value
        case .language: languageKey = value
        case .published: publishedKey = value
        case .date: dateKey = value
        }
    }

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
        // Lines are found by `memchr` and sliced by UTF-8 offset (constant time on a native
        // string); only the few lines of a block are then read as strings.
        let utf8 = whole.utf8
        func lineEnd(from start: Int) -> Int? {
            UTF8Scan.withBytes(text) { bytes in
                memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start)
                    .map { bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            }
        }
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        // Nearly every article's first byte already says it has no block.
        guard let first = utf8.first, first == UInt8(ascii: "-") || first == 0x20 || first == 0x09 || first == 0x0D,
              let firstEnd = lineEnd(from: 0), isFence(whole[..<at(firstEnd)], closing: false)
        else { return Split(frontMatter: nil, body: whole, warnings: []) }

        var matter = FrontMatter()
        var warnings: [String] = []
        var cursor = firstEnd + 1
        var lineNumber = 1
        while cursor < utf8.count, lineNumber <= maxLines {
            lineNumber += 1
            let end = lineEnd(from: cursor) ?? utf8.count
            let line = whole[at(cursor)..<at(end)]
            let next = end < utf8.count ? end + 1 : end
            if isFence(line, closing: true) {
                return Split(frontMatter: matter, body: whole[at(next)...], warnings: warnings)
            }
            let trimmed = line.trimmingASCIIWhitespace()
            if !trimmed.isEmpty && !(trimmed.utf8.first == UInt8(ascii: "#") && trimmed.hasPrefix("#")) {
                if let colon = keyColon(trimmed), colon != trimmed.startIndex {
                    let key = trimmed[..<colon].trimmingASCIIWhitespace().lowercased()
                    let value = unquote(trimmed[trimmed.index(after: colon)...].trimmingASCIIWhitespace())
                    if !value.isEmpty, let known = Key(rawValue: key) { matter.set(known, value) }
                } else {
                    warnings.append("front matter line \(lineNumber) is not 'key: value'; ignored")
                }
            }
            cursor = next
        }
        return Split(frontMatter: nil, body: whole,
                     warnings: ["front matter opened on line 1 is not closed by '---' within \(maxLines) lines; read as text"])
    }

    /// The first ":" of a line, as a character. By bytes when what comes before it is ASCII and
    /// the byte after it is too (then that byte is a character of its own); else by characters.
    private static func keyColon(_ line: Substring) -> Substring.Index? {
        let utf8 = line.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            if b >= 0x80 { break }
            if b == UInt8(ascii: ":") {
                let after = utf8.index(after: i)
                if after == utf8.endIndex || utf8[after] < 0x80 { return i }
                break
            }
            i = utf8.index(after: i)
        }
        return line.firstIndex(of: ":")
    }

    /// "---" (or "..." closing), surrounding spaces aside. Compared by bytes: no other string
    /// is canonically equivalent to these.
    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let t = line.trimmingASCIIWhitespace().utf8
        return t.elementsEqual("---".utf8) || (closing && t.elementsEqual("...".utf8))
    }

    /// The value without matching quotes around it, "\"" and "''" unescaped inside.
    private static func unquote(_ value: Substring) -> String {
        let utf8 = value.utf8
        guard utf8.count >= 2, let first = utf8.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") else {
            return String(value)
        }
        // By bytes when the quotes are characters of their own (the bytes next to them are
        // ASCII); else by characters, as a combining mark may join a quote.
        let second = utf8[utf8.index(after: utf8.startIndex)]
        let last = utf8[utf8.index(before: utf8.endIndex)], beforeLast = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        if second < 0x80 && beforeLast < 0x80 {
            return last == first ? unescaped(value[utf8.index(after: utf8.startIndex)..<utf8.index(before: utf8.endIndex)], quote: first)
                : String(value)
        }
        if value.count >= 2, value.first == value.last, let quote = value.first?.asciiValue, quote == first {
            return unescaped(value.dropFirst().dropLast(), quote: quote)
        }
        return String(value)
    }

    private static func unescaped(_ inner: Substring, quote: UInt8) -> String {
        // Foundation only when there is an escape to replace (a bridge and a copy otherwise).
        if quote == UInt8(ascii: "\"") {
            return inner.utf8.contains(0x5C) ? inner.replacingOccurrences(of: "\\\"", with: "\"") : String(inner)
        }
        return inner.utf8.contains(0x27) ? inner.replacingOccurrences(of: "''", with: "'") : String(inner)
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
