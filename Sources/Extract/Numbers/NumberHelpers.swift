/// Language-independent pieces of number recognition: reading digits with a language's
/// separators, the grammar of spelled-out numbers, the shapes of quantities. The rules of each
/// language (`NumberRulesFR`, `NumberRulesEN`) are built from these; Ordinals and Dates reuse
/// the spelled-number reader ("vingt-neuvième", "il y a trois jours").

// MARK: - Digits

/// How a language writes digits: "1 000,5" (French) or "1,000.5" (English).
enum DigitStyle: Sendable {
    /// Thousands: a space (also NBSP, narrow NBSP) or "."; decimals: "," (and "." before
    /// anything but exactly three digits, as in "3.5 %").
    case french
    /// Thousands: "," (also NBSP and narrow NBSP, never a plain space); decimals: ".".
    case english
}

/// A number read from digits: `mantissa / 10^decimals` ("3,5" is 35 and 1), and the tokens
/// it covers. Kept as integers so scaling ("1.074 trillion") stays exact: one division at the end.
struct DigitNumber: Sendable {
    let mantissa: Double
    let decimals: Int
    let end: Int          // exclusive token index

    var value: Double { scaled(by: 1) }
    func scaled(by scale: Int) -> Double { mantissa * Double(scale) / DigitReader.power(decimals) }
}

enum DigitReader {
    /// Reads "1 000", "1.000.000", "3,5", "1,000.5" starting at number token `i`.
    ///
    /// Declines when the digits are the tail of something else: "COVID-19", "5G/6G" (the "6"),
    /// the "000" of "1 000" or the "5" of "3,5" (read from their first group instead).
    static func read(_ input: RuleInput, at i: Int, style: DigitStyle) -> DigitNumber? {
        guard input.isNumber(i), !continuesSomething(input, i) else { return nil }
        let first = input.digitCount(i)
        var value = digitsValue(input, i)
        var end = i + 1
        var decimals = 0
        // Thousands groups: the first group has one to three digits, every next one exactly three,
        // all with the same separator.
        if first <= 3 {
            var separator: UInt8 = 0   // " " for whitespace, else the mark
            var j = end
            while true {
                var sep: UInt8 = 0, next = j
                if input.digitCount(j) == 3, !input.token(j).newlineBefore, input.token(j).spaceBefore,
                   style == .french || isNonBreakingSpace(before: j, input) {
                    sep = UInt8(ascii: " "); next = j
                } else if input.isAttached(j), input.isAttached(j + 1), input.digitCount(j + 1) == 3 {
                    let mark = style == .french ? UInt8(ascii: ".") : UInt8(ascii: ",")
                    if input.isMark(j, mark) { sep = mark; next = j + 1 }
                }
                guard sep != 0, separator == 0 || separator == sep else { break }
                separator = sep
                value = value * 1000 + digitsValue(input, next)
                j = next + 1
                end = j
            }
        }
        // Decimals.
        let decimalMark = style == .french ? UInt8(ascii: ",") : UInt8(ascii: ".")
        if input.isMark(end, decimalMark), input.isAttached(end), input.isAttached(end + 1), input.isNumber(end + 1),
           !(input.isMark(end + 2, decimalMark) && input.isAttached(end + 2) && input.isNumber(end + 3)) {
            decimals = input.digitCount(end + 1)
            value = value * power(decimals) + digitsValue(input, end + 1)
            end += 2
        } else if style == .french, end == i + 1, input.isMark(end, UInt8(ascii: ".")), input.isAttached(end),
                  input.isAttached(end + 1), input.isNumber(end + 1), input.digitCount(end + 1) != 3,
                  !input.isMark(end + 2, UInt8(ascii: ".")) {
            // "3.5 %" in French copy: a dot before anything but three digits is a decimal point.
            decimals = input.digitCount(end + 1)
            value = value * power(decimals) + digitsValue(input, end + 1)
            end += 2
        }
        return DigitNumber(mantissa: value, decimals: decimals, end: end)
    }

