import Testing
import Extract
import Reconcile

@Suite struct ReconcilerTests {
    let a = ClaimFactory(document: "a")
    let b = ClaimFactory(document: "b", language: .en)
    let summit28 = EventRef(type: "summit", parties: ["EU", "JP"], ordinal: 28, instance: 9)
    let summit29 = EventRef(type: "summit", parties: ["JP", "EU"], ordinal: 29, instance: 9)
    let reconciler = Reconciler(oneOffTypes: ["digital-partnership"])

    func finding(_ r: Reconciliation, _ event: String, _ attribute: Attribute) -> Finding? {
        r.findings.first { $0.event == event && $0.attribute == attribute }
    }

    /// The seed scenario: launched at the 28th summit (a) vs the 29th (b); 2022-05 vs 2022;
    /// the 2nd council in 2024 (b) vs the 3rd in 2025 (a); the 3rd in Tokyo in both.
    var seedLike: [Claim] {
        [
            a.claim("digital-partnership", ["EU", "JP"], instance: 1, .heldAt, .event(summit28), at: 100),
            a.claim("digital-partnership", ["EU", "JP"], instance: 1, .date, month(2022, 5), at: 90),
            a.claim("digital-partnership-council", ["EU", "JP"], ordinal: 3, instance: 2, .date, year(2025), .planned, at: 200),
            a.claim("digital-partnership-council", ["EU", "JP"], ordinal: 3, instance: 2, .place, .place("JP-TYO"), .planned, at: 210),
            a.claim("digital-partnership-council", ["EU", "JP"], instance: 0, .date, day(nil, 4, 30), .planned, at: 10),
            b.claim("digital-partnership-council", ["EU", "JP"], ordinal: 3, instance: 0, .place, .place("JP-TYO"), at: 20),
            b.claim("digital-partnership-council", ["EU", "JP"], ordinal: 3, instance: 0, .date, today, at: 25),
            b.claim("digital-partnership-council", ["EU", "JP"], ordinal: 2, instance: 1, .date, year(2024), at: 300),
            b.claim("digital-partnership", ["JP", "EU"], ordinal: 1, instance: 2, .heldAt, .event(summit29), at: 500),
            b.claim("digital-partnership", ["EU", "JP"], ordinal: 1, instance: 2, .date, year(2022), at: 490),
        ]
    }

    @Test func aRoundApproximationAllowsMoreThanAnExactLookingOne() {
        func q(_ v: Double, _ approximate: Bool = false) -> Quantity { Quantity(value: v, unit: "delegations", approximate: approximate) }
        // "une vingtaine de délégations" and "23 délégations"; "more than 40" and "46".
        #expect(QuantityComparator.relation(q(20, true), q(23)) == .compatible)
        #expect(QuantityComparator.relation(q(40, true), q(46)) == .compatible)
        // "quelque 79 délégations" and "71": two counts.
        #expect(QuantityComparator.relation(q(79, true), q(71)) == .incompatible)
        #expect(QuantityComparator.relation(q(20, true), q(30)) == .incompatible)
        #expect(QuantityComparator.relation(q(20), q(23)) == .incompatible)
    }

    @Test func twoValuesOfOneSentenceContradictNothing() throws {
        // "South Korea held the 32nd meeting in Gyeongju in 2025, and Vietnam takes over the
        // chair for 2027": one sentence, two years read for one event. It contradicts neither
        // itself nor the other source's October 2025.
        let sentence = TextSpan(start: 100, end: 200)
        let claims = [
            b.claim("summit", ["APEC"], ordinal: 32, instance: 1, .date, year(2025), at: 130, inSentence: sentence),
            b.claim("summit", ["APEC"], ordinal: 32, instance: 1, .date, year(2027), at: 170, inSentence: sentence),
            a.claim("summit", ["APEC"], ordinal: 32, instance: 4, .date, month(2025, 10), at: 40),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.conflicts.isEmpty, "\(r.findings.map(\.explanation))")
        // Told in two sentences, the same two years are a contradiction the editor must see.
        let apart = [
            b.claim("summit", ["APEC"], ordinal: 32, instance: 1, .date, year(2025), at: 130),
            b.claim("summit", ["APEC"], ordinal: 32, instance: 1, .date, year(2027), at: 170),
        ]
        #expect(reconciler.reconcile(apart).conflicts.count == 1)
    }

