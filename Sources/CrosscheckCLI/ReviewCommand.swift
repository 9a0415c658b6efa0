import ArgumentParser
import Foundation
import Pipeline

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a reviewer's decision on a discrepancy, or list the decisions.",
        discussion: """
            A dismissed discrepancy no longer counts for the exit status nor shows as new, until evidence \
            arrives for it from a document (or a value) the decision was not made on. The latest decision \
            on an id wins; every decision is kept.
            """)

    @Argument(help: "The discrepancy id, as `crosscheck report` prints it (d-…).")
    var id: String?

    @Flag(help: "It is a real discrepancy.")
    var confirm = false

    @Flag(help: "It is not a real discrepancy: stop raising it.")
    var dismiss = false

    @Option(help: "Why (kept with the decision).")
    var note: String?

    @Option(help: ArgumentHelp("Who decides (default: $USER).", valueName: "NAME"))
    var reviewer: String?

    @Flag(help: "Record the decision even if the store has no finding with this id.")
    var force = false

    @Flag(help: "List the latest decision on each discrepancy.")
    var list = false

    @Flag(help: "With --list: every decision, not only the latest.")
    var history = false

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("A lexicon file (YAML or JSON), as given to ingest. Repeatable.", valueName: "FILE"))
    var lexicon: [String] = []

    func validate() throws {
        if list {
            guard id == nil, !confirm, !dismiss else { throw ValidationError("--list takes no id, --confirm or --dismiss.") }
            return
        }
        guard let id, !id.isEmpty else { throw ValidationError("Give a discrepancy id, or --list.") }
        guard confirm != dismiss else { throw ValidationError("Give exactly one of --confirm and --dismiss.") }
    }

    func run() async throws {
        let store = try store.open()
        do {
            if list {
                print(Self.table(try store.reviews(history: history)), terminator: "")
                return
            }
            let crosschecker = Crosschecker(lexicon: try UserLexicons.load(lexicon))
            let env = ProcessInfo.processInfo.environment
            let who = reviewer ?? env["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
            let review = try store.review(id!, decision: dismiss ? .dismissed : .confirmed, reviewer: who, note: note,
                                          force: force, with: crosschecker)
            var line = "\(review.findingID) \(review.decision.rawValue) by \(review.reviewer)"
            if review.forced { line += " (forced: no such finding in the store yet)" }
            print(line)
        } catch let error as StoreError {
            printError("crosscheck: \(error)")
            throw ExitCode(2)
        }
    }

    static func table(_ reviews: [Review]) -> String {
        guard !reviews.isEmpty else { return "no decisions yet\n" }
        let rows = [["ID", "DECISION", "REVIEWER", "TIME", "NOTE"]]
            + reviews.map { [$0.findingID, $0.decision.rawValue, $0.reviewer, StoreTime.format($0.time), $0.note ?? ""] }
        var widths = [Int](repeating: 0, count: 4)
        for row in rows { for i in 0..<4 { widths[i] = max(widths[i], row[i].count) } }
        return rows.map { row in
            (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[4]
        }.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n") + "\n"
    }
}
