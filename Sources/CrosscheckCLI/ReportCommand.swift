import ArgumentParser
import Foundation
import Extract
import Pipeline

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reconcile everything in the claim store and report the discrepancies.",
        discussion: """
            Each report is remembered, so --new shows only the discrepancies that appeared (or got new \
            evidence) since the previous report. Dismissed discrepancies do not count for the exit status.
            """)

    @OptionGroup var store: StoreOption

    @Flag(help: "Only discrepancies not shown by an earlier report, or with new evidence since.")
    var new = false

    @Option(help: ArgumentHelp("Only findings with evidence from documents ingested since TIME (YYYY-MM-DD or an ISO date-time).",
                               valueName: "TIME"))
    var since: String?

    @Option(help: "Report format: text, json, markdown or html.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when conflicts are found (conflict), or never (none).")
    var failOn: CheckCommand.FailOn = .conflict

    @Option(help: ArgumentHelp("A lexicon file (YAML or JSON), as given to ingest. Repeatable.", valueName: "FILE"))
    var lexicon: [String] = []

    @Flag(name: .customLong("no-record"), help: "Do not remember this report (the next --new still shows its discrepancies).")
    var noRecord = false

    func validate() throws {
        if let since, StoreTime.parse(since) == nil {
            throw ValidationError("--since takes a date (YYYY-MM-DD) or a date-time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]), not '\(since)'.")
        }
    }

    func run() async throws {
        let crosschecker = Crosschecker(lexicon: try UserLexicons.load(lexicon))
        let store = try store.open()
        let options = StoreReportOptions(onlyNew: new, since: since.flatMap(StoreTime.parse), record: !noRecord)
        let result: StoreReport
        do {
            result = try store.report(options, with: crosschecker)
        } catch {
            printError("crosscheck: \(error)")
            throw ExitCode(2)
        }
        try emit(result.report.rendered(as: format), to: output)
        if new { printError("crosscheck: \(result.new.count) new discrepanc\(result.new.count == 1 ? "y" : "ies") since the last report") }
        if failOn == .conflict && !result.report.conflicts.isEmpty { throw ExitCode(1) }
    }
}

/// Prints a rendered report, or writes it to `output`; a file that cannot be written exits 2.
func emit(_ rendered: String, to output: String?) throws {
    guard let output else { print(rendered, terminator: ""); return }
    do {
        try rendered.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
        printError("crosscheck: \(output): cannot write the report: \(error.localizedDescription)")
        throw ExitCode(2)
    }
}
