/// Eight bytes at a time, in one UInt64 (little-endian lanes): per-byte tests whose
/// answer is the high bit of each lane.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Lanes below `byte` (an ASCII byte). The lowest lane reported is exact, and so is an
    /// answer of none; a lane above a reported one may be a false alarm (the subtraction
    /// borrows across it), so callers jump to the first lane reported and look at it.
    @inline(__always) static func below(_ x: UInt64, _ byte: UInt8) -> UInt64 {
        (x &- ones &* UInt64(byte)) & ~x & highs
    }

    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// High bit of each lane whose 7-bit value is in `lo...hi` (lanes never carry into each other).
    @inline(__always) static func inRange(_ v7: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        (v7 &+ ones &* UInt64(0x80 - lo)) & ~(v7 &+ ones &* UInt64(0x7F - hi)) & highs
    }

    /// Lanes holding a byte of ``FoldedLine/isWordByte(_:)``: a-z, 0-9, or 0x80 and above.
    @inline(__always) static func wordBytes(_ x: UInt64) -> UInt64 {
        let v7 = x & lows
        return (inRange(v7, 0x61, 0x7A) | inRange(v7, 0x30, 0x39) | x) & highs
    }

    /// The high bits of the eight lanes gathered into the low eight bits (lane 0 in bit 0).
    @inline(__always) static func gather(_ lanes: UInt64) -> UInt64 {
        ((lanes & highs) &>> 7 &* 0x0102_0408_1020_4080) &>> 56
    }

    /// Lanes equal to `byte` (any byte value: the test is exact).
    @inline(__always) static func equal(_ x: UInt64, _ byte: UInt8) -> UInt64 {
        let t = x ^ (ones &* UInt64(byte))
        return ~(((t & lows) &+ lows) | t) & highs
    }

    /// How many bytes of `p[from..<to]` are `byte` (ASCII). Reads up to 7 bytes past `to`.
    @inline(__always) static func count(_ byte: UInt8, in p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            var hits = equal(load(p + i), byte)
            if to - i < 8 { hits &= (UInt64(1) << (8 * UInt64(to - i))) &- 1 }
            n &+= hits.nonzeroBitCount
            i &+= 8
        }
        return n
    }
}
