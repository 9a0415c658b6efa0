/// Folding for matching: lower case, no diacritics, one apostrophe, one dash, one space.
///
/// The text itself is never rewritten: tokens keep their byte spans into the NFC text, and
/// only their folded form (used for look-ups) goes through this table. "Été", "ete" and
/// "ÉTÉ" fold alike; "’" folds to "'"; NBSP, narrow NBSP and thin spaces are spaces.
public enum Folding {
    /// How a scalar behaves for tokenising.
    public enum Class: Sendable { case space, letter, digit, punctuation }

    /// Latin-1 Supplement and Latin Extended-A letters (U+00C0...U+017F) to their ASCII base, lower case.
    /// Indexed by `scalar - 0xC0`; "" marks non-letters (× and ÷).
    private static let latin: [String] = {
        let s = "a a a a a a ae c e e e e i i i i d n o o o o o  o u u u u y th ss " +   // U+00C0...U+00DF
                "a a a a a a ae c e e e e i i i i d n o o o o o  o u u u u y th y " +    // U+00E0...U+00FF
                "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h " + // U+0100...U+0127
                "i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n o o o o o o oe oe " + // ...U+0153
                "r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s"       // ...U+017F
        var table = s.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // The two non-letters of the block: × (U+00D7) and ÷ (U+00F7).
        table[0xD7 - 0xC0] = ""
        table[0xF7 - 0xC0] = ""
        return table
    }()

    /// Classifies a non-ASCII scalar and gives its folded ASCII spelling when it has one.
    public static func fold(_ scalar: Unicode.Scalar) -> (Class, String?) {
        let v = scalar.value
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2028, 0x2029, 0x85:
            return (.space, nil)
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0x00B4, 0x02B9:
            return (.punctuation, "'")
        case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D:
            return (.punctuation, "-")
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A:
            return (.punctuation, "\"")
        case 0x2026:
            return (.punctuation, "...")
        case 0xC0...0x17F:
            let f = latin[Int(v - 0xC0)]
            return f.isEmpty ? (.punctuation, nil) : (.letter, f)
        case 0xAA: return (.letter, "a")      // ª
        case 0xBA: return (.letter, "o")      // º
        case 0x1D49: return (.letter, "e")    // ᵉ superscript e ("3ᵉ")
        case 0x02B3: return (.letter, "r")    // ʳ ("1ᵉʳ")
        case 0x1D48: return (.letter, "d")    // ᵈ
        case 0x02E2: return (.letter, "s")    // ˢ
        case 0x1D57: return (.letter, "t")    // ᵗ
        case 0x02B0: return (.letter, "h")    // ʰ
        case 0x1D52: return (.letter, "o")    // ᵒ
        case 0x207F: return (.letter, "n")    // ⁿ
        default:
            let p = scalar.properties
            if p.isWhitespace { return (.space, nil) }
            if p.numericType == .decimal, let d = p.numericValue { return (.digit, String(Int(d))) }
            if p.isAlphabetic { return (.letter, String(String.UnicodeScalarView(p.lowercaseMapping.unicodeScalars))) }
            return (.punctuation, nil)
        }
    }

    /// ``fold(_:)-(Unicode.Scalar)`` of one scalar, precomputed, with whether it is upper case:
    /// what the tokenizer needs per scalar without calling Unicode property look-ups or
    /// making a `String`. Up to 4 folded bytes inline.
    struct Folded: Sendable {
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count: UInt8 = 0
        /// `fold` gave a spelling (else the scalar's own bytes stand).
        var hasSpelling = false
        /// The spelling fits in `bytes` (else use the slow path).
        var fits = true
        var kind: Class = .punctuation
        var isUppercase = false
    }

    /// Scalars below this are looked up in ``table``; others go through ``fold(_:)-(Unicode.Scalar)``.
    static let tableLimit: UInt32 = 0x2400

    /// ``Folded`` for every scalar below ``tableLimit`` (Latin, Greek, Cyrillic, general
    /// punctuation, superscripts, currency and letter-like symbols, arrows, math operators),
    /// computed once from ``fold(_:)-(Unicode.Scalar)`` itself, so both always agree.
    static let table: [Folded] = (0..<tableLimit).map { v in
        guard let scalar = Unicode.Scalar(v) else { return Folded(fits: false) }
        return folded(scalar)
    }

    /// ``Folded`` of any scalar, computed (no table).
    static func folded(_ scalar: Unicode.Scalar) -> Folded {
        let (kind, spelling) = fold(scalar)
        var f = Folded(kind: kind, isUppercase: scalar.properties.isUppercase)
        if let spelling {
            f.hasSpelling = true
            let u = Array(spelling.utf8)
            if u.count > 4 { f.fits = false; return f }
            f.count = UInt8(u.count)
            withUnsafeMutableBytes(of: &f.bytes) { raw in for (k, b) in u.enumerated() { raw[k] = b } }
        }
        return f
    }

    /// Folds a whole string (cold path: lexicon entries, keywords, tests).
    public static func fold(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if s.isASCII {
                let b = UInt8(s.value)
                out.unicodeScalars.append(Unicode.Scalar(b >= 65 && b <= 90 ? b + 32 : b))
            } else {
                let (cls, f) = fold(s)
                if cls == .space { out += " " } else { out += f ?? String(s) }
            }
        }
        return out
    }

    /// FNV-1a, 64 bits: the hash every folded token carries, and lexicon keys are made of.
    @inline(__always)
    public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// The token hash of one folded word: `Folding.word("mai")` equals the hash of a token "Mai".
    /// Rule tables hash thousands of words when first used, nearly all ASCII: those are
    /// hashed as they are lower-cased, without a folded string made for each.
    public static func word(_ w: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in w.utf8 {
            // An ASCII byte folds to its lower case; a word with any other goes the long way.
            guard b < 0x80 else { return hash(fold(w).utf8) }
            h = (h ^ UInt64(b >= 65 && b <= 90 ? b + 32 : b)) &* 0x100000001b3
        }
        return h
    }
}
