import Testing
import Extract

/// Every event corpus, every language: each example names exactly its events, with parties,
/// ordinals and in-document references resolved.
@Suite struct EventCorpusTests {
    @Test(arguments: Events.corpusCases)
    func eventCorpus(_ c: CorpusCase<[String]>) {
        let found = Events.eventKeys(in: c.input, context: .fixed(c.language))
        #expect(found == c.expected, "\(c)")
    }

    @Test(arguments: Events.negativeCases)
    func eventNegativeCorpus(_ c: CorpusCase<[String]>) {
        let found = Events.eventKeys(in: c.input, context: .fixed(c.language))
        #expect(found.isEmpty, "\(c) found \(found)")
    }
}
