import Testing
import Extract

/// "le précédent sommet … le prochain", "last year's summit … next year's": events the text
/// sets apart as earlier or later instances are never merged into one.
@Suite struct SequelInstanceTests {
    /// The instances of one series that claims speak of.
    func instances(_ language: Language, _ text: String, series: String) -> Set<Int> {
        Set(extractClaims(language, text).compactMap { claim -> Int? in
            guard case .event(let ref) = claim.subject, ref.series == series else { return nil }
            return ref.instance
        })
    }

    /// The instance a place claim of the series is about.
    func instance(ofPlace place: String, _ language: Language, _ text: String) -> Int? {
        for claim in extractClaims(language, text) {
            if case .event(let ref) = claim.subject, case .place(let p) = claim.value, p == place { return ref.instance }
        }
        return nil
    }

    @Test func aPreviousAndAnElidedNextSummitAreTwoInstancesInFrench() {
        let text = "Le sommet du G20 s'est ouvert à Rio. Le précédent sommet s'était tenu à New Delhi en septembre 2023 ; "
            + "le prochain aura lieu à Johannesburg en 2025."
        let lines = claimLines(.fr, text)
        #expect(lines.contains("summit:G20 place IN-DEL asserted"))
        #expect(lines.contains("summit:G20 place ZA-JNB planned"))
        #expect(instance(ofPlace: "IN-DEL", .fr, text) != instance(ofPlace: "ZA-JNB", .fr, text))
    }

    @Test func lastYearsAndNextYearsSummitAreTwoInstancesInEnglish() {
        let text = "The G20 summit opened in Rio. Last year's summit was held in New Delhi in September 2023, "
            + "and next year's will take place in Johannesburg."
        let lines = claimLines(.en, text)
        #expect(lines.contains("summit:G20 place IN-DEL asserted"))
        #expect(lines.contains("summit:G20 place ZA-JNB planned"))
        #expect(instance(ofPlace: "IN-DEL", .en, text) != instance(ofPlace: "ZA-JNB", .en, text))
    }

    @Test func theNextMeetingIsNotTheOneJustHeld() {
        let text = "The EU-Japan Digital Partnership Council met in Tokyo on 12 May 2025. The next Council will be held in Brussels."
        #expect(instances(.en, text, series: "digital-partnership-council:EU+JP").count == 2)
        let fr = "Le Conseil de partenariat numérique UE-Japon s'est réuni à Tokyo le 12 mai 2025. Le prochain Conseil se tiendra à Bruxelles."
        #expect(instances(.fr, fr, series: "digital-partnership-council:EU+JP").count == 2)
    }

    @Test func theNextTimeIsNotAnEvent() {
        let lines = claimLines(.fr, "Le sommet UE-Japon s'est tenu à Tokyo. La prochaine fois, ils se verront à Bruxelles.")
        #expect(!lines.contains { $0.contains("BE-BRU") })
    }
}

/// English event names in title case: "the second EU-Japan High Level Economic Dialogue".
@Suite struct TitleCaseEventNameTests {
    @Test func theOrdinalAndPartiesReachTheNounAcrossItsTitleCaseName() {
        let lines = claimLines(.en, "The second EU-Japan High Level Economic Dialogue is scheduled for 14 June 2024 in Tokyo.")
        #expect(lines.contains("dialogue:EU+JP#2 ordinal 2 planned"))
        #expect(lines.contains("dialogue:EU+JP#2 date 2024-06-14 planned"))
    }
}

/// An ordinal standing for its noun: "le 25e sommet … ; le 24e s'était tenu en décembre 2023".
@Suite struct ElidedOrdinalTests {
    @Test func anElidedOrdinalIsItsOwnNumberedInstanceInFrench() {
        let lines = claimLines(.fr, "Le 25e sommet UE-Chine doit se tenir en juillet 2025 à Pékin ; le 24e s'était tenu en décembre 2023.")
        #expect(lines.contains("summit:CN+EU#25 date 2025-07 planned"))
        #expect(lines.contains("summit:CN+EU#24 date 2023-12 asserted"))
        #expect(!lines.contains("summit:CN+EU#25 date 2023-12 planned"))
    }

    @Test func anElidedOrdinalIsItsOwnNumberedInstanceInEnglish() {
        let lines = claimLines(.en, "The 25th EU-China summit will be held in Beijing in July 2025; the 24th was held in Brussels in December 2023.")
        #expect(lines.contains("summit:CN+EU#24 date 2023-12 asserted"))
        #expect(lines.contains("summit:CN+EU#24 place BE-BRU asserted"))
    }

    @Test func isPlannedForIsAPlan() {
        let lines = claimLines(.en, "The 25th EU-China summit is planned for July 2025 in Beijing.")
        #expect(lines.contains("summit:CN+EU#25 date 2025-07 planned"))
    }
}
