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
        var s = Scores()
        // The word being read, as lower-case UTF-8 bytes in a reused buffer: stop words are
        // looked up by hash, so no String is made per word.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var frenchMark = false, otherMark = false
        var seen = 0

        func endWord() {
            guard !word.isEmpty else { return }
            s.words += 1
            let h = Folding.hash(word)
            if Self.french.contains(h) { s.french += 1 }
            if Self.english.contains(h) { s.english += 1 }
            if Self.other.contains(h) { s.other += 1 }
            if frenchMark { s.french += 0.5 }
            if otherMark { s.other += 0.5 }
            word.removeAll(keepingCapacity: true); frenchMark = false; otherMark = false
        }
        func append(_ scalar: Unicode.Scalar) {
            for b in UTF8.encode(scalar)! { word.append(b) }
        }

        for scalar in text.unicodeScalars {
            seen += 1
            if seen > Self.sampleScalars { break }
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { word.append(UInt8(v)); continue }
                if v >= 0x41 && v <= 0x5A { word.append(UInt8(v + 32)); continue }
                endWord(); continue
            }
            let lower = scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
            if Self.frenchDiacritics.contains(lower) { frenchMark = true; append(lower); continue }
            if Self.otherDiacritics.contains(lower) { otherMark = true; append(lower); continue }
            if lower.properties.isAlphabetic { append(lower); continue }
            endWord()
        }
        endWord()
        return s
    }

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
