#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a plain-text or Markdown article: line endings to "\n", an optional front-matter block
/// split off, and for Markdown the markup that is not text (heading marks, emphasis, link
/// targets, images) taken out.
enum PlainTextLoader {
    struct Loaded {
        var text: Substring
        var frontMatter: FrontMatter?
        var warnings: [String]
    }

    static func load(_ raw: String, markdown: Bool) -> Loaded {
        let text = normalizeNewlines(raw)
        let split = FrontMatter.split(text)
        let body = markdown ? Substring(MarkdownText.plain(split.body)) : split.body
        return Loaded(text: body, frontMatter: split.frontMatter, warnings: split.warnings)
    }

    /// "\r\n" and lone "\r" become "\n". Text without "\r" (nearly all) is returned as it is,
    /// after one `memchr`.
    static func normalizeNewlines(_ text: String) -> String {
        UTF8Scan.withBytes(text) { bytes in
            guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var previousCR = false
                for b in bytes {
                    if b == 0x0D { out[n] = 0x0A; n += 1; previousCR = true; continue }
                    if b == 0x0A && previousCR { previousCR = false; continue }
                    previousCR = false
                    out[n] = b; n += 1
                }
                return n
            }
        }
    }
}

/// The text of a Markdown document, line by line: "# Title" → "Title", "> quote" → "quote",
/// "**bold**" → "bold", "[text](url)" → "text", images removed. List markers, tables and code
/// stay as they are: they are readable text, and a sentence keeps its words.
enum MarkdownText {
    static func plain(_ markdown: Substring) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        var first = true
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += "\n" }
            first = false
            out += inline(blockMarkers(line))
        }
        return out
    }

    private static func blockMarkers(_ line: Substring) -> Substring {
        var rest = line
        // Blockquote marks, then one heading mark run.
        while rest.hasPrefix(">") { rest = rest.dropFirst().drop(while: { $0 == " " }) }
        if rest.hasPrefix("#") {
            let hashes = rest.prefix(while: { $0 == "#" })
            if hashes.count <= 6, rest.dropFirst(hashes.count).first.map({ $0 == " " }) ?? true {
                rest = rest.dropFirst(hashes.count).drop(while: { $0 == " " })
                // Closing hashes: "## Title ##".
                while rest.hasSuffix("#") { rest = rest.dropLast() }
                while rest.hasSuffix(" ") { rest = rest.dropLast() }
            }
        }
        return rest
    }

    /// Inline markup: images, links, emphasis and code marks.
    private static func inline(_ line: Substring) -> String {
        guard line.contains(where: { "*_[!`".contains($0) }) else { return String(line) }
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "!", line[line.index(after: i)...].hasPrefix("["), let (_, end) = link(in: line, at: line.index(after: i)) {
                i = end                       // an image: its alt text is not article text
                continue
            }
            if c == "[", let (text, end) = link(in: line, at: i) {
                out += inline(text)
                i = end
                continue
            }
            let isListMarker = c == "*" && i == line.startIndex && line.dropFirst().first == " "
            if (c == "*" && !isListMarker) || c == "`" || (c == "_" && isEmphasisUnderscore(line, i)) {
                i = line.index(after: i)       // emphasis and code marks
                continue
            }
            out.append(c)
            i = line.index(after: i)
        }
        return out
    }

    /// "[text](target)" starting at `start`: the text and the index after ")".
    private static func link(in line: Substring, at start: Substring.Index) -> (Substring, Substring.Index)? {
        guard let close = line[start...].firstIndex(of: "]") else { return nil }
        let afterClose = line.index(after: close)
        guard afterClose < line.endIndex, line[afterClose] == "(",
              let paren = line[afterClose...].firstIndex(of: ")") else { return nil }
        return (line[line.index(after: start)..<close], line.index(after: paren))
    }

    /// "_" at a word edge marks emphasis; inside a word ("snake_case") it is text.
    private static func isEmphasisUnderscore(_ line: Substring, _ i: Substring.Index) -> Bool {
        let before = i > line.startIndex ? line[line.index(before: i)] : " "
        let afterIndex = line.index(after: i)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
