public import Extract

/// Tells French from English by rules, and declines for anything else.
///
/// It counts, in the first ``sampleScalars`` of the text, the words of three stop-word lists —
/// French, English, and the closest "other" languages (Spanish, Italian, Portuguese, German,
/// Dutch), so that Spanish "la … que" is not mistaken for French — plus, at half weight, words
/// carrying French diacritics (é è ê à ç ù…) or other languages' ones (á í ó ñ ä ö ü ß…).
/// A language wins when it scores at least ``minimumScore``, twice the runner-up, and covers
/// at least 8% of the words. Otherwise the answer is nil: not recognised, never guessed.
public struct LanguageDetector: Sendable {
    public static let sampleScalars = 100_000
    public static let minimumScore = 3.0

    public init() {}

    /// The scores behind a decision, for tests and diagnostics.
    public struct Scores: Sendable, Equatable {
        public var words = 0
        public var french = 0.0, english = 0.0, other = 0.0
    }

    public func detect(_ text: String) -> Language? { decide(scores(text)) }

    public func decide(_ s: Scores) -> Language? {
        let ranked = [(Language?.some(.fr), s.french), (Language?.some(.en), s.english), (nil, s.other)]
            .sorted { $0.1 > $1.1 }
        let (best, score) = ranked[0]
        guard let best, score >= Self.minimumScore, score >= 2 * ranked[1].1,
              s.words > 0, score / Double(s.words) >= 0.08 else { return nil }
        return best
    }

    public func scores(_ text: String) -> Scores {
        UTF8Scan.withBytes(text) { Self.scores($0) }
    }

    /// One pass over the UTF-8 bytes of the first ``sampleScalars`` scalars. A word's lower-case
    /// bytes are packed into a `UInt64` as they are read (no stop word is longer than eight
    /// bytes, so a longer word is simply not one): no word is stored or hashed. ASCII goes
    /// eight bytes at a time, a word's letters joining it with one shift; other scalars take
    /// one look-up in ``letters``.
    static func scores(_ all: UnsafeBufferPointer<UInt8>) -> Scores {
        let bytes = UnsafeBufferPointer(rebasing: all[..<sampleEnd(all)])
        guard let base = bytes.baseAddress else { return Scores() }
        var tally = Tally()
        var word = PackedWord()
        let n = bytes.count
        var i = 0
        while i < n {
            if i &+ 8 <= n {
                // The ASCII letters from `i` on join the word; the first other byte is dealt
                // with below (an ASCII one ends the word).
                let x = SWAR.load(base + i)
                let lower = x | SWAR.ones &* 0x20                  // A-Z → a-z; other bytes are not letters either way
                let letters = SWAR.inRange(lower & SWAR.lows, 0x61, 0x7A) & ~x
                let stop = ~letters & SWAR.highs
                let run = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
                word.append(run == 8 ? lower : lower & (UInt64(1) &<< (8 &* UInt64(run)) &- 1), count: run)
                i &+= run
                if run == 8 { continue }
            }
            let b = base[i]
            if b < 0x80 {
                i &+= 1
                let lower = b | 0x20
                if lower &- 0x61 < 26 { word.append(UInt64(lower), count: 1) } else { tally.end(&word) }
                continue
            }
            let (v, width) = UTF8Scan.decode(bytes, at: i)
            i &+= width
            let letter = tally.letters.entry(v) ?? Letter(Unicode.Scalar(v)!)
            switch letter.kind {
            case .wordBreak: tally.end(&word); continue
            case .frenchMark: word.frenchMark = true
            case .otherMark: word.otherMark = true
            case .plain: break
            }
            word.append(UInt64(letter.bytes), count: Int(letter.count))
        }
        tally.end(&word)
        return tally.scores
    }

    /// The word being read: its bytes, the first in the lowest byte, while it has at most
    /// eight, and the diacritics seen in it.
    struct PackedWord {
        private var bits: UInt64 = 0
        /// Eight times the number of bytes appended.
        private var shift: UInt64 = 0
        var frenchMark = false, otherMark = false

        var isEmpty: Bool { shift == 0 }

        /// The packed bytes, or 0 (no word's key) when there are more than eight.
        var key: UInt64 { shift <= 64 ? bits : 0 }

        /// Appends `count` bytes packed like this word's. Past the eighth byte `bits` is
        /// garbage (the shift wraps), but `key` is 0 then.
        @inline(__always) mutating func append(_ packed: UInt64, count: Int) {
            bits |= packed &<< shift
            shift &+= 8 &* UInt64(truncatingIfNeeded: count)
        }

        /// The key of a word spelled in lower case (a stop word of the lists below).
        static func key(_ word: String) -> UInt64 {
            var packed = PackedWord()
            for b in word.utf8 { packed.append(UInt64(b), count: 1) }
            return packed.key
        }
    }

