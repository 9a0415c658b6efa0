/// A document's text cut into tokens and sentences in one pass over its UTF-8 bytes.
///
/// Every rule of every dimension works on this, never on `Character`s and never by sweeping
/// the text once per rule. Built once per document by ``Extractor``.
public struct TokenizedText: Sendable {
    public let text: String
    public let tokens: [Token]
    /// Folded spellings of all tokens, back to back (see ``Token/foldedStart``).
    public let folded: [UInt8]
    /// Sentences as ranges of token indices, in order, covering every token.
    public let sentences: [Range<Int>]
    /// Per token, the index of its sentence: rules ask often, and an array answers at once.
    private let sentenceOfToken: [Int32]
    /// The word tokens written with a capital, in order: passes that look for names walk
    /// these (one token in six or so) rather than every token.
    let capitalizedWords: [Int32]

    public init(_ text: String) {
        // The bytes are scanned where the string keeps them (no copy); a string that is not
        // contiguous UTF-8 (bridged) is copied once.
        let scanned = text.utf8.withContiguousStorageIfAvailable { TokenizedText.scan($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { TokenizedText.scan($0) }
        self.text = text
        self.tokens = scanned.tokens
        self.folded = scanned.folded
        let sentences = SentenceSplitter.split(scanned.tokens, folded: scanned.folded, at: scanned.breaks)
        self.sentences = sentences
        sentenceOfToken = [Int32](unsafeUninitializedCapacity: scanned.tokens.count) { buffer, count in
            for (s, r) in sentences.enumerated() { for i in r { buffer[i] = Int32(s) } }
            count = scanned.tokens.count
        }
        capitalizedWords = scanned.capitalized
    }

    /// What the one pass over the bytes gives: the tokens, their folded spellings, and two
    /// lists of token indices noted as each token is written (a walk over every token each
    /// would cost about as much as writing them): where a sentence may end or begin (a line
    /// break before it, or a sentence mark, see ``SentenceSplitter``), and the capitalised words.
    private struct Scanned {
        var tokens: [Token]
        var folded: [UInt8]
        var breaks: [Int32]
        var capitalized: [Int32]
    }

    /// One pass over the UTF-8 bytes: tokens with their folded spelling and its hash.
    /// Non-ASCII scalars are folded through ``Folding/table`` (no `String`, no Unicode property
    /// look-up per scalar); the rare scalars past it through ``Folding/folded(_:)``.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scanned {
        Folding.table.withUnsafeBufferPointer { scan(bytes, folding: $0) }
    }

    /// The tokens are written straight into the array's storage, sized for a token every five
    /// bytes or so, and never copied once scanned; a text of shorter tokens fills it, and the
    /// scan goes on in an array twice as large.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, folding table: UnsafeBufferPointer<Folding.Folded>)
        -> Scanned {
        var t = Tokenizer(capacity: bytes.count)
        var tokens: [Token] = []
        var i = 0, room = bytes.count / 5 + 16
        while true {
            let scanned = tokens
            tokens = [Token](unsafeUninitializedCapacity: room) { buffer, count in
                t.tokens = TokenSlots(buffer, holding: scanned)
                i = scan(bytes, from: i, folding: table, &t)
                count = t.tokens.count
            }
            if i == bytes.count {
                return Scanned(tokens: tokens, folded: t.folded.finish(), breaks: t.breaks.finish(), capitalized: t.capitalized.finish())
            }
            room *= 2
        }
    }

    /// The scan proper from byte `start`, up to the end (the last token written) or until the
    /// token slots are nearly full: returns where it stopped. Its state is copied into a local
    /// of its own function, not read through `state` nor captured by a closure: the optimiser
    /// keeps it in registers instead of reading and writing it through memory at every byte.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                             folding table: UnsafeBufferPointer<Folding.Folded>, _ state: inout Tokenizer) -> Int {
        var t = state
        defer { state = t }
        var i = start
        let n = bytes.count
        while i < n {
            // A step writes two tokens at most: the one read so far and a mark.
            guard t.tokens.free >= 2 else { return i }
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if t.kind != .word { t.flush(); t.begin(.word, at: i) }
                    i = t.asciiLetters(bytes, from: i)
                    continue
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    // Digits continue a word that has begun ("G7", "5G" stays number + word).
                    if t.kind == .word || t.kind == .number { } else { t.flush(); t.begin(.number, at: i) }
                    i = t.asciiDigits(bytes, from: i)
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C:
                    t.flush(); t.pendingSpace = true
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    t.flush(); t.pendingSpace = true; t.pendingNewline = true
                default:
                    if b < 0x20 { t.flush(); t.pendingSpace = true; break }
                    t.flush(); t.begin(.punctuation, at: i); t.add(b); t.tEnd = i + 1; t.flush()
                }
                i += 1
                continue
            }
            // Multi-byte scalar: decode it.
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            var v: UInt32 = len == 4 ? UInt32(b & 0x07) : len == 3 ? UInt32(b & 0x0F) : len == 2 ? UInt32(b & 0x1F) : 0xFFFD
            var j = 1
            while j < len, i + j < n { v = (v << 6) | UInt32(bytes[i + j] & 0x3F); j += 1 }
            var f = v < Folding.tableLimit ? table[Int(v)] : Folding.Folded(fits: false)
            var long: String? = nil      // a spelling longer than 4 bytes (rare)
            if !f.fits {
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                f = Folding.folded(scalar)
                if !f.fits { long = Folding.fold(scalar).1 }
            }
            switch f.kind {
            case .space:
                t.flush(); t.pendingSpace = true
                if v == 0x2028 || v == 0x2029 || v == 0x85 { t.pendingNewline = true }
            case .letter:
                if t.kind != .word { t.flush(); t.begin(.word, at: i) }
                t.letter(upper: f.isUppercase)
                if let long { for c in long.utf8 { t.add(c) } } else if f.hasSpelling { t.add(f) } else { t.add(bytes, i, len) }
                t.tEnd = i + len
            case .digit:
                if t.kind == .word || t.kind == .number { } else { t.flush(); t.begin(.number, at: i) }
                if let long { for c in long.utf8 { t.add(c) } } else if f.hasSpelling { t.add(f) } else { t.add(UInt8(ascii: "0")) }
                t.tEnd = i + len
            case .punctuation:
                t.flush(); t.begin(.punctuation, at: i)
                if let long { for c in long.utf8 { t.add(c) } } else if f.hasSpelling { t.add(f) } else { t.add(bytes, i, len) }
                t.tEnd = i + len; t.flush()
            }
            i += len
        }
        t.flush()
        return n
    }

    /// The tokenizer's state while it scans: the tokens so far and the one being read. A
    /// struct with mutating methods (not closures over local variables), so its accesses are
    /// checked at compile time rather than at run time.
    private struct Tokenizer {
        var tokens = TokenSlots()
        var folded: AppendBuffer<UInt8>
        /// The tokens after a line break and the sentence marks; the capitalised words.
        var breaks: AppendBuffer<Int32>, capitalized: AppendBuffer<Int32>
        var kind: Token.Kind? = nil
        var tStart = 0, tEnd = 0, fStart = 0
        var hash: UInt64 = 0xcbf29ce484222325
        var isCapitalized = false, upperCount = 0, letterCount = 0
        var spaceBefore = true, newlineBefore = true
        var pendingSpace = false, pendingNewline = false

        init(capacity: Int) {
            folded = AppendBuffer(capacity: capacity)
            breaks = AppendBuffer(capacity: capacity / 64)
            capitalized = AppendBuffer(capacity: capacity / 32)
        }

        @inline(__always) mutating func flush() {
            guard let k = kind else { return }
            let index = Int32(tokens.count)
            if newlineBefore || (k == .punctuation && fStart < folded.count && SentenceSplitter.isMark(folded[fStart])) {
                breaks.append(index)
            }
            if isCapitalized, k == .word { capitalized.append(index) }
            tokens.append(Token(start: Int32(tStart), end: Int32(tEnd), kind: k, spaceBefore: spaceBefore,
                                newlineBefore: newlineBefore, capitalized: isCapitalized,
                                allCaps: letterCount >= 2 && upperCount == letterCount,
                                hash: hash, foldedStart: Int32(fStart), foldedEnd: Int32(folded.count)))
            kind = nil
            spaceBefore = false; newlineBefore = false
        }

        @inline(__always) mutating func begin(_ k: Token.Kind, at offset: Int) {
            kind = k; tStart = offset; fStart = folded.count
            hash = 0xcbf29ce484222325
            isCapitalized = false; upperCount = 0; letterCount = 0
            spaceBefore = pendingSpace; newlineBefore = pendingNewline
            pendingSpace = false; pendingNewline = false
        }

        @inline(__always) mutating func letter(upper: Bool) {
            if letterCount == 0 { isCapitalized = upper }
            letterCount += 1
            if upper { upperCount += 1 }
        }

        /// A run of ASCII letters from `start` (the commonest bytes of all), in a loop that keeps
        /// its state in registers: returns where the run ends.
        /// The folded bytes of a run are written through a pointer, with room made once for
        /// the rest of the text (a run cannot be longer): no capacity check nor count stored
        /// per byte.
        @inline(__always) mutating func asciiLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            if letterCount == 0 { isCapitalized = bytes[start] <= UInt8(ascii: "Z") }
            var i = start, h = hash, upper = 0
            let n = bytes.count
            let out = folded.room(for: n - start)
            while i < n {
                let b = bytes[i]
                let lower = b | 0x20       // A-Z and a-z to a-z; nothing else lands in a-z
                guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { break }
                if b != lower { upper += 1 }
                out[i &- start] = lower
                h = (h ^ UInt64(lower)) &* 0x100000001b3
                i += 1
            }
            folded.appended(i - start)
            hash = h
            letterCount += i - start; upperCount += upper
            tEnd = i
            return i
        }

        /// A run of ASCII digits from `start`, written as the letters are: returns where it ends.
        @inline(__always) mutating func asciiDigits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var i = start, h = hash
            let n = bytes.count
            let out = folded.room(for: n - start)
            while i < n {
                let b = bytes[i]
                guard b &- UInt8(ascii: "0") < 10 else { break }
                out[i &- start] = b
                h = (h ^ UInt64(b)) &* 0x100000001b3
                i += 1
            }
            folded.appended(i - start)
            hash = h
            tEnd = i
            return i
        }

        @inline(__always) mutating func add(_ b: UInt8) {
            folded.append(b)
            hash = (hash ^ UInt64(b)) &* 0x100000001b3
        }

        @inline(__always) mutating func add(_ f: Folding.Folded) {
            if f.count > 0 { add(f.bytes.0) }
            if f.count > 1 { add(f.bytes.1) }
            if f.count > 2 { add(f.bytes.2) }
            if f.count > 3 { add(f.bytes.3) }
        }

        /// The scalar's own bytes at `i`.
        @inline(__always) mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) {
            for k in 0..<len where i + k < bytes.count { add(bytes[i + k]) }
        }
    }

    /// The storage of the tokens' array while the scan writes it (see
    /// ``scan(_:folding:)``): no capacity check per token, as the scan stops while two
    /// slots are still free.
    private struct TokenSlots {
        private var base: UnsafeMutablePointer<Token>? = nil
        private var capacity = 0
        private(set) var count = 0

        init() {}

        /// The slots of `buffer`, the tokens `scanned` so far copied into the first.
        init(_ buffer: UnsafeMutableBufferPointer<Token>, holding scanned: [Token]) {
            base = buffer.baseAddress; capacity = buffer.count
            count = buffer.initialize(fromContentsOf: scanned)
        }

        var free: Int { capacity - count }

        @inline(__always) mutating func append(_ token: Token) {
            (base.unsafelyUnwrapped + count).initialize(to: token)
            count += 1
        }
    }

    /// An append-only buffer for the tokenizer's output: `Array.append` checks per element that
    /// the storage is not shared, which costs more than the tokenizer's own work per byte.
    private struct AppendBuffer<Element> {
        private var base: UnsafeMutablePointer<Element>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        @inline(__always) mutating func append(_ x: Element) {
            if count == capacity { grow() }
            (base + count).initialize(to: x)
            count += 1
        }

        /// Where the next `n` elements go, once there is room for them; ``appended(_:)`` then
        /// counts those written.
        @inline(__always) mutating func room(for n: Int) -> UnsafeMutablePointer<Element> {
            if capacity - count < n { grow(toHold: count + n) }
            return base + count
        }

        /// An element written already.
        @inline(__always) subscript(_ k: Int) -> Element { base[k] }

        /// Counts `n` elements written after the last through ``room(for:)``.
        @inline(__always) mutating func appended(_ n: Int) { count += n }

        private mutating func grow(toHold needed: Int = 0) {
            let bigger = Swift.max(capacity * 2, needed)
            let storage = UnsafeMutablePointer<Element>.allocate(capacity: bigger)
            storage.moveInitialize(from: base, count: count)
            base.deallocate()
            base = storage; capacity = bigger
        }

        /// The elements as an array; the buffer is freed.
        mutating func finish() -> [Element] {
            let out = Array(UnsafeBufferPointer(start: base, count: count))
            base.deinitialize(count: count)
            base.deallocate()
            base = .allocate(capacity: 1); capacity = 1; count = 0
            return out
        }
    }

    /// The folded spelling of token `i` ("Été" → "ete").
    public func foldedString(_ i: Int) -> String {
        let t = tokens[i]
        return String(decoding: folded[Int(t.foldedStart)..<Int(t.foldedEnd)], as: UTF8.self)
    }

    /// The token's text as written.
    public func string(_ i: Int) -> String { text.slice(tokens[i].span) }

    /// The value of a number token (digits only; nil past 18 digits).
    public func integer(_ i: Int) -> Int? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        return folded.withUnsafeBufferPointer { TokenizedText.integer(of: t, in: $0) }
    }

    /// The value of number token `t`, its digits read from `folded` (nil past 18 digits or on
    /// a byte that is no digit): the one reading of digits for the tokens and the rules.
    @inline(__always)
    static func integer(of t: Token, in folded: UnsafeBufferPointer<UInt8>) -> Int? {
        guard t.foldedEnd - t.foldedStart <= 18 else { return nil }
        var v = 0
        for k in Int(t.foldedStart)..<Int(t.foldedEnd) {
            let d = folded[k] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }

    /// Whether token `i` exists and folds to the word whose hash is given.
    @inline(__always)
    public func isWord(_ i: Int, _ hash: UInt64) -> Bool { i >= 0 && i < tokens.count && tokens[i].hash == hash }

    /// Whether token `i` exists and is the punctuation mark `mark` (folded: "’" is "'", "–" is "-").
    @inline(__always)
    public func isPunctuation(_ i: Int, _ mark: UInt8) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return false }
        let t = tokens[i]
        return t.foldedEnd - t.foldedStart == 1 && folded[Int(t.foldedStart)] == mark
    }

    /// The index of the sentence holding token `i`.
    public func sentenceIndex(ofToken i: Int) -> Int {
        if i >= 0, i < sentenceOfToken.count { return Int(sentenceOfToken[i]) }
        // Past the end (an exclusive bound): the last sentence, as a search would say.
        return i < 0 ? 0 : Swift.max(0, sentences.count - 1)
    }

    /// The byte span of sentence `s`.
    public func span(ofSentence s: Int) -> TextSpan {
        let r = sentences[s]
        guard !r.isEmpty else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: Int(tokens[r.lowerBound].start), end: Int(tokens[r.upperBound - 1].end))
    }

    /// The byte span from token `a` through token `b` (inclusive).
    public func span(from a: Int, through b: Int) -> TextSpan {
        TextSpan(start: Int(tokens[a].start), end: Int(tokens[b].end))
    }
}

