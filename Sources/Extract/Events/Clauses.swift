/// Clauses inside a sentence, for modality: a relative clause ("…de l'OCDE qui se tiendra à
/// Paris…", "…which will meet in 2025") and the parts around ";" are read on their own.
///
/// A value whose questions are `mutating`: answers are kept as they are found (openers,
/// sentence summaries), and a class's lists would be checked for exclusive access at every use.
struct Clauses {
    let text: TokenizedText
    let g: EventGrammar
    /// Modalities already read, keyed by the starts of the event's and the value's clauses.
    private var results: [Int: Modality] = [:]
    /// Cues of tokens already read.
    private let cueCache: ModalityCueCache
    /// The tokens that open a clause, ascending within each sentence, sentence after sentence
    /// as they are asked for: one flat list rather than an array per sentence.
    private var openers: [Int32] = []
    /// Per sentence: where its openers sit in `openers`; `count` -1 until it was read.
    private var openersOf: [(start: Int32, count: Int32)]

    /// Per token: part of a date, a place or an event noun (a clause holding one is about it).
    private let busy: [Bool]

    /// A sentence of at most this many tokens is read whole, once: the 60-token limits around a
    /// token reach past both its ends, so every clause of it is whole and the modality of a
    /// statement depends on its two clauses only (see `summarize(_:)`).
    private static let shortSentence = 61
    /// Per sentence, once a short one was read: where its summary starts in `flags`; -1 before.
    private var summaryAt: [Int32]
    /// Sentence summaries back to back: first the sentence's bits (1: a clause about nothing
    /// else is planned, 2: it reports speech, 4: no clause is planned), then, unless bit 4 is
    /// set, per clause (in order, the one before the first opener first) 1 when it is planned.
    private var flags: [UInt8] = []

    init(text: TokenizedText, g: EventGrammar, busy: [Bool], cues: ModalityCueCache) {
        self.text = text; self.g = g; self.busy = busy
        cueCache = cues
        openersOf = Array(repeating: (0, -1), count: text.sentences.count)
        summaryAt = Array(repeating: -1, count: text.sentences.count)
    }

    /// The clause holding token `i`: from the last opener before it to the next one, within its
    /// sentence, and at most 60 tokens each way (a clause is read near its event, however long
    /// the sentence).
    mutating func clause(ofToken i: Int) -> Range<Int> {
        let s = text.sentenceIndex(ofToken: i)
        let sentence = text.sentences[s]
        let (first, last, lo) = openerSearch(i, sentence: s)
        let start = lo > first ? Int(openers[lo - 1]) : sentence.lowerBound
        let end = lo < last ? Int(openers[lo]) : sentence.upperBound
        return max(start, i - 60)..<min(end, i + 61)
    }

    /// The openers of sentence `s` (`first..<last` in `openers`) and the first after token `i`.
    private mutating func openerSearch(_ i: Int, sentence s: Int) -> (first: Int, last: Int, after: Int) {
        var range = openersOf[s]
        if range.count < 0 { range = readOpeners(s) }
        let first = Int(range.start), last = first + Int(range.count)
        var lo = first, hi = last
        while lo < hi { let mid = (lo + hi) / 2; if openers[mid] <= i { lo = mid + 1 } else { hi = mid } }
        return (first, last, lo)
    }

    private mutating func readOpeners(_ s: Int) -> (start: Int32, count: Int32) {
        let start = openers.count
        for i in text.sentences[s] where isOpener(text.tokens[i]) { openers.append(Int32(i)) }
        let range = (Int32(start), Int32(openers.count - start))
        openersOf[s] = range
        return range
    }

    /// A clause-opening word ("qui", "which"), ";" or ",".
    private func isOpener(_ t: Token) -> Bool {
        if g.clauseOpenerFilter.mayContain(t.hash), g.clauseOpeners.contains(t.hash) { return true }
        guard t.kind == .punctuation, t.foldedEnd - t.foldedStart == 1 else { return false }
        let mark = text.folded[Int(t.foldedStart)]
        return mark == UInt8(ascii: ";") || mark == UInt8(ascii: ",")
    }

    /// The modality of a statement about the event at token `event` whose value is at token `value`.
    mutating func modality(event: Int, value: Int) -> Modality {
        let s = text.sentenceIndex(ofToken: event)
        if text.sentences[s].count <= Clauses.shortSentence, text.sentenceIndex(ofToken: value) == s {
            // What `read` says, from the sentence's summary.
            let at = Int(summaryAt[s] >= 0 ? summaryAt[s] : summarize(s))
            if flags[at] & 4 != 0 { return flags[at] & 2 != 0 ? .reported : .asserted }
            let a = openerSearch(event, sentence: s), b = openerSearch(value, sentence: s)
            if flags[at] & 1 != 0 || flags[at + 1 + a.after - a.first] != 0 || flags[at + 1 + b.after - b.first] != 0 {
                return .planned
            }
            return flags[at] & 2 != 0 ? .reported : .asserted
        }
        let a = clause(ofToken: event), b = clause(ofToken: value)
        let key = a.lowerBound << 32 | b.lowerBound
        if let known = results[key] { return known }
        let m = read(a, b, event: event, value: value)
        results[key] = m
        return m
    }

    private mutating func read(_ a: Range<Int>, _ b: Range<Int>, event: Int, value: Int) -> Modality {
        if cues(a).planned || (b != a && cues(b).planned) { return .planned }
        let s = text.sentenceRange(ofToken: min(event, value))
        let wide = max(s.lowerBound, min(event, value) - 60)..<min(s.upperBound, max(event, value) + 61)
        // Clauses about nothing else: "…, sera l'occasion de…".
        var k = wide.lowerBound
        while k < wide.upperBound {
            let c = clause(ofToken: k)
            // A relative clause is about the noun before it ("un forum qui reliera…"), not the event.
            if c != a, c != b, !text.isWord(c.lowerBound, in: g.clauseOpeners), !c.contains(where: { busy[$0] }),
               cues(c).planned { return .planned }
            k = max(c.upperBound, k + 1)
        }
        return cues(wide).reported ? .reported : .asserted
    }

