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
