/// French tables for parties, places, people and roles.
///
/// Rules (names as they appear on mentions):
/// - `<party> (lexicon)`, `<place> (lexicon)`: names from the lexicon, written with a capital.
/// - `à <place that is also a party> (fr)`: "à Luxembourg" is the city, "le Luxembourg" the state.
/// - `la capitale <adjectif> (fr)`: "la capitale slovaque" is Bratislava (the adjective's `capital`).
/// - `l'Union | la Commission (fr)`: the capitalised institution noun after its article.
/// - `<name>, <role> (fr)`: "Masaaki Taira, ministre de la Transformation numérique".
/// - `<role> [,] <name> (fr)`: "le commissaire Thierry Breton", "la présidente de la Commission, Ursula von der Leyen".
/// - `<surname of a named person>`: "Virkkunen" after "Henna Virkkunen" in the same document.
enum EntityRulesFR {
    static let grammar = PersonGrammar(
        language: .fr,
        determiners: KeywordSet(["le", "la", "les", "l", "un", "une", "son", "sa", "leur", "ce", "cette"]),
        linkers: KeywordSet(["de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "en", "charge", "chargee",
                          "charges", "chargees", "pour", "sur"]),
        commaContinuers: KeywordSet(["de", "du", "des", "d"]),
        conjunctions: KeywordSet(["et"]),
        labelStops: KeywordSet(["a", "ont", "est", "sont", "etait", "etaient", "sera", "seront", "avait", "avaient", "aura",
                             "auront", "doit", "doivent", "va", "vont", "se", "s", "qui", "que", "qu", "y", "il", "elle",
                             "ils", "elles", "ne", "n", "lors", "depuis", "selon", "apres", "avant", "avec", "et", "ou",
                             "mais", "dont", "ou", "cotes", "dit", "declare", "indique", "affirme", "annonce"]),
        postnominalAdjectives: true,
        particles: KeywordSet(["von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "ter", "zu", "dos", "das", "bin", "al"]),
        nameStops: KeywordSet(CommonNameStops.words + [
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "lors", "selon", "depuis", "pour", "dans", "avec",
            "cette", "ce", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils", "elles", "et", "mais",
            "ou", "en", "au", "aux", "a", "par", "sur", "sous", "entre", "apres", "avant", "hier", "aujourd", "demain",
            "monsieur", "madame", "mesdames", "messieurs", "ministre", "president", "presidente", "comme", "face",
            "grace", "contexte", "prochaines", "plus", "ensuite", "enfin", "toutefois", "cependant", "ainsi", "outre",
            "afin", "si", "quand", "lorsque", "on", "nous", "vous", "je", "tous", "toutes", "chaque", "notamment",
        ]),
        institutionNouns: [(Folding.word("union"), "EU"), (Folding.word("commission"), "EC")],
        institutionDeterminers: KeywordSet(["l", "la", "cette"]),
        locatives: KeywordSet(["a", "au", "aux", "dans"]),
        capitalNouns: KeywordSet(["capitale"]),
        venueNouns: KeywordSet(CommonVenueNouns.words)
    )
}
