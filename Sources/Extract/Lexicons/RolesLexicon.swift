/// Role nouns: what a person is called next to their name ("ministre", "Prime Minister").
///
/// A role's label is what the text writes around the noun ("ministre de la Transformation
/// numérique"); the lexicon only finds the noun. Multi-word nouns come first in no particular
/// order: the matcher always takes the longest.
enum RolesLexicon {
    static let entries: [LexiconEntry] = [
        role("minister", fr: ["ministre", "ministre d'État", "ministre délégué", "ministre déléguée"],
             en: ["minister", "Minister of State", "State Minister", "Foreign Minister", "Digital Minister",
                  "Trade Minister", "Economy Minister", "Defence Minister", "Defense Minister"]),
        role("vice-minister", fr: ["vice-ministre", "vice-ministre parlementaire"],
             en: ["vice-minister", "vice minister", "Parliamentary Vice-Minister", "deputy minister"]),
        role("prime-minister", fr: ["Premier ministre", "Première ministre", "premier ministre", "première ministre"],
             en: ["Prime Minister", "Deputy Prime Minister", "premier"]),
        role("commissioner", fr: ["commissaire", "commissaire européen", "commissaire européenne"],
             en: ["commissioner", "European Commissioner", "Trade Commissioner"]),
        role("president", fr: ["président", "présidente"], en: ["president"]),
        role("vice-president", fr: ["vice-président", "vice-présidente", "vice-président exécutif", "vice-présidente exécutive"],
             en: ["vice-president", "vice president", "Executive Vice-President", "Executive Vice President"]),
        role("high-representative", fr: ["haut représentant", "haute représentante"], en: ["High Representative"]),
        role("secretary", fr: ["secrétaire d'État", "secrétaire général", "secrétaire générale", "secrétaire"],
             en: ["secretary", "Secretary of State", "Secretary-General", "Secretary General", "Chief Cabinet Secretary"]),
        role("ambassador", fr: ["ambassadeur", "ambassadrice"], en: ["ambassador"]),
        role("spokesperson", fr: ["porte-parole"], en: ["spokesperson", "spokesman", "spokeswoman"]),
        role("chancellor", fr: ["chancelier", "chancelière"], en: ["chancellor"]),
        role("director", fr: ["directeur", "directrice", "directeur général", "directrice générale"],
             en: ["director", "director-general", "director general", "Director-General"]),
        role("chair", fr: ["présidente du conseil"], en: ["chair", "chairman", "chairwoman", "chairperson"]),
        role("head-of-state", fr: ["chef de l'État", "cheffe de l'État", "chef du gouvernement", "cheffe du gouvernement"],
             en: ["head of state", "head of government"]),
        role("envoy", fr: ["envoyé spécial", "envoyée spéciale", "émissaire"], en: ["envoy", "special envoy"]),
        role("negotiator", fr: ["négociateur en chef", "négociatrice en chef"], en: ["chief negotiator"]),
        role("governor", fr: ["gouverneur", "gouverneure"], en: ["governor"]),
        role("mayor", fr: ["maire"], en: ["mayor"]),
        role("member-of-parliament", fr: ["député", "députée", "eurodéputé", "eurodéputée", "sénateur", "sénatrice"],
             en: ["MEP", "senator", "lawmaker", "congressman", "congresswoman"]),
        role("monarch", fr: ["roi", "reine", "empereur", "impératrice", "prince", "princesse"],
             en: ["king", "queen", "emperor", "empress", "prince", "princess"]),
        role("adviser", fr: ["conseiller", "conseillère"], en: ["adviser", "advisor"]),
    ]

    private static func role(_ id: String, fr: [String], en: [String]) -> LexiconEntry {
        LexiconEntry(kind: .role, id: id, fr: fr, en: en)
    }
}
