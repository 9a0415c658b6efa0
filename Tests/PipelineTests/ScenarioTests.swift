import Testing
import Foundation
import Extract
import Reconcile
import Pipeline

/// Each fixture scenario end to end (ingest → extract → link → reconcile): the verdict a
/// person expects, and no false alarm. Articles are in fixtures/<scenario>/.
@Suite struct ScenarioTests {
    func check(_ scenario: String) async -> Report {
        await Crosschecker().check(paths: [Repository.scenario(scenario)])
    }

    @Test func frenchAndEnglishReportsOfOneCouncilAgree() async {
        let r = await check("agree-eu-korea-council")
        #expect(r.documents.count == 2)
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        let corroborated = r.findings(.corroborated, event: "EU+KR")
        #expect(corroborated.contains { $0.attribute == .date }, "\(r.digest)")
        #expect(corroborated.contains { $0.attribute == .place }, "\(r.digest)")
    }

    @Test func nineteenthVersusTwentiethSummitOnTheSameDayIsAConflict() async {
        let r = await check("disagree-eu-canada-summit")
        let conflicts = r.findings(.conflict, attribute: .ordinal, event: "CA+EU")
        #expect(conflicts.count == 1, "\(r.digest)")
        #expect(r.conflicts.count == 1, "\(r.digest)")
    }

    @Test func overlappingButDifferentDatesOfOneSummitConflict() async {
        let r = await check("disagree-g7-dates-fr")
        #expect(r.findings(.conflict, attribute: .date, event: "G7").count == 1, "\(r.digest)")
    }

    @Test func aPlanAndTheOutcomeThatFitsItAreNoConflict() async {
        let r = await check("plan-then-outcome-en")
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        #expect(r.findings(.explained, attribute: .date, event: "EU+IN").contains { $0.kind == .planAndOutcome }, "\(r.digest)")
    }

    @Test func aMeetingMovedFromMarchToAprilIsAScheduleChange() async {
        let r = await check("schedule-change-fr")
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        #expect(r.findings(.explained, attribute: .date, event: "EU+JP").contains { $0.kind == .scheduleChange }, "\(r.digest)")
    }

    @Test func secondAndThirdCouncilsAreSiblingsNotAConflict() async {
        let r = await check("siblings-en")
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        #expect(r.findings(.explained).contains { $0.kind == .differentInstances }, "\(r.digest)")
    }

    @Test func wireDatelinesAndPartiesOfOtherClausesRaiseNoAlarm() async {
        // "BRUSSELS, June 24 (…) -" is the day of the dispatch; "as both sides sought to reduce
        // their reliance on the United States" does not make the summit the United States' too.
        let r = await check("agree-wire-datelines")
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        let corroborated = r.findings(.corroborated, event: "CA+EU")
        #expect(corroborated.contains { $0.attribute == .date }, "\(r.digest)")
        #expect(corroborated.contains { $0.attribute == .place }, "\(r.digest)")
    }

    @Test func aDatelineWithoutItsYearTakesTheBatchsYear() async {
        // "BRUSSELS, 30 June (Maghreb Wire) - … on Monday": the year of the other article's date
        // makes that Monday 29 June 2026, the day the French article gives. The inferred year
        // is named in a warning; "the first in seven years" is no date.
        let r = await check("dateline-year-from-batch")
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        let dates = r.findings(.corroborated, attribute: .date, event: "EU+MA")
        #expect(dates.contains { $0.values.map(\.value) == ["2026-06-29"] && $0.documents.count == 2 }, "\(r.digest)")
        #expect(r.problems.map(\.message) == ["its dateline gives no year: read as 2026-06-30, the year of the other articles' dates"], "\(r.problems)")
        #expect(r.problems.allSatisfy { $0.severity == .warning })
    }

