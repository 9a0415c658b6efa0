/// English tables for parties, places, people and roles.
///
/// Rules (names as they appear on mentions):
/// - `<party> (lexicon)`, `<place> (lexicon)`: names from the lexicon, written with a capital.
/// - `in <place that is also a party> (en)`: "in Luxembourg" is the city.
/// - `the <adjective> capital (en)`: "the Slovak capital" is Bratislava (the adjective's `capital`).
/// - `the Union | the Commission (en)`: the capitalised institution noun after "the".
/// - `<name>, <role> (en)`: "Masaaki Taira, Japan's Minister for Digital Transformation".
/// - `<role> [,] <name> (en)`: "Prime Minister Fumio Kishida", "Minister for Digital Transformation Masaaki Taira".
/// - `<surname of a named person>`: "Kishida" after "Fumio Kishida" in the same document.
enum EntityRulesEN {
    static let grammar = PersonGrammar(
        language: .en,
        determiners: KeywordSet(["the", "a", "an", "its", "their", "this"]),
        linkers: KeywordSet(["for", "of", "the", "in", "charge", "responsible", "on", "at"]),
        commaContinuers: KeywordSet([]),
        conjunctions: KeywordSet(["and"]),
        labelStops: KeywordSet(["said", "says", "is", "was", "are", "were", "has", "had", "have", "will", "would", "who",
                             "which", "that", "told", "and", "also", "met", "signed", "announced", "stated", "added"]),
        postnominalAdjectives: false,
        particles: KeywordSet(["von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "ter", "zu", "dos", "das", "bin", "al"]),
        nameStops: KeywordSet(CommonNameStops.words + [
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "with", "by", "from", "after",
            "before", "during", "since", "it", "he", "she", "they", "we", "and", "but", "or", "yesterday", "today",
            "tomorrow", "minister", "president", "as", "when", "while", "however", "meanwhile", "also", "both",
            "according", "under", "next", "last", "digital", "trade", "foreign", "affairs", "economy", "industry",
        ]),
        institutionNouns: [(Folding.word("union"), "EU"), (Folding.word("commission"), "EC")],
        institutionDeterminers: KeywordSet(["the"]),
        locatives: KeywordSet(["in", "at"]),
        capitalNouns: KeywordSet(["capital"]),
        venueNouns: KeywordSet(CommonVenueNouns.words)
    )
}
