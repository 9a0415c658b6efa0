import ArgumentParser
import Foundation

/// `crosscheck`: the thin executable. Declares options, validates them, delegates to Pipeline.
///
/// Exit codes follow `diff`: 0 no conflict, 1 conflicts found, 2 trouble (a usage error, or no
/// input could be read at all).
@main
struct CrosscheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Finds where news articles contradict each other, with the evidence of each side.",
        discussion: "Exit status: 0 no conflict, 1 conflicts found, 2 trouble.",
        subcommands: [CheckCommand.self, ExtractCommand.self, IngestCommand.self, ReportCommand.self, ReviewCommand.self],
        defaultSubcommand: nil)

    /// ArgumentParser exits 64 on usage errors; crosscheck promises 2, like `diff`.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }  // --help, --version
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
