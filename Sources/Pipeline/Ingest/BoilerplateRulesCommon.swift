/// Furniture that looks the same in both languages: comment captchas, rows of social-network
/// buttons, copyright lines, lines with no word at all.
enum BoilerplateRulesCommon {
    // Each rule says how many words its lines have at most (longer lines are never asked), and
    // `when`, a cheap test on the folded bytes that holds whenever the rule matches (see
    // BoilerplateRule.Matcher.custom); the closure after it decides.
    static let all: [BoilerplateRule] = [
        BoilerplateRule(name: "punctuation-only line", action: .dropLine, maxWords: 0, when: { $0.core.isEmpty }) { $0.core.isEmpty },
        // 80 bytes hold at most 40 words.
        BoilerplateRule(name: "comment captcha", action: .dropLine, maxWords: 40,
                        when: { $0.fullCount <= 80 && $0.fullContains(UInt8(ascii: "=")) }, matches: isCaptcha),
        BoilerplateRule(name: "share buttons row", action: .dropLine, maxWords: 12,
                        when: { $0.allWordsMayBe(in: shareWordSet) }) { line in
            line.words.allSatisfy { shareWords.contains(String($0)) }
        },
        BoilerplateRule(name: "copyright line", action: .dropLine, maxWords: 30,
                        when: { $0.fullStarts(with: "©") || $0.fullStarts(with: "(c) ") || $0.fullStarts(with: "copyright ") }) { line in
            line.full.hasPrefix("©") || line.full.hasPrefix("(c) ") || line.full.hasPrefix("copyright ")
        },
        BoilerplateRule(name: "comment count", action: .cutFromHere, maxWords: 2,
                        when: { $0.wordCount == 2 && $0.word(0).isASCIIDigits }) { line in
            line.words.count == 2 && line.words[0].allSatisfy(\.isASCIIDigit)
                && ["commentaire", "commentaires", "comment", "comments", "reaction", "reactions"].contains(String(line.words[1]))
        },
    ]

    static let shareWords: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "bluesky", "mastodon",
        "threads", "messenger", "flipboard", "email", "e-mail", "mail", "courriel", "print", "imprimer", "share",
        "partager", "partagez", "copy", "copier", "link", "lien", "tweet", "sms", "|", "/", "-", "·",
    ]
    static let shareWordSet = FoldedWordSet(shareWords)

    /// "vingt − seize =", "five + 3 =", "7 x deux = ?", "_ + 4 = 9": numbers (digits or words in
    /// French or English) joined by arithmetic operators, with an "=" and at most one number after it.
    static func isCaptcha(_ line: FoldedLine) -> Bool {
        guard line.full.utf8.count <= 80, line.full.utf8.contains(UInt8(ascii: "=")) else { return false }
        // Split operators off digits ("5+3=") but keep hyphenated number words ("vingt-deux").
        var tokens: [Substring] = []
        for word in line.full.split(separator: " ") {
            var current = word.startIndex
            var i = word.startIndex
            while i < word.endIndex {
                let c = word[i]
                let isOperator = "+×*/=?".contains(c) || c == "x" && isDigitsAround(word, i) || c == "-" && isDigitsAround(word, i)
                if isOperator {
                    if current < i { tokens.append(word[current..<i]) }
                    tokens.append(word[i...i])
                    current = word.index(after: i)
                }
                i = word.index(after: i)
            }
            if current < word.endIndex { tokens.append(word[current...]) }
        }
        guard let equals = tokens.firstIndex(of: "="), tokens.count <= 10 else { return false }
        let before = tokens[..<equals], after = tokens[(equals + 1)...].filter { $0 != "?" }
        guard after.count <= 1, after.allSatisfy(isNumberish) else { return false }
        // number (operator number)+
        var expectNumber = true
        var operators = 0
        for token in before {
            if expectNumber {
                guard isNumberish(token) else { return false }
            } else {
                guard operatorTokens.contains(String(token)) else { return false }
                operators += 1
            }
            expectNumber.toggle()
        }
        return operators >= 1 && !expectNumber
    }

    private static func isDigitsAround(_ word: Substring, _ i: Substring.Index) -> Bool {
        let before = i > word.startIndex && word[word.index(before: i)].isASCIIDigit
        let nextIndex = word.index(after: i)
        let after = nextIndex < word.endIndex && word[nextIndex].isASCIIDigit
        return before || after
    }

    static let operatorTokens: Set<String> = ["+", "-", "x", "×", "*", "/", "plus", "moins", "minus", "fois", "times"]

    /// Digits, a number word, a hyphenated compound of them ("vingt-deux", "twenty-one"), or a blank "_".
    static func isNumberish(_ token: Substring) -> Bool {
        if token == "_" || token == "?" || token == "..." { return true }
        if !token.isEmpty && token.allSatisfy(\.isASCIIDigit) { return true }
        let parts = token.split(separator: "-")
        return !parts.isEmpty && parts.allSatisfy { numberWords.contains(String($0)) }
    }

    /// A count in a teaser's "il y a 4 jours" / "4 days ago": digits (possibly glued after a
    /// category name, "europe2"), or a small number word.
    static func isCount(_ token: Substring) -> Bool {
        if let last = token.last, last.isASCIIDigit { return true }
        return ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "quelques",
                "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"].contains(String(token))
    }

    static let numberWords: Set<String> = [
        "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "et",
        "one", "two", "three", "four", "five", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred",
    ]
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
