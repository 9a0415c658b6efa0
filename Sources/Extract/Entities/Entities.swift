/// Named things: parties and places (lexicon), people and their roles (patterns around role nouns).
///
/// One lexicon pass finds parties, places, role nouns and known people; the person rules then
/// run only where a role noun was found, so the cost is one hash look-up per token plus a
/// little work per role. Party adjectives ("japonais", "Japanese") make no mention here:
/// `Events` reads them next to event nouns.
public enum Entities {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        extract(from: text, names: context.lexicon.allMatches(in: text, language: context.language), in: context)
    }

    /// `names`: the lexicon's matches in `text` (``Lexicon/allMatches(in:language:kinds:)``).
    static func extract(from text: TokenizedText, names: [LexiconMatch], in context: ExtractionContext) -> [Mention] {
        guard !text.tokens.isEmpty else { return [] }
        var scan = EntityScan(text: text, context: context, grammar: grammar(for: context.language))
        scan.run(names)
        return Extractor.inTextOrder(scan.mentions)
    }

    static func grammar(for language: Language) -> PersonGrammar {
        switch language {
        case .fr: return EntityRulesFR.grammar
        case .en: return EntityRulesEN.grammar
        }
    }

    /// Rule names that pair a role with the person named just before it ("<name>, <role>").
    /// `Events` reads them to turn a person and a role into a role claim.
    static func isNameFirstRoleRule(_ rule: String) -> Bool {
        rule == "<name>, <role> (fr)" || rule == "<name>, <role> (en)"
    }
    /// Rule names that pair a role with the person named just after it ("<role> <name>").
    static func isTitleFirstRoleRule(_ rule: String) -> Bool {
        rule == "<role> [,] <name> (fr)" || rule == "<role> [,] <name> (en)"
    }

    static func ruleName(_ pattern: String, _ language: Language) -> String { pattern + " (" + language.rawValue + ")" }

    /// The person and role rules' names in one language, spelled once rather than concatenated
    /// for every mention.
    struct RuleNames: Sendable {
        let nameFirst, titleFirst, placeAlsoParty, institution: String

        init(_ language: Language) {
            nameFirst = ruleName("<name>, <role>", language)
            titleFirst = ruleName("<role> [,] <name>", language)
            placeAlsoParty = ruleName(language == .fr ? "à <place that is also a party>" : "in <place that is also a party>", language)
            institution = ruleName(language == .fr ? "l'Union | la Commission" : "the Union | the Commission", language)
        }

        static let fr = RuleNames(.fr), en = RuleNames(.en)
        static func of(_ language: Language) -> RuleNames { language == .fr ? fr : en }
    }
}

/// The state of one entity pass over a document.
struct EntityScan {
    let text: TokenizedText
    let context: ExtractionContext
    let g: PersonGrammar
    let ruleNames: Entities.RuleNames
    var mentions: [Mention] = []
    /// Per token: covered by a lexicon name (party, place, event, agreement, role, person).
    var covered: [Bool]
    /// Role noun matches, in order.
    var roles: [LexiconMatch] = []
    /// Persons found: token range → full name.
    var persons: [(tokens: Range<Int>, name: String)] = []
    /// Folded surname → the first full name (two words or more) found with it.
    var fullNames: [String: String] = [:]

    init(text: TokenizedText, context: ExtractionContext, grammar: PersonGrammar) {
        self.text = text; self.context = context; self.g = grammar
        ruleNames = Entities.RuleNames.of(grammar.language)
        covered = Array(repeating: false, count: text.tokens.count)
    }

    mutating func run(_ names: [LexiconMatch]) {
        lexiconPass(names)
        institutionPass()
        for role in roles { personRules(around: role) }
        surnamePass()
    }

    // MARK: Lexicon