    @Test func launchAtTheTwentyEighthVersusTwentyNinthSummitIsAConflict() throws {
        let r = reconciler.reconcile(seedLike)
        let f = try #require(finding(r, "digital-partnership:EU+JP", .heldAt))
        #expect(f.verdict == .conflict)
        #expect(f.kind == .valueMismatch)
        #expect(Set(f.values.map(\.value)) == ["summit:EU+JP#28", "summit:EU+JP#29"])
        #expect(f.explanation.contains("28th") && f.explanation.contains("29th") && f.explanation.contains("a") && f.explanation.contains("b"))
        #expect(r.conflicts.count == 1)
    }

    @Test func anAgreementSignedAtOneSummitNumberedTwoWaysIsOneDisputeNotTwo() throws {
        // Both say the partnership was signed at the summit of 23 June in Brussels; they number
        // that summit 20 and 21. The ordinal is the dispute; the occasion is agreed.
        let s20 = EventRef(type: "summit", parties: ["CA", "EU"], ordinal: 20, instance: 0)
        let s21 = EventRef(type: "summit", parties: ["CA", "EU"], ordinal: 21, instance: 3)
        let claims = [
            a.claim("summit", ["CA", "EU"], ordinal: 20, instance: 0, .ordinal, .ordinal(20), at: 5),
            a.claim("summit", ["CA", "EU"], ordinal: 20, instance: 0, .date, day(2025, 6, 23), at: 10),
            a.claim("summit", ["CA", "EU"], ordinal: 20, instance: 0, .place, .place("BE-BRU"), at: 20),
            a.claim("security-and-defence-partnership", ["CA", "EU"], instance: 1, .heldAt, .event(s20), at: 30),
            b.claim("summit", ["CA", "EU"], ordinal: 21, instance: 3, .ordinal, .ordinal(21), at: 5),
            b.claim("summit", ["CA", "EU"], ordinal: 21, instance: 3, .date, day(2025, 6, 23), at: 10),
            b.claim("summit", ["CA", "EU"], ordinal: 21, instance: 3, .place, .place("BE-BRU"), at: 20),
            b.claim("security-and-defence-partnership", ["CA", "EU"], instance: 0, .heldAt, .event(s21), at: 30),
        ]
        let r = Reconciler(oneOffTypes: ["security-and-defence-partnership"]).reconcile(claims)
        #expect(r.conflicts.count == 1)
        #expect(r.conflicts.first?.attribute == .ordinal)
        let occasion = try #require(finding(r, "security-and-defence-partnership:CA+EU", .heldAt))
        #expect(occasion.verdict == .corroborated)
        #expect(occasion.explanation.contains("number differently"))
        // Unlinked venues (no day or place to tie them) stay a dispute, as in the seeds.
        #expect(reconciler.reconcile(seedLike).findings.contains { $0.attribute == .heldAt && $0.verdict == .conflict })
    }

    @Test func oneDocumentGivingTwoValuesContradictsItselfRatherThanOtherSources() throws {
        let claims = [
            a.claim("summit", ["EU", "JP"], ordinal: 30, instance: 0, .date, day(2025, 7, 23), at: 10),
            a.claim("summit", ["EU", "JP"], ordinal: 30, instance: 0, .date, day(2025, 7, 24), at: 400),
        ]
        let f = try #require(finding(reconciler.reconcile(claims), "summit:EU+JP#30", .date))
        #expect(f.verdict == .conflict)
        #expect(f.explanation.hasPrefix("a contradicts itself on the date of the 30th summit (EU–JP)"), "\(f.explanation)")
    }

