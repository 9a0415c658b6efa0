extension Modality {
    /// The modality of a clause (a range of tokens, usually one sentence): planned when a
    /// future or scheduling cue is present, reported when an attribution cue is, else asserted.
    /// Dates use it to lean year-less expressions to the future or the past; Events stamp it on claims.
    ///
    /// Precedence: **planned wins over reported, which wins over asserted**. "L'UE et le Japon
    /// annonceront…, selon le procès-verbal" is a plan, whoever reports it; a reported plan is
    /// still something that has not happened yet, and that is what a reader must not take for a fact.
    ///
    /// Cues are token hashes and short sequences (`ModalityCuesFR`, `ModalityCuesEN`); French
    /// future tense is read from verb endings ("signeront", "se tiendra") with a list of nouns
    /// that merely look like it ("caméra", "affront").
    /// - Complexity: O(*n*) in the clause's tokens, no allocation.
    public static func detect(in text: TokenizedText, tokens: Range<Int>, language: Language) -> Modality {
        let found = cues(in: text, tokens: tokens, language: language)
        return found.planned ? .planned : found.reported ? .reported : .asserted
    }

    /// Whether a range of tokens holds a cue of a plan, and one of reported speech.
    static func cues(in text: TokenizedText, tokens: Range<Int>, language: Language) -> (planned: Bool, reported: Bool) {
        let lo = max(0, min(tokens.lowerBound, text.tokens.count))
        let range = lo..<max(lo, min(text.tokens.count, tokens.upperBound))
        var planned = false, reported = false
        for i in range {
            let cue: Modality?
            switch language {
            case .fr: cue = ModalityCuesFR.cue(in: text, at: i, clause: range)
            case .en: cue = ModalityCuesEN.cue(in: text, at: i, clause: range)
            }
            switch cue {
            case .planned?: planned = true
            case .reported?: reported = true
            default: break
            }
            if planned && reported { break }
        }
        return (planned, reported)
    }
}

/// The cues of a document's tokens, read once each however many clauses ask (clauses of one
/// sentence overlap, every event and value asks for its own, and dates ask first). One per
/// document, shared by dates and events.
final class ModalityCueCache {
    private let text: TokenizedText
    private let language: Language
    /// Per token, once its sentence was read: bits 0–1 the cue when a token of the clause
    /// follows it, bits 2–3 when it ends the clause ("doit" needs its verb); 0 none, 1
    /// planned, 2 reported.
    ///
    /// This and `read` are raw buffers, sized to the document once and freed with the cache:
    /// every token of every clause asked about is read through them, and a class's arrays are
    /// checked for exclusive access at each use. Indices are the tokens and sentences of
    /// `text`: `cues(_:)` checks that a range lies in one sentence before reading.
    private let codes: UnsafeMutableBufferPointer<UInt8>
    /// Per sentence: its tokens' codes are read.
    private let read: UnsafeMutableBufferPointer<Bool>
    /// The words that may be cues (``ModalityCueFilter``), held here so the loop over a
    /// sentence's tokens reads a stored property rather than a lazily initialised global.
    private let filter: ModalityCueFilter

    init(text: TokenizedText, language: Language) {
        self.text = text; self.language = language
        codes = .allocate(capacity: text.tokens.count)
        codes.initialize(repeating: 0)
        read = .allocate(capacity: text.sentences.count)
        read.initialize(repeating: false)
        filter = ModalityCueFilter.of(language)
    }

    deinit {
        codes.deallocate()
        read.deallocate()
    }

    /// The same answer as ``Modality/cues(in:tokens:language:)`` for a range inside one sentence.
    func cues(_ range: Range<Int>) -> (planned: Bool, reported: Bool) {
        guard !range.isEmpty, !text.sentences.isEmpty else { return (false, false) }
        let s = text.sentenceIndex(ofToken: range.lowerBound)
        let sentence = text.sentences[s]
        guard sentence.lowerBound <= range.lowerBound, range.upperBound <= sentence.upperBound else {
            return Modality.cues(in: text, tokens: range, language: language)
        }
        if !read[s] { readSentence(s) }
        var planned = false, reported = false
        for i in range {
            let c = i + 1 < range.upperBound ? codes[i] & 3 : codes[i] >> 2
            if c == 1 { planned = true } else if c == 2 { reported = true }
        }
        return (planned, reported)
    }

    /// The modality of a range inside one sentence, as ``Modality/detect(in:tokens:language:)`` says.
    func modality(_ range: Range<Int>) -> Modality {
        let found = cues(range)
        return found.planned ? .planned : found.reported ? .reported : .asserted
    }

    private func readSentence(_ s: Int) {
        read[s] = true
        let sentence = text.sentences[s]
        for i in sentence where text.tokens[i].kind == .word {
            // Most words are no cue: a bit test skips them (their code stays 0) without
            // running the cue tests one by one.
            guard filter.mayBeCue(i, in: text) else { continue }
            let followed = cue(i, clause: i..<(i + 2))
            // Only a plan can depend on the next token being in the clause.
            let last = followed == 1 ? cue(i, clause: i..<(i + 1)) : followed
            codes[i] = followed | last << 2
        }
    }

    private func cue(_ i: Int, clause: Range<Int>) -> UInt8 {
        let m: Modality?
        switch language {
        case .fr: m = ModalityCuesFR.cue(in: text, at: i, clause: clause)
        case .en: m = ModalityCuesEN.cue(in: text, at: i, clause: clause)
        }
        switch m {
        case .planned?: return 1
        case .reported?: return 2
        default: return 0
        }
    }
}

