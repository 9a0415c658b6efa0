import Testing
import Foundation
import Extract
@testable import Pipeline

/// The byte-level fast paths of ingestion against the plain implementations they replace:
/// each must give the same answer on every input, not only on the corpus.
@Suite struct IngestFastPathTests {
    // MARK: Inputs

    /// Lines with the scalars folding and the rules care about: accents, case, every kind of
    /// space and quote, non-Latin letters, combining marks, canonical singletons, symbols.
    static let awkwardLines: [String] = [
        "", " ", "\t \u{A0}\u{202F}", "Partagez cet article", "PARTAGEZ CET ARTICLE :", "  Leave  a\tcomment  ",
        "« Lire aussi » : le sommet", "À lire aussi…", "Plus d’informations", "Plus d\u{2019}informations",
        "Tous droits réservés © 2025", "© Le Monde", "(c) 2024 Reuters", "Copyright 2024", "12 commentaires",
        "12\u{301} commentaires", "Facebook | X | LinkedIn", "Facebook \u{387} Twitter", "Facebook · Twitter", "Facebook • Twitter",
        "vingt − seize =", "five + 3 =", "٣ + ٤ =", "AfriqueIl y a 4 jours", "Europe2 days ago", "an hour ago", "2 HOURS AGO",
        "ΣΟΦΙΑ ΚΑΙ ΛΟΓΟΣ", "Россия и Европа", "東京で会議", "👍 Share", "ǅemal Ⱥ İstanbul", "ﬁnance ½ Ⅻ \u{212A}elvin",
        "e\u{301}te\u{301}", "\u{FEFF}Menu", "Menu\u{200B}", "Newsletter\u{2028}", "\u{85}Accept", "Sign up…", "Subscribe—now",
        "Votre adresse e-mail ne sera pas publiée.", "Your e-mail address will not be published",
        "EU Reporter publie des articles provenant de diverses sources externes qui expriment un large éventail de points de vue.",
        "Mentions légales · Plan du site", "About us | Privacy policy", "Contact us", "s'abonner", "S’ABONNER", "Je m'abonne €",
        "Nous utilisons des cookies € pour mesurer", "Home\u{301}", "Menu €", "-", "•", "…", "—", "'", "Tags: EU, Japan",
        String(repeating: "mot ", count: 300) + "our newsletter", String(repeating: "é", count: 5000),
    ]

    /// Every cue of every rule, as written and decorated (case, punctuation, neighbours, long prose).
    static var ruleLines: [String] {
        var lines: [String] = []
        let prose = "les ministres ont adopté une déclaration commune sur la sécurité économique et les semi-conducteurs"
        for rule in Boilerplate().rules {
            let cues: [String]
            switch rule.matcher {
            case .line(let c), .prefix(let c, _), .contains(let c, _), .footerLinks(let c, _): cues = c
            case .custom: cues = []
            }
            for cue in cues {
                lines += [cue, cue.uppercased(), "« \(cue) »", "\(cue) :", "\(cue) suite", "Texte \(cue)", "Texte \(cue) suite",
                          "\(cue)s", "x\(cue)", "\(cue) | Contact us", "© \(cue)", "\(cue) \(prose)", "\(prose) \(cue)",
                          "\(prose) \(prose) \(cue) \(prose) \(prose)", "•\(cue)", "\(cue)€", "\(cue) – \(cue)"]
            }
        }
        return lines
    }

    static func fixtureLines() throws -> [String] {
        var lines: [String] = []
        let root = Repository.fixtures
        for scenario in try FileManager.default.contentsOfDirectory(atPath: root.path) {
            let dir = root.appendingPathComponent(scenario)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where file.hasSuffix(".txt") || file.hasSuffix(".html") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return lines
    }

    // MARK: Boilerplate

    @Test func lineFolderGivesTheReferenceFolding() throws {
        for line in Self.awkwardLines + Self.ruleLines + (try Self.fixtureLines()) {
            let reference = FoldedLine(Substring(line))
            let bytes = Array(line.utf8)
            let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: LineFolder.room(forLineOf: bytes.count) + 64)
            defer { scratch.deallocate() }
            let count = bytes.withUnsafeBufferPointer { LineFolder.fold($0, into: scratch) }
            guard let count else { continue }      // left to the reference folding
            let full = UnsafeBufferPointer(rebasing: scratch[0..<count])
            #expect(Array(full) == Array(reference.full.utf8), "\(line)")
            let core = LineFolder.core(of: full)
            #expect(Array(full[core]) == Array(reference.core.utf8), "\(line)")
        }
    }

