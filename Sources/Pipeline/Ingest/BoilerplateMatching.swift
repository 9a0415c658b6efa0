import Extract
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// How ``Boilerplate`` applies its rule tables quickly. Per line:
//  1. ``LineFolder`` folds the line once into bytes (the bytes ``FoldedLine/full`` would hold),
//     then finds `core` and counts words on those bytes;
//  2. ``BoilerplatePhraseIndex`` finds, in one pass over `core`, every cue phrase of every rule
//     that occurs there (as whole words), looking each word up by its hash;
//  3. the rules that may apply — those with a cue found, and those whose own cheap `when` test
//     on the bytes passes — are asked in table order, on a ``FoldedLine`` made only then.
// Most lines have no cue and pass no `when` test, so they cost one fold and one scan.

/// A folded line as bytes, for the cheap `when` tests of ``BoilerplateRule/Matcher/custom(maxWords:when:test:)``.
/// The same text as ``FoldedLine``, valid only during the test.
struct FoldedBytes {
    /// ``FoldedLine/full``.
    let full: UnsafeBufferPointer<UInt8>
    /// Where ``FoldedLine/core`` lies in `full`.
    let core: Range<Int>
    /// `FoldedLine.words.count`.
    let wordCount: Int

    var fullCount: Int { full.count }

    func fullStarts(with prefix: StaticString) -> Bool {
        // withUTF8Buffer: a one-scalar literal ("©") is stored as a scalar, not as bytes.
        prefix.withUTF8Buffer { p in full.count >= p.count && p.indices.allSatisfy { full[$0] == p[$0] } }
    }

    func fullContains(_ byte: UInt8) -> Bool { full.contains(byte) }

    /// The `k`th word of `core`: 0 is the first, -1 the last. `k` must name a word.
    func word(_ k: Int) -> FoldedWord {
        precondition(k < wordCount && -k <= wordCount, "no word \(k) in a line of \(wordCount) words")
        var start = core.lowerBound, end = core.upperBound
        if k >= 0 {
            var skip = k
            while true {
                end = start
                while end < core.upperBound && full[end] != 0x20 { end += 1 }
                if end > start { if skip == 0 { break }; skip -= 1 }
                start = end + 1
            }
        } else {
            var skip = -k - 1
            while true {
                start = end
                while start > core.lowerBound && full[start - 1] != 0x20 { start -= 1 }
                if start < end { if skip == 0 { break }; skip -= 1 }
                end = start - 1
            }
        }
        return FoldedWord(bytes: UnsafeBufferPointer(rebasing: full[start..<end]))
    }

    /// Every word of `core` may be in `set` (see ``FoldedWord/mayBe(in:)``).
    func allWordsMayBe(in set: FoldedWordSet) -> Bool {
        var start = core.lowerBound
        while start < core.upperBound {
            var end = start
            while end < core.upperBound && full[end] != 0x20 { end += 1 }
            if end > start && !FoldedWord(bytes: UnsafeBufferPointer(rebasing: full[start..<end])).mayBe(in: set) { return false }
            start = end + 1
        }
        return true
    }
}

/// One word of a ``FoldedBytes``. The rules compare words as strings (canonical equivalence),
/// so a byte test can only rule a word out when it is ASCII; a word with other bytes "may be"
/// anything and is left to the rule's exact test.
struct FoldedWord {
    let bytes: UnsafeBufferPointer<UInt8>

    var isASCII: Bool { UTF8Scan.isASCII(bytes, from: 0, to: bytes.count) }

    /// Might equal `word` (an ASCII literal).
    func mayBe(_ word: StaticString) -> Bool {
        guard isASCII else { return true }
        return word.withUTF8Buffer { p in bytes.count == p.count && p.indices.allSatisfy { bytes[$0] == p[$0] } }
    }

    /// Might be one of `set`'s words.
    func mayBe(in set: FoldedWordSet) -> Bool { !isASCII || set.mayContain(bytes) }

    /// Only ASCII digits (and at least one).
    var isASCIIDigits: Bool { !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}

/// A set of short folded words for the `when` tests, by hash alone: a hash collision only lets a
/// line through to the exact test.
struct FoldedWordSet: Sendable {
    private let table: HashedWordTable<Bool>

