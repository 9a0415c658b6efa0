import Testing
import Foundation
import Extract
import Pipeline

/// Plain text and Markdown: front matter, newlines, NFC, language, options.
@Suite struct IngestTextTests {
    let french = "Le sommet s'est tenu à Bruxelles le 3 mai 2025. Les dirigeants ont adopté une déclaration commune sur le climat et la sécurité."
    let english = "The summit was held in Brussels on 3 May 2025. The leaders adopted a joint statement on climate and security."

    @Test func frontMatterGivesTheMetadataAndIsNotText() throws {
        let text = """
            ---
            id: "wire-42"
            lang: fr-FR
            published: 2025-05-03T18:00:00+02:00
            source: 'Le Fil d''Europe'
            url: https://fil.example/42
            title: "Sommet : une \\"déclaration\\" commune"
            author: Anne Dupont
            # a comment
            ---
            \(french)
            """
        let result = Ingestor().load(text: text, name: "dir/article.txt")
        #expect(result.problems.isEmpty, "\(result.problemLines)")
        let document = try #require(result.documents.first)
        #expect(document.id == "wire-42")
        #expect(document.language == .fr)
        #expect(document.published?.iso == "2025-05-03")
        #expect(document.source == "Le Fil d'Europe")
        #expect(document.url == "https://fil.example/42")
        #expect(document.title == "Sommet : une \"déclaration\" commune")
        #expect(document.path == "dir/article.txt")
        #expect(document.text == french)
    }

    @Test func aPublicationLineInTheHeaderGivesTheDate() throws {
        let en = Ingestor().load(text: "SCO summit closes in Bishkek\n\nCentral Asia Bulletin - Bishkek bureau\nPublished 28 August 2026\n\n\(english)", name: "a.txt")
        #expect(try #require(en.documents.first).published?.iso == "2026-08-28")
        let fr = Ingestor().load(text: "Sommet à Chișinău\nPar Hélène Schaller — Publiée le 15 mai 2026 à 7 h 30\n\n\(french)", name: "b.txt")
        #expect(try #require(fr.documents.first).published?.iso == "2026-05-15")
        // A header part that is a date alone: a newsletter's issue, a wire's filing time.
        let issue = Ingestor().load(text: "SOUTHERN AFRICA RISK BRIEF\nWeekly subscriber newsletter | Issue 312 | Wednesday, 19 August 2026\n\n\(english)", name: "h.txt")
        #expect(try #require(issue.documents.first).published?.iso == "2026-08-19")
        let filed = Ingestor().load(text: "AGENCE OUEST-AFRIQUE\nDépêche AOA-0921 – 21/06/2026 18:42 GMT\n\n\(french)", name: "i.txt")
        #expect(try #require(filed.documents.first).published?.iso == "2026-06-21")
        let edition = Ingestor().load(text: "AAPI – Agence Asie-Pacifique\nFil monde – Édition du vendredi 18 septembre 2026\n\n\(french)", name: "k.txt")
        #expect(try #require(edition.documents.first).published?.iso == "2026-09-18")
        let weekend = Ingestor().load(text: "Weekend Edition, Saturday 19 September 2026\n\n\(english)", name: "l.txt")
        #expect(try #require(weekend.documents.first).published?.iso == "2026-09-19")
        // A headline with a date says more than a date: no publication date.
        let headline = Ingestor().load(text: "Summit set for 3 May 2026\n\n\(english)", name: "j.txt")
        #expect(headline.documents.first?.published == nil)
        // Not a line of the text itself, nor a line that says nothing of publication.
        let deep = Ingestor().load(text: "\(english)\n\nThe report was published on 3 May 2025.", name: "c.txt")
        #expect(deep.documents.first?.published == nil)
        // Front matter wins.
        let matter = Ingestor().load(text: "---\npublished: 2025-05-04\n---\nPublished 3 May 2025\n\(english)", name: "e.txt")
        #expect(matter.documents.first?.published?.iso == "2025-05-04")
    }

    @Test func aWireDatelineGivesTheDateOrTheDayAlone() throws {
        let full = Ingestor().load(text: "BRUSSELS, 3 May 2025 (Maghreb Wire) - \(english)", name: "a.txt")
        #expect(try #require(full.documents.first).published?.iso == "2025-05-03")
        let ownLine = Ingestor().load(text: "BRUSSELS, 3 May 2025 -\n\(english)", name: "b.txt")
        #expect(try #require(ownLine.documents.first).published?.iso == "2025-05-03")
        // Without a year: the day waits for the batch (see CrosscheckerTests).
        let en = try #require(Ingestor().load(text: "ST JOHN'S, Antigua, June 22 (CaribWire) - \(english)", name: "c.txt").documents.first)
        #expect(en.published == nil && en.datelineDay == DayOfYear(month: 6, day: 22))
        let fr = try #require(Ingestor().load(text: "SANTA MARTA (Colombie), 10 novembre (AIS) – \(french)", name: "d.txt").documents.first)
        #expect(fr.published == nil && fr.datelineDay == DayOfYear(month: 11, day: 10))
        // A headline in capitals, a sentence with a comma and a date: no dateline.
        let headline = Ingestor().load(text: "EU SUMMIT, a preview of 3 May\n\n\(english)", name: "e.txt")
        #expect(headline.documents.first?.datelineDay == nil && headline.documents.first?.published == nil)
        let sentence = Ingestor().load(text: "\(english) Leaders met on 3 May - again.", name: "f.txt")
        #expect(sentence.documents.first?.datelineDay == nil)
        // Under a wire's header lines: the service, the slug with its filing time, the headline.
        let headed = try #require(Ingestor().load(text: "AGENCE OUEST-AFRIQUE – SERVICE FRANÇAIS\nDépêche AOA-0921 – 18:42 GMT\n\nCédéao : feu vert à une brigade\n\nABUJA, 21 juin 2026 (AOA) – \(french)", name: "h.txt").documents.first)
        #expect(headed.published?.iso == "2026-06-21")
        let headedEN = try #require(Ingestor().load(text: "WORLD WIRE - ENGLISH SERVICE\nSlug: EU-SUMMIT\n\nBRUSSELS, June 22 (World Wire) - \(english)", name: "i.txt").documents.first)
        #expect(headedEN.datelineDay == DayOfYear(month: 6, day: 22))
        // A dated article keeps its date; its dateline's day is not needed.
        let dated = try #require(Ingestor().load(text: "Published 4 May 2025\n\nBRUSSELS, 3 May (AFP) - \(english)", name: "g.txt").documents.first)
        #expect(dated.published?.iso == "2025-05-04" && dated.datelineDay == nil)
    }

