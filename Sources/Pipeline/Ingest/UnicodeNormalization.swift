import Foundation

/// NFC, applied once to every document's text and metadata before anything looks at it.
///
/// Foundation's `precomposedStringWithCanonicalMapping` does the work; a scan first skips it
/// when every scalar is one NFC leaves alone (most news text: ASCII, Latin-1, general
/// punctuation such as ’ « » – …), which avoids a bridge and a copy of a large text.
enum UnicodeNormalization {
    static func nfc(_ text: String) -> String {
        if isTriviallyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    static func nfc(_ text: String?) -> String? { text.map(nfc) }

    /// True when no scalar can change under NFC: below U+0300 (no combining marks there), or
    /// in U+2002...U+206F (punctuation and spaces; U+2000 and U+2001 are singletons), or €.
    static func isTriviallyNFC(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        // Fast path over bytes: ASCII and two-byte sequences below U+0300 (lead bytes C2...CB).
        var lead: UInt8 = 0, pending = 0
        var scalar: UInt32 = 0
        while let b = utf8.next() {
            if pending > 0 {
                scalar = scalar << 6 | UInt32(b & 0x3F)
                pending -= 1
                if pending == 0 && !isSafe(scalar) { return false }
                continue
            }
            if b < 0x80 { continue }
            lead = b
            if lead < 0xE0 {
                if lead > 0xCB { return false }      // U+0300 and above in two bytes
                pending = 1; scalar = UInt32(lead & 0x1F)
            } else if lead < 0xF0 {
                pending = 2; scalar = UInt32(lead & 0x0F)
            } else {
                return false
            }
        }
        return true
    }

    @inline(__always) private static func isSafe(_ s: UInt32) -> Bool {
        s < 0x300 || (0x2002...0x206F).contains(s) || s == 0x20AC
    }
}
