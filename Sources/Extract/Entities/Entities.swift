/// Named things: parties and places (lexicon), people and their roles (patterns around role nouns).
///
/// One lexicon pass finds parties, places, role nouns and known people; the person rules then
/// run only where a role noun was found, so the cost is one hash look-up per token plus a
/// little work per role. Party adjectives ("japonais", "Japanese") make no mention here:
/// `Events` reads them next to event nouns.
public enum Entities {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] {
        MentionRun.inTextOrder([extract(from: text, names: context.lexicon.allMatches(in: text, language: context.language),
                                        in: context)])
    }

    /// `names`: the lexicon's matches in `text` (``Lexicon/allMatches(in:language:kinds:)``). The
    /// mentions as the passes found them, with their text order.
    static func extract(from text: TokenizedText, names: [LexiconMatch], in context: ExtractionContext) -> MentionRun {
        guard !text.tokens.isEmpty else { return MentionRun([]) }
        var scan = EntityScan(text: text, grammar: grammar(for: context.language), names: names.count)
        scan.run(names)
        return MentionRun(scan.mentions).sorted()
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
        let nameFirst, titleFirst, placeAlsoParty, institution, capital: String

        init(_ language: Language) {
            nameFirst = ruleName("<name>, <role>", language)
            titleFirst = ruleName("<role> [,] <name>", language)
            placeAlsoParty = ruleName(language == .fr ? "à <place that is also a party>" : "in <place that is also a party>", language)
            institution = ruleName(language == .fr ? "l'Union | la Commission" : "the Union | the Commission", language)
            capital = ruleName(language == .fr ? "la capitale <adjectif>" : "the <adjective> capital", language)
        }

        static let fr = RuleNames(.fr), en = RuleNames(.en)
        static func of(_ language: Language) -> RuleNames { language == .fr ? fr : en }
    }
}

/// The state of one entity pass over a document.
struct EntityScan {
    let text: TokenizedText
    let g: PersonGrammar
    let ruleNames: Entities.RuleNames
    var mentions: [Mention] = []
    /// Per token: covered by a lexicon name (party, place, event, agreement, role, person).
    var covered: [Bool]
    /// Role noun matches, in order.
    var roles: [LexiconMatch] = []
    /// Persons found: token range → full name.
    var persons: [(tokens: Range<Int>, name: String)] = []
    /// Folded surname (its hash, see ``Entities/surnameKey(of:)``) → the first full name (two
    /// words or more) found with it. A document names few people: a short list, not a table.
    var fullNames: [(surname: UInt64, name: String)] = []

    /// `names`: how many lexicon names the document has (most make a mention).
    init(text: TokenizedText, grammar: PersonGrammar, names: Int) {
        self.text = text; self.g = grammar
        ruleNames = Entities.RuleNames.of(grammar.language)
        covered = Array(repeating: false, count: text.tokens.count)
        mentions.reserveCapacity(names + 16)
    }

