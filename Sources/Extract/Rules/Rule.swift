/// A recogniser with a readable name: where it may start, and a matcher that reads tokens
/// from there or declines by returning nil (Duckling's `Rule {name, pattern, prod}`).
///
/// Every mention keeps the name of the rule that produced it ("<day> <month-name> [<year>] (fr)"),
/// so a wrong flag in a report can be traced back to the rule responsible.
struct Rule<Value: Sendable>: Sendable {
    let name: String
    /// The tokens a match may start at. Rules are only tried there, so a document costs one
    /// table probe per token and dimension, not one call per rule and token.
    let trigger: RuleTrigger
    /// Reads from the trigger token into its last argument (nil: declined). A match may begin
    /// before it (a month name takes in the "en" in front of it) but never leaves the sentence.
    ///
    /// Stored writing through `inout` rather than returning: a closure returning a
    /// `RuleMatch<DateReading>` is called from the generic ``RuleSet`` through a reabstraction
    /// thunk that copies the (large) result once more, while an `inout` argument is passed by
    /// address either way. The closure `init` wraps is specialised into this one, so a match is
    /// one call writing straight into the caller's result.
    let read: @Sendable (RuleInput, Int, inout RuleMatch<Value>?) -> Void
    /// Words a match takes in when one sits right before it (see `absorbing(_:)` in
    /// `DateHelpers.swift`). A property applied by ``RuleSet`` rather than a wrapping closure,
    /// so a match costs one closure call, not two plus a reabstraction thunk.
    var absorbed: KeywordSet? = nil

    /// Inlined where a rule is written, so the wrapper closure is specialised with the rule's
    /// closure inside it rather than calling it through a thunk.
    @inline(__always)
    init(_ name: String, _ trigger: RuleTrigger, _ match: @escaping @Sendable (RuleInput, Int) -> RuleMatch<Value>?) {
        self.name = name; self.trigger = trigger
        read = { input, i, result in result = match(input, i) }
    }

    /// The matcher as written in the rule: the match from token `i`, or nil.
    func match(_ input: RuleInput, _ i: Int) -> RuleMatch<Value>? {
        var result: RuleMatch<Value>? = nil
        read(input, i, &result)
        return result
    }
}

/// Which tokens can start a rule: some words or marks (by folded hash), and/or number tokens of
/// some shapes.
///
/// Numbers are frequent in news, and most rules read only some of them (a day has one or two
/// digits, a year four), so a number trigger says which digit counts it reads and whether the
/// number must have a word glued after it ("29e", "1st"). A number token then runs only the
/// rules its shape can start, instead of every number rule declining one by one.
struct RuleTrigger: Sendable {
    var hashes: [UInt64] = []
    /// One bit per number shape (``RuleTrigger/shape(digits:gluedWord:)``) that may start the rule.
    var numberShapes: UInt16 = 0
    /// Any word written with a capital ("XXIXe"): for shapes no word list can enumerate.
    var capitalizedWords = false
    /// With `capitalizedWords`, the first letters (folded) such a word may begin with.
    var capitalInitials = ByteSet.all
    /// For some trigger words, the only words that may follow them: "la" starts a rule reading
    /// "la semaine dernière" only before "semaine". Checked before the rule is called, so the
    /// commonest words of a language ("le", "la", "the", "in") do not call rules that decline
    /// at once. A trigger word without an entry may be followed by anything.
    var followers: [UInt64: [UInt64]] = [:]

    var numbers: Bool { numberShapes != 0 }

