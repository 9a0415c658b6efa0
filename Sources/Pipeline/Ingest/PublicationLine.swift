import Extract

/// The publication date a plain-text article without front matter gives in its header: a
/// short line among its first few that says so ("Published 28 August 2026", "Publié le 15 mai
/// 2026 à 7 h 30", "Par Hélène Schaller — Publiée le 15 mai 2026", "Posted: Aug. 28, 2026").
///
/// Without it, every "on Thursday" and "le 14 mai" of the article would stay unresolved, and
/// the article could agree or disagree with no other. Only the header is read: a "published"
/// deep in the text is about something else ("a report published on 3 May"). The date itself is
/// read by the date rules of the cue's language, so any way they read a date is understood.
enum PublicationLine {
    /// How many non-empty lines from the top make the header (headline, kicker, byline, date).
    static let headerLines = 8
    /// Longer lines are paragraphs, not header lines.
    static let maxLineBytes = 160

    /// Words that say a line gives the publication date, folded (lowercase, no accents), each
    /// with the language of the date after it.
    static let cues: [(word: String, language: Language)] = [
        ("published", .en), ("posted", .en), ("publie", .fr), ("publiee", .fr), ("mis en ligne", .fr),
    ]

    /// The first full date (year, month and day) after a cue in the header of `text`. Reads
    /// the bytes line by line from the top and stops after the header: most articles have no
    /// such line, and their text is never copied nor split for it.
    static func date(in text: Substring) -> CalendarDate? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ date(inHeaderOf: $0) }) { return found }
        // A bridged string without contiguous UTF-8: its header copied (lines past this are paragraphs).
        return Array(text.utf8.prefix(headerLines * maxLineBytes * 4)).withUnsafeBufferPointer { date(inHeaderOf: $0) }
    }

    private static func date(inHeaderOf bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        var seen = 0, start = 0
        while seen < headerLines, start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var a = start, b = end
            while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
            while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
            start = end + 1
            if a == b { continue }
            seen += 1
            let line = UnsafeBufferPointer(rebasing: bytes[a..<b])
            guard line.count <= maxLineBytes else { continue }
            // Most header lines name no cue: an ASCII look first, before decoding and folding.
            if asciiPrefixes.contains(where: { containsIgnoringASCIICase(line, $0) }),
               let found = date(inLine: String(decoding: line, as: UTF8.self)) { return found }
            // Nor a year: the look for a date alone in a part of the line.
            if hasYear(line), let found = dateAlone(inLine: String(decoding: line, as: UTF8.self)) { return found }
        }
        return nil
    }

    /// The line's first full date, when a cue names it a publication line ("Published 28 August
    /// 2026, updated 29 August": the first). Read whole: the cue and the date may come in either
    /// order ("28 August 2026 (published)") and folding changes lengths ("œ"), so no offset is
    /// carried from the folded line to the line.
    private static func date(inLine line: String) -> CalendarDate? {
        let folded = Folding.fold(line)
        guard let cue = cues.first(where: { c in
            folded.ranges(of: c.word).contains { opensPart(folded, $0.lowerBound) }
        }) else { return nil }
        guard let day = days(in: line, language: cue.language).first(where: { $0.year != nil }) else { return nil }
        return CalendarDate(year: day.year!, month: day.month, day: day.day)
    }

    /// A part of a header line that is a full date and nothing else, set off by a bar, a bullet
    /// or a dash: "Weekly newsletter | Issue 312 | Wednesday, 19 August 2026", "Dépêche AOA-0921
    /// – 21/06/2026 18:42 GMT". Newsletters and wires date an issue without saying "published";
    /// a headline with a date in it ("Summit set for 3 May 2026") says more than a date.
    private static func dateAlone(inLine line: String) -> CalendarDate? {
        var bounded = line
        for dash in [" – ", " — ", " - "] { bounded = bounded.split(separator: dash, omittingEmptySubsequences: false).joined(separator: "|") }
        for part in bounded.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "•" }) {
            // Only a short part with a year is read (by the date rules: the costly step).
            guard part.utf8.count <= 48, part.utf8.withContiguousStorageIfAvailable({ hasYear($0) }) ?? true else { continue }
            let part = String(part)
            for language in [Language.en, .fr] {
                for found in dates(in: part, language: language) {
                    guard let year = found.day.year else { continue }
                    let rest = part.slice(TextSpan(start: 0, end: found.span.start)) + " " + part.slice(TextSpan(start: found.span.end, end: part.utf8.count))
                    let words = rest.split { !$0.isLetter }.map { Folding.fold(String($0)) }
                    if words.allSatisfy(dateCompanions.contains) { return CalendarDate(year: year, month: found.day.month, day: found.day.day) }
                }
            }
        }
        return nil
    }

    /// Words that may stand beside an issue's date: its weekday, a time's zone, lead-ins, the
    /// issue itself.
    static let dateCompanions: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "gmt", "utc", "cet", "cest", "bst", "est", "edt", "h", "am", "pm", "at", "on", "le", "a",
        // "Édition du vendredi 18 septembre 2026", "Weekend Edition, Saturday 19 September 2026"
        "edition", "issue", "weekend", "morning", "evening", "du", "of",
    ]

    /// Whether the line holds four digits in a row (a year, perhaps).
    private static func hasYear(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for b in line {
            run = b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// The days a short header text names, in order, read by the date rules of `language`:
    /// dates with a month and a day ("28 August 2026", "26 June"), with their year when given.
    /// Relative ones ("on Monday") are no header's date. Also reads datelines (``Dateline``).
    static func days(in line: String, language: Language) -> [(year: Int?, month: Int, day: Int)] {
        dates(in: line, language: language).map(\.day)
    }

    /// `days(in:language:)` with where each is written.
    private static func dates(in line: String, language: Language) -> [(span: TextSpan, day: (year: Int?, month: Int, day: Int))] {
        let context = ExtractionContext(language: language, lexicon: .bundled)
        return Extractor(lexicon: .bundled).extract(from: line, in: context).mentions.compactMap { mention in
            guard case .time(let t) = mention.value, t.relative == nil, let month = t.start.month, let day = t.start.day else { return nil }
            return (mention.span, (t.start.year, month, day))
        }
    }

    /// ASCII beginnings of the cues ("publi" for "Published" and "Publié"), lowercase.
    private static let asciiPrefixes: [[UInt8]] = ["publi", "posted", "mis en ligne"].map { Array($0.utf8) }

    private static func containsIgnoringASCIICase(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) {
            var k = 0
            while k < needle.count, hay[start + k] | 0x20 == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// The cue opens the line or a part of it set off by a dash, a bar, a bullet, a comma or a
    /// parenthesis ("Par H. Schaller — Publié le…"), as header lines set it; "The report was
    /// published on 3 May" is a sentence.
    private static func opensPart(_ s: String, _ i: String.Index) -> Bool {
        var k = i
        while k > s.startIndex {
            k = s.index(before: k)
            let c = s[k]
            if c == " " || c == "\t" { continue }
            return "—–-|·•,(:".contains(c)
        }
        return true
    }
}
