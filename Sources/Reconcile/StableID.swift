/// Short ids that depend only on their inputs, never on run order or memory addresses, so a
/// reviewer's decision on a discrepancy finds it again in the next run.
enum StableID {
    /// "d-" + 10 hex digits of the FNV-1a hash of `key` (the first 10 of its 16, zero-padded).
    static func make(prefix: String, _ key: String) -> String { make(prefix: prefix, key, "", "") }

    /// The same as `make(prefix:, a + b + c)`, without joining. (Three parts, not a variadic
    /// list: a list is an array, allocated on each call, and ids are made for every finding.)
    static func make(prefix: String, _ a: String, _ b: String, _ c: String) -> String {
        var h = fnvBasis
        mix(&h, a); mix(&h, b); mix(&h, c)
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

    /// FNV-1a's starting value.
    static let fnvBasis: UInt64 = 0xcbf29ce484222325

    /// FNV-1a over the UTF-8 of `s`, read as contiguous bytes when it is (as native strings are).
    static func mix(_ h: inout UInt64, _ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        if done == nil { for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
    }
}
