import Extract

/// The lexicon a run uses: the bundled one, plus the user's lexicon files in order.
public enum UserLexicons {
    /// - Throws: ``LexiconFileError`` naming the file, the line and the problem.
    public static func load(_ files: [String]) throws -> Lexicon {
        try LexiconLoader.lexicon(adding: files)
    }
}
