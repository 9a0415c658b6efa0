#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
/// Matching is done on bytes: each line is folded once, one pass finds every cue phrase of
/// every table in it, and only the rules that may apply are asked (BoilerplateMatching.swift).
///
/// - Complexity: O(*n*) in the length of the text; lines over ``maxRuleLineBytes`` are prose
///   and are not folded.
public struct Boilerplate: Sendable {
    /// Longer lines are always article text (the longest furniture, a publisher disclaimer, is
    /// a few hundred words).
    public static let maxRuleLineBytes = 4096

    /// The rule tables, in the order they are asked (the first rule that matches a line names it).
    var rules: [BoilerplateRule] { Self.compiled.rules }

    public init() {}

    /// The tables with their phrase index, built once per process (see BoilerplateMatching.swift).
    struct Compiled: Sendable {
        let rules: [BoilerplateRule]
        let index: BoilerplatePhraseIndex
        /// The `.custom` rules, in table order, with their cheap `when` tests.
        let custom: [(rule: Int, when: @Sendable (FoldedBytes) -> Bool)]

        init(_ rules: [BoilerplateRule]) {
            self.rules = rules
            index = BoilerplatePhraseIndex(rules)
            custom = rules.indices.compactMap { r in
                if case .custom(let when, _) = rules[r].matcher { return (r, when) }
                return nil
            }
        }
    }

    static let compiled = Compiled(BoilerplateRulesCommon.all + BoilerplateRulesFR.all + BoilerplateRulesEN.all)

    /// The text without its furniture.
    public func clean(_ text: String) -> String {
        switch UTF8Scan.withBytes(text, { clean(bytes: $0) }) {
        case .prefix(let n): return n == text.utf8.count ? text : String(text[..<text.utf8.index(text.startIndex, offsetBy: n)])
        case .rebuilt(let cleaned): return cleaned
        }
    }

    func clean(_ text: Substring) -> String {
        switch UTF8Scan.withBytes(text, { clean(bytes: $0) }) {
        case .prefix(let n): return String(text[..<text.utf8.index(text.startIndex, offsetBy: n)])
        case .rebuilt(let cleaned): return cleaned
        }
    }

    /// What cleaning gives: most articles have no furniture left in their text, and then the
    /// result is the text itself, at most without its final line breaks — a prefix, which is
    /// sliced rather than built again (building a string checks its UTF-8 once more).
    private enum Cleaned { case prefix(Int), rebuilt(String) }

