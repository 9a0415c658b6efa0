/// One event mention: the noun phrase that names an event ("la troisième réunion", "the 29th
/// EU-Japan summit", "le lancement du premier Partenariat numérique") with what it says itself
/// (ordinal, parties), the verbs that go with it, and, once resolved, its series and instance.
struct EventPhrase {
    /// The lexicon entry of the noun as written (or the summit's, for a numbered meeting of
    /// leaders). Kept whole (one reference) rather than copied field by field: phrases are
    /// copied often while events are resolved.
    var entry: LexiconEntry
    /// The lexicon id of the noun as written: "meeting" for "réunion", "digital-partnership".
    var typeID: String { entry.id }
    /// What kind of event the noun names (the entry's `class`): "council", "agreement"…
    var eventClass: String { entry.traits.eventClass }
    /// `eventClass` as a number, for the classes the rules test.
    var knownClass: KnownEventClass { entry.traits.knownClass }
    /// The classes a generic noun may refer to (the entry's `refers-to`); nil for a specific type.
    var refersTo: [String]? { entry.traits.refersTo }
    /// A noun naming an act on an agreement ("signature", "launch").
    var isAct: Bool { entry.traits.isAct }
    var isMultilateral: Bool { entry.traits.isMultilateral }
    var isProcess: Bool { entry.traits.isProcess }
    /// Tokens of the event noun (with its act noun: "lancement du … Partenariat numérique").
    var noun: Range<Int>
    /// First token of the whole phrase: act noun, ordinal, parties before the noun.
    var start: Int
    /// Token after the whole phrase: parties after the noun.
    var end: Int
    var sentence: Int
    /// Parties the phrase names itself: "UE-Japon", "du G7", "entre l'UE et le Japon".
    var ownParties: [String] = []
    /// The other side named after "with"/"avec" when the phrase names no parties of its own
    /// ("a summit with Chinese leaders", "un sommet avec la Chine"); see `EventParties`.
    var counterpart: String? = nil
    var ordinal: Int? = nil
    var ordinalSpan: TextSpan? = nil
    /// From the first to the last verb that goes with the phrase ("signé", "s'est réuni", "se
    /// tiendra"); nil when none does. Only their extent is measured (`extent`): a range is kept,
    /// not a list to allocate and retain.
    private(set) var verbs: Range<Int>? = nil
    /// The rule that found the phrase, named per language by `EventGrammar.names`.
    var rule: Rule
    /// A generic noun with an adjective of its own ("le dialogue réglementaire"): a new event, not a reference.
    var qualified = false
    /// "le prochain sommet", "the previous meeting", or an elided "le prochain": another
    /// instance of its series, never merged with one already named.
    var sequel = false

    // Resolution.
    var contextParties: [String]? = nil
    var partySource: PartySource = .none
    /// The context's one party is an organisation ("Les chefs d'État de la SADC se sont retrouvés
    /// pour leur 46e sommet"): its gathering, not a host's (see `EventReferences.isWeak`).
    var contextIsOrganisation = false
    var type: String = ""
    var parties: [String] = []
    var isReference = false
    /// The document's series it belongs to (its type and parties), numbered by `EventReferences`.
    var series = 0
    var instance = 0
    /// The ordinal of the instance the phrase names (its own, or one a reference resolved to).
    var instanceOrdinal: Int? = nil

    /// Which rule found a phrase. A number rather than the rule's name: phrases are copied while
    /// events are resolved, and a name is one more string to retain per copy.
    enum Rule: UInt8 {
        case eventNoun, actOfAgreement, genericOfEvent, meetVerb, namedAgreement
    }

    init(entry: LexiconEntry, noun: Range<Int>, sentence: Int, rule: Rule) {
        self.entry = entry
        self.noun = noun; self.start = noun.lowerBound; self.end = noun.upperBound
        self.sentence = sentence; self.rule = rule
        self.type = entry.id
    }

    var isGeneric: Bool { refersTo != nil && !qualified }

    /// The phrase with its verbs: what attributes are measured against.
    var extent: Range<Int> {
        guard let verbs else { return start..<end }
        return min(start, verbs.lowerBound)..<max(end, verbs.upperBound)
    }

    /// Token `i` is a verb that goes with the phrase.
    mutating func addVerb(at i: Int) {
        verbs = verbs.map { min($0.lowerBound, i)..<max($0.upperBound, i + 1) } ?? i..<(i + 1)
    }

    /// The phrase without its verbs (a copy standing for another event).
    mutating func dropVerbs() { verbs = nil }

    /// Tokens between `value` and the phrase's extent; 0 when they touch or overlap.
    func gap(to value: Range<Int>) -> Int { EventPhrase.gap(between: extent, and: value) }

    /// Tokens between `value` and an extent; 0 when they touch or overlap.
    static func gap(between e: Range<Int>, and value: Range<Int>) -> Int {
        if value.lowerBound >= e.upperBound { return value.lowerBound - e.upperBound }
        if value.upperBound <= e.lowerBound { return e.lowerBound - value.upperBound }
        return 0
    }
}

/// Where an event's parties come from, in order of trust.
enum PartySource: Equatable {
    case own                       // the phrase names them
    case clause                    // the sentence's subject parties ("L'UE et le Japon ont tenu leur…")
    case previousSentence(Int)     // an earlier sentence of the paragraph ("…la Corée du Sud… Lors de leur Conseil")
    case reference                 // the event it refers to
    case topic                     // the organisation the article is about ("the 56th regular session")
    case dominant                  // the document's most frequent pair ("les deux alliés")
    case none
}

/// Event phrases of one document sorted by first token, searched by position: the rules look
/// only at phrases near a value, so a long sentence costs no more than a short one.
///
/// A class: every question (``near(_:radius:sentence:)``, asked per value) hands out an
/// iterator holding the window, one retain rather than one per list.
final class PhraseWindow {
    private let starts: [Int]
    private let sentences: [Int]

    init(_ phrases: [EventPhrase]) {
        // By index: mapping the phrases themselves may copy each whole phrase to read one field.
        starts = phrases.indices.map { phrases[$0].start }
        sentences = phrases.indices.map { phrases[$0].sentence }
    }

    /// Indices of the phrases of sentence `s` starting within `radius` tokens of `range`, in
    /// order. Read as they are iterated, with no array made per question.
    func near(_ range: Range<Int>, radius: Int, sentence s: Int) -> Nearby {
        Nearby(window: self, k: firstIndex(startingAtOrAfter: range.lowerBound - radius),
               last: range.upperBound + radius, sentence: s)
    }

    struct Nearby: Sequence, IteratorProtocol {
        fileprivate let window: PhraseWindow
        fileprivate var k: Int
        /// The last token a phrase may start at.
        fileprivate let last: Int
        fileprivate let sentence: Int

        mutating func next() -> Int? {
            while k < window.starts.count, window.starts[k] <= last {
                defer { k += 1 }
                if window.sentences[k] == sentence { return k }
            }
            return nil
        }
    }

    /// The first phrase of sentence `s` starting after token `i`.
    func first(after i: Int, sentence s: Int) -> Int? {
        let k = firstIndex(startingAtOrAfter: i + 1)
        return k < starts.count && sentences[k] == s ? k : nil
    }

    /// The last phrase of sentence `s`, if it has one.
    func last(inSentence s: Int, before i: Int) -> Int? {
        let k = firstIndex(startingAtOrAfter: i) - 1
        return k >= 0 && sentences[k] == s ? k : nil
    }

    private func firstIndex(startingAtOrAfter t: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi { let mid = (lo + hi) / 2; if starts[mid] < t { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}
