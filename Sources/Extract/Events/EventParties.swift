/// Where an event phrase without parties of its own gets them.
///
/// In order: (1) the phrase's own parties ("sommet UE-Japon", "du G7"); (2) the subject parties
/// of its sentence, outside any other event phrase and any role ("L'UE et le Japon ont tenu leur
/// troisième Conseil"); (3) those of the nearest earlier sentence of the same paragraph that has
/// some ("L'UE et la Corée du Sud ont annoncé… Lors de leur Conseil de partenariat numérique");
/// (4) the event it refers to (see `EventReferences`); (5) the document's dominant pair: the
/// set of two or more parties named together most often ("les deux alliés", "the two partners").
struct EventParties {
    let text: TokenizedText
    let index: MentionIndex
    let lexicon: Lexicon
    /// Subject parties per sentence.
    private(set) var clauseParties: [[String]] = []
    /// The most frequent set of two or more parties in the document, if any.
    private(set) var dominant: [String]? = nil

    init(text: TokenizedText, index: MentionIndex, lexicon: Lexicon, phrases: [EventPhrase]) {
        self.text = text; self.index = index; self.lexicon = lexicon
        var inside = [Bool](repeating: false, count: text.tokens.count)
        for p in phrases { for k in p.start..<p.end { inside[k] = true } }
        var roleStarts = Set<Int>()
        for r in index.roles { for k in r.tokens { inside[k] = true }; roleStarts.insert(r.tokens.lowerBound) }
        // "Japan's Minister…": the possessive belongs to the role, not to the sentence's subject.
        for item in index.parties {
            let e = item.tokens.upperBound
            if text.isPunctuation(e, UInt8(ascii: "'")), text.isWord(e + 1, EventParties.sHash), roleStarts.contains(e + 2) {
                inside[item.tokens.lowerBound] = true
            }
        }
        clauseParties = [[String]](repeating: [], count: text.sentences.count)
        var touched: [Int] = []
        for item in index.parties where !inside[item.tokens.lowerBound] {
            guard let id = MentionIndex.seriesParty(item, lexicon: lexicon) else { continue }
            let s = text.sentenceIndex(ofToken: item.tokens.lowerBound)
            if clauseParties[s].isEmpty { touched.append(s) }
            if !clauseParties[s].contains(id) { clauseParties[s].append(id) }
        }
        for s in touched { clauseParties[s].sort() }

        var counts: [[String]: (count: Int, first: Int)] = [:]
        func count(_ set: [String], _ at: Int) {
            guard set.count >= 2 else { return }
            let c = counts[set]
            counts[set] = ((c?.count ?? 0) + 1, c?.first ?? at)
        }
        for s in touched { count(clauseParties[s], text.sentences[s].lowerBound) }
        for p in phrases { count(p.ownParties, p.start) }
        dominant = counts.max { a, b in (a.value.count, -a.value.first) < (b.value.count, -b.value.first) }?.key
    }

    static let sHash = Folding.word("s")

    /// Steps (1) to (3) for every phrase.
    func assignContext(_ phrases: inout [EventPhrase]) {
        for k in phrases.indices {
            let p = phrases[k]
            if !p.ownParties.isEmpty {
                phrases[k].contextParties = p.ownParties; phrases[k].partySource = .own
            } else if !clauseParties[p.sentence].isEmpty {
                phrases[k].contextParties = clauseParties[p.sentence]; phrases[k].partySource = .clause
            } else {
                var s = p.sentence
                // Back to the paragraph's start, at most five sentences.
                while s > 0, p.sentence - s < 5, !text.tokens[text.sentences[s].lowerBound].newlineBefore {
                    s -= 1
                    if !clauseParties[s].isEmpty {
                        phrases[k].contextParties = clauseParties[s]; phrases[k].partySource = .previousSentence(s)
                        break
                    }
                }
            }
        }
    }
}