    /// Whether number token `i` continues the token before it: "19" in "COVID-19", "6" in "5G/6G",
    /// "000" in "1,000" (only when read from "1"), "12" in "10:12".
    static func continuesSomething(_ input: RuleInput, _ i: Int) -> Bool {
        guard input.isAttached(i), input.has(i - 1) else { return false }
        let p = i - 1
        if input.isWord(p) || input.isNumber(p) { return true }
        let glued = input.isAttached(p) && input.has(p - 1) && (input.isWord(p - 1) || input.isNumber(p - 1))
        guard glued else { return false }
        // A hyphen after a number starts a new one ("2-4 juin" is two numbers); after a word it
        // ends an identifier ("COVID-19", "F-35").
        if input.isHyphen(p) { return input.isWord(p - 1) }
        return input.isMark(p, UInt8(ascii: ",")) || input.isMark(p, UInt8(ascii: "."))
            || input.isMark(p, UInt8(ascii: "/")) || input.isMark(p, UInt8(ascii: ":"))
            || input.isApostrophe(p)
    }

    /// Whether the number ending before token `end` is followed by something that makes it part
    /// of another thing: a glued word ("5G", "3e", "29th", "14h"), a glued "/" or ":" with more
    /// after it ("24/7", "10:30").
    static func endsCleanly(_ input: RuleInput, _ end: Int) -> Bool {
        guard input.isAttached(end) else { return true }
        if input.isWord(end) || input.isNumber(end) { return false }
        if input.isMark(end, UInt8(ascii: "/")) || input.isMark(end, UInt8(ascii: ":")) {
            return !(input.isAttached(end + 1) && (input.isNumber(end + 1) || input.isWord(end + 1)))
        }
        return true
    }

    /// The value of number token `i`'s digits (any length).
    static func digitsValue(_ input: RuleInput, _ i: Int) -> Double {
        var v = 0.0
        for b in input.foldedBytes(i) { v = v * 10 + Double(b &- 48) }
        return v
    }

    /// 10^n, exactly (n is a count of decimals, small).
    static func power(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// English copy groups thousands with NBSP or narrow NBSP, never with a plain space
    /// ("in 2022 300 people" is two numbers). The token text keeps the original bytes.
    static func isNonBreakingSpace(before j: Int, _ input: RuleInput) -> Bool {
        let start = Int(input.token(j).start)
        guard start >= 2 else { return false }
        let u = input.text.text.utf8
        let b1 = u[u.index(u.startIndex, offsetBy: start - 1)]
        let b2 = u[u.index(u.startIndex, offsetBy: start - 2)]
        if b2 == 0xC2 && b1 == 0xA0 { return true }                          // U+00A0
        guard start >= 3, u[u.index(u.startIndex, offsetBy: start - 3)] == 0xE2, b2 == 0x80 else { return false }
        return b1 == 0xAF || b1 == 0x89 || b1 == 0x87                         // U+202F, U+2009, U+2007
    }
}

// MARK: - Spelled-out numbers

/// How one number word behaves in the grammar of spelled-out numbers.
enum NumberWord: Sendable, Equatable {
    case unit(Int)        // 0...19: "un", "seize", "nineteen"
    case ten(Int)         // 20...90: "vingt", "septante", "ninety"
    case hundred          // "cent", "cents", "hundred"
    case thousand         // "mille", "thousand"
    case scale(Int)       // "million" 10^6, "milliard" 10^9
}

/// A spelled-out number: "quatre-vingt-dix-neuf", "one hundred and five", "vingt-neuvième".
struct SpelledNumber: Sendable {
    let value: Int
    let tokens: Range<Int>
    /// The last word was an ordinal ("vingt-neuvième", "twenty-first").
    let isOrdinal: Bool
    /// Number of number words read.
    let words: Int
    /// The hash of the first word.
    let first: UInt64
}

/// A language's number words and the few ways its grammar differs.
struct NumberWords: Sendable {
    let cardinals: KeywordTable<NumberWord>
    /// Ordinal words, which end a numeral: "neuvième" → .unit(9), "centième" → .hundred.
    let ordinals: KeywordTable<NumberWord>
    /// "et" / "and".
    let connector: UInt64
    /// French: "quatre-vingt(s)" is 80, "soixante-dix" is 70, "et" joins only "un"/"onze" to a ten.
    /// English: "and" joins a hundred or a thousand to what follows.
    let french: Bool
    /// Every cardinal and ordinal word: what rules reading spelled numbers are triggered by.
    let startHashes: [UInt64]

    init(cardinals: [(String, NumberWord)], ordinals: [(String, NumberWord)], connector: String, french: Bool) {
        self.cardinals = KeywordTable(words: cardinals)
        self.ordinals = KeywordTable(words: ordinals)
        self.connector = Folding.word(connector)
        self.french = french
        self.startHashes = (cardinals + ordinals).map { Folding.word($0.0) }
    }