    private mutating func lexiconPass(_ matches: [LexiconMatch]) {
        var k = 0
        while k < matches.count {
            // Matches at the same tokens come together (a place and a party named alike).
            let groupStart = k
            while k + 1 < matches.count, matches[k + 1].tokens == matches[k].tokens { k += 1 }
            k += 1
            let group = matches[groupStart..<k]     // a slice: no array made per name
            let first = group[groupStart]
            for i in first.tokens { covered[i] = true }
            let start = first.tokens.lowerBound
            let capital = text.tokens[start].capitalized || text.tokens[start].kind == .number
            let place = group.first { $0.entry.kind == .place }
            let party = group.first { $0.entry.kind == .party && $0.entry.traits.adjectiveOf == nil }
            if let place, let party, capital {
                // "à Luxembourg" is the city; "le Luxembourg" the state.
                if text.isWord(start - 1, in: g.locatives) {
                    mentions.append(Mention(type: .place, span: place.span, value: .id(place.entry.id),
                                            rule: ruleNames.placeAlsoParty))
                } else {
                    mentions.append(Mention(type: .party, span: party.span, value: .id(party.entry.id), rule: "<party> (lexicon)"))
                }
                continue
            }
            if let place, capital {
                mentions.append(Mention(type: .place, span: place.span, value: .id(place.entry.id), rule: "<place> (lexicon)"))
            } else if let party, capital {
                mentions.append(Mention(type: .party, span: party.span, value: .id(party.entry.id), rule: "<party> (lexicon)"))
            } else if let person = group.first(where: { $0.entry.kind == .person }) {
                mentions.append(Mention(type: .person, span: person.span, value: .name(person.entry.id), rule: "<person> (lexicon)"))
                persons.append((person.tokens, person.entry.id))
                if let last = person.entry.id.split(separator: " ").last, person.entry.id.contains(" ") {
                    let key = Folding.fold(String(last))
                    if fullNames[key] == nil { fullNames[key] = person.entry.id }
                }
            } else if let role = group.first(where: { $0.entry.kind == .role }) {
                roles.append(role)
            }
        }
    }

    /// "l'Union", "la Commission", "the Commission": a capitalised institution noun after its
    /// article, not followed by a capitalised name ("la Commission Juncker" stays a party too, but
    /// "l'Union africaine" was already taken by the lexicon).
    private mutating func institutionPass() {
        for c in text.capitalizedWords where !covered[Int(c)] {
            let i = Int(c)
            guard let party = g.institutionNouns.first(where: { $0.word == text.tokens[i].hash })?.party else { continue }
            var d = i - 1
            if text.isPunctuation(d, UInt8(ascii: "'")) { d -= 1 }
            guard text.isWord(d, in: g.institutionDeterminers), text.sentenceIndex(ofToken: d) == text.sentenceIndex(ofToken: i)
            else { continue }
            // "the Union of South American Nations", "la Commission de Venise": another institution.
            if i + 2 < text.tokens.count, text.isWord(i + 1, in: g.linkers), text.isCapitalizedWord(i + 2),
               !covered[i + 2] || text.isWord(i + 2, in: g.determiners) { continue }
            covered[i] = true
            mentions.append(Mention(type: .party, span: text.tokens[i].span, value: .id(party),
                                    rule: ruleNames.institution))
        }
    }

    // MARK: People and roles

    static let aHash = Folding.word("a")
    static let sHash = Folding.word("s")

    private mutating func personRules(around role: LexiconMatch) {
        let sentence = text.sentenceRange(ofToken: role.tokens.lowerBound)
        // A role noun right after a determiner ("le commissaire Breton") is more often a title.
        var before = role.tokens.lowerBound - 1
        if text.isPunctuation(before, UInt8(ascii: "'")) { before -= 1 }
        let hasDeterminer = text.isWord(before, in: g.determiners) && before >= sentence.lowerBound
        if hasDeterminer {
            if titleFirst(role, sentence) { return }
            _ = nameFirst(role, sentence)
        } else {
            if nameFirst(role, sentence) { return }
            _ = titleFirst(role, sentence)
        }
    }

