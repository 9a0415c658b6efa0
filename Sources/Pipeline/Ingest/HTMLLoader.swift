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

/// An HTML page reduced to its article: the text, one block per line, and its metadata.
struct HTMLPage: Sendable {
    var text: String
    var metadata: HTMLMetadata
}

/// Reads HTML with libxml2's recovering HTML parser and walks the tree itself.
///
/// The text comes from the article root — the `<article>` outside furniture holding the most text
/// (or the `[itemprop=articleBody]` element when that article does not contain it), else
/// `<main>`, else `<body>` — with the elements of ``HTMLDropRules`` left out. A root whose drop
/// rules leave no text at all is read again with the tag rules only. Paragraphs, headings, list items, blockquotes and
/// table cells each become one line; inline elements join as a browser shows them (the source's
/// whitespace, collapsed to one space); non-breaking spaces are kept.
///
/// The walk follows the tree's own parent/sibling links, so depth costs no stack: a page nested
/// 10,000 levels deep is read like any other. libxml2 may itself stop nesting past its depth
/// limit; whatever tree it returns is read, and a page with no text is reported by the caller.
enum HTMLLoader {
    typealias Node = UnsafeMutablePointer<xmlNode>

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parse options: recover from errors, never touch the network, stay quiet, ignore a
    /// `<meta charset>` (the text is already decoded to UTF-8), lift libxml2's size limits
    /// on text nodes (input size is bounded before parsing), and store short text nodes inside
    /// their node (fewer allocations; the tree is only read).
    static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// The page, or nil when libxml2 returns no document at all.
    static func load(_ html: String) -> HTMLPage? {
        _ = initialised
        var html = html
        let parsed: xmlDocPtr? = html.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                ParserContexts.shared.withContext { context in
                    guard let context else { return htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options) }
                    return htmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc = parsed else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let top = xmlDocGetRootElement(doc) else { return HTMLPage(text: "", metadata: HTMLMetadata()) }

        var scan = Scan()
        scan.run(from: top)
        let root = scan.articleRoot ?? scan.body ?? top
        var extraction = Extraction(root: root, insideArticle: root != scan.body && root != top, judge: scan.judge)
        extraction.run()
        scan.metadata.firstTimeInArticle = extraction.firstTime
        scan.metadata.linkedDataScripts = scan.jsonLD
        var text = extraction.text.finish()
        if text.isEmpty && root != top {
            // Drop rules that emptied the article (a class we misread): read it with tag rules only.
            var lenient = Extraction(root: root, insideArticle: true, tagRulesOnly: true)
            lenient.run()
            text = lenient.text.finish()
        }
        if text.isEmpty, let body = scan.body, root != body {
            // An empty article shell: the text is elsewhere in the page.
            var whole = Extraction(root: body, insideArticle: false, judge: extraction.judge)
            whole.run()
            text = whole.text.finish()
        }
        return HTMLPage(text: text, metadata: scan.metadata)
    }

    /// libxml2 parser contexts kept for the next page: making one (its name dictionary, input
    /// buffers and stacks) costs about a tenth of parsing a news page. `htmlCtxtReadMemory`
    /// resets a context before each parse, so a page parses as with a new one. A context
    /// serves one parse at a time; concurrent loads each take their own.
    final class ParserContexts: @unchecked Sendable {
        static let shared = ParserContexts()
        /// More idle contexts than this are freed: enough for the cores that parse at once.
        static let keep = 16

        private let lock = NSLock()
        private var idle: [htmlParserCtxtPtr] = []     // guarded by `lock`

        /// Calls `body` with a context of its own (nil if libxml2 could not make one).
        func withContext<R>(_ body: (htmlParserCtxtPtr?) -> R) -> R {
            lock.lock()
            let context = idle.popLast() ?? htmlNewParserCtxt()
            lock.unlock()
            defer {
                if let context {
                    lock.lock()
                    if idle.count < Self.keep { idle.append(context) } else { htmlFreeParserCtxt(context) }
                    lock.unlock()
                }
            }
            return body(context)
        }
    }

    // MARK: Walking