    private func clean(bytes: UnsafeBufferPointer<UInt8>) -> Cleaned {
        let lines = Self.lines(of: bytes)
        var names: [String?]? = nil
        let verdicts = classify(bytes, lines, names: &names)
        // The output is a prefix of the input as long as every kept line lands where it was:
        // then what lies between two kept lines is exactly the one or two line breaks written.
        var n = 0
        var pendingBlank = false
        var isPrefix = true
        scan: for (line, verdict) in zip(lines, verdicts) {
            switch verdict {
            case .cut: break scan
            case .drop: continue
            case .blank: pendingBlank = n > 0
            case .keep:
                if n > 0 { n += pendingBlank ? 2 : 1 }
                pendingBlank = false
                if line.lowerBound != n { isPrefix = false; break scan }
                n += line.count
            }
        }
        if isPrefix { return .prefix(n) }
        // Kept lines only lose bytes (trailing spaces, furniture, blank runs): the input's
        // size is enough.
        return .rebuilt(String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingBlank = false
            for (line, verdict) in zip(lines, verdicts) {
                switch verdict {
                case .cut: return n
                case .drop: continue
                case .blank: pendingBlank = n > 0
                case .keep:
                    if n > 0 {
                        out[n] = 0x0A; n += 1
                        if pendingBlank { out[n] = 0x0A; n += 1 }
                    }
                    pendingBlank = false
                    _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + line.count)])
                        .initialize(from: UnsafeBufferPointer(rebasing: bytes[line]))
                    n += line.count
                }
            }
            return n
        })
    }

    /// Why each line is kept or not: the name of the rule that removed it, for tests and review.
    public func explain(_ text: String) -> [(line: String, removedBy: String?)] {
        UTF8Scan.withBytes(text) { bytes in
            let lines = Self.lines(of: bytes)
            var named: [String?]? = []
            let verdicts = classify(bytes, lines, names: &named)
            var cutBy: String?
            return zip(lines, verdicts).enumerated().map { i, pair in
                let (range, verdict) = pair
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                if verdict == .cut && cutBy == nil { cutBy = named![i] ?? "cut" }
                if let cutBy { return (line, "after: \(cutBy)") }
                return (line, verdict == .drop ? named![i] : nil)
            }
        }
    }

    enum Verdict: Equatable { case keep, blank, drop, cut }

    /// A verdict for each line (byte ranges of `text`); `names`, when not nil, gets the name of
    /// the rule that matched each line.
    func classify(_ text: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>], names: inout [String?]?) -> [Verdict] {
        let compiled = Self.compiled
        var verdicts = [Verdict](repeating: .keep, count: lines.count)
        var actions = [BoilerplateRule.Action?](repeating: nil, count: lines.count)
        if names != nil { names = [String?](repeating: nil, count: lines.count) }
        // Prose weight of each line, and its running sum.
        var prose = [Int](repeating: 0, count: lines.count + 1)
        var matcher = LineMatcher(compiled)
        defer { matcher.release() }
        for (i, range) in lines.enumerated() {
            let line = UnsafeBufferPointer(rebasing: text[range])
            if Self.isBlank(line) {
                verdicts[i] = .blank
            } else if line.count <= Self.maxRuleLineBytes, let r = matcher.firstRule(matching: line) {
                let rule = compiled.rules[r]
                actions[i] = rule.action
                names?[i] = rule.name
                verdicts[i] = .drop
            }
            prose[i + 1] = prose[i] + (verdicts[i] == .keep && Self.hasEightWords(line) ? line.count : 0)
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

    /// Finds the first rule that matches a line, reusing one buffer for the folded bytes.
    struct LineMatcher {
        let compiled: Compiled
        private var scratch: UnsafeMutableBufferPointer<UInt8>
        private var candidates: [Int] = []

        init(_ compiled: Compiled) {
            self.compiled = compiled
            scratch = .allocate(capacity: LineFolder.room(forLineOf: Boilerplate.maxRuleLineBytes))
            scratch.initialize(repeating: 0)      // the index reads a few bytes past a line's end
            candidates.reserveCapacity(16)
        }

        func release() { scratch.deallocate() }

        /// The index of the first rule (in table order) that matches `line`, or nil.
        mutating func firstRule(matching line: UnsafeBufferPointer<UInt8>) -> Int? {
            var count = LineFolder.fold(line, into: scratch)
            let regular = count != nil
            if count == nil {
                // A scalar LineFolder leaves to the reference folding (none in practice).
                let folded = Array(FoldedLine(Substring(String(decoding: line, as: UTF8.self))).full.utf8)
                if scratch.count < folded.count + LineFolder.slack {
                    scratch.deallocate()
                    scratch = .allocate(capacity: folded.count + LineFolder.slack)
                    scratch.initialize(repeating: 0)
                }
                _ = scratch.initialize(from: folded)
                count = folded.count
            }
            let full = UnsafeBufferPointer(rebasing: scratch[0..<count!])
            let core = LineFolder.core(of: full)
            candidates.removeAll(keepingCapacity: true)
            compiled.index.scan(full, core: core) { candidates.append($0) }
            // Words of `core`: folded by LineFolder, it has single spaces and none at its ends.
            let words = core.isEmpty ? 0 : !regular ? FoldedLine(full: String(decoding: full, as: UTF8.self)).words.count
                : 1 + SWAR.count(0x20, in: full.baseAddress!, from: core.lowerBound, to: core.upperBound)
            let ascii = UTF8Scan.isASCII(full, from: core.lowerBound, to: core.upperBound)
            if !ascii && core.count <= 4 * compiled.index.maxLineCueBytes { candidates += compiled.index.lineRules }
            candidates += compiled.index.unanchoredRules
            let shape = FoldedBytes(full: full, core: core, wordCount: words, coreIsASCII: ascii)
            for (rule, when) in compiled.custom where when(shape) { candidates.append(rule) }
            guard !candidates.isEmpty else { return nil }

            // Some rule may match: ask them in table order, on the readable folded line.
            candidates.sort()
            let folded = FoldedLine(full: String(decoding: full, as: UTF8.self))
            var previous = -1
            for r in candidates where r != previous {
                previous = r
                if compiled.rules[r].matches(folded) { return r }
            }
            return nil
        }
    }

    /// Lines as byte ranges, split at "\n", trailing spaces left out (a final empty line is
    /// not a line).
    static func lines(of text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        guard let base = text.baseAddress else { return lines }
        var start = 0
        while start < text.count {
            let rest = text.count - start
            let end = memchr(base + start, 0x0A, rest).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            lines.append(start..<trimTrailing(text, from: start, to: end ?? text.count))
            guard let end else { break }
            start = end + 1
        }
        return lines
    }

    /// The end of the line without its trailing space, tab, CR, NBSP, narrow NBSP and BOM.
    private static func trimTrailing(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let b = text[end - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D { end -= 1; continue }
            // Valid UTF-8: C2, E2 and EF are lead bytes, so these endings are whole scalars.
            if b == 0xA0, end - 2 >= start, text[end - 2] == 0xC2 { end -= 2; continue }                      // U+00A0
            if b == 0xAF, end - 3 >= start, text[end - 3] == 0xE2, text[end - 2] == 0x80 { end -= 3; continue } // U+202F
            if b == 0xBF, end - 3 >= start, text[end - 3] == 0xEF, text[end - 2] == 0xBB { end -= 3; continue } // U+FEFF
            break
        }
        return end
    }

    static func isBlank(_ line: Substring) -> Bool {
        UTF8Scan.withBytes(line) { isBlank($0) }
    }

    /// Only white space (and BOM, zero-width space): ASCII by bytes, other scalars by their
    /// Unicode properties. Stops at the first other byte, so a text costs a few bytes.
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count {
            let b = line[i]
            if b < 0x80 {
                guard b == 0x20 || (b >= 0x09 && b <= 0x0D) else { return false }
                i += 1
                continue
            }
            let (v, width) = UTF8Scan.decode(line, at: i)
            let s = Unicode.Scalar(v)!
            guard s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{200B}" else { return false }
            i += width
        }
        return true
    }

    /// At least eight words, words being runs of bytes other than space and tab (good enough to
    /// tell prose from a button label); stops at the eighth.
    static func hasEightWords(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0, inWord = false
        for b in line {
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord {
                inWord = true; count += 1
                if count == 8 { return true }
            }
        }
        return false
    }
}
