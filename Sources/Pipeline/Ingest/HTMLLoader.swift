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

/// Reads HTML with libxml2's recovering HTML parser, from its stream of events: no tree is built.
///
/// The text comes from the article root — the `<article>` outside furniture holding the most text
/// (or the `[itemprop=articleBody]` element when that article does not contain it), else
/// `<main>`, else `<body>` — with the elements of ``HTMLDropRules`` left out. A root whose drop
/// rules leave no text at all is read again with the tag rules only. Paragraphs, headings, list items, blockquotes and
/// table cells each become one line; inline elements join as a browser shows them (the source's
/// whitespace, collapsed to one space); non-breaking spaces are kept.
///
/// The root is known only at the end of the page, so one pass over the parser's events
/// (``PageReader``) reads the metadata, finds the candidate roots and records a
/// ``PageOutline``: each element's open and close, with its drop rules decided as it opened,
/// and the text between them. The text pass (``HTMLTextPass``) then reads the chosen root's span
/// of that outline, skipping dropped elements whole. Open elements are kept on a stack of our
/// own and the outline is read in a loop, so depth costs no recursion: a page nested 10,000
/// levels deep is read like any other.
///
/// The events are those libxml2's own tree builder receives, and the reader places elements
/// and text as that builder would (see ``PageReader``): the page reads as it did from the tree.
enum HTMLLoader {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parse options: recover from errors, never touch the network, stay quiet, ignore a
    /// `<meta charset>` (the text is already decoded to UTF-8) and lift libxml2's size limits
    /// (input size is bounded before parsing).
    static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// The page, or nil when libxml2 could not start a document (nor a parser).
    static func load(_ html: String) -> HTMLPage? {
        _ = initialised
        var html = html
        var reader = PageReader()
        let started: Bool = html.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Parsers.shared.withParser { parser in
                    guard let parser else { return false }
                    swap(&reader.judge, &parser.judge)
                    defer { swap(&reader.judge, &parser.judge) }
                    return withUnsafeMutablePointer(to: &reader) { reader in
                        parser.context.pointee._private = UnsafeMutableRawPointer(reader)
                        defer { parser.context.pointee._private = nil }
                        // The events build nothing, so libxml2 returns no document.
                        if let doc = htmlCtxtReadMemory(parser.context, chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options) {
                            xmlFreeDoc(doc)
                        }
                        return reader.pointee.documentStarted
                    }
                }
            }
        }
        guard started else { return nil }
        reader.finish()
        return reader.page()
    }

    /// A libxml2 parser context, with our event handlers (``SAXEvents``), and the drop judge
    /// whose memory of class values serves the next pages.
    final class Parser {
        let context: htmlParserCtxtPtr
        var judge = DropJudge()

        init?() {
            guard let context = SAXEvents.newContext() else { return nil }
            self.context = context
        }

        deinit { htmlFreeParserCtxt(context) }
    }

    /// Parsers kept for the next page: making a context (its name dictionary, input buffers and
    /// stacks) costs about a tenth of parsing a news page. `htmlCtxtReadMemory` resets a context
    /// before each parse, so a page parses as with a new one. A parser serves one parse at a
    /// time; concurrent loads each take their own.
    final class Parsers: @unchecked Sendable {
        static let shared = Parsers()
        /// More idle parsers than this are freed: enough for the cores that parse at once.
        static let keep = 16

        private let lock = NSLock()
        private var idle: [Parser] = []     // guarded by `lock`

        /// Calls `body` with a parser of its own (nil if libxml2 could not make one).
        func withParser<R>(_ body: (Parser?) -> R) -> R {
            lock.lock()
            let parser = idle.popLast() ?? Parser()
            lock.unlock()
            defer {
                if let parser {
                    lock.lock()
                    if idle.count < Self.keep { idle.append(parser) }
                    lock.unlock()
                }
            }
            return body(parser)
        }
    }

    // MARK: Element names and attributes

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
    /// travels with a parser context) and forgets everything past ``limit`` values.
    struct DropJudge {
        /// By the FNV-1a hash of the value's bytes; the bytes tell apart two values with one hash.
        private var judged: [UInt64: (value: [UInt8], isFurniture: Bool)] = [:]
        static let limit = 4096

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
            if judged.count >= Self.limit { judged.removeAll(keepingCapacity: true) }
            judged[hash.value] = (Array(bytes), verdict)
            return verdict
        }
    }
}

