import Extract

/// The date of a wire dateline opening a plain-text article: "BRUSSELS, 26 June (Maghreb Wire) -",
/// "MADRID, Oct 30 (IberoPress) -", "SANTA MARTA (Colombie), 10 novembre (AIS) –",
/// "ST JOHN'S, Antigua, June 22 (CaribWire) -".
///
/// Agencies write the day the story was filed, often without its year. With a year it is the
/// article's date; without one, the day waits for the batch to supply the year (see
/// ``Crosschecker/extract(paths:)``), since "on Monday" cannot be resolved from "26 June" alone.
enum Dateline {
    /// The dateline's part before the dash is this short: a place, a region, a date, an agency.
    static let maxCharacters = 120

    /// Wire copy may carry a few lines before its dateline: the service, the slug and its
    /// filing time, the section, the headline ("Dépêche AOA-0921 – 21/06/2026 18:42 GMT").
    static let maxLinesBefore = 8

    /// The day, month and maybe year of the dateline opening `text`, or one of its first lines.
    static func date(in text: Substring) -> (year: Int?, month: Int, day: Int)? {
        var rest = text
        for _ in 0...maxLinesBefore {
            if let date = date(opening: rest) { return date }
            guard let newline = rest.utf8.firstIndex(of: 0x0A) else { return nil }
            rest = rest[rest.utf8.index(after: newline)...]
        }
        return nil
    }

    private static func date(opening text: Substring) -> (year: Int?, month: Int, day: Int)? {
        guard let head = head(of: text) else { return nil }
        // The date is the last part before the agency: "BRUSSELS, 26 June", "ST JOHN'S, Antigua, June 22".
        guard let comma = head.lastIndex(of: ",") else { return nil }
        let part = String(head[head.index(after: comma)...])
        // Month names are the language's: both are tried ("26 June", "10 novembre").
        return PublicationLine.days(in: part, language: .en).first ?? PublicationLine.days(in: part, language: .fr).first
    }

    /// The dateline without its dash and agency ("BRUSSELS, 26 June"), when the first line opens
    /// with a place in capitals and the dash comes early. Most articles open otherwise, and
    /// are rejected by the first two bytes.
    private static func head(of text: Substring) -> Substring? {
        let start = text.utf8.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } ?? text.endIndex
        let opening = text.utf8[start...].prefix(2)
        guard opening.count == 2, opening.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return nil }
        let line = text[start...].prefix(maxCharacters).prefix { $0 != "\n" }
        // The place is in capitals up to its comma or its parenthesis ("SANTA MARTA (Colombie),").
        let place = line.prefix { $0 != "," && $0 != "(" }
        guard !place.contains(where: { $0.isLowercase }) else { return nil }
        // The dash that ends the dateline: "-", "–" or "—" between spaces, or ending the line.
        let trimmed = line.hasSuffix(" ") || line.hasSuffix("\r") ? line.dropLast() : line
        let end = [" - ", " – ", " — "].lazy.compactMap { line.ranges(of: $0).first?.lowerBound }.first
            ?? [" -", " –", " —"].lazy.compactMap { trimmed.hasSuffix($0) ? trimmed.index(trimmed.endIndex, offsetBy: -2) : nil }.first
        guard let end else { return nil }
        var head = line[..<end]
        // The agency: "(Maghreb Wire)", "(AIS)".
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") { head = head[..<open] }
        return head
    }
}
