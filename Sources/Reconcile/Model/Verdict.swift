/// What crosscheck concludes about one attribute of one event across its sources.
public enum Verdict: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Incompatible values for the same event and attribute (28th vs 29th summit).
    case conflict
    /// Looks like a conflict but is not: different instances, plan and outcome, a changed plan, precision.
    case explained
    /// Two or more documents agree.
    case corroborated
    /// Stated by one document only.
    case singleSource = "single-source"

    /// Conflicts first: the order reports list findings in.
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
    var rank: Int {
        switch self {
        case .conflict: return 0
        case .explained: return 1
        case .corroborated: return 2
        case .singleSource: return 3
        }
    }
}

/// Why a finding has its verdict, spelled as in the JSON report's `kind`.
public enum FindingKind: String, Sendable, Codable, Hashable {
    case valueMismatch = "value_mismatch"            // conflict: same event, incompatible values
    case seriesOrder = "series_order"                // conflict: the Nth instance dated after the (N+1)th
    case plannedAfterRecord = "plan_contradicts_record" // conflict: a later plan disagrees with what was reported held
    case differentInstances = "different_instances"  // explained: values of sibling instances (2nd vs 3rd council)
    case planAndOutcome = "plan_and_outcome"         // explained: a plan, and what happened later
    case scheduleChange = "schedule_change"          // explained: a plan that changed between two announcements
    case precision = "precision"                     // explained: same value at different precisions (2022 vs 2022-05)
    case agreement = "agreement"                     // corroborated or single-source
}