// MARK: - libxml2's events

/// The SAX callbacks, which hand each event to the ``PageReader`` a parse was started with
/// (the context's `_private`). The context itself is the callbacks' user data: they read its
/// depth (`nameNr`), the count of elements libxml2 holds open.
enum SAXEvents {
    /// A parser context whose events go to a ``PageReader`` (nil if libxml2 could not make one).
    static func newContext() -> htmlParserCtxtPtr? {
        guard let context = htmlNewParserCtxt() else { return nil }
        guard let sax = context.pointee.sax else {
            htmlFreeParserCtxt(context)
            return nil
        }
        // Start from the HTML defaults, then replace every callback that builds or looks up a tree.
        sax.pointee.internalSubset = { ctx, _, _, _ in
            SAXEvents.reader(ctx)?.pointee.doctype()
        }
        sax.pointee.getEntity = nil
        sax.pointee.setDocumentLocator = nil
        sax.pointee.startDocument = { ctx in
            SAXEvents.reader(ctx)?.pointee.startDocument()
        }
        sax.pointee.endDocument = nil
        sax.pointee.startElement = { ctx, name, atts in
            guard let name, let reader = SAXEvents.reader(ctx) else { return }
            // libxml2 has already counted the element that opens.
            reader.pointee.open(name, UnsafePointer(atts), libxmlDepth: SAXEvents.depth(ctx) - 1)
        }
        sax.pointee.endElement = { ctx, _ in
            // libxml2 still counts the element that closes.
            SAXEvents.reader(ctx)?.pointee.close(libxmlDepth: SAXEvents.depth(ctx))
        }
        sax.pointee.characters = { ctx, bytes, count in
            guard let bytes, let reader = SAXEvents.reader(ctx) else { return }
            reader.pointee.text(UnsafeBufferPointer(start: bytes, count: Int(count)), isCDATA: false, libxmlDepth: SAXEvents.depth(ctx))
        }
        // Script and style bodies: libxml2's builder keeps them as CDATA, read by <title> and JSON-LD.
        sax.pointee.cdataBlock = { ctx, bytes, count in
            guard let bytes, let reader = SAXEvents.reader(ctx) else { return }
            reader.pointee.text(UnsafeBufferPointer(start: bytes, count: Int(count)), isCDATA: true, libxmlDepth: SAXEvents.depth(ctx))
        }
        // Whitespace is passed as characters (blanks are kept); the builder ignores this one.
        sax.pointee.ignorableWhitespace = nil
        sax.pointee.comment = { ctx, _ in
            SAXEvents.reader(ctx)?.pointee.commentOrInstruction(libxmlDepth: SAXEvents.depth(ctx))
        }
        sax.pointee.processingInstruction = { ctx, _, _ in
            SAXEvents.reader(ctx)?.pointee.commentOrInstruction(libxmlDepth: SAXEvents.depth(ctx))
        }
        return context
    }

    @inline(__always)
    private static func reader(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<PageReader>? {
        ctx?.assumingMemoryBound(to: htmlParserCtxt.self).pointee._private?.assumingMemoryBound(to: PageReader.self)
    }

    /// The count of elements libxml2 holds open.
    @inline(__always)
    private static func depth(_ ctx: UnsafeMutableRawPointer?) -> Int {
        Int(ctx?.assumingMemoryBound(to: htmlParserCtxt.self).pointee.nameNr ?? 0)
    }
}

// MARK: - The outline of a page

/// The page as the text pass reads it: the elements' open and close marks in document order,
/// with the text between them kept in one byte buffer.
struct PageOutline {
    struct Element {
        var rules: HTMLLoader.ElementRules
        /// The index of its close mark.
        var end = 0
        /// A `<time>`'s non-empty `datetime`, in ``PageOutline/datetimes``.
        var datetime: Int?
    }

