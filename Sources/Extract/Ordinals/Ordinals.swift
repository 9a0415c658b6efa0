/// Ordinals: "1er", "troisième", "XXIXe", "third", "29th", with the noun they count.
public enum Ordinals {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] { [] }
}
