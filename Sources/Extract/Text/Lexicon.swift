/// One named thing crosscheck knows: a party, a place, an event type, an agreement, a role.
///
/// Names are given per language; `any` names (acronyms like "G7", proper names like "Tokyo")
/// match in every language. Data, not code: the bundled lexicon is a Swift table in
/// `Lexicons/`, and users add their own beat's entries with `--lexicon FILE`.
public struct LexiconEntry: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case party, place, event, agreement, role, person
    }

    /// The fields live in one shared, immutable object: a match copies a reference, not three
    /// arrays and a dictionary (every lexicon hit in every document makes one).
    private final class Storage: Sendable {
        let kind: Kind
        let id: String
        let fr: [String], en: [String], any: [String]
        let properties: [String: String]
        let traits: Traits

        init(kind: Kind, id: String, fr: [String], en: [String], any: [String], properties: [String: String]) {
            self.kind = kind; self.id = id; self.fr = fr; self.en = en; self.any = any; self.properties = properties
            traits = Traits(properties)
        }
    }

    /// The properties the rules read on every match, parsed once when the entry is made
    /// instead of looked up by string key per match.
    ///
    /// A class, shared by every copy of the entry: a rule asking one trait of a match
    /// (`entry.traits.adjectiveOf`) copied the whole struct, its half-dozen strings and lists
    /// retained and released again; a reference is one.
    final class Traits: Sendable {
        /// `capitalized: "true"`: only a capitalised spelling names it ("Conseil", not "conseil").
        let capitalizedOnly: Bool
        /// `class`: what kind of event an event type names ("meeting" when absent).
        let eventClass: String
        /// `eventClass` as a number when the rules name it ("agreement", "council"…), so they
        /// test a phrase's class without comparing strings.
        let knownClass: KnownEventClass
        /// `refers-to`: the classes a generic noun may refer to.
        let refersTo: [String]?
        /// `act`: a noun naming an act on an agreement ("signature", "launch").
        let isAct: Bool
        /// `adjective-of`: the party an adjective or prefix names ("japonais" → JP).
        let adjectiveOf: String?
        /// `series-party`: the party a series is named by ("EU" for the Commission).
        let seriesParty: String?
        /// `capital` (on an adjective): the place id of the state's capital, so that "the
        /// Slovak capital" is Bratislava.
        let capital: String?
        /// `organisation: "true"`: an organisation or grouping of states, whose gatherings an
        /// article about it may tell without naming anyone ("the 56th regular session").
        let isOrganisation: Bool
        /// `multilateral: "true"`: an event of everyone (a UN climate conference): the parties
        /// named around it are its host or its speakers, never its series.
        let isMultilateral: Bool
        /// `named: "true"`: an agreement known by its own name ("the Quirinal Treaty", "les
        /// accords d'Oslo", see `NamedAgreements`): the name is its series, whoever tells it.
        let isNamed: Bool
        /// `process: "true"`: a process told by when it was launched ("negotiations launched in
        /// 1999"): its other dates are stages (reached, stalled, concluded), not its date.
        let isProcess: Bool
        /// `only-when-launched`: spellings (single words, space-separated) that name the event
        /// only beside a launch ("Talks were launched in 2017"); alone they are too common a
        /// word ("the two leaders held talks").
        let onlyWhenLaunched: KeywordSet?
        /// `locative-only`: the languages ("fr en", "fr") in which a place's names count only
        /// right after a locative preposition and before no other capitalised word ("à Florence",
        /// "in Split"): alone they are as often a first name or a common word.
        let locativeOnlyFR: Bool, locativeOnlyEN: Bool

        init(_ p: [String: String]) {
            capitalizedOnly = p["capitalized"] == "true"
            eventClass = p["class"] ?? "meeting"
            knownClass = KnownEventClass(rawValue: eventClass) ?? .other
            refersTo = p["refers-to"].map { $0.split(separator: " ").map(String.init) }
            isAct = p["act"] != nil
            adjectiveOf = p["adjective-of"]
            seriesParty = p["series-party"]
            capital = p["capital"]
            isOrganisation = p["organisation"] == "true"
            isMultilateral = p["multilateral"] == "true"
            isNamed = p["named"] == "true"
            isProcess = p["process"] == "true"
            onlyWhenLaunched = p["only-when-launched"].map { KeywordSet($0.split(separator: " ").map(String.init)) }
            let locativeOnly = p["locative-only"]?.split(separator: " ") ?? []
            locativeOnlyFR = locativeOnly.contains("fr")
            locativeOnlyEN = locativeOnly.contains("en")
        }

        func isLocativeOnly(in language: Language) -> Bool {
            language == .fr ? locativeOnlyFR : locativeOnlyEN
        }
    }

    private let storage: Storage

    public var kind: Kind { storage.kind }
    /// Canonical id: "EU", "JP", "JP-TYO", "digital-partnership-council".
    public var id: String { storage.id }
    /// Names in French, in English, and in any language.
    public var fr: [String] { storage.fr }
    public var en: [String] { storage.en }
    public var any: [String] { storage.any }
    /// Free-form properties the rules read, e.g. `["class": "meeting"]` for event types,
    /// `["country": "JP"]` for places, `["party": "JP"]` for a place that also names a party.
    public var properties: [String: String] { storage.properties }
    var traits: Traits { storage.traits }

    public init(kind: Kind, id: String, fr: [String] = [], en: [String] = [], any: [String] = [],
                properties: [String: String] = [:]) {
        storage = Storage(kind: kind, id: id, fr: fr, en: en, any: any, properties: properties)
    }

    public func names(for language: Language) -> [String] {
        switch language {
        case .fr: return fr + any
        case .en: return en + any
        }
    }

    public static func == (a: LexiconEntry, b: LexiconEntry) -> Bool {
        a.storage === b.storage
            || (a.kind == b.kind && a.id == b.id && a.fr == b.fr && a.en == b.en && a.any == b.any
                && a.properties == b.properties)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind); hasher.combine(id)
    }

    private enum CodingKeys: String, CodingKey { case kind, id, fr, en, any, properties }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try c.decode(Kind.self, forKey: .kind), id: try c.decode(String.self, forKey: .id),
                  fr: try c.decode([String].self, forKey: .fr), en: try c.decode([String].self, forKey: .en),
                  any: try c.decode([String].self, forKey: .any),
                  properties: try c.decode([String: String].self, forKey: .properties))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind); try c.encode(id, forKey: .id)
        try c.encode(fr, forKey: .fr); try c.encode(en, forKey: .en); try c.encode(any, forKey: .any)
        try c.encode(properties, forKey: .properties)
    }
}

