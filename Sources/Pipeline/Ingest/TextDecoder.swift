#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns an input's bytes into text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, and otherwise
/// Windows-1252 with a warning. Binary data and empty inputs are refused.
enum TextDecoder {
    enum Outcome {
        /// The input is UTF-8, and the caller asked for no `String`: the text is the input's
        /// bytes in this range (a BOM left out).
        case utf8(Range<Int>, isTriviallyNFC: Bool)
        /// The text, a warning when it was not UTF-8. `isTriviallyNFC` tells whether NFC is
        /// known to leave the text as it is (``UnicodeNormalization/isTriviallyNFC(_:)``,
        /// found in passing; false when not looked at).
        case text(String, warning: String?, isTriviallyNFC: Bool)
        /// The input is skipped: "empty file", "binary file".
        case refused(String)
    }

    /// How many leading bytes the control-byte test looks at.
    static let sampleSize = 1 << 16

    /// `asString: false` asks for UTF-8 as ``Outcome/utf8(_:isTriviallyNFC:)``: HTML is read
    /// from bytes, and making a `String` of a whole page would cost a copy and a second pass.
    static func decode(_ bytes: [UInt8], asString: Bool = true) -> Outcome {
        bytes.withUnsafeBufferPointer { decode($0, asString: asString) }
    }

    static func decode(_ all: UnsafeBufferPointer<UInt8>, asString: Bool = true) -> Outcome {
        guard !all.isEmpty else { return .refused("empty file") }
        // Byte order marks.
        if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF {
            let rest = UnsafeBufferPointer(rebasing: all[3...])
            return rest.isEmpty ? .refused("empty file") : decodeUnmarked(rest, at: 3, asString: asString)
        }
        if all.count >= 2, (all[0] == 0xFF && all[1] == 0xFE) || (all[0] == 0xFE && all[1] == 0xFF) {
            return decodeUTF16(all, littleEndian: all[0] == 0xFF)
        }
        return decodeUnmarked(all, at: 0, asString: asString)
    }

    /// `bytes` start at `offset` of the input.
    private static func decodeUnmarked(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, asString: Bool) -> Outcome {
        if hasNUL(bytes) { return .refused("binary file") }
        // Valid UTF-8: the control bytes are counted in the same pass as the NFC check (and,
        // for bytes, the validation).
        if asString, let text = String(validating: bytes, as: UTF8.self) {
            let survey = survey(bytes, validating: false)
            if survey.controls * 10 > min(bytes.count, sampleSize) { return .refused("binary file") }
            return .text(text, warning: nil, isTriviallyNFC: survey.isTriviallyNFC)
        }
        if !asString {
            let survey = survey(bytes, validating: true)
            if survey.isUTF8 {
                if survey.controls * 10 > min(bytes.count, sampleSize) { return .refused("binary file") }
                return .utf8(offset..<(offset + bytes.count), isTriviallyNFC: survey.isTriviallyNFC)
            }
        }
        if isBinary(bytes) { return .refused("binary file") }
        let bad = firstInvalidUTF8Offset(bytes)
        return .text(windows1252(bytes),
                     warning: "not valid UTF-8 (first bad byte at offset \(bad)); read as Windows-1252", isTriviallyNFC: false)
    }

