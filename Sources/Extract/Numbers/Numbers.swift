/// Numbers: digits with French and English separators, number words, percentages, amounts.
public enum Numbers {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] { [] }
}
