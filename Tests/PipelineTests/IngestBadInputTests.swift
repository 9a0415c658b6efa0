import Testing
import Foundation
import Extract
import Pipeline

/// Bad input never crashes the batch and never vanishes: one clear problem naming the input
/// (and the line), and the rest of the batch is read.
@Suite struct IngestBadInputTests {
    static let article = "Le sommet UE-Japon s'est tenu à Tokyo le 12 mai 2025. Les deux parties ont signé un accord sur les semi-conducteurs et la recherche.\n"

    func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    @Test func aMissingPathIsAnErrorAndTheOtherPathsAreRead() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let good = dir.appendingPathComponent("good.txt")
            try write(Self.article, to: good)
            let missing = dir.appendingPathComponent("nope.txt").path
            let result = Ingestor().ingest(paths: [missing, good.path])
            #expect(result.documents.map(\.id) == ["good"])
            #expect(result.problems == [InputProblem(input: missing, message: "no such file or directory")])
            #expect(result.problems[0].description == "\(missing): skipped: no such file or directory")
        }
    }

    @Test func aDirectoryWithoutArticlesIsAnError() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            try write("{}", to: dir.appendingPathComponent("expected.report.json"))
            try write("x", to: dir.appendingPathComponent(".hidden.txt"))
            let result = Ingestor().ingest(paths: [dir.path])
            #expect(result.documents.isEmpty)
            #expect(result.problems.count == 1)
            #expect(result.problems.first?.input == dir.path)
            #expect(result.problems.first?.severity == .error)
            #expect(result.problems.first?.message.hasPrefix("no article files in this directory") == true)
        }
    }

    @Test func aBinaryFileIsSkippedAndTheBatchGoesOn() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let binary = dir.appendingPathComponent("photo.txt")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: binary)
            let controls = dir.appendingPathComponent("controls.txt")
            try Data((0..<2000).map { UInt8(1 + $0 % 8) }).write(to: controls)
            try write(Self.article, to: dir.appendingPathComponent("z.txt"))
            let result = Ingestor().ingest(paths: [dir.path])
            #expect(result.documents.map(\.id) == ["z"])
            #expect(result.problems == [InputProblem(input: controls.path, message: "binary file"),
                                        InputProblem(input: binary.path, message: "binary file")])
        }
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let latin = dir.appendingPathComponent("latin.txt")
            // "Le comité s'est réuni à Genève – l'été dernier." in Windows-1252.
            var bytes = Array("Le comit".utf8) + [0xE9] + Array(" s'est r".utf8) + [0xE9] + Array("uni ".utf8) + [0xE0]
            bytes += Array(" Gen".utf8) + [0xE8] + Array("ve ".utf8) + [0x96] + Array(" l'".utf8) + [0xE9, 0x74, 0xE9]
            bytes += Array(" dernier, et les ministres ont publi".utf8) + [0xE9] + Array(" une d".utf8) + [0xE9] + Array("claration commune.".utf8)
            try Data(bytes).write(to: latin)
            let result = Ingestor().ingest(paths: [latin.path])
            let document = try #require(result.documents.first)
            #expect(document.text.hasPrefix("Le comité s'est réuni à Genève – l'été dernier"))
            #expect(document.language == .fr)
            #expect(result.problems.count == 1)
            #expect(result.problems.first?.input == latin.path)
            #expect(result.problems.first?.severity == .warning)
            #expect(result.problems.first?.message == "not valid UTF-8 (first bad byte at offset 8); read as Windows-1252")
        }
    }

    @Test func anEmptyFileIsSkipped() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let empty = dir.appendingPathComponent("empty.txt")
            try Data().write(to: empty)
            let blank = dir.appendingPathComponent("blank.md")
            try write(" \n\n\t\n", to: blank)
            let result = Ingestor().ingest(paths: [empty.path, blank.path])
            #expect(result.documents.isEmpty)
            #expect(result.problems == [InputProblem(input: empty.path, message: "empty file"),
                                        InputProblem(input: blank.path, message: "no article text")])
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func a100MegabyteSingleLineIsRefusedQuicklyAndTheBatchGoesOn() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let line = Data(repeating: UInt8(ascii: "a"), count: 100 << 20)
            let huge = dir.appendingPathComponent("huge.txt")
            try line.write(to: huge)
            let hugeJSONL = dir.appendingPathComponent("huge.jsonl")
            var jsonl = Data("{\"id\":\"a\",\"text\":\"\(Self.article.dropLast())\"}\n".utf8)
            jsonl.append(line)
            jsonl.append(Data("\n{\"id\":\"c\",\"text\":\"\(Self.article.dropLast())\"}\n".utf8))
            try jsonl.write(to: hugeJSONL)
            let start = Date()
            let result = Ingestor().ingest(paths: [huge.path, hugeJSONL.path])
            #expect(Date().timeIntervalSince(start) < 20)
            #expect(result.documents.map(\.id) == ["a", "c"])
            #expect(result.problems == [
                InputProblem(input: huge.path, message: "too large (100 MiB; the limit is 20 MiB per document)"),
                InputProblem(input: hugeJSONL.path, line: 2, message: "line too long (over 20 MiB, the limit per document)"),
            ])
        }
    }

    @Test func aDocumentUnderTheLimitOnOneLineIsRead() throws {
        let sentence = "The council met in Brussels on 30 April 2024 and the ministers agreed on data flows. "
        let text = String(repeating: sentence, count: 3 << 20 / sentence.utf8.count)
        let start = Date()
        let result = Ingestor().load(text: text, name: "long.txt")
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.documents.first?.text.utf8.count == text.utf8.count - 1)   // the trailing space goes
        #expect(result.documents.first?.language == .en)
    }

    @Test func htmlNested10000LevelsDeepIsRead() {
        let depth = 10_000
        let html = "<html lang=\"en\"><body>" + String(repeating: "<div><span>", count: depth)
            + "<p>The summit was held in Ottawa on 14 June 2025, and the leaders agreed on a new partnership for the region.</p>"
            + String(repeating: "</span></div>", count: depth) + "<p>It ended with a joint statement.</p></body></html>"
        let result = Ingestor().load(text: html, name: "deep.html")
        #expect(result.problems.isEmpty, "\(result.problemLines)")
        #expect(result.documents.first?.text == "The summit was held in Ottawa on 14 June 2025, and the leaders agreed on a new partnership for the region.\nIt ended with a joint statement.")
    }

    @Test func truncatedHTMLKeepsTheTextItHas() {
        let html = "<!DOCTYPE html><html lang=\"fr\"><head><title>Sommet</title></head><body><article><h1>Le sommet de Bruxelles</h1>"
            + "<p>Le sommet s'est tenu à Bruxelles le 3 mai 2025 et les dirigeants ont adopté une déclaration commune.</p><p>Les discussions se sont poursuivies dans la soi"
        let result = Ingestor().load(text: html, name: "cut.html")
        #expect(result.problems.isEmpty, "\(result.problemLines)")
        #expect(result.documents.first?.text == "Le sommet de Bruxelles\nLe sommet s'est tenu à Bruxelles le 3 mai 2025 et les dirigeants ont adopté une déclaration commune.\nLes discussions se sont poursuivies dans la soi")
        #expect(result.documents.first?.language == .fr)
    }

    @Test func htmlCutInsideAStartTagKeepsTheTextBeforeIt() {
        let sentence = "Le sommet s'est tenu à Bruxelles le 3 mai 2025 et les dirigeants ont adopté une déclaration commune."
        let inArticle = "<!DOCTYPE html><html lang=\"fr\"><body><article><h1>Le sommet de Bruxelles</h1><p>\(sentence)</p><div class=\"share-bar\""
        #expect(Ingestor().load(text: inArticle, name: "cut.html").documents.first?.text == "Le sommet de Bruxelles\n\(sentence)")
        let inParagraph = "<html><body><p>\(sentence)</p><p>Suite<div"
        #expect(Ingestor().load(text: inParagraph, name: "cut.html").documents.first?.text == "\(sentence)\nSuite")
    }

    @Test func htmlWithoutArticleTextIsAnError() {
        let result = Ingestor().load(text: "<html><body><nav>Accueil Monde</nav><footer>© 2025</footer></body></html>", name: "empty.html")
        #expect(result.documents.isEmpty)
        #expect(result.problems == [InputProblem(input: "empty.html", message: "no article text")])
    }

    @Test func aJSONLinesFileWithABrokenSecondLineReadsLinesOneAndThree() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("file.jsonl")
            try write("""
                {"id": "one", "lang": "en", "published": "2025-06-15", "title": "One", "source": "Wire", "url": "https://x.example/1", "text": "The 19th EU-Canada summit took place in Ottawa on 14 June 2025, and the leaders signed a defence pact."}
                {"id": "two", "text": "broken
                {"lang": "fr", "html": "<html><head><meta property='article:published_time' content='2025-06-16'><meta property='og:site_name' content='Le Courrier'></head><body><p>Le 20e sommet UE-Canada s'est tenu le 14 juin 2025 à Ottawa, selon les dirigeants présents.</p></body></html>"}

                """, to: file)
            let result = Ingestor().ingest(paths: [file.path])
            #expect(result.documents.map(\.id) == ["one", "file#3"])
            #expect(result.problems.count == 1)
            let problem = try #require(result.problems.first)
            #expect(problem.input == file.path && problem.line == 2 && problem.severity == .error)
            #expect(problem.description.hasPrefix("\(file.path):2: skipped: invalid JSON"))
            #expect(problem.description.contains("file.jsonl:2"))
            let one = result.documents[0], three = result.documents[1]
            #expect(one.language == .en && one.published?.iso == "2025-06-15" && one.title == "One" && one.source == "Wire"
                    && one.url == "https://x.example/1" && one.path == file.path)
            #expect(three.language == .fr && three.published?.iso == "2025-06-16" && three.source == "Le Courrier")
            #expect(three.text == "Le 20e sommet UE-Canada s'est tenu le 14 juin 2025 à Ottawa, selon les dirigeants présents.")
        }
    }

    @Test func jsonLinesProblemsNameTheirLines() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("news.ndjson")
            try write("""
                [1, 2]
                {"id": "no-text", "title": "Nothing"}
                {"id": "bad-date", "published": "June 3rd", "text": "The meeting was held in Tokyo and the ministers agreed to work together on chips."}
                """, to: file)
            let result = Ingestor().ingest(paths: [file.path])
            #expect(result.documents.map(\.id) == ["bad-date"])
            #expect(result.problems.map(\.description) == [
                "\(file.path):1: skipped: not a JSON object",
                "\(file.path):2: skipped: no \"text\" or \"html\" field",
                "\(file.path):3: warning: published \"June 3rd\" is not a date (YYYY-MM-DD); ignored",
            ])
        }
    }

    @Test func duplicateIdsGetASuffixAndAWarning() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
            try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
            try write(Self.article, to: a.appendingPathComponent("wire.txt"))
            try write(Self.article, to: b.appendingPathComponent("wire.html"))
            try write("---\nid: wire\n---\n" + Self.article, to: b.appendingPathComponent("x.md"))
            let result = Ingestor().ingest(paths: [dir.path])
            #expect(result.documents.map(\.id) == ["wire", "wire-2", "wire-3"])
            #expect(result.problems.map(\.message) == ["duplicate id \"wire\"; renamed \"wire-2\"", "duplicate id \"wire\"; renamed \"wire-3\""])
            #expect(result.problems.allSatisfy { $0.severity == .warning })
        }
    }

    @Test func directoriesAreWalkedInSortedOrderSkippingHiddenAndNonArticleFiles() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let fm = FileManager.default
            for folder in ["b", "a/c", ".git"] {
                try fm.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            for name in ["b/2.txt", "b/1.md", "a/c/z.htm", "a/y.jsonl", "a/expected.report.json", "a/logo.png", ".git/HEAD.txt",
                         ".draft.txt", "README", "0.xhtml"] {
                let text = name.hasSuffix("jsonl") ? "{\"text\": \"\(Self.article.dropLast())\"}\n" : Self.article
                try write(text, to: dir.appendingPathComponent(name))
            }
            try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: dir.appendingPathComponent("tool"))
            try write("%PDF-1.4 not really", to: dir.appendingPathComponent("scan.pdf"))
            let result = Ingestor().ingest(paths: [dir.path])
            #expect(result.documents.map(\.id) == ["0", "README", "z", "y#1", "1", "2"])
            #expect(result.problems == [InputProblem(input: dir.appendingPathComponent("scan.pdf").path,
                                                     message: "not read: .pdf files are not articles (read .txt, .md, .html and .jsonl)",
                                                     severity: .warning)])
        }
    }

    @Test func aFileOrFolderReachedThroughALinkIsReadOnce() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let fm = FileManager.default
            let folder = dir.appendingPathComponent("wire")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("a.txt")
            try write(Self.article, to: file)
            try fm.createSymbolicLink(at: folder.appendingPathComponent("b.txt"), withDestinationURL: file)
            try fm.linkItem(at: file, to: folder.appendingPathComponent("c.txt"))
            try fm.createSymbolicLink(at: folder.appendingPathComponent("loop"), withDestinationURL: folder)
            try fm.createSymbolicLink(at: folder.appendingPathComponent("gone.txt"),
                                      withDestinationURL: dir.appendingPathComponent("missing.txt"))
            let dotted = dir.path + "/wire/../wire/a.txt"
            let result = Ingestor().ingest(paths: [folder.path, dotted])
            #expect(result.documents.map(\.id) == ["a"])
            #expect(result.problems == [
                InputProblem(input: folder.appendingPathComponent("gone.txt").path, message: "broken link or vanished file", severity: .warning),
                InputProblem(input: dotted, message: "listed more than once; read once", severity: .warning),
            ])
        }
    }
}