    init(_ words: Set<String>) { table = HashedWordTable(words.map { (Folding.hash($0.utf8), true) }, combine: { a, _ in a }) }

    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.value(forHash: Folding.hash(bytes)) != nil }
}

// MARK: - Folding a line into bytes

/// Folds lines exactly as ``FoldedLine/init(_:)`` does — `Folding.fold` per scalar, ASCII
/// lower-cased, whitespace runs collapsed to one space, none leading or trailing — but on bytes:
/// ASCII through a 128-byte table, common scalars through a table of their folded spellings
/// computed once from `Folding.fold` itself (so both always agree), others as they come.
///
/// A space is written at the first whitespace after a word and skipped while the last byte
/// written is a space; a trailing one is taken back at the end. That gives the reference's
/// output as long as no spelling is empty or holds a space (none does today); a line with a
/// scalar whose spelling does is left to the reference (`fold` returns nil).
enum LineFolder {
    /// What one scalar folds to: a space, or bytes (its spelling, else its own UTF-8).
    struct Entry: Sendable {
        var offset: UInt32 = 0
        var count: UInt16 = 0
        var isSpace = false
        /// The spelling is empty or holds a space: only the reference folding handles it.
        var irregular = false
    }

    /// ASCII byte → its folded byte; the whitespace that collapses → a space.
    static let ascii: [UInt8] = (0..<128).map { b -> UInt8 in
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0C { return 0x20 }
        return b >= 0x41 && b <= 0x5A ? UInt8(b + 32) : UInt8(b)
    }

    /// ``Entry`` of the common scalars, the bytes their offsets point into, and the most bytes
    /// a folded scalar takes per byte of its UTF-8 (rounded up).
    static let table: (entries: CommonScalarTable<Entry>, pool: [UInt8], growth: Int) = {
        var pool: [UInt8] = []
        var growth = 1
        let entries = CommonScalarTable<Entry> { scalar in
            let (kind, bytes) = spelling(scalar)
            if kind == .space { return Entry(isSpace: true) }
            let width = UTF8.width(scalar)
            growth = max(growth, (bytes.count + width - 1) / width)
            defer { pool += bytes }
            return Entry(offset: UInt32(pool.count), count: UInt16(bytes.count), irregular: isIrregular(bytes))
        }
        return (entries, pool, growth)
    }()

    static func spelling(_ scalar: Unicode.Scalar) -> (Folding.Class, [UInt8]) {
        let (kind, folded) = Folding.fold(scalar)
        return (kind, Array((folded ?? String(scalar)).utf8))
    }

    private static func isIrregular(_ spelling: [UInt8]) -> Bool { spelling.isEmpty || spelling.contains(0x20) }

    /// Bytes `fold` may read past the end of its output (``BoilerplatePhraseIndex`` loads
    /// words eight bytes at a time).
    static let slack = 16

    /// The room `fold` needs in `out` for a line of `count` bytes.
    static func room(forLineOf count: Int) -> Int { count * table.growth + slack }

