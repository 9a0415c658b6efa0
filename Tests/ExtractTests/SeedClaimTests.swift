import Foundation
import Testing
import Extract

/// The two seed articles, through the whole extraction pipeline (numbers, ordinals, dates,
/// entities, events). The page furniture (share line, teasers, comment form) is cut here as
/// ingestion would: everything from "Partagez cet article" / "Laisser un commentaire" on.
@Suite struct SeedClaimTests {
    static func seed(_ name: String) throws -> String {
        let root = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
        let path = "/" + root + "/seeds/" + name
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for marker in ["Partagez cet article", "Laisser un commentaire"] {
            if let r = text.range(of: marker) { text = String(text[..<r.lowerBound]) }
        }
        return text
    }

    static func claims(_ name: String, id: String) throws -> [Claim] {
        let text = try seed(name)
        let context = ExtractionContext(language: .fr, referenceDate: nil, lexicon: .bundled, documentID: id)
        return Extractor().extract(from: text, in: context).claims
    }

    @Test func seed000GivesTheCouncilsTheLaunchAndTheSummit() throws {
        let claims = try Self.claims("000_097c38c994f48e67.txt", id: "000")
        let lines = claims.map(render)
        print(lines.joined(separator: "\n"))
        // The 3rd Digital Partnership Council, held today in Tokyo.
        #expect(lines.contains("digital-partnership-council:EU+JP#3 ordinal 3 asserted"))
        #expect(lines.contains("digital-partnership-council:EU+JP#3 place JP-TYO asserted"))
        #expect(lines.contains("digital-partnership-council:EU+JP#3 date PRESENT_REF asserted"))
        #expect(lines.contains { $0.hasPrefix("digital-partnership-council:EU+JP#3 participants [Henna Virkkunen, Masaaki Taira, Masashi Adachi, Shinji Takeuchi]") })
        // The 2nd in 2024; the 4th planned in Brussels in 2026.
        #expect(lines.contains("digital-partnership-council:EU+JP#2 date 2024 asserted"))
        #expect(lines.contains("digital-partnership-council:EU+JP#4 date 2026 planned"))
        #expect(lines.contains("digital-partnership-council:EU+JP#4 place BE-BRU planned"))
        // The letter of intent, to be signed on 13 May.
        #expect(lines.contains("letter-of-intent:EU+JP date XXXX-05-13 planned"))
        #expect(lines.contains("letter-of-intent:EU+JP participants [Henna Virkkunen, Minoru Kiuchi] planned"))
        // The Digital Partnership launched in 2022 at the 29th summit, in Tokyo.
        #expect(lines.contains("digital-partnership:EU+JP#1 date 2022 asserted"))
        #expect(lines.contains("digital-partnership:EU+JP#1 held_at summit:EU+JP#29 asserted"))
        #expect(lines.contains("summit:EU+JP#29 place JP-TYO asserted"))
        #expect(lines.contains("cyber-dialogue:EU+JP#6 ordinal 6 asserted"))
        // Roles.
        #expect(lines.contains("person Masaaki Taira role ministre de la Transformation numérique asserted"))
        #expect(lines.contains("person Minoru Kiuchi role ministre d'État japonais chargé de la politique scientifique et technologique asserted"))
        // One instance per event: all claims about the 3rd council share it.
        let third = claims.compactMap { c -> Int? in
            if case .event(let e) = c.subject, e.type == "digital-partnership-council", e.ordinal == 3 { return e.instance }
            return nil
        }
        #expect(Set(third).count == 1)
    }

    @Test func seed003GivesThePlannedCouncilsTheSigningAndKoreaApart() throws {
        let claims = try Self.claims("003_970c44b1b8031a71.txt", id: "003")
        let lines = claims.map(render)
        print(lines.joined(separator: "\n"))
        #expect(lines.contains("digital-partnership-council:EU+JP date XXXX-04-30 planned"))
        #expect(lines.contains("ministerial-meeting:OECD place FR-PAR planned"))
        #expect(lines.contains("ministerial-meeting:OECD date XXXX-05-02/XXXX-05-03 planned"))
        #expect(lines.contains("digital-partnership:EU+JP date 2022-05 asserted"))
        #expect(lines.contains("digital-partnership:EU+JP held_at summit:EU+JP#28 asserted"))
        #expect(lines.contains("digital-partnership-council:EU+JP#3 ordinal 3 planned"))
        #expect(lines.contains("digital-partnership-council:EU+JP#3 date 2025 planned"))
        #expect(lines.contains("digital-partnership-council:EU+JP#3 place JP-TYO planned"))
        #expect(lines.contains("digital-partnership-council:EU+KR date XXXX-03-26 asserted"))
        // The unnumbered council of 30 April is not the numbered 3rd.
        let instances = Set(claims.compactMap { c -> Int? in
            if case .event(let e) = c.subject, e.type == "digital-partnership-council", e.parties == ["EU", "JP"] { return e.instance }
            return nil
        })
        #expect(instances.count == 2)
        // Korea stays apart from Japan.
        #expect(!lines.contains { $0.hasPrefix("digital-partnership-council:EU+JP") && $0.contains("03-26") })
    }

    @Test func seedsGiveNoClaimFromTheFurniture() throws {
        for (name, id) in [("000_097c38c994f48e67.txt", "000"), ("003_970c44b1b8031a71.txt", "003")] {
            let text = try Self.seed(name)
            for claim in try Self.claims(name, id: id) {
                #expect(claim.evidence.sentence.end <= text.utf8.count)
            }
        }
    }
}

/// A claim as one line: "summit:EU+JP#29 place JP-TYO asserted".
func render(_ c: Claim) -> String {
    let subject: String
    switch c.subject {
    case .event(let e): subject = e.series + (e.ordinal.map { "#\($0)" } ?? "")
    case .person(let name): subject = "person " + name
    }
    let value: String
    switch c.value {
    case .time(let t): value = t.timex
    case .place(let p): value = p
    case .ordinal(let n): value = String(n)
    case .participants(let ps), .chair(let ps): value = "[" + ps.joined(separator: ", ") + "]"
    case .event(let e): value = e.series + (e.ordinal.map { "#\($0)" } ?? "")
    case .quantity(let q): value = q.description
    case .text(let t): value = t
    }
    return subject + " " + c.attribute.rawValue + " " + value + " " + c.modality.rawValue
}
