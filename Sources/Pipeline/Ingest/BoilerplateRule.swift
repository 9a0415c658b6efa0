import Extract

/// One line of text as the boilerplate rules see it: folded (lower case, no accents, ’ → ',
/// − → -, any space → " "), whitespace collapsed, and without the punctuation around it.
///
/// This is the readable form the rules are written against. ``Boilerplate`` does not build it
/// for every line: it folds each line once into bytes (``FoldedBytes``), finds the rules that
/// may apply there, and makes a `FoldedLine` only for a line some rule may match.
struct FoldedLine: Sendable {
    /// Folded and collapsed: "vingt - seize =".
    let full: String
    /// `full` without leading and trailing punctuation or symbols: "partagez cet article".
    let core: String
    /// The words of `core`, split on spaces.
    let words: [Substring]

    /// Folds `line` (the reference folding; ``LineFolder`` gives the same bytes faster).
    init(_ line: Substring) {
        // Folding.fold per scalar, with ASCII lower-cased in place and spaces collapsed, into bytes.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var space = false
        for scalar in line.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0C { space = !bytes.isEmpty; continue }
                if space { bytes.append(0x20); space = false }
                bytes.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                continue
            }
            let (kind, folded) = Folding.fold(scalar)
            if kind == .space { space = !bytes.isEmpty; continue }
            if space { bytes.append(0x20); space = false }
            if let folded { bytes.append(contentsOf: folded.utf8) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        self.init(full: String(decoding: bytes, as: UTF8.self))
    }

