/// A small, fixed map from word hashes (``Folding/hash(_:)``, FNV-1a over the word's bytes) to
/// values, where a look-up is one probe.
///
/// Readers compute the FNV hash byte by byte while they scan a word, so a look-up costs one
/// multiplication, one load and one comparison; `Set<UInt64>` would hash that hash again
/// through `Hasher` (SipHash) on every word. The table is sparse (eight slots or more per key)
/// and its multiplier is chosen when it is built so that no two keys share a slot: a look-up
/// never walks a chain, so it has no branch the text could make unpredictable. Keys are
/// hashes only: callers that must not confuse two words with the same hash compare the bytes
/// themselves (see ``BoilerplatePhraseIndex``).
struct HashedWordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let multiplier: UInt64
    private let shift: UInt64

    /// `entries` with equal hashes are merged with `combine` (the earlier value first).
    init(_ entries: [(hash: UInt64, value: Value)], combine: (Value, Value) -> Value) {
        var merged: [(hash: UInt64, value: Value)] = []
        var position: [UInt64: Int] = [:]
        for (hash, value) in entries {
            if let k = position[hash] { merged[k].value = combine(merged[k].value, value) } else {
                position[hash] = merged.count
                merged.append((hash, value))
            }
        }
        var bits: UInt64 = 3
        while (1 << bits) < 8 * merged.count { bits += 1 }
        // SplitMix64 from a fixed seed: the same table on every run.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func nextMultiplier() -> UInt64 {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (z ^ (z >> 31)) | 1
        }
        var attempts = 0
        while true {
            let multiplier = nextMultiplier(), shift = 64 - bits
            var keys = [UInt64](repeating: 0, count: 1 << bits)
            var values = [Value?](repeating: nil, count: 1 << bits)
            var clash = false
            for (hash, value) in merged {
                let slot = Int(truncatingIfNeeded: (hash &* multiplier) >> shift)
                if values[slot] != nil { clash = true; break }
                keys[slot] = hash
                values[slot] = value
            }
            if !clash {
                self.keys = keys; self.values = values; self.multiplier = multiplier; self.shift = shift
                return
            }
            attempts += 1
            if attempts % 32 == 0 { bits += 1 }    // crowded: a bigger table
        }
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* multiplier) >> shift) }

    @inline(__always) func value(forHash hash: UInt64) -> Value? {
        let i = slot(hash)
        return keys.withUnsafeBufferPointer { $0[i] } == hash ? values[i] : nil
    }
}

extension HashedWordTable where Value == UInt8 {
    /// The value, or 0 when `hash` is not a key; without a branch.
    @inline(__always) func bits(forHash hash: UInt64) -> UInt8 {
        let i = slot(hash)
        let stored = values.withUnsafeBufferPointer { $0[i] } ?? 0
        return keys.withUnsafeBufferPointer { $0[i] } == hash ? stored : 0
    }
}

/// FNV-1a, streamed: the same value as ``Folding/hash(_:)`` over the bytes fed to it.
struct FNV1a {
    static let offset: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    var value = FNV1a.offset

    @inline(__always) mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* FNV1a.prime }
}