    /// Visits `root` and its descendants in document order without recursion. `enter` says
    /// whether to descend; `leave` follows an element's descendants (or its `enter` when skipped).
    @inline(__always)
    static func walk(_ root: Node, enter: (Node) -> Bool, leave: (Node) -> Void) {
        var node = root
        while true {
            if enter(node), let child = node.pointee.children {
                node = child
                continue
            }
            leave(node)
            var climb = node
            while climb != root && climb.pointee.next == nil {
                guard let parent = climb.pointee.parent else { return }
                climb = parent
                leave(climb)
            }
            if climb == root { return }
            node = climb.pointee.next
        }
    }

    static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func tag(_ node: Node) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The element's name as a ``Tag``: looked up from its bytes, no `String` made.
    static func tagInfo(_ node: Node) -> Tag {
        guard let name = node.pointee.name else { return Tag.table.unknown }
        return Tag.table.lookUp(UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self))
    }

    /// What the loader needs to know about an element name, from ``HTMLDropRules``' tables
    /// (kept there as sets of names) and the few names it looks for itself.
    struct Tag: Sendable {
        enum Name: Sendable { case html, body, title, meta, link, script, article, main, time, header, other }
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
                                               "script": .script, "article": .article, "main": .main, "time": .time, "header": .header]
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
    /// comparing did: no other scalar lowercases to these names' letters); a value becomes a
    /// `String` only for the names the element's tag needs.
    struct Attributes {
        var id = "", classes = "", role = "", itemprop = ""
        var hidden = false
        var lang: String?, property: String?, name: String?, content: String?, rel: String?, href: String?
        var type: String?, datetime: String?, httpEquiv: String?

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

        init(_ node: Node, tag: Tag) {
            var attr = node.pointee.properties
            while let a = attr {
                defer { attr = a.pointee.next }
                guard let rawName = a.pointee.name,
                      let key = Key.of(UnsafeRawPointer(rawName).assumingMemoryBound(to: UInt8.self)) else { continue }
                guard Self.wanted(key, by: tag.name) else { continue }
                let value = HTMLLoader.value(of: a)
                switch key {
                case .id: id = value
                case .class: classes = value
                case .role: role = value.lowercased()
                case .itemprop: itemprop = value
                case .hidden: hidden = true
                case .ariaHidden: if value.lowercased() == "true" { hidden = true }
                case .lang, .xmlLang: lang = lang ?? value
                case .property: property = value
                case .name: name = value
                case .content: content = value
                case .rel: rel = value.lowercased()
                case .href: href = value
                case .type: type = value.lowercased()
                case .datetime: datetime = value
                case .httpEquiv: httpEquiv = value.lowercased()
                }
            }
        }

        /// Whether an element with this tag uses the attribute: id, class, role, itemprop and
        /// hiding on every element (furniture, article body), the others on their own tags.
        private static func wanted(_ key: Key, by tag: Tag.Name) -> Bool {
            switch key {
            case .lang, .xmlLang: return tag == .html
            case .property, .name, .content, .httpEquiv: return tag == .meta
            case .datetime: return tag == .meta || tag == .time
            case .rel, .href: return tag == .link
            case .type: return tag == .script
            default: return true
            }
        }
    }

    static func value(of attr: UnsafeMutablePointer<xmlAttr>) -> String {
        var out = ""
        var child = attr.pointee.children
        while let c = child {
            if let content = c.pointee.content { out += String(cString: content) }
            child = c.pointee.next
        }
        return out
    }

    /// All text below `node` (for `<title>` and scripts), without collapsing.
    static func textContent(_ node: Node) -> String {
        var bytes: [UInt8] = []
        walk(node, enter: { n in
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
                var p = UnsafePointer(c)
                while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
            }
            return true
        }, leave: { _ in })
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decides which elements are furniture (``HTMLDropRules``), remembering class and id
    /// values already judged: pages repeat the same few dozen classes thousands of times.
    struct DropJudge {
        private var furniture: [String: Bool] = [:]

        mutating func isDropped(tag: Tag, _ a: Attributes, insideArticle: Bool, tagRulesOnly: Bool = false) -> Bool {
            if tag.isDropped { return true }
            if tag.isPageHeader && !insideArticle { return true }
            if tagRulesOnly { return false }
            if a.hidden { return true }
            if !a.role.isEmpty && HTMLDropRules.droppedRoles.contains(a.role) { return true }
            if tag.isRoot || a.itemprop == "articleBody" { return false }
            return isFurniture(a.classes) || isFurniture(a.id)
        }

        private mutating func isFurniture(_ value: String) -> Bool {
            if value.isEmpty { return false }
            if let known = furniture[value] { return known }
            let judged = HTMLDropRules.isFurniture(classOrID: value)
            furniture[value] = judged
            return judged
        }
    }

    // MARK: First pass: metadata and the article root

    struct Scan {
        var metadata = HTMLMetadata()
        var jsonLD: [String] = []
        var body: Node?
        var firstMain: Node?, articleBody: Node?
        /// Outermost `<article>` elements outside furniture, with the bytes of text they hold.
        var articles: [(node: Node, textBytes: Int)] = []
        private var openArticle: Node?
        private var dropped: [Node] = []
        /// Handed on to the text pass, which judges the same class values.
        private(set) var judge = DropJudge()

        /// The `<article>` with the most text (a listing page may hold several), unless the
        /// `[itemprop=articleBody]` element lies outside it; else `<main>`.
        var articleRoot: Node? {
            let best = articles.filter { $0.textBytes > 0 }.max { $0.textBytes < $1.textBytes }?.node   // ties: the first one
            if let articleBody {
                if let best, Scan.contains(best, articleBody) { return best }
                return articleBody
            }
            return best ?? firstMain
        }

        static func contains(_ ancestor: Node, _ node: Node) -> Bool {
            var n: Node? = node
            while let current = n {
                if current == ancestor { return true }
                n = current.pointee.parent
            }
            return false
        }

        mutating func run(from top: Node) {
            HTMLLoader.walk(top, enter: { node in
                guard HTMLLoader.isElement(node) else {
                    if node.pointee.type == XML_TEXT_NODE, dropped.isEmpty, openArticle != nil, let content = node.pointee.content {
                        articles[articles.count - 1].textBytes += Int(xmlStrlen(content))
                    }
                    return false
                }
                let tag = HTMLLoader.tagInfo(node)
                let a = Attributes(node, tag: tag)
                visit(node, tag: tag.name, a)
                if judge.isDropped(tag: tag, a, insideArticle: false) {
                    dropped.append(node)
                } else if dropped.isEmpty && tag.name == .article && openArticle == nil {
                    openArticle = node
                    articles.append((node, 0))
                }
                return true
            }, leave: { node in
                if dropped.last == node { dropped.removeLast() }
                if openArticle == node { openArticle = nil }
            })
        }

        private mutating func visit(_ node: Node, tag: Tag.Name, _ a: Attributes) {
            switch tag {
            case .html:
                if metadata.htmlLang == nil, let lang = a.lang, !lang.isEmpty { metadata.htmlLang = lang }
            case .body:
                if body == nil { body = node }
            case .title:
                if metadata.titleElement == nil, !HTMLLoader.isInside(node, tag: "svg") {
                    metadata.titleElement = HTMLLoader.textContent(node)
                }
            case .meta:
                let key = (a.property ?? a.name ?? "").lowercased()
                let content = a.content
                switch key {
                case "og:title": metadata.ogTitle = metadata.ogTitle ?? content
                case "og:site_name": metadata.siteName = metadata.siteName ?? content
                case "og:url": metadata.ogURL = metadata.ogURL ?? content
                case "og:locale": metadata.ogLocale = metadata.ogLocale ?? content
                case "article:published_time": metadata.publishedTime = metadata.publishedTime ?? content
                default: break
                }
                if a.itemprop == "datePublished" { metadata.itempropDatePublished = metadata.itempropDatePublished ?? content ?? a.datetime }
                if a.httpEquiv == "content-language" { metadata.contentLanguage = metadata.contentLanguage ?? content }
            case .link:
                if let rel = a.rel, rel.split(separator: " ").contains("canonical"), let href = a.href, !href.isEmpty {
                    metadata.canonicalURL = metadata.canonicalURL ?? href
                }
            case .script:
                if let type = a.type, type.contains("ld+json") { jsonLD.append(HTMLLoader.textContent(node)) }
            default:
                break
            }
            guard dropped.isEmpty else { return }
            if a.itemprop == "articleBody" && articleBody == nil { articleBody = node }
            if tag == .main && firstMain == nil { firstMain = node }
        }
    }

    static func isInside(_ node: Node, tag name: String) -> Bool {
        var n = node.pointee.parent
        while let current = n, current.pointee.type == XML_ELEMENT_NODE {
            if tag(current) == name { return true }
            n = current.pointee.parent
        }
        return false
    }

    // MARK: Second pass: the article's text

    struct Extraction {
        let root: Node
        let insideArticle: Bool
        var tagRulesOnly = false
        var text = BlockText()
        var firstTime: String?
        /// Class and id values already judged (by the scan of the same page, say).
        private(set) var judge: DropJudge

        init(root: Node, insideArticle: Bool, tagRulesOnly: Bool = false, judge: DropJudge = DropJudge()) {
            self.root = root; self.insideArticle = insideArticle; self.tagRulesOnly = tagRulesOnly; self.judge = judge
        }

        mutating func run() {
            HTMLLoader.walk(root, enter: { node in
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { text.append(UnsafePointer(content)) }
                    return false
                case XML_ELEMENT_NODE:
                    let tag = HTMLLoader.tagInfo(node)
                    let a = Attributes(node, tag: tag)
                    if node != root && judge.isDropped(tag: tag, a, insideArticle: insideArticle, tagRulesOnly: tagRulesOnly) {
                        return false
                    }
                    if tag.name == .time, firstTime == nil, let datetime = a.datetime, !datetime.isEmpty { firstTime = datetime }
                    if tag.isBlock { text.endBlock() }
                    return true
                default:
                    return false
                }
            }, leave: { node in
                if node.pointee.type == XML_ELEMENT_NODE, HTMLLoader.tagInfo(node).isBlock {
                    text.endBlock()
                }
            })
        }
    }
}