    /// Reads the longest spelled-out number starting at token `i`.
    ///
    /// Words are joined by spaces, glued hyphens ("vingt-sept") or the connector ("vingt et un",
    /// "trente-et-un", "one hundred and five"). An ordinal word ends the number. Declines when
    /// the number is part of a hyphenated compound word ("deux-roues", "Pont-Neuf").
    /// Read once per token and scan (``RuleScratch``): several rules start with it at the same word.
    func read(_ input: RuleInput, at i: Int) -> SpelledNumber? {
        guard input.isWord(i) else { return nil }
        let key = RuleScratch.Key(token: i, sentence: input.sentence.lowerBound, language: connector)
        let last = input.scratch.spelled
        if last.key == key { return last.number }
        let n = readSpelled(input, at: i)
        input.scratch.spelled = (key, n)
        return n
    }

    private func readSpelled(_ input: RuleInput, at i: Int) -> SpelledNumber? {
        guard input.isWord(i), cardinals[input.hash(i)] != nil || ordinals[input.hash(i)] != nil else { return nil }
        // "Pont-Neuf", "Saint-Cent": glued after a word.
        if input.isAttached(i), input.isHyphen(i - 1), input.isAttached(i - 1), input.isWord(i - 2) { return nil }
        var total = 0, group = 0
        var last: NumberWord? = nil
        var j = i, end = i, count = 0
        var ordinal = false
        while true {
            var k = j
            var viaConnector = false
            if count > 0 {
                if input.isGluedHyphen(k) { k += 1 }
                if input.isWord(k, connector) {
                    viaConnector = true
                    k += 1
                    if input.isGluedHyphen(k) { k += 1 }
                }
            }
            guard input.isWord(k) else { break }
            let h = input.hash(k)
            var isOrdinalWord = false
            var word: NumberWord
            if let w = cardinals[h] { word = w } else if let w = ordinals[h] { word = w; isOrdinalWord = true } else {
                // "deux-roues": a number glued to a word by a hyphen is a compound noun, not a number.
                if count > 0, k == j + 1, input.isGluedHyphen(j) { return nil }
                break
            }
            guard step(&total, &group, last: last, word: word, viaConnector: viaConnector) else { break }
            if french, case .unit(4)? = last, case .ten(20) = word { word = .ten(80) }   // "quatre-vingt"
            last = word; count += 1; end = k + 1; j = k + 1
            if isOrdinalWord { ordinal = true; break }
        }
        guard count > 0 else { return nil }
        return SpelledNumber(value: total + group, tokens: i..<end, isOrdinal: ordinal, words: count, first: input.hash(i))
    }

