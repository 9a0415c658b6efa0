import Testing
import Foundation
import Extract
import Pipeline

/// The two seed articles: French, furniture cut, every article line kept byte for byte.
@Suite struct IngestSeedTests {
    static let first = "seeds/000_097c38c994f48e67.txt"
    static let second = "seeds/003_970c44b1b8031a71.txt"

    /// The seed's lines before the first line equal to `stop`, as ingestion keeps them
    /// (trailing spaces gone, runs of blank lines made one, no blank line at the ends).
    func articleLines(_ path: String, before stop: String) throws -> String {
        let raw = try String(contentsOfFile: IngestPaths.repo(path), encoding: .utf8).precomposedStringWithCanonicalMapping
        var kept: [String] = []
        for line in raw.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces) == stop { break }
            let trimmed = String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            if trimmed.isEmpty && (kept.last?.isEmpty ?? true) { continue }
            kept.append(trimmed)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    @Test func bothSeedsAreReadAsFrenchWithTheirFileStemsAsIds() {
        let result = Ingestor().ingest(paths: [IngestPaths.repo("seeds")])
        #expect(result.documents.map(\.id) == ["000_097c38c994f48e67", "003_970c44b1b8031a71"])
        #expect(result.documents.allSatisfy { $0.language == .fr })
        #expect(result.problems.isEmpty, "\(result.problemLines)")
    }

    @Test func seed000KeepsEverythingBeforeTheFurnitureAndNothingFromItOn() throws {
        let document = try #require(Ingestor().ingest(paths: [IngestPaths.repo(Self.first)]).documents.first)
        #expect(document.text == (try articleLines(Self.first, before: "Plus d’informations")))
        for furniture in ["Plus d’informations\n", "Partagez cet article", "EU Reporter", "Conditions générales",
                          "Il y a 4 jours", "AntisémitismeIl", "Sidi Ould Tah", "De père en fils"] {
            #expect(!document.text.contains(furniture), "\(furniture)")
        }
        for sentence in ["Depuis le lancement du premier Partenariat numérique en 2022, lors du 29e sommet Japon-UE à Tokyo, ils ont renforcé leur collaboration dans de nombreux domaines numériques et technologiques.",
                         "Le quatrième Conseil du partenariat numérique est prévu pour 2026, à Bruxelles.",
                         "L’UE et le Japon ont tenu leur troisième Conseil de partenariat numérique Le Conseil s'est réuni aujourd'hui à Tokyo",
                         "Plus d'informations seront disponibles prochainement. ici demain.",
                         "deuxième Conseil de partenariat numérique en 2024"] {
            #expect(document.text.contains(sentence), "\(sentence)")
        }
        #expect(document.text.hasPrefix("Japon\nL'UE et le Japon renforcent leur partenariat technologique et numérique\n"))
    }

    @Test func seed003KeepsEverythingBeforeTheCommentForm() throws {
        let document = try #require(Ingestor().ingest(paths: [IngestPaths.repo(Self.second)]).documents.first)
        #expect(document.text == (try articleLines(Self.second, before: "Laisser un commentaire")))
        #expect(!document.text.contains("Laisser un commentaire"))
        #expect(!document.text.contains("vingt − seize"))
        for sentence in ["Le partenariat numérique entre les deux alliés a été signé en mai 2022 lors du 28e sommet UE-Japon.",
                         "La troisième réunion devrait avoir lieu en 2025 à Tokyo.",
                         "Le mois dernier (26 mars), l’UE et la Corée du Sud ont également annoncé une coopération conjointe dans le domaine technologique."] {
            #expect(document.text.contains(sentence), "\(sentence)")
        }
        #expect(document.text.hasPrefix("Japan\n\nJean Delaunay\n\nPolitique de l’UE."))
        #expect(document.text.hasSuffix("chaînes d’approvisionnement en puces."))
    }
}