    @Test func thirtySevenVersusThirtyEightMemberCountriesIsAConflict() async {
        // The French report counts 37 members, the English one 38; "l'an dernier … les 2 et 3
        // mai" is May 2024, as the English report says, not May 2025.
        let r = await check("disagree-oecd-members")
        let counts = r.findings(.conflict, attribute: .count, event: "OECD")
        #expect(counts.count == 1, "\(r.digest)")
        #expect(Set(counts.first?.values.map(\.value) ?? []) == ["37 OECD members", "38 OECD members"], "\(r.digest)")
        #expect(r.conflicts.count == 1, "\(r.digest)")
        #expect(r.findings(.corroborated, attribute: .date, event: "OECD").contains { $0.values.contains { $0.value.hasPrefix("2024-05-02") } },
                "\(r.digest)")
    }

    @Test func aTreatyNamedInEachLanguageIsOneTreatyWhoseSigningYearIsDisputed() async {
        // "le traité d'Aix-la-Chapelle, signé le 22 janvier 2018" against "the Treaty of Aachen,
        // which … signed on 22 January 2019": one treaty, whatever the parties around it.
        let r = await check("disagree-treaty-signing-year")
        let dates = r.findings(.conflict, attribute: .date, event: "aachen-treaty")
        #expect(dates.count == 1, "\(r.digest)")
        #expect(Set(dates.first?.values.map(\.value) ?? []) == ["2018-01-22", "2019-01-22"], "\(r.digest)")
        #expect(r.conflicts.count == 1, "\(r.digest)")
    }

    @Test func aFrenchAndAnEnglishArticleOnOneSummitLink() async {
        let r = await check("mixed-languages")
        #expect(r.conflicts.isEmpty, "\(r.digest)")
        let place = r.entries.first { $0.finding.verdict == .corroborated && $0.finding.attribute == .place && $0.finding.event.contains("CN+EU") }
        #expect(place != nil, "\(r.digest)")
        let languages = Set(place?.values.flatMap { $0.evidence.map(\.language) } ?? [])
        #expect(languages == [.fr, .en])
    }
}

/// What DESIGN.md says the two seed articles must give.
@Suite struct SeedReportTests {
    @Test func seedsGiveTheSummitConflictTheSiblingCouncilsAndTheCorroboratedThirdCouncil() async throws {
        let r = await Crosschecker().check(paths: [Repository.seeds.path])
        #expect(r.documents.map(\.document.id) == ["000_097c38c994f48e67", "003_970c44b1b8031a71"])

        // conflict: launched/signed at the 28th (003) vs the 29th (000) EU–Japan summit.
        let heldAt = r.findings(.conflict, attribute: .heldAt, event: "digital-partnership:EU+JP")
        #expect(heldAt.count == 1, "\(r.digest)")
        let values = Set(heldAt.first?.values.map(\.value) ?? [])
        #expect(values == ["summit:EU+JP#28", "summit:EU+JP#29"], "\(r.digest)")
        #expect(r.conflicts.count == 1, "only the real contradiction:\n\(r.digest)")

        // both agree on 2022 for the partnership.
        #expect(r.findings(.conflict, attribute: .date, event: "digital-partnership:EU+JP").isEmpty)

        // explained: 2nd council (2024, 000) and 3rd (2025, 003) are different instances.
        let siblings = r.findings(.explained, attribute: .date, event: "digital-partnership-council:EU+JP").filter { $0.kind == .differentInstances }
        #expect(siblings.count == 1, "\(r.digest)")

        // corroborated: the 3rd council in Tokyo (planned in 003, held in 000).
        let tokyo = r.findings(.corroborated, attribute: .place, event: "digital-partnership-council:EU+JP#3")
        #expect(tokyo.count == 1, "\(r.digest)")
        #expect(tokyo.first?.documents == ["000_097c38c994f48e67", "003_970c44b1b8031a71"])
    }

    @Test func noClaimComesFromPageFurniture() async {
        let run = await Crosschecker().extract(paths: [Repository.seeds.path])
        for e in run.documents {
            #expect(!e.document.text.contains("Partagez cet article"))
            #expect(!e.document.text.contains("Laisser un commentaire"))
            #expect(!e.document.text.contains("Il y a 4 jours"))
            #expect(!e.document.text.contains("vingt − seize"))
            #expect(!e.extraction.claims.isEmpty)
        }
    }
}

/// Golden JSON reports, one per scenario: re-record with `RECORD_GOLDENS=1 swift test`, then
/// read the diff as you would read code.
@Suite struct GoldenReportTests {
    static let scenarios: [String] = (try? FileManager.default.contentsOfDirectory(atPath: Repository.fixtures.path))?
        .filter { name in
            var dir: ObjCBool = false
            let path = Repository.fixtures.appendingPathComponent(name).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue && name != "lexicons" && name != "ingest"
        }.sorted() ?? []

    @Test(arguments: scenarios)
    func reportMatchesGolden(_ scenario: String) async throws {
        let actual = await Crosschecker().check(paths: [Repository.scenario(scenario)]).rendered(as: .json)
            .replacingOccurrences(of: Repository.root.path + "/", with: "")
        let golden = Repository.fixtures.appendingPathComponent(scenario).appendingPathComponent("expected.report.json")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "re-record with RECORD_GOLDENS=1 if the change is intended")
    }
}