    /// Notes `name` as the full name of its surname, unless one was noted first.
    private mutating func noteFullName(_ name: String) {
        guard let key = Entities.surnameKey(of: name), !fullNames.contains(where: { $0.surname == key }) else { return }
        fullNames.append((key, name))
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
            // The group's matches are found by index and read in place: a copy of a match
            // retains its entry.
            let group = groupStart..<k
            let first = matches[groupStart].tokens
            let start = first.lowerBound
            let place = group.first { matches[$0].entry.kind == .place }
            // "à Florence", "in Split": a place named like a first name or a common word is one
            // only right after a locative and before no other name ("à Florence Parly" is a
            // person); elsewhere the words are no name at all, free for the person rules.
            if let place, matches[place].entry.traits.isLocativeOnly(in: g.language),
               !text.isWord(start - 1, in: g.locatives) || text.isCapitalizedWord(first.upperBound) { continue }
            // "Hyderabad House", "Lancaster House": a building named after a town is not the town.
            if place != nil, text.isCapitalizedWord(first.upperBound), text.isWord(first.upperBound, in: g.venueNouns) { continue }
            for i in first { covered[i] = true }
            // A proper name is written with a capital, though not always on its first word
            // ("le pays de Galles", "l'île de Man").
            let capital = text.tokens[start].capitalized || text.tokens[start].kind == .number
                || (first.count > 1 && first.contains { text.tokens[$0].capitalized })
            let party = group.first { matches[$0].entry.kind == .party && matches[$0].entry.traits.adjectiveOf == nil }
            if let place, let party, capital {
                // "à Luxembourg" is the city; "le Luxembourg" the state.
                if text.isWord(start - 1, in: g.locatives) {
                    mentions.append(Mention(type: .place, span: matches[place].span, value: .id(matches[place].entry.id),
                                            rule: ruleNames.placeAlsoParty))
                } else {
                    mentions.append(Mention(type: .party, span: matches[party].span, value: .id(matches[party].entry.id),
                                            rule: "<party> (lexicon)"))
                }
                continue
            }
            if let place, capital {
                mentions.append(Mention(type: .place, span: matches[place].span, value: .id(matches[place].entry.id),
                                        rule: "<place> (lexicon)"))
            } else if let party, capital {
                mentions.append(Mention(type: .party, span: matches[party].span, value: .id(matches[party].entry.id),
                                        rule: "<party> (lexicon)"))
            } else if let person = group.first(where: { matches[$0].entry.kind == .person }) {
                let id = matches[person].entry.id
                mentions.append(Mention(type: .person, span: matches[person].span, value: .name(id), rule: "<person> (lexicon)"))
                persons.append((matches[person].tokens, id))
                noteFullName(id)
            } else if let role = group.first(where: { matches[$0].entry.kind == .role }) {
                roles.append(matches[role])
            } else if let adjective = group.first(where: { matches[$0].entry.traits.capital != nil }) {
                capitalPlace(namedBy: matches[adjective])
            }
        }
    }

    /// "the Slovak capital", "la capitale slovaque": wire copy names the host city so the
    /// second time, and the place must still be compared with "Bratislava" in another report.
    /// The determiner is required: "Slovak capital markets" names no city.
    private mutating func capitalPlace(namedBy adjective: LexiconMatch) {
        guard let city = adjective.entry.traits.capital else { return }
        let words = adjective.tokens
        let phrase: Range<Int>
        if g.postnominalAdjectives {
            let noun = words.lowerBound - 1
            guard text.isWord(noun, in: g.capitalNouns), text.isWord(noun - 1, in: g.determiners) else { return }
            phrase = noun - 1..<words.upperBound
        } else {
            guard text.isWord(words.upperBound, in: g.capitalNouns), text.isWord(words.lowerBound - 1, in: g.determiners) else { return }
            phrase = words.lowerBound - 1..<words.upperBound + 1
        }
        guard text.sentenceIndex(ofToken: phrase.lowerBound) == text.sentenceIndex(ofToken: phrase.upperBound - 1) else { return }
        for i in phrase { covered[i] = true }
        mentions.append(Mention(type: .place, span: text.span(from: phrase.lowerBound, through: phrase.upperBound - 1),
                                value: .id(city), rule: ruleNames.capital))
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
        noteFullName(fullName)
        mentions.append(Mention(type: .person, span: nameSpan, value: .name(fullName), rule: rule))
        mentions.append(Mention(type: .role, span: labelSpan, value: .name(Entities.collapseSpaces(text.string(of: labelSpan))), rule: rule))
    }

    /// The name as written, one space between words; a lone surname becomes the full name
    /// written earlier in the document ("Virkkunen" → "Henna Virkkunen").
    private func normalisedName(_ span: TextSpan) -> String {
        let written = Entities.collapseSpaces(text.string(of: span))
        guard !Entities.hasSpace(written) else { return written }
        let key = Entities.foldedKey(written[...])
        return fullNames.first { $0.surname == key }?.name ?? written
    }

    /// Later lone mentions of a named person's surname: "Virkkunen" after "Henna Virkkunen".
    private mutating func surnamePass() {
        // Last token's hash → the name, the last person named with it winning. A short list (a
        // document names few people) behind a 64-bit filter probed at every capitalised word.
        var surnames: [(hash: UInt64, name: String)] = []
        var filter: UInt64 = 0
        for p in persons where p.tokens.count >= 2 {
            let hash = text.tokens[p.tokens.upperBound - 1].hash
            if let k = surnames.firstIndex(where: { $0.hash == hash }) { surnames[k].name = p.name; continue }
            surnames.append((hash, p.name))
            filter |= 1 << (hash & 63)
        }
        guard !surnames.isEmpty else { return }
        // Every person's tokens are covered (by the lexicon pass or the person rules).
        for c in text.capitalizedWords where !covered[Int(c)] {
            let i = Int(c)
            let hash = text.tokens[i].hash
            guard filter & (1 << (hash & 63)) != 0, let full = surnames.first(where: { $0.hash == hash })?.name else { continue }
            // Not the end of another name ("Takeuchi" in "Shinji Takeuchi" was taken; "Akira Taira" is another person).
            if text.isCapitalizedWord(i - 1), text.tokens[i].spaceBefore, !text.isWord(i - 1, in: g.nameStops) { continue }
            if text.isCapitalizedWord(i + 1), text.tokens[i + 1].spaceBefore { continue }
            mentions.append(Mention(type: .person, span: text.tokens[i].span, value: .name(full),
                                    rule: "<surname of a named person>"))
        }
    }
}

extension Entities {
    /// Whether a name has a space (`name.contains(" ")`). Read on the bytes when every
    /// scalar is below U+0300: no combining mark can then join a space into another character.
    package static func hasSpace(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0xCC }) { return name.utf8.contains(0x20) }
        return name.contains(" ")
    }

    /// The key of a full name's surname, its last word folded and hashed ("Henna Virkkunen" →
    /// the hash of "virkkunen"); nil for a name of one word.
    package static func surnameKey(of name: String) -> UInt64? {
        guard hasSpace(name) else { return nil }
        let u = name.utf8
        if u.allSatisfy({ $0 < 0xCC }) {
            // Words are separated by single bytes: the last run of bytes that are no space.
            var end = u.endIndex
            while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
            var start = end
            while start > u.startIndex, u[u.index(before: start)] != 0x20 { start = u.index(before: start) }
            guard start < end else { return nil }
            return foldedKey(name[start..<end])
        }
        guard let last = name.split(separator: " ").last else { return nil }
        return foldedKey(last)
    }

    /// The hash of a word's folded spelling, as ``Folding/word(_:)`` gives it, without a
    /// folded string for an ASCII word.
    package static func foldedKey(_ word: Substring) -> UInt64 {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return Folding.word(String(word)) }
        return Folding.hash(word.utf8.lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
    }

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
