import ArgumentParser
import Foundation
import Pipeline

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Extract, link and reconcile a batch of articles, and report every discrepancy.")

    @OptionGroup var common: CommonOptions

    @Option(help: "Report format: text, json, markdown or html.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when conflicts are found (conflict), or never (none).")
    var failOn: FailOn = .conflict

    enum FailOn: String, ExpressibleByArgument, CaseIterable { case conflict, none }

    @Option(help: ArgumentHelp("Check the articles against this claim store, without adding them: exit 1 when one contradicts the record.",
                               valueName: "FILE"))
    var store: String?

    func run() async throws {
        let crosschecker = try common.crosschecker()
        let report: Report, readNothing: Bool
        if let store {
            let claimStore = try StoreOption.open(store)
            let (drafts, problems) = await crosschecker.extract(paths: common.paths)
            do { report = try claimStore.check(drafts, problems: problems, with: crosschecker) } catch {
                printError("crosscheck: \(error)")
                throw ExitCode(2)
            }
            readNothing = drafts.isEmpty
        } else {
            report = await crosschecker.check(paths: common.paths)
            readNothing = report.documents.isEmpty
        }
        printProblems(report.problems)
        let rendered = report.rendered(as: format)
        if let output {
            do {
                try rendered.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                printError("crosscheck: \(output): cannot write the report: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        } else {
            print(rendered, terminator: "")
        }
        if readNothing {
            printError("crosscheck: no input could be read")
            throw ExitCode(2)
        }
        if failOn == .conflict && !report.conflicts.isEmpty { throw ExitCode(1) }
    }
}