    @Test func theIndexFindsTheRuleTheTablesName() throws {
        let cleaner = Boilerplate()
        var matcher = Boilerplate.LineMatcher(Boilerplate.compiled)
        defer { matcher.release() }
        var matched = 0
        for line in Self.awkwardLines + Self.ruleLines + (try Self.fixtureLines()) {
            let reference = cleaner.rules.firstIndex { $0.matches(FoldedLine(Substring(line))) }
            let fast = Array(line.utf8).withUnsafeBufferPointer { matcher.firstRule(matching: $0) }
            #expect(fast == reference, "\(line): \(fast.map { cleaner.rules[$0].name } ?? "none") vs \(reference.map { cleaner.rules[$0].name } ?? "none")")
            if reference != nil { matched += 1 }
        }
        #expect(matched > 500)      // the lines above do exercise the rules
    }

    @Test func linesAreSplitAndTrimmedAsBefore() {
        let text = "a  \nb\u{A0}\u{202F}\u{FEFF}\n\n\t\r\nlast \u{A0}x \t"
        let lines = text.utf8.withContiguousStorageIfAvailable { bytes in
            Boilerplate.lines(of: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
        #expect(lines == ["a", "b", "", "", "last \u{A0}x"])
        #expect(Boilerplate.isBlank(" \t\u{A0}\u{2003}\u{FEFF}\u{200B}"))
        #expect(!Boilerplate.isBlank(" \t\u{A0}.\u{2003}"))
    }

    // MARK: Language

    /// The detector as it was: per scalar, each word built as a string and looked up in the lists.
    static func referenceScores(_ text: String) -> LanguageDetector.Scores {
        var s = LanguageDetector.Scores()
        var word: [UInt8] = []
        var frenchMark = false, otherMark = false
        var seen = 0
        func endWord() {
            guard !word.isEmpty else { return }
            s.words += 1
            let w = String(decoding: word, as: UTF8.self)
            if LanguageDetector.french.contains(w) { s.french += 1 }
            if LanguageDetector.english.contains(w) { s.english += 1 }
            if LanguageDetector.other.contains(w) { s.other += 1 }
            if frenchMark { s.french += 0.5 }
            if otherMark { s.other += 0.5 }
            word.removeAll(keepingCapacity: true); frenchMark = false; otherMark = false
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > LanguageDetector.sampleScalars { break }
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { word.append(UInt8(v)); continue }
                if v >= 0x41 && v <= 0x5A { word.append(UInt8(v + 32)); continue }
                endWord(); continue
            }
            let lower = scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
            if LanguageDetector.frenchDiacritics.contains(lower) { frenchMark = true; word += Array(String(lower).utf8); continue }
            if LanguageDetector.otherDiacritics.contains(lower) { otherMark = true; word += Array(String(lower).utf8); continue }
            if lower.properties.isAlphabetic { word += Array(String(lower).utf8); continue }
            endWord()
        }
        endWord()
        return s
    }

    @Test func languageScoresAreTheReferenceScores() throws {
        var texts = Self.awkwardLines + [
            "ÉTÉ À PARIS, OÙ ÇA ? Straße, niño, ÅLAND", "Ὅμηρος ΐ ẞ", "L'été où la Commission a décidé",
            String(repeating: "Le sommet de l’UE a eu lieu à Bruxelles. ", count: 3000),      // past the sample
            String(repeating: "é", count: 100_001) + " the and of",
            String(repeating: "a", count: 99_999) + "é the",
        ]
        texts.append(try Self.fixtureLines().joined(separator: "\n"))
        let detector = LanguageDetector()
        for text in texts {
            #expect(detector.scores(text) == Self.referenceScores(text), "\(text.prefix(60))")
        }
    }

    // MARK: Decoding and normalisation

    @Test func nfcSafeScalarsAreLeftAloneByNFCInAnyContext() {
        var safe = Set<UInt32>()
        for v in UInt32(0)..<0x3000 where UnicodeNormalization.isSafe(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            safe.insert(v)
            #expect(s.properties.canonicalCombiningClass == .notReordered, "U+\(String(v, radix: 16))")
            let alone = String(s)
            #expect(Array(alone.precomposedStringWithCanonicalMapping.unicodeScalars) == [s], "U+\(String(v, radix: 16))")
        }
        // Never the second scalar of a canonical composition: no decomposition ends in one.
        for v in UInt32(0x80)..<0x30000 where !(0xD800..<0xE000).contains(v) && !(0xAC00..<0xD7A4).contains(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            let parts = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            #expect(parts.dropFirst().allSatisfy { !safe.contains($0) }, "U+\(String(v, radix: 16)) decomposes to \(parts)")
        }
        for text in Self.awkwardLines where UnicodeNormalization.isTriviallyNFC(text) {
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test func binaryTestAndNewlinesAreAsBefore() {
        func referenceIsBinary(_ bytes: [UInt8]) -> Bool {
            if bytes.contains(0) { return true }
            let sample = min(bytes.count, TextDecoder.sampleSize)
            let controls = bytes.prefix(sample).filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains($0)) || $0 == 0x7F }.count
            return controls * 10 > sample
        }
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 8, 9, 63, 64, 65, 1000, 70_000] {
            for density in [0, 5, 12, 50] {
                let bytes = (0..<length).map { _ -> UInt8 in
                    Int.random(in: 0..<100, using: &generator) < density
                        ? [0x01, 0x07, 0x7F, 0x1F, 0x0B, 0x09, 0x0A, 0x1B].randomElement(using: &generator)!
                        : UInt8.random(in: 0x20...0xFF, using: &generator)
                }
                #expect(bytes.withUnsafeBufferPointer { TextDecoder.isBinary($0) } == referenceIsBinary(bytes))
            }
        }
        #expect(PlainTextLoader.normalizeNewlines("a\r\nb\rc\n\r\nd\r") == "a\nb\nc\n\nd\n")
        let plain = "no carriage return here"
        #expect(PlainTextLoader.normalizeNewlines(plain) == plain)
    }

