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
    /// Subject parties per sentence.
    private(set) var clauseParties: [[String]] = []
    /// The most frequent set of two or more parties in the document, if any.
    private(set) var dominant: [String]? = nil

    init(text: TokenizedText, index: MentionIndex, lexicon: Lexicon, phrases: [EventPhrase]) {
        self.text = text
        var inside = [Bool](repeating: false, count: text.tokens.count)
        // By index: `for p in phrases` would copy every phrase.
        for p in phrases.indices { for k in phrases[p].start..<phrases[p].end { inside[k] = true } }
        var roleStarts = [Bool](repeating: false, count: text.tokens.count + 2)
        for r in index.roles.indices {
            for k in index.roles[r].tokens { inside[k] = true }
            roleStarts[index.roles[r].tokens.lowerBound] = true
        }
        // "Japan's Minister…": the possessive belongs to the role, not to the sentence's subject.
        for i in index.parties.indices {
            let tokens = index.parties[i].tokens
            let e = tokens.upperBound
            if text.isPunctuation(e, UInt8(ascii: "'")), text.isWord(e + 1, EventParties.sHash), roleStarts[e + 2] {
                inside[tokens.lowerBound] = true
            }
        }
        clauseParties = [[String]](repeating: [], count: text.sentences.count)
        var touched: [Int] = []
        for i in index.parties.indices where !inside[index.parties[i].tokens.lowerBound] {
            guard let id = index.seriesParty(ofParty: i) else { continue }
            let s = text.sentenceIndex(ofToken: index.parties[i].tokens.lowerBound)
            if clauseParties[s].isEmpty { touched.append(s) }
            if !clauseParties[s].contains(id) { clauseParties[s].append(id) }
        }
        for s in touched { clauseParties[s].sort() }

        // A document names few sets of parties: a short list beats hashing arrays of strings.
        var counts: [(set: [String], count: Int, first: Int)] = []
        func count(_ set: [String], _ at: Int) {
            guard set.count >= 2 else { return }
            if let i = counts.firstIndex(where: { $0.set == set }) { counts[i].count += 1 } else { counts.append((set, 1, at)) }
        }
        for s in touched { count(clauseParties[s], text.sentences[s].lowerBound) }
        for p in phrases.indices where phrases[p].ownParties.count >= 2 { count(phrases[p].ownParties, phrases[p].start) }
        dominant = counts.max { a, b in (a.count, -a.first) < (b.count, -b.first) }?.set
    }

    static let sHash = Folding.word("s")

    /// Steps (1) to (3) for every phrase.
    func assignContext(_ phrases: inout [EventPhrase]) {
        for k in phrases.indices {
            let sentence = phrases[k].sentence
            if !phrases[k].ownParties.isEmpty {
                phrases[k].contextParties = phrases[k].ownParties; phrases[k].partySource = .own
            } else if !clauseParties[sentence].isEmpty {
                phrases[k].contextParties = clauseParties[sentence]; phrases[k].partySource = .clause
            } else {
                var s = sentence
                // Back to the paragraph's start, at most five sentences.
                while s > 0, sentence - s < 5, !text.tokens[text.sentences[s].lowerBound].newlineBefore {
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
