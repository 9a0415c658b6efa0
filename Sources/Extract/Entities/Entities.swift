/// Named things: parties, places (lexicon), people and their roles (patterns).
public enum Entities {
    public static func extract(from text: TokenizedText, in context: ExtractionContext) -> [Mention] { [] }
}