    static func words(_ w: String...) -> RuleTrigger { RuleTrigger(hashes: w.map(Folding.word)) }
    static func words(_ w: [String]) -> RuleTrigger { RuleTrigger(hashes: w.map(Folding.word)) }
    static func hashes(_ h: [UInt64]) -> RuleTrigger { RuleTrigger(hashes: h) }
    /// The first words of `table`'s phrases, each only before the second word of one of its
    /// phrases (when it has no one-word phrase): for rules that begin by matching `table` at
    /// their trigger and decline without it.
    static func phrases<V>(_ table: PhraseTable<V>) -> RuleTrigger {
        RuleTrigger(hashes: table.firstHashes, followers: table.secondHashes)
    }
    /// Any number token.
    static let number = RuleTrigger(numberShapes: allNumbers)
    static func number(or h: [UInt64]) -> RuleTrigger { RuleTrigger(hashes: h, numberShapes: allNumbers) }
    /// Number tokens of these many digits ("1...2" for a day, "4" for a year), and/or some words.
    /// `gluedWord`: only numbers with a word glued right after them ("29e", "21st").
    static func number(digits: ClosedRange<Int>, gluedWord: Bool = false, or h: [UInt64] = []) -> RuleTrigger {
        var shapes: UInt16 = 0
        for d in digits.clamped(to: 1...maxDigits) {
            shapes |= 1 << shape(digits: d, gluedWord: true)
            if !gluedWord { shapes |= 1 << shape(digits: d, gluedWord: false) }
        }
        return RuleTrigger(hashes: h, numberShapes: shapes)
    }
    static func number(digits: Int, or h: [UInt64] = []) -> RuleTrigger { number(digits: digits...digits, or: h) }
    static let capitalizedWord = RuleTrigger(capitalizedWords: true)
    /// Words written with a capital whose first letter is one of `letters` ("IVXLCDM" for
    /// Roman numerals): one byte test instead of a call on every proper noun.
    static func capitalizedWord(startingWith letters: String) -> RuleTrigger {
        RuleTrigger(capitalizedWords: true, capitalInitials: ByteSet(Array(letters.lowercased().utf8)))
    }

    /// Digit counts 1 to 4 have a shape each; 5 and more share one ("12345" and "1000000" are
    /// read by the same rules). A number token always has a digit; were one empty, it would count
    /// as one digit, so the rules that read short numbers still see it.
    static var maxDigits: Int { 5 }
    static var shapeCount: Int { 2 * (maxDigits + 1) }
    private static let allNumbers: UInt16 = (1 << shapeCount) - 1
    /// The shape of a number token: its digit count (capped) and whether a word is glued after it.
    @inline(__always) static func shape(digits: Int, gluedWord: Bool) -> Int {
        2 * min(max(digits, 1), maxDigits) + (gluedWord ? 1 : 0)
    }
}

/// A set of bytes, one bit each.
struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64)
    static let all = ByteSet(bits: (~0, ~0, ~0, ~0))
    static let none = ByteSet(bits: (0, 0, 0, 0))
    private init(bits: (UInt64, UInt64, UInt64, UInt64)) { self.bits = bits }
    init(_ bytes: [UInt8]) {
        self = .none
        for b in bytes {
            let bit: UInt64 = 1 << UInt64(b & 63)
            switch b >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }
    func union(_ o: ByteSet) -> ByteSet {
        ByteSet(bits: (bits.0 | o.bits.0, bits.1 | o.bits.1, bits.2 | o.bits.2, bits.3 | o.bits.3))
    }
    @inline(__always) func contains(_ b: UInt8) -> Bool {
        let word: UInt64
        switch b >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (1 << UInt64(b & 63)) != 0
    }
}

/// What a rule read: the tokens it covers (half-open indices) and its value.
struct RuleMatch<Value: Sendable>: Sendable {
    let tokens: Range<Int>
    let value: Value

    init(_ tokens: Range<Int>, _ value: Value) { self.tokens = tokens; self.value = value }
}

/// A candidate mention before overlaps are resolved.
struct RuleFinding<Value: Sendable>: Sendable {
    let tokens: Range<Int>
    let span: TextSpan
    let value: Value
    /// Index of the rule in its rule list (earlier rules win ties).
    let rule: Int
}