    /// "<name>, [det | party's] <role…>": the name ends right before the comma.
    private mutating func nameFirst(_ role: LexiconMatch, _ sentence: Range<Int>) -> Bool {
        var k = role.tokens.lowerBound - 1
        // English possessive: "Japan's Minister…", "the EU's Commissioner…".
        if g.language == .en, text.isWord(k, EntityScan.sHash), text.isPunctuation(k - 1, UInt8(ascii: "'")) {
            k -= 2
            while k >= sentence.lowerBound, covered[k], !text.isPunctuation(k, UInt8(ascii: ",")) { k -= 1 }
        } else if text.isPunctuation(k, UInt8(ascii: "'")) {
            k -= 1
        }
        if text.isWord(k, in: g.determiners) { k -= 1 }
        guard k > sentence.lowerBound, text.isPunctuation(k, UInt8(ascii: ",")) else { return false }
        guard let name = nameBackward(endingBefore: k, sentence: sentence) else { return false }
        let label = roleLabel(role, sentence: sentence)
        guard !label.isEmpty else { return false }
        add(person: name, role: label, rule: ruleNames.nameFirst)
        return true
    }

    /// "<role…> [,] <name>": the name starts right after the role's label (and an optional comma).
    private mutating func titleFirst(_ role: LexiconMatch, _ sentence: Range<Int>) -> Bool {
        var label = roleLabel(role, sentence: sentence)
        guard !label.isEmpty else { return false }
        var name: Range<Int>? = nil
        var k = label.upperBound
        if text.isPunctuation(k, UInt8(ascii: ",")) { k += 1 }
        if k < sentence.upperBound, let n = nameForward(from: k, sentence: sentence) {
            name = n
        } else if g.language == .en {
            // "Minister for Digital Transformation Masaaki Taira": the label swallowed the name;
            // a run of three or more capitalised words after "for"/"of" ends with it.
            let run = capitalisedRun(endingBefore: label.upperBound, notBefore: label.lowerBound + 1)
            if run.count >= 3, let split = nameAtEnd(of: run) {
                name = split
                label = label.lowerBound..<split.lowerBound
            }
        }
        guard let name, isBoundary(after: name, sentence: sentence) else { return false }
        add(person: name, role: label, rule: ruleNames.titleFirst)
        return true
    }

    /// The role noun and its complement: "ministre d'État des Affaires intérieures et des Communications".
    private func roleLabel(_ role: LexiconMatch, sentence: Range<Int>) -> Range<Int> {
        let start = role.tokens.lowerBound
        var last = role.tokens.upperBound
        var k = last
        enum Previous { case role, linker, content, capital }
        var previous = Previous.role
        var seenLinker = false
        while k < sentence.upperBound, k - start < 28 {
            let t = text.tokens[k]
            if t.newlineBefore { break }
            if t.kind == .punctuation {
                if text.isPunctuation(k, UInt8(ascii: "'")) && !t.spaceBefore && previous == .linker { k += 1; continue }
                if text.isPunctuation(k, UInt8(ascii: ",")) && seenLinker && text.isWord(k + 1, in: g.commaContinuers) {
                    k += 1; previous = .linker; continue
                }
                break
            }
            if t.kind == .number { break }
            if !t.capitalized {
                if text.isWord(k, in: g.conjunctions) {
                    let next = k + 1
                    let continues = text.isWord(next, in: g.linkers)
                        || (text.isLowercaseWord(next) && !text.isWord(next, in: g.labelStops) && !text.isWord(next, in: g.determiners))
                        // English portfolios: "for Science and Technology Policy".
                        || (g.language == .en && previous == .capital && isNameWord(next) && !covered[next])
                    guard continues, previous == .content || previous == .capital else { break }
                    k += 1; previous = .linker; continue
                }
                // French "a" (has) folds like "à" (to): only the accented one links.
                if g.language == .fr, t.hash == EntityScan.aHash, t.end - t.start == 1 { break }
                if text.isWord(k, in: g.linkers) {
                    k += 1; previous = .linker; seenLinker = true; continue
                }
                if text.isWord(k, in: g.labelStops) || text.isWord(k, in: g.determiners) { break }
                let allowed = previous == .linker || previous == .content || (previous == .role && g.postnominalAdjectives)
                    || (previous == .capital && g.postnominalAdjectives)
                guard allowed else { break }
                k += 1; last = k; previous = .content; continue
            }
            // A capital: a portfolio after a linker ("de la Transformation"), else a name begins.
            if previous == .linker || (previous == .capital && g.language == .en) {
                k += 1; last = k; previous = .capital; continue
            }
            break
        }
        return start..<last
    }