    /// Folds `line` into `out`; the number of bytes written, or nil when the reference folding
    /// must do it (an irregular spelling, or no room left).
    static func fold(_ line: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let (entries, pool, _) = Self.table
        guard room(forLineOf: line.count) <= out.count else { return nil }
        let limit = out.count - slack
        var n = 0
        var last: UInt8 = 0x20            // as if a space came first: leading whitespace is dropped
        return Self.ascii.withUnsafeBufferPointer { ascii -> Int? in
            var i = 0
            let end = line.count
            let input = line.baseAddress, output = UnsafeMutableRawPointer(out.baseAddress!)
            while i < end {
                // Eight bytes at once while they are ASCII, none is a control byte (tab, CR…) and
                // no space follows a space: folding them is lower-casing A-Z, one store. The
                // first byte that is none of that goes the way below. `out` has room for the
                // eight: at most `n` ≤ `i` × growth bytes are written before.
                if i &+ 8 <= end {
                    let x = SWAR.load(input! + i), v7 = x & SWAR.lows
                    let spaces = SWAR.equal(x, 0x20)
                    let spaceBefore = spaces << 8 | (last == 0x20 ? 0x80 : 0)
                    let stop = (x | SWAR.inRange(v7, 0x00, 0x1F) | spaces & spaceBefore) & SWAR.highs
                    let lowered = x | SWAR.inRange(v7, 0x41, 0x5A) >> 2      // 0x80 → 0x20 in A-Z lanes
                    output.storeBytes(of: lowered.littleEndian, toByteOffset: n, as: UInt64.self)
                    let kept = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
                    if kept > 0 {
                        n &+= kept; i &+= kept
                        last = UInt8(truncatingIfNeeded: lowered >> (8 * UInt64(kept - 1)))
                    }
                    if stop == 0 { continue }
                }
                let b = line[i]
                if b < 0x80 {
                    // No branch on the byte's kind: the byte is stored, and kept unless it is a
                    // space after a space.
                    let f = ascii[Int(b)]
                    out[n] = f
                    n &+= (f == 0x20 && last == 0x20) ? 0 : 1
                    last = f
                    i &+= 1
                    continue
                }
                let (v, width) = UTF8Scan.decode(line, at: i)
                i &+= width
                if let e = entries.entry(v) {
                    if e.isSpace {
                        if last != 0x20 { out[n] = 0x20; n &+= 1; last = 0x20 }
                        continue
                    }
                    if e.irregular { return nil }
                    let count = Int(e.count)
                    for k in 0..<count { out[n &+ k] = pool[Int(e.offset) &+ k] }
                    n &+= count
                    last = out[n &- 1]
                } else {
                    let (kind, bytes) = spelling(Unicode.Scalar(v)!)
                    if kind == .space {
                        if last != 0x20 { out[n] = 0x20; n &+= 1; last = 0x20 }
                        continue
                    }
                    if isIrregular(bytes) { return nil }
                    guard n + bytes.count <= limit else { return nil }
                    for b in bytes { out[n] = b; n &+= 1 }
                    last = out[n &- 1]
                }
            }
            if n > 0 && last == 0x20 { n -= 1 }
            return n
        }
    }

    /// Where `core` lies in folded bytes: from the first to the last scalar that is an ASCII
    /// letter or digit or an alphabetic scalar, as ``FoldedLine/init(full:)`` trims.
    static func core(of full: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        while start < full.count {
            let (v, width) = UTF8Scan.decode(full, at: start)
            if isWordy(v) { break }
            start += width
        }
        guard start < full.count else { return 0..<0 }
        var end = full.count
        while end > start {
            let s = UTF8Scan.scalarStart(full, before: end)
            if isWordy(UTF8Scan.decode(full, at: s).value) { break }
            end = s
        }
        return start..<end
    }

    @inline(__always) private static func isWordy(_ v: UInt32) -> Bool {
        if v < 0x80 { return ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || (v >= 0x30 && v <= 0x39) }
        return Unicode.Scalar(v)!.properties.isAlphabetic
    }
}

// MARK: - Finding every cue phrase in one pass

/// The cue phrases of every `.line`, `.prefix`, `.contains` and `.footerLinks` rule, found in a
/// line in one pass whatever the number of rules or the length of a cue (one is a 250-word
/// publisher disclaimer's opening).
///
/// A cue occurs as whole words. `.line` and `.prefix` cues start the line: they are keyed by a
/// hash of their first word (their first run of letters and digits: "s" for "s'abonner") and
/// looked up once per line. `.contains` and `.footerLinks` cues may be anywhere: they are found
/// as byte strings by a multi-pattern search (``CueSearch``), then kept where they start and
/// end on word boundaries.
///
/// Most lines are paragraphs of prose, longer than nearly every rule allows, so a line is only
/// searched for the cues of rules that allow its number of words: for a paragraph, the few
/// long cues of publisher disclaimers (and cookie banners for shorter ones). The longer the
/// shortest cue searched for, the further the search skips, so it reads a small part of a
/// paragraph's bytes.
final class BoilerplatePhraseIndex: Sendable {
    struct Cue: Sendable {
        var offset: Int, count: Int    // in `bytes`
        var rule: Int
        /// `.line` cues match only the whole line; `.prefix` ones its start.
        var wholeLine: Bool
        /// The rule's word budget (``BoilerplateRule/maxWords``); `.line` cues need none, they
        /// match a whole line of their own words.
        var maxWords: Int
    }

    /// The cues that count anywhere, for lines of at most `maxWords` words: those of every
    /// rule allowing that many (indices into `anywhereCues`), and their search. A class: a line
    /// picks one without copying its tables.
    final class Budget: Sendable {
        let maxWords: Int
        let cues: [Int]
        let search: CueSearch