    /// One step of the grammar: whether `word` may follow `last` (joined by the connector or
    /// not), and the running value. `group` is the part below a thousand.
    private func step(_ total: inout Int, _ group: inout Int, last: NumberWord?, word: NumberWord,
                      viaConnector: Bool) -> Bool {
        let afterBoundary: Bool   // nothing yet, or a thousand/scale just closed a group
        switch last {
        case nil, .thousand?, .scale?: afterBoundary = true
        default: afterBoundary = false
        }
        if viaConnector {
            switch (last, word) {
            case (.ten(let t)?, .unit(let u)) where french && t < 80 && (u == 1 || u == 11):
                group += u; return true                                // "vingt et un", "soixante et onze"
            case (.hundred?, .unit(let u)), (.thousand?, .unit(let u)), (.scale?, .unit(let u)):
                guard !french, u > 0 else { return false }
                group += u; return true                                // "one hundred and five"
            case (.hundred?, .ten(let t)), (.thousand?, .ten(let t)), (.scale?, .ten(let t)):
                guard !french else { return false }
                group += t; return true                                // "one hundred and twenty"
            default: return false
            }
        }
        switch word {
        case .unit(let u):
            if afterBoundary { group = u; return true }
            switch last {
            case .hundred?: group += u; return true                  // "cent deux", "hundred two"
            case .ten(let t)?:
                if u >= 1 && u <= 9 { group += u; return true }     // "vingt-sept", "twenty-seven"
                if french && (t == 60 || t == 80) && u >= 10 && u <= 19 { group += u; return true }  // "soixante-dix"
                return false
            case .unit(10)? where french && u >= 7 && u <= 9:
                group += u; return true                                // "dix-sept", "soixante-dix-neuf"
            default: return false
            }
        case .ten(let t):
            if afterBoundary { group = t; return true }
            switch last {
            case .hundred?: group += t; return true
            case .unit(4)? where french && t == 20 && group % 100 == 4:
                group += 76; return true                               // "quatre-vingt(s)"
            default: return false
            }
        case .hundred:
            if afterBoundary { group = 100; return true }
            if case .unit(let u)? = last, u >= 1, u <= 9, group == u { group = u * 100; return true }  // "deux cents"
            return false
        case .thousand:
            if case .thousand? = last { return false }
            total += max(group, 1) * 1000; group = 0; return true
        case .scale(let s):
            // A scale needs a count before it: "un million", "deux milliards"; "million" alone is not a number.
            guard let last, group > 0 else { return false }
            if case .scale(let previous) = last, previous <= s { return false }
            total += group * s; group = 0; return true
        }
    }
}

// MARK: - Quantities

/// A number with its scale: "1,5 milliard", "deux millions", "5bn", "27".
struct ScaledNumber: Sendable {
    let value: Double
    let end: Int
    /// The scale was an abbreviation that needs a currency ("m", "Md").
    let needsCurrency: Bool
}

// MARK: - Shapes shared by the languages' rules

/// Everything a language's number rules read besides the rules themselves.
///
/// A class, as ``DateLanguage``: a struct of these tables (some 750 bytes) was copied onto the
/// stack at every number rule call.
final class NumberLanguage: Sendable {
    let digits: DigitStyle
    let words: NumberWords
    /// Words that are articles far more often than numbers ("un", "une", "a", "an", "one"):
    /// never a number alone, only before a scale or inside a longer number.
    let articles: KeywordSet
    /// Words that are a number only before a noun ("neuf": also "new").
    let onlyBeforeNoun: KeywordSet
    /// Words after which "neuf" is not followed by its noun ("neuf et", "neuf de").
    let notNouns: KeywordSet
    /// "million", "milliards", "bn" after digits.
    let scales: KeywordTable<Int>
    /// "m", "Md", "k" after digits, only next to a currency.
    let currencyScales: KeywordTable<Int>
    /// Currencies after the number: "euros", "d'euros", "de dollars", "€", "USD".
    let currencyAfter: PhraseTable<String>
    /// Currencies before the number: "$", "US$", "€", "EUR".
    let currencyBefore: PhraseTable<String>
    /// "%", "pour cent", "per cent".
    let percent: PhraseTable<Bool>
    /// "près de", "environ", "about", "more than": the number that follows is approximate.
    let approximations: PhraseTable<Bool>
    /// "une dizaine de", "a dozen": a round number, approximate.
    let roundNumbers: PhraseTable<Int>

