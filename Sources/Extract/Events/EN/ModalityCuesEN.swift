/// English cues of plans and of reported speech.
///
/// Planned: "will", "shall", "'ll", "is expected to", "is scheduled for/to", "is due to", "is set to",
/// "plans to", "is preparing to", "is planned for", "to be held", "upcoming", "forthcoming", "next", "would" (a plan told in the past).
/// Reported: "according to", "said", "says", "told", "reportedly", "stated".

enum ModalityCuesEN {
    static let plannedWords = KeywordSet(["shall", "upcoming", "forthcoming", "would", "slated", "scheduled", "expected"])
    /// Planned only before "to": "plans to", "intends to" ("the plan was adopted" is no plan of an event).
    static let plannedBeforeTo = KeywordSet(["intends", "intend", "plans", "plan", "planned", "planning", "aims",
                                             "preparing", "prepares", "poised"])
    static let will = Folding.word("will")
    static let ll = Folding.word("ll")
    static let notWill = KeywordSet(["the", "a", "political", "good", "their", "its", "of", "free", "ill", "own"])
    static let next = Folding.word("next")
    static let planned = Folding.word("planned")
    static let due = Folding.word("due")
    static let set = Folding.word("set")
    static let going = Folding.word("going")
    static let to = Folding.word("to")
    static let be = Folding.word("be")
    static let held = Folding.word("held")
    static let ranks = KeywordSet(["first", "last", "only", "second", "third", "latest"])
    static let copulas = KeywordSet(["is", "are", "was", "were", "be", "been", "'s"])
    static let reportedWords = KeywordSet(["said", "says", "told", "reportedly", "stated", "claimed", "claims", "reports",
                                        "alleged", "allegedly", "according"])

    static func cue(in text: TokenizedText, at i: Int, clause: Range<Int>) -> Modality? {
        let t = text.tokens[i]
        guard t.kind == .word else { return nil }
        let h = t.hash
        if h == will { return text.isWord(i - 1, in: notWill) ? nil : .planned }
        if h == ll, text.isPunctuation(i - 1, UInt8(ascii: "'")) { return .planned }
        if plannedWords.contains(h) {
            // "planned" after "as" ("as planned") is an outcome, not a plan.
            if text.isWord(i - 1, Folding.word("as")) { return nil }
            return .planned
        }
        if plannedBeforeTo.contains(h), text.isWord(i + 1, to) { return .planned }
        // "is planned for July", "was planned in Tokyo": a plan told with a copula.
        if h == planned, text.isWord(i - 1, in: copulas) { return .planned }
        if h == next, text.isWord(i + 1, in: EventWordsEN.nouns) || text.isWord(i + 1, in: EventWordsEN.periods) { return .planned }
        if h == due || h == set || h == going, text.isWord(i + 1, to), text.isWord(i - 1, in: copulas) { return .planned }
        // "the summit to be held in May"; not "the first (summit) to be held in his home town", a rank.
        if h == to, text.isWord(i + 1, be), text.isWord(i + 2, held) {
            return text.isWord(i - 1, in: ranks) || text.isWord(i - 2, in: ranks) ? nil : .planned
        }
        if reportedWords.contains(h) { return .reported }
        return nil
    }
}

/// Nouns after "next" that look ahead: "next meeting", "next year".
enum EventWordsEN {
    static let nouns = KeywordSet(["meeting", "summit", "council", "session", "dialogue", "round", "edition", "conference"])
    static let periods = KeywordSet(["year", "month", "week", "spring", "summer", "autumn", "fall", "winter", "monday",
                                  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