/// What a rule sees: the tokens and the sentence it must stay in. All accessors return
/// false/nil/0 outside the sentence, so rules need no bounds checks.
///
/// The tokens and folded bytes are read in place, through pointers: rules call these accessors
/// many times per token, and an array subscript would check again the bounds that ``has(_:)``
/// has just checked (a sentence lies inside the tokens). So an input exists only inside
/// ``reading(_:_:)``, which keeps the arrays alive while it runs.
struct RuleInput {
    let text: TokenizedText
    var sentence: Range<Int>
    /// What the rules of this scan read more than once at the same token.
    let scratch: RuleScratch
    private let tokens: UnsafeBufferPointer<Token>
    private let folded: UnsafeBufferPointer<UInt8>

    /// Runs `body` with an input over `text` (its sentence still to be set).
    static func reading<R>(_ text: TokenizedText, _ body: (inout RuleInput) -> R) -> R {
        text.tokens.withUnsafeBufferPointer { tokens in
            text.folded.withUnsafeBufferPointer { folded in
                var input = RuleInput(text: text, sentence: 0..<0, scratch: RuleScratch(), tokens: tokens, folded: folded)
                return body(&input)
            }
        }
    }

    @inline(__always) func has(_ i: Int) -> Bool { i >= sentence.lowerBound && i < sentence.upperBound }
    /// Token `i`, which must be inside the sentence (tested with ``has(_:)`` or an accessor).
    @inline(__always) func token(_ i: Int) -> Token {
        assert(has(i), "token \(i) outside the sentence")
        return tokens[i]
    }
    @inline(__always) func hash(_ i: Int) -> UInt64 { has(i) ? tokens[i].hash : 0 }
    @inline(__always) func isWord(_ i: Int, _ h: UInt64) -> Bool { has(i) && tokens[i].hash == h }
    @inline(__always) func isWord(_ i: Int) -> Bool { has(i) && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool { has(i) && tokens[i].kind == .number }
    /// Token `i` exists and is the punctuation mark `mark` (folded: "’" is "'", "–" is "-").
    @inline(__always) func isMark(_ i: Int, _ mark: UInt8) -> Bool {
        guard has(i) else { return false }
        let t = tokens[i]
        return t.kind == .punctuation && t.foldedEnd - t.foldedStart == 1 && folded[Int(t.foldedStart)] == mark
    }
    /// Token `i` exists and touches the token before it (no space between).
    @inline(__always) func isAttached(_ i: Int) -> Bool { has(i) && !tokens[i].spaceBefore }
    /// Token `i` exists and is a hyphen or dash glued to both neighbours ("vingt-sept", "mi-juillet").
    @inline(__always) func isGluedHyphen(_ i: Int) -> Bool {
        isMark(i, UInt8(ascii: "-")) && !tokens[i].spaceBefore && isAttached(i + 1)
    }
    /// Token `i` is a hyphen or dash, glued or spaced ("2-4 juin", "2 – 4 juin").
    @inline(__always) func isHyphen(_ i: Int) -> Bool { isMark(i, UInt8(ascii: "-")) }
    @inline(__always) func isApostrophe(_ i: Int) -> Bool { isMark(i, UInt8(ascii: "'")) }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { has(i) && tokens[i].capitalized }
    /// Number of digits of number token `i` (0 if it is not one).
    @inline(__always) func digitCount(_ i: Int) -> Int {
        guard isNumber(i) else { return 0 }
        let t = tokens[i]
        return Int(t.foldedEnd - t.foldedStart)
    }
    /// The value of number token `i` (nil if it is not one, or past 18 digits), as
    /// ``TokenizedText/integer(_:)`` reads it.
    @inline(__always) func integer(_ i: Int) -> Int? {
        guard isNumber(i) else { return nil }
        return TokenizedText.integer(of: tokens[i], in: folded)
    }
    /// The first folded byte of token `i` (0 outside the sentence).
    @inline(__always) func firstByte(_ i: Int) -> UInt8 {
        has(i) ? folded[Int(tokens[i].foldedStart)] : 0
    }
    /// The folded spelling of token `i`, which must be inside the sentence.
    @inline(__always) func foldedBytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let t = token(i)
        return UnsafeBufferPointer(rebasing: folded[Int(t.foldedStart)..<Int(t.foldedEnd)])
    }
    func span(_ tokens: Range<Int>) -> TextSpan {
        TextSpan(start: Int(self.tokens[tokens.lowerBound].start), end: Int(self.tokens[tokens.upperBound - 1].end))
    }
}

