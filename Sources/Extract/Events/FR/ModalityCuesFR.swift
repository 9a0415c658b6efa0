/// French cues of plans and of reported speech.
///
/// Planned: "se tiendra", "aura lieu", "devrait/devraient", "est prévu(e)(s) pour/en/le…",
/// "doit se tenir", "prochain(e)", "à venir", "vont/va" + infinitive, "s'apprête à" + infinitive, verbs in the future tense
/// ("signeront", "annonceront", "déclareront", "sera").
/// Reported: "selon", "d'après", "a indiqué", "indique le procès-verbal", "a déclaré", "aurait".
enum ModalityCuesFR {
    static let plannedWords = KeywordSet([
        "devrait", "devraient", "prochain", "prochaine", "prochains", "prochaines", "prochainement", "prevoit",
        "prevoient", "prevoyait", "envisage", "envisagent", "futur", "future", "futurs", "futures",
        "sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "pourra", "pourront", "devra", "devront",
        "tiendra", "tiendront", "viendra", "viendront",
    ])
    /// Participles of scheduling: planned when they schedule ("est prévu pour 2026"), not in "comme prévu".
    static let scheduled = KeywordSet(["prevu", "prevue", "prevus", "prevues", "programme", "programmee", "programmes",
                                    "programmees", "planifie", "planifiee", "attendu", "attendue"])
    static let scheduleFollowers = KeywordSet(["pour", "en", "le", "la", "les", "a", "au", "aux", "dans", "d", "cette", "ce",
                                            "l", "fin", "debut", "mi", "courant", "vers", "de"])
    static let scheduleLeaders = KeywordSet(["est", "sont", "etait", "etaient", "sera", "seront", "reste", "restent"])
    static let comme = Folding.word("comme")
    static let must = KeywordSet(["doit", "doivent", "devait", "devaient"])
    static let go = KeywordSet(["va", "vont", "allait", "allaient"])
    /// "la capitale s'apprête à recevoir samedi les dirigeants": about to, before "à" and a verb.
    static let about = KeywordSet(["apprete", "appretent", "appretait", "appretaient"])
    static let reflexive = KeywordSet(["se", "s", "'", "etre", "avoir", "y"])
    static let venir = Folding.word("venir")
    static let a = Folding.word("a")
    /// Nouns and adjectives that end like a future tense.
    static let futureLookalikes = KeywordSet(["camera", "cameras", "opera", "operas", "chimera", "affront", "affronts",
                                           "extra", "ultra", "mantra", "tiara", "sierra", "zebra", "cobra", "hydra",
                                           "aura", "era", "pera", "riviera", "lira", "tira"])

    static let reportedWords = KeywordSet([
        "selon", "indique", "indiquent", "indiquait", "indiquaient", "declare", "declarent", "affirme", "affirment",
        "rapporte", "rapportent", "aurait", "auraient", "precise", "precisent", "souligne", "soulignent", "estime",
        "explique", "confie", "rapportait", "cite", "citant",
    ])
    static let dApres = WordSequence("d'après")

    static func cue(in text: TokenizedText, at i: Int, clause: Range<Int>) -> Modality? {
        let t = text.tokens[i]
        guard t.kind == .word else { return nil }
        let h = t.hash
        if plannedWords.contains(h) {
            // "aura" is also a noun ("l'aura"), "future" an adjective: fine, both look ahead.
            return .planned
        }
        if scheduled.contains(h) {
            if text.isWord(i - 1, comme) { return nil }
            if text.isWord(i + 1, in: scheduleFollowers) || text.isWord(i - 1, in: scheduleLeaders) { return .planned }
            return nil
        }
        if must.contains(h), i + 1 < clause.upperBound {
            if text.isWord(i + 1, in: reflexive) || isInfinitive(text, i + 1) { return .planned }
        }
        if go.contains(h), i + 1 < clause.upperBound {
            if text.isWord(i + 1, in: reflexive) || isInfinitive(text, i + 1) { return .planned }
        }
        if about.contains(h), i + 1 < clause.upperBound, text.isWord(i + 1, a), isInfinitive(text, i + 2) { return .planned }
        if h == a, text.isWord(i + 1, venir), t.end - t.start == 2 { return .planned }   // "à venir"
        if !t.capitalized, isFutureTense(text, i) { return .planned }
        if reportedWords.contains(h) { return .reported }
        if text.end(of: dApres, at: i) != nil { return .reported }
        return nil
    }

    /// "coopérer", "réunir", "prendre", "voir".
    static func isInfinitive(_ text: TokenizedText, _ i: Int) -> Bool {
        guard i < text.tokens.count, text.tokens[i].kind == .word, text.foldedLength(i) >= 4 else { return false }
        return text.foldedHasSuffix(i, "er") || text.foldedHasSuffix(i, "ir") || text.foldedHasSuffix(i, "re")
    }

    /// Third-person future: "-ront" (signeront, tiendront), "-era"/"-ira"/"-dra"/"-rra"/"-vra" (signera, finira,
    /// tiendra, pourra, devra).
    static func isFutureTense(_ text: TokenizedText, _ i: Int) -> Bool {
        if futureLookalikes.contains(text.tokens[i].hash) { return false }
        if text.foldedHasSuffix(i, "ront", minLength: 6) { return true }
        for s: StaticString in ["era", "ira", "dra", "rra", "vra"] where text.foldedHasSuffix(i, s, minLength: 5) {
            return true
        }
        return false
    }
}
