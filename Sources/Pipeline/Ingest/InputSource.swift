/// One input to read: a file or standard input, with the format its name (or a sniff) gives.
///
/// Sources are cheap descriptions; nothing is read until ``Ingestor/load(_:)``. A JSON Lines
/// source may give many documents, every other source gives at most one.
public struct InputSource: Hashable, Sendable, CustomStringConvertible {
    public enum Location: Hashable, Sendable {
        case file(String)
        case standardInput
    }

    /// How the bytes are read.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case text, markdown, html, jsonLines
        /// Decided from the first bytes: HTML when it looks like markup, else text.
        case sniff
    }

    public let location: Location
    public let format: Format

    public init(location: Location, format: Format) {
        self.location = location; self.format = format
    }

    /// A file, its format taken from the extension (`.sniff` when the extension says nothing).
    public init(path: String) {
        self.init(location: .file(path), format: Format(pathExtensionOf: path) ?? .sniff)
    }

    /// The name problems and documents carry: the path, or "-" for standard input.
    public var name: String {
        switch location {
        case .file(let path): return path
        case .standardInput: return "-"
        }
    }

    public var description: String { name }

    /// The file name without its last extension: the default document id
    /// ("seeds/000_097c.txt" → "000_097c", "lemonde.fr.html" → "lemonde.fr", "-" → "stdin").
    public var stem: String { InputSource.stem(of: name) }

    static func stem(of name: String) -> String {
        if name == "-" { return "stdin" }
        if let (file, dot) = asciiFileName(name) { return String(dot.map { name.utf8[file.lowerBound..<$0] } ?? name.utf8[file]) ?? name }
        let file = name.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? name
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The last component of an ASCII path and its last dot (not a leading one), found by
    /// bytes: in ASCII every byte is a character, so this is what splitting on "/" and
    /// looking for "." as characters gives. Nil for other paths.
    static func asciiFileName(_ path: String) -> (file: Range<String.Index>, dot: String.Index?)? {
        let utf8 = path.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return (path.startIndex..<path.endIndex, nil) }   // "/" alone: no component
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        let dot = utf8[start..<end].lastIndex(of: UInt8(ascii: "."))
        return (start..<end, dot == start ? nil : dot)
    }
}

extension InputSource.Format {
    /// The format of a path's article extension. `nil` for anything else (including no extension).
    init?(pathExtensionOf path: String) {
        self.init(pathExtension: InputSource.pathExtension(of: path))
    }

    /// Article extensions, lower-cased. `nil` for anything else (including none, "").
    init?(pathExtension: String) {
        switch pathExtension {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }
}

extension InputSource {
    /// The lower-cased extension of the last path component, "" when it has none (".bashrc" has none).
    static func pathExtension(of path: String) -> String {
        if let (file, dot) = asciiFileName(path) {
            return dot.map { String(path.utf8[path.utf8.index(after: $0)..<file.upperBound])!.lowercased() } ?? ""
        }
        let file = path.split(separator: "/").last ?? Substring(path)
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return "" }
        return file[file.index(after: dot)...].lowercased()
    }
}
