/// What the event rules look up across a whole document, found in one pass over its tokens:
/// a pass over every token costs about as much as the look-ups it serves, so there is one.
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

    init(_ text: TokenizedText, _ g: EventGrammar) {
        let (table, filter) = g.language == .fr ? TokenScan.candidatesFR : TokenScan.candidatesEN
        var sequels: [Int] = [], verbs: [Int] = []
        let blockCount = (text.text.utf8.count >> TokenScan.blockShift) + 2
        var blocks = [Int32](repeating: Int32(text.tokens.count), count: blockCount)
        var nextBlock = 0
        // Every token of the document: through its buffer, with no check per access.
        text.tokens.withUnsafeBufferPointer { tokens in
            blocks.withUnsafeMutableBufferPointer { blocks in
                for k in tokens.indices {
                    let start = Int(tokens[k].start)
                    while nextBlock < blocks.count, nextBlock << TokenScan.blockShift <= start {
                        blocks[nextBlock] = Int32(k); nextBlock += 1
                    }
                    let hash = tokens[k].hash
                    guard tokens[k].kind == .word, filter.mayContain(hash), let c = table[hash] else { continue }
                    if c & 1 != 0 { sequels.append(k) }
                    if c & 2 != 0 { verbs.append(k) }
                }
            }
        }
        self.sequels = sequels; self.verbs = verbs; firstTokenOfBlock = blocks
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
