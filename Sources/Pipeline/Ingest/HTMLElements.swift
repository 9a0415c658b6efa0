internal import CLibXML2
import Extract
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the loader reads of an element: its name and attributes, and the drop rules they give.
extension HTMLLoader {
    /// What the loader needs to know about an element name, from ``HTMLDropRules``' tables
    /// (kept there as sets of names) and the few names it looks for itself.
    struct Tag: Sendable {
        enum Name: Sendable { case html, body, title, meta, link, script, article, main, time, svg, other }
        var name = Name.other
        var isDropped = false       // HTMLDropRules.droppedTags
        var isBlock = false         // HTMLDropRules.blockTags
        var isRoot = false          // HTMLDropRules.rootTags
        var isPageHeader = false    // HTMLDropRules.pageHeaderTag

        /// Names compared as bytes (libxml2 gives them as it read them; the sets hold lower case).
        struct Table: Sendable {
            private var names: [[UInt8]] = []
            private var tags: [Tag] = []
            private var index = HashedWordTable<Int>([], combine: { a, _ in a })
            let unknown = Tag()

            init() {
                let special: [String: Name] = ["html": .html, "body": .body, "title": .title, "meta": .meta, "link": .link,
                                               "script": .script, "article": .article, "main": .main, "time": .time, "svg": .svg]
                let all = HTMLDropRules.droppedTags.union(HTMLDropRules.blockTags).union(HTMLDropRules.rootTags)
                    .union(special.keys).union([HTMLDropRules.pageHeaderTag])
                var entries: [(hash: UInt64, value: Int)] = []
                for name in all.sorted() {
                    let tag = Tag(name: special[name] ?? .other, isDropped: HTMLDropRules.droppedTags.contains(name),
                                  isBlock: HTMLDropRules.blockTags.contains(name), isRoot: HTMLDropRules.rootTags.contains(name),
                                  isPageHeader: name == HTMLDropRules.pageHeaderTag)
                    entries.append((Folding.hash(name.utf8), names.count))
                    names.append(Array(name.utf8))
                    tags.append(tag)
                }
                index = HashedWordTable(entries, combine: { a, _ in a })
            }

            func lookUp(_ name: UnsafePointer<UInt8>) -> Tag {
                var hash = FNV1a()
                var length = 0
                while name[length] != 0 { hash.add(name[length]); length += 1 }
                guard let k = index.value(forHash: hash.value), names[k].count == length,
                      names[k].withUnsafeBufferPointer({ memcmp($0.baseAddress!, name, length) == 0 }) else { return unknown }
                return tags[k]
            }
        }

        static let table = Table()
    }

    /// The attributes the loader looks at, read in one pass over the element's attribute list.
    /// Names are matched on their bytes (ASCII case-insensitively, as `lowercased()` then
    /// comparing did: no other scalar lowercases to these names' letters). Values stay
    /// libxml2's bytes, valid while the element's event lasts: every element is judged by its
    /// id, class, role and itemprop, and only the few tags the metadata comes from make
    /// `String`s of the others (``string(_:)``).
    struct Attributes {
        typealias Value = UnsafePointer<UInt8>
        var id: Value?, classes: Value?, role: Value?, itemprop: Value?
        var hidden = false
        var lang: Value?, property: Value?, name: Value?, content: Value?, rel: Value?, href: Value?
        var type: Value?, datetime: Value?, httpEquiv: Value?

        /// The names `Attributes` knows, by their lower-case bytes.
        enum Key: Int, Sendable, CaseIterable {
            case id, `class`, role, itemprop, hidden, ariaHidden, lang, xmlLang, property, name, content, rel, href, type,
                 datetime, httpEquiv

            var spelling: String {
                switch self {
                case .id: return "id"
                case .class: return "class"
                case .role: return "role"
                case .itemprop: return "itemprop"
                case .hidden: return "hidden"
                case .ariaHidden: return "aria-hidden"
                case .lang: return "lang"
                case .xmlLang: return "xml:lang"
                case .property: return "property"
                case .name: return "name"
                case .content: return "content"
                case .rel: return "rel"
                case .href: return "href"
                case .type: return "type"
                case .datetime: return "datetime"
                case .httpEquiv: return "http-equiv"
                }
            }

            static let byName = HashedWordTable<Key>(allCases.map { (Folding.hash($0.spelling.utf8), $0) }, combine: { a, _ in a })
            /// Each key's spelling as bytes, by raw value.
            static let spellings: [[UInt8]] = allCases.map { Array($0.spelling.utf8) }

            /// The key `raw` names, ignoring ASCII case; nil for any other name.
            static func of(_ raw: UnsafePointer<UInt8>) -> Key? {
                var hash = FNV1a()
                var length = 0
                while raw[length] != 0 {
                    let b = raw[length]
                    if b >= 0x80 { return nil }
                    hash.add(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                    length += 1
                }
                guard let key = byName.value(forHash: hash.value) else { return nil }
                return spellings[key.rawValue].withUnsafeBufferPointer { spelling in
                    guard spelling.count == length else { return nil }
                    for k in 0..<length where spelling[k] != (raw[k] >= 0x41 && raw[k] <= 0x5A ? raw[k] + 32 : raw[k]) { return nil }
                    return key
                }
            }
        }

