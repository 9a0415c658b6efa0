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
    /// bytes are hashed as they are read (FNV-1a, as ``Folding/hash(_:)``), so no word is stored;
    /// ASCII letters take a compare or two, other scalars one look-up in ``letters``.
    static func scores(_ all: UnsafeBufferPointer<UInt8>) -> Scores {
        let bytes = UnsafeBufferPointer(rebasing: all[..<sampleEnd(all)])
        var tally = Tally()
        var hash = FNV1a.offset
        var length = 0
        var frenchMark = false, otherMark = false
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i &+= 1
                let lower = b | 0x20                      // A-Z → a-z; other bytes are not letters either way
                if lower &- 0x61 < 26 {
                    hash = (hash ^ UInt64(lower)) &* FNV1a.prime
                    length &+= 1
                } else if length != 0 {
                    tally.count(hash, frenchMark: frenchMark, otherMark: otherMark)
                    hash = FNV1a.offset; length = 0; frenchMark = false; otherMark = false
                }
                continue
            }
            let (v, width) = UTF8Scan.decode(bytes, at: i)
            i &+= width
            let letter = tally.letters.entry(v) ?? Letter(Unicode.Scalar(v)!)
            switch letter.kind {
            case .wordBreak:
                if length != 0 {
                    tally.count(hash, frenchMark: frenchMark, otherMark: otherMark)
                    hash = FNV1a.offset; length = 0; frenchMark = false; otherMark = false
                }
                continue
            case .frenchMark: frenchMark = true
            case .otherMark: otherMark = true
            case .plain: break
            }
            withUnsafeBytes(of: letter.bytes) { for k in 0..<Int(letter.count) { hash = (hash ^ UInt64($0[k])) &* FNV1a.prime } }
            length &+= 1
        }
        if length != 0 { tally.count(hash, frenchMark: frenchMark, otherMark: otherMark) }
        return tally.scores
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

    /// The scores so far, and the tables words are counted with.
    private struct Tally {
        var scores = Scores()
        let stopWords = LanguageDetector.stopWords, letters = LanguageDetector.letters

        @inline(__always) mutating func count(_ hash: UInt64, frenchMark: Bool, otherMark: Bool) {
            // No branch on the word: stop words are frequent and come in no pattern.
            scores.words += 1
            let lists = stopWords.bits(forHash: hash)
            scores.french += (lists & StopList.french != 0 ? 1 : 0) + (frenchMark ? 0.5 : 0)
            scores.english += lists & StopList.english != 0 ? 1 : 0
            scores.other += (lists & StopList.other != 0 ? 1 : 0) + (otherMark ? 0.5 : 0)
        }
    }

    /// What the detector does with one non-ASCII scalar: its lower case (as UTF-8), and whether
    /// it is a French diacritic, another language's, another letter, or a word break.
    struct Letter: Sendable {
        enum Kind: Sendable { case wordBreak, plain, frenchMark, otherMark }
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count: UInt8 = 0
        var kind = Kind.wordBreak

        init(_ scalar: Unicode.Scalar) {
            let lower = scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
            if LanguageDetector.frenchDiacritics.contains(lower) { kind = .frenchMark }
            else if LanguageDetector.otherDiacritics.contains(lower) { kind = .otherMark }
            else if lower.properties.isAlphabetic { kind = .plain }
            else { return }
            let utf8 = Array(String(lower).utf8)
            count = UInt8(utf8.count)
            withUnsafeMutableBytes(of: &bytes) { for (k, b) in utf8.enumerated() { $0[k] = b } }
        }

    }

    /// ``Letter`` of the common scalars, computed once; rarer scalars are classified as they come.
    static let letters = CommonScalarTable(Letter.init)

    enum StopList {
        static let french: UInt8 = 1, english: UInt8 = 2, other: UInt8 = 4
    }

    /// The three stop-word lists as one table from a word's hash to the lists holding it.
    static let stopWords = HashedWordTable<UInt8>(
        french.map { ($0, StopList.french) } + english.map { ($0, StopList.english) } + other.map { ($0, StopList.other) },
        combine: { $0 | $1 })

    static let frenchDiacritics: Set<Unicode.Scalar> = ["é", "è", "ê", "ë", "à", "â", "ç", "ù", "û", "ô", "î", "ï", "œ"]
    static let otherDiacritics: Set<Unicode.Scalar> = ["á", "í", "ó", "ú", "ñ", "ã", "õ", "ä", "ö", "ü", "ß", "ì", "ò", "å", "ø"]

    /// Frequent French words that are rare as words in English and in the "other" languages.
    static let french: Set<UInt64> = hashes([
        "le", "la", "les", "des", "est", "et", "une", "du", "que", "pour", "dans", "avec", "sur", "au", "aux",
        "qui", "ce", "cette", "ces", "il", "elle", "ils", "elles", "ont", "sont", "pas", "ne", "son", "sa", "ses",
        "leur", "leurs", "par", "plus", "mais", "ou", "où", "été", "être", "selon", "après", "lors", "nous", "vous",
        "très", "aussi", "comme", "entre", "qu", "d", "l", "n", "c", "j", "à", "sera", "était", "deux",
    ])
    static let english: Set<UInt64> = hashes([
        "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "as", "by", "it", "this",
        "be", "has", "have", "from", "at", "will", "were", "which", "an", "not", "but", "its", "their", "they",
        "said", "been", "would", "who", "also", "after", "had", "he", "she", "or", "more", "than", "two",
    ])
    static let other: Set<UInt64> = hashes([
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
    ])

    /// Stop words as the hashes of their lower-case UTF-8 bytes, as `scores` reads words.
    private static func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map { Folding.hash(Array($0.utf8)) }) }
}
