/// A small, fixed map from word hashes (``Folding/hash(_:)``, FNV-1a over the word's bytes) to
/// values, where a look-up is two loads and no search.
///
/// Readers compute the FNV hash byte by byte while they scan a word, so a look-up costs a few
/// multiplications and loads; `Set<UInt64>` would hash that hash again through `Hasher`
/// (SipHash) on every word. The table is a perfect hash built by "hash and displace": keys
/// are spread over small buckets, and each bucket gets a seed, chosen when the table is built,
/// that sends its keys to slots no other key uses. A look-up reads its bucket's seed, then the
/// one slot it names: it never walks a chain, so it has no branch the text could make
/// unpredictable, and the slots are barely more than the keys (a table of a few hundred words
/// stays within a few kilobytes, in the first-level cache). Keys are hashes only: callers that
/// must not confuse two words with the same hash compare the bytes themselves (see
/// ``BoilerplatePhraseIndex``).
struct HashedWordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    /// Per bucket, what its hashes are mixed with before they name a slot.
    private let seeds: [UInt64]
    private let bucketMultiplier: UInt64, bucketShift: UInt64
    private let slotMultiplier: UInt64, slotShift: UInt64

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
        // About four keys a bucket, and a quarter more slots than keys (two of each at least,
        // so that shifts stay below 64).
        var slotBits: UInt64 = 1, bucketBits: UInt64 = 1
        while (1 << slotBits) * 4 < merged.count * 5 { slotBits += 1 }
        while (1 << bucketBits) * 4 < merged.count { bucketBits += 1 }
        // SplitMix64 from a fixed seed: the same table on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        while true {
            let bucketMultiplier = next() | 1, slotMultiplier = next() | 1
            let bucketShift = 64 - bucketBits, slotShift = 64 - slotBits
            // Keys by bucket: `order[bucketStart[b]..<bucketStart[b + 1]]`.
            let bucketOf = merged.map { Int(truncatingIfNeeded: ($0.hash &* bucketMultiplier) &>> bucketShift) }
            var bucketStart = [Int](repeating: 0, count: (1 << bucketBits) + 1)
            for b in bucketOf { bucketStart[b + 1] += 1 }
            for b in 0..<(1 << bucketBits) { bucketStart[b + 1] += bucketStart[b] }
            var order = [Int](repeating: 0, count: merged.count), filled = bucketStart
            for (k, b) in bucketOf.enumerated() { order[filled[b]] = k; filled[b] += 1 }

            var keys = [UInt64](repeating: 0, count: 1 << slotBits)
            var values = [Value?](repeating: nil, count: 1 << slotBits)
            var seeds = [UInt64](repeating: 0, count: 1 << bucketBits)
            var slots = [Int](repeating: 0, count: merged.count)      // scratch: the slots one seed gives
            var placed = true
            // The fullest buckets first, while most slots are free.
            func size(_ b: Int) -> Int { bucketStart[b + 1] - bucketStart[b] }
            let buckets = (0..<(1 << bucketBits)).sorted { size($0) > size($1) }
            for bucket in buckets where bucketStart[bucket + 1] > bucketStart[bucket] {
                let members = order[bucketStart[bucket]..<bucketStart[bucket + 1]]
                var found = false
                attempts: for attempt in 0..<UInt64(1 << 12) {
                    let seed = attempt &* 0x9E37_79B9_7F4A_7C15
                    for (j, k) in members.enumerated() {
                        let slot = Int(truncatingIfNeeded: ((merged[k].hash ^ seed) &* slotMultiplier) &>> slotShift)
                        if values[slot] != nil || slots[..<j].contains(slot) { continue attempts }
                        slots[j] = slot
                    }
                    for (j, k) in members.enumerated() { keys[slots[j]] = merged[k].hash; values[slots[j]] = merged[k].value }
                    seeds[bucket] = seed
                    found = true
                    break
                }
                if !found { placed = false; break }
            }
            if placed {
                self.keys = keys; self.values = values; self.seeds = seeds
                self.bucketMultiplier = bucketMultiplier; self.bucketShift = bucketShift
                self.slotMultiplier = slotMultiplier; self.slotShift = slotShift
                return
            }
            slotBits += 1                                   // crowded: more room
        }
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        let bucket = Int(truncatingIfNeeded: (hash &* bucketMultiplier) &>> bucketShift)
        let seed = seeds.withUnsafeBufferPointer { $0[bucket] }
        return Int(truncatingIfNeeded: ((hash ^ seed) &* slotMultiplier) &>> slotShift)
    }

    @inline(__always) func value(forHash hash: UInt64) -> Value? {
        let i = slot(hash)
        return keys.withUnsafeBufferPointer { $0[i] } == hash ? values[i] : nil
    }
}

extension HashedWordTable where Value == UInt8 {
    /// The value, or 0 when `hash` is not a key.
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
