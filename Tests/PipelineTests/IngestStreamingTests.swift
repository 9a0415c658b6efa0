import Testing
import Foundation
import Extract
import Pipeline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The streaming split: list sources, then load them one at a time.
@Suite struct IngestStreamingTests {
    let article = "The council met in Brussels on 30 April 2024 and the ministers agreed on a plan for data flows and chips."

    @Test func sourcesThenLoadGiveWhatIngestGives() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            try Data("{\"id\":\"j1\",\"text\":\"\(article)\"}\n{\"id\":\"j2\",\"text\":\"\(article)\"}\n".utf8)
                .write(to: dir.appendingPathComponent("b.jsonl"))
            try Data("<html><body><p>\(article)</p></body></html>".utf8).write(to: dir.appendingPathComponent("a.html"))
            let missing = dir.appendingPathComponent("missing.md").path
            let ingestor = Ingestor()
            let (sources, problems) = ingestor.sources(for: [dir.path, missing])
            #expect(sources.map(\.format) == [.html, .jsonLines])
            #expect(sources.map(\.stem) == ["a", "b"])
            #expect(problems == [InputProblem(input: missing, message: "no such file or directory")])

            var streamed: [String] = []
            for source in sources {
                let found = ingestor.load(source) { streamed.append($0.id) }
                #expect(found.isEmpty)
            }
            #expect(streamed == ["a", "j1", "j2"])
            #expect(ingestor.load(sources[1]).documents.map(\.id) == ["j1", "j2"])
            #expect(ingestor.ingest(paths: [dir.path, missing]).documents.map(\.id) == streamed)
        }
    }

    /// One worker runs the sources in a plain loop, several in a task group: the stream, the
    /// extractions and the problems must be the same, in the same order.
    @Test func oneWorkerStreamsWhatSeveralStream() async throws {
        try await IngestPaths.withTemporaryDirectory { dir in
            try Data("{\"id\":\"a\",\"text\":\"\(article)\"}\n{\"id\":\"j2\",\"text\":\"\(article)\"}\n".utf8)
                .write(to: dir.appendingPathComponent("b.jsonl"))
            try Data("<html><body><p>\(article)</p></body></html>".utf8).write(to: dir.appendingPathComponent("a.html"))
            try Data([0xFF, 0xFE, 0x00, 0x00, 0x01]).write(to: dir.appendingPathComponent("c.txt"))
            let paths = [dir.path, dir.appendingPathComponent("missing.md").path, Repository.seeds.path]
            func run(_ concurrency: Int) async -> (ids: [String], claims: [Int], problems: [InputProblem]) {
                var ids: [String] = [], claims: [Int] = []
                let problems = await Crosschecker(options: .init(concurrency: concurrency)).forEachExtracted(paths: paths) {
                    ids.append($0.document.id); claims.append($0.extraction.claims.count)
                }
                return (ids, claims, problems)
            }
            let one = await run(1), several = await run(3)
            #expect(one.ids == several.ids && one.claims == several.claims && one.problems == several.problems)
            #expect(one.ids.prefix(3) == ["a", "a-2", "j2"])
            #expect(one.claims.reduce(0, +) > 0)
            #expect(one.problems.count >= 3)      // the renamed id, the binary file, the missing path
        }
    }

    @Test func dashReadsOneDocumentFromStandardInputOnce() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("piped")
            try Data("<!doctype html><html lang=\"en\"><head><title>From a pipe</title></head><body><nav>Home</nav><p>\(article)</p></body></html>".utf8)
                .write(to: file)
            let fd = open(file.path, O_RDONLY)
            let saved = dup(0)
            dup2(fd, 0)
            close(fd)
            defer { dup2(saved, 0); close(saved) }
            let result = Ingestor().ingest(paths: ["-", "-"])
            let document = try #require(result.documents.first)
            #expect(result.documents.count == 1)
            #expect(document.id == "stdin" && document.path == "-" && document.title == "From a pipe" && document.language == .en)
            #expect(document.text == article)
            #expect(result.problems == [InputProblem(input: "-", message: "standard input given more than once; read once", severity: .warning)])
        }
    }

    @Test func aFileListedTwiceIsReadOnce() throws {
        try IngestPaths.withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("a.txt")
            try Data(article.utf8).write(to: file)
            let result = Ingestor().ingest(paths: [file.path, dir.path, file.path])
            #expect(result.documents.map(\.id) == ["a"])
            #expect(result.problems == [InputProblem(input: file.path, message: "listed more than once; read once", severity: .warning)])
        }
    }

    @Test func theRegistryMakesIdsUniqueWhenStreaming() {
        var registry = DocumentIDRegistry()
        let document = Document(id: "x", text: article, language: .en, path: "a.txt")
        #expect(registry.register(document).0.id == "x")
        let (renamed, warning) = registry.register(document)
        #expect(renamed.id == "x-2" && renamed.text == article && renamed.path == "a.txt")
        #expect(warning == InputProblem(input: "a.txt", message: "duplicate id \"x\"; renamed \"x-2\"", severity: .warning))
    }

    @Test func inputSourcesKnowTheirFormatFromTheExtension() {
        #expect(InputSource(path: "a/b.HTM").format == .html)
        #expect(InputSource(path: "a/b.markdown").format == .markdown)
        #expect(InputSource(path: "a/b.ndjson").format == .jsonLines)
        #expect(InputSource(path: "a/.profile").format == .sniff)
        #expect(InputSource(path: "a/lemonde.fr.html").stem == "lemonde.fr")
        #expect(InputSource(location: .standardInput, format: .sniff).name == "-")
    }
}