    enum Mark {
        case open(Element)
        case close(HTMLLoader.ElementRules)
        /// Bytes of `text`: text, or a script or style body.
        case text(Range<Int>)
        case cdata(Range<Int>)
    }

    private(set) var marks: [Mark] = []
    private(set) var text: [UInt8] = []
    private(set) var datetimes: [String] = []

    /// Adds an element's open mark; its index names the element.
    mutating func open(_ rules: HTMLLoader.ElementRules, datetime: String?) -> Int {
        var element = Element(rules: rules)
        if let datetime {
            element.datetime = datetimes.count
            datetimes.append(datetime)
        }
        marks.append(.open(element))
        return marks.count - 1
    }

    mutating func close(_ start: Int) {
        guard case .open(var element) = marks[start] else { return }
        element.end = marks.count
        marks[start] = .open(element)
        marks.append(.close(element.rules))
    }

    /// Text or CDATA; a run continuing the previous one of its kind extends it.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
        let start = text.count
        text.append(contentsOf: bytes)
        switch marks.last {
        case .text(let run) where !isCDATA && run.upperBound == start: marks[marks.count - 1] = .text(run.lowerBound..<text.count)
        case .cdata(let run) where isCDATA && run.upperBound == start: marks[marks.count - 1] = .cdata(run.lowerBound..<text.count)
        default: marks.append(isCDATA ? .cdata(start..<text.count) : .text(start..<text.count))
        }
    }

    /// Whether the element opened at `inner` lies inside the one opened at `outer` (or is it).
    func contains(_ outer: Int, _ inner: Int) -> Bool {
        guard case .open(let element) = marks[outer] else { return false }
        return outer <= inner && inner < element.end
    }
}

// MARK: - The pass over the events

/// Reads libxml2's events once: the metadata, the candidate article roots and the page's
/// ``PageOutline``.
///
/// It places elements and text where libxml2's tree builder would:
/// - text is kept only inside an open element;
/// - an element libxml2 drops from its stack without an end event (a start tag it could not
///   finish, `<div` at the end of the input) is closed at the next event: the builder leaves
///   it empty;
/// - after the root element closed, a new top-level element goes where the builder puts it,
///   after the document's first node: inside the root when that node is the root, read as its
///   last child; beside it, and out of the page, when a doctype, a comment or a processing
///   instruction comes first.
struct PageReader {
    private(set) var documentStarted = false
    private(set) var outline = PageOutline()
    private var scan = Scan()
    /// Lent by the parser for the page.
    var judge = HTMLLoader.DropJudge()

    private struct OpenElement {
        var start: Int          // its open mark
        var rules: HTMLLoader.ElementRules
        var droppedInScan: Bool
        var isSVG: Bool
    }
    /// The open elements, the root first.
    private var stack: [OpenElement] = []
    /// Open `<svg>` elements: a `<title>` inside one is not the page's.
    private var svgDepth = 0
    private enum Root { case notYet, open, closed, restIgnored }
    private var root = Root.notYet
    /// The root is open again, for elements libxml2 adds to it after it closed (libxml2 does
    /// not count it).
    private var rootReopened = false
    /// The document's first node is not the root: a doctype (libxml2 puts one first wherever
    /// it stands), or a comment or processing instruction before the root.
    private var documentStartsElsewhere = false
    private var captures: [Capture] = []

    /// Text collected for the `<title>` or a JSON-LD script, all text below it unchanged.
    private struct Capture {
        enum Target { case title, linkedData(Int) }
        var depth: Int          // stack.count once its element opened
        var target: Target
        var bytes: [UInt8] = []
    }

    /// Our count of the elements libxml2 holds open.
    private var depth: Int { stack.count - (rootReopened ? 1 : 0) }

    mutating func startDocument() { documentStarted = true }

