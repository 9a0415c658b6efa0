import ArgumentParser
import Foundation
import Extract
import Pipeline

/// The options `check` and `extract` share.
struct CommonOptions: ParsableArguments {
    @Argument(help: "Articles (HTML, text, Markdown, JSON Lines), folders of them, or - for stdin.")
    var paths: [String] = []

    @Option(help: "Language of the articles: auto, fr or en.")
    var lang: LanguageChoice = .auto

    @Option(help: ArgumentHelp("Reference date for articles that give no publication date.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: ArgumentHelp("A lexicon file (YAML or JSON) with your beat's events, names and aliases. Repeatable.", valueName: "FILE"))
    var lexicon: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one article, folder, or - for stdin.") }
        if let published, CalendarDate(iso: published) == nil || published.count != 10 {
            throw ValidationError("--published takes a date as YYYY-MM-DD, not '\(published)'.")
        }
    }

    func crosschecker() throws -> Crosschecker {
        let lexicon = try UserLexicons.load(lexicon)
        return Crosschecker(options: .init(language: lang.language, published: published.flatMap(CalendarDate.init(iso:))),
                            lexicon: lexicon)
    }
}

enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, fr, en
    var language: Language? { self == .auto ? nil : Language(rawValue: rawValue) }
}

extension ReportFormat: ExpressibleByArgument {}

/// Prints each input problem on stderr, one line each, naming the input.
func printProblems(_ problems: [InputProblem]) {
    for p in problems { printError("crosscheck: \(p)") }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