/// Text gathered block by block: whitespace collapsed inside a block, one block per line.
struct BlockText {
    private var bytes: [UInt8] = []
    private var lineStart = 0
    private var pendingSpace = false

    /// Appends a NUL-terminated UTF-8 string; ASCII whitespace runs become one space.
    ///
    /// Most text nodes are words and single spaces with some whitespace at their ends: their
    /// middle is copied in one go. Others go run by run.
    mutating func append(_ p: UnsafePointer<UInt8>) {
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
        var start = 0
        while isSpace(p[start]) { pendingSpace = true; start += 1 }
        if p[start] == 0 { return }
        var end = start + strlen(UnsafeRawPointer(p + start).assumingMemoryBound(to: CChar.self))
        var trailing = false
        while isSpace(p[end - 1]) { end -= 1; trailing = true }
        var simple = true
        for i in start..<end where p[i] < 0x21 && (p[i] != 0x20 || p[i + 1] == 0x20) { simple = false; break }
        if simple {
            if pendingSpace && bytes.count > lineStart { bytes.append(0x20) }
            bytes.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
            pendingSpace = trailing
            return
        }
        var q = p + start
        while true {
            var b = q.pointee
            while isSpace(b) {
                pendingSpace = true
                q += 1
                b = q.pointee
            }
            if b == 0 { return }
            var runEnd = q
            repeat { runEnd += 1; b = runEnd.pointee } while b != 0 && !isSpace(b)
            if pendingSpace && bytes.count > lineStart { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(start: q, count: runEnd - q))
            q = runEnd
        }
    }

    mutating func endBlock() {
        if bytes.count > lineStart {
            bytes.append(0x0A)
            lineStart = bytes.count
        }
        pendingSpace = false
    }

    mutating func finish() -> String {
        endBlock()
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
