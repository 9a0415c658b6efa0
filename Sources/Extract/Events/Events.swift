/// Event mentions and the claims about them.
public enum Events {
    public static func extract(from text: TokenizedText, mentions: [Mention], in context: ExtractionContext)
        -> (mentions: [Mention], claims: [Claim]) { ([], []) }
}