    private static func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// One pass over the bytes: the control bytes ``isBinary(_:)`` counts in the first
    /// ``sampleSize`` bytes, whether every scalar is one NFC leaves alone
    /// (``UnicodeNormalization/isTriviallyNFC(_:)``'s answer) and, `validating`, whether they
    /// are UTF-8 as `String(validating:)` decides (no overlong form, surrogate or scalar past
    /// U+10FFFF; the counts are complete only then). Not validating, the bytes must be UTF-8.
    /// ASCII without control bytes goes eight bytes at a time, and from the eight that hold a
    /// byte to look at, straight to that byte.
    static func survey(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool) -> (isUTF8: Bool, controls: Int, isTriviallyNFC: Bool) {
        guard let base = bytes.baseAddress else { return (true, 0, true) }
        let n = bytes.count, sample = min(n, sampleSize)
        var controls = 0, nfc = true
        var i = 0
        while i < n {
            if !nfc && !validating && i >= sample { break }     // nothing left to learn
            if i &+ 8 <= n {
                // The bytes to look at: past ASCII, and while controls are counted, those that
                // may be one. The bytes before the first are plain ASCII and are passed over.
                let w = SWAR.load(base + i)
                let notable = (w | (i < sample ? controlCandidates(w) : 0)) & SWAR.highs
                if notable == 0 { i &+= 8; continue }
                i &+= notable.trailingZeroBitCount >> 3
            }
            let b = base[i]
            if b < 0x80 {
                if i < sample && isControl(b) { controls &+= 1 }
                i &+= 1
                continue
            }
            if validating {
                guard let (v, width) = scalar(bytes, at: i) else { return (false, controls, false) }
                // Beyond the BMP: not checked, NFC decides.
                if nfc && (v >= 0x10000 || !UnicodeNormalization.isSafe(v)) { nfc = false }
                i &+= width
                continue
            }
            guard nfc else { i &+= 1; continue }              // a byte of a scalar, never a control byte
            if b <= 0xCB { i &+= 2; continue }                 // U+0080...U+02FF (accented Latin letters): safe
            if b >= 0xF0 { nfc = false; i &+= 1; continue }    // beyond the BMP: not checked, NFC decides
            let (v, width) = UTF8Scan.decode(bytes, at: i)
            if !UnicodeNormalization.isSafe(v) { nfc = false }
            i &+= width
        }
        return (true, controls, nfc)
    }

    /// The scalar whose lead byte, not ASCII, is at `i`, and its width; nil when the bytes
    /// from `i` are no well-formed UTF-8 sequence.
    @inline(__always)
    private static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int)? {
        @inline(__always) func continuation(_ k: Int) -> UInt32? {
            guard k < p.count, p[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(p[k] & 0x3F)
        }
        let b0 = UInt32(p[i])
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(i + 1) else { return nil }
            return ((b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = continuation(i + 1), let c2 = continuation(i + 2) else { return nil }
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            guard v >= 0x800, v & 0xF800 != 0xD800 else { return nil }          // overlong, surrogate
            return (v, 3)
        case 0xF0...0xF4:
            guard let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3) else { return nil }
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            guard v >= 0x10000, v <= 0x10FFFF else { return nil }
            return (v, 4)
        default:
            return nil                                                         // a continuation byte, C0, C1, F5...FF
        }
    }

    /// A control byte as the binary test counts them: below 0x20 but for tab, newlines, form
    /// feed and escape, or DEL.
    @inline(__always) private static func isControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B) || b == 0x7F
    }

    /// A NUL byte anywhere, or more than 10% control bytes (other than tab, newlines, form feed
    /// and escape) in the first 64 KiB.
    static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        if hasNUL(bytes) { return true }
        let sample = min(bytes.count, sampleSize)
        var controls = 0
        var i = 0
        while i < sample {
            // Eight bytes at a time when none is below 0x20 or is 0x7F (nearly all text).
            if i + 8 <= sample {
                if controlCandidates(SWAR.load(base + i)) == 0 { i += 8; continue }
            }
            if isControl(base[i]) { controls += 1 }
            i += 1
        }
        return controls * 10 > sample
    }

    /// The lanes of `w` that may be below 0x20 or equal to 0x7F: the lowest is exact, and so is
    /// an answer of none (a lane above a flagged one may be a false alarm, see ``SWAR/below(_:_:)``).
    @inline(__always) private static func controlCandidates(_ w: UInt64) -> UInt64 {
        SWAR.below(w, 0x20) | SWAR.equal(w, 0x7F)
    }

    private static func decodeUTF16(_ all: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> Outcome {
        let count = (all.count - 2) / 2
        guard count > 0 else { return .refused("empty file") }
        var units = [UInt16](repeating: 0, count: count)
        for i in 0..<count {
            let a = UInt16(all[2 + 2 * i]), b = UInt16(all[3 + 2 * i])
            units[i] = littleEndian ? (b << 8 | a) : (a << 8 | b)
        }
        if units.contains(0) { return .refused("binary file") }
        return .text(String(decoding: units, as: UTF16.self), warning: nil, isTriviallyNFC: false)
    }

    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Windows-1252, with the five unassigned bytes kept as their C1 code points (as WHATWG does).
    static func windows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b < 0xA0 ? UInt32(c1Table[Int(b - 0x80)]) : UInt32(b)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Windows-1252 bytes 0x80...0x9F.
    private static let c1Table: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
