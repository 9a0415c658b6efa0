import Foundation
import Testing
import Extract
import Pipeline

/// User lexicon files: the format, the merge with the bundled lexicon, and the errors.
@Suite struct LexiconLoaderTests {
    static let fixtures: String = {
        let root = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
        return "/" + root + "/fixtures/lexicons/"
    }()

    @Test func theExampleFileLoadsEveryKindOfEntry() throws {
        let entries = try LexiconLoader.load(contentsOf: Self.fixtures + "example.yaml")
        #expect(entries.map(\.id) == ["economic-security-dialogue", "critical-minerals-agreement", "JP", "JP-HKD", "Masaaki Taira"])
        #expect(entries[0].kind == .event && entries[0].properties["class"] == "dialogue")
        #expect(entries[0].fr == ["dialogue sur la sécurité économique", "dialogue de sécurité économique"])
        #expect(entries[1].fr == ["accord sur les minerais critiques"])      // one string is a list of one
        #expect(entries[3].any == ["Hakodate"] && entries[3].properties["country"] == "JP")
    }

    @Test func jsonIsReadToo() throws {
        let entries = try LexiconLoader.load(contentsOf: Self.fixtures + "example.json")
        #expect(entries.map(\.id) == ["economic-security-dialogue", "JP-HKD"])
    }

    @Test func userEntriesExtendTheBundledLexiconAndReachExtraction() throws {
        let lexicon = try LexiconLoader.lexicon(adding: [Self.fixtures + "example.yaml"])
        #expect(lexicon.entry(kind: .party, id: "JP")?.fr.contains("Nippon") == true)
        #expect(lexicon.entry(kind: .party, id: "JP")?.fr.contains("Japon") == true)
        let context = ExtractionContext(language: .fr, referenceDate: nil, lexicon: lexicon, documentID: "u")
        let claims = Extractor(lexicon: lexicon).extract(
            from: "Le troisième dialogue sur la sécurité économique UE-Japon s'est tenu à Hakodate.", in: context).claims
        #expect(claims.contains { c in
            if case .event(let e) = c.subject, e.series == "economic-security-dialogue:EU+JP", c.attribute == .place,
               case .place("JP-HKD") = c.value { return true }
            return false
        })
    }

    @Test func namesAreNormalisedToNFC() throws {
        let decomposed = "Se\u{0301}oul"   // "Séoul" with a combining accent
        let entries = try LexiconLoader.parse("- {kind: place, id: KR-SEL, fr: [\"\(decomposed)\"]}", file: "inline.yaml")
        #expect(Array(entries[0].fr[0].utf8) == Array("Séoul".utf8))
    }

    @Test func anUnknownKindNamesTheFileAndTheLine() {
        let error = #expect(throws: LexiconFileError.self) {
            try LexiconLoader.load(contentsOf: Self.fixtures + "unknown-kind.yaml")
        }
        #expect(error?.line == 5)
        #expect(error?.description.contains("unknown-kind.yaml:5:") == true)
        #expect(error?.problem.contains("unknown kind \"venue\"") == true)
        #expect(error?.problem.contains("party, place, event, agreement, role, person") == true)
    }

    @Test func malformedYAMLNamesTheFileTheLineAndTheProblem() {
        let error = #expect(throws: LexiconFileError.self) {
            try LexiconLoader.load(contentsOf: Self.fixtures + "malformed.yaml")
        }
        #expect(error?.line != nil)
        #expect(error?.description.hasPrefix(Self.fixtures + "malformed.yaml:") == true)
        #expect(error?.problem.hasPrefix("not valid YAML") == true)
    }

    @Test func otherMistakesAreNamedWithTheirLine() {
        let cases: [(String, Int, String)] = [
            ("entries:\n  - kind: event\n    idd: x\n", 3, "unknown key \"idd\""),
            ("entries:\n  - kind: event\n    en: [x]\n", 2, "without \"id\""),
            ("entries:\n  - kind: event\n    id: x\n    en: [[nested]]\n", 4, "a name must be text"),
            ("entries:\n  - kind: event\n    id: x\n    properties: [a, b]\n", 4, "\"properties\" must be a mapping"),
            ("entries:\n  - just a string\n", 2, "an entry must be a mapping"),
            ("entry:\n  - kind: event\n", 1, "unknown top-level key \"entry\""),
        ]
        for (text, line, problem) in cases {
            do {
                _ = try LexiconLoader.parse(text, file: "t.yaml")
                Issue.record("no error for \(text)")
            } catch let error as LexiconFileError {
                #expect(error.line == line, "\(text) → \(error)")
                #expect(error.problem.contains(problem), "\(text) → \(error)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func aMissingFileIsNamed() {
        let error = #expect(throws: LexiconFileError.self) {
            try LexiconLoader.load(contentsOf: "/nonexistent/lexicon.yaml")
        }
        #expect(error?.file == "/nonexistent/lexicon.yaml")
        #expect(error?.line == nil)
    }

    @Test func anEmptyFileAddsNothing() throws {
        #expect(try LexiconLoader.parse("", file: "e.yaml").isEmpty)
        #expect(try LexiconLoader.parse("entries:\n", file: "e.yaml").isEmpty)
    }
}