/// The event classes the event rules name; `other` for a class of a user's lexicon they do not.
enum KnownEventClass: String, Sendable {
    case meeting, council, summit, dialogue, document, agreement, other = ""
}

extension LexiconEntry.Kind {
    /// The kind's place in `allCases`.
    var number: Int {
        switch self {
        case .party: return 0
        case .place: return 1
        case .event: return 2
        case .agreement: return 3
        case .role: return 4
        case .person: return 5
        }
    }
}

/// A match of a lexicon name in a tokenised text.
public struct LexiconMatch: Hashable, Sendable {
    public let entry: LexiconEntry
    /// Token indices, half-open.
    public let tokens: Range<Int>
    public let span: TextSpan
}

/// A set of lexicon entries with a matcher over token hashes: at each token, the longest
/// name that starts there is found by hashing, never by scanning entries.
///
/// Names written in capitals ("UE", "EU", "OCDE") match only tokens written in capitals, so
/// the French participle "eu" is not the European Union.
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry]

    fileprivate struct Name: Sendable {
        let entry: Int
        let length: Int           // tokens
        /// Bit `k` set: token `k` must be written in capitals.
        let capitalsOnly: UInt64
        let language: Language?   // nil: any language
    }

    /// What `add` gathers from the entries' names, the look-up tables are built from.
    fileprivate struct Spellings: Sendable {
        /// Rolling hash of a token-hash sequence → names with that spelling.
        var names: [UInt64: [Name]] = [:]
        /// Rolling hashes of the proper prefixes of every name ("Union" of "Union européenne").
        var prefixes: Set<UInt64> = []
        /// The first tokens of all names.
        var firstTokens: Set<UInt64> = []
        /// The names of one token.
        var words: Set<UInt64> = []
        /// The rolling hashes of the first two tokens of the names of two tokens or more.
        var firstPairs: Set<UInt64> = []
        /// Per kind (in `Kind.allCases` order, not hashed: a kind hashes its raw string), id →
        /// index in `entries`.
        var byID = [[String: Int]](repeating: [:], count: LexiconEntry.Kind.allCases.count)
    }

    /// The look-up tables, built once per `add` and never changed: one shared object, so a copy
    /// of the lexicon (every extraction context holds one) retains it alone, not a dozen tables.
    fileprivate final class Tables: Sendable {
        let spellings: Spellings
        /// The look-up every token makes: rolling hash → `(list + 1) << 1 | continues`, where
        /// `list` numbers a list of `nameLists` (0: no name has exactly this spelling) and
        /// `continues` says a longer name starts with it. A token-hash trie flattened into one
        /// open-addressing table on the hashes themselves, so a probe stops as soon as no name
        /// can go on.
        let trie: HashIndex
        /// The first tokens of all names: most tokens start none, and one bit test (a table that
        /// stays in the first-level cache) rejects them before the probe of `trie`.
        let startFilter: HashFilter
        /// Bit filters of the names of one token, and of the first two tokens of longer ones: a
        /// token that starts a name either is a name or goes on with the second token of one.
        let wordFilter: HashFilter, pairFilter: HashFilter
        /// The names of each spelling back to back: list `l` (from 1) is
        /// `nameLists[listStarts[l - 1]..<listStarts[l]]`. One flat array, read without a
        /// retain per list.
        let nameLists: [Name]
        let listStarts: [Int32]

        init(_ spellings: Spellings) {
            self.spellings = spellings
            var nameLists: [Name] = [], listStarts: [Int32] = [0]
            var pairs: [(UInt64, Int32)] = []
            for (key, list) in spellings.names {
                pairs.append((key, Int32(listStarts.count) << 1 | (spellings.prefixes.contains(key) ? 1 : 0)))
                nameLists += list
                listStarts.append(Int32(nameLists.count))
            }
            for key in spellings.prefixes where spellings.names[key] == nil { pairs.append((key, 1)) }
            trie = HashIndex(pairs)
            startFilter = HashFilter(spellings.firstTokens)
            wordFilter = HashFilter(spellings.words)
            pairFilter = HashFilter(spellings.firstPairs)
            self.nameLists = nameLists; self.listStarts = listStarts
        }
    }
    private var tables = Tables(Spellings())
    private typealias Kind = LexiconEntry.Kind

    public init(_ entries: [LexiconEntry] = []) {
        self.entries = []
        add(entries)
    }

    /// Adds entries; an entry whose kind and id already exist gets the new names added to it.
    public mutating func add(_ newEntries: [LexiconEntry]) {
        var spellings = tables.spellings
        for e in newEntries {
            let names = e.fr.map { ($0, Language.fr) } + e.en.map { ($0, Language.en) }
            let all: [(String, Language?)] = names.map { ($0.0, $0.1) } + e.any.map { ($0, nil) }
            if let k = spellings.byID[e.kind.number][e.id] {
                let old = entries[k]
                var props = old.properties
                props.merge(e.properties) { _, new in new }
                entries[k] = LexiconEntry(kind: e.kind, id: e.id, fr: old.fr + e.fr, en: old.en + e.en,
                                          any: old.any + e.any, properties: props)
                Lexicon.index(entryAt: k, names: all, into: &spellings)
            } else {
                entries.append(e)
                spellings.byID[e.kind.number][e.id] = entries.count - 1
                Lexicon.index(entryAt: entries.count - 1, names: all, into: &spellings)
            }
        }
        tables = Tables(spellings)
    }

    public func merged(with other: [LexiconEntry]) -> Lexicon {
        var copy = self
        copy.add(other)
        return copy
    }

    private static func index(entryAt k: Int, names list: [(String, Language?)], into spellings: inout Spellings) {
        for (name, language) in list {
            let t = TokenizedText(name)
            guard !t.tokens.isEmpty, t.tokens.count <= 64 else { continue }
            var key: UInt64 = 0
            var caps: UInt64 = 0
            for (n, tok) in t.tokens.enumerated() {
                if n > 0 { spellings.prefixes.insert(key) } else { spellings.firstTokens.insert(tok.hash) }
                key = Lexicon.roll(key, tok.hash)
                if n == 1 { spellings.firstPairs.insert(key) }
                if tok.allCaps || (tok.kind == .word && tok.capitalized && tok.foldedEnd - tok.foldedStart == 1 && t.tokens.count == 1) {
                    caps |= 1 << UInt64(n)
                }
            }
            if t.tokens.count == 1 { spellings.words.insert(key) }
            spellings.names[key, default: []].append(Name(entry: k, length: t.tokens.count, capitalsOnly: caps, language: language))
        }
    }

    @inline(__always)
    static func roll(_ key: UInt64, _ h: UInt64) -> UInt64 { (key &* 0x9E3779B97F4A7C15) ^ h }

    /// The longest names starting at token `i`, for `language`; several when entries share a
    /// spelling (a place and a party, "Japon"). Empty when none starts there.
    public func matches(in text: TokenizedText, at i: Int, language: Language) -> [LexiconMatch] {
        var found: [LexiconMatch] = []
        collectMatches(in: text, at: i, language: language, into: &found, tokens: text.tokens, tables: tables)
        return found
    }

    /// ``matches(in:at:language:)`` appended to `out` (no array made per token that starts a name).
    /// `tokens` and `tables` are the text's and the lexicon's, passed by the walk that holds
    /// them: taken out here, they would be retained and released at every call.
    private func collectMatches(in text: TokenizedText, at i: Int, language: Language, into out: inout [LexiconMatch],
                                tokens: [Token], tables: Tables) {
        let base = out.count            // the best matches so far are out[base...]
        var key: UInt64 = 0
        var bestLen = 0
        var k = i
        while k < tokens.count {
            // A name never runs across a line break.
            if k > i, tokens[k].newlineBefore { break }
            key = Lexicon.roll(key, tokens[k].hash)
            guard let node = tables.trie[key] else { break }
            let len = k - i + 1
            if node >> 1 > 0 {
                let list = Int(node >> 1)
                for n in Int(tables.listStarts[list - 1])..<Int(tables.listStarts[list]) {
                    let name = tables.nameLists[n]
                    guard Lexicon.fits(name, length: len, language: language, tokens, from: i) else { continue }
                    if len > bestLen { out.removeSubrange(base...); bestLen = len }
                    let entry = entries[name.entry]
                    // Another spelling of an entry found already (read by index: a slice of
                    // `out` would retain it).
                    var known = false
                    for j in base..<out.count where out[j].entry == entry { known = true; break }
                    if !known {
                        out.append(LexiconMatch(entry: entry, tokens: i..<(k + 1), span: text.span(from: i, through: k)))
                    }
                }
            }
            guard node & 1 == 1 else { break }
            k += 1
        }
    }

    /// The first of the longest names starting at token `i` (in the order
    /// ``matches(in:at:language:)`` lists them) for which `pick` gives a value, with that value:
    /// what a rule asking one question of the names at a token needs, without a list made.
    func firstMatch<T>(in text: TokenizedText, at i: Int, language: Language,
                       _ pick: (LexiconEntry, Range<Int>) -> T?) -> T? {
        let tokens = text.tokens, tables = self.tables
        guard i >= 0, i < tokens.count, tables.startFilter.mayContain(tokens[i].hash) else { return nil }
        var key: UInt64 = 0
        var best: (list: Int, length: Int)? = nil
        var k = i
        while k < tokens.count {
            // A name never runs across a line break.
            if k > i, tokens[k].newlineBefore { break }
            key = Lexicon.roll(key, tokens[k].hash)
            guard let node = tables.trie[key] else { break }
            let len = k - i + 1
            if node >> 1 > 0 {
                let list = Int(node >> 1)
                for n in Int(tables.listStarts[list - 1])..<Int(tables.listStarts[list])
                where Lexicon.fits(tables.nameLists[n], length: len, language: language, tokens, from: i) {
                    best = (list, len)
                    break
                }
            }
            guard node & 1 == 1 else { break }
            k += 1
        }
        guard let best else { return nil }
        for n in Int(tables.listStarts[best.list - 1])..<Int(tables.listStarts[best.list])
        where Lexicon.fits(tables.nameLists[n], length: best.length, language: language, tokens, from: i) {
            if let value = pick(entries[tables.nameLists[n].entry], i..<(i + best.length)) { return value }
        }
        return nil
    }

    /// Whether `name` is `length` tokens long, of `language` (or any), with its capitals where
    /// it wants them, starting at token `i`.
    @inline(__always)
    private static func fits(_ name: Name, length: Int, language: Language, _ tokens: [Token], from i: Int) -> Bool {
        name.length == length && (name.language == nil || name.language == language)
            && capitalsFit(name.capitalsOnly, tokens, from: i)
    }

    /// Whether every token a name wants in capitals is written so (or is a capital initial).
    @inline(__always)
    private static func capitalsFit(_ mask: UInt64, _ tokens: [Token], from i: Int) -> Bool {
        var m = mask
        while m != 0 {
            let offset = m.trailingZeroBitCount
            let t = tokens[i + offset]
            if !t.allCaps && !(t.capitalized && t.foldedEnd - t.foldedStart == 1) { return false }
            m &= m - 1
        }
        return true
    }

    /// All longest, leftmost, non-overlapping matches in `text`, in order.
    /// - Complexity: O(*n* × *L*) for *n* tokens and the longest name's length *L*.
    public func allMatches(in text: TokenizedText, language: Language, kinds: Set<LexiconEntry.Kind>? = nil) -> [LexiconMatch] {
        allMatches(in: text, language: language, kinds: kinds) { _, _ in }
    }

    /// ``allMatches(in:language:kinds:)``, calling `each` with every token (and its index) in
    /// order as the walk passes it: a pass that reads every token rides on this walk rather
    /// than making its own.
    @inline(__always)
    func allMatches(in text: TokenizedText, language: Language, kinds: Set<LexiconEntry.Kind>? = nil,
                    each: (Int, Token) -> Void) -> [LexiconMatch] {
        var out: [LexiconMatch] = []
        var i = 0
        let tokens = text.tokens, tables = self.tables
        let count = tokens.count
        out.reserveCapacity(count / 16 + 4)
        while i < count {
            let token = tokens[i]
            each(i, token)
            // Most tokens start no name: one bit test each. Of those that may ("the", "la"
            // start a few names), most go on with a word no name goes on with: a second bit
            // test, on the pair, before any probe of the trie.
            let hash = token.hash
            guard tables.startFilter.mayContain(hash) else { i += 1; continue }
            let pairs = i + 1 < count && !tokens[i + 1].newlineBefore
                && tables.pairFilter.mayContain(Lexicon.roll(Lexicon.roll(0, hash), tokens[i + 1].hash))
            guard pairs || tables.wordFilter.mayContain(hash), tables.trie[Lexicon.roll(0, hash)] != nil else { i += 1; continue }
            let base = out.count
            collectMatches(in: text, at: i, language: language, into: &out, tokens: tokens, tables: tables)
            if let kinds, out.count > base {
                let kept = out[base...].filter { kinds.contains($0.entry.kind) }
                out.replaceSubrange(base..., with: kept)
            }
            // After a name, the walk goes on past its tokens.
            i += 1
            if out.count > base {
                while i < out[base].tokens.upperBound { each(i, tokens[i]); i += 1 }
            }
        }
        return out
    }

    public func entry(kind: LexiconEntry.Kind, id: String) -> LexiconEntry? {
        tables.spellings.byID[kind.number][id].map { entries[$0] }
    }

    /// For the tests: the id of the first of the longest names of `kind` at token `i`, as
    /// ``firstMatch(in:at:language:_:)`` finds it.
    package func firstID(in text: TokenizedText, at i: Int, language: Language, kind: LexiconEntry.Kind) -> String? {
        firstMatch(in: text, at: i, language: language) { entry, _ in entry.kind == kind ? entry.id : nil }
    }

    /// For the tests: the tokens the walk of ``allMatches(in:language:kinds:)`` passes on, in order.
    package func tokensWalked(in text: TokenizedText, language: Language) -> [Int] {
        var walked: [Int] = []
        _ = allMatches(in: text, language: language) { i, _ in walked.append(i) }
        return walked
    }
}

/// A read-only map from 64-bit hashes to small integers, by open addressing with linear
/// probing; the keys are hashes already, so their bits pick the slot (no second hashing).
struct HashIndex: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []     // -1: empty slot
    private var shift: UInt64 = 63
    private var zero: Int32?             // the value of key 0, kept aside

    init() {}

    init(_ pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (k, v) in pairs {
            if k == 0 { zero = v; continue }
            var slot = Int(truncatingIfNeeded: (k &* 0x9E3779B97F4A7C15) >> shift)
            while values[slot] >= 0 && keys[slot] != k { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = k; values[slot] = v
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        if key == 0 { return zero }
        guard !keys.isEmpty else { return nil }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> shift)
        while true {
            let v = values[slot]
            if v < 0 { return nil }
            if keys[slot] == key { return v }
            slot = (slot + 1) & mask
        }
    }
}