/// What several rules of one scan read at the same token, kept so the next rule does not read
/// it again. Every number rule begins by reading the number at its trigger ("27", "1 000",
/// "1,5 milliard", "vingt-sept") and differs only in what follows ("%", "d'euros"), a number
/// token is the trigger of three of them, and the ordinal and date rules read the same number
/// words. One per ``RuleInput``, that is per scan of all three dimensions: one language, one
/// sentence at a time (the sentence is part of the key, since a reading stops at its end).
final class RuleScratch: @unchecked Sendable {
    /// Where a reading was made: the token, its sentence's start, and the language's number
    /// connector ("et", "and"), which tells the languages' number words apart.
    struct Key: Equatable {
        var token = -1, sentence = -1
        var language: UInt64 = 0
    }
    /// The last ``NumberShapes/scaled(_:_:_:)`` reading.
    var scaled: (key: Key, number: ScaledNumber?) = (Key(), nil)
    /// The last ``NumberWords/read(_:at:)`` reading: the number-word rules, and the digits,
    /// percent and currency rules on a number word, all read it.
    var spelled: (key: Key, number: SpelledNumber?) = (Key(), nil)
}

/// A language's rules for one dimension, indexed by the tokens that can start them.
///
/// ``RuleDimensions`` scans a document with the sets of all dimensions at once, asking each set
/// for the rules a token starts (``collectNumber(at:shape:_:into:)`` and its siblings);
/// ``longestMatch(at:_:)`` runs one set at one token, for rules that wrap others.
///
/// A class: a set is a dozen tables, and as a struct it was copied (some 180 bytes) at each
/// trigger word that called into it, and by rules that wrap others; a reference is not.
final class RuleSet<Value: Sendable>: Sendable {
    let rules: [Rule<Value>]
    /// Word hash → a range of `wordRules`: the rules that word triggers, in list order.
    /// Ranges into one flat array, so a probe retains nothing.
    private let byWord: KeywordTable<Range<Int>>
    /// The same pairs, for a table over several sets (``RuleDimensions``).
    let triggerWords: [(hash: UInt64, rules: Range<Int>)]
    private let wordRules: [Int]
    /// Per entry of `wordRules`, a range of `followerHashes`: the words that may follow the
    /// trigger word for that rule (``RuleTrigger/followers``); empty when any word may.
    private let wordFollowers: [Range<Int>]
    private let followerHashes: [UInt64]
    /// Number shape (``RuleTrigger/shape(digits:gluedWord:)``) → a range of `numberRules`: the
    /// rules a number of that shape triggers, in list order.
    private let byNumberShape: [Range<Int>]
    private let numberRules: [Int]
    private let onCapitalized: [Int]
    /// Per entry of `onCapitalized`, the first letters it may begin with; and their union.
    private let capitalInitials: [ByteSet]
    let anyCapitalInitial: ByteSet
    /// Whether some rule is triggered by capitals: tested first, so sets without such rules
    /// (dates, numbers) never read a capitalised word's first letter.
    let hasCapitalRules: Bool
    /// The rules' matchers and absorbed words, apart from names and triggers, read per call.
    private let matchers: ContiguousArray<Matcher>
    /// Per rule, the words its matches take in (empty: none). Not optional: unwrapping an
    /// optional set copies it, retaining its arrays, at every match.
    private let absorbed: ContiguousArray<KeywordSet>