    /// Capitalised words (and name particles between them) ending right before `end`.
    private func capitalisedRun(endingBefore end: Int, notBefore floor: Int) -> Range<Int> {
        var s = end
        while s - 1 >= floor, text.isCapitalizedWord(s - 1) || (text.isWord(s - 1, in: g.particles) && s - 2 >= floor && text.isCapitalizedWord(s - 2)) {
            s -= 1
        }
        return s..<end
    }

    /// The last name in a run of capitalised words: the final word, its particles and one given name.
    private func nameAtEnd(of run: Range<Int>) -> Range<Int>? {
        var s = run.upperBound - 1
        guard isNameWord(s) else { return nil }
        while s - 1 > run.lowerBound, text.isWord(s - 1, in: g.particles) { s -= 1 }
        guard s - 1 >= run.lowerBound, isNameWord(s - 1) else { return nil }
        return (s - 1)..<run.upperBound
    }

    /// A token that can be part of a name: a capitalised word, not an acronym, no lexicon name, no stop word.
    private func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < text.tokens.count, text.isCapitalizedWord(i), !covered[i] else { return false }
        let t = text.tokens[i]
        return !t.allCaps && text.foldedLength(i) >= 2 && !g.nameStops.contains(t.hash)
    }

    /// A name of one to four words starting at `i`: "Ursula von der Leyen", "Jean-Claude Juncker".
    private func nameForward(from i: Int, sentence: Range<Int>) -> Range<Int>? {
        guard isNameWord(i) else { return nil }
        var k = i
        var end = i
        var words = 0
        while k < sentence.upperBound {
            if isNameWord(k) && (k == i || text.tokens[k].spaceBefore) {
                words += 1; k += 1; end = k
                // Glued parts: "Jean-Claude", "O'Neill".
                while k + 1 < sentence.upperBound, text.isGlued(k), text.tokens[k].kind == .punctuation,
                      text.isPunctuation(k, UInt8(ascii: "-")) || text.isPunctuation(k, UInt8(ascii: "'")),
                      text.isGlued(k + 1), isNameWord(k + 1) {
                    k += 2; end = k
                }
                continue
            }
            if words >= 1, text.isWord(k, in: g.particles), !text.tokens[k].capitalized {
                var p = k
                while p < sentence.upperBound, text.isWord(p, in: g.particles), !text.tokens[p].capitalized { p += 1 }
                if isNameWord(p) { k = p; continue }
            }
            break
        }
        guard words >= 1, words <= 4 else { return nil }
        return i..<end
    }

    /// A name ending right before token `end` (a comma): scanned backwards, one to four words.
    private func nameBackward(endingBefore end: Int, sentence: Range<Int>) -> Range<Int>? {
        var s = end
        var words = 0
        while s - 1 >= sentence.lowerBound {
            let k = s - 1
            if isNameWord(k) { words += 1; s = k; continue }
            if text.tokens[k].kind == .punctuation, text.isGlued(k), text.isGlued(k + 1),
               text.isPunctuation(k, UInt8(ascii: "-")) || text.isPunctuation(k, UInt8(ascii: "'")), isNameWord(k - 1) {
                s = k; continue
            }
            if words >= 1, text.isWord(k, in: g.particles), !text.tokens[k].capitalized, isNameWord(k - 1) || text.isWord(k - 1, in: g.particles) {
                s = k; continue
            }
            break
        }
        guard words >= 1, words <= 4, s < end else { return nil }
        // Another capitalised word glued on before: part of something longer, not a name.
        if s - 1 >= sentence.lowerBound, text.isCapitalizedWord(s - 1) { return nil }
        // A lone word opening the sentence ("Hier, le ministre…") is not taken for a name.
        if words == 1, s == sentence.lowerBound { return nil }
        return s..<end
    }

    private func isBoundary(after name: Range<Int>, sentence: Range<Int>) -> Bool {
        let k = name.upperBound
        if k >= sentence.upperBound || text.tokens[k].newlineBefore { return true }
        return text.tokens[k].kind == .punctuation || !text.tokens[k].capitalized
    }

    private mutating func add(person name: Range<Int>, role label: Range<Int>, rule: String) {
        guard !name.isEmpty, !label.isEmpty else { return }
        let nameSpan = text.span(from: name.lowerBound, through: name.upperBound - 1)
        let labelSpan = text.span(from: label.lowerBound, through: label.upperBound - 1)
        let fullName = normalisedName(nameSpan)
        for i in name { covered[i] = true }
        persons.append((name, fullName))
        if fullName.contains(" "), let last = fullName.split(separator: " ").last {
            let key = Folding.fold(String(last))
            if fullNames[key] == nil { fullNames[key] = fullName }
        }
        mentions.append(Mention(type: .person, span: nameSpan, value: .name(fullName), rule: rule))
        mentions.append(Mention(type: .role, span: labelSpan, value: .name(Entities.collapseSpaces(text.text.slice(labelSpan))), rule: rule))
    }

    /// The name as written, one space between words; a lone surname becomes the full name
    /// written earlier in the document ("Virkkunen" → "Henna Virkkunen").
    private func normalisedName(_ span: TextSpan) -> String {
        let written = Entities.collapseSpaces(text.text.slice(span))
        guard !written.contains(" ") else { return written }
        return fullNames[Folding.fold(written)] ?? written
    }

    /// Later lone mentions of a named person's surname: "Virkkunen" after "Henna Virkkunen".
    private mutating func surnamePass() {
        var byHash: [UInt64: String] = [:]
        for p in persons where p.tokens.count >= 2 {
            byHash[text.tokens[p.tokens.upperBound - 1].hash] = p.name
        }
        guard !byHash.isEmpty else { return }
        // Probed at every capitalised word: a table on the token hashes, not a Dictionary.
        let surnames = KeywordTable(byHash.map { ($0.key, $0.value) })
        var inPersons = [Bool](repeating: false, count: text.tokens.count)
        for p in persons { for k in p.tokens { inPersons[k] = true } }
        for c in text.capitalizedWords where !covered[Int(c)] && !inPersons[Int(c)] {
            let i = Int(c)
            guard let full = surnames[text.tokens[i].hash] else { continue }
            // Not the end of another name ("Takeuchi" in "Shinji Takeuchi" was taken; "Akira Taira" is another person).
            if text.isCapitalizedWord(i - 1), text.tokens[i].spaceBefore, !text.isWord(i - 1, in: g.nameStops) { continue }
            if text.isCapitalizedWord(i + 1), text.tokens[i + 1].spaceBefore { continue }
            mentions.append(Mention(type: .person, span: text.tokens[i].span, value: .name(full),
                                    rule: "<surname of a named person>"))
        }
    }
}