        /// From libxml2's list of name and value pairs, ended by a nil name. A value is nil for
        /// an attribute written without one, which reads as empty. Of two `lang` the first
        /// counts, of other names the last.
        init(_ list: UnsafePointer<UnsafePointer<xmlChar>?>?) {
            guard var pair = list else { return }
            while let rawName = pair[0] {
                let value = pair[1] ?? ("" as StaticString).utf8Start
                pair += 2
                guard let key = Key.of(rawName) else { continue }
                switch key {
                case .id: id = value
                case .class: classes = value
                case .role: role = value
                case .itemprop: itemprop = value
                case .hidden: hidden = true
                case .ariaHidden: if Self.string(value).lowercased() == "true" { hidden = true }
                case .lang, .xmlLang: lang = lang ?? value
                case .property: property = value
                case .name: name = value
                case .content: content = value
                case .rel: rel = value
                case .href: href = value
                case .type: type = value
                case .datetime: datetime = value
                case .httpEquiv: httpEquiv = value
                }
            }
        }

        static func string(_ value: Value) -> String { String(cString: value) }
        static func string(_ value: Value?) -> String? { value.map { String(cString: $0) } }

        /// `type` holds "ld+json" in any case (`<script type="application/ld+json">`): read on
        /// the bytes, which are ASCII in practice (`String`'s search took more than the rest
        /// of the element's handling); other values are read as a lower-cased string, as before.
        var typeNamesLinkedData: Bool {
            guard let type else { return false }
            let needle: StaticString = "ld+json"
            let n = needle.utf8CodeUnitCount
            var length = 0
            while type[length] != 0 {
                if type[length] >= 0x80 { return Self.string(type).lowercased().contains("ld+json") }
                length += 1
            }
            guard length >= n else { return false }
            return (0...(length - n)).contains { start in
                (0..<n).allSatisfy { k in
                    let b = type[start + k]
                    return (b >= 0x41 && b <= 0x5A ? b + 32 : b) == needle.utf8Start[k]
                }
            }
        }

        /// `itemprop` is exactly `value` (bytes compared: both sides ASCII, which no other
        /// spelling is canonically equivalent to, as `String`'s `==` would allow).
        func itempropIs(_ value: StaticString) -> Bool {
            guard let itemprop else { return false }
            return strcmp(UnsafeRawPointer(itemprop).assumingMemoryBound(to: CChar.self),
                          UnsafeRawPointer(value.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
        }
    }

    // MARK: Drop rules

    /// An element's drop rules, decided when it opens; which of them apply depends on the pass
    /// (``isDropped(insideArticle:tagRulesOnly:)``).
    struct ElementRules: OptionSet, Sendable {
        let rawValue: UInt8
        /// Starts and ends a line (HTMLDropRules.blockTags).
        static let block = ElementRules(rawValue: 1)
        /// Never article text (HTMLDropRules.droppedTags).
        static let droppedTag = ElementRules(rawValue: 2)
        /// `<header>`: furniture outside the article, the headline inside it.
        static let pageHeader = ElementRules(rawValue: 4)
        /// Hidden, a furniture role, or a furniture class or id (not an article root).
        static let droppedAttributes = ElementRules(rawValue: 8)

        func isDropped(insideArticle: Bool, tagRulesOnly: Bool = false) -> Bool {
            if contains(.droppedTag) { return true }
            if contains(.pageHeader) && !insideArticle { return true }
            return !tagRulesOnly && contains(.droppedAttributes)
        }
    }

    /// Decides which elements are furniture by their attributes (``HTMLDropRules``), remembering
    /// class and id values already judged: pages repeat the same few dozen classes thousands of
    /// times, and the pages of one site the same ones. A judge serves one parse at a time (it
    /// travels with a parser context) and forgets everything past ``limit`` values (of at most
    /// ``longestKept`` bytes).
    struct DropJudge {
        /// By the FNV-1a hash of the value's bytes; the bytes tell apart two values with one hash.
        private var judged: [UInt64: (value: [UInt8], isFurniture: Bool)] = [:]
        static let limit = 4096
        /// Longer values are judged each time, not kept.
        static let longestKept = 256

        /// The element's rules: its tag's, and `droppedAttributes` when its attributes drop it.
        mutating func rules(_ tag: Tag, _ a: Attributes) -> ElementRules {
            var rules: ElementRules = []
            if tag.isBlock { rules.insert(.block) }
            if tag.isPageHeader { rules.insert(.pageHeader) }
            // A dropped tag is dropped whatever its attributes say.
            if tag.isDropped { rules.insert(.droppedTag) } else if dropsByAttributes(tag, a) { rules.insert(.droppedAttributes) }
            return rules
        }

        private mutating func dropsByAttributes(_ tag: Tag, _ a: Attributes) -> Bool {
            if a.hidden { return true }
            if let role = a.role, role[0] != 0, HTMLDropRules.droppedRoles.contains(Attributes.string(role).lowercased()) { return true }
            if tag.isRoot || a.itempropIs("articleBody") { return false }
            return isFurniture(a.classes) || isFurniture(a.id)
        }

        private mutating func isFurniture(_ value: UnsafePointer<UInt8>?) -> Bool {
            guard let value else { return false }
            var hash = FNV1a()
            var length = 0
            while value[length] != 0 { hash.add(value[length]); length += 1 }
            if length == 0 { return false }
            let bytes = UnsafeBufferPointer(start: value, count: length)
            if let known = judged[hash.value], known.value.elementsEqual(bytes) { return known.isFurniture }
            let verdict = HTMLDropRules.isFurniture(classOrID: String(decoding: bytes, as: UTF8.self))
            guard length <= Self.longestKept else { return verdict }
            if judged.count >= Self.limit { judged.removeAll(keepingCapacity: true) }
            judged[hash.value] = (Array(bytes), verdict)
            return verdict
        }
    }
}