    init(_ rules: [Rule<Value>]) {
        self.rules = rules
        var words: [UInt64: [Int]] = [:]
        var capitalized: [Int] = []
        for (k, rule) in rules.enumerated() {
            for h in rule.trigger.hashes where words[h]?.last != k { words[h, default: []].append(k) }
            if rule.trigger.capitalizedWords { capitalized.append(k) }
        }
        var numberRules: [Int] = [], byNumberShape: [Range<Int>] = []
        for shape in 0..<RuleTrigger.shapeCount {
            let start = numberRules.count
            for (k, rule) in rules.enumerated() where rule.trigger.numberShapes & (1 << shape) != 0 { numberRules.append(k) }
            byNumberShape.append(start..<numberRules.count)
        }
        var flat: [Int] = [], index: [(hash: UInt64, rules: Range<Int>)] = []
        var followers: [Range<Int>] = [], followerHashes: [UInt64] = []
        for (h, ks) in words {
            index.append((h, flat.count..<(flat.count + ks.count)))
            flat += ks
            for k in ks {
                let next = rules[k].trigger.followers[h] ?? []
                followers.append(followerHashes.count..<(followerHashes.count + next.count))
                followerHashes += next
            }
        }
        byWord = KeywordTable(index.map { ($0.hash, $0.rules) })
        triggerWords = index
        wordRules = flat
        wordFollowers = followers
        self.followerHashes = followerHashes
        self.numberRules = numberRules
        self.byNumberShape = byNumberShape
        onCapitalized = capitalized
        capitalInitials = capitalized.map { rules[$0].trigger.capitalInitials }
        anyCapitalInitial = capitalInitials.reduce(ByteSet.none) { $0.union($1) }
        hasCapitalRules = !capitalized.isEmpty
        matchers = ContiguousArray(rules.map { Matcher(read: $0.read) })
        let none = KeywordSet([])
        absorbed = ContiguousArray(rules.map { $0.absorbed ?? none })
    }

    /// Runs the rules that token `i` triggers and appends their matches: the number rules of its
    /// shape, the capital rules of its initial, the rules of its word.
    func collect(at i: Int, _ input: RuleInput, into found: inout [RuleFinding<Value>]) {
        let t = input.token(i)
        if t.kind == .number {
            collectNumber(at: i, shape: RuleSet.shape(of: i, input), input, into: &found)
        } else if hasCapitalRules, t.capitalized, t.kind == .word {
            collectCapitalized(at: i, initial: input.firstByte(i), input, into: &found)
        }
        if let ks = byWord[t.hash] { collectWord(at: i, rules: ks, input, into: &found) }
    }

    /// The shape of number token `i` (``RuleTrigger/shape(digits:gluedWord:)``).
    @inline(__always) static func shape(of i: Int, _ input: RuleInput) -> Int {
        RuleTrigger.shape(digits: input.digitCount(i), gluedWord: input.isWord(i + 1) && input.isAttached(i + 1))
    }

    /// The rules number token `i`, of shape `shape`, triggers.
    @inline(__always)
    func collectNumber(at i: Int, shape: Int, _ input: RuleInput, into found: inout [RuleFinding<Value>]) {
        for k in byNumberShape[shape] { add(numberRules[k], at: i, input, into: &found) }
    }

    /// The capital rules that word `i`, written with a capital and beginning with `initial`, triggers.
    func collectCapitalized(at i: Int, initial: UInt8, _ input: RuleInput, into found: inout [RuleFinding<Value>]) {
        for (n, k) in onCapitalized.enumerated() where capitalInitials[n].contains(initial) {
            add(k, at: i, input, into: &found)
        }
    }

    /// The rules `ks` (a range of the word rules, found by token `i`'s hash) whose followers allow
    /// the token after it.
    func collectWord(at i: Int, rules ks: Range<Int>, _ input: RuleInput, into found: inout [RuleFinding<Value>]) {
        let next = input.hash(i + 1)   // 0 past the sentence, which is no word's hash
        for k in ks {
            let allowed = wordFollowers[k]
            if !allowed.isEmpty {
                var follows = false
                for q in allowed where followerHashes[q] == next { follows = true; break }
                if !follows { continue }
            }
            add(wordRules[k], at: i, input, into: &found)
        }
    }

