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
    private var codes: [UInt8]
    private var read: [Bool]
    /// The words that may be cues (``ModalityCueFilter``), held here so the loop over a
    /// sentence's tokens reads a stored property rather than a lazily initialised global.
    private let filter: ModalityCueFilter

    init(text: TokenizedText, language: Language) {
        self.text = text; self.language = language
        codes = [UInt8](repeating: 0, count: text.tokens.count)
        read = [Bool](repeating: false, count: text.sentences.count)
        filter = ModalityCueFilter.of(language)
    }

    /// The same answer as ``Modality/cues(in:tokens:language:)`` for a range inside one sentence.
    func cues(_ range: Range<Int>) -> (planned: Bool, reported: Bool) {
        guard !range.isEmpty else { return (false, false) }
        let s = text.sentenceIndex(ofToken: range.lowerBound)
        if !read[s] { readSentence(s) }
        if range.upperBound > text.sentences[s].upperBound {
            return Modality.cues(in: text, tokens: range, language: language)
        }
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
            guard filter.mayBeCue(text.tokens[i], in: text) else { continue }
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
/// A cue is one of the cue functions' word lists, one of their single words ("à" of "à venir",
/// "will", "to" of "to be held"…), the first word of "d'après", or (French) a lower-case verb
/// that looks like a future tense, which always ends in "a" or "t" ("signera", "signeront").
/// Anything that passes still goes through the cue function, which alone decides; a word added
/// to a cue list is picked up here from the list. A new single-word test in a cue function
/// must be added to `words` below (`ModalityCueFilterTests` checks the corpora against it).
struct ModalityCueFilter: Sendable {
    private let words: HashFilter
    /// French: lower-case words of five letters or more ending in "a" or "t" may be a future tense.
    private let futureTense: Bool

    static let fr = ModalityCueFilter(words: HashFilter(
        ModalityCuesFR.plannedWords.hashes + ModalityCuesFR.scheduled.hashes + ModalityCuesFR.must.hashes
            + ModalityCuesFR.go.hashes + ModalityCuesFR.reportedWords.hashes
            + [ModalityCuesFR.a, ModalityCuesFR.dApres.hashes[0]]), futureTense: true)
    static let en = ModalityCueFilter(words: HashFilter(
        ModalityCuesEN.plannedWords.hashes + ModalityCuesEN.plannedBeforeTo.hashes + ModalityCuesEN.reportedWords.hashes
            + [ModalityCuesEN.will, ModalityCuesEN.ll, ModalityCuesEN.planned, ModalityCuesEN.next, ModalityCuesEN.due,
               ModalityCuesEN.set, ModalityCuesEN.going, ModalityCuesEN.to]), futureTense: false)

    static func of(_ language: Language) -> ModalityCueFilter {
        switch language {
        case .fr: return fr
        case .en: return en
        }
    }

    /// False only if word token `t` of `text` is no cue, whatever its neighbours.
    @inline(__always) func mayBeCue(_ t: Token, in text: TokenizedText) -> Bool {
        if words.mayContain(t.hash) { return true }
        guard futureTense, !t.capitalized, t.foldedEnd - t.foldedStart >= 5 else { return false }
        let last = text.folded[Int(t.foldedEnd) - 1]
        return last == UInt8(ascii: "a") || last == UInt8(ascii: "t")
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
