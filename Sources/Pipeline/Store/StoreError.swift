/// Why the claim store could not be opened or used. Each case names the store file and says
/// what to do; the command line prints the description and exits 2.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path exists but is not an SQLite database at all (a text file, an image…).
    case notADatabase(path: String)
    /// An SQLite database, but not one crosscheck made (another program's tables).
    case foreignDatabase(path: String, detail: String)
    /// Written by a newer crosscheck, with a schema this one does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file cannot be opened, read or written (a directory, permissions, disk full…).
    case unusable(path: String, reason: String)
    /// Opened for reading (report, review, check) but there is no store there yet.
    case missing(path: String)
    /// `review` was given an id no finding in the store has.
    case unknownFinding(id: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a crosscheck store (not an SQLite database); left untouched. Choose another file with --store."
        case .foreignDatabase(let path, let detail):
            return "\(path): not a crosscheck store (\(detail)); left untouched. Choose another file with --store."
        case .newerSchema(let path, let found, let supported):
            return "\(path): written by a newer crosscheck (store schema \(found); this crosscheck reads up to \(supported)). "
                + "Upgrade crosscheck to use this store; it was left untouched."
        case .unusable(let path, let reason):
            return "\(path): cannot use the store: \(reason)"
        case .missing(let path):
            return "\(path): no claim store here yet; `crosscheck ingest --store \(path) ARTICLES…` creates it"
        case .unknownFinding(let id):
            return "no discrepancy or finding with id '\(id)' in the store (ids are printed by `crosscheck report`; "
                + "use --force to record a decision anyway)"
        }
    }
}
