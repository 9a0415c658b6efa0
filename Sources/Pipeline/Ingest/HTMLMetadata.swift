import Extract
import Foundation

/// What an HTML page says about itself, gathered from its head and its JSON-LD.
struct HTMLMetadata: Sendable, Equatable {
    var htmlLang: String?
    var ogLocale: String?
    var contentLanguage: String?
    var titleElement: String?
    var ogTitle: String?
    var siteName: String?
    var canonicalURL: String?
    var ogURL: String?
    var publishedTime: String?           // article:published_time
    var itempropDatePublished: String?   // <meta itemprop=datePublished content=…>
    var firstTimeInArticle: String?      // <time datetime=…>, first one inside the article
    /// The bodies of the `<script type="application/ld+json">` elements, parsed (``linkedData``)
    /// only when a field the head does not give is asked for: most pages give them all.
    var linkedDataScripts: [String] = []

    var linkedData: JSONLD { JSONLD(linkedDataScripts) }

    /// The declared language, as written: `<html lang>`, else og:locale, else Content-Language.
    var declaredLanguage: String? { htmlLang ?? ogLocale ?? contentLanguage }

    var url: String? { canonicalURL ?? ogURL }

    /// article:published_time, else JSON-LD datePublished, else `<meta itemprop=datePublished>`,
    /// else the article's first `<time datetime>`. A value that is not an ISO date is passed over.
    var published: CalendarDate? { resolved().published }

    /// og:site_name, else the JSON-LD publisher's name.
    var source: String? { resolved().source }

    /// og:title, else `<title>`, else the JSON-LD headline; the " | Site" tail removed.
    var title: String? { resolved().title }

    /// ``published``, ``source`` and ``title`` at once, the JSON-LD parsed at most once and only
    /// when one of them falls back to it.
    func resolved() -> (published: CalendarDate?, source: String?, title: String?) {
        var parsed: JSONLD?
        func ld() -> JSONLD {
            if let parsed { return parsed }
            let made = linkedData
            parsed = made
            return made
        }
        var published: CalendarDate?
        let dates: [() -> String?] = [{ publishedTime }, { ld().datePublished }, { itempropDatePublished }, { firstTimeInArticle }]
        for candidate in dates {
            if let value = candidate(), let date = CalendarDate(iso: HTMLMetadata.trimmingWhitespaces(value)) { published = date; break }
        }
        let source = siteName ?? ld().publisher
        var title: String?
        let titles: [() -> String?] = [{ ogTitle }, { titleElement }, { ld().headline }]
        for candidate in titles {
            if let raw = candidate().map(HTMLMetadata.collapse), !raw.isEmpty {
                title = HTMLMetadata.cleanTitle(raw, siteName: source)
                break
            }
        }
        return (published, source, title)
    }

    /// `value.trimmingCharacters(in: .whitespaces)`, without Foundation when both ends are
    /// ASCII other than space and tab (then nothing is trimmed).
    static func trimmingWhitespaces(_ value: String) -> String {
        let utf8 = value.utf8
        guard let first = utf8.first, let last = utf8.last else { return value }
        if first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 { return value }
        return value.trimmingCharacters(in: .whitespaces)
    }

    static func collapse(_ s: String) -> String {
        // Already collapsed (no tab, CR or LF, no space at an end or next to another): as it is.
        // Splitting at single inner spaces and joining with spaces would give it back unchanged.
        let utf8 = s.utf8
        if utf8.first != 0x20 && utf8.last != 0x20 {
            var previous: UInt8 = 0, plain = true
            for b in utf8 {
                if b == 0x09 || b == 0x0A || b == 0x0D || (b == 0x20 && previous == 0x20) { plain = false; break }
                previous = b
            }
            if plain { return s }
        }
        return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Removes a site-name tail: "Sommet UE-Canada | Le Quotidien" → "Sommet UE-Canada".
    ///
    /// The last part after " | ", " – ", " — ", " · ", " :: " or " - " goes when it is the site
    /// name; after " | ", " – ", " — ", " · " or " :: " it also goes when it is short (at most
    /// five words) and the rest is longer. " - " alone needs the site name: headlines use it.
    static func cleanTitle(_ title: String, siteName: String?) -> String {
        let strong = strongSeparators, weak = weakSeparators
        guard mayHoldSeparator(title) else { return title }
        let site = siteName.map { Folding.fold($0).trimmingCharacters(in: .whitespaces) }
        for separator in strong + weak {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(title[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            guard !head.isEmpty else { continue }
            let tailWords = tail.split(separator: " ").count, headWords = head.split(separator: " ").count
            let isSite = site.map { Folding.fold(tail) == $0 } ?? false
            if isSite || (strong.contains(separator) && tailWords <= 5 && headWords > tailWords) {
                return cleanTitle(head, siteName: siteName)
            }
        }
        return title
    }
}

extension HTMLMetadata {
    /// False when `title` holds none of `cleanTitle`'s separators, which Foundation's search
    /// could then not find either: their only canonical equivalent is "·" for U+0387, looked for
    /// too. Most titles (og:title) have none, and skip six Foundation searches.
    static func mayHoldSeparator(_ title: String) -> Bool {
        UTF8Scan.withBytes(title) { bytes in
            separators.contains { separator in
                guard bytes.count >= separator.count else { return false }
                return (0...(bytes.count - separator.count)).contains { start in
                    bytes[start] == separator[0] && separator.indices.allSatisfy { bytes[start + $0] == separator[$0] }
                }
            }
        }
    }

    /// `cleanTitle`'s separators: after a strong one a short tail goes, after a weak one only the site name.
    static let strongSeparators = [" | ", " – ", " — ", " · ", " :: "], weakSeparators = [" - "]
    /// The separators as bytes, and U+0387, made once (titles are checked one per page).
    private static let separators = (strongSeparators + weakSeparators).map { Array($0.utf8) } + [[0xCE, 0x87]]
}

/// The parts of a page's JSON-LD crosscheck uses. Objects are searched at the top level, in
/// top-level arrays and in `@graph` arrays; article types (NewsArticle, Article, BlogPosting,
/// Report…) are preferred over other objects that carry the same keys.
struct JSONLD: Sendable, Equatable {
    var datePublished: String?
    var headline: String?
    var publisher: String?

    init(_ scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            var body = script.trimmingCharacters(in: .whitespacesAndNewlines)
            // CDATA wrappers some CMSs leave around the JSON.
            if body.hasPrefix("//<![CDATA[") { body = String(body.dropFirst(11)) }
            if body.hasSuffix("//]]>") { body = String(body.dropLast(5)) }
            guard let data = body.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            JSONLD.collect(json, into: &objects)
        }
        let articles = objects.filter(JSONLD.isArticle)
        for object in articles + objects {
            if datePublished == nil, let d = object["datePublished"] as? String { datePublished = d }
            if headline == nil, let h = object["headline"] as? String { headline = h }
            if publisher == nil {
                if let p = object["publisher"] as? [String: Any], let name = p["name"] as? String { publisher = name }
                else if let ps = object["publisher"] as? [[String: Any]], let name = ps.first?["name"] as? String { publisher = name }
            }
        }
    }

    /// Objects of the top level, of arrays and of `@graph`, without recursion into other keys.
    private static func collect(_ json: Any, into objects: inout [[String: Any]]) {
        var pending: [Any] = [json]
        while let next = pending.popLast() {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = next as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }
}