    @Test func frontMatterProblemsAreWarnings() {
        let bad = Ingestor().load(text: "---\nlang: en\nnot a pair\npublished: soon\n---\n\(english)", name: "a.txt")
        #expect(bad.documents.first?.text == english)
        #expect(bad.documents.first?.published == nil)
        #expect(bad.problems.map(\.description) == ["a.txt: warning: front matter line 3 is not 'key: value'; ignored",
                                                    "a.txt: warning: published \"soon\" is not a date (YYYY-MM-DD); ignored"])
        let unclosed = Ingestor().load(text: "---\ntitle: x\n\(english)", name: "b.txt")
        #expect(unclosed.documents.first?.text == "title: x\n\(english)")
        #expect(unclosed.problems.map(\.severity) == [.warning])
    }

    @Test func markdownMarkupIsNotText() {
        let markdown = """
            # Le sommet de *Bruxelles* #

            > Une citation **importante**.

            Le [sommet](https://x.example) s'est tenu ![photo](p.jpg)le 3 mai, dit snake_case.
            * un point
            """
        #expect(Ingestor().load(text: markdown, name: "a.md").documents.first?.text == """
            Le sommet de Bruxelles

            Une citation importante.

            Le sommet s'est tenu le 3 mai, dit snake_case.
            * un point
            """)
    }

    @Test func newlinesByteOrderMarksAndNFC() {
        let decomposed = "Le comite\u{301} s'est re\u{301}uni a\u{300} Gene\u{300}ve pour la re\u{301}union de la semaine.\r\nDeuxie\u{300}me ligne.\r"
        let result = Ingestor().load(bytes: [0xEF, 0xBB, 0xBF] + Array(decomposed.utf8), name: "n.txt")
        let text = result.documents.first?.text
        #expect(text == "Le comité s'est réuni à Genève pour la réunion de la semaine.\nDeuxième ligne.")
        #expect(text.map { Array($0.utf8) } == Array("Le comité s'est réuni à Genève pour la réunion de la semaine.\nDeuxième ligne.".precomposedStringWithCanonicalMapping.utf8))
        let utf16: [UInt8] = [0xFF, 0xFE] + english.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(Ingestor().load(bytes: utf16, name: "w.txt").documents.first?.text == english)
    }

    @Test func languageIsDetectedWhenNotDeclared() {
        #expect(Ingestor().load(text: french, name: "f.txt").documents.first?.language == .fr)
        #expect(Ingestor().load(text: english, name: "e.txt").documents.first?.language == .en)
        let quoted = "Le ministre a déclaré : « We will stand together », avant de quitter la salle de conférence de presse du Conseil."
        #expect(Ingestor().load(text: quoted, name: "q.txt").documents.first?.language == .fr)
    }

    @Test(arguments: [
        "Die Staats- und Regierungschefs der Europäischen Union trafen sich am Donnerstag in Brüssel, um über die Zukunft der Handelsbeziehungen zu sprechen.",
        "Los líderes de la Unión Europea se reunieron el jueves en Bruselas para hablar del futuro de las relaciones comerciales con la región.",
        "I leader dell'Unione europea si sono riuniti giovedì a Bruxelles per discutere del futuro delle relazioni commerciali con la regione.",
        "Sommet.",
    ])
    func otherLanguagesAreReportedNotGuessed(_ text: String) {
        let result = Ingestor().load(text: text, name: "x.txt")
        #expect(result.documents.count == 1)
        #expect(result.documents.first?.language == nil)
        #expect(result.problems == [InputProblem(input: "x.txt", message: "language not recognised (neither French nor English)", severity: .warning)])
    }

    @Test func optionsForceTheLanguageAndFillThePublicationDate() {
        let options = Ingestor.Options(language: .en, published: CalendarDate(iso: "2025-01-31"))
        let forced = Ingestor(options: options).load(text: "---\nlang: fr\npublished: 2024-12-01\n---\nSommet.", name: "x.txt")
        #expect(forced.documents.first?.language == .en)
        #expect(forced.documents.first?.published?.iso == "2024-12-01")
        #expect(forced.problems.isEmpty)
        #expect(Ingestor(options: options).load(text: "Sommet.", name: "y.txt").documents.first?.published?.iso == "2025-01-31")
    }

    @Test func aDeclaredLanguageThatTheTextContradictsIsKeptWithAWarning() {
        let result = Ingestor().load(text: "---\nlang: en\n---\n\(french)", name: "x.txt")
        #expect(result.documents.first?.language == .en)
        #expect(result.problems.map(\.message) == ["declared language en, but the text reads as fr; kept en"])
    }

    @Test func theDetectorsScoresAreInspectable() {
        let detector = LanguageDetector()
        let scores = detector.scores(french)
        #expect(scores.french > 3 * scores.english)
        #expect(detector.decide(scores) == .fr)
        #expect(detector.detect("") == nil)
    }
}
