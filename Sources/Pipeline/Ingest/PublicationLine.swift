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
    /// line by line from the top and stops after the header: an article is never split whole.
    static func date(in text: Substring) -> CalendarDate? {
        var seen = 0
        var rest = text
        while seen < headerLines, !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end].trimmingASCIIWhitespace()
            rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[rest.endIndex...]
            if line.isEmpty { continue }
            seen += 1
            guard line.utf8.count <= maxLineBytes else { continue }
            if let found = date(inLine: line) { return found }
        }
        return nil
    }

    /// The line's first full date, when a cue names it a publication line ("Published 28 August
    /// 2026, updated 29 August": the first). Read whole: the cue and the date may come in either
    /// order ("28 August 2026 (published)") and folding changes lengths ("œ"), so no offset is
    /// carried from the folded line to the line.
    private static func date(inLine line: Substring) -> CalendarDate? {
        // Most header lines name no cue: an ASCII look first, before folding the line.
        guard asciiPrefixes.contains(where: { containsIgnoringASCIICase(line.utf8, $0) }) else { return nil }
        let folded = Folding.fold(String(line))
        guard let cue = cues.first(where: { c in
            folded.ranges(of: c.word).contains { opensPart(folded, $0.lowerBound) }
        }) else { return nil }
        let context = ExtractionContext(language: cue.language, lexicon: .bundled)
        for mention in Extractor(lexicon: .bundled).extract(from: String(line), in: context).mentions {
            guard case .time(let t) = mention.value, t.relative == nil,
                  let year = t.start.year, let month = t.start.month, let day = t.start.day else { continue }
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// ASCII beginnings of the cues ("publi" for "Published" and "Publié"), lowercase.
    private static let asciiPrefixes: [[UInt8]] = ["publi", "posted", "mis en ligne"].map { Array($0.utf8) }

    private static func containsIgnoringASCIICase(_ bytes: Substring.UTF8View, _ needle: [UInt8]) -> Bool {
        let hay = Array(bytes)
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) {
            var k = 0
            while k < needle.count, hay[start + k] | 0x20 == needle[k] || (needle[k] == 0x20 && hay[start + k] == 0x20) { k += 1 }
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
