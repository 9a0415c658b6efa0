import Extract
import Foundation
internal import Yams

/// Reads a user lexicon file (YAML, or JSON, which YAML reads too) into lexicon entries, so
/// users add their beat's events, names and aliases without recompiling.
///
/// The format (see `fixtures/lexicons/example.yaml`):
/// ```yaml
/// entries:                       # or the list of entries alone, at the top level
///   - kind: event                # party | place | event | agreement | role | person
///     id: economic-security-dialogue
///     fr: [dialogue sur la sécurité économique]   # names in French (a string or a list)
///     en: [economic security dialogue]            # names in English
///     any: [ESD]                                  # names in any language (acronyms, proper names)
///     properties: {class: dialogue}               # free-form strings the rules read
/// ```
/// - `kind` and `id` are required; every other key is optional. An entry whose kind and id are
///   already known adds its names and properties to the known one (an alias file may hold only
///   `kind`, `id` and the new names).
/// - Names are normalised to NFC, as document text is, so "Séoul" typed with a combining accent
///   still matches.
/// - Properties the rules read: `class` and `refers-to` for events, `country` and
///   `locative-only` for places, `series-party` and `adjective-of` for parties, `capitalized`
///   (see the bundled lexicon files).
/// - Any other key, an unknown kind, a missing id or a name that is not text is an error naming
///   the file and the line; so is YAML that does not parse.
public enum LexiconLoader {
    /// Reads and parses one lexicon file.
    /// - Throws: ``LexiconFileError`` naming the file (and the line, when the content is at fault).
    public static func load(contentsOf path: String) throws -> [LexiconEntry] {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw LexiconFileError(file: path, line: nil, column: nil, problem: "not UTF-8 text")
            }
            text = decoded
        } catch let error as LexiconFileError {
            throw error
        } catch {
            throw LexiconFileError(file: path, line: nil, column: nil, problem: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    /// The bundled lexicon plus the entries of each file, in order.
    public static func lexicon(adding files: [String], to base: Lexicon = .bundled) throws -> Lexicon {
        var lexicon = base
        for file in files { lexicon.add(try load(contentsOf: file)) }
        return lexicon
    }

    /// Parses lexicon text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> [LexiconEntry] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw LexiconFileError(yaml: error, file: file)
        }
        guard let root else { return [] }   // an empty file adds nothing
        let list: Node.Sequence
        if let sequence = root.sequence {
            list = sequence
        } else if let mapping = root.mapping {
            for (key, _) in mapping where key.string != "entries" {
                throw LexiconFileError(file: file, node: key, problem: "unknown top-level key \"\(key.string ?? "?")\" (expected \"entries\")")
            }
            guard let entries = mapping["entries"] else { return [] }
            if entries.null != nil { return [] }
            guard let sequence = entries.sequence else {
                throw LexiconFileError(file: file, node: entries, problem: "\"entries\" must be a list of entries")
            }
            list = sequence
        } else {
            throw LexiconFileError(file: file, node: root, problem: "expected a list of entries or a mapping with \"entries\"")
        }
        return try list.map { try entry($0, file: file) }
    }

    static let knownKeys: Set<String> = ["kind", "id", "fr", "en", "any", "properties"]

    private static func entry(_ node: Node, file: String) throws -> LexiconEntry {
        guard let mapping = node.mapping else {
            throw LexiconFileError(file: file, node: node, problem: "an entry must be a mapping with kind, id and names")
        }
        for (key, _) in mapping {
            guard let name = key.string, knownKeys.contains(name) else {
                throw LexiconFileError(file: file, node: key, problem: "unknown key \"\(key.string ?? "?")\" (expected one of "
                                       + knownKeys.sorted().joined(separator: ", ") + ")")
            }
        }
        guard let kindNode = mapping["kind"] else {
            throw LexiconFileError(file: file, node: node, problem: "entry without \"kind\"")
        }
        guard let kindName = kindNode.scalar?.string, let kind = LexiconEntry.Kind(rawValue: kindName) else {
            throw LexiconFileError(file: file, node: kindNode, problem: "unknown kind \"\(kindNode.scalar?.string ?? "?")\" (expected one of "
                                   + LexiconEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        guard let idNode = mapping["id"] else {
            throw LexiconFileError(file: file, node: node, problem: "entry without \"id\"")
        }
        guard let id = idNode.scalar?.string.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
            throw LexiconFileError(file: file, node: idNode, problem: "\"id\" must be a non-empty string")
        }
        var properties: [String: String] = [:]
        if let p = mapping["properties"], p.null == nil {
            guard let pm = p.mapping else {
                throw LexiconFileError(file: file, node: p, problem: "\"properties\" must be a mapping of names to strings")
            }
            for (key, value) in pm {
                guard let k = key.scalar?.string, let v = value.scalar?.string else {
                    throw LexiconFileError(file: file, node: value, problem: "property values must be strings")
                }
                properties[k] = v
            }
        }
        return LexiconEntry(kind: kind, id: id, fr: try names(mapping["fr"], file: file), en: try names(mapping["en"], file: file),
                            any: try names(mapping["any"], file: file), properties: properties)
    }

    /// A name or a list of names, NFC, trimmed, empty ones dropped.
    private static func names(_ node: Node?, file: String) throws -> [String] {
        guard let node, node.null == nil else { return [] }
        let items: [Node]
        if let s = node.sequence { items = Array(s) } else { items = [node] }
        return try items.compactMap { item in
            guard let s = item.scalar?.string else {
                throw LexiconFileError(file: file, node: item, problem: "a name must be text")
            }
            let name = s.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
    }
}

/// A lexicon file that cannot be used: which file, where, and why.
public struct LexiconFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the file as a whole is at fault (unreadable).
    public let line: Int?
    public let column: Int?
    public let problem: String

    public init(file: String, line: Int?, column: Int?, problem: String) {
        self.file = file; self.line = line; self.column = column; self.problem = problem
    }

    init(file: String, node: Node, problem: String) {
        self.init(file: file, line: node.mark?.line, column: node.mark?.column, problem: problem)
    }

    init(yaml error: YamlError, file: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { problem + " " + $0.text } ?? problem
            self.init(file: file, line: mark.line, column: mark.column, problem: "not valid YAML: " + detail)
        case let .duplicatedKeysInMapping(duplicates, context):
            self.init(file: file, line: context.mark.line, column: context.mark.column,
                      problem: "duplicated keys " + duplicates.joined(separator: ", "))
        case let .reader(problem, _, _, _):
            self.init(file: file, line: nil, column: nil, problem: "not readable as YAML: " + problem)
        default:
            self.init(file: file, line: nil, column: nil, problem: "not valid YAML: \(error)")
        }
    }

    /// "my.yaml:12:3: unknown kind \"venue\" (expected one of …)".
    public var description: String {
        var s = file
        if let line { s += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return s + ": " + problem
    }
}