    mutating func doctype() { documentStartsElsewhere = true }

    mutating func commentOrInstruction(libxmlDepth: Int) {
        if root == .notYet && libxmlDepth == 0 { documentStartsElsewhere = true }
    }

    mutating func open(_ name: UnsafePointer<UInt8>, _ attributes: UnsafePointer<UnsafePointer<xmlChar>?>?, libxmlDepth: Int) {
        guard root != .restIgnored else { return }
        catchUp(to: libxmlDepth)
        if stack.isEmpty {
            switch root {
            case .notYet: root = .open
            case .closed:
                guard !documentStartsElsewhere else { root = .restIgnored; return }
                reopenRoot()
            case .open, .restIgnored: break
            }
        }
        let tag = HTMLLoader.Tag.table.lookUp(name)
        let a = HTMLLoader.Attributes(attributes)
        let rules = judge.rules(tag, a)
        // The scan judges with the page rules (a header is furniture there).
        let droppedInScan = rules.isDropped(insideArticle: false)
        let datetime = tag.name == .time ? HTMLLoader.Attributes.string(a.datetime).flatMap { $0.isEmpty ? nil : $0 } : nil
        let start = outline.open(rules, datetime: datetime)
        scan.opened(start, tag: tag, a, droppedInScan: droppedInScan)
        stack.append(OpenElement(start: start, rules: rules, droppedInScan: droppedInScan, isSVG: tag.name == .svg))
        switch tag.name {
        case .title where !scan.titleClaimed && svgDepth == 0:
            scan.titleClaimed = true
            captures.append(Capture(depth: stack.count, target: .title))
        case .script where HTMLLoader.Attributes.string(a.type)?.lowercased().contains("ld+json") == true:
            scan.jsonLD.append("")
            captures.append(Capture(depth: stack.count, target: .linkedData(scan.jsonLD.count - 1)))
        case .svg:
            svgDepth += 1
        default:
            break
        }
    }

    mutating func close(libxmlDepth: Int) {
        guard root != .restIgnored else { return }
        catchUp(to: libxmlDepth)
        if !stack.isEmpty { closeLast() }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool, libxmlDepth: Int) {
        guard root != .restIgnored else { return }
        catchUp(to: libxmlDepth)
        guard !stack.isEmpty else { return }
        outline.append(bytes, isCDATA: isCDATA)
        if !isCDATA { scan.text(count: bytes.count) }
        for k in captures.indices { captures[k].bytes.append(contentsOf: bytes) }
    }

    /// Closes what libxml2 no longer holds open, at the end of the page too.
    mutating func finish() {
        catchUp(to: 0)
        if root != .notYet { outline.close(0) }
    }

    /// The article's text and the page's metadata.
    func page() -> HTMLPage {
        guard root != .notYet else { return HTMLPage(text: "", metadata: HTMLMetadata()) }
        let top = 0
        let chosen = scan.articleRoot(in: outline) ?? scan.body ?? top
        var extraction = HTMLTextPass(insideArticle: chosen != scan.body && chosen != top)
        extraction.run(outline, root: chosen)
        var metadata = scan.metadata
        metadata.firstTimeInArticle = extraction.firstTime
        metadata.linkedDataScripts = scan.jsonLD
        var text = extraction.text.finish()
        if text.isEmpty && chosen != top {
            // Drop rules that emptied the article (a class we misread): read it with tag rules only.
            var lenient = HTMLTextPass(insideArticle: true, tagRulesOnly: true)
            lenient.run(outline, root: chosen)
            text = lenient.text.finish()
        }
        if text.isEmpty, let body = scan.body, chosen != body {
            // An empty article shell: the text is elsewhere in the page.
            var whole = HTMLTextPass(insideArticle: false)
            whole.run(outline, root: body)
            text = whole.text.finish()
        }
        return HTMLPage(text: text, metadata: metadata)
    }

    private mutating func catchUp(to libxmlDepth: Int) {
        while depth > libxmlDepth { closeLast() }
    }

