/// A short phrase as token hashes ("lors de l'" → lors, de, l, '), matched at a token index.
struct WordSequence: Sendable {
    let hashes: [UInt64]

    init(_ phrase: String) {
        let t = TokenizedText(phrase)
        hashes = t.tokens.map(\.hash)
    }

    var count: Int { hashes.count }
}

/// Phrases looked for at every token of a stretch ("opened", "kicked off", "got under way"),
/// with the sets of their first and last words: most tokens begin (or end) none of them, and
/// one probe says so instead of a comparison per phrase.
///
/// A class: built once per language and never changed, and picked per document or per date
/// (`language == .fr ? cuesFR : cuesEN`); as a struct each such pick copied its seven arrays
/// (seven retains and releases), as a reference it is one.
final class WordSequences: Sendable {
    let phrases: [WordSequence]
    let firstWords: KeywordSet
    let lastWords: KeywordSet

    convenience init(_ phrases: [String]) { self.init(phrases.map(WordSequence.init)) }

    init(_ phrases: [WordSequence]) {
        self.phrases = phrases
        firstWords = KeywordSet(hashes: phrases.compactMap(\.hashes.first))
        lastWords = KeywordSet(hashes: phrases.compactMap(\.hashes.last))
    }
}

extension TokenizedText {
    /// Whether token `i` exists and its hash is in `words`.
    @inline(__always)
    func isWord(_ i: Int, in words: KeywordSet) -> Bool { i >= 0 && i < tokens.count && words.contains(tokens[i].hash) }

    /// The index after `phrase` when it starts at token `i` (no line break inside), else nil.
    func end(of phrase: WordSequence, at i: Int) -> Int? {
        guard i >= 0, i + phrase.count <= tokens.count else { return nil }
        for (k, h) in phrase.hashes.enumerated() {
            if tokens[i + k].hash != h || (k > 0 && tokens[i + k].newlineBefore) { return nil }
        }
        return i + phrase.count
    }

    /// The longest of `phrases` starting at token `i`: the index after it, else nil.
    func end(ofAny phrases: [WordSequence], at i: Int) -> Int? {
        var best: Int? = nil
        for p in phrases { if let e = end(of: p, at: i), e > (best ?? 0) { best = e } }
        return best
    }

    /// ``end(ofAny:at:)`` for phrases with their first words in a set.
    @inline(__always)
    func end(ofAny phrases: WordSequences, at i: Int) -> Int? {
        guard isWord(i, in: phrases.firstWords) else { return nil }
        return end(ofAny: phrases.phrases, at: i)
    }

    /// The start of the longest of `phrases` that ends just before token `i`, else nil.
    func start(ofAny phrases: [WordSequence], endingBefore i: Int) -> Int? {
        var best: Int? = nil
        for p in phrases {
            let s = i - p.count
            if s >= 0, end(of: p, at: s) == i, s < (best ?? Int.max) { best = s }
        }
        return best
    }

    /// ``start(ofAny:endingBefore:)`` for phrases with their last words in a set.
    @inline(__always)
    func start(ofAny phrases: WordSequences, endingBefore i: Int) -> Int? {
        guard isWord(i - 1, in: phrases.lastWords) else { return nil }
        return start(ofAny: phrases.phrases, endingBefore: i)
    }

    /// Whether the folded spelling of token `i` ends with `suffix` (ASCII) and is at least `minLength` bytes.
    func foldedHasSuffix(_ i: Int, _ suffix: StaticString, minLength: Int = 0) -> Bool {
        let t = tokens[i]
        let len = Int(t.foldedEnd - t.foldedStart)
        let n = suffix.utf8CodeUnitCount
        guard len >= n, len >= minLength else { return false }
        let base = Int(t.foldedEnd) - n
        return suffix.withUTF8Buffer { buf in
            for k in 0..<n where folded[base + k] != buf[k] { return false }
            return true
        }
    }

    /// Length in bytes of the folded spelling of token `i`.
    @inline(__always) func foldedLength(_ i: Int) -> Int { Int(tokens[i].foldedEnd - tokens[i].foldedStart) }

    /// The first token whose start is at or after byte `offset` (binary search).
    func tokenIndex(atOrAfterByte offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The tokens a byte span covers, half-open.
    func tokenRange(of span: TextSpan) -> Range<Int> {
        let a = tokenIndex(atOrAfterByte: span.start)
        var b = a
        while b < tokens.count, Int(tokens[b].start) < span.end { b += 1 }
        return a..<b
    }

    /// Whether token `i` is a word with a capital and lower-case letters after ("Tokyo", not "UE").
    @inline(__always) func isCapitalizedWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].capitalized
    }

    /// Whether token `i` is a word written in lower case.
    @inline(__always) func isLowercaseWord(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && !tokens[i].capitalized
    }

    /// Whether token `i` is glued to the previous one (no space): "Jean-Claude", "d'", "l'".
    @inline(__always) func isGlued(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }

    /// The text under a byte span, as ``Swift/String/slice(_:)`` gives it. A span on scalar
    /// boundaries (any span of tokens) is copied straight from the bytes, with no index walk,
    /// as a substring of the text: bytes already known to be UTF-8, not validated again as
    /// `String(decoding:as:)` would.
    package func string(of span: TextSpan) -> String {
        let utf8 = text.utf8
        guard span.start >= 0, span.start <= span.end, span.end <= utf8.count else { return text.slice(span) }
        let onScalars = utf8.withContiguousStorageIfAvailable { bytes in
            !(span.start < bytes.count && UTF8.isContinuation(bytes[span.start]))
                && !(span.end < bytes.count && UTF8.isContinuation(bytes[span.end]))
        }
        guard onScalars == true else { return text.slice(span) }
        let start = utf8.index(utf8.startIndex, offsetBy: span.start), end = utf8.index(start, offsetBy: span.end - span.start)
        return String(Substring(utf8[start..<end]))
    }

    /// The sentence range holding token `i`.
    func sentenceRange(ofToken i: Int) -> Range<Int> { sentences[sentenceIndex(ofToken: i)] }
}
