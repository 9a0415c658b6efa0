import ArgumentParser
import Foundation
import Pipeline

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles and their claims to the claim store.",
        discussion: """
            Documents the store already has with the same content are left alone; a document whose \
            content changed gets its claims replaced (its earlier versions are kept in the history). \
            Each run is one transaction: interrupted, it leaves the store as it was.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var store: StoreOption

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Documents extracted together.", visibility: .hidden))
    var batchSize = 64

    func run() async throws {
        let crosschecker = try common.crosschecker()
        let store = try store.open(create: true)
        let meter = isatty(2) == 1 ? ProgressLine() : nil
        var progress: (@Sendable (IngestProgress) -> Void)?
        if let meter { progress = { meter.show($0) } }
        let summary: IngestSummary
        do {
            summary = try await store.ingest(paths: common.paths, with: crosschecker, batchSize: max(1, batchSize),
                                             progress: progress)
        } catch {
            meter?.clear()
            printError("crosscheck: \(error)")
            throw ExitCode(2)
        }
        meter?.clear()
        printProblems(summary.problems)
        print(summary.line)
        if summary.documents == 0 {
            printError("crosscheck: no input could be read")
            throw ExitCode(2)
        }
    }
}

/// `--store FILE`, shared by the commands that use the claim store.
struct StoreOption: ParsableArguments {
    @Option(help: ArgumentHelp("The claim store, an SQLite file (ingest creates it when missing).", valueName: "FILE"))
    var store: String = ClaimStore.defaultPath

    /// Opens the store (creating it only when `create`), or prints why not and exits 2.
    func open(create: Bool = false) throws -> ClaimStore { try StoreOption.open(store, create: create) }

    static func open(_ path: String, create: Bool = false) throws -> ClaimStore {
        do {
            return try ClaimStore(path: path, create: create)
        } catch {
            printError("crosscheck: \(error)")
            throw ExitCode(2)
        }
    }
}

/// One status line on a terminal's stderr, rewritten in place.
final class ProgressLine: Sendable {
    func show(_ p: IngestProgress) {
        var line = "ingest: \(p.sourcesDone)/\(p.sourcesTotal) inputs, \(p.documents) documents, "
            + String(format: "%.0f docs/s, %.1f MB/s", p.rate, p.elapsed > 0 ? Double(p.bytes) / 1e6 / p.elapsed : 0)
        if let left = p.remaining, p.sourcesDone < p.sourcesTotal { line += String(format: ", ~%.0f s left", left.rounded(.up)) }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
