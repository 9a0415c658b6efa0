import ArgumentParser
import Pipeline

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print each document with its text, mentions and claims (JSON).")

    @OptionGroup var common: CommonOptions

    @Option(help: "json (one array) or jsonl (one document per line).")
    var format: Format = .json

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    func run() async throws {
        let (documents, problems) = try await common.crosschecker().extract(paths: common.paths)
        printProblems(problems)
        let renderer = ExtractionRenderer()
        switch format {
        case .json:
            print(JSONValue.array(documents.map(renderer.json)).rendered(pretty: true))
        case .jsonl:
            for d in documents { print(renderer.json(d).rendered(pretty: false)) }
        }
        if documents.isEmpty {
            printError("crosscheck: no input could be read")
            throw ExitCode(2)
        }
    }
}
