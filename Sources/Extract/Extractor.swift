/// Everything extraction found in one document.
public struct Extraction: Sendable {
    public let mentions: [Mention]
    public let claims: [Claim]

    public init(mentions: [Mention], claims: [Claim]) {
        self.mentions = mentions; self.claims = claims
    }
}

/// The façade of the Extract module: text in, mentions and claims out. Pure and `Sendable`,
/// so Pipeline runs one per document concurrently.
///
/// Dimensions run in a fixed order, each seeing what the earlier ones found:
/// numbers → ordinals → dates → entities (parties, places, people, roles) → events and claims.
public struct Extractor: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
    }

    /// Extracts from a document; `referenceDate` overrides its publication date.
    public func extract(from document: Document, referenceDate: CalendarDate? = nil) -> Extraction {
        guard let language = document.language else { return Extraction(mentions: [], claims: []) }
        let context = ExtractionContext(language: language, referenceDate: referenceDate ?? document.published,
                                        lexicon: lexicon, documentID: document.id)
        return extract(from: document.text, in: context)
    }

    public func extract(from text: String, in context: ExtractionContext) -> Extraction {
        let tokens = TokenizedText(text)
        let (mentions, scan) = Extractor.mentionsBeforeEvents(in: tokens, context)
        let (eventMentions, claims) = Events.extract(from: tokens, found: mentions, scan: scan, in: context)
        var found = consume mentions
        // Each mention is moved once, from its dimension's list into the document's: the lists
        // are held here alone by now (the event rules' index is gone), so none is copied.
        found.append(MentionRun(consume eventMentions))
        return Extraction(mentions: MentionRun.inTextOrder(consume found), claims: claims)
    }
}

extension Extractor {
    /// For the tests: lists of mentions merged as a document's are (``MentionRun/inTextOrder(_:)``).
    package static func mergedInTextOrder(_ lists: [[Mention]]) -> [Mention] {
        MentionRun.inTextOrder(lists.map { MentionRun($0) })
    }

    /// For the tests: per list of `ranked`, the indices of the mentions the overlap step keeps
    /// (nil: all of them).
    package static func keptAcrossDimensions(_ ranked: [[Mention]]) -> [[Int]?] {
        resolveOverlaps(across: ranked).map { $0?.map(Int.init) }
    }

    /// Every dimension but events, in order (dates, ordinals, numbers, entities), with overlaps
    /// across dimensions resolved: what the event rules read, each dimension's list as it made
    /// it (no mention copied). With them, what several dimensions read of the document
    /// (``DocumentScan``).
    static func mentionsBeforeEvents(in tokens: TokenizedText, _ context: ExtractionContext)
        -> (mentions: [MentionRun], scan: DocumentScan) {
        let scan = DocumentScan(tokens, context)
        let found = RuleDimensions.extract(from: tokens, cues: scan.cues, in: context)
        let entities = Entities.extract(from: tokens, names: scan.names, in: context)
        let kept = resolveOverlaps(across: [found.dates, found.ordinals, found.numbers])
        return ([MentionRun(found.dates, taking: kept[0]), MentionRun(found.ordinals, taking: kept[1]),
                 MentionRun(found.numbers, taking: kept[2]), entities], scan)
    }
}

/// What several dimensions read of one document, read once: the lexicon's names (entities and
/// events), the words the event rules look for (``TokenScan``), found in the same walk over the
/// tokens, and the modality cues of its tokens (dates and events).
struct DocumentScan {
    let names: [LexiconMatch]
    let words: TokenScan
    let cues: ModalityCueCache

    init(_ text: TokenizedText, _ context: ExtractionContext) {
        var words = TokenScan.Builder(language: context.language)
        names = context.lexicon.allMatches(in: text, language: context.language) { words.add($0, $1) }
        self.words = words.finish()
        cues = ModalityCueCache(text: text, language: context.language)
    }
}

/// One dimension's mentions as it made them, and which of them count, in which order: the
/// overlap step drops some, and a dimension whose rules find mentions out of text order
/// sorts indices rather than mentions. A mention is large (a value, a rule name), so lists
/// of them are read in place until the document's list is made, once.
struct MentionRun {
    /// Emptied of its mentions by ``inTextOrder(_:)``, which moves them out.
    private(set) var mentions: [Mention]
    /// Indices in `mentions` of the mentions that count, in order; nil: all, in their order.
    private(set) var order: [Int32]?

    init(_ mentions: [Mention], taking order: [Int32]? = nil) {
        self.mentions = mentions; self.order = order
    }

    var count: Int { order?.count ?? mentions.count }

    /// The index in `mentions` of the `k`th mention that counts.
    @inline(__always) func index(_ k: Int) -> Int {
        if let order { return Int(order[k]) }
        return k
    }

    /// The same mentions in text order (by start, then end, ties in their order here).
    func sorted() -> MentionRun {
        guard let order = textOrder() else { return self }
        return MentionRun(mentions, taking: order)
    }

