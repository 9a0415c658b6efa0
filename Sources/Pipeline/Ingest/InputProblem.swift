public import Extract

/// Something wrong with one input: it names the input (and the line, for JSON Lines), says
/// what is wrong, and whether the input was skipped or only warned about.
public struct InputProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public let input: String        // the path, "-" for stdin, or "path:line"
    public let line: Int?
    public let message: String
    public let severity: Severity

    public init(input: String, line: Int? = nil, message: String, severity: Severity = .error) {
        self.input = input; self.line = line; self.message = message; self.severity = severity
    }

    /// "crosscheck: seeds/x.bin: skipped: binary file" — one line for stderr.
    public var description: String {
        let place = line.map { "\(input):\($0)" } ?? input
        return "\(place): \(severity == .error ? "skipped" : "warning"): \(message)"
    }
}

/// What ingestion gives: the documents read, in a stable order, and every problem met.
public struct IngestResult: Sendable {
    public var documents: [Document]
    public var problems: [InputProblem]

    public init(documents: [Document] = [], problems: [InputProblem] = []) {
        self.documents = documents; self.problems = problems
    }
}