    @Test func anOpeningDayAndAClosingDayAreTwoDaysOfOneGathering() throws {
        func edge(_ d: Int, _ m: TimeModifier) -> ClaimValue { .time(TimeValue(start: TimePoint(year: 2025, month: 11, day: d), modifier: m)) }
        let together = [
            a.claim("summit", ["G20"], ordinal: 20, instance: 0, .date, edge(22, .start), at: 10),
            b.claim("summit", ["G20"], ordinal: 20, instance: 0, .date, edge(23, .end), at: 10),
        ]
        let f = try #require(finding(reconciler.reconcile(together), "summit:G20#20", .date))
        #expect(f.verdict == .explained, "\(f.explanation)")
        #expect(f.explanation.contains("the day it opened"))
        // Opened on the 24th against held on the 23rd: a contradiction still.
        let apart = [
            a.claim("summit", ["CN", "EU"], ordinal: 25, instance: 0, .date, day(2025, 7, 23), at: 10),
            b.claim("summit", ["CN", "EU"], ordinal: 25, instance: 0, .date, .time(TimeValue(start: TimePoint(year: 2025, month: 7, day: 24), modifier: .start)), at: 10),
        ]
        #expect(finding(reconciler.reconcile(apart), "summit:CN+EU#25", .date)?.verdict == .conflict)
        // A span gives both: it opened on its first day.
        #expect(TimeComparator.relation(TimeValue(start: TimePoint(year: 2025, month: 6, day: 15), end: TimePoint(year: 2025, month: 6, day: 17)),
                                        TimeValue(start: TimePoint(year: 2025, month: 6, day: 16), modifier: .start)) == .incompatible)
        #expect(TimeComparator.relation(TimeValue(start: TimePoint(year: 2025, month: 6, day: 15), end: TimePoint(year: 2025, month: 6, day: 17)),
                                        TimeValue(start: TimePoint(year: 2025, month: 6, day: 17), modifier: .end)) == .compatible)
    }

    @Test func anOpeningAndAClosingDayOfOneWeekNumberedApartAreOneDisputedGathering() throws {
        // "opened their 28th summit on Monday" (22 June), "le rideau est tombé vendredi 26 juin
        // sur la 29e réunion": a week-long meeting whose number is disputed; a closing day two
        // weeks on is another meeting.
        func edge(_ d: Int, _ m: TimeModifier, month: Int = 6) -> ClaimValue { .time(TimeValue(start: TimePoint(year: 2026, month: month, day: d), modifier: m)) }
        let week = [
            a.claim("summit", ["COMMONWEALTH"], ordinal: 28, instance: 0, .date, edge(22, .start), at: 10),
            a.claim("summit", ["COMMONWEALTH"], ordinal: 28, instance: 0, .ordinal, .ordinal(28), at: 12),
            b.claim("summit", ["COMMONWEALTH"], ordinal: 29, instance: 0, .date, edge(26, .end), at: 10),
            b.claim("summit", ["COMMONWEALTH"], ordinal: 29, instance: 0, .ordinal, .ordinal(29), at: 12),
        ]
        let r = reconciler.reconcile(week)
        #expect(r.conflicts.map(\.attribute) == [.ordinal], "\(r.findings.map(\.explanation))")
        let apart = [week[0], week[1],
                     b.claim("summit", ["COMMONWEALTH"], ordinal: 29, instance: 0, .date, edge(10, .end, month: 7), at: 10), week[3]]
        #expect(!reconciler.reconcile(apart).conflicts.contains { $0.attribute == .ordinal })
    }

    @Test func yearAndMonthOfTheLaunchAgreeAtDifferentPrecision() throws {
        let f = try #require(finding(seedLike.reconciled(by: reconciler), "digital-partnership:EU+JP", .date))
        #expect(f.verdict == .explained && f.kind == .precision)
    }

    @Test func secondAndThirdCouncilsAreDifferentInstances() throws {
        let r = reconciler.reconcile(seedLike)
        let f = try #require(r.findings.first { $0.kind == .differentInstances && $0.attribute == .date })
        #expect(f.verdict == .explained)
        #expect(f.event == "digital-partnership-council:EU+JP")
        #expect(f.values.map(\.value).contains("#2: 2024") && f.values.map(\.value).contains("#3: 2025"))
    }

    @Test func thirdCouncilInTokyoIsCorroboratedByPlanAndReport() throws {
        let f = try #require(finding(seedLike.reconciled(by: reconciler), "digital-partnership-council:EU+JP#3", .place))
        #expect(f.verdict == .corroborated)
        #expect(f.documents == ["a", "b"])
    }

    @Test func anUnnumberedCouncilThatFitsSeveralInstancesStaysAlone() {
        let r = reconciler.reconcile(seedLike)
        let alone = r.events.filter { $0.series == "digital-partnership-council:EU+JP" && $0.ordinal == nil }
        #expect(alone.count == 1)
        #expect(alone.first?.members == [LocalEventKey(document: "a", instance: 0)])
    }

    @Test func sameInputInAnyOrderGivesTheSameFindings() {
        let one = reconciler.reconcile(seedLike)
        let two = reconciler.reconcile(seedLike.reversed())
        #expect(one.findings.map(\.id) == two.findings.map(\.id))
        #expect(one.findings.map(\.explanation) == two.findings.map(\.explanation))
        #expect(one.events.map(\.id) == two.events.map(\.id))
    }

    /// The 19th (a) vs the 20th (b) EU–Canada summit, both on 14 June 2025.
    var disputedOrdinal: [Claim] {
        [
            a.claim("summit", ["CA", "EU"], ordinal: 19, .ordinal, .ordinal(19)),
            a.claim("summit", ["CA", "EU"], ordinal: 19, .date, day(2025, 6, 14)),
            b.claim("summit", ["CA", "EU"], ordinal: 20, .ordinal, .ordinal(20)),
            b.claim("summit", ["CA", "EU"], ordinal: 20, .date, day(2025, 6, 14)),
        ]
    }

    @Test func sameDayDifferentOrdinalsIsOneEventWithADisputedOrdinal() throws {
        let r = reconciler.reconcile(disputedOrdinal)
        let f = try #require(r.conflicts.first)
        #expect(f.attribute == .ordinal)
        #expect(r.events.count == 1)
    }

    @Test func anOpeningAndAClosingDayAtOnePlaceAreOneEventWithADisputedOrdinal() throws {
        func edge(_ d: Int, _ mod: TimeModifier) -> ClaimValue {
            .time(TimeValue(start: TimePoint(year: 2026, month: 5, day: d), modifier: mod))
        }
        let claims = [
            a.claim("meeting", ["COE"], ordinal: 135, .ordinal, .ordinal(135)),
            a.claim("meeting", ["COE"], ordinal: 135, .date, edge(14, .start)),
            a.claim("meeting", ["COE"], ordinal: 135, .place, .place("MD-KIV")),
            b.claim("meeting", ["COE"], ordinal: 136, .ordinal, .ordinal(136)),
            b.claim("meeting", ["COE"], ordinal: 136, .date, edge(15, .end)),
            b.claim("meeting", ["COE"], ordinal: 136, .place, .place("MD-KIV")),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.conflicts.map(\.attribute) == [.ordinal])
        #expect(r.events.count == 1)
        // Closing before the other's opening, or at another place: two sessions.
        var apart = claims
        apart[1] = a.claim("meeting", ["COE"], ordinal: 135, .date, edge(16, .start))
        #expect(reconciler.reconcile(apart).events.count == 2)
        var elsewhere = claims
        elsewhere[5] = b.claim("meeting", ["COE"], ordinal: 136, .place, .place("FR-SXB"))
        #expect(reconciler.reconcile(elsewhere).conflicts.isEmpty)
    }

    @Test func aReportThatGivesAnotherInstancesDayAndPlaceGotItsNumberWrong() throws {
        let c = ClaimFactory(document: "c")
        let claims = [
            // a and b: the 48th in Cebu in May, the 49th in Manila on 10 November.
            a.claim("summit", ["ASEAN"], ordinal: 48, instance: 0, .date, month(2026, 5)),
            a.claim("summit", ["ASEAN"], ordinal: 48, instance: 0, .place, .place("PH-CEB")),
            a.claim("summit", ["ASEAN"], ordinal: 49, instance: 1, .date, day(2026, 11, 10)),
            a.claim("summit", ["ASEAN"], ordinal: 49, instance: 1, .place, .place("PH-MNL")),
            b.claim("summit", ["ASEAN"], ordinal: 48, instance: 0, .place, .place("PH-CEB")),
            b.claim("summit", ["ASEAN"], ordinal: 49, instance: 1, .place, .place("PH-MNL")),
            // c: "le 48e sommet s'est ouvert mardi 10 novembre à Manille".
            a.claim("summit", ["ASEAN"], ordinal: 49, instance: 1, .ordinal, .ordinal(49)),
            b.claim("summit", ["ASEAN"], ordinal: 49, instance: 1, .ordinal, .ordinal(49)),
            c.claim("summit", ["ASEAN"], ordinal: 48, .ordinal, .ordinal(48)),
            c.claim("summit", ["ASEAN"], ordinal: 48, .date, day(2026, 11, 10)),
            c.claim("summit", ["ASEAN"], ordinal: 48, .place, .place("PH-MNL")),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.conflicts.map(\.attribute) == [.ordinal])
        #expect(r.events.count == 2)
    }

    @Test func aReportThatGivesAnotherInstancesDayAtNoPlaceGotItsNumberWrong() throws {
        let c = ClaimFactory(document: "c")
        // b: last year's 37th (2025) and the 38th in Amiens on 2 July 2026; c: "le 37e sommet" that Thursday, no place.
        let claims = [
            b.claim("summit", ["FR", "GB"], ordinal: 37, instance: 0, .date, year(2025)),
            b.claim("summit", ["FR", "GB"], ordinal: 38, instance: 1, .date, day(2026, 7, 2)),
            b.claim("summit", ["FR", "GB"], ordinal: 38, instance: 1, .place, .place("FR-AMI")),
            b.claim("summit", ["FR", "GB"], ordinal: 38, instance: 1, .ordinal, .ordinal(38)),
            c.claim("summit", ["FR", "GB"], ordinal: 37, .ordinal, .ordinal(37)),
            c.claim("summit", ["FR", "GB"], ordinal: 37, .date, day(2026, 7, 2)),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.conflicts.map(\.attribute) == [.ordinal])
        // At another place, the same day is no proof: it stays the 37th (and its date is disputed).
        var elsewhere = claims
        elsewhere.append(c.claim("summit", ["FR", "GB"], ordinal: 37, .place, .place("GB-LON")))
        #expect(reconciler.reconcile(elsewhere).conflicts.map(\.attribute) != [.ordinal])
    }

    @Test func aReportOpeningTheGatheringAnotherNumberClosedGotItsNumberWrong() throws {
        func edge(_ d: Int, _ mod: TimeModifier) -> ClaimValue {
            .time(TimeValue(start: TimePoint(year: 2026, month: 7, day: d), modifier: mod))
        }
        // a: last February's 50th in Basseterre, this 51st closed on Tuesday 7 July; b: "la 50e
        // réunion… s'est ouverte dimanche à Castries".
        let claims = [
            a.claim("summit", ["CARICOM"], ordinal: 50, instance: 0, .date, month(2026, 2)),
            a.claim("summit", ["CARICOM"], ordinal: 50, instance: 0, .place, .place("KN-BAS")),
            a.claim("summit", ["CARICOM"], ordinal: 51, instance: 1, .ordinal, .ordinal(51)),
            a.claim("summit", ["CARICOM"], ordinal: 51, instance: 1, .date, edge(7, .end)),
            b.claim("summit", ["CARICOM"], ordinal: 50, .ordinal, .ordinal(50)),
            b.claim("summit", ["CARICOM"], ordinal: 50, .date, edge(5, .start)),
            b.claim("summit", ["CARICOM"], ordinal: 50, .place, .place("LC-CAS")),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.conflicts.map(\.attribute) == [.ordinal])
        #expect(r.events.count == 2)
    }

    @Test func consecutiveNumbersADayApartInTwoReportsAreOneGathering() throws {
        // "the 26th Ordinary Summit … at Saturday's session" against "25e sommet ordinaire…, tenu le vendredi 27 novembre".
        let claims = [
            a.claim("summit", ["EAC"], ordinal: 26, .ordinal, .ordinal(26)),
            a.claim("summit", ["EAC"], ordinal: 26, .date, day(2026, 11, 28)),
            b.claim("summit", ["EAC"], ordinal: 25, .ordinal, .ordinal(25)),
            b.claim("summit", ["EAC"], ordinal: 25, .date, day(2026, 11, 27)),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(Set(r.conflicts.map(\.attribute)) == [.date, .ordinal])
        // Two numbers apart, a week apart, or in one report: two gatherings.
        var far = claims
        far[2] = b.claim("summit", ["EAC"], ordinal: 24, .ordinal, .ordinal(24))
        far[3] = b.claim("summit", ["EAC"], ordinal: 24, .date, day(2026, 11, 27))
        #expect(reconciler.reconcile(far).events.count == 2)
        var week = claims
        week[3] = b.claim("summit", ["EAC"], ordinal: 25, .date, day(2026, 11, 21))
        #expect(reconciler.reconcile(week).events.count == 2)
        let one = [a.claim("summit", ["EAC"], ordinal: 26, instance: 0, .date, day(2026, 11, 28)),
                   a.claim("summit", ["EAC"], ordinal: 25, instance: 1, .date, day(2026, 11, 27))]
        #expect(reconciler.reconcile(one).events.count == 2)
    }

    @Test func overlappingSpansConflict() throws {
        let claims = [
            a.claim("summit", ["G7"], ordinal: 51, .date, days(2025, 6, 15, 16), .planned),
            b.claim("summit", ["G7"], ordinal: 51, .date, days(2025, 6, 16, 17), .planned),
        ]
        let f = try #require(reconciler.reconcile(claims).findings.first)
        #expect(f.verdict == .conflict)
    }

    @Test func aPlanThatChangedIsAScheduleChange() throws {
        let claims = [
            a.claim("ministerial-meeting", ["EU", "JP"], ordinal: 2, .date, day(2025, 3, 12), .planned),
            b.claim("ministerial-meeting", ["EU", "JP"], ordinal: 2, .date, day(2025, 4, 9)),
        ]
        let r = reconciler.reconcile(claims, published: ["a": CalendarDate(year: 2025, month: 2, day: 10)!,
                                                         "b": CalendarDate(year: 2025, month: 4, day: 10)!])
        let f = try #require(r.findings.first)
        #expect(f.verdict == .explained && f.kind == .scheduleChange)
        #expect(r.conflicts.isEmpty)
    }

    @Test func aPlanPublishedAfterTheRecordThatContradictsItIsAConflict() throws {
        let claims = [
            a.claim("summit", ["EU", "JP"], ordinal: 30, .place, .place("BE-BRU"), .planned),
            b.claim("summit", ["EU", "JP"], ordinal: 30, .place, .place("JP-TYO")),
        ]
        let r = reconciler.reconcile(claims, published: ["a": CalendarDate(year: 2025, month: 9, day: 1)!,
                                                         "b": CalendarDate(year: 2025, month: 7, day: 1)!])
        #expect(r.conflicts.first?.kind == .plannedAfterRecord)
    }

    @Test func aPlanAndAnOutcomeThatFitsItAgree() throws {
        let claims = [
            a.claim("trade-and-technology-council", ["EU", "IN"], ordinal: 3, .date,
                    .time(TimeValue(start: TimePoint(year: 2026), modifier: .start)), .planned),
            b.claim("trade-and-technology-council", ["EU", "IN"], ordinal: 3, .date, day(2026, 2, 20)),
        ]
        let f = try #require(reconciler.reconcile(claims).findings.first)
        #expect(f.verdict == .explained && f.kind == .planAndOutcome)
    }

    @Test func theNthInstanceCannotComeAfterTheNextOne() throws {
        let claims = [
            a.claim("summit", ["EU", "KR"], ordinal: 4, .date, year(2026)),
            b.claim("summit", ["EU", "KR"], ordinal: 5, .date, year(2024)),
        ]
        let r = reconciler.reconcile(claims)
        let f = try #require(r.conflicts.first { $0.kind == .seriesOrder })
        #expect(f.event == "summit:EU+KR")
    }

    @Test func differentPartySetsAreDifferentSeries() {
        let claims = [
            a.claim("digital-partnership-council", ["EU", "KR"], ordinal: 1, .date, year(2023)),
            b.claim("digital-partnership-council", ["EU", "JP"], ordinal: 1, .date, year(2022)),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.conflicts.isEmpty)
        #expect(r.events.count == 2)
    }

    @Test func agreementOnTheSameValueIsCorroborated() throws {
        let claims = [
            a.claim("summit", ["CN", "EU"], ordinal: 25, .place, .place("CN-PEK")),
            b.claim("summit", ["CN", "EU"], ordinal: 25, .place, .place("CN-PEK")),
        ]
        let f = try #require(reconciler.reconcile(claims).findings.first)
        #expect(f.verdict == .corroborated)
        #expect(f.explanation == "a and b agree on the place of the 25th summit (CN–EU): CN-PEK.")
    }

    @Test func twoValuesInOneDocumentAreReportedToo() throws {
        let claims = [
            a.claim("summit", ["EU", "JP"], ordinal: 29, .place, .place("JP-TYO"), at: 1),
            a.claim("summit", ["EU", "JP"], ordinal: 29, .place, .place("BE-BRU"), at: 50),
        ]
        #expect(reconciler.reconcile(claims).conflicts.count == 1)
    }

    @Test func aStatementMadeOnceIsSingleSource() throws {
        let f = try #require(reconciler.reconcile([a.claim("summit", ["EU", "JP"], ordinal: 29, .place, .place("JP-TYO"))]).findings.first)
        #expect(f.verdict == .singleSource)
    }

    @Test func oneDocumentGivingAYearAndAMonthIsNotAPrecisionFinding() throws {
        let claims = [
            a.claim("summit", ["G20"], instance: 3, .date, year(2023), at: 1),
            a.claim("summit", ["G20"], instance: 3, .date, month(2023, 9), at: 20),
        ]
        let f = try #require(reconciler.reconcile(claims).findings.first)
        #expect(f.verdict == .singleSource)
    }

    @Test func unnumberedEventsSharingAPlaceAndAMonthAreOne() {
        let claims = [
            a.claim("summit", ["G20"], instance: 1, .place, .place("IN-DEL")),
            a.claim("summit", ["G20"], instance: 1, .date, month(2023, 9)),
            b.claim("summit", ["G20"], instance: 4, .place, .place("IN-DEL")),
            b.claim("summit", ["G20"], instance: 4, .date, month(2023, 9)),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(r.corroborations.count == 2)
    }

    @Test func oneSigningOnOneDayInTwoCitiesIsAConflictOnThePlace() throws {
        let claims = [
            a.claim("agreement", ["EU", "MX"], instance: 0, .date, day(2025, 3, 3)),
            a.claim("agreement", ["EU", "MX"], instance: 0, .place, .place("BE-BRU")),
            b.claim("agreement", ["EU", "MX"], instance: 2, .date, day(2025, 3, 3)),
            b.claim("agreement", ["EU", "MX"], instance: 2, .place, .place("MX-MEX")),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(r.conflicts.map(\.attribute) == [.place])
        #expect(r.corroborations.map(\.attribute) == [.date])
    }

    @Test func unnumberedReportsOfOneSummitADayApartDisputeTheDay() throws {
        let claims = [
            a.claim("summit", ["EU", "JP"], instance: 0, .date, day(2025, 6, 4)),
            a.claim("summit", ["EU", "JP"], instance: 0, .place, .place("JP-TYO")),
            b.claim("summit", ["EU", "JP"], instance: 1, .date, day(2025, 6, 3)),
            b.claim("summit", ["EU", "JP"], instance: 1, .place, .place("JP-TYO")),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(r.conflicts.map(\.attribute) == [.date])
        #expect(r.corroborations.map(\.attribute) == [.place])
    }

    @Test func aDayWithinTheOtherSourcesSpanIsTheSameOccasion() throws {
        let claims = [
            a.claim("summit", ["EU", "JP"], instance: 0, .date, days(2025, 6, 3, 4)),
            a.claim("summit", ["EU", "JP"], instance: 0, .place, .place("JP-TYO")),
            b.claim("summit", ["EU", "JP"], instance: 2, .date, day(2025, 6, 3)),
            b.claim("summit", ["EU", "JP"], instance: 2, .place, .place("JP-OSA")),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(r.conflicts.map(\.attribute) == [.place])
    }

    @Test func eventsWeeksApartOrInTwoCitiesOnDifferentDaysStayApart() {
        let weeks = [
            a.claim("summit", ["EU", "JP"], instance: 0, .date, day(2025, 6, 3)),
            b.claim("summit", ["EU", "JP"], instance: 0, .date, day(2025, 6, 24)),
        ]
        #expect(reconciler.reconcile(weeks).events.count == 2)
        let cities = [
            a.claim("summit", ["EU", "JP"], instance: 0, .date, day(2025, 6, 3)),
            a.claim("summit", ["EU", "JP"], instance: 0, .place, .place("JP-TYO")),
            b.claim("summit", ["EU", "JP"], instance: 0, .date, day(2025, 6, 5)),
            b.claim("summit", ["EU", "JP"], instance: 0, .place, .place("BE-BRU")),
        ]
        #expect(reconciler.reconcile(cities).events.count == 2)
        // One document's own events, told apart by extraction, are not joined for being near.
        let own = [
            a.claim("meeting", ["EU", "JP"], instance: 0, .date, day(2025, 6, 3)),
            a.claim("meeting", ["EU", "JP"], instance: 1, .date, day(2025, 6, 5)),
        ]
        #expect(reconciler.reconcile(own).conflicts.isEmpty)
    }

    @Test func twoChairsConflictWhereOneCoChairDoesNot() {
        #expect(ValueComparator.relation(.chair(["António Costa"]), .chair(["Ursula von der Leyen"])) == .incompatible)
        #expect(ValueComparator.relation(.chair(["Kaja Kallas"]), .chair(["Ignacia Rojas Vial", "Kaja Kallas"])) == .compatible)
        #expect(ValueComparator.relation(.chair(["Antonio Costa"]), .chair(["António Costa"])) == .compatible)
        #expect(ValueComparator.relation(.chair(["Ignacia Rojas Vial", "Kaja Kallas"]), .chair(["Ignacia Rojas Vial", "Maroš Šefčovič"])) == .incompatible)
    }

    @Test func anUndatedReportJoinsTheOnlyOccasionAtItsPlace() throws {
        // "EU and Western Balkans leaders back … at Podgorica summit" with a count, and two
        // reports that date the summit in Podgorica.
        let claims = [
            a.claim("summit", ["EU"], instance: 0, .place, .place("ME-TGD")),
            a.claim("summit", ["EU"], instance: 0, .count, .quantity(Quantity(value: 5, unit: "partners"))),
            b.claim("summit", ["EU"], instance: 0, .place, .place("ME-TGD")),
            b.claim("summit", ["EU"], instance: 0, .date, day(2026, 6, 16)),
            b.claim("summit", ["EU"], instance: 0, .count, .quantity(Quantity(value: 6, unit: "partners"))),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(r.conflicts.map(\.attribute) == [.count])
        // Two occasions at that place (the last summit in Brussels, the next one there): the
        // undated report stays alone rather than guess.
        let two = [
            a.claim("summit", ["EU"], instance: 0, .place, .place("BE-BRU")),
            a.claim("summit", ["EU"], instance: 0, .count, .quantity(Quantity(value: 5, unit: "partners"))),
            b.claim("summit", ["EU"], instance: 0, .place, .place("BE-BRU")),
            b.claim("summit", ["EU"], instance: 0, .date, month(2025, 12)),
            b.claim("summit", ["EU"], instance: 0, .count, .quantity(Quantity(value: 6, unit: "partners"))),
            b.claim("summit", ["EU"], instance: 1, .place, .place("BE-BRU"), .planned),
            b.claim("summit", ["EU"], instance: 1, .date, year(2027), .planned),
        ]
        #expect(reconciler.reconcile(two).conflicts.isEmpty)
    }

    @Test func aPlaceAndAYearAgreeingLinkUnnumberedPlans() {
        let claims = [
            a.claim("summit", ["G7"], instance: 1, .place, .place("FR-EVN"), .planned),
            a.claim("summit", ["G7"], instance: 1, .date, year(2026), .planned),
            b.claim("summit", ["G7"], instance: 3, .place, .place("FR-EVN"), .planned),
            b.claim("summit", ["G7"], instance: 3, .date, year(2026), .planned),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        #expect(r.corroborations.count == 2)
    }

    @Test func anOrdinalPlannedAndThenReportedOtherwiseIsAConflict() throws {
        let claims = [
            a.claim("summit", ["G7"], ordinal: 51, .ordinal, .ordinal(51), .planned),
            a.claim("summit", ["G7"], ordinal: 51, .date, days(2025, 6, 15, 17), .planned),
            b.claim("summit", ["G7"], ordinal: 50, .ordinal, .ordinal(50)),
            b.claim("summit", ["G7"], ordinal: 50, .date, days(2025, 6, 15, 17)),
        ]
        let r = reconciler.reconcile(claims)
        #expect(r.events.count == 1)
        let f = try #require(r.conflicts.first)
        #expect(f.attribute == .ordinal && f.kind == .valueMismatch)
    }

    @Test func aDisputedOrdinalDoesNotNameTheEvent() throws {
        let r = reconciler.reconcile(disputedOrdinal)
        let event = try #require(r.events.first)
        #expect(event.ordinal == nil)
        #expect(event.id == "summit:CA+EU@2025-06-14")
        #expect(r.conflicts.first?.explanation.contains("the summit (CA–EU)") == true)
    }

    @Test func theExplanationNamesThePairAcrossDocuments() throws {
        let claims = [
            a.claim("meeting", ["EU", "JP"], ordinal: 2, .date, day(2025, 3, 12), .planned),
            b.claim("meeting", ["EU", "JP"], ordinal: 2, .date, month(2025, 3), .planned, at: 1),
            b.claim("meeting", ["EU", "JP"], ordinal: 2, .date, day(2025, 4, 9), at: 30),
        ]
        let r = reconciler.reconcile(claims, published: ["a": CalendarDate(year: 2025, month: 2, day: 10)!,
                                                         "b": CalendarDate(year: 2025, month: 4, day: 10)!])
        let f = try #require(r.findings.first { $0.attribute == .date })
        #expect(f.kind == .scheduleChange)
        #expect(f.explanation.contains("a says 2025-03-12 (planned)") && f.explanation.contains("b says 2025-04-09"))
    }
}

extension Array where Element == Claim {
    func reconciled(by r: Reconciler) -> Reconciliation { r.reconcile(self) }
}