    /// Decoding to bytes (HTML) validates UTF-8 in the survey's pass: it must take and refuse
    /// what `String(validating:)` does, and tell NFC and binary input as decoding to a string does.
    @Test func decodingToBytesAgreesWithDecodingToAString() {
        var generator = SystemRandomNumberGenerator()
        // Every sequence kind: ASCII, 2-, 3- and 4-byte scalars, overlong forms, surrogates,
        // past U+10FFFF, stray continuation bytes, cut-off sequences, controls.
        let pieces: [[UInt8]] = [
            Array("abc ".utf8), Array("é".utf8), Array("ï".utf8), Array("\u{301}".utf8), Array("’".utf8), Array("€".utf8),
            Array("\u{1F600}".utf8), Array("\u{10FFFF}".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0x01], [0x0A], [0x7F],
        ]
        var inputs: [[UInt8]] = pieces.map { Array("un texte ".utf8) + $0 + Array(" en clair".utf8) }
        for _ in 0..<2_000 {
            inputs.append((0..<Int.random(in: 1...12, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! })
        }
        for bytes in inputs {
            let asString = TextDecoder.decode(bytes), asBytes = TextDecoder.decode(bytes, asString: false)
            switch (asString, asBytes) {
            case (.text(let text, nil, let nfc), .utf8(let range, let nfcOfBytes)):
                #expect(Array(text.utf8) == Array(bytes[range]), "\(bytes)")
                #expect(nfc == nfcOfBytes, "\(bytes)")
            case (.text(let text, let warning?, _), .text(let other, let otherWarning?, _)):
                #expect(text == other && warning == otherWarning, "\(bytes)")
            case (.refused(let why), .refused(let other)):
                #expect(why == other, "\(bytes)")
            default:
                Issue.record("\(bytes): \(asString) but \(asBytes)")
            }
        }
    }

    // MARK: Small text helpers

    @Test func trimmingAndCollapsingAreAsBefore() {
        func referenceTrim(_ s: String) -> Substring {
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else { return "" }
            return s[first...last]
        }
        func referenceCollapse(_ s: String) -> String {
            s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        }
        let samples = [
            "", " ", "a", " a ", "\r\n a b \r\n", " \u{301}a", "a\u{600} ", "\u{600} a", "é ", " é", "a  b", "a\r\nb", "a \u{301} b",
            "Le sommet : une \"déclaration\"", "\tx\t", "x \u{A0}", "ab  ", "  ab", "a b c",
        ]
        for s in samples {
            #expect(s.trimmingASCIIWhitespace() == referenceTrim(s), "\(Array(s.unicodeScalars))")
            #expect(HTMLMetadata.collapse(s) == referenceCollapse(s), "\(Array(s.unicodeScalars))")
            #expect(HTMLMetadata.trimmingWhitespaces(s) == s.trimmingCharacters(in: .whitespaces), "\(Array(s.unicodeScalars))")
        }
        #expect(!HTMLMetadata.mayHoldSeparator("Numérique : l’UE et la Corée"))
        #expect(HTMLMetadata.mayHoldSeparator("Sommet \u{387} Le Quotidien"))
        #expect(HTMLMetadata.cleanTitle("Sommet UE-Canada | Le Quotidien", siteName: "Le Quotidien") == "Sommet UE-Canada")
    }
}
