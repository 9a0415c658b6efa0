/// The words a language uses around people's names and roles, as hashed tables.
///
/// One value per language (`EntityRulesFR.grammar`, `EntityRulesEN.grammar`); the person and
/// role rules in `PersonRules` are written once against it.
///
/// A class: each document's entity pass holds the grammar, and a struct of a dozen tables
/// would be copied (a dozen retains) into it; a reference is one.
final class PersonGrammar: Sendable {
    let language: Language
    /// Determiners that may stand before a role noun: "le", "la", "the".
    let determiners: KeywordSet
    /// Words that carry a role's complement on: "de", "du", "chargée", "for", "of".
    let linkers: KeywordSet
    /// After a comma, these words continue a role's complement ("…technologique, de la sécurité").
    let commaContinuers: KeywordSet
    /// "et"/"and": continues a complement only before a linker or a lower-case word that is no stop.
    let conjunctions: KeywordSet
    /// Lower-case words that end a role label: verbs and pronouns ("a", "est", "qui", "said").
    let labelStops: KeywordSet
    /// Whether a lower-case word right after the role noun belongs to the label (French
    /// adjectives follow the noun: "ministre japonais"; English ones precede it).
    let postnominalAdjectives: Bool
    /// Name particles: "von", "der", "de", "van".
    let particles: KeywordSet
    /// Capitalised words that are never (part of) a person's name: "Le", "Lors", "Lundi", "Mr".
    let nameStops: KeywordSet
    /// Capitalised institution nouns that name a party after a determiner: "l'Union", "the Commission".
    let institutionNouns: [(word: UInt64, party: String)]
    /// Determiners before those institution nouns.
    let institutionDeterminers: KeywordSet
    /// Prepositions that make a place of a name that is both place and party ("à Luxembourg").
    let locatives: KeywordSet
    /// The noun of "the Slovak capital", "la capitale slovaque": a state's adjective beside it
    /// names the state's capital.
    let capitalNouns: KeywordSet
    /// Capitalised nouns of a venue after a town's name: "Hyderabad House", "Lancaster House"
    /// name a building, wherever it stands (English names put the town first).
    let venueNouns: KeywordSet

    /// The memberwise initialiser the tables (`EntityRulesFR`, `EntityRulesEN`) are written against.
    init(language: Language, determiners: KeywordSet, linkers: KeywordSet, commaContinuers: KeywordSet,
         conjunctions: KeywordSet, labelStops: KeywordSet, postnominalAdjectives: Bool, particles: KeywordSet,
         nameStops: KeywordSet, institutionNouns: [(word: UInt64, party: String)], institutionDeterminers: KeywordSet,
         locatives: KeywordSet, capitalNouns: KeywordSet, venueNouns: KeywordSet) {
        self.language = language
        self.determiners = determiners
        self.linkers = linkers
        self.commaContinuers = commaContinuers
        self.conjunctions = conjunctions
        self.labelStops = labelStops
        self.postnominalAdjectives = postnominalAdjectives
        self.particles = particles
        self.nameStops = nameStops
        self.institutionNouns = institutionNouns
        self.institutionDeterminers = institutionDeterminers
        self.locatives = locatives
        self.capitalNouns = capitalNouns
        self.venueNouns = venueNouns
    }
}

/// Capitalised nouns of a building after a town's name ("Hyderabad House", "Lancaster House"):
/// English names, which French reports quote as they are ("à Hyderabad House").
enum CommonVenueNouns {
    static let words: [String] = ["house", "palace", "hall", "stadium", "hotel", "square", "gardens", "castle", "manor"]
}

/// Words shared by the French and English name tables.
enum CommonNameStops {
    static let words: [String] = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "m", "mme", "mlle", "mm", "me", "dr", "pr", "mr", "mrs", "ms", "prof", "sir", "dame", "lord", "lady",
        "conseil", "council", "commission", "union", "etat", "etats", "state", "states", "ministere", "ministry",
        "gouvernement", "government", "parlement", "parliament", "agence", "agency", "bureau", "office",
        "institut", "institute", "sommet", "summit", "partenariat", "partnership", "accord", "agreement",
    ]
}