    private mutating func closeLast() {
        let element = stack.removeLast()
        if element.isSVG { svgDepth -= 1 }
        if element.start != 0 { outline.close(element.start) }   // the root's close mark comes last (see finish)
        scan.closed(element.start, droppedInScan: element.droppedInScan)
        if let capture = captures.last, capture.depth == stack.count + 1 {
            captures.removeLast()
            let text = String(decoding: capture.bytes, as: UTF8.self)
            switch capture.target {
            case .title: scan.metadata.titleElement = text
            case .linkedData(let k): scan.jsonLD[k] = text
            }
        }
        if stack.isEmpty {
            root = .closed
            rootReopened = false
        } else if rootReopened && stack.count == 1 {
            // The element added to the root closed: libxml2's builder is outside the page again.
            closeLast()
        }
    }

    private mutating func reopenRoot() {
        guard case .open(let element) = outline.marks[0] else { return }
        let droppedInScan = element.rules.isDropped(insideArticle: false)
        stack.append(OpenElement(start: 0, rules: element.rules, droppedInScan: droppedInScan, isSVG: false))
        scan.reopened(droppedInScan: droppedInScan)
        rootReopened = true
        root = .open
    }

    /// The metadata and the candidate roots, each element named by its open mark.
    struct Scan {
        var metadata = HTMLMetadata()
        var jsonLD: [String] = []
        var titleClaimed = false
        var body: Int?
        var firstMain: Int?, articleBody: Int?
        /// Outermost `<article>` elements outside furniture, with the bytes of text they hold.
        var articles: [(start: Int, textBytes: Int)] = []
        private var openArticle: Int?
        /// Open elements the page rules drop.
        private var droppedDepth = 0

        /// The `<article>` with the most text (a listing page may hold several), unless the
        /// `[itemprop=articleBody]` element lies outside it; else `<main>`.
        func articleRoot(in outline: PageOutline) -> Int? {
            let best = articles.filter { $0.textBytes > 0 }.max { $0.textBytes < $1.textBytes }?.start   // ties: the first one
            if let articleBody {
                if let best, outline.contains(best, articleBody) { return best }
                return articleBody
            }
            return best ?? firstMain
        }

        mutating func opened(_ start: Int, tag: HTMLLoader.Tag, _ a: HTMLLoader.Attributes, droppedInScan: Bool) {
            visit(start, tag: tag.name, a)
            if droppedInScan {
                droppedDepth += 1
            } else if droppedDepth == 0 && tag.name == .article && openArticle == nil {
                openArticle = start
                articles.append((start, 0))
            }
        }

        mutating func closed(_ start: Int, droppedInScan: Bool) {
            if droppedInScan { droppedDepth -= 1 }
            if openArticle == start { openArticle = nil }
        }

        mutating func reopened(droppedInScan: Bool) {
            if droppedInScan { droppedDepth += 1 }
        }

        mutating func text(count: Int) {
            if droppedDepth == 0 && openArticle != nil { articles[articles.count - 1].textBytes += count }
        }

        private mutating func visit(_ start: Int, tag: HTMLLoader.Tag.Name, _ a: HTMLLoader.Attributes) {
            func string(_ value: HTMLLoader.Attributes.Value?) -> String? { HTMLLoader.Attributes.string(value) }
            switch tag {
            case .html:
                if metadata.htmlLang == nil, let lang = string(a.lang), !lang.isEmpty { metadata.htmlLang = lang }
            case .body:
                if body == nil { body = start }
            case .meta:
                let key = (string(a.property) ?? string(a.name) ?? "").lowercased()
                let content = string(a.content)
                switch key {
                case "og:title": metadata.ogTitle = metadata.ogTitle ?? content
                case "og:site_name": metadata.siteName = metadata.siteName ?? content
                case "og:url": metadata.ogURL = metadata.ogURL ?? content
                case "og:locale": metadata.ogLocale = metadata.ogLocale ?? content
                case "article:published_time": metadata.publishedTime = metadata.publishedTime ?? content
                default: break
                }
                if a.itempropIs("datePublished") { metadata.itempropDatePublished = metadata.itempropDatePublished ?? content ?? string(a.datetime) }
                if string(a.httpEquiv)?.lowercased() == "content-language" { metadata.contentLanguage = metadata.contentLanguage ?? content }
            case .link:
                if let rel = string(a.rel)?.lowercased(), rel.split(separator: " ").contains("canonical"), let href = string(a.href), !href.isEmpty {
                    metadata.canonicalURL = metadata.canonicalURL ?? href
                }
            default:
                break
            }
            guard droppedDepth == 0 else { return }
            if articleBody == nil && a.itempropIs("articleBody") { articleBody = start }
            if tag == .main && firstMain == nil { firstMain = start }
        }
    }
}