        init(maxWords: Int, cues: [Int], search: CueSearch) { self.maxWords = maxWords; self.cues = cues; self.search = search }
    }

    private let bytes: [UInt8]
    /// `.line` and `.prefix` cues, grouped by their first word.
    private let startCues: [Cue]
    private let byFirstWord: HashedWordTable<Range<Int>>
    private let anywhereCues: [Cue]
    /// By increasing `maxWords`; a line of more words than the last allows meets no cue that
    /// counts anywhere.
    private let budgets: [Budget]
    /// Rules with a cue that does not start with a letter or digit: the index cannot anchor
    /// them, so they are always asked (none today).
    let unanchoredRules: [Int]
    /// `.line` rules: a line whose core is not ASCII may still equal a cue as a string
    /// (canonical equivalence), so they are asked for such lines when they are short enough:
    /// a core equal to an ASCII cue decomposes to it, so it has at most as many scalars as the
    /// cue has bytes, hence at most 4 × `maxLineCueBytes` bytes.
    let lineRules: [Int]
    let maxLineCueBytes: Int

    init(_ rules: [BoilerplateRule]) {
        var bytes: [UInt8] = []
        var startCues: [(cue: Cue, firstWord: [UInt8])] = [], anywhereCues: [Cue] = []
        var unanchored: [Int] = [], lineRules: [Int] = [], maxLineCueBytes = 0
        for (r, rule) in rules.enumerated() {
            let cues: [String], anywhere: Bool, wholeLine: Bool
            switch rule.matcher {
            case .line(let c):
                (cues, anywhere, wholeLine) = (c, false, true)
                lineRules.append(r)
                maxLineCueBytes = max(maxLineCueBytes, c.map(\.utf8.count).max() ?? 0)
                // An ASCII line can equal a non-ASCII cue as a string only through bytes the
                // index does not compare (canonical equivalence): ask such a rule every time.
                if c.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) { unanchored.append(r); continue }
            case .prefix(let c, _): (cues, anywhere, wholeLine) = (c, false, false)
            case .contains(let c, _), .footerLinks(let c, _): (cues, anywhere, wholeLine) = (c, true, false)
            case .custom: continue
            }
            for cue in cues {
                let utf8 = Array(cue.utf8)
                guard let first = utf8.first, FoldedLine.isWordByte(first) else {
                    if unanchored.last != r { unanchored.append(r) }
                    continue
                }
                let entry = Cue(offset: bytes.count, count: utf8.count, rule: r, wholeLine: wholeLine, maxWords: rule.maxWords ?? .max)
                if anywhere { anywhereCues.append(entry) } else {
                    startCues.append((entry, Array(utf8.prefix { FoldedLine.isWordByte($0) })))
                }
                bytes += utf8
            }
        }
        self.bytes = bytes
        unanchoredRules = unanchored
        self.lineRules = lineRules
        self.maxLineCueBytes = maxLineCueBytes
        // Start cues grouped by the hash of their first word, in table order.
        var order: [UInt64] = [], groups: [UInt64: [Cue]] = [:]
        for (cue, firstWord) in startCues {
            let hash = Self.runKey(firstWord)
            if groups[hash] == nil { order.append(hash) }
            groups[hash, default: []].append(cue)
        }
        var grouped: [Cue] = [], ranges: [(hash: UInt64, value: Range<Int>)] = []
        for hash in order {
            ranges.append((hash, grouped.count..<(grouped.count + groups[hash]!.count)))
            grouped += groups[hash]!
        }
        self.startCues = grouped
        byFirstWord = HashedWordTable(ranges, combine: { a, _ in a })
        self.anywhereCues = anywhereCues
        budgets = Set(anywhereCues.map(\.maxWords)).sorted().map { budget in
            let cues = anywhereCues.indices.filter { anywhereCues[$0].maxWords >= budget }
            return Budget(maxWords: budget, cues: cues,
                          search: CueSearch(cues.map { Array(bytes[anywhereCues[$0].offset..<(anywhereCues[$0].offset + anywhereCues[$0].count)]) }))
        }
    }

    /// Scans `core` of `full`, a line of `words` words, once: calls `found` with the rule of
    /// each cue occurring there as whole words, whose rule allows `words` words (a rule may
    /// come more than once). `full` must be readable ``LineFolder/slack`` bytes past its end.
    @inline(__always)
    func scan(_ full: UnsafeBufferPointer<UInt8>, core: Range<Int>, words: Int, found: (Int) -> Void) {
        guard !core.isEmpty, let base = full.baseAddress else { return }
        let end = core.upperBound
        /// The line has a word boundary at `i` on the side of `core` (its ends are boundaries).
        func boundary(_ i: Int, before: Bool) -> Bool {
            before ? i == core.lowerBound || !FoldedLine.isWordByte(full[i - 1]) : i == end || !FoldedLine.isWordByte(full[i])
        }
        // The first word (`core` starts with a letter or digit): `.line` and `.prefix` cues.
        let firstEnd = Self.runEnd(base, from: core.lowerBound, to: end)
        if let group = byFirstWord.value(forHash: Self.runKey(base + core.lowerBound, count: firstEnd - core.lowerBound)) {
            bytes.withUnsafeBufferPointer { cueBytes in
                for k in group {
                    let cue = startCues[k], after = core.lowerBound + cue.count
                    guard after <= end, !cue.wholeLine || after == end, words <= cue.maxWords, boundary(after, before: false),
                          memcmp(base + core.lowerBound, cueBytes.baseAddress! + cue.offset, cue.count) == 0 else { continue }
                    found(cue.rule)
                }
            }
        }
        // The cues that count anywhere, of rules allowing this many words.
        guard let budget = budgets.first(where: { $0.maxWords >= words }) else { return }
        budget.search.forEachOccurrence(in: base + core.lowerBound, count: core.count) { k, offset in
            let cue = anywhereCues[budget.cues[k]], start = core.lowerBound + offset
            if boundary(start, before: true) && boundary(start + cue.count, before: false) { found(cue.rule) }
        }
    }

    /// The end of the run of letters and digits (``FoldedLine/isWordByte(_:)``) from `start`, at most `end`.
    @inline(__always)
    private static func runEnd(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while true {
            let other = ~SWAR.wordBytes(SWAR.load(base + i)) & SWAR.highs
            if other != 0 { i &+= other.trailingZeroBitCount >> 3; break }
            i &+= 8
            if i >= end { break }
        }
        return min(i, end)
    }

    /// A hash of a run of bytes, for this index only: the first sixteen bytes read as two
    /// words (two loads, no loop), longer runs folded in by FNV. `p` must be readable 16 bytes
    /// past `count` when `count` is 16 or less.
    @inline(__always)
    static func runKey(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        let lo = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let hi = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let keepLo = count >= 8 ? ~0 : (UInt64(1) << (8 * UInt64(count))) &- 1
        let keepHi = count >= 16 ? ~0 : count <= 8 ? 0 : (UInt64(1) << (8 * UInt64(count - 8))) &- 1
        var h = (lo & keepLo) &* 0x9E37_79B9_7F4A_7C15 ^ (hi & keepHi) &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(count)
        if count > 16 {
            for k in 16..<count { h = (h ^ UInt64(p[k])) &* FNV1a.prime }
        }
        return h ^ (h >> 29)
    }

    /// ``runKey(_:count:)`` of bytes held in an array (no slack needed).
    static func runKey(_ bytes: [UInt8]) -> UInt64 {
        let padded = bytes + [UInt8](repeating: 0, count: 16)
        return padded.withUnsafeBufferPointer { runKey($0.baseAddress!, count: bytes.count) }
    }
}