    /// `read` for a sentence of at most `shortSentence` tokens, for every pair of its clauses at
    /// once: a statement is planned when its event's or its value's clause is, or a clause about
    /// nothing else is (when that one is the event's or the value's, it is planned all the same);
    /// else reported when the sentence reports speech. Returns where the summary starts in `flags`.
    ///
    /// Most sentences plan nothing: a clause's cues are a part of its sentence's (a token's cue
    /// depends on itself and on the token after it being in the clause, which can only make a
    /// plan of it; see `ModalityCueCache`), so a sentence without a plan has no planned clause,
    /// and its clauses are not looked for.
    private mutating func summarize(_ s: Int) -> Int32 {
        let sentence = text.sentences[s]
        let whole = cues(sentence)
        if !whole.planned {
            let at = flags.count
            flags.append(whole.reported ? 6 : 4)
            summaryAt[s] = Int32(at)
            return Int32(at)
        }
        let (first, last, _) = openerSearch(sentence.lowerBound, sentence: s)
        let at = flags.count
        var bits: UInt8 = 0
        flags.append(0)
        for j in 0...(last - first) {
            let c = (j == 0 ? sentence.lowerBound : Int(openers[first + j - 1]))..<(first + j < last ? Int(openers[first + j]) : sentence.upperBound)
            let planned = cues(c).planned
            flags.append(planned ? 1 : 0)
            if planned, !text.isWord(c.lowerBound, in: g.clauseOpeners), !c.contains(where: { busy[$0] }) { bits |= 1 }
        }
        if whole.reported { bits |= 2 }
        flags[at] = bits
        summaryAt[s] = Int32(at)
        return Int32(at)
    }

    /// The modality of the clause of token `i` alone (plans), with reported speech read on its sentence.
    mutating func modality(at i: Int) -> Modality { modality(event: i, value: i) }

    /// Whether the modality of token `i` is read from its sentence's summary (a sentence of at
    /// most `shortSentence` tokens): asking then changes no later answer. A longer sentence's
    /// answers are kept per pair of clauses as first read, so there the order of questions counts.
    func isReadWhole(_ i: Int) -> Bool { text.sentenceRange(ofToken: i).count <= Clauses.shortSentence }

    private func cues(_ range: Range<Int>) -> (planned: Bool, reported: Bool) { cueCache.cues(range) }

}

extension Modality {
    /// The stronger of two modalities: planned, then reported, then asserted.
    func strongest(_ other: Modality) -> Modality {
        if self == .planned || other == .planned { return .planned }
        if self == .reported || other == .reported { return .reported }
        return .asserted
    }
}

/// What instances are matched on of a time: its start and, unresolved, how it is relative. A
/// plain value (no anchor string to retain), copied freely while instances are numbered.
struct TimeKey {
    let start: TimePoint
    let relative: RelativeTime?
    /// Told as a gathering's first or last day ("s'est ouvert mardi", "ended on Sunday").
    let isEdge: Bool

    init(_ time: TimeValue, isEdge: Bool = false) { start = time.start; relative = time.relative; self.isEdge = isEdge }

    /// The days a gathering may last: an edge day agrees with any other day this close to it
    /// (a summit opened on Tuesday and one that ended on Wednesday may be one; a COP lasts two
    /// weeks).
    static let gatheringDays = 14

    /// Whether two times can name the same event: every field both give agrees ("2022" and
    /// "2022-05", "XXXX-04-30" and "2024-04-30"), or one is an edge day near the other. An
    /// unresolved relative time ("aujourd'hui" without a publication date) agrees only with the
    /// same relative time.
    func mayBeSame(as other: TimeKey) -> Bool {
        if relative != nil || other.relative != nil { return relative == other.relative }
        let a = start, b = other.start
        if isEdge || other.isEdge, a.month != nil, a.day != nil, b.month != nil, b.day != nil, let x = a.firstDay, let y = b.firstDay {
            return abs(x.dayNumber - y.dayNumber) <= TimeKey.gatheringDays
        }
        if let x = a.year, let y = b.year, x != y { return false }
        if let x = a.month, let y = b.month, x != y { return false }
        if let x = a.day, let y = b.day, x != y { return false }
        return true
    }
}

extension TimeValue {
    /// How much a time says, to choose between "le mois dernier" and "(26 mars)" told together:
    /// resolved before unresolved, then by precision.
    var informativeness: Int { (relative == nil ? 10 : 0) + start.precision.rawValue + (start.year != nil ? 1 : 0) }
}

extension Events {
    /// Whether every clause of `input` that reads as planned lies in a sentence that reads as
    /// planned: what `Clauses` relies on to skip the clauses of a sentence without a plan. For
    /// the tests, on every corpus, should the modality cues change.
    package static func clausePlansShowInTheirSentence(_ input: String, language: Language) -> Bool {
        let text = TokenizedText(input)
        let cues = ModalityCueCache(text: text, language: language)
        var clauses = Clauses(text: text, g: grammar(for: language), busy: [Bool](repeating: false, count: text.tokens.count),
                              cues: cues)
        for sentence in text.sentences where !cues.cues(sentence).planned {
            for i in sentence where cues.cues(clauses.clause(ofToken: i)).planned { return false }
        }
        return true
    }
}
