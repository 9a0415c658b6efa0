/// One token of a document: a word, a run of digits, or one punctuation mark.
///
/// Offsets are UTF-8 bytes into the document text. `hash` is the FNV-1a hash of the folded
/// spelling (see ``Folding``), so rules and lexicons compare words without allocating strings.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    public let start: Int32
    public let end: Int32
    public let kind: Kind
    /// Whitespace separates this token from the previous one.
    public let spaceBefore: Bool
    /// A line break separates this token from the previous one (a paragraph or list item boundary).
    public let newlineBefore: Bool
    /// First letter is upper case ("Tokyo", "UE").
    public let capitalized: Bool
    /// Every letter is upper case and there are at least two ("UE", "OCDE", "G7").
    public let allCaps: Bool
    public let hash: UInt64
    /// Where the folded spelling sits in ``TokenizedText/folded``.
    public let foldedStart: Int32
    public let foldedEnd: Int32

    public var span: TextSpan { TextSpan(start: Int(start), end: Int(end)) }
    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isPunctuation: Bool { kind == .punctuation }
}