extension Entities {
    static func collapseSpaces(_ s: String) -> String {
        // Most names and labels have single ASCII spaces only.
        var previousSpace = false
        var plain = true
        for b in s.utf8 {
            if b < 0x20 || b == 0xC2 || b == 0xE2 || (b == 0x20 && previousSpace) { plain = false; break }
            previousSpace = b == 0x20
        }
        if plain { return s }
        var out = ""
        var pendingSpace = false
        for ch in s {
            if ch.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(ch)
        }
        return out
    }
}

extension Entities {
    /// Every example of every language's corpus, for the generic corpus test.
    package static var corpusCases: [CorpusCase<[String]>] {
        Language.allCases.flatMap { language -> [CorpusCase<[String]>] in
            switch language {
            case .fr: return CorpusEntry.cases(EntityRulesFR.corpus, language: .fr)
            case .en: return CorpusEntry.cases(EntityRulesEN.corpus, language: .en)
            }
        }
    }

    /// Near misses that must give no entity.
    package static var negativeCases: [CorpusCase<[String]>] {
        Language.allCases.flatMap { language -> [CorpusCase<[String]>] in
            let inputs: [String]
            switch language {
            case .fr: inputs = EntityRulesFR.negativeCorpus
            case .en: inputs = EntityRulesEN.negativeCorpus
            }
            return inputs.map { CorpusCase(language: language, input: $0, expected: []) }
        }
    }

    /// What a corpus compares: each mention as `type:value`, in text order.
    package static func keys(_ mentions: [Mention]) -> [String] {
        mentions.map { m in
            switch m.value {
            case .id(let id): return m.type.rawValue + ":" + id
            case .name(let n): return m.type.rawValue + ":" + n
            default: return m.type.rawValue
            }
        }
    }
}