/// Finds every occurrence of a few byte strings in a text, reading only some of its bytes:
/// Wu and Manber's multi-pattern search. A window as long as the shortest pattern slides
/// along the text; the three bytes at its end say, through a table built from the patterns,
/// how far it may jump without passing over an occurrence: nearly as far as the window's
/// length when no pattern holds them. Where no jump is allowed, the patterns whose first
/// window ends with those bytes are compared, their first eight bytes at once, then in full.
struct CueSearch: Sendable {
    /// The patterns end to end, with eight bytes of slack for reading a head.
    private let bytes: [UInt8]
    private struct Pattern: Sendable {
        var offset: Int, count: Int
        /// The first eight bytes (fewer for a shorter pattern, the rest masked off).
        var head: UInt64, headMask: UInt64
    }
    private let patterns: [Pattern]
    /// The shortest pattern's length: the window.
    private let window: Int
    /// By the hash of three bytes: how far the window may move when it ends with them (0: a
    /// pattern may end its first window there).
    private let shifts: [UInt8]
    /// By the same hash, the patterns whose first window ends with those bytes:
    /// `endingPatterns[endingStart[h]..<endingStart[h + 1]]`.
    private let endingStart: [Int32], endingPatterns: [Int32]

    private static let tableSize = 1 << 12
    private static let block = 3