// MARK: - The text pass

/// Reads one root's span of the outline into lines, skipping dropped elements whole.
struct HTMLTextPass {
    let insideArticle: Bool
    var tagRulesOnly = false
    var text = BlockText()
    var firstTime: String?

    init(insideArticle: Bool, tagRulesOnly: Bool = false) {
        self.insideArticle = insideArticle
        self.tagRulesOnly = tagRulesOnly
    }

    /// `root` is the index of an open mark; the root itself is never dropped.
    mutating func run(_ outline: PageOutline, root: Int) {
        guard case .open(let top) = outline.marks[root] else { return }
        enter(top, outline)
        outline.text.withUnsafeBufferPointer { bytes in
            var k = root + 1
            while k < top.end {
                switch outline.marks[k] {
                case .text(let run), .cdata(let run):
                    text.append(UnsafeBufferPointer(rebasing: bytes[run]))
                case .open(let element):
                    if element.rules.isDropped(insideArticle: insideArticle, tagRulesOnly: tagRulesOnly) {
                        // Left out with all it holds; a dropped block still ends the line before it.
                        if element.rules.contains(.block) { text.endBlock() }
                        k = element.end
                    } else {
                        enter(element, outline)
                    }
                case .close(let rules):
                    if rules.contains(.block) { text.endBlock() }
                }
                k += 1
            }
        }
        if top.rules.contains(.block) { text.endBlock() }
    }

    private mutating func enter(_ element: PageOutline.Element, _ outline: PageOutline) {
        if firstTime == nil, let k = element.datetime { firstTime = outline.datetimes[k] }
        if element.rules.contains(.block) { text.endBlock() }
    }
}

/// Text gathered block by block: whitespace collapsed inside a block, one block per line.
struct BlockText {
    private var bytes: [UInt8] = []
    private var lineStart = 0
    private var pendingSpace = false

    /// Appends UTF-8 text; ASCII whitespace runs become one space. Text split anywhere and
    /// appended piece by piece reads the same as appended whole.
    ///
    /// Most text runs are words and single spaces with some whitespace at their ends: their
    /// middle is copied in one go. Others go word by word.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
        guard let p = chunk.baseAddress else { return }
        let count = chunk.count
        var start = 0
        while start < count && isSpace(p[start]) { pendingSpace = true; start += 1 }
        if start == count { return }
        var end = count
        var trailing = false
        while isSpace(p[end - 1]) { end -= 1; trailing = true }   // stops at p[start], not a space
        // p[i + 1] is read only after a space, which is never the last byte of start..<end.
        var simple = true
        for i in start..<end where p[i] < 0x21 && (p[i] != 0x20 || p[i + 1] == 0x20) { simple = false; break }
        if simple {
            if pendingSpace && bytes.count > lineStart { bytes.append(0x20) }
            bytes.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
            pendingSpace = trailing
            return
        }
        var q = start
        while true {
            while q < count && isSpace(p[q]) { pendingSpace = true; q += 1 }
            if q == count { return }
            var wordEnd = q + 1
            while wordEnd < count && !isSpace(p[wordEnd]) { wordEnd += 1 }
            if pendingSpace && bytes.count > lineStart { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(start: p + q, count: wordEnd - q))
            q = wordEnd
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
