/// A small, fixed map from word hashes (``Folding/hash(_:)``, FNV-1a over the word's bytes) to
/// values, in an open-addressing table.
///
/// Readers compute the FNV hash byte by byte while they scan a word, so a look-up costs one or
/// two probes of a flat array; `Set<UInt64>` would hash that hash again through `Hasher`
/// (SipHash) on every word. Keys are hashes only: callers that must not confuse two words with
/// the same hash compare the bytes themselves (see ``BoilerplatePhraseIndex``).
struct HashedWordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    /// Index into `values` of each slot, or -1 for an empty slot.
    private let slots: [Int32]
    private let values: [Value]
    private let mask: Int

    /// `entries` with equal hashes are merged with `combine` (the earlier value first).
    init(_ entries: [(hash: UInt64, value: Value)], combine: (Value, Value) -> Value) {
        var capacity = 8
        while capacity < 2 * entries.count { capacity *= 2 }   // at most half full: short probe runs
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var values: [Value] = []
        let mask = capacity - 1
        for (hash, value) in entries {
            var i = Self.start(hash, mask)
            while slots[i] >= 0 && keys[i] != hash { i = (i + 1) & mask }
            if slots[i] >= 0 {
                values[Int(slots[i])] = combine(values[Int(slots[i])], value)
            } else {
                keys[i] = hash
                slots[i] = Int32(values.count)
                values.append(value)
            }
        }
        self.keys = keys; self.slots = slots; self.values = values; self.mask = mask
    }

    @inline(__always) private static func start(_ hash: UInt64, _ mask: Int) -> Int {
        // FNV's low bits are weak for short words; fold the high half in.
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }

    @inline(__always) func value(forHash hash: UInt64) -> Value? {
        keys.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                var i = Self.start(hash, mask)
                while true {
                    let slot = slots[i]
                    if slot < 0 { return nil }
                    if keys[i] == hash { return values[Int(slot)] }
                    i = (i + 1) & mask
                }
            }
        }
    }
}

/// FNV-1a, streamed: the same value as ``Folding/hash(_:)`` over the bytes fed to it.
struct FNV1a {
    static let offset: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    var value = FNV1a.offset

    @inline(__always) mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* FNV1a.prime }
}
