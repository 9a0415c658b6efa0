import Extract

/// The finishing steps, the same for every input: NFC once, furniture removed, language
/// declared or detected, publication date filled in, empty text refused.
struct DocumentAssembler {
    let options: Ingestor.Options
    let boilerplate = Boilerplate()
    let detector = LanguageDetector()

    struct Origin {
        var name: String          // the path, or "-"
        var line: Int?            // for JSON Lines
        var defaultID: String
    }

    func assemble(_ draft: ArticleDraft, origin: Origin) -> (Document?, [InputProblem]) {
        var problems: [InputProblem] = []
        func warn(_ message: String) {
            problems.append(InputProblem(input: origin.name, line: origin.line, message: message, severity: .warning))
        }

        let normalized = draft.textIsTriviallyNFC ? draft.text : UnicodeNormalization.nfc(draft.text)
        let text = boilerplate.clean(normalized)
        guard !Boilerplate.isBlank(Substring(text)) else {
            let message = Boilerplate.isBlank(normalized) ? "no article text" : "no article text (only page furniture)"
            return (nil, [InputProblem(input: origin.name, line: origin.line, message: message)])
        }

        var language: Language?
        if let forced = options.language {
            language = forced
        } else {
            let declared = draft.declaredLanguage.map(DeclaredLanguage.init) ?? .detect
            let detected = detector.detect(text)
            switch declared {
            case .language(let l):
                language = l
                if let detected, detected != l {
                    warn("declared language \(l.rawValue), but the text reads as \(detected.rawValue); kept \(l.rawValue)")
                }
            case .other(let tag):
                warn("declared language '\(tag)' is neither French nor English")
            case .detect:
                language = detected
                if detected == nil { warn("language not recognised (neither French nor English)") }
            }
        }

        let id = draft.id.map { String($0.trimmingASCIIWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 } ?? origin.defaultID
        let document = Document(
            id: UnicodeNormalization.nfc(id),
            text: text,
            language: language,
            published: draft.published ?? options.published,
            title: Self.field(draft.title),
            url: Self.field(draft.url),
            source: Self.field(draft.source),
            path: origin.name,
            datelineDay: (draft.published ?? options.published) == nil ? draft.datelineDay : nil)
        return (document, problems)
    }

    /// Trimmed, NFC, nil when empty.
    static func field(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = HTMLMetadata.collapse(value)
        return trimmed.isEmpty ? nil : UnicodeNormalization.nfc(trimmed)
    }
}
