/// Which HTML elements are page furniture, and which are blocks of text.
///
/// An element is dropped (with everything inside it) when:
/// - its tag is never article text: script, style, noscript, template, nav, header (outside the
///   article), footer, aside, form, button, iframe, svg, select, …;
/// - its `role` is navigation, banner, contentinfo, complementary, search, dialog or alertdialog;
///   or it is `hidden` / `aria-hidden="true"`;
/// - a word of its `id` or `class` names furniture: comments (comment, respond, disqus), share
///   widgets (share, social, sharing), cookie and consent banners (cookie, consent, gdpr),
///   newsletter prompts, related and teaser blocks (related, teaser, recommended, more-articles,
///   sidebar, breadcrumb, menu, ad, promo, popular, trending…).
///
/// Class words are the parts of a class token split at "-", "_" and case changes
/// ("share-bar" → share, bar; "relatedPosts" → related, posts). Short or ambiguous words must
/// be a whole class word ("ad-slot" is furniture, "header" and "lead" are not); distinctive
/// stems may be part of one ("jp-relatedposts", "sharedaddy", "commentlist"). State classes on wrappers ("has-sidebar", "no-ads", "with-comments") are not
/// furniture, and the article roots themselves (html, body, main, article, itemprop=articleBody)
/// are never dropped by class: a WordPress body class must not empty the page.
///
/// The loader applies them as each element opens (``HTMLLoader/DropJudge``): the tag and
/// attribute rules are decided once, and whether `header` counts as furniture is left to the
/// pass that knows where the article is (``HTMLLoader/ElementRules``).
enum HTMLDropRules {
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe", "svg",
        "select", "option", "textarea", "input", "label", "object", "embed", "canvas", "audio", "video", "map",
        "dialog", "menu", "head", "link", "meta",
    ]
    /// `header` is dropped outside the chosen article root; inside it, it holds the headline.
    static let pageHeaderTag = "header"

    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    ]

    /// Class or id words that mark furniture when they are a whole word ("ad" in "ad-slot", never in "header").
    static let furnitureWords: Set<String> = [
        "respond", "reply", "replies", "cmp", "subscribe", "subscription", "signup", "outbrain", "taboola",
        "menu", "navbar", "nav", "navigation", "ad", "ads", "adslot", "sponsored", "popular", "trending", "mostread",
        "modal", "popup", "toolbar", "partage", "commentaires",
    ]
    /// Stems that mark furniture anywhere in a class word ("jp-relatedposts", "sharedaddy", "commentlist").
    static let furnitureStems: [String] = [
        "comment", "disqus", "share", "sharing", "social", "cookie", "consent", "gdpr", "newsletter", "related",
        "teaser", "recommend", "recirculation", "sidebar", "breadcrumb", "advert", "promo",
    ]
    /// Words that contain a stem but are article content ("commentary", an opinion piece).
    static let stemExceptions: Set<String> = ["commentary", "commentaries", "commentator", "commentators", "promotional"]
    /// Two-word class names that mark furniture ("more-articles", "read-more", "also-read").
    static let furniturePairs: Set<String> = [
        "more articles", "more stories", "more news", "read more", "also read", "lire aussi", "most read",
        "plus lus", "a lire", "you may", "site header", "site footer", "page header", "page footer",
    ]
    /// A first word that makes a class a state flag of a wrapper, not a furniture block.
    static let stateWords: Set<String> = ["has", "no", "with", "without", "is", "show", "hide", "enable", "disable", "js"]

    /// Tags that start and end a block of text (one block per line).
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "title", "legend", "option", "dialog", "menu",
    ]

    /// Tags that may hold the article; never dropped for their class.
    static let rootTags: Set<String> = ["html", "body", "main", "article"]

    /// True when a class or id value names furniture.
    static func isFurniture(classOrID value: String) -> Bool {
        for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let words = classWords(token)
            guard let first = words.first, !stateWords.contains(first) else { continue }
            if words.contains(where: { word in furnitureWords.contains(word)
                || (!stemExceptions.contains(word) && furnitureStems.contains { occurs($0, in: word) }) }) {
                return true
            }
            for i in words.indices.dropLast() where furniturePairs.contains(words[i] + " " + words[i + 1]) { return true }
        }
        return false
    }

    /// `needle` occurs in `word` (both short ASCII-lowercase strings); bytes, not the generic
    /// searcher, and no copy.
    static func occurs(_ needle: String, in word: String) -> Bool {
        UTF8Scan.withBytes(needle) { n in
            UTF8Scan.withBytes(word) { w in
                guard !n.isEmpty, n.count <= w.count else { return n.isEmpty }
                for start in 0...(w.count - n.count) where w[start] == n[0] {
                    var j = 1
                    while j < n.count && w[start + j] == n[j] { j += 1 }
                    if j == n.count { return true }
                }
                return false
            }
        }
    }

    /// "shareBar--top" → ["share", "bar", "top"]; "c-related_posts" → ["c", "related", "posts"].
    static func classWords(_ token: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for ch in token.unicodeScalars {
            let v = ch.value
            let isUpper = v >= 0x41 && v <= 0x5A
            let isLower = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
            if !isUpper && !isLower {
                if !current.isEmpty { words.append(current); current = "" }
                previousLower = false
                continue
            }
            if isUpper && previousLower && !current.isEmpty { words.append(current); current = "" }
            current.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 32)! : ch)
            previousLower = isLower
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
