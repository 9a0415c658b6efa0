import Testing
import Extract

/// A sentence without a plan has no planned clause: event modalities skip the clauses of such
/// sentences, which holds only while the modality cues say so.
@Suite struct ClauseTests {
    @Test(arguments: Modality.corpusCases)
    func planInAClauseIsAPlanInItsSentence(_ c: CorpusCase<Modality>) {
        #expect(Events.clausePlansShowInTheirSentence(c.input, language: c.language), "\(c)")
    }

    @Test(arguments: Events.corpusCases)
    func planInAnEventClauseIsAPlanInItsSentence(_ c: CorpusCase<[String]>) {
        #expect(Events.clausePlansShowInTheirSentence(c.input, language: c.language), "\(c)")
    }
}
