import Extract

/// What a declared language says: French, English, "detect it", or a language we have no rules for.
enum DeclaredLanguage: Equatable {
    case language(Language)
    case detect
    case other(String)

    /// "fr", "FR", "fr-FR", "fr_CA", "français", "french" → French; "en", "en-GB", "english",
    /// "anglais" → English; "", "auto", "und", "mul" → detect; anything else is another language.
    init(_ raw: String) {
        let value = raw.trimmingASCIIWhitespace().lowercased()
        let primary = value.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "fr", "fra", "fre", "french", "français", "francais": self = .language(.fr)
        case "en", "eng", "english", "anglais": self = .language(.en)
        case "", "auto", "und", "mul", "zxx": self = .detect
        default: self = .other(String(raw.trimmingASCIIWhitespace()))
        }
    }
}
