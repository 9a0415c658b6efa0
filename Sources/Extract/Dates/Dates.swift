/// Time expressions, normalised TIMEX3-style and resolved against the reference date.
public enum Dates {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] { [] }
}
