/// The rule dimensions of one language — numbers, ordinals, dates — found in one pass over a
/// document's tokens.
///
/// The three dimensions' rules start at the same few kinds of tokens (numbers, number words,
/// some function words), so instead of three scans, each with its own trigger filter, one scan
/// probes every token once in a table of all their trigger words, which says which rules of
/// each dimension the word starts; a number token runs the rules of its shape in each. The
/// dimensions also share what their rules read at a token (``RuleScratch``): "vingt-sept" is
/// read once for the number, the ordinal and the date rules.
///
/// Each dimension keeps its own findings and resolves its overlaps sentence by sentence, exactly
/// as if it ran alone: which dimension wins an overlap is decided later, by ``Extractor``.
///
/// A class: one per language, built once and never changed; a document takes a reference,
/// not a copy of its tables (a retain each).
final class RuleDimensions: Sendable {
    /// Which dimensions a scan runs.
    struct Selection: OptionSet, Sendable {
        let rawValue: UInt8
        static let numbers = Selection(rawValue: 1), ordinals = Selection(rawValue: 2), dates = Selection(rawValue: 4)
        static let all: Selection = [.numbers, .ordinals, .dates]
    }

    /// What a scan found, per dimension, in text order; overlaps resolved within each.
    struct Findings {
        var numbers: [RuleFinding<Quantity>] = []
        var ordinals: [RuleFinding<Int>] = []
        var dates: [RuleFinding<DateReading>] = []
    }

    let numbers: RuleSet<Quantity>
    let ordinals: RuleSet<Int>
    let dates: RuleSet<DateReading>
    /// The trigger words of the three sets: most words start no rule, and a bit test rejects
    /// them before `byWord`.
    private let wordFilter: HashFilter
    /// Trigger word → the rules it starts in each set.
    private let byWord: KeywordTable<WordRules>

    /// A trigger word's rules in each set: ranges of that set's word rules (empty: none).
    private struct WordRules: Sendable {
        var numbers = 0..<0, ordinals = 0..<0, dates = 0..<0
    }

    init(numbers: RuleSet<Quantity>, ordinals: RuleSet<Int>, dates: RuleSet<DateReading>) {
        self.numbers = numbers; self.ordinals = ordinals; self.dates = dates
        var words: [UInt64: WordRules] = [:]
        for w in numbers.triggerWords { words[w.hash, default: WordRules()].numbers = w.rules }
        for w in ordinals.triggerWords { words[w.hash, default: WordRules()].ordinals = w.rules }
        for w in dates.triggerWords { words[w.hash, default: WordRules()].dates = w.rules }
        byWord = KeywordTable(words.map { ($0.key, $0.value) })
        wordFilter = HashFilter(words.keys)
    }

    static let fr = RuleDimensions(numbers: NumberRulesFR.rules, ordinals: OrdinalRulesFR.rules, dates: DateRulesFR.rules)
    static let en = RuleDimensions(numbers: NumberRulesEN.rules, ordinals: OrdinalRulesEN.rules, dates: DateRulesEN.rules)

    static func of(_ language: Language) -> RuleDimensions {
        switch language {
        case .fr: return fr
        case .en: return en
        }
    }

    /// Every match of the selected dimensions' rules, sentence by sentence.
    /// - Complexity: one bit test per token (and a table probe for likely trigger words), plus
    ///   the rules triggered there.
    func scan(_ text: TokenizedText, _ selection: Selection = .all) -> Findings {
        var out = Findings()
        var found = Findings()   // the sentence's, before overlaps; emptied, not freed, per sentence
        let runNumbers = selection.contains(.numbers), runOrdinals = selection.contains(.ordinals)
        let runDates = selection.contains(.dates)
        // Sized once for a usual article's density of numbers, dates and ordinals, rather than
        // grown (and moved) by doubling from one: a date finding is over a hundred bytes.
        let tokens = text.tokens.count
        if runNumbers { out.numbers.reserveCapacity(tokens / 16) }
        if runOrdinals { out.ordinals.reserveCapacity(tokens / 128) }
        if runDates { out.dates.reserveCapacity(tokens / 32) }
        let capitals = runOrdinals && ordinals.hasCapitalRules, capitalInitials = ordinals.anyCapitalInitial
        RuleInput.reading(text) { input in
            for sentence in text.sentences where !sentence.isEmpty {
                input.sentence = sentence
                // Most tokens trigger nothing: this loop reads a token's kind, capital and hash,
                // and what a trigger runs is out of line.
                for i in sentence {
                    let t = input.token(i)
                    if t.kind == .number {
                        let shape = RuleSet<Quantity>.shape(of: i, input)
                        if runNumbers { numbers.collectNumber(at: i, shape: shape, input, into: &found.numbers) }
                        if runOrdinals { ordinals.collectNumber(at: i, shape: shape, input, into: &found.ordinals) }
                        if runDates { dates.collectNumber(at: i, shape: shape, input, into: &found.dates) }
                    } else if capitals, t.capitalized, t.kind == .word, capitalInitials.contains(input.firstByte(i)) {
                        ordinals.collectCapitalized(at: i, initial: input.firstByte(i), input, into: &found.ordinals)
                    }
                    guard wordFilter.mayContain(t.hash), let w = byWord[t.hash] else { continue }
                    collectWord(at: i, w, runNumbers, runOrdinals, runDates, input, into: &found)
                }
                flush(&found, in: sentence, into: &out)
            }
        }
        return out
    }

    /// The rules trigger word `i` starts in each selected dimension.
    @inline(never)
    private func collectWord(at i: Int, _ w: WordRules, _ runNumbers: Bool, _ runOrdinals: Bool, _ runDates: Bool,
                             _ input: RuleInput, into found: inout Findings) {
        if runNumbers, !w.numbers.isEmpty { numbers.collectWord(at: i, rules: w.numbers, input, into: &found.numbers) }
        if runOrdinals, !w.ordinals.isEmpty { ordinals.collectWord(at: i, rules: w.ordinals, input, into: &found.ordinals) }
        if runDates, !w.dates.isEmpty { dates.collectWord(at: i, rules: w.dates, input, into: &found.dates) }
    }

    /// Resolves the overlaps of one sentence's findings, per dimension, into `out`.
    private func flush(_ found: inout Findings, in sentence: Range<Int>, into out: inout Findings) {
        if !found.numbers.isEmpty {
            resolveOverlaps(found.numbers, in: sentence, into: &out.numbers)
            found.numbers.removeAll(keepingCapacity: true)
        }
        if !found.ordinals.isEmpty {
            resolveOverlaps(found.ordinals, in: sentence, into: &out.ordinals)
            found.ordinals.removeAll(keepingCapacity: true)
        }
        if !found.dates.isEmpty {
            resolveOverlaps(found.dates, in: sentence, into: &out.dates)
            found.dates.removeAll(keepingCapacity: true)
        }
    }
}

extension RuleDimensions {
    /// A document's numbers, ordinals and dates, found in one scan; `cues`: the document's
    /// modality cues, shared with the event rules.
    static func extract(from text: TokenizedText, cues: ModalityCueCache, in context: ExtractionContext)
        -> (numbers: [Mention], ordinals: [Mention], dates: [Mention]) {
        let dimensions = of(context.language)
        let found = dimensions.scan(text)
        return (Numbers.mentions(found.numbers, dimensions.numbers),
                Ordinals.mentions(found.ordinals, dimensions.ordinals),
                Dates.mentions(found.dates, dimensions.dates, in: text, cues: cues, context))
    }
}
