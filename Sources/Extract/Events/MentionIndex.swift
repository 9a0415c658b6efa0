/// The mentions earlier dimensions found, indexed by token for the event rules.
///
/// A class, built once per document and never changed: every stage of the event rules holds
/// it, and a struct of a dozen lists would be copied (a dozen retains) into each.
final class MentionIndex {
    /// One mention, by position: its value is read from its dimension's list where it is
    /// needed. Items are copied into many lists (per phrase, per sentence); a whole `Mention`
    /// would retain its rule name and value each time, and release them again when the lists
    /// go. Plain numbers only, so lists of items are copied and freed without visiting each one.
    struct Item {
        /// Which list of `MentionIndex.runs` holds the mention, and where.
        let run: Int32
        let mention: Int32
        let tokens: Range<Int>
    }

    /// The mentions the index was made from, each dimension's list as it was given.
    let runs: [MentionRun]
    func value(_ item: Item) -> MentionValue { runs[Int(item.run)].mentions[Int(item.mention)].value }
    func span(_ item: Item) -> TextSpan { runs[Int(item.run)].mentions[Int(item.mention)].span }
    func rule(_ item: Item) -> String { runs[Int(item.run)].mentions[Int(item.mention)].rule }

    let dates: [Item]
    let ordinals: [Item]
    let parties: [Item]
    let places: [Item]
    let persons: [Item]
    let roles: [Item]
    /// Bare numbers followed by a word ("38 member countries"): what a count claim may count.
    let counts: [Item]
    /// Per party mention (as `parties`): the id it stands for in a series ("EC" → "EU").
    private let seriesParties: [String?]
    /// Per party mention: whether its series party is an organisation (`organisation` in the lexicon).
    private let organisations: [Bool]
    /// Per token: the index in `parties` of the party mention starting there, -1 if none.
    private let partyStartingAt: [Int32]
    /// Per token: the index in `parties` of the party mention ending there (inclusive), -1 if none.
    private let partyEndingAt: [Int32]
    /// Per token: the index in `ordinals` of the ordinal mention covering it, -1 if none.
    private let ordinalAt: [Int32]

    func partyStarting(at k: Int) -> Int? { k >= 0 && k < partyStartingAt.count && partyStartingAt[k] >= 0 ? Int(partyStartingAt[k]) : nil }
    func partyEnding(at k: Int) -> Int? { k >= 0 && k < partyEndingAt.count && partyEndingAt[k] >= 0 ? Int(partyEndingAt[k]) : nil }
    func ordinalCovering(_ k: Int) -> Int? { k >= 0 && k < ordinalAt.count && ordinalAt[k] >= 0 ? Int(ordinalAt[k]) : nil }
    /// Whether token `k` is in an ordinal "first" ("premier", "1st", "inaugural").
    func isFirst(at k: Int) -> Bool {
        guard let o = ordinalCovering(k), case .ordinal(1) = value(ordinals[o]) else { return false }
        return true
    }

