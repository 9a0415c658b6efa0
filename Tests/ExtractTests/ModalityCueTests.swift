import Testing
import Extract

/// Every modality corpus, every language: planned wins over reported, which wins over asserted.
@Suite struct ModalityCueTests {
    @Test(arguments: Modality.corpusCases)
    func modalityCorpus(_ c: CorpusCase<Modality>) {
        let text = TokenizedText(c.input)
        #expect(Modality.detect(in: text, tokens: 0..<text.tokens.count, language: c.language) == c.expected, "\(c)")
    }

    /// The cache skips words its filter rejects: it must let through every cue of the corpora.
    @Test func cueFilterLetsEveryCueThrough() {
        var inputs: [(Language, String)] = Modality.corpusCases.map { ($0.language, $0.input) }
        inputs += Dates.corpusCases.map { ($0.language, $0.input) }
        inputs += [(.fr, "Les ministres signeront l'accord, qui entrera en vigueur à venir, d'après le communiqué."),
                   (.fr, "Le sommet se tiendra à Paris ; il devrait réunir les dirigeants, selon l'Élysée."),
                   (.en, "The summit is going to be held in Paris, they'll meet next week, officials said."),
                   (.en, "Leaders plan to meet; the talks are due to start and are set to be held in May.")]
        for (language, input) in inputs {
            let text = TokenizedText(input)
            #expect(modalityCueFilterMisses(in: text, language: language).isEmpty, "\(language): \(input)")
        }
    }

    @Test func detectionStaysInsideTheGivenTokens() {
        let text = TokenizedText("Le Conseil s'est réuni hier. Le prochain se tiendra à Bruxelles.")
        #expect(Modality.detect(in: text, tokens: text.sentences[0], language: .fr) == .asserted)
        #expect(Modality.detect(in: text, tokens: text.sentences[1], language: .fr) == .planned)
        #expect(Modality.detect(in: text, tokens: -4..<1000, language: .fr) == .planned)
        #expect(Modality.detect(in: text, tokens: 500..<1000, language: .fr) == .asserted)
    }

    @Test func aRelativeClauseKeepsItsOwnModality() {
        // "qui reliera…" is a plan about the forum, not about the council held last month.
        let c = claimLines(.fr, "Le mois dernier (26 mars), l'UE et la Corée du Sud ont annoncé une coopération. "
            + "Lors de leur Conseil de partenariat numérique, ils ont lancé un forum qui reliera les chercheurs.")
        #expect(c.contains("digital-partnership-council:EU+KR date XXXX-03-26 asserted"))
    }
}
