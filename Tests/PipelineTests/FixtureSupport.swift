import Foundation
import Extract
import Reconcile
import Pipeline

/// Paths of the package's folders, found from this file so tests run from any directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("fixtures")
    static let seeds = root.appendingPathComponent("seeds")
    static let evaluation = root.appendingPathComponent("evaluation")

    static func scenario(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

extension Report {
    func findings(_ verdict: Verdict? = nil, attribute: Attribute? = nil, event: String? = nil) -> [Finding] {
        entries.map(\.finding).filter {
            (verdict == nil || $0.verdict == verdict) && (attribute == nil || $0.attribute == attribute)
                && (event == nil || $0.event.contains(event!))
        }
    }

    /// One line per finding, for failure messages.
    var digest: String {
        entries.map { "\($0.finding.verdict.rawValue) \($0.finding.kind.rawValue) \($0.finding.event) \($0.finding.attribute.rawValue): \($0.values.map(\.value))" }
            .joined(separator: "\n")
    }
}
