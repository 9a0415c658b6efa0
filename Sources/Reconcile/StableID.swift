/// Short ids that depend only on their inputs, never on run order or memory addresses, so a
/// reviewer's decision on a discrepancy finds it again in the next run.
enum StableID {
    /// "d-" + 10 hex digits of the FNV-1a hash of `key` (the first 10 of its 16, zero-padded).
    static func make(prefix: String, _ key: String) -> String { make(prefix: prefix, parts: key) }

    /// The same as `make(prefix:, parts.joined())`, without joining.
    static func make(prefix: String, parts: String...) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for part in parts { for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
        let p = prefix.utf8
        return String(unsafeUninitializedCapacity: p.count + 11) { buffer in
            var i = 0
            for b in p { buffer[i] = b; i += 1 }
            buffer[i] = UInt8(ascii: "-"); i += 1
            for k in 0..<10 {
                let d = UInt8((h >> UInt64(60 - 4 * k)) & 0xF)
                buffer[i] = d < 10 ? UInt8(ascii: "0") + d : UInt8(ascii: "a") + d - 10
                i += 1
            }
            return i
        }
    }
}