    /// A line already folded and collapsed.
    init(full: String) {
        self.full = full
        let scalars = full.unicodeScalars
        let isWordy: (Unicode.Scalar) -> Bool = { s in
            s.isASCII ? ((s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A) || (0x30...0x39).contains(s.value) : s.properties.isAlphabetic
        }
        if let first = scalars.firstIndex(where: isWordy), let last = scalars.lastIndex(where: isWordy) {
            core = String(scalars[first...last])
        } else {
            core = ""
        }
        // Split on the single spaces left by the collapse, by bytes.
        var words: [Substring] = []
        let utf8 = core.utf8
        var start = utf8.startIndex, i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 0x20 {
                if start < i { words.append(core[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex { words.append(core[start...]) }
        self.words = words
    }

    /// `core` starts with `cue` followed by a non-letter (or nothing).
    func startsWith(_ cue: String) -> Bool {
        core.utf8.starts(with: cue.utf8) && FoldedLine.isBoundary(core, at: cue.utf8.count)
    }

    /// `cue` occurs in `core` as whole words. A plain byte search: cues are a few words and
    /// lines are short, and it avoids the generic string searcher's per-call set-up.
    func contains(_ cue: String) -> Bool {
        let cueCount = cue.utf8.count
        return core.utf8.withContiguousStorageIfAvailable { text in
            cue.utf8.withContiguousStorageIfAvailable { pattern in
                guard cueCount > 0, text.count >= cueCount, let first = pattern.first else { return false }
                var i = 0
                let last = text.count - cueCount
                while i <= last {
                    if text[i] == first && (i == 0 || !FoldedLine.isWordByte(text[i - 1]))
                        && (i + cueCount == text.count || !FoldedLine.isWordByte(text[i + cueCount])) {
                        var j = 1
                        while j < cueCount && text[i + j] == pattern[j] { j += 1 }
                        if j == cueCount { return true }
                    }
                    i += 1
                }
                return false
            } ?? false
        } ?? false
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// The byte at `offset` (or before it) is not a letter or digit, or is outside the string.
    static func isBoundary(_ s: String, at offset: Int, before: Bool = false) -> Bool {
        let utf8 = s.utf8
        let i = before ? offset - 1 : offset
        guard i >= 0, i < utf8.count else { return true }
        return !isWordByte(utf8[utf8.index(utf8.startIndex, offsetBy: i)])
    }
}

/// A boilerplate rule: a readable name, what to do, and what it looks for.
///
/// Cue phrases are written as people write them ("Partagez cet article") and folded once when
/// the table is built, so a table reads like the page it describes. ``Boilerplate`` indexes the
/// cues of all rules together (``BoilerplatePhraseIndex``) and asks a rule about a line only
/// when one of its cues occurs there; `matches(_:)` then decides, as written below.
struct BoilerplateRule: Sendable {
    enum Action: Sendable, Equatable {
        /// This line is furniture.
        case dropLine
        /// This line and everything after it is furniture (comments, share bar, related list),
        /// provided more article prose comes before it than after it.
        case cutFromHere
        /// A teaser of another article ("AfriqueIl y a 4 jours", "3 hours ago"): dropped, and
        /// two or more of them in the trailing part make a teaser list, cut from the first.
        case teaser
    }

    /// What a rule looks for. Cues are folded.
    enum Matcher: Sendable {
        /// The whole line (its `core`) is one of the cues.
        case line(cues: [String])
        /// The line starts with a cue and has at most `maxWords` words.
        case prefix(cues: [String], maxWords: Int)
        /// The line contains a cue as whole words and has at most `maxWords` words.
        case contains(cues: [String], maxWords: Int)
        /// A row of footer links: see ``BoilerplateRule/footerLinks(_:maxWords:name:)``.
        case footerLinks(cues: [String], maxWords: Int)
        /// Any other test, on lines of at most `maxWords` words. `when` is a cheap look at the
        /// folded bytes that must hold whenever `test` does (it may hold more often); `test`
        /// decides, on the readable ``FoldedLine``.
        case custom(maxWords: Int, when: @Sendable (FoldedBytes) -> Bool, test: @Sendable (FoldedLine) -> Bool)
    }

    let name: String
    let action: Action
    let matcher: Matcher

    init(name: String, action: Action, matcher: Matcher) {
        self.name = name; self.action = action; self.matcher = matcher
        if case .line(let cues) = matcher { lineCues = Set(cues) } else { lineCues = [] }
    }

    /// A rule with its own test (see ``Matcher/custom(maxWords:when:test:)``).
    init(name: String, action: Action, maxWords: Int, when: @escaping @Sendable (FoldedBytes) -> Bool,
         matches test: @escaping @Sendable (FoldedLine) -> Bool) {
        self.init(name: name, action: action, matcher: .custom(maxWords: maxWords, when: when, test: test))
    }

    /// The most words a line this rule matches has (`nil`: a `.line` rule, bound by its cues).
    /// Longer lines — most paragraphs — are never asked, and their words are not looked up
    /// for this rule's cues.
    var maxWords: Int? {
        switch matcher {
        case .line: return nil
        case .prefix(_, let n), .contains(_, let n), .footerLinks(_, let n), .custom(let n, _, _): return n
        }
    }

    /// The cues of a `.line` rule as a set (compared as strings, like the lines they match).
    private let lineCues: Set<String>

    /// Whether this rule matches `line`: the rule as written, with no index.
    func matches(_ line: FoldedLine) -> Bool {
        switch matcher {
        case .line:
            return lineCues.contains(line.core)
        case .prefix(let cues, let maxWords):
            return line.words.count <= maxWords && cues.contains { line.startsWith($0) }
        case .contains(let cues, let maxWords):
            return line.words.count <= maxWords && cues.contains { line.contains($0) }
        case .footerLinks(let cues, let maxWords):
            guard line.words.count <= maxWords else { return false }
            if cues.contains(where: { line.startsWith($0) }) { return true }
            let found = cues.filter { line.contains($0) }.count
            guard found > 0 else { return false }
            return found >= 2 || line.full.unicodeScalars.contains("©") || line.words.contains { ["|", "·", "•", "/", "-", "–"].contains($0) }
        case .custom(let maxWords, _, let test):
            return line.words.count <= maxWords && test(line)
        }
    }

    /// The whole line is the cue (ignoring surrounding punctuation).
    static func line(_ cues: [String], _ action: Action = .dropLine, name: String) -> BoilerplateRule {
        BoilerplateRule(name: name, action: action, matcher: .line(cues: cues.map { Folding.fold($0) }))
    }

    /// The line starts with a cue and has at most `maxWords` words.
    static func prefix(_ cues: [String], maxWords: Int, _ action: Action = .dropLine, name: String) -> BoilerplateRule {
        BoilerplateRule(name: name, action: action, matcher: .prefix(cues: cues.map { Folding.fold($0) }, maxWords: maxWords))
    }

    /// A row of footer links ("Mentions légales · Politique de confidentialité"): a line of at most
    /// `maxWords` words that starts with a cue, or holds one next to "©", a link separator
    /// (| · • / –), or a second cue. A sentence that merely mentions a privacy policy is kept.
    static func footerLinks(_ cues: [String], maxWords: Int = 30, name: String) -> BoilerplateRule {
        BoilerplateRule(name: name, action: .dropLine, matcher: .footerLinks(cues: cues.map { Folding.fold($0) }, maxWords: maxWords))
    }

    /// The line contains a cue as whole words and has at most `maxWords` words.
    static func contains(_ cues: [String], maxWords: Int, _ action: Action = .dropLine, name: String) -> BoilerplateRule {
        BoilerplateRule(name: name, action: action, matcher: .contains(cues: cues.map { Folding.fold($0) }, maxWords: maxWords))
    }
}