    /// The indices in `mentions` of the mentions that count, in text order; nil when
    /// ``index(_:)`` gives them in text order already.
    private func textOrder() -> [Int32]? {
        var previous = (start: Int.min, end: Int.min), inOrder = true
        for k in 0..<count {
            let span = mentions[index(k)].span
            if (span.start, span.end) < previous { inOrder = false; break }
            previous = (span.start, span.end)
        }
        if inOrder { return nil }
        var keys = (0..<count).map { k in (span: mentions[index(k)].span, k: k) }
        keys.sort { ($0.span.start, $0.span.end, $0.k) < ($1.span.start, $1.span.end, $1.k) }
        return keys.map { Int32(index($0.k)) }
    }

    /// The mentions of all `runs` in one list in text order (by start, then end), ties in the
    /// order of the runs, then of each run: what sorting the runs' lists joined end to end
    /// would give. Runs in text order are merged as they are. Each mention is moved, not
    /// copied (a copy retains its rule name and value, and freeing the runs releases them
    /// again): the runs are consumed.
    static func inTextOrder(_ runs: consuming [MentionRun]) -> [Mention] {
        for r in runs.indices {
            if let order = runs[r].textOrder() { runs[r].order = order }
        }
        // The merge reads spans only: every run's, in one list, run after run, each in text
        // order. It says where each mention goes.
        var spans: [TextSpan] = []
        spans.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        var ends: [Int] = []                    // where each run's spans end in `spans`
        for r in runs.indices {
            for k in 0..<runs[r].count { spans.append(runs[r].mentions[runs[r].index(k)].span) }
            ends.append(spans.count)
        }
        let total = spans.count
        var next = [0] + ends.dropLast()        // each run's next span
        var destination = [Int](repeating: 0, count: total)
        for position in 0..<total {
            var best = -1, first = (start: Int.max, end: Int.max)
            for r in next.indices where next[r] < ends[r] {
                let span = spans[next[r]]
                if best < 0 || (span.start, span.end) < first { best = r; first = (span.start, span.end) }
            }
            destination[next[best]] = position
            next[best] += 1
        }
        // Each mention is moved straight to its place, a run at a time through the run's own
        // buffer, and a placeholder that holds nothing to release takes its place there. Every
        // position of `0..<total` is some mention's destination exactly once, so all are
        // initialised; a run's order names a mention at most once, so none is moved twice.
        let placeholder = Mention(type: .number, span: TextSpan(start: 0, end: 0), value: .ordinal(0), rule: "")
        return [Mention](unsafeUninitializedCapacity: total) { buffer, count in
            var flat = 0
            for r in runs.indices {
                let order = runs[r].order, taken = runs[r].count
                runs[r].mentions.withUnsafeMutableBufferPointer { mentions in
                    for k in 0..<taken {
                        let from = mentions.baseAddress! + (order.map { Int($0[k]) } ?? k)
                        (buffer.baseAddress! + destination[flat]).moveInitialize(from: from, count: 1)
                        from.initialize(to: placeholder)
                        flat += 1
                    }
                }
            }
            count = total
        }
    }
}

/// Across dimensions, a mention overlapping one of an earlier dimension in `ranked` is
/// dropped: "2 et 3 mai" is a date, not two numbers; "1 000" is a number, not a year.
/// Entities never collide with numbers and dates, and are kept as they are. Returns, per
/// dimension, the indices of the mentions kept (nil: all of them).
/// - Complexity: O(*n* log *n*) in the mentions: each dimension is checked against the
///   sorted spans kept so far (sorted by start, pairwise disjoint, so their ends are sorted too)
///   in one walk.
func resolveOverlaps(across ranked: [[Mention]]) -> [[Int32]?] {
    var kept: [[Int32]?] = []
    var taken: [TextSpan] = []          // spans of earlier dimensions, sorted by start, disjoint
    taken.reserveCapacity(ranked.reduce(0) { $0 + $1.count })
    for group in ranked {
        let before = taken.count
        var indices: [Int32] = []       // the mentions kept, once one was dropped
        var dropped = false
        // The first span of `taken` ending after the mention's start: it only moves on while the
        // dimension's mentions come by start (they do), so the spans are walked once.
        var first = 0, previousStart = Int.min
        for k in group.indices {
            let span = group[k].span
            if span.start < previousStart { first = 0 }   // out of order: from the first again
            previousStart = span.start
            while first < before, taken[first].end <= span.start { first += 1 }
            if first < before, taken[first].start < span.end {
                if !dropped {
                    // The first one dropped: every one before it was kept.
                    dropped = true
                    indices.reserveCapacity(group.count)
                    indices.append(contentsOf: 0..<Int32(k))
                }
                continue
            }
            if dropped { indices.append(Int32(k)) }
            taken.append(span)
        }
        kept.append(dropped ? indices : nil)
        // Spans within one dimension were already made disjoint by its own overlap policy.
        if before > 0, taken.count > before { taken.sort { $0.start < $1.start } }
    }
    return kept
}