    @inline(__always)
    private func add(_ k: Int, at i: Int, _ input: RuleInput, into found: inout [RuleFinding<Value>]) {
        var result: RuleMatch<Value>? = nil
        matchers[k].read(input, i, &result)
        guard let m = result else { return }
        var tokens = m.tokens
        tokens = input.absorbing(absorbed[k], before: tokens)
        guard !tokens.isEmpty, tokens.lowerBound >= input.sentence.lowerBound, tokens.upperBound <= input.sentence.upperBound
        else { return }
        found.append(RuleFinding(tokens: tokens, span: input.span(tokens), value: m.value, rule: k))
    }

    /// A rule's matcher, wrapped: a function stored directly as an array element is kept at
    /// the most general abstraction (every argument passed indirectly) and called through a
    /// thunk that copies the input; as a struct field it keeps ``Rule/read``'s own convention.
    private struct Matcher: Sendable {
        let read: @Sendable (RuleInput, Int, inout RuleMatch<Value>?) -> Void
    }

    /// The best match triggered at token `i` (the one reaching furthest, then the longer, then
    /// the earlier rule), for rules that wrap others ("près de <quantity>", "fin <date>").
    func longestMatch(at i: Int, _ input: RuleInput) -> RuleFinding<Value>? {
        guard input.has(i) else { return nil }
        var found: [RuleFinding<Value>] = []
        collect(at: i, input, into: &found)
        var best: RuleFinding<Value>? = nil
        for f in found {
            guard let b = best else { best = f; continue }
            if f.tokens.upperBound > b.tokens.upperBound
                || (f.tokens.upperBound == b.tokens.upperBound && f.tokens.count > b.tokens.count) { best = f }
        }
        return best
    }
}

/// Overlap policy within one dimension: the longest span (in bytes) wins; ties go to the
/// leftmost, then to the earlier rule in the language's `all` list. Matches that overlap a
/// kept one are dropped. "du 2 au 4 juin" beats "4 juin"; "1,5 milliard" beats "1,5".
/// - Complexity: O(*n* log *n*) in the matches of one sentence, plus its length.
func resolveOverlaps<V>(_ found: [RuleFinding<V>], in sentence: Range<Int>) -> [RuleFinding<V>] {
    var kept: [RuleFinding<V>] = []
    resolveOverlaps(found, in: sentence, into: &kept)
    return kept
}

/// ``resolveOverlaps(_:in:)``, appending the kept matches to `out`.
///
/// A sentence usually has one or two matches per dimension: those are ranked by an insertion
/// sort of their indices on the stack, and checked against the few kept so far, with no array
/// allocated and no finding moved until it is kept (a finding is large: a date reading is
/// over a hundred bytes). The insertion sort is stable, as the sort of the general case.
func resolveOverlaps<V>(_ found: [RuleFinding<V>], in sentence: Range<Int>, into out: inout [RuleFinding<V>]) {
    let n = found.count
    if n == 1 { out.append(found[0]); return }
    @inline(__always) func ranksBefore(_ a: RuleFinding<V>, _ b: RuleFinding<V>) -> Bool {
        if a.span.length != b.span.length { return a.span.length > b.span.length }
        if a.span.start != b.span.start { return a.span.start < b.span.start }
        return a.rule < b.rule
    }
    guard n <= 16 else {
        let ranked = found.sorted(by: ranksBefore)
        var taken = [Bool](repeating: false, count: sentence.count)
        var kept: [RuleFinding<V>] = []
        for f in ranked {
            let r = (f.tokens.lowerBound - sentence.lowerBound)..<(f.tokens.upperBound - sentence.lowerBound)
            if r.contains(where: { taken[$0] }) { continue }
            for k in r { taken[k] = true }
            kept.append(f)
        }
        out += kept.sorted { $0.span.start < $1.span.start }
        return
    }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * n) { buffer in
        // buffer[0..<n]: indices by rank; buffer[n..<n + kept]: kept indices by start.
        for k in 0..<n {
            var j = k
            while j > 0, ranksBefore(found[k], found[buffer[j - 1]]) { buffer[j] = buffer[j - 1]; j -= 1 }
            buffer[j] = k
        }
        var kept = 0
        for r in 0..<n {
            let tokens = found[buffer[r]].tokens, start = found[buffer[r]].span.start
            var overlaps = false
            for q in n..<(n + kept) where found[buffer[q]].tokens.overlaps(tokens) { overlaps = true; break }
            if overlaps { continue }
            // Kept matches cover disjoint tokens, so their starts differ: insert by start.
            var j = n + kept
            while j > n, found[buffer[j - 1]].span.start > start { buffer[j] = buffer[j - 1]; j -= 1 }
            buffer[j] = buffer[r]
            kept += 1
        }
        for q in n..<(n + kept) { out.append(found[buffer[q]]) }
    }
}