    init(digits: DigitStyle, words: NumberWords, articles: KeywordSet, onlyBeforeNoun: KeywordSet, notNouns: KeywordSet,
         scales: KeywordTable<Int>, currencyScales: KeywordTable<Int>, currencyAfter: PhraseTable<String>,
         currencyBefore: PhraseTable<String>, percent: PhraseTable<Bool>, approximations: PhraseTable<Bool>,
         roundNumbers: PhraseTable<Int>) {
        self.digits = digits; self.words = words; self.articles = articles; self.onlyBeforeNoun = onlyBeforeNoun
        self.notNouns = notNouns; self.scales = scales; self.currencyScales = currencyScales
        self.currencyAfter = currencyAfter; self.currencyBefore = currencyBefore; self.percent = percent
        self.approximations = approximations; self.roundNumbers = roundNumbers
    }
}

/// The shapes of number rules, written once for every language.
enum NumberShapes {
    /// "27", "1 000", "3,5", "1,5 milliard", "5bn". Abbreviated scales ("5m") only with a currency.
    static func digits(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> RuleMatch<Quantity>? {
        guard input.isNumber(i), let n = scaled(input, i, l), !n.needsCurrency else { return nil }
        return RuleMatch(i..<n.end, Quantity(value: n.value))
    }

    /// "vingt-sept", "quatre-vingt-dix-neuf", "deux millions", "one hundred and five".
    /// Not an article alone ("un appel", "a summit"), not an ordinal ("vingt-neuvième").
    static func words(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> RuleMatch<Quantity>? {
        guard let w = l.words.read(input, at: i), !w.isOrdinal else { return nil }
        if w.words == 1 {
            if l.articles.contains(w.first) { return nil }
            // The "cent" of "pour cent" and "per cent" is part of a percent sign.
            if let p = l.percent.matchEnding(input, before: w.tokens.upperBound), p.start < i { return nil }
            if l.onlyBeforeNoun.contains(w.first) {
                let next = w.tokens.upperBound
                guard input.isWord(next), !input.isCapitalized(next), !l.notNouns.contains(input.hash(next)) else { return nil }
            }
        }
        return RuleMatch(w.tokens, Quantity(value: Double(w.value)))
    }

    /// "3,5 %", "12%", "vingt pour cent", "5 per cent".
    static func percent(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> RuleMatch<Quantity>? {
        guard let n = scaled(input, i, l), !n.needsCurrency, let p = l.percent.match(input, at: n.end) else { return nil }
        return RuleMatch(i..<p.end, Quantity(value: n.value, unit: "%"))
    }

    /// "100 millions d'euros", "2 milliards de dollars", "5 000 €", "2 Md€", "3 billion euros".
    static func amountWithCurrencyAfter(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> RuleMatch<Quantity>? {
        guard let n = scaled(input, i, l), let c = l.currencyAfter.match(input, at: n.end) else { return nil }
        return RuleMatch(i..<c.end, Quantity(value: n.value, unit: c.value))
    }

    /// "$5m", "€2 billion", "US$ 3", "¥100", "EUR 5".
    static func amountWithCurrencyBefore(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> RuleMatch<Quantity>? {
        guard let c = l.currencyBefore.match(input, at: i), let n = scaled(input, c.end, l) else { return nil }
        return RuleMatch(i..<n.end, Quantity(value: n.value, unit: c.value))
    }

    /// "une dizaine de", "une centaine de", "a dozen": round numbers, approximate.
    static func roundNumber(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> RuleMatch<Quantity>? {
        guard let r = l.roundNumbers.match(input, at: i) else { return nil }
        return RuleMatch(i..<r.end, Quantity(value: Double(r.value), approximate: true))
    }

    /// "près de 100", "environ 200 millions d'euros", "about 2 million", "more than 40 %": the
    /// cue is part of the mention, and the best quantity after it is marked approximate.
    static func approximation(_ input: RuleInput, _ i: Int, _ l: NumberLanguage,
                              _ core: RuleSet<Quantity>) -> RuleMatch<Quantity>? {
        guard let cue = l.approximations.match(input, at: i), let q = core.longestMatch(at: cue.end, input) else { return nil }
        return RuleMatch(i..<q.tokens.upperBound, Quantity(value: q.value.value, unit: q.value.unit, approximate: true))
    }

    /// Digits or words, then an optional scale word: the core every number rule builds on.
    /// Spelled numbers carry their own scales ("deux millions"); digits take one after them
    /// ("1,5 milliard", "5bn"), or an abbreviation that needs a currency ("$5m", "2 Md€").
    /// Read once per token and scan (``RuleScratch``): the digits, percent and currency rules
    /// all start with it at the same number.
    static func scaled(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> ScaledNumber? {
        let key = RuleScratch.Key(token: i, sentence: input.sentence.lowerBound, language: l.words.connector)
        let last = input.scratch.scaled
        if last.key == key { return last.number }
        let n = readScaled(input, i, l)
        input.scratch.scaled = (key, n)
        return n
    }

    private static func readScaled(_ input: RuleInput, _ i: Int, _ l: NumberLanguage) -> ScaledNumber? {
        if let d = DigitReader.read(input, at: i, style: l.digits) {
            let end = d.end
            if input.isWord(end), let s = l.scales[input.hash(end)] {
                return ScaledNumber(value: d.scaled(by: s), end: end + 1, needsCurrency: false)
            }
            if input.isWord(end), let s = l.currencyScales[input.hash(end)] {
                return ScaledNumber(value: d.scaled(by: s), end: end + 1, needsCurrency: true)
            }
            guard DigitReader.endsCleanly(input, end) else { return nil }
            return ScaledNumber(value: d.value, end: end, needsCurrency: false)
        }
        guard let w = l.words.read(input, at: i), !w.isOrdinal else { return nil }
        return ScaledNumber(value: Double(w.value), end: w.tokens.upperBound, needsCurrency: false)
    }
}
