extension Lexicon {
    /// The lexicon shipped with crosscheck.
    public static let bundled = Lexicon([])
}
