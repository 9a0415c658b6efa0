import Foundation

/// NFC, applied once to every document's text and metadata before anything looks at it.
///
/// Foundation's `precomposedStringWithCanonicalMapping` does the work; a scan first skips it
/// when every scalar is one NFC leaves alone (most news text: ASCII, Latin-1, general
/// punctuation such as ’ « » – …, currency signs, arrows and mathematical operators such as
/// −, shapes and dingbats such as ■ ✓), which avoids a bridge and a copy of a large text.
enum UnicodeNormalization {
    static func nfc(_ text: String) -> String {
        if isTriviallyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    static func nfc(_ text: String?) -> String? { text.map(nfc) }

    static func nfc(_ text: Substring) -> Substring {
        if UTF8Scan.withBytes(text, isTriviallyNFC) { return text }
        return Substring(String(text).precomposedStringWithCanonicalMapping)
    }

    /// True when no scalar can change under NFC: every scalar is in ``isSafe(_:)``'s ranges.
    static func isTriviallyNFC(_ text: String) -> Bool {
        UTF8Scan.withBytes(text, isTriviallyNFC)
    }

    static func isTriviallyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII eight bytes at a time: the bulk of any news text.
            while i + 8 <= n && SWAR.load(base + i) & SWAR.highs == 0 { i += 8 }
            guard i < n else { break }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            if b <= 0xCB { i += 2; continue }              // U+0080...U+02FF (accented Latin letters): safe
            if b >= 0xF0 { return false }                  // beyond the BMP: not checked, NFC decides
            let (v, width) = UTF8Scan.decode(bytes, at: i)
            if !isSafe(v) { return false }
            i += width
        }
        return true
    }

    /// Scalars that NFC never changes, in any context: canonical combining class 0, unchanged by
    /// NFC on their own, and never the second scalar of a canonical composition (so a preceding
    /// scalar cannot absorb them). Below U+0300 (no combining marks there), U+2002...U+206F
    /// (punctuation and spaces; U+2000 and U+2001 are singletons), currency signs U+20A0...U+20CF,
    /// arrows and mathematical operators U+2190...U+22FF, box drawing to dingbats U+2500...U+27BF.
    /// Not letter-like symbols (Ω, K and Å signs are singletons) nor U+2329/U+232A. A test checks
    /// every one of them against Foundation.
    @inline(__always) static func isSafe(_ s: UInt32) -> Bool {
        s < 0x300 || (0x2002...0x206F).contains(s) || (0x20A0...0x20CF).contains(s)
            || (0x2190...0x22FF).contains(s) || (0x2500...0x27BF).contains(s)
    }
}