    /// The mentions are read run after run, each in its order.
    init(_ runs: [MentionRun], in text: TokenizedText, lexicon: Lexicon) {
        self.runs = runs
        // Built in local lists, then stored: a class's properties are set once.
        var partyStartingAt = [Int32](repeating: -1, count: text.tokens.count)
        var partyEndingAt = partyStartingAt, ordinalAt = partyStartingAt
        var dates: [Item] = [], ordinals: [Item] = [], places: [Item] = [], persons: [Item] = [], roles: [Item] = []
        var countItems: [Item] = []
        var partyItems: [Item] = []
        // Each list made at its size once, not grown by doubling.
        var counts = [Int](repeating: 0, count: 8)
        for run in runs {
            for k in 0..<run.count {
                switch run.mentions[run.index(k)].type {
                case .date: counts[0] += 1
                case .ordinal: counts[1] += 1
                case .party: counts[2] += 1
                case .place: counts[3] += 1
                case .person: counts[4] += 1
                case .role: counts[5] += 1
                case .number, .event: break
                }
            }
        }
        dates.reserveCapacity(counts[0]); ordinals.reserveCapacity(counts[1]); partyItems.reserveCapacity(counts[2])
        places.reserveCapacity(counts[3]); persons.reserveCapacity(counts[4]); roles.reserveCapacity(counts[5])
        for r in runs.indices {
            let run = runs[r]
            var finder = TokenFinder(text.tokens)
            for k in 0..<run.count {
                let i = run.index(k)
                // Of the numbers (the most numerous), only bare counts are read by the event rules.
                let type = run.mentions[i].type
                if type == .event { continue }
                if type == .number {
                    guard case .number(let q) = run.mentions[i].value, q.unit == nil, q.value >= 2, q.value == q.value.rounded()
                    else { continue }
                }
                let tokens = finder.tokens(of: run.mentions[i].span)
                guard !tokens.isEmpty else { continue }
                let item = Item(run: Int32(r), mention: Int32(i), tokens: tokens)
                switch type {
                case .date: dates.append(item)
                case .ordinal:
                    for k in item.tokens { ordinalAt[k] = Int32(ordinals.count) }
                    ordinals.append(item)
                case .party: partyItems.append(item)
                case .place: places.append(item)
                case .person: persons.append(item)
                case .role: roles.append(item)
                case .number:
                    // A number before a word counts something; so does one joined to a word by a
                    // hyphen ("the 15-member bloc").
                    let u = tokens.upperBound
                    if text.tokens.indices.contains(u), text.tokens[u].kind == .word
                        || (text.isPunctuation(u, UInt8(ascii: "-")) && text.tokens.indices.contains(u + 1) && text.tokens[u + 1].kind == .word) {
                        countItems.append(item)
                    }
                case .event: break
                }
            }
        }
        // Each dimension gives its mentions in text order already; sorting is for other callers.
        MentionIndex.putInOrder(&dates); MentionIndex.putInOrder(&places)
        MentionIndex.putInOrder(&persons); MentionIndex.putInOrder(&roles)
        MentionIndex.putInOrder(&partyItems)
        var known: [(id: String, series: String, organisation: Bool)] = []   // one lexicon look-up per distinct party
        var seriesParties: [String?] = []
        var organisations = [Bool](repeating: false, count: partyItems.count)
        seriesParties.reserveCapacity(partyItems.count)
        for (i, item) in partyItems.enumerated() {
            partyStartingAt[item.tokens.lowerBound] = Int32(i)
            partyEndingAt[item.tokens.upperBound - 1] = Int32(i)
            guard case .id(let id) = runs[Int(item.run)].mentions[Int(item.mention)].value else { seriesParties.append(nil); continue }
            // A document names few parties: a short list beats hashing every id.
            if let k = known.firstIndex(where: { $0.id == id }) {
                seriesParties.append(known[k].series); organisations[i] = known[k].organisation
                continue
            }
            let series = lexicon.entry(kind: .party, id: id)?.traits.seriesParty ?? id
            let organisation = lexicon.entry(kind: .party, id: series)?.traits.isOrganisation ?? false
            known.append((id, series, organisation))
            seriesParties.append(series); organisations[i] = organisation
        }
        self.organisations = organisations
        self.dates = dates; self.ordinals = ordinals; self.parties = partyItems; self.places = places
        self.persons = persons; self.roles = roles; self.seriesParties = seriesParties
        MentionIndex.putInOrder(&countItems)
        self.counts = countItems
        self.partyStartingAt = partyStartingAt; self.partyEndingAt = partyEndingAt; self.ordinalAt = ordinalAt
    }

    private static func putInOrder(_ items: inout [Item]) {
        var ordered = true
        for k in items.indices.dropFirst() where items[k - 1].tokens.lowerBound > items[k].tokens.lowerBound { ordered = false; break }
        if !ordered { items.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
    }

    /// The party mentions starting inside `range` (binary search), as indices in `parties`.
    func parties(in range: Range<Int>) -> Range<Int> {
        var lo = 0, hi = parties.count
        while lo < hi { let mid = (lo + hi) / 2; if parties[mid].tokens.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < parties.count, parties[end].tokens.lowerBound < range.upperBound { end += 1 }
        return lo..<end
    }

    /// The canonical party id party mention `i` stands for in a series ("EC" → "EU").
    func seriesParty(ofParty i: Int) -> String? { seriesParties[i] }
    /// Whether party mention `i` names an organisation or grouping rather than a state.
    func isOrganisation(party i: Int) -> Bool { organisations[i] }
}

/// Finds the tokens of mentions' spans when the mentions come in text order (a dimension's do):
/// each search starts where the last one found its first token and gallops forward, a few
/// probes for the next mention instead of a search over the document. A mention out of order
/// is searched for from the first token.
private struct TokenFinder {
    private let tokens: [Token]
    /// Every token before it starts before the last span asked for.
    private var from = 0

    init(_ tokens: [Token]) { self.tokens = tokens }

    /// The tokens a byte span covers, half-open: what `TokenizedText.tokenRange(of:)` says.
    mutating func tokens(of span: TextSpan) -> Range<Int> {
        let count = tokens.count
        if from > 0, Int(tokens[from - 1].start) >= span.start { from = 0 }
        // Every token before `lo` starts before the span; `hi` is the first known not to (or the end).
        var lo = from, hi = from, step = 1
        while hi < count, Int(tokens[hi].start) < span.start {
            lo = hi + 1
            hi = Swift.min(count, lo + step)
            step <<= 1
        }
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < span.start { lo = mid + 1 } else { hi = mid }
        }
        from = lo
        var b = lo
        while b < count, Int(tokens[b].start) < span.end { b += 1 }
        return lo..<b
    }
}
