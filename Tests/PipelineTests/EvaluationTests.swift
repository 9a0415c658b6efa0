import Testing
import Foundation
import Extract
import Reconcile
import Pipeline

/// The evaluation sets (evaluation/README.md): news-length articles on one story each, in both
/// languages, with the contradictions planted in them. Each set must raise exactly its planted
/// conflicts that crosscheck finds today, and no other: a new false alarm, or a planted conflict
/// lost, fails here. The planted conflicts still missed are listed in the README, not here.
@Suite struct EvaluationTests {
    struct Expected: CustomTestStringConvertible, Sendable {
        let set: String
        /// (attribute, event id) of each conflict, in any order.
        let conflicts: [(Attribute, String)]
        var testDescription: String { self.set }
    }

    static let sets: [Expected] = [
        Expected(set: "a-eu-canada", conflicts: [(.ordinal, "summit:CA+EU")]),
        Expected(set: "b-eu-japan", conflicts: [(.date, "green-alliance:EU+JP")]),
        Expected(set: "c-g7", conflicts: [(.ordinal, "summit:G7")]),
        Expected(set: "d-eu-india", conflicts: [(.date, "launch-of-the-trade-and-technology-council:EU+IN")]),
        Expected(set: "e-eu-uk", conflicts: []),
        Expected(set: "f-eu-china", conflicts: [(.date, "summit:CN+EU")]),
        Expected(set: "g-oecd", conflicts: [(.count, "ministerial-meeting:OECD")]),
        // The second round, written blind to the rules (README: what each plants, what is missed).
        Expected(set: "h-eu-mercosur", conflicts: [(.date, "launch-of-the-negotiations:EU+MERCOSUR")]),
        Expected(set: "i-g20", conflicts: []),
        Expected(set: "j-nato", conflicts: [(.count, "summit:NATO")]),
        Expected(set: "k-cop30", conflicts: [(.ordinal, "climate-conference:")]),
        Expected(set: "l-eu-korea", conflicts: []),
        Expected(set: "m-wto-mc14", conflicts: [(.count, "ministerial-meeting:WTO"), (.date, "ministerial-meeting:WTO")]),
        // The third round, also written blind (README: its first run and what each plants).
        Expected(set: "n-asean-summit", conflicts: [(.count, "summit:ASEAN"), (.ordinal, "summit:ASEAN")]),
        Expected(set: "o-au-eu-summit", conflicts: [(.count, "summit:AFRICAN-UNION+EU"), (.date, "summit:AFRICAN-UNION+EU")]),
        Expected(set: "p-brics-summit", conflicts: []),
        Expected(set: "q-eu-australia-fta", conflicts: [(.date, "free-trade-agreement:AU+EU"), (.date, "launch-of-the-negotiations:AU+EU")]),
        // Siem Reap vs Phnom Penh is found since the lexicon knows both (and the OIF).
        Expected(set: "r-francophonie-summit", conflicts: [(.date, "summit:OIF"), (.place, "summit:OIF")]),
        Expected(set: "s-osce-ministerial", conflicts: []),
        // The fourth round, also written blind (README and ROUND4-KEY.md).
        Expected(set: "t-council-of-europe", conflicts: [(.ordinal, "meeting:COE")]),
        Expected(set: "u-pacific-islands-forum", conflicts: []),
        Expected(set: "v-eu-central-asia", conflicts: [(.date, "summit:CENTRAL-ASIA+EU")]),
        Expected(set: "w-eu-vietnam", conflicts: []),
        Expected(set: "x-sco-bishkek", conflicts: [(.date, "summit:SCO"), (.ordinal, "summit:SCO")]),
        Expected(set: "y-union-mediterranean", conflicts: [(.count, "regional-forum:UFM")]),
        // The fifth round, also written blind (README and ROUND5-KEY.md).
        Expected(set: "z-chogm", conflicts: [(.date, "summit:COMMONWEALTH"), (.ordinal, "summit:COMMONWEALTH")]),
        Expected(set: "za-eucelac", conflicts: [(.count, "summit:CELAC+EU"), (.date, "digital-alliance:EU")]),
        Expected(set: "zb-arcticcouncil", conflicts: []),
        Expected(set: "zc-euukraine", conflicts: [(.date, "security-commitments:EU+UA"), (.place, "summit:EU+UA")]),
        Expected(set: "zd-nordiccouncil", conflicts: [(.count, "meeting:NORDIC-COUNCIL"), (.date, "meeting:NORDIC-COUNCIL")]),
        // Round 6 (ROUND6-KEY.md): 3 of 8 found; zf's launch year, zg's 33rd vs 34th, zh's 27th
        // vs 28th and zi's two are not yet.
        Expected(set: "zf-eu-gcc-summit", conflicts: [(.place, "summit:EU+GCC")]),
        Expected(set: "zg-apec-shenzhen", conflicts: [(.count, "summit:APEC")]),
        Expected(set: "zh-ibero-american-summit", conflicts: [(.date, "summit:IBERO-AMERICA")]),
        Expected(set: "zi-franco-german-council", conflicts: []),
        Expected(set: "zj-eu-morocco-association-council", conflicts: []),
        // Round 7 (ROUND7-KEY.md): its 6 false conflicts are gone; 1 of the 6 found since round 10's fixes.
        Expected(set: "zk-three-seas", conflicts: []),
        Expected(set: "zl-eu-nz-trade-council", conflicts: [(.ordinal, "trade-council:EU+NZ")]),
        Expected(set: "zm-berlin-process", conflicts: []),
        Expected(set: "zn-eu-egypt", conflicts: []),
        // Round 8 (ROUND8-KEY.md): first run 0 of 9 with 3 false conflicts; now 5 of 9, none false.
        Expected(set: "zo-eu-western-balkans", conflicts: [(.chair, "summit:EU"), (.count, "summit:EU"), (.date, "summit:EU")]),
        Expected(set: "zp-caricom-castries", conflicts: [(.ordinal, "summit:CARICOM")]),
        Expected(set: "zq-cbss-gdansk", conflicts: []),
        Expected(set: "zr-eu-chile", conflicts: [(.date, "framework-agreement:CL+EU")]),
        // Round 9 (ROUND9-KEY.md), written after round 8's fixes: first run 2 of 10, none false;
        // 6 of 10 since the organisation an article is about, the General Assembly and datelines
        // under a wire's header lines; 7 since treaties known by their name.
        Expected(set: "zs-ecowas-abuja", conflicts: [(.date, "summit:ECOWAS")]),
        Expected(set: "zt-weimar-wroclaw", conflicts: []),
        Expected(set: "zu-oas-antigua", conflicts: [(.count, "general-assembly:OAS"), (.date, "general-assembly:OAS"),
                                                     (.place, "general-assembly:OAS")]),
        Expected(set: "zv-eu-indonesia-cepa", conflicts: [(.date, "launch-of-the-negotiations:EU+ID"),
                                                           (.place, "economic-partnership-agreement:EU+ID")]),
        Expected(set: "zw-iberian-salamanca", conflicts: [(.date, "valencia-treaty:")]),
        // Round 10 (ROUND10-KEY.md), written after round 9's first fixes: first run 1 of 9 with 1
        // false conflict; now 6 of 9, none false.
        Expected(set: "zx-sadc-johannesburg", conflicts: [(.date, "summit:SADC")]),
        Expected(set: "zy-benelux-schengen", conflicts: []),
        Expected(set: "zz-eac-arusha", conflicts: [(.date, "summit:EAC"), (.ordinal, "summit:EAC")]),
        Expected(set: "zza-eu-philippines-fta", conflicts: [(.date, "free-trade-agreement:EU+PH")]),
        Expected(set: "zzb-uk-france-amiens", conflicts: [(.ordinal, "summit:FR+GB"), (.date, "lancaster-house-treaty:")]),
        // Round 11 (ROUND11-KEY.md), written during round 10's fixes: first run 1 of 9 with 2 false
        // conflicts; now 3 of 9, none false.
        Expected(set: "zzc-visegrad-summit", conflicts: []),
        Expected(set: "zzd-eu-mexico-agreement", conflicts: [(.date, "agreement:EU+MX")]),
        Expected(set: "zze-quad-new-delhi", conflicts: []),
        Expected(set: "zzf-mercosur-asuncion", conflicts: []),
        Expected(set: "zzg-franco-italian-toulouse", conflicts: [(.date, "quirinal-treaty:"), (.place, "summit:FR+IT")]),
        // The twelfth round, written blind at the start of the next session: first run 2 of 9
        // with 3 false conflicts; now 5 of 9, none false.
        Expected(set: "zzh-arab-league-muscat", conflicts: [(.date, "summit:ARAB-LEAGUE"), (.ordinal, "summit:ARAB-LEAGUE")]),
        Expected(set: "zzi-bimstec-dhaka", conflicts: [(.place, "summit:BIMSTEC")]),
        Expected(set: "zzj-igad-djibouti", conflicts: []),
        Expected(set: "zzk-atcm-hiroshima", conflicts: [(.date, "antarctica-treaty:"), (.date, "meeting:antarctica-treaty")]),
        Expected(set: "zzl-pacific-alliance-vina", conflicts: []),
    ]

    @Test(arguments: sets)
    func eachSetRaisesItsPlantedConflictsAndNoOther(_ e: Expected) async {
        let r = await Crosschecker().check(paths: [Repository.evaluation.appendingPathComponent(e.set).path])
        // Warnings may name what was inferred (a dateline's year); nothing may be unreadable.
        #expect(r.problems.allSatisfy { $0.severity == .warning }, "\(r.problems)")
        // The series of each conflict's event: its id up to the ordinal, day or document that tells it apart.
        let found = r.conflicts.map { "\($0.finding.attribute.rawValue) \($0.finding.event.prefix { !"#~@".contains($0) })" }.sorted()
        let expected = e.conflicts.map { "\($0.0.rawValue) \($0.1)" }.sorted()
        #expect(found == expected, "\(r.digest)")
    }
}
