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
        let (found, scan) = Extractor.mentionsBeforeEvents(in: tokens, context)
        let events = Events.extract(from: tokens, mentions: found, scan: scan, in: context)
        return Extraction(mentions: Extractor.inTextOrder(found + events.mentions), claims: events.claims)
    }
}

extension Extractor {
    /// Mentions by start, then end, ties in their given order. Sorts small keys and moves each
    /// mention once: a mention is large, and a sort moves its elements many times.
    static func inTextOrder(_ mentions: [Mention]) -> [Mention] {
        var keys = mentions.indices.map { (start: mentions[$0].span.start, end: mentions[$0].span.end, index: $0) }
        keys.sort { ($0.start, $0.end, $0.index) < ($1.start, $1.end, $1.index) }
        return keys.map { mentions[$0.index] }
    }

    /// Every dimension but events, in order, with overlaps across dimensions resolved: what the
    /// event rules read. With them, what several dimensions read of the document (``DocumentScan``).
    static func mentionsBeforeEvents(in tokens: TokenizedText, _ context: ExtractionContext)
        -> (mentions: [Mention], scan: DocumentScan) {
        let scan = DocumentScan(tokens, context)
        let found = RuleDimensions.extract(from: tokens, cues: scan.cues, in: context)
        let entities = Entities.extract(from: tokens, names: scan.names, in: context)
        return (resolveOverlaps(across: [found.dates, found.ordinals, found.numbers], keeping: entities), scan)
    }
}

/// What several dimensions read of one document, read once: the lexicon's names (entities and
/// events) and the modality cues of its tokens (dates and events).
struct DocumentScan {
    let names: [LexiconMatch]
    let cues: ModalityCueCache

    init(_ text: TokenizedText, _ context: ExtractionContext) {
        names = context.lexicon.allMatches(in: text, language: context.language)
        cues = ModalityCueCache(text: text, language: context.language)
    }
}

/// Across dimensions, a mention overlapping one of an earlier dimension in `ranked` is
/// dropped: "2 et 3 mai" is a date, not two numbers; "1 000" is a number, not a year.
/// Entities never collide with numbers and dates, and are kept as they are.
/// - Complexity: O(*n* log *n*) in the mentions: each dimension is checked against the
///   sorted spans kept so far by binary search.
func resolveOverlaps(across ranked: [[Mention]], keeping other: [Mention]) -> [Mention] {
    var kept: [Mention] = []
    kept.reserveCapacity(ranked.reduce(other.count) { $0 + $1.count })
    var taken: [TextSpan] = []          // spans of earlier dimensions, sorted by start, disjoint
    for group in ranked {
        let before = taken.count
        for m in group where !overlapsAny(m.span, taken, upTo: before) {
            kept.append(m)
            taken.append(m.span)
        }
        // Spans within one dimension were already made disjoint by its own overlap policy.
        if before > 0, taken.count > before { taken.sort { $0.start < $1.start } }
    }
    kept.append(contentsOf: other)
    return kept
}

/// Whether `span` overlaps one of `sorted[..<count]` (sorted by start, pairwise disjoint).
private func overlapsAny(_ span: TextSpan, _ sorted: [TextSpan], upTo count: Int) -> Bool {
    // First span ending after span.start: with disjoint sorted spans, ends are sorted too.
    var lo = 0, hi = count
    while lo < hi {
        let mid = (lo + hi) / 2
        if sorted[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
    }
    return lo < count && sorted[lo].start < span.end
}