/// Where sentences end: ".", "!", "?" or "…" followed by a space and a capital, a digit or a
/// quote; and every line break (paragraphs, headings and list items are never merged).
/// Not after abbreviations ("M.", "Mme.", "Dr.", "St.", "art.") nor single initials ("J.").
enum SentenceSplitter {
    static let abbreviations = KeywordSet(["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "mr", "mrs",
        "ms", "prof", "gen", "sen", "rep", "gov", "jr", "sr", "no", "art", "vol", "p", "pp", "cf", "env", "vs", "etc",
        "av", "bd", "janv", "fev", "fevr", "avr", "juil", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug", "sep",
        "inc", "ltd", "co", "corp", "e.g", "i.e"])

    /// A folded punctuation mark that may end a sentence.
    @inline(__always) static func isMark(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
    }

    /// `breaks`: in order, the tokens after a line break and the sentence marks (the tokenizer
    /// notes them as it writes them); no other token can end or begin a sentence, so only
    /// these are read.
    static func split(_ tokens: [Token], folded: [UInt8], at breaks: [Int32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // Sentences end at breaks, so there are about as many as breaks: the list is made once
        // at that size rather than regrown by doubling from one sentence.
        out.reserveCapacity(breaks.count + 1)
        var start = 0
        var i = 0      // the tokens before it were taken in by a sentence end (a run of marks)
        // Read once here, not at every mark (a global is checked for initialisation at each read).
        let abbreviations = Self.abbreviations
        for b in breaks where Int(b) >= i {
            i = Int(b)
            let t = tokens[i]
            if i > start, t.newlineBefore {
                out.append(start..<i); start = i
            }
            if t.kind == .punctuation, isMark(folded[Int(t.foldedStart)]) {
                // Swallow runs of marks and closing quotes/brackets: "?!", ".»", ".)".
                var j = i + 1
                while j < tokens.count, !tokens[j].spaceBefore, tokens[j].kind == .punctuation { j += 1 }
                let next = j < tokens.count ? tokens[j] : nil
                var ends = next == nil || next!.newlineBefore
                if !ends, let next, next.spaceBefore {
                    let c = folded[Int(next.foldedStart)]
                    let startsSentence = next.capitalized || next.kind == .number
                        || c == UInt8(ascii: "\"") || c == UInt8(ascii: "(") || c == UInt8(ascii: "-")
                    ends = startsSentence
                }
                if ends, i > 0, folded[Int(t.foldedStart)] == UInt8(ascii: ".") {
                    let prev = tokens[i - 1]
                    if prev.kind == .word, !tokens[i].spaceBefore {
                        let len = prev.foldedEnd - prev.foldedStart
                        if (len == 1 && prev.capitalized) || abbreviations.contains(prev.hash) { ends = false }
                    }
                }
                if ends {
                    out.append(start..<j); start = j; i = j
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }
}
