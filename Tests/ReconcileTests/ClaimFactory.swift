import Extract

/// Claims written by hand, so Reconcile is tested without extraction.
struct ClaimFactory {
    let document: String
    var language: Language = .fr

    func claim(_ type: String, _ parties: [String], ordinal: Int? = nil, instance: Int = 0,
               _ attribute: Attribute, _ value: ClaimValue, _ modality: Modality = .asserted, at offset: Int = 0,
               inSentence sentence: TextSpan? = nil) -> Claim {
        let span = TextSpan(start: offset, end: offset + 5)
        return Claim(subject: .event(EventRef(type: type, parties: parties, ordinal: ordinal, instance: instance)),
                     attribute: attribute, value: value, modality: modality,
                     evidence: Evidence(document: document, language: language, sentence: sentence ?? span, span: span, quote: "quote \(offset)"),
                     rule: "test rule")
    }
}

func year(_ y: Int) -> ClaimValue { .time(TimeValue(start: TimePoint(year: y))) }
func month(_ y: Int?, _ m: Int) -> ClaimValue { .time(TimeValue(start: TimePoint(year: y, month: m))) }
func day(_ y: Int?, _ m: Int, _ d: Int) -> ClaimValue { .time(TimeValue(start: TimePoint(year: y, month: m, day: d))) }
func days(_ y: Int, _ m: Int, _ d1: Int, _ d2: Int) -> ClaimValue {
    .time(TimeValue(start: TimePoint(year: y, month: m, day: d1), end: TimePoint(year: y, month: m, day: d2)))
}
let today: ClaimValue = .time(TimeValue(start: TimePoint(year: nil), relative: RelativeTime(unit: .day, offset: 0), anchor: "publication date unknown"))