    /// Three bytes (the first in the low byte) hashed to twelve bits: blocks that share them
    /// take the smaller jump.
    @inline(__always) private static func hash(_ block: UInt32) -> Int {
        Int(truncatingIfNeeded: ((block & 0xFF_FFFF) &* 0x9E37_79B1) >> 20)
    }

    private static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int { hash(UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16) }

    init(_ patterns: [[UInt8]]) {
        var bytes: [UInt8] = []
        self.patterns = patterns.map { pattern in
            defer { bytes += pattern }
            var head: UInt64 = 0
            for (k, b) in pattern.prefix(8).enumerated() { head |= UInt64(b) << (8 * UInt64(k)) }
            let mask: UInt64 = pattern.count >= 8 ? ~0 : (1 << (8 * UInt64(pattern.count))) - 1
            return Pattern(offset: bytes.count, count: pattern.count, head: head, headMask: mask)
        }
        self.bytes = bytes + [UInt8](repeating: 0, count: 8)
        let window = min(patterns.map(\.count).min() ?? 1, Int(UInt8.max))
        self.window = window
        var shifts = [UInt8](repeating: UInt8(max(window - Self.block + 1, 0)), count: Self.tableSize)
        var ending: [(hash: Int, pattern: Int32)] = []
        for (k, pattern) in patterns.enumerated() where window >= Self.block {
            for last in (Self.block - 1)..<window {
                let h = Self.hash(pattern[last - 2], pattern[last - 1], pattern[last])
                shifts[h] = min(shifts[h], UInt8(window - 1 - last))
            }
            ending.append((Self.hash(pattern[window - 3], pattern[window - 2], pattern[window - 1]), Int32(k)))
        }
        self.shifts = shifts
        ending.sort { ($0.hash, $0.pattern) < ($1.hash, $1.pattern) }
        var start = [Int32](repeating: 0, count: Self.tableSize + 1)
        for (h, _) in ending { start[h + 1] += 1 }
        for h in 0..<Self.tableSize { start[h + 1] += start[h] }
        endingStart = start
        endingPatterns = ending.map(\.pattern)
    }

    /// Calls `body` with the index of each pattern occurring in `text[0..<count]` and where.
    /// `text` must be readable eight bytes past `count` (blocks and heads are read whole).
    @inline(__always)
    func forEachOccurrence(in text: UnsafePointer<UInt8>, count: Int, _ body: (Int, Int) -> Void) {
        guard count >= window else { return }
        bytes.withUnsafeBufferPointer { bytes in
            /// Whether pattern `k` occurs at `start`.
            func occurs(_ k: Int, at start: Int) -> Bool {
                let p = patterns[k]
                return start + p.count <= count && SWAR.load(text + start) & p.headMask == p.head
                    && (p.count <= 8 || memcmp(text + start + 8, bytes.baseAddress! + p.offset + 8, p.count - 8) == 0)
            }
            guard window >= Self.block else {
                // Patterns too short for a block: every place is a candidate.
                for start in 0..<count { for k in patterns.indices where occurs(k, at: start) { body(k, start) } }
                return
            }
            shifts.withUnsafeBufferPointer { shifts in
                var last = window - 1                        // the window's last byte
                while last < count {
                    let h = Self.hash(UInt32(littleEndian: UnsafeRawPointer(text + (last - 2)).loadUnaligned(as: UInt32.self)))
                    let jump = Int(shifts[h])
                    if jump > 0 { last &+= jump; continue }
                    let start = last - (window - 1)
                    for i in Int(endingStart[h])..<Int(endingStart[h + 1]) {
                        let k = Int(endingPatterns[i])
                        if occurs(k, at: start) { body(k, start) }
                    }
                    last &+= 1
                }
            }
        }
    }
}