/// A bit per value of the top bits of a word hash, set for a few keys: a cheap "certainly not
/// one of them" before a ``KeywordTable`` probe, whose loop mispredicts on whether a slot is
/// empty. Most words of a text are not keys, and one well-predicted bit test rejects them.
struct HashFilter: Sendable {
    private static var bits: Int { 14 }
    private var words = [UInt64](repeating: 0, count: (1 << HashFilter.bits) / 64)

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        for h in hashes { let b = HashFilter.bit(h); words[b >> 6] |= 1 << UInt64(b & 63) }
    }

    /// The top bits after a multiply by an odd constant (Fibonacci hashing), not the hash's own
    /// top bits: FNV-1a barely stirs a short word's bytes into its top bits, so every
    /// one-character token ("," "." "a" "-") had the same bit, and one such key ("a", "l", "-")
    /// let all punctuation through. The multiply carries every bit of the hash to the top.
    @inline(__always) private static func bit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
    }

    /// False only if `hash` is none of the keys.
    @inline(__always) func mayContain(_ hash: UInt64) -> Bool {
        let b = HashFilter.bit(hash)
        return words[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}

/// A read-only map from a folded word's hash (``Token/hash``) to a value.
///
/// Open addressing over a power-of-two table: the keys are FNV-1a hashes already, so a few
/// mixed bits index the slot directly instead of re-hashing with SipHash as `Dictionary`
/// does. This is the per-token probe of every rule set and keyword table, so the probe loop
/// reads the keys alone (0 marks an empty slot; a key that is 0 itself is kept aside) and
/// reads a value only on a hit.
struct KeywordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int
    /// The value of the key 0, which cannot be told from an empty slot.
    private let zeroValue: Value?

    /// Later pairs with an already present key are ignored.
    ///
    /// At most a quarter of the slots are taken: most probes are of words that are no key
    /// (seven in ten in the benchmark corpus), and a miss walks until an empty slot, some 2.5
    /// slots on average in a half-full table, 1.4 in a quarter-full one.
    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 8
        while capacity < pairs.count * 4 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var zeroValue: Value? = nil
        let mask = capacity - 1
        for (key, value) in pairs {
            guard key != 0 else { if zeroValue == nil { zeroValue = value }; continue }
            var slot = KeywordTable.slot(key, mask)
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { keys[slot] = key; values[slot] = value }
        }
        self.keys = keys; self.values = values; self.mask = mask; self.zeroValue = zeroValue
    }

    /// Keys are words, folded and hashed as tokens are ("Févr." → "fevr.").
    init(words: [(String, Value)]) { self.init(words.map { (Folding.word($0.0), $0.1) }) }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29) ^ (key >> 47))) & mask
    }

    @inline(__always) subscript(_ key: UInt64) -> Value? {
        guard let slot = find(key) else { return key == 0 ? zeroValue : nil }
        return values[slot]
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        find(key) != nil || (key == 0 && zeroValue != nil)
    }

    /// The slot holding `key` (never 0), or nil. Slots are masked into the table, so they are
    /// read unchecked.
    @inline(__always) private func find(_ key: UInt64) -> Int? {
        keys.withUnsafeBufferPointer { keys in
            var slot = KeywordTable.slot(key, mask)
            while true {
                let k = keys[slot]
                if k == key { return key == 0 ? nil : slot }
                if k == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// A set of folded words, looked up by token hash.
struct KeywordSet: Sendable {
    private let table: KeywordTable<Bool>
    /// The folded words' hashes, for unions.
    let hashes: [UInt64]
    init(_ words: [String]) { self.init(hashes: words.map(Folding.word)) }
    init(hashes: [UInt64]) { self.hashes = hashes; table = KeywordTable(hashes.map { ($0, true) }) }
    @inline(__always) func contains(_ hash: UInt64) -> Bool { table.contains(hash) }
}

/// Multi-token keywords ("près de", "aujourd'hui", "pour cent", "US$"), matched token by token
/// by hash. Phrases are tokenised like documents, so "d'" is two tokens and spacing is free.
struct PhraseTable<Value: Sendable>: Sendable {
    /// First token hash → a range of phrase numbers, longest phrases first.
    private let byFirst: KeywordTable<Range<Int>>
    /// Phrase `p` is `hashes[starts[p]..<starts[p + 1]]`, worth `values[p]`.
    private let hashes: [UInt64]
    private let starts: [Int]
    private let values: [Value]
    /// The first token of every phrase: what a rule using this table is triggered by.
    let firstHashes: [UInt64]
    /// First token → the second tokens of its phrases, for first tokens that are no phrase alone
    /// (see ``RuleTrigger/phrases(_:)``).
    let secondHashes: [UInt64: [UInt64]]

    init(_ phrases: [(String, Value)]) {
        var groups: [UInt64: [([UInt64], Value)]] = [:]
        var order: [UInt64] = []
        for (text, value) in phrases {
            let tokens = TokenizedText(text).tokens.map(\.hash)
            guard let first = tokens.first else { continue }
            if groups[first] == nil { order.append(first) }
            groups[first, default: []].append((tokens, value))
        }
        var hashes: [UInt64] = [], starts: [Int] = [], values: [Value] = [], index: [(UInt64, Range<Int>)] = []
        for first in order {
            // Longest first (stable), so the first phrase that fits is the longest one.
            let group = groups[first]!.enumerated().sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }
            index.append((first, values.count..<(values.count + group.count)))
            for (_, (tokens, value)) in group { starts.append(hashes.count); hashes += tokens; values.append(value) }
        }
        starts.append(hashes.count)
        byFirst = KeywordTable(index)
        self.hashes = hashes; self.starts = starts; self.values = values
        firstHashes = order
        var second: [UInt64: [UInt64]] = [:]
        for first in order {
            let tokens = groups[first]!.map(\.0)
            if tokens.contains(where: { $0.count == 1 }) { continue }
            var next: [UInt64] = []
            for t in tokens where !next.contains(t[1]) { next.append(t[1]) }
            second[first] = next
        }
        secondHashes = second
    }

    /// The longest phrase starting at token `i`: where it ends (exclusive) and its value.
    func match(_ input: RuleInput, at i: Int) -> (end: Int, value: Value)? {
        guard input.has(i), let candidates = byFirst[input.hash(i)] else { return nil }
        phrases: for p in candidates {
            let start = starts[p], count = starts[p + 1] - start
            var k = 1
            while k < count {
                guard input.isWord(i + k, hashes[start + k]) else { continue phrases }
                k += 1
            }
            return (i + count, values[p])
        }
        return nil
    }

    /// The longest phrase ending right before token `end` (looking backwards): for cues that
    /// precede what a rule reads ("depuis", "d'ici", "au cours de").
    func matchEnding(_ input: RuleInput, before end: Int, maxLength: Int = 5) -> (start: Int, value: Value)? {
        var best: (start: Int, value: Value)? = nil
        var start = end - 1
        while start >= end - maxLength, input.has(start) {
            if byFirst[input.hash(start)] != nil, let m = match(input, at: start), m.end == end { best = (start, m.value) }
            start -= 1
        }
        return best
    }
}
