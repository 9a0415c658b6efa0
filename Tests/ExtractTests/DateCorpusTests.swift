import Testing
import Extract

/// Every spelling of every language's date corpus gives exactly one date over the whole input,
/// with the expected TIMEX3 value against Tuesday 2013-02-12 (Duckling's `makeCorpusTest`).
@Suite struct DateCorpusTests {
    @Test(arguments: Dates.corpusCases)
    func corpus(_ c: CorpusCase<String>) throws {
        let found = Dates.extract(from: TokenizedText(c.input), in: .fixed(c.language))
        let only = try #require(found.count == 1 ? found.first : nil,
                                "exactly one date in \(found.map { "\(c.input.slice($0.span)) \($0.value)" })")
        guard case .time(let value) = only.value else { Issue.record("not a time: \(only.value)"); return }
        #expect(value.description == c.expected)
        #expect(only.span == TextSpan(wholeOf: c.input), "span \(c.input.slice(only.span))")
    }

    @Test(arguments: Dates.unanchoredCases)
    func unanchoredCorpus(_ c: CorpusCase<String>) throws {
        let context = ExtractionContext(language: c.language, referenceDate: nil, lexicon: .bundled)
        let found = Dates.extract(from: TokenizedText(c.input), in: context)
        let only = try #require(found.count == 1 ? found.first : nil, "exactly one date")
        guard case .time(let value) = only.value else { Issue.record("not a time: \(only.value)"); return }
        #expect(value.timex == c.expected)
        let absolute = !c.expected.contains("X") && !c.expected.contains("REF") && !c.expected.contains("ANCHOR")
        #expect(value.anchor == (absolute ? nil : "publication date unknown"))
    }

    @Test(arguments: Dates.negativeCases)
    func negativeCorpus(_ c: CorpusCase<String?>) {
        let found = Dates.extract(from: TokenizedText(c.input), in: .fixed(c.language))
        #expect(found.isEmpty, "found \(found.map { "\(c.input.slice($0.span)) \($0.value)" })")
    }

    private func dates(_ text: String, _ language: Language, reference: CalendarDate? = CalendarDate(year: 2013, month: 2, day: 12))
        -> [(String, String)] {
        let context = ExtractionContext(language: language, referenceDate: reference, lexicon: .bundled)
        return Dates.extract(from: TokenizedText(text), in: context).compactMap {
            guard case .time(let v) = $0.value else { return nil }
            return (text.slice($0.span), v.description)
        }
    }

    @Test func resolvedValuesNameTheirAnchorAndRule() throws {
        let found = Dates.extract(from: TokenizedText("Le Conseil se réunira le 30 avril."), in: .fixed(.fr))
        let only = try #require(found.first)
        guard case .time(let v) = only.value else { Issue.record("not a time"); return }
        #expect(v.anchor == "reference date 2013-02-12")
        #expect(only.rule == "[<weekday>] <day> <month-name> [<year>] (fr)")
    }

    @Test func aPlanInARelativeClauseDoesNotLeanTheDayOfTheMainOne() {
        // Friday 9 October 2026: "on Thursday" signed is the 8th, whatever the agreement will do.
        let friday = CalendarDate(year: 2026, month: 10, day: 9)
        #expect(dates("The EU and the Philippines on Thursday signed an agreement that will remove tariffs on most goods.", .en, reference: friday).map(\.1) == ["2026-10-08"])
        #expect(dates("L'UE et les Philippines ont signé jeudi un accord qui supprimera les droits de douane.", .fr, reference: friday).map(\.1) == ["2026-10-08"])
        // The day inside the clause of the plan leans with it; so does a plan in the day's clause.
        #expect(dates("They praised the agreement, which will be signed on Thursday.", .en, reference: friday).map(\.1) == ["2026-10-15"])
        #expect(dates("Les ministres se réuniront jeudi, qui est un jour férié.", .fr, reference: friday).map(\.1) == ["2026-10-15"])
    }

    @Test func yearLessDatesLeanByModalityWithinNineMonths() {
        let reference = CalendarDate(year: 2024, month: 4, day: 10)!
        // Asserted: the last 3 March on or before the reference; planned: the next 30 April.
        #expect(DateResolver.year(month: 3, day: 3, reference: reference, direction: .past) == 2024)
        #expect(DateResolver.year(month: 4, day: 30, reference: reference, direction: .future) == 2024)
        // Asserted "30 April" would be a year back (more than nine months): the nearest wins.
        #expect(DateResolver.year(month: 4, day: 30, reference: reference, direction: .past) == 2024)
        // Planned "3 March" would be 11 months ahead: the nearest, past one wins.
        #expect(DateResolver.year(month: 3, day: 3, reference: reference, direction: .future) == 2024)
        #expect(DateResolver.year(month: 12, day: 1, reference: reference, direction: .past) == 2023)
        #expect(DateResolver.year(month: 1, day: 15, reference: CalendarDate(year: 2024, month: 11, day: 20)!,
                                  direction: .future) == 2025)
        // "avril dernier" in February: the words say past, whatever the distance.
        #expect(DateResolver.year(month: 4, day: nil, reference: CalendarDate(year: 2013, month: 2, day: 12)!,
                                  direction: .past, strict: true) == 2012)
    }

    @Test func aYearlessDateTakesTheRelativeYearOfItsSentence() {
        let published = CalendarDate(year: 2025, month: 6, day: 4)
        #expect(dates("L'an dernier, la réunion s'était tenue les 2 et 3 mai à Paris.", .fr, reference: published)
                .map { "\($0.0)=\($0.1)" } == ["L'an dernier=2024", "les 2 et 3 mai=2024-05-02/2024-05-03"])
        #expect(dates("Last year the meeting was held on 2-3 May.", .en, reference: published).map(\.1)
                == ["2024", "2024-05-02/2024-05-03"])
        // Next sentence, no relative year: the nearest year, as before.
        #expect(dates("L'an dernier, la réunion s'était tenue à Paris. Elle s'est ouverte le 2 mai.", .fr, reference: published)
                .map(\.1) == ["2024", "2025-05-02"])
        // An explicit year is left alone.
        #expect(dates("L'an dernier, le 2 mai 2023 fut oublié.", .fr, reference: published).map(\.1) == ["2024", "2023-05-02"])
    }

    @Test func twoWeekdaysJoinedAreOneSpanOfDays() {
        // Tuesday 24 June 2025: "mardi" is today; "mercredi" alone would lean to last week.
        let published = CalendarDate(year: 2025, month: 6, day: 24)
        #expect(dates("Le sommet de l'OTAN se tient mardi et mercredi à La Haye.", .fr, reference: published)
                .map { "\($0.0)=\($0.1)" } == ["mardi et mercredi=2025-06-24/2025-06-25"])
        #expect(dates("NATO leaders meet on Tuesday and Wednesday in The Hague.", .en, reference: published).map(\.1)
                == ["2025-06-24/2025-06-25"])
        // Not joined by "et"/"and": two dates, as before.
        #expect(dates("Il est arrivé lundi, puis mardi.", .fr, reference: published).count == 2)
    }

    @Test func aPlanToldInThePastLeansItsDaysToThePast() {
        // Saturday 22 November 2025.
        let published = CalendarDate(year: 2025, month: 11, day: 22)
        #expect(dates("The conference was scheduled to close on Friday.", .en, reference: published).map(\.1) == ["2025-11-21"])
        #expect(dates("La conférence devait s'achever vendredi.", .fr, reference: published).map(\.1) == ["2025-11-21"])
        // A plan told now still leans ahead.
        #expect(dates("The conference is scheduled to close on Friday.", .en, reference: published).map(\.1) == ["2025-11-28"])
    }

    @Test func aScheduleToldInThePresentLeansItsDayAhead() {
        // Thursday 3 December 2026: "closes on Friday" is the next day, not last week's.
        let published = CalendarDate(year: 2026, month: 12, day: 3)
        #expect(dates("The meeting closes on Friday.", .en, reference: published).map(\.1) == ["2026-12-04"])
        #expect(dates("La réunion s'achève vendredi.", .fr, reference: published).map(\.1) == ["2026-12-04"])
        // Told in the past, it looks back.
        #expect(dates("The meeting opened on Tuesday.", .en, reference: published).map(\.1) == ["2026-12-01"])
    }

    @Test func aBareDayAfterADashComesAfterTheLeftDayOrIsNoSpan() {
        #expect(dates("YAOUNDÉ, 26 March 2026 - The 14th WTO Ministerial Conference opened.", .en).map(\.1) == ["2026-03-26"])
        #expect(dates("The talks ran from 26 to 28 March 2026.", .en).map(\.1) == ["2026-03-26/2026-03-28"])
    }

    @Test func frenchSeedSentences() {
        let published = CalendarDate(year: 2024, month: 4, day: 22)
        #expect(dates("Le partenariat numérique a été signé en mai 2022 lors du 28e sommet UE-Japon. "
                      + "La troisième réunion devrait avoir lieu en 2025 à Tokyo.", .fr, reference: published)
                .map(\.0) == ["en mai 2022", "en 2025"])
        #expect(dates("Le mois dernier (26 mars), l’UE et la Corée du Sud ont annoncé une coopération.", .fr,
                      reference: published).map { "\($0.0)=\($0.1)" } == ["Le mois dernier=2024-03", "26 mars=2024-03-26"])
        #expect(dates("la réunion ministérielle de l’OCDE qui se tiendra à Paris les 2 et 3 mai, pour sa mise en œuvre", .fr,
                      reference: published).map(\.1) == ["2024-05-02/2024-05-03"])
        #expect(dates("Le quatrième Conseil du partenariat numérique est prévu pour 2026, à Bruxelles.", .fr)
                .map { "\($0.0)=\($0.1)" } == ["2026=2026"])
        #expect(dates("Le Conseil s'est réuni aujourd'hui à Tokyo. Le Conseil d’aujourd’hui s’est conclu. ici demain.", .fr)
                .map { "\($0.0)=\($0.1)" } == ["aujourd'hui=2013-02-12", "aujourd’hui=2013-02-12", "demain=2013-02-13"])
        #expect(dates("Depuis le lancement du premier Partenariat numérique en 2022, lors du 29e sommet, depuis 2022 (2023)",
                      .fr).map(\.0) == ["en 2022", "2022", "2023"])
    }

    @Test func frenchYearsNeedADateContext() {
        #expect(dates("En 2024, 2 025 personnes ont payé 2025 euros, page 2024, et 2024 a été une année record.", .fr)
                .map(\.0) == ["En 2024", "2024"])
        #expect(dates("Les dépenses de 2000 manifestants et la loi de 2024 sur l'IA", .fr).map(\.0) == ["2024"])
        #expect(dates("en 2022, 2023 et 2024", .fr).map(\.0) == ["en 2022", "2023", "2024"])
        #expect(dates("au premier trimestre 2024, à l'horizon 2030 et l'été 2025", .fr).map(\.1) == ["2024", "2030", "2025"])
    }

    @Test func englishSentences() {
        let published = CalendarDate(year: 2024, month: 4, day: 22)
        #expect(dates("The Digital Partnership was signed in May 2022 at the 28th EU-Japan summit, and the third "
                      + "council is expected in 2025 in Tokyo.", .en, reference: published).map(\.0) == ["in May 2022", "in 2025"])
        #expect(dates("Last month (March 26), the EU and South Korea launched a forum; the OECD meets in Paris on May 2 and 3.",
                      .en, reference: published).map { "\($0.0)=\($0.1)" }
                == ["Last month=2024-03", "March 26=2024-03-26", "on May 2 and 3=2024-05-02/2024-05-03"])
        #expect(dates("Since 2022, 2,025 people paid 2025 euros; 2024 was a record and the 2024 report (2023) may go.", .en)
                .map(\.0) == ["2022", "2024", "2023"])
        #expect(dates("Revenue rose in the first quarter of 2024 and in Q3 2023, you may recall.", .en).map(\.1) == ["2024", "2023"])
    }

    @Test func theFirstOfMayIsADateNotAnOrdinal() {
        let mentions = Extractor().extract(from: "La fête du 1er mai 2024 a eu lieu.", in: .fixed(.fr)).mentions
        #expect(mentions.filter { $0.type == .date }.map { "La fête du 1er mai 2024 a eu lieu.".slice($0.span) } == ["1er mai 2024"])
        #expect(!mentions.contains { $0.type == .ordinal || $0.type == .number })
    }
}
