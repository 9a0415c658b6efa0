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
    struct Traits: Sendable {
        /// `capitalized: "true"`: only a capitalised spelling names it ("Conseil", not "conseil").
        let capitalizedOnly: Bool
        /// `class`: what kind of event an event type names ("meeting" when absent).
        let eventClass: String
        /// `refers-to`: the classes a generic noun may refer to.
        let refersTo: [String]?
        /// `act`: a noun naming an act on an agreement ("signature", "launch").
        let isAct: Bool
        /// `adjective-of`: the party an adjective or prefix names ("japonais" → JP).
        let adjectiveOf: String?
        /// `series-party`: the party a series is named by ("EU" for the Commission).
        let seriesParty: String?

        init(_ p: [String: String]) {
            capitalizedOnly = p["capitalized"] == "true"
            eventClass = p["class"] ?? "meeting"
            refersTo = p["refers-to"].map { $0.split(separator: " ").map(String.init) }
            isAct = p["act"] != nil
            adjectiveOf = p["adjective-of"]
            seriesParty = p["series-party"]
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

    private struct Name: Sendable {
        let entry: Int
        let length: Int           // tokens
        /// Bit `k` set: token `k` must be written in capitals.
        let capitalsOnly: UInt64
        let language: Language?   // nil: any language
    }
    /// Rolling hash of a token-hash sequence → names with that spelling.
    private var names: [UInt64: [Name]] = [:]
    /// Rolling hashes of the proper prefixes of every name ("Union" of "Union européenne").
    private var prefixes: Set<UInt64> = []
    /// The look-up every token makes: rolling hash → `(list + 1) << 1 | continues`, where
    /// `list` indexes `nameLists` (0: no name has exactly this spelling) and `continues` says a
    /// longer name starts with it. A token-hash trie flattened into one open-addressing table
    /// on the hashes themselves, so a probe stops as soon as no name can go on.
    private var trie = HashIndex()
    /// The first tokens of all names: most tokens start none, and one bit test (a table that
    /// stays in the first-level cache) rejects them before the probe of `trie`.
    private var firstTokens: Set<UInt64> = []
    private var startFilter = HashFilter([])
    private var nameLists: [[Name]] = []
    /// (kind, id) → index in `entries`.
    private var byID: [Kind: [String: Int]] = [:]
    private typealias Kind = LexiconEntry.Kind

    public init(_ entries: [LexiconEntry] = []) {
        self.entries = []
        add(entries)
    }

    /// Adds entries; an entry whose kind and id already exist gets the new names added to it.
    public mutating func add(_ newEntries: [LexiconEntry]) {
        defer { rebuildIndexes() }
        for e in newEntries {
            let names = e.fr.map { ($0, Language.fr) } + e.en.map { ($0, Language.en) }
            let all: [(String, Language?)] = names.map { ($0.0, $0.1) } + e.any.map { ($0, nil) }
            if let k = byID[e.kind]?[e.id] {
                let old = entries[k]
                var props = old.properties
                props.merge(e.properties) { _, new in new }
                entries[k] = LexiconEntry(kind: e.kind, id: e.id, fr: old.fr + e.fr, en: old.en + e.en,
                                          any: old.any + e.any, properties: props)
                index(entryAt: k, names: all)
            } else {
                entries.append(e)
                byID[e.kind, default: [:]][e.id] = entries.count - 1
                index(entryAt: entries.count - 1, names: all)
            }
        }
    }

    public func merged(with other: [LexiconEntry]) -> Lexicon {
        var copy = self
        copy.add(other)
        return copy
    }

    private mutating func index(entryAt k: Int, names list: [(String, Language?)]) {
        for (name, language) in list {
            let t = TokenizedText(name)
            guard !t.tokens.isEmpty, t.tokens.count <= 64 else { continue }
            var key: UInt64 = 0
            var caps: UInt64 = 0
            for (n, tok) in t.tokens.enumerated() {
                if n > 0 { prefixes.insert(key) } else { firstTokens.insert(tok.hash) }
                key = Lexicon.roll(key, tok.hash)
                if tok.allCaps || (tok.kind == .word && tok.capitalized && tok.foldedEnd - tok.foldedStart == 1 && t.tokens.count == 1) {
                    caps |= 1 << UInt64(n)
                }
            }
            names[key, default: []].append(Name(entry: k, length: t.tokens.count, capitalsOnly: caps, language: language))
        }
    }

    private mutating func rebuildIndexes() {
        nameLists = []
        var pairs: [(UInt64, Int32)] = []
        for (key, list) in names {
            pairs.append((key, Int32(nameLists.count + 1) << 1 | (prefixes.contains(key) ? 1 : 0)))
            nameLists.append(list)
        }
        for key in prefixes where names[key] == nil { pairs.append((key, 1)) }
        trie = HashIndex(pairs)
        startFilter = HashFilter(firstTokens)
    }

    @inline(__always)
    static func roll(_ key: UInt64, _ h: UInt64) -> UInt64 { (key &* 0x9E3779B97F4A7C15) ^ h }

    /// Whether a name may start at token `i`: the one probe most tokens stop at.
    @inline(__always)
    func mayStart(_ text: TokenizedText, at i: Int) -> Bool {
        let hash = text.tokens[i].hash
        return startFilter.mayContain(hash) && trie[Lexicon.roll(0, hash)] != nil
    }

    /// The longest names starting at token `i`, for `language`; several when entries share a
    /// spelling (a place and a party, "Japon"). Empty when none starts there.
    public func matches(in text: TokenizedText, at i: Int, language: Language) -> [LexiconMatch] {
        var found: [LexiconMatch] = []
        collectMatches(in: text, at: i, language: language, into: &found)
        return found
    }

    /// ``matches(in:at:language:)`` appended to `out` (no array made per token that starts a name).
    private func collectMatches(in text: TokenizedText, at i: Int, language: Language, into out: inout [LexiconMatch]) {
        let tokens = text.tokens
        let base = out.count            // the best matches so far are out[base...]
        var key: UInt64 = 0
        var bestLen = 0
        var k = i
        while k < tokens.count {
            // A name never runs across a line break.
            if k > i, tokens[k].newlineBefore { break }
            key = Lexicon.roll(key, tokens[k].hash)
            guard let node = trie[key] else { break }
            let len = k - i + 1
            if node >> 1 > 0 {
                for name in nameLists[Int(node >> 1) - 1]
                where name.length == len && (name.language == nil || name.language == language) {
                    guard Lexicon.capitalsFit(name.capitalsOnly, tokens, from: i) else { continue }
                    if len > bestLen { out.removeSubrange(base...); bestLen = len }
                    let entry = entries[name.entry]
                    if !out[base...].contains(where: { $0.entry == entry }) {
                        out.append(LexiconMatch(entry: entry, tokens: i..<(k + 1), span: text.span(from: i, through: k)))
                    }
                }
            }
            guard node & 1 == 1 else { break }
            k += 1
        }
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
        var out: [LexiconMatch] = []
        var i = 0
        let count = text.tokens.count
        while i < count {
            guard mayStart(text, at: i) else { i += 1; continue }
            let base = out.count
            collectMatches(in: text, at: i, language: language, into: &out)
            if let kinds, out.count > base {
                let kept = out[base...].filter { kinds.contains($0.entry.kind) }
                out.replaceSubrange(base..., with: kept)
            }
            i = out.count > base ? out[base].tokens.upperBound : i + 1
        }
        return out
    }

    public func entry(kind: LexiconEntry.Kind, id: String) -> LexiconEntry? {
        byID[kind]?[id].map { entries[$0] }
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
