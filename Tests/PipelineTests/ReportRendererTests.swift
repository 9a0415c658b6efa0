import Testing
import Extract
import Reconcile
import Pipeline

/// Reports built from hand-written claims: escaping, determinism, code point offsets.
@Suite struct ReportRendererTests {
    static let hostileTitle = "<script>alert('x')</script> & \"quotes\""

    static func documents() -> [Crosschecker.Extracted] {
        let textA = "Le 28e sommet <b>UE-Japon</b> s’est tenu à Tokyo."
        let textB = "The 29th EU-Japan summit was held in Tokyo <script>alert(1)</script>."
        func claim(_ doc: String, _ text: String, _ ordinal: Int, _ lang: Language, value: String, _ modality: Modality = .asserted) -> Claim {
            let range = text.utf8.count
            let start = text.utf8.firstIndex(of: UInt8(ascii: "T")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
            return Claim(subject: .event(EventRef(type: "summit", parties: ["EU", "JP"], ordinal: ordinal, instance: 0)),
                         attribute: .place, value: .place(value), modality: modality,
                         evidence: Evidence(document: doc, language: lang, sentence: TextSpan(start: 0, end: range),
                                            span: TextSpan(start: start, end: start + 5), quote: text),
                         rule: "à <place> (fr)")
        }
        let a = Document(id: "a", text: textA, language: .fr, title: hostileTitle, url: "javascript:alert(1)")
        let b = Document(id: "b", text: textB, language: .en, title: "B", url: "https://example.org/b?x=1&y=2")
        return [
            .init(document: a, extraction: Extraction(mentions: [], claims: [claim("a", textA, 28, .fr, value: "JP-TYO")])),
            .init(document: b, extraction: Extraction(mentions: [], claims: [claim("b", textB, 28, .en, value: "BE-BRU")])),
        ]
    }

    func report(_ docs: [Crosschecker.Extracted] = documents()) -> Report {
        Crosschecker().report(docs, problems: [InputProblem(input: "bad.bin", message: "binary file <x>")])
    }

    @Test func htmlReportStaysInertWithHostileInput() {
        let html = report().rendered(as: .html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("href=\"https://example.org/b?x=1&amp;y=2\""))
        #expect(!html.contains("http-equiv") && !html.contains("<link") && !html.contains("src="))
        #expect(html.contains("<mark>Tokyo</mark>"))
        #expect(html.contains("binary file &lt;x&gt;"))
    }

    @Test func conflictsComeFirstInEveryFormat() {
        let r = report()
        #expect(r.conflicts.count == 1)
        let text = r.rendered(as: .text)
        #expect(text.hasPrefix("crosscheck: 2 documents"))
        #expect(text.contains("CONFLICT"))
        let markdown = r.rendered(as: .markdown)
        #expect(markdown.contains("## Conflicts"))
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test func jsonIsByteIdenticalWhateverTheInputOrder() {
        let one = report(Self.documents()).rendered(as: .json)
        let two = report(Self.documents().reversed()).rendered(as: .json)
        #expect(one == two)
        #expect(one.contains("\"schema_version\" : 1"))
    }

    @Test func jsonOffsetsAreCodePoints() throws {
        let json = report().rendered(as: .json)
        // "Le 28e sommet <b>UE-Japon</b> s’est tenu à Tokyo." : "Tokyo" starts at code point 44 ("’" and "à" are one each).
        let text = "Le 28e sommet <b>UE-Japon</b> s’est tenu à Tokyo."
        let expected = Array(text.unicodeScalars).count - 6
        #expect(json.contains("\"start\" : \(expected)"))
    }
}
