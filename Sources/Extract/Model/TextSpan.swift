/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Bytes, not `Character`s: "é" is 2 bytes, "’" is 3, U+202F is 3. Reports convert to
/// Unicode code points once, at the boundary (``TextSpan/codePointRange(in:)``).
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let start: Int   // inclusive
    public let end: Int     // exclusive

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// The span covering all of `text`.
    public init(wholeOf text: String) { self.init(start: 0, end: text.utf8.count) }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "\(start)..<\(end)" }
}

extension String {
    /// The text under a byte span. Offsets are clamped and snapped to scalar boundaries,
    /// so a bad span yields a shorter quote, never a crash.
    public func slice(_ span: TextSpan) -> String {
        let u = utf8
        let lo = Swift.max(0, Swift.min(span.start, u.count))
        let hi = Swift.max(lo, Swift.min(span.end, u.count))
        var a = u.index(u.startIndex, offsetBy: lo)
        var b = u.index(u.startIndex, offsetBy: hi)
        while a < u.endIndex, UTF8.isContinuation(u[a]) { a = u.index(after: a) }
        while b < u.endIndex, UTF8.isContinuation(u[b]) { b = u.index(after: b) }
        if b < a { b = a }
        return String(self[a..<b])
    }
}

extension TextSpan {
    /// Unicode code point offsets of this span in `text` (start inclusive, end exclusive),
    /// the unit of the JSON contract. O(end) per call; use ``CodePointIndex`` for many spans.
    public func codePointRange(in text: String) -> (start: Int, end: Int) {
        CodePointIndex(text).range(of: self)
    }
}

/// Converts UTF-8 byte offsets to Unicode code point offsets for one text, in O(1) per query
/// after an O(n) table build.
public struct CodePointIndex: Sendable {
    private let scalarsBefore: [Int32]   // scalarsBefore[byte] = number of scalars starting before `byte`

    public init(_ text: String) {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        for byte in text.utf8 {
            table.append(count)
            if !UTF8.isContinuation(byte) { count += 1 }
        }
        table.append(count)
        // A continuation byte maps to the scalar it belongs to; fix so that byte offsets that fall
        // inside a scalar count that scalar as started (never happens for spans on boundaries).
        scalarsBefore = table
    }

    public func offset(ofByte byte: Int) -> Int {
        Int(scalarsBefore[Swift.max(0, Swift.min(byte, scalarsBefore.count - 1))])
    }

    public func range(of span: TextSpan) -> (start: Int, end: Int) {
        (offset(ofByte: span.start), offset(ofByte: span.end))
    }
}
