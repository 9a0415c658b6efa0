/// Small helpers for the byte-level passes of ingestion, which read a `String`'s UTF-8 in place
/// rather than through `String.Index` or `Character` (no index validation, no grapheme breaking).
enum UTF8Scan {
    /// The scalar whose lead byte is at `i` in valid UTF-8, and its width in bytes.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// The start of the scalar that ends just before `end` (valid UTF-8, `end > 0`).
    @inline(__always)
    static func scalarStart(_ p: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        var i = end - 1
        while i > 0 && p[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// True when `p[from..<to]` is all ASCII, eight bytes at a time.
    @inline(__always)
    static func isASCII(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard let base = p.baseAddress else { return true }
        var i = from
        while i + 8 <= to {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < to {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Calls `body` with the UTF-8 of `text`, contiguous, without copying a native string.
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text                 // bridged or otherwise non-contiguous: made contiguous once
        return try copy.withUTF8(body)
    }

    @inline(__always)
    static func withBytes<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return try copy.withUTF8(body)
    }
}

/// Per-scalar data computed once for the non-ASCII scalars news text is mostly made of —
/// U+0080...U+024F (Latin-1, Latin Extended-A and -B) and U+2000...U+20FF (spaces, quotes,
/// dashes, super- and subscripts, currency signs) — so a hot loop makes no Unicode property
/// look-up for them. Other scalars are computed when met (`entry` returns nil).
struct CommonScalarTable<Entry: Sendable>: Sendable {
    private let latin: [Entry]          // U+0080..<U+0250
    private let punctuation: [Entry]    // U+2000..<U+2100

    init(_ make: (Unicode.Scalar) -> Entry) {
        latin = (0x80..<0x250).map { make(Unicode.Scalar(UInt32($0))!) }
        punctuation = (0x2000..<0x2100).map { make(Unicode.Scalar(UInt32($0))!) }
    }

    @inline(__always) func entry(_ v: UInt32) -> Entry? {
        if v < 0x250 { return latin[Int(v) - 0x80] }
        if v &- 0x2000 < 0x100 { return punctuation[Int(v) - 0x2000] }
        return nil
    }

    /// Every entry, for building derived data (the largest folded length, say).
    var all: [Entry] { latin + punctuation }
}
