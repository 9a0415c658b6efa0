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

extension HTMLLoader {
    // MARK: - The outline of a page

    /// The page as the text pass reads it: the elements' open and close marks in document order,
    /// with the text between them kept in one byte buffer.
    struct PageOutline {
        struct Element {
            var rules: ElementRules
            /// The index of its close mark.
            var end = 0
            /// A `<time>`'s non-empty `datetime`, in ``PageOutline/datetimes``.
            var datetime: Int?
        }

        enum Mark {
            case open(Element)
            case close(ElementRules)
            /// Bytes of `text`: text, or a script or style body.
            case text(Range<Int>)
            case cdata(Range<Int>)
            /// Bytes of the page itself: a text run put back (``TextStandIns``), not copied.
            case pageText(Range<Int>)
        }

        private(set) var marks: [Mark] = []
        private(set) var text: [UInt8] = []
        /// The page `pageText` marks point into, valid while it is being loaded.
        var page = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// NFC is known to leave `page` as it is.
        var pageIsTriviallyNFC = false
        private(set) var datetimes: [String] = []

        /// Adds an element's open mark; its index names the element.
        mutating func open(_ rules: ElementRules, datetime: String?) -> Int {
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

        mutating func appendPageText(_ run: Range<Int>) {
            marks.append(.pageText(run))
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
        var judge = DropJudge()

        /// The open elements, the root first.
        private var stack: [OpenElement] = []
        private struct OpenElement {
            var start: Int          // its open mark
            var rules: ElementRules
            var droppedInScan: Bool
            var isSVG: Bool
        }
        /// Our count of the elements libxml2 holds open.
        private var depth: Int { stack.count - (rootReopened ? 1 : 0) }
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

        /// Text collected for the `<title>` or a JSON-LD script: all text below it, unchanged.
        private var captures: [Capture] = []
        private struct Capture {
            enum Target { case title, linkedData(Int) }
            var depth: Int          // stack.count once its element opened
            var target: Target
            var bytes: [UInt8] = []
        }

        /// The text runs of a page parsed with stand-ins (``TextStandIns``), put back in order.
        private var standIns: PutBack?
        private struct PutBack {
            let runs: [Range<Int>]
            var taken = 0
            /// A stand-in came out other than as text: this reading is void.
            var misread = false

            mutating func next() -> Range<Int>? {
                guard taken < runs.count else { return nil }
                taken += 1
                return runs[taken - 1]
            }
        }

        init() {}

        /// A reader for `page` parsed with its `runs` stood in for; `isTriviallyNFC` when NFC
        /// is known to leave the page as it is.
        init(putBack runs: [Range<Int>], from page: UnsafeBufferPointer<UInt8>, isTriviallyNFC: Bool = false) {
            standIns = PutBack(runs: runs)
            outline.page = page
            outline.pageIsTriviallyNFC = isTriviallyNFC
        }

        /// Every stand-in came back as text, in order: the reading is the page's.
        var putAllBack: Bool {
            guard let standIns else { return true }
            return !standIns.misread && standIns.taken == standIns.runs.count
        }

        // MARK: Events

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
            let tag = Tag.table.lookUp(name)
            let a = Attributes(attributes)
            let rules = judge.rules(tag, a)
            // The scan judges with the page rules (a header is furniture there).
            let droppedInScan = rules.isDropped(insideArticle: false)
            let datetime = tag.name == .time ? Attributes.string(a.datetime).flatMap { $0.isEmpty ? nil : $0 } : nil
            let start = outline.open(rules, datetime: datetime)
            scan.opened(start, tag: tag, a, droppedInScan: droppedInScan)
            stack.append(OpenElement(start: start, rules: rules, droppedInScan: droppedInScan, isSVG: tag.name == .svg))
            switch tag.name {
            case .title where !scan.titleClaimed && svgDepth == 0:
                scan.titleClaimed = true
                captures.append(Capture(depth: stack.count, target: .title))
            case .script where a.typeNamesLinkedData:
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

        /// Text or CDATA; with stand-ins, each one read as text gives its run back.
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool, libxmlDepth: Int) {
            guard standIns != nil else { return read(bytes, isCDATA: isCDATA, libxmlDepth: libxmlDepth) }
            var from = 0
            while let k = TextStandIns.firstStandIn(in: bytes, from: from) {
                guard !isCDATA, let run = standIns!.next() else { standIns!.misread = true; return }
                read(UnsafeBufferPointer(rebasing: bytes[from..<k]), isCDATA: false, libxmlDepth: libxmlDepth)
                readPageText(run, libxmlDepth: libxmlDepth)
                from = k + 3
            }
            read(UnsafeBufferPointer(rebasing: bytes[from...]), isCDATA: isCDATA, libxmlDepth: libxmlDepth)
        }

        /// Closes what libxml2 no longer holds open, at the end of the page too.
        mutating func finish() {
            catchUp(to: 0)
            if root != .notYet { outline.close(0) }
        }

        // MARK: The page

        /// The article's text and the page's metadata.
        func page() -> HTMLPage {
            guard root != .notYet else { return HTMLPage(text: "", metadata: HTMLMetadata()) }
            let top = 0
            let chosen = scan.articleRoot(in: outline) ?? scan.body ?? top
            var extraction = TextPass(insideArticle: chosen != scan.body && chosen != top)
            extraction.run(outline, root: chosen)
            var metadata = scan.metadata
            metadata.firstTimeInArticle = extraction.firstTime
            metadata.linkedDataScripts = scan.jsonLD
            var text = extraction.text.finish()
            var isNFC = extraction.textIsTriviallyNFC
            if text.isEmpty && chosen != top {
                // Drop rules that emptied the article (a class we misread): read it with tag rules only.
                var lenient = TextPass(insideArticle: true, tagRulesOnly: true)
                lenient.run(outline, root: chosen)
                text = lenient.text.finish()
                isNFC = lenient.textIsTriviallyNFC
            }
            if text.isEmpty, let body = scan.body, chosen != body {
                // An empty article shell: the text is elsewhere in the page.
                var whole = TextPass(insideArticle: false)
                whole.run(outline, root: body)
                text = whole.text.finish()
                isNFC = whole.textIsTriviallyNFC
            }
            return HTMLPage(text: text, metadata: metadata, textIsTriviallyNFC: isNFC)
        }

        // MARK: Placing elements and text

        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool, libxmlDepth: Int) {
            guard root != .restIgnored, !bytes.isEmpty else { return }
            catchUp(to: libxmlDepth)
            guard !stack.isEmpty else { return }
            outline.append(bytes, isCDATA: isCDATA)
            if !isCDATA { scan.text(count: bytes.count) }
            for k in captures.indices { captures[k].bytes.append(contentsOf: bytes) }
        }

        /// A run put back: the outline points into the page rather than copying it.
        private mutating func readPageText(_ run: Range<Int>, libxmlDepth: Int) {
            guard root != .restIgnored else { return }
            catchUp(to: libxmlDepth)
            guard !stack.isEmpty else { return }
            outline.appendPageText(run)
            scan.text(count: run.count)
            for k in captures.indices { captures[k].bytes.append(contentsOf: UnsafeBufferPointer(rebasing: outline.page[run])) }
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

            mutating func opened(_ start: Int, tag: Tag, _ a: Attributes, droppedInScan: Bool) {
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

            private mutating func visit(_ start: Int, tag: Tag.Name, _ a: Attributes) {
                func string(_ value: Attributes.Value?) -> String? { Attributes.string(value) }
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
    struct TextPass {
        let insideArticle: Bool
        var tagRulesOnly = false
        var text = BlockText()
        var firstTime: String?
        /// NFC is known to leave `text` as it is: every scalar is one it leaves alone. Text put
        /// back from the page is when the page is; libxml2's text (entities resolved) is looked at.
        private(set) var textIsTriviallyNFC = true

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
                        let chunk = UnsafeBufferPointer(rebasing: bytes[run])
                        if textIsTriviallyNFC && !UnicodeNormalization.isTriviallyNFC(chunk) { textIsTriviallyNFC = false }
                        text.append(chunk)
                    case .pageText(let run):
                        if !outline.pageIsTriviallyNFC { textIsTriviallyNFC = false }
                        text.append(UnsafeBufferPointer(rebasing: outline.page[run]))
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
            if Self.isCollapsed(p + start, count: end - start) {
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

        /// True when `count` bytes from `p` hold no control character and no two spaces in a row
        /// (collapsing would change nothing), eight bytes at a time.
        static func isCollapsed(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
            var previousIsSpace = false
            var k = 0
            while k + 8 <= count {
                let v = SWAR.load(p + k)
                if SWAR.below(v, 0x20) != 0 { return false }                    // a byte below 0x20
                let spaces = SWAR.equal(v, 0x20)                                // 0x80 in each space byte
                // Two spaces in a row: within the word (byte k + 1 above byte k), or across words.
                if spaces & (spaces >> 8) != 0 || (previousIsSpace && spaces & 0x80 != 0) { return false }
                previousIsSpace = spaces >> 63 != 0
                k += 8
            }
            while k < count {
                let b = p[k]
                if b < 0x20 || (b == 0x20 && previousIsSpace) { return false }
                previousIsSpace = b == 0x20
                k += 1
            }
            return true
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
}
