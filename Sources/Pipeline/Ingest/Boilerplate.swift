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
        /// The `.custom` rules, in table order, with their word budgets and cheap `when` tests.
        let custom: [(rule: Int, maxWords: Int, when: @Sendable (FoldedBytes) -> Bool)]
        /// The largest of those budgets: a longer line skips the custom rules altogether.
        let customMaxWords: Int

        init(_ rules: [BoilerplateRule]) {
            self.rules = rules
            index = BoilerplatePhraseIndex(rules)
            custom = rules.indices.compactMap { r in
                if case .custom(let maxWords, let when, _) = rules[r].matcher { return (r, maxWords, when) }
                return nil
            }
            customMaxWords = custom.map(\.maxWords).max() ?? -1
        }
    }

    static let compiled = Compiled(BoilerplateRulesCommon.all + BoilerplateRulesFR.all + BoilerplateRulesEN.all)

    /// The text without its furniture.
    public func clean(_ text: String) -> String {
        let runs = UTF8Scan.withBytes(text) { keptRuns($0) }
        if runs.count == 1 && runs[0].bytes == 0..<text.utf8.count { return text }
        return Self.joined(runs, of: Substring(text))
    }

    func clean(_ text: Substring) -> String {
        let runs = UTF8Scan.withBytes(text) { keptRuns($0) }
        // All of a whole string (an HTML page's text): that string, not a copy.
        if runs.count == 1 && runs[0].bytes == 0..<text.utf8.count && text.startIndex == text.base.startIndex
            && text.endIndex == text.base.endIndex { return text.base }
        return Self.joined(runs, of: text)
    }

    /// A stretch of the input that the output repeats byte for byte, after `breaksBefore`
    /// line breaks (0 for the first).
    private struct Run {
        var bytes: Range<Int>
        var breaksBefore: Int
    }

    /// What cleaning keeps, as few runs of the input as possible: kept lines join the run
    /// before them when the input has between them exactly the line breaks the output writes.
    /// Most articles have no furniture left inside their text, and then the output is one run.
    private func keptRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> [Run] {
        let lines = Self.lines(of: bytes)
        var names: [String?]? = nil
        let verdicts = classify(bytes, lines, names: &names)
        var runs: [Run] = []
        var pendingBlank = false
        scan: for (line, verdict) in zip(lines, verdicts) {
            switch verdict {
            case .cut: break scan
            case .drop: continue
            case .blank: pendingBlank = !runs.isEmpty
            case .keep:
                let breaks = runs.isEmpty ? 0 : pendingBlank ? 2 : 1
                pendingBlank = false
                if let last = runs.last?.bytes.upperBound, line.lowerBound - last == breaks,
                   !bytes[last..<line.lowerBound].contains(where: { $0 != 0x0A }) {
                    runs[runs.count - 1].bytes = runs[runs.count - 1].bytes.lowerBound..<line.upperBound
                } else {
                    runs.append(Run(bytes: line, breaksBefore: breaks))
                }
            }
        }
        return runs
    }

    /// The runs of `text`, each after its line breaks: slices appended to one string, so no
    /// byte is checked as UTF-8 again.
    private static func joined(_ runs: [Run], of text: Substring) -> String {
        let utf8 = text.utf8
        func slice(_ run: Run) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: run.bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: run.bytes.upperBound)]
        }
        if runs.count == 1 { return String(slice(runs[0])) }
        var out = ""
        out.reserveCapacity(runs.reduce(0) { $0 + $1.breaksBefore + $1.bytes.count })
        for run in runs {
            if run.breaksBefore > 0 { out += run.breaksBefore == 1 ? "\n" : "\n\n" }
            out += slice(run)
        }
        return out
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
        var matcher = LineMatcher(compiled, longestLine: lines.reduce(0) { max($0, $1.count) })
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

        /// A matcher for lines of at most `longestLine` bytes (longer ones work, slower).
        init(_ compiled: Compiled, longestLine: Int = Boilerplate.maxRuleLineBytes) {
            self.compiled = compiled
            scratch = .allocate(capacity: LineFolder.room(forLineOf: min(longestLine, Boilerplate.maxRuleLineBytes)))
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
            // Words of `core`: folded by LineFolder, it has single spaces and none at its ends.
            let words = core.isEmpty ? 0 : !regular ? FoldedLine(full: String(decoding: full, as: UTF8.self)).words.count
                : 1 + SWAR.count(0x20, in: full.baseAddress!, from: core.lowerBound, to: core.upperBound)
            candidates.removeAll(keepingCapacity: true)
            let index = compiled.index
            index.scan(full, core: core, words: words) { candidates.append($0) }
            if core.count <= 4 * index.maxLineCueBytes && !UTF8Scan.isASCII(full, from: core.lowerBound, to: core.upperBound) {
                candidates += index.lineRules
            }
            candidates += index.unanchoredRules
            if words <= compiled.customMaxWords {
                let shape = FoldedBytes(full: full, core: core, wordCount: words)
                for (rule, maxWords, when) in compiled.custom where words <= maxWords && when(shape) { candidates.append(rule) }
            }
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
    /// tell prose from a button label); stops at the eighth. Word starts are counted eight
    /// bytes at a time.
    static func hasEightWords(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        var count = 0, i = 0
        var before: UInt64 = 0                            // lane 0: the byte before is in a word
        while i &+ 8 <= line.count {
            let x = SWAR.load(base + i)
            let inWord = ~(SWAR.equal(x, 0x20) | SWAR.equal(x, 0x09)) & SWAR.highs
            count &+= (inWord & ~(inWord << 8 | before)).nonzeroBitCount
            if count >= 8 { return true }
            before = (inWord >> 56) & 0x80
            i &+= 8
        }
        var inWord = before != 0
        while i < line.count {
            let b = base[i]
            i &+= 1
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord {
                inWord = true; count &+= 1
                if count == 8 { return true }
            }
        }
        return false
    }
}
