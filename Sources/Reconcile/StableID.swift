/// Short ids that depend only on their inputs, never on run order or memory addresses, so a
/// reviewer's decision on a discrepancy finds it again in the next run.
enum StableID {
    /// "d-" + 10 hex digits of the FNV-1a hash of `key`.
    static func make(prefix: String, _ key: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        let padded = String(repeating: "0", count: Swift.max(0, 16 - hex.count)) + hex
        return prefix + "-" + padded.prefix(10)
    }
}
