import ArgumentParser
import Pipeline
import Extract

@main
struct CrosscheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Finds where news articles contradict each other, with the evidence.",
        subcommands: [])
}
