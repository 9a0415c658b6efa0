/// Removes page furniture from article text, line by line: share bars, comment forms and their
/// captchas, teaser lists of other articles, newsletter prompts, cookie banners, legal footers
/// and publisher disclaimers. It runs on plain text and on the text extracted from HTML.
///
/// Each line is folded (lower case, accents removed, ’ → ') and checked against per-language
/// tables of cue phrases (``BoilerplateRulesFR``, ``BoilerplateRulesEN``) and a few shared
/// patterns (``BoilerplateRulesCommon``). All tables apply to every document, whatever its
/// language: furniture is often in another language than the article (English share buttons on
/// a French page), and cues are anchored to short whole lines, so they do not fire in prose.
///
/// A rule either drops its line or cuts the text from its line on (a comment form, a "Share
/// this article" bar, a "Related articles" heading, a list of two or more "3 hours ago"
/// teasers). A cut only happens when more article prose (lines of 8 words or more) comes before
/// the cue than after it; otherwise the cue line alone is dropped, so a "Leave a comment" link
/// under a headline cannot swallow the article. Kept lines are not changed (only trailing spaces
/// go), runs of blank lines become one, and leading and trailing blank lines go.
///
/// - Complexity: O(*n*) in the length of the text; lines over ``maxRuleLineBytes`` are prose
///   and are not folded.
public struct Boilerplate: Sendable {
    /// Longer lines are always article text (the longest furniture, a publisher disclaimer, is
    /// a few hundred words).
    public static let maxRuleLineBytes = 4096

    let rules: [BoilerplateRule]

    public init() {
        rules = BoilerplateRulesCommon.all + BoilerplateRulesFR.all + BoilerplateRulesEN.all
    }

    /// The text without its furniture.
    public func clean(_ text: String) -> String {
        let lines = Self.lines(of: text)
        let verdicts = classify(lines)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingBlank = false
        for (line, verdict) in zip(lines, verdicts) {
            switch verdict {
            case .cut: return out
            case .drop: continue
            case .blank: pendingBlank = !out.isEmpty
            case .keep:
                if !out.isEmpty { out += pendingBlank ? "\n\n" : "\n" }
                pendingBlank = false
                out += line
            }
        }
        return out
    }

    /// Why each line is kept or not: the name of the rule that removed it, for tests and review.
    public func explain(_ text: String) -> [(line: String, removedBy: String?)] {
        let lines = Self.lines(of: text)
        var named: [String?] = []
        let verdicts = classify(lines, names: &named)
        var cutBy: String?
        return zip(lines.indices, verdicts).map { i, verdict in
            if verdict == .cut && cutBy == nil { cutBy = named[i] ?? "cut" }
            if let cutBy { return (String(lines[i]), "after: \(cutBy)") }
            return (String(lines[i]), verdict == .drop ? named[i] : nil)
        }
    }

    enum Verdict: Equatable { case keep, blank, drop, cut }

    func classify(_ lines: [Substring]) -> [Verdict] {
        var names: [String?] = []
        return classify(lines, names: &names)
    }

    func classify(_ lines: [Substring], names: inout [String?]) -> [Verdict] {
        var verdicts = [Verdict](repeating: .keep, count: lines.count)
        var actions = [BoilerplateRule.Action?](repeating: nil, count: lines.count)
        names = [String?](repeating: nil, count: lines.count)
        // Prose weight of each line, and its running sum.
        var prose = [Int](repeating: 0, count: lines.count + 1)
        for (i, line) in lines.enumerated() {
            let bytes = line.utf8
            if Self.isBlank(line) {
                verdicts[i] = .blank
            } else if bytes.count <= Self.maxRuleLineBytes {
                let folded = FoldedLine(line)
                if let rule = rules.first(where: { $0.matches(folded) }) {
                    actions[i] = rule.action
                    names[i] = rule.name
                    verdicts[i] = .drop
                }
            }
            prose[i + 1] = prose[i] + (verdicts[i] == .keep && Self.wordCount(line) >= 8 ? bytes.count : 0)
        }
        let total = prose[lines.count]
        func mayCut(at i: Int) -> Bool { prose[i] >= total - prose[i] && prose[i] > 0 }

        var cut: Int?
        var teasersAfter = 0
        // Walk backwards so "two or more teasers from here on" is known at each line.
        for i in lines.indices.reversed() {
            switch actions[i] {
            case .cutFromHere? where mayCut(at: i):
                cut = i
            case .teaser?:
                teasersAfter += 1
                if teasersAfter >= 2 && mayCut(at: i) { cut = i }
            default:
                break
            }
        }
        if let cut {
            for i in cut..<lines.count { verdicts[i] = .cut }
        }
        return verdicts
    }

    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 0x0A {
                lines.append(trimTrailing(text[start..<i]))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < text.endIndex { lines.append(trimTrailing(text[start...])) }
        return lines
    }

    private static func trimTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.unicodeScalars.index(before: end)
            let s = line.unicodeScalars[before]
            guard s == " " || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{202F}" || s == "\u{FEFF}" else { break }
            end = before
        }
        return line[line.startIndex..<end]
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" || $0 == "\u{200B}" }
    }

    /// Words as runs of non-space bytes; good enough to tell prose from a button label.
    static func wordCount(_ line: Substring) -> Int {
        var count = 0, inWord = false
        for b in line.utf8 {
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
