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
        let file = name.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? name
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}

extension InputSource.Format {
    /// Article extensions, lower-cased. `nil` for anything else (including no extension).
    init?(pathExtensionOf path: String) {
        switch InputSource.pathExtension(of: path) {
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
        let file = path.split(separator: "/").last ?? Substring(path)
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return "" }
        return file[file.index(after: dot)...].lowercased()
    }
}