/// A cheap, conservative first test of ``ModalityCuesFR/cue(in:at:clause:)`` and
/// ``ModalityCuesEN/cue(in:at:clause:)``: false only for a word neither can take for a cue.
///
/// A cue is a word of one of the cue functions' lists, one of their single words, some only
/// before a given word ("à" before "venir", "to" before "be", the "d" of "d'après"), or
/// (French) a lower-case verb that looks like a future tense, which always ends in "ra" or
/// "ront" ("signera", "signeront"). Anything that passes still goes through the cue
/// function, which alone decides; a word added to a cue list is picked up here from the list.
/// A new single-word test in a cue function must be added below (`ModalityCueTests` checks
/// the corpora against this filter).
struct ModalityCueFilter: Sendable {
    /// Rejects most words with one bit test.
    private let filter: HashFilter
    /// Cue word → the word that must follow it, or 0 when any may.
    private let words: KeywordTable<UInt64>
    /// French: lower-case words ending like a future tense.
    private let futureTense: Bool

    private init(lists: [KeywordSet], any: [UInt64], before: [(UInt64, UInt64)], futureTense: Bool) {
        var pairs = lists.flatMap { $0.hashes.map { ($0, UInt64(0)) } } + any.map { ($0, UInt64(0)) }
        pairs += before   // after the lists: a word that is also in a list may be followed by anything
        words = KeywordTable(pairs)
        filter = HashFilter(pairs.map(\.0))
        self.futureTense = futureTense
    }

    static let fr = ModalityCueFilter(
        lists: [ModalityCuesFR.plannedWords, ModalityCuesFR.scheduled, ModalityCuesFR.must, ModalityCuesFR.go,
                ModalityCuesFR.about, ModalityCuesFR.reportedWords],
        any: [], before: [(ModalityCuesFR.a, ModalityCuesFR.venir),
                          (ModalityCuesFR.dApres.hashes[0], ModalityCuesFR.dApres.hashes[1])],
        futureTense: true)
    static let en = ModalityCueFilter(
        lists: [ModalityCuesEN.plannedWords, ModalityCuesEN.plannedBeforeTo, ModalityCuesEN.reportedWords],
        any: [ModalityCuesEN.will, ModalityCuesEN.ll, ModalityCuesEN.planned, ModalityCuesEN.next, ModalityCuesEN.due,
              ModalityCuesEN.set, ModalityCuesEN.going],
        before: [(ModalityCuesEN.to, ModalityCuesEN.be)], futureTense: false)

    static func of(_ language: Language) -> ModalityCueFilter {
        switch language {
        case .fr: return fr
        case .en: return en
        }
    }

    /// False only if word token `i` of `text` is no cue, whatever the clause.
    @inline(__always) func mayBeCue(_ i: Int, in text: TokenizedText) -> Bool {
        let t = text.tokens[i]
        if filter.mayContain(t.hash), let next = words[t.hash] {
            return next == 0 || text.isWord(i + 1, next)
        }
        guard futureTense, !t.capitalized, t.foldedEnd - t.foldedStart >= 5 else { return false }
        let end = Int(t.foldedEnd)
        guard text.folded[end - 2] == UInt8(ascii: "r") else {
            // "-ront", six letters or more.
            return t.foldedEnd - t.foldedStart >= 6 && text.folded[end - 1] == UInt8(ascii: "t")
                && text.folded[end - 2] == UInt8(ascii: "n") && text.folded[end - 3] == UInt8(ascii: "o")
                && text.folded[end - 4] == UInt8(ascii: "r")
        }
        return text.folded[end - 1] == UInt8(ascii: "a")   // "-era", "-ira", "-dra", "-rra", "-vra"
    }
}

/// For the tests: whether the cue cache gives, for every range of tokens of `text` (from one
/// before the first token to one past the end, within a sentence or across), what reading the
/// range's tokens one by one gives.
package func cueCacheAgreesWithReading(_ text: TokenizedText, language: Language) -> Bool {
    let cache = ModalityCueCache(text: text, language: language)
    let count = text.tokens.count
    for lower in -1...count {
        for upper in lower...(count + 1) {
            let cached = cache.cues(lower..<upper)
            let read = Modality.cues(in: text, tokens: lower..<upper, language: language)
            if cached != read { return false }
        }
    }
    return true
}

/// The cue filter as tests see it: the tokens of `text` a cue function takes for a cue
/// (in a clause running to the end of the text) that the filter would skip. Empty when the
/// filter is sound on `text`.
package func modalityCueFilterMisses(in text: TokenizedText, language: Language) -> [Int] {
    let filter = ModalityCueFilter.of(language)
    let clause = 0..<text.tokens.count
    return text.tokens.indices.filter { i in
        guard text.tokens[i].kind == .word, !filter.mayBeCue(i, in: text) else { return false }
        switch language {
        case .fr: return ModalityCuesFR.cue(in: text, at: i, clause: clause) != nil
                || ModalityCuesFR.cue(in: text, at: i, clause: i..<(i + 1)) != nil
        case .en: return ModalityCuesEN.cue(in: text, at: i, clause: clause) != nil
                || ModalityCuesEN.cue(in: text, at: i, clause: i..<(i + 1)) != nil
        }
    }
}

extension Modality {
    /// Every modality example of every language, for the generic corpus test.
    package static var corpusCases: [CorpusCase<Modality>] {
        Language.allCases.flatMap { language -> [CorpusCase<Modality>] in
            switch language {
            case .fr: return CorpusEntry.cases(ModalityCuesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(ModalityCuesEN.corpus, language: .en)
            }
        }
    }
}
