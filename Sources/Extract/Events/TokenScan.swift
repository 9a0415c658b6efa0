/// The words the event rules look for across a whole document, found in the one pass over its
/// tokens the lexicon makes (``DocumentScan``): a pass over every token costs about as much as
/// the look-ups it serves, so there is one. The sequel words, the act, meeting and happening
/// verbs and the nouns of named agreements (`EventPhraseFinder`), one probe per word (most
/// words are none).
struct TokenScan {
    /// Sequel words ("prochain", "next"), ascending.
    let sequels: [Int]
    /// Act, meeting and happening verbs ("signé", "s'est réuni", "took place"), ascending.
    let verbs: [Int]
    /// Nouns of agreements known by their name ("traité", "Treaty", "accords"), ascending.
    let agreementNouns: [Int]

    /// Builds the scan token by token, in order, as another walk over the tokens passes them
    /// (the lexicon's, see ``DocumentScan``).
    struct Builder {
        private let table: KeywordTable<UInt8>
        private let filter: HashFilter
        private var sequels: [Int] = [], verbs: [Int] = [], agreementNouns: [Int] = []

        init(language: Language) {
            (table, filter) = language == .fr ? TokenScan.candidatesFR : TokenScan.candidatesEN
            // Room for a typical article's (a dozen verbs or so), not grown from one by doubling.
            sequels.reserveCapacity(8); verbs.reserveCapacity(32)
        }

        /// Token `k`, the one after the token added last.
        @inline(__always) mutating func add(_ k: Int, _ token: Token) {
            guard token.kind == .word, filter.mayContain(token.hash), let c = table[token.hash] else { return }
            if c & 1 != 0 { sequels.append(k) }
            if c & 2 != 0 { verbs.append(k) }
            if c & 4 != 0 { agreementNouns.append(k) }
        }

        func finish() -> TokenScan { TokenScan(sequels: sequels, verbs: verbs, agreementNouns: agreementNouns) }
    }

    private static let candidatesFR = candidateTable(EventRulesFR.grammar)
    private static let candidatesEN = candidateTable(EventRulesEN.grammar)
    /// Bit 1: a sequel word; bit 2: a verb; bit 4: a noun of a named agreement. With a filter that rejects most other words
    /// with one well-predicted test, before the table is probed.
    private static func candidateTable(_ g: EventGrammar) -> (KeywordTable<UInt8>, HashFilter) {
        var bits: [UInt64: UInt8] = [:]
        for h in g.sequelWords.hashes { bits[h, default: 0] |= 1 }
        for h in g.actVerbs.hashes + g.meetVerbs.hashes + g.happenVerbs.hashes { bits[h, default: 0] |= 2 }
        for h in g.namedAgreementNouns.hashes { bits[h, default: 0] |= 4 }
        return (KeywordTable(bits.map { ($0.key, $0.value) }), HashFilter(bits.keys))
    }
}
