/// What the event rules look up across a whole document, found in the one pass over its tokens
/// the lexicon makes (``DocumentScan``): a pass over every token costs about as much as the
/// look-ups it serves, so there is one.
///
/// - The sequel words and the act, meeting and happening verbs (`EventPhraseFinder`), one
///   probe per word (most words are none).
/// - Per 16 bytes of text, the first token starting there: a mention's tokens are then found
///   from its byte span by a walk of a token or two instead of a search over all tokens
///   (`MentionIndex`).
struct TokenScan {
    /// Sequel words ("prochain", "next"), ascending.
    let sequels: [Int]
    /// Act, meeting and happening verbs ("signé", "s'est réuni", "took place"), ascending.
    let verbs: [Int]
    /// Per block `b` of 16 bytes: the first token starting at or after byte `16 * b`.
    private let firstTokenOfBlock: [Int32]
    private static let blockShift = 4

    /// Builds the scan token by token, in order, as another walk over the tokens passes them
    /// (the lexicon's, see ``DocumentScan``).
    struct Builder {
        private let text: TokenizedText
        private let table: KeywordTable<UInt8>
        private let filter: HashFilter
        private var sequels: [Int] = [], verbs: [Int] = []

        init(_ text: TokenizedText, language: Language) {
            self.text = text
            (table, filter) = language == .fr ? TokenScan.candidatesFR : TokenScan.candidatesEN
        }

        /// Token `k`, the one after the token added last.
        @inline(__always) mutating func add(_ k: Int, _ token: Token) {
            guard token.kind == .word, filter.mayContain(token.hash), let c = table[token.hash] else { return }
            if c & 1 != 0 { sequels.append(k) }
            if c & 2 != 0 { verbs.append(k) }
        }

        /// The scan, with the blocks' first tokens (a loop of its own: it reads token starts only).
        func finish() -> TokenScan {
            var blocks = [Int32](repeating: Int32(text.tokens.count), count: (text.text.utf8.count >> TokenScan.blockShift) + 2)
            var nextBlock = 0
            text.tokens.withUnsafeBufferPointer { tokens in
                blocks.withUnsafeMutableBufferPointer { blocks in
                    for k in tokens.indices {
                        let start = Int(tokens[k].start)
                        while nextBlock < blocks.count, nextBlock << TokenScan.blockShift <= start {
                            blocks[nextBlock] = Int32(k); nextBlock += 1
                        }
                    }
                }
            }
            return TokenScan(sequels: sequels, verbs: verbs, firstTokenOfBlock: blocks)
        }
    }

    /// The tokens a byte span covers, half-open: what `TokenizedText.tokenRange(of:)` says.
    func tokens(of span: TextSpan, in text: TokenizedText) -> Range<Int> {
        let tokens = text.tokens
        let block = Swift.min(Swift.max(0, span.start >> TokenScan.blockShift), firstTokenOfBlock.count - 1)
        var a = Int(firstTokenOfBlock[block])
        while a < tokens.count, Int(tokens[a].start) < span.start { a += 1 }
        var b = a
        while b < tokens.count, Int(tokens[b].start) < span.end { b += 1 }
        return a..<b
    }

    private static let candidatesFR = candidateTable(EventRulesFR.grammar)
    private static let candidatesEN = candidateTable(EventRulesEN.grammar)
    /// Bit 1: a sequel word; bit 2: a verb. With a filter that rejects most other words
    /// with one well-predicted test, before the table is probed.
    private static func candidateTable(_ g: EventGrammar) -> (KeywordTable<UInt8>, HashFilter) {
        var bits: [UInt64: UInt8] = [:]
        for h in g.sequelWords.hashes { bits[h, default: 0] |= 1 }
        for h in g.actVerbs.hashes + g.meetVerbs.hashes + g.happenVerbs.hashes { bits[h, default: 0] |= 2 }
        return (KeywordTable(bits.map { ($0.key, $0.value) }), HashFilter(bits.keys))
    }
}
