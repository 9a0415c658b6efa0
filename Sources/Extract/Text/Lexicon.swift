/// One named thing crosscheck knows: a party, a place, an event type, an agreement, a role.
///
/// Names are given per language; `any` names (acronyms like "G7", proper names like "Tokyo")
/// match in every language. Data, not code: the bundled lexicon is a Swift table in
/// `Lexicons/`, and users add their own beat's entries with `--lexicon FILE`.
public struct LexiconEntry: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case party, place, event, agreement, role, person
    }

    public let kind: Kind
    /// Canonical id: "EU", "JP", "JP-TYO", "digital-partnership-council".
    public let id: String
    /// Names in French, in English, and in any language.
    public let fr: [String]
    public let en: [String]
    public let any: [String]
    /// Free-form properties the rules read, e.g. `["class": "meeting"]` for event types,
    /// `["country": "JP"]` for places, `["party": "JP"]` for a place that also names a party.
    public let properties: [String: String]

    public init(kind: Kind, id: String, fr: [String] = [], en: [String] = [], any: [String] = [],
                properties: [String: String] = [:]) {
        self.kind = kind; self.id = id; self.fr = fr; self.en = en; self.any = any; self.properties = properties
    }

    public func names(for language: Language) -> [String] {
        switch language {
        case .fr: return fr + any
        case .en: return en + any
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

    private struct Name: Sendable {
        let entry: Int
        let length: Int           // tokens
        let capitalsOnly: [Bool]  // per token: must be written in capitals
        let language: Language?   // nil: any language
    }
    /// Rolling hash of a token-hash sequence → names with that spelling.
    private var names: [UInt64: [Name]] = [:]
    /// First token hash → longest name starting with it.
    private var longest: [UInt64: Int] = [:]
    /// The same two maps for look-ups (every token asks): open addressing on the hashes
    /// themselves, which are already well mixed, instead of hashing them again.
    private var longestIndex = HashIndex()
    private var namesIndex = HashIndex()
    private var nameLists: [[Name]] = []

    public init(_ entries: [LexiconEntry] = []) {
        self.entries = []
        add(entries)
    }

    /// Adds entries; an entry whose kind and id already exist gets the new names added to it.
    public mutating func add(_ newEntries: [LexiconEntry]) {
        defer { rebuildIndexes() }
        for e in newEntries {
            if let k = entries.firstIndex(where: { $0.kind == e.kind && $0.id == e.id }) {
                let old = entries[k]
                var props = old.properties
                props.merge(e.properties) { _, new in new }
                entries[k] = LexiconEntry(kind: e.kind, id: e.id, fr: old.fr + e.fr, en: old.en + e.en,
                                          any: old.any + e.any, properties: props)
                index(entryAt: k, names: e.fr.map { ($0, .fr) } + e.en.map { ($0, .en) } + e.any.map { ($0, nil) })
            } else {
                entries.append(e)
                index(entryAt: entries.count - 1,
                      names: e.fr.map { ($0, .fr) } + e.en.map { ($0, .en) } + e.any.map { ($0, nil) })
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
            guard !t.tokens.isEmpty else { continue }
            var key: UInt64 = 0
            for tok in t.tokens { key = Lexicon.roll(key, tok.hash) }
            let caps = t.tokens.map { $0.allCaps || ($0.kind == .word && $0.capitalized && $0.foldedEnd - $0.foldedStart == 1 && t.tokens.count == 1) }
            names[key, default: []].append(Name(entry: k, length: t.tokens.count, capitalsOnly: caps, language: language))
            longest[t.tokens[0].hash] = Swift.max(longest[t.tokens[0].hash] ?? 0, t.tokens.count)
        }
    }

    private mutating func rebuildIndexes() {
        longestIndex = HashIndex(longest.map { ($0.key, Int32($0.value)) })
        nameLists = []
        var pairs: [(UInt64, Int32)] = []
        for (key, list) in names { pairs.append((key, Int32(nameLists.count))); nameLists.append(list) }
        namesIndex = HashIndex(pairs)
    }

    @inline(__always)
    static func roll(_ key: UInt64, _ h: UInt64) -> UInt64 { (key &* 0x9E3779B97F4A7C15) ^ h }

    /// The longest names starting at token `i`, for `language`; several when entries share a
    /// spelling (a place and a party, "Japon"). Empty when none starts there.
    public func matches(in text: TokenizedText, at i: Int, language: Language) -> [LexiconMatch] {
        let tokens = text.tokens
        guard let maxLen = longestIndex[tokens[i].hash].map(Int.init) else { return [] }
        var key: UInt64 = 0
        var best: [LexiconMatch] = []
        var bestEntries: [Int] = []     // entry indices of `best` (entries are distinct by index)
        var bestLen = 0
        var k = i
        while k < tokens.count, k - i < maxLen {
            // A name never runs across a line break.
            if k > i, tokens[k].newlineBefore { break }
            key = Lexicon.roll(key, tokens[k].hash)
            let len = k - i + 1
            if let list = namesIndex[key] {
                for name in nameLists[Int(list)] where name.length == len && (name.language == nil || name.language == language) {
                    var ok = true
                    for (offset, caps) in name.capitalsOnly.enumerated() where caps && !tokens[i + offset].allCaps
                        && !(tokens[i + offset].capitalized && tokens[i + offset].foldedEnd - tokens[i + offset].foldedStart == 1) {
                        ok = false; break
                    }
                    guard ok else { continue }
                    if len > bestLen { best = []; bestEntries = []; bestLen = len }
                    if len == bestLen, !bestEntries.contains(name.entry) {
                        bestEntries.append(name.entry)
                        best.append(LexiconMatch(entry: entries[name.entry], tokens: i..<(k + 1),
                                                 span: text.span(from: i, through: k)))
                    }
                }
            }
            k += 1
        }
        return best
    }

    /// All longest, leftmost, non-overlapping matches in `text`, in order.
    /// - Complexity: O(*n* × *L*) for *n* tokens and the longest name's length *L*.
    public func allMatches(in text: TokenizedText, language: Language, kinds: Set<LexiconEntry.Kind>? = nil) -> [LexiconMatch] {
        var out: [LexiconMatch] = []
        var i = 0
        while i < text.tokens.count {
            var found = matches(in: text, at: i, language: language)
            if let kinds { found = found.filter { kinds.contains($0.entry.kind) } }
            if let first = found.first {
                out.append(contentsOf: found)
                i = first.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    public func entry(kind: LexiconEntry.Kind, id: String) -> LexiconEntry? {
        entries.first { $0.kind == kind && $0.id == id }
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