    /// The end of the first ``sampleScalars`` scalars (every byte of a shorter text).
    private static func sampleEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count > sampleScalars else { return bytes.count }   // never more scalars than bytes
        var scalars = 0
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {
            if scalars == sampleScalars { return i }
            scalars += 1
        }
        return bytes.count
    }

    /// The scores so far, in half points (exact, and no floating point in the loop), and the
    /// tables words are counted with.
    private struct Tally {
        var words = 0, french = 0, english = 0, other = 0
        let stopWords = LanguageDetector.stopWords, letters = LanguageDetector.letters

        /// Counts the word read so far, if any, and starts the next one. No branch on the
        /// word: stop words are frequent and come in no pattern (an empty word's key is 0,
        /// in no list).
        @inline(__always) mutating func end(_ word: inout PackedWord) {
            words &+= word.isEmpty ? 0 : 1
            let lists = Int(stopWords.bits(forHash: word.key))
            french &+= (lists & Int(StopList.french)) << 1 | (word.frenchMark ? 1 : 0)
            english &+= lists & Int(StopList.english)
            other &+= (lists & Int(StopList.other)) >> 1 | (word.otherMark ? 1 : 0)
            word = PackedWord()
        }

        var scores: Scores {
            Scores(words: words, french: Double(french) / 2, english: Double(english) / 2, other: Double(other) / 2)
        }
    }

    /// What the detector does with one non-ASCII scalar: its lower case (as UTF-8), and whether
    /// it is a French diacritic, another language's, another letter, or a word break.
    struct Letter: Sendable {
        enum Kind: Sendable { case wordBreak, plain, frenchMark, otherMark }
        /// The lower case's UTF-8, packed as ``PackedWord`` packs them.
        var bytes: UInt32 = 0
        var count: UInt8 = 0
        var kind = Kind.wordBreak

        init(_ scalar: Unicode.Scalar) {
            let lower = scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
            if LanguageDetector.frenchDiacritics.contains(lower) { kind = .frenchMark }
            else if LanguageDetector.otherDiacritics.contains(lower) { kind = .otherMark }
            else if lower.properties.isAlphabetic { kind = .plain }
            else { return }
            for (k, b) in lower.utf8.enumerated() { bytes |= UInt32(b) << (8 * k) }
            count = UInt8(lower.utf8.count)
        }
    }

    /// ``Letter`` of the common scalars, computed once; rarer scalars are classified as they come.
    static let letters = CommonScalarTable(Letter.init)

    enum StopList {
        static let french: UInt8 = 1, english: UInt8 = 2, other: UInt8 = 4
    }

    /// The three stop-word lists as one table from a word (its ``PackedWord/key``, its own
    /// hash: two words never share one) to the lists holding it.
    static let stopWords: HashedWordTable<UInt8> = {
        let lists = [(french, StopList.french), (english, StopList.english), (other, StopList.other)]
        return HashedWordTable(lists.flatMap { words, list in
            words.map { word in
                precondition(word.utf8.count <= 8, "stop word \(word) is longer than a PackedWord holds")
                return (PackedWord.key(word), list)
            }
        }, combine: { $0 | $1 })
    }()

    static let frenchDiacritics: Set<Unicode.Scalar> = ["é", "è", "ê", "ë", "à", "â", "ç", "ù", "û", "ô", "î", "ï", "œ"]
    static let otherDiacritics: Set<Unicode.Scalar> = ["á", "í", "ó", "ú", "ñ", "ã", "õ", "ä", "ö", "ü", "ß", "ì", "ò", "å", "ø"]

    /// Frequent French words that are rare as words in English and in the "other" languages.
    static let french: Set<String> = [
        "le", "la", "les", "des", "est", "et", "une", "du", "que", "pour", "dans", "avec", "sur", "au", "aux",
        "qui", "ce", "cette", "ces", "il", "elle", "ils", "elles", "ont", "sont", "pas", "ne", "son", "sa", "ses",
        "leur", "leurs", "par", "plus", "mais", "ou", "où", "été", "être", "selon", "après", "lors", "nous", "vous",
        "très", "aussi", "comme", "entre", "qu", "d", "l", "n", "c", "j", "à", "sera", "était", "deux",
    ]
    static let english: Set<String> = [
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "as", "by", "it", "this",
        "be", "has", "have", "from", "at", "will", "were", "which", "an", "not", "but", "its", "their", "they",
        "said", "been", "would", "who", "also", "after", "had", "he", "she", "or", "more", "than", "two",
    ]
    static let other: Set<String> = [
        // Spanish, Portuguese
        "el", "los", "las", "del", "y", "por", "con", "una", "para", "es", "como", "pero", "sus", "fue", "muy",
        "este", "esta", "también", "não", "os", "uma", "em", "com", "ao", "dos", "das", "foi",
        // Italian
        "di", "che", "della", "delle", "degli", "gli", "sono", "anche", "nel", "nella", "alla", "questo", "perché", "è",
        // German
        "der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "zu", "den", "dem", "im", "auf", "für",
        "von", "sich", "auch", "wird", "wurde", "werden", "nach", "bei",
        // Dutch
        "het", "een", "van", "niet", "zijn", "op", "voor", "met", "ook", "wordt",
    ]
}
