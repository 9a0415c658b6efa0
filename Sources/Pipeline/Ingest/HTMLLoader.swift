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
    /// NFC is known to leave `text` as it is (``UnicodeNormalization/isTriviallyNFC(_:)``).
    var textIsTriviallyNFC = false
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
/// and the text between them. The text pass (``TextPass``) then reads the chosen root's span
/// of that outline, skipping dropped elements whole. Open elements are kept on a stack of our
/// own and the outline is read in a loop, so depth costs no recursion: a page nested 10,000
/// levels deep is read like any other.
///
/// The events are those libxml2's own tree builder receives, and the reader places elements
/// and text as that builder would (see ``PageReader``): the page reads as it did from the tree.
/// Most of libxml2's time went into text, which it reads character by character: long text
/// runs are stood in for by one character while it parses, and put back (``TextStandIns``).
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

    /// The page, or nil when libxml2 could not start a document (nor a parser). Long text runs
    /// are stood in for while libxml2 parses (``TextStandIns``); `standIns: false` parses the
    /// page as it is, which reads the same (tests compare the two).
    static func load(_ html: String, standIns: Bool = true) -> HTMLPage? {
        var html = html
        return html.withUTF8 { load($0, standIns: standIns) }
    }

    /// The page from its UTF-8 bytes (valid UTF-8). `pageIsTriviallyNFC` passes on what the
    /// decoder found of the whole page: the text put back from it needs no second look.
    static func load(_ page: UnsafeBufferPointer<UInt8>, standIns: Bool = true, pageIsTriviallyNFC: Bool = false) -> HTMLPage? {
        _ = initialised
        return Parsers.shared.withParser { parser in
            guard let parser else { return nil }
            if standIns, let standIns = TextStandIns(page) {
                var reader = PageReader(putBack: standIns.runs, from: page, isTriviallyNFC: pageIsTriviallyNFC)
                let started = standIns.input.withUnsafeBufferPointer { parse($0, with: parser, into: &reader) }
                if reader.putAllBack { return started ? reader.page() : nil }
            }
            // No stand-ins, or one libxml2 read outside text: the page as it is.
            var reader = PageReader()
            return parse(page, with: parser, into: &reader) ? reader.page() : nil
        }
    }

    /// Feeds `input` to libxml2, its events to `reader`; false when libxml2 started no document.
    static func parse(_ input: UnsafeBufferPointer<UInt8>, with parser: Parser, into reader: inout PageReader) -> Bool {
        swap(&reader.judge, &parser.judge)
        defer { swap(&reader.judge, &parser.judge) }
        let started = withUnsafeMutablePointer(to: &reader) { reader in
            parser.context.pointee._private = UnsafeMutableRawPointer(reader)
            defer { parser.context.pointee._private = nil }
            let chars = UnsafeRawPointer(input.baseAddress)?.assumingMemoryBound(to: CChar.self)
            // The events build nothing, so libxml2 returns no document.
            if let doc = htmlCtxtReadMemory(parser.context, chars, Int32(clamping: input.count), nil, "UTF-8", options) {
                xmlFreeDoc(doc)
            }
            return reader.pointee.documentStarted
        }
        reader.finish()
        return started
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
}

// MARK: - libxml2's events

extension HTMLLoader {
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
}
