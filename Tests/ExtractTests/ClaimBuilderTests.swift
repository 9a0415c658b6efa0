import Testing
import Extract

/// Claims from whole sentences, in French and English: what the reconciler will compare.
@Suite struct ClaimBuilderTests {
    @Test func anAgreementSignedAtASummitIsOneEventHeldAtTheSummit() {
        let fr = claimLines(.fr, "Le partenariat numérique entre les deux alliés a été signé en mai 2022 lors du 28e sommet UE-Japon.",
                            dominantPair: "L'UE et le Japon coopèrent. ")
        #expect(fr.contains("digital-partnership:EU+JP date 2022-05 asserted"))
        #expect(fr.contains("digital-partnership:EU+JP held_at summit:EU+JP#28 asserted"))
        #expect(fr.contains("summit:EU+JP#28 ordinal 28 asserted"))

        let en = claimLines(.en, "The EU-Japan Digital Partnership was launched in 2022 at the 29th EU-Japan summit in Tokyo.")
        #expect(en.contains("digital-partnership:EU+JP date 2022 asserted"))
        #expect(en.contains("digital-partnership:EU+JP held_at summit:EU+JP#29 asserted"))
        #expect(en.contains("summit:EU+JP#29 place JP-TYO asserted"))
        #expect(!en.contains("digital-partnership:EU+JP place JP-TYO asserted"))
    }

    @Test func aVenueOpeningTheSentenceHostsTheEventAfterIt() {
        let en = claimLines(.en, "On the sidelines of the G7 summit in Hiroshima in May 2023, the EU and Japan signed a memorandum of cooperation.")
        #expect(en.contains("memorandum-of-cooperation:EU+JP held_at summit:G7 asserted"))
        #expect(en.contains("summit:G7 place JP-HIJ asserted"))
        #expect(en.contains("memorandum-of-cooperation:EU+JP date 2023-05 asserted"))   // the venue's date
        let fr = claimLines(.fr, "Lors du 28e sommet UE-Japon, le partenariat numérique UE-Japon a été signé.")
        #expect(fr.contains("digital-partnership:EU+JP held_at summit:EU+JP#28 asserted"))
    }

    @Test func aLaunchToldBeforeTheSummitKeepsItsDateAndTheSummitItsPlace() {
        let fr = claimLines(.fr, "L'UE et le Japon coopèrent. Depuis le lancement du premier Partenariat numérique en 2022, "
                            + "lors du 29e sommet Japon-UE à Tokyo, ils ont renforcé leur collaboration.")
        #expect(fr.contains("digital-partnership:EU+JP#1 date 2022 asserted"))
        #expect(fr.contains("digital-partnership:EU+JP#1 held_at summit:EU+JP#29 asserted"))
        #expect(fr.contains("summit:EU+JP#29 place JP-TYO asserted"))
    }

    @Test func aPlannedCouncilHasItsDateAndPlace() {
        let fr = claimLines(.fr, "L'UE et le Japon ont tenu leur troisième Conseil de partenariat numérique. "
                            + "Le quatrième Conseil du partenariat numérique est prévu pour 2026, à Bruxelles.")
        #expect(fr.contains("digital-partnership-council:EU+JP#4 date 2026 planned"))
        #expect(fr.contains("digital-partnership-council:EU+JP#4 place BE-BRU planned"))

        let en = claimLines(.en, "The fourth EU-Japan Digital Partnership Council will take place in Brussels in 2026.")
        #expect(en.contains("digital-partnership-council:EU+JP#4 date 2026 planned"))
        #expect(en.contains("digital-partnership-council:EU+JP#4 place BE-BRU planned"))
        #expect(en.contains("digital-partnership-council:EU+JP#4 ordinal 4 planned"))
    }

    @Test func aMeetingOfTheOECDKeepsItsPlaceAndDates() {
        let fr = claimLines(.fr, "Ils prévoient de lancer un appel commun lors de la réunion ministérielle de l'OCDE qui se tiendra à Paris les 2 et 3 mai.")
        #expect(fr.contains("ministerial-meeting:OECD place FR-PAR planned"))
        #expect(fr.contains("ministerial-meeting:OECD date XXXX-05-02/XXXX-05-03 planned"))
    }

    @Test func aGenericReferenceResolvesToTheSalientFittingSeries() {
        // "La troisième réunion" is the council: the summit series is already at its 28th, in the past.
        let fr = claimLines(.fr, "Le Conseil de partenariat numérique UE-Japon se tiendra le 30 avril. Lors du Conseil UE-Japon, les parties signeront. "
                            + "La réunion ministérielle de l'OCDE se tiendra à Paris. "
                            + "Le partenariat a été signé en mai 2022 lors du 28e sommet UE-Japon. La troisième réunion devrait avoir lieu en 2025 à Tokyo.")
        #expect(fr.contains("digital-partnership-council:EU+JP#3 date 2025 planned"))
        #expect(fr.contains("digital-partnership-council:EU+JP#3 place JP-TYO planned"))
        #expect(!fr.contains { $0.hasPrefix("summit:EU+JP#3") || $0.hasPrefix("ministerial-meeting:OECD#3") })

        let en = claimLines(.en, "The EU and Japan held their third Digital Partnership Council. The Council met today in Tokyo.")
        #expect(en.contains("digital-partnership-council:EU+JP#3 place JP-TYO asserted"))
        #expect(en.contains("digital-partnership-council:EU+JP#3 date PRESENT_REF asserted"))
    }

    @Test func referencesShareTheInstanceOfTheirEvent() {
        let claims = extractClaims(.fr, "L'UE et le Japon ont tenu leur troisième Conseil de partenariat numérique. "
                                   + "Le Conseil s'est réuni aujourd'hui à Tokyo. Le deuxième Conseil s'était tenu en 2024. "
                                   + "Le Conseil d'aujourd'hui s'est conclu avec des résultats.")
        var instances: [Int: Set<Int>] = [:]
        for c in claims {
            if case .event(let e) = c.subject, let n = e.ordinal { instances[n, default: []].insert(e.instance) }
        }
        #expect(instances[3]?.count == 1)
        #expect(instances[2]?.count == 1)
        #expect(instances[3] != instances[2])
        let lines = claims.map(render)
        // "Le Conseil d'aujourd'hui" is today's, the 3rd, not the 2nd named just before.
        #expect(lines.filter { $0 == "digital-partnership-council:EU+JP#3 date PRESENT_REF asserted" }.count == 2)
        #expect(!lines.contains("digital-partnership-council:EU+JP#2 date PRESENT_REF asserted"))
    }

    @Test func anUnnumberedCouncilIsNotMergedWithTheNumberedOne() {
        let claims = extractClaims(.fr, "L'UE et le Japon annonceront une coopération lors du Conseil de partenariat numérique UE-Japon le 30 avril. "
                                   + "La troisième réunion devrait avoir lieu en 2025 à Tokyo.")
        let instances = Set(claims.compactMap { c -> Int? in if case .event(let e) = c.subject { return e.instance } else { return nil } })
        #expect(instances.count == 2)
    }

    @Test func koreaStaysApartFromJapan() {
        let fr = claimLines(.fr, "L'UE et le Japon tiendront leur Conseil de partenariat numérique le 30 avril.\n"
                            + "Le mois dernier (26 mars), l'UE et la Corée du Sud ont également annoncé une coopération conjointe. "
                            + "Lors de leur Conseil de partenariat numérique, ils ont lancé un forum commun.")
        #expect(fr.contains("digital-partnership-council:EU+KR date XXXX-03-26 asserted"))
        #expect(fr.contains("digital-partnership-council:EU+JP date XXXX-04-30 planned"))
        #expect(!fr.contains("digital-partnership-council:EU+JP date XXXX-03-26 asserted"))

        let en = claimLines(.en, "The EU and Japan will hold their Digital Partnership Council on 30 April.\n"
                            + "Last month (26 March), the EU and South Korea also announced joint cooperation. "
                            + "At their Digital Partnership Council, they launched a joint research forum.")
        #expect(en.contains("digital-partnership-council:EU+KR date XXXX-03-26 asserted"))
        #expect(en.contains("digital-partnership-council:EU+JP date XXXX-04-30 planned"))
    }

    @Test func peopleAndTheirRoles() {
        let fr = claimLines(.fr, "Le Conseil était coprésidé par Henna Virkkunen, vice-présidente exécutive, aux côtés de "
                            + "Masaaki Taira, ministre de la Transformation numérique.")
        #expect(fr.contains("person Masaaki Taira role ministre de la Transformation numérique asserted"))
        #expect(fr.contains("person Henna Virkkunen role vice-présidente exécutive asserted"))
        #expect(fr.contains { $0.hasSuffix("participants [Henna Virkkunen, Masaaki Taira] asserted") })

        let en = claimLines(.en, "Prime Minister Fumio Kishida and Ursula von der Leyen, President of the European Commission, "
                            + "will sign a letter of intent on 13 May.")
        #expect(en.contains("person Fumio Kishida role Prime Minister asserted"))
        #expect(en.contains("person Ursula von der Leyen role President of the European Commission asserted"))
        #expect(en.contains { $0.hasPrefix("letter-of-intent") && $0.hasSuffix("participants [Fumio Kishida, Ursula von der Leyen] planned") })
        #expect(en.contains { $0.hasPrefix("letter-of-intent") && $0.hasSuffix("date XXXX-05-13 planned") })
    }

    @Test func aSurnameAloneIsThePersonNamedBefore() {
        let fr = claimLines(.fr, "Henna Virkkunen, vice-présidente exécutive, était là. Le 13 mai, le vice-président exécutif Virkkunen "
                            + "et Minoru Kiuchi, ministre d'État, signeront une lettre d'intention.")
        #expect(fr.contains { $0.hasSuffix("participants [Henna Virkkunen, Minoru Kiuchi] planned") })
    }

    @Test func modalityComesFromTheClause() {
        let fr = claimLines(.fr, "Selon le procès-verbal, le sommet UE-Japon s'est tenu à Tokyo en 2023.")
        #expect(fr.contains("summit:EU+JP place JP-TYO reported"))
        let en = claimLines(.en, "The EU-Japan summit was held in Tokyo in 2023, according to the minutes.")
        #expect(en.contains("summit:EU+JP date 2023 reported"))
        let planned = claimLines(.en, "According to the minutes, the EU-Japan summit will be held in Tokyo.")
        #expect(planned.contains("summit:EU+JP place JP-TYO planned"))
        // A plan given up ("initialement prévue en mars") is no date of the event; the outcome is asserted.
        let moved = claimLines(.fr, "La deuxième réunion ministérielle UE-Japon sur l'énergie, initialement prévue en mars, "
                               + "s'est finalement tenue le 9 avril 2025 à Bruxelles.")
        #expect(!moved.contains { $0.contains("XXXX-03") }, "\(moved)")
        let postponed = claimLines(.en, "The EU-Japan summit, originally scheduled for 27 October 2026, was postponed.")
        #expect(postponed.isEmpty, "\(postponed)")
        #expect(moved.contains("ministerial-meeting:EU+JP#2 date 2025-04-09 asserted"))
        #expect(moved.contains("ministerial-meeting:EU+JP#2 place BE-BRU asserted"))
        // A clause about nothing else carries the plan.
        let occasion = claimLines(.fr, "Le Conseil de partenariat numérique UE-Japon, le 30 avril, sera l'occasion d'annoncer une coopération.")
        #expect(occasion.contains("digital-partnership-council:EU+JP date XXXX-04-30 planned"))
    }

    @Test func datesAfterSinceAreNoEventDatesAndFarDatesAreNobodys() {
        let fr = claimLines(.fr, "Le sommet UE-Japon a lieu chaque année depuis 2019.")
        #expect(!fr.contains { $0.contains(" date ") })
        let far = claimLines(.fr, "Lors du Conseil UE-Japon, les deux parties déclareront qu'elles soutiendront le processus dit "
                             + "d'IA d'Hiroshima, mis en place par le G7 sous la présidence japonaise en mai 2023.")
        #expect(!far.contains { $0.contains("2023-05") })
        // A date before an event counts only when close, with no comma or clause between.
        let before = claimLines(.fr, "L'UE et le Japon coopèrent. La loi devrait devenir loi en juin, lorsque les gouvernements auront signé l'accord.")
        #expect(!before.contains { $0.contains(" date ") })
    }

    @Test func aDatelineIsTheDayOfTheDispatchNotOfTheEvent() {
        let en = claimLines(.en, "Paris, 5 June 2025 - The OECD Ministerial Council Meeting took place in Paris on 3-4 June 2025.")
        #expect(en.contains("ministerial-meeting:OECD date 2025-06-03/2025-06-04 asserted"))
        #expect(!en.contains { $0.contains("2025-06-05") })
        let fr = claimLines(.fr, "BRUXELLES, 24 juin 2025 (AFP) - Le 20e sommet UE-Canada s'est tenu le 23 juin 2025 à Bruxelles.")
        #expect(fr.contains("summit:CA+EU#20 date 2025-06-23 asserted"))
        #expect(!fr.contains { $0.contains("2025-06-24") })
        // A date opening a sentence with no place and dash around it: the event's, as before.
        let fronted = claimLines(.en, "On 5 June 2025, the EU and Japan held their summit.")
        #expect(fronted.contains("summit:EU+JP date 2025-06-05 asserted"))
    }

    @Test func anEntryIntoForceIsNotTheSigning() {
        let en = claimLines(.en, "The EU and the UK signed the Trade and Cooperation Agreement on 30 December 2020. The Trade and Cooperation Agreement entered into force on 1 May 2021.")
        #expect(en.contains("trade-and-cooperation-agreement:EU+GB date 2020-12-30 asserted"), "\(en)")
        #expect(en.contains("entry-into-force-of-the-trade-and-cooperation-agreement:EU+GB date 2021-05-01 asserted"), "\(en)")
        let fr = claimLines(.fr, "L'accord de partenariat économique UE-Japon, entré en vigueur le 1er février 2019, a été signé en juillet 2018.")
        #expect(fr.contains("entry-into-force-of-the-economic-partnership-agreement:EU+JP date 2019-02-01 asserted"), "\(fr)")
        #expect(fr.contains("economic-partnership-agreement:EU+JP date 2018-07 asserted"), "\(fr)")
        // Another event of the document: another instance (a document's events are told apart by it).
        let claims = extractClaims(.en, "The Agreement on Fisheries Subsidies, signed in Geneva in June 2022, entered into force on 15 September 2025.")
        let instances = Set(claims.compactMap { c -> Int? in if case .event(let e) = c.subject, c.attribute == .date { return e.instance }; return nil })
        #expect(instances.count == 2, "\(claims.map(render))")
        // A summit "in force" is no agreement: its date stays its own.
        #expect(claimLines(.en, "The G7 summit, with leaders in force, opened on 15 June 2025.").contains("summit:G7 date 2025-06-15 asserted"))
    }

    @Test func aStandingBodyLaunchedIsNotOneOfItsMeetings() {
        let en = claimLines(.en, "The EU-India Trade and Technology Council was launched in April 2022. Its first meeting took place in Brussels in May 2023.")
        #expect(en.contains("launch-of-the-trade-and-technology-council:EU+IN date 2022-04 asserted"), "\(en)")
        #expect(en.contains("trade-and-technology-council:EU+IN#1 date 2023-05 asserted"), "\(en)")
        let fr = claimLines(.fr, "Lancé en 2021, le Conseil du commerce et des technologies UE-Inde s'est réuni à Bruxelles le 16 mai 2023.")
        #expect(fr.contains("launch-of-the-trade-and-technology-council:EU+IN date 2021 asserted"), "\(fr)")
        #expect(fr.contains("trade-and-technology-council:EU+IN date 2023-05-16 asserted"), "\(fr)")
        // A summit is held, not launched: "launched" there changes nothing.
        #expect(claimLines(.en, "The EU-Japan summit launched talks in Tokyo in July 2025.").contains("summit:EU+JP date 2025-07 asserted"))
    }

    @Test func aCountOfWhatGathersIsAClaimOnTheEvent() {
        let en = claimLines(.en, "The OECD Ministerial Council Meeting took place in Paris, with ministers from 38 member countries.")
        #expect(en.contains("ministerial-meeting:OECD count 38 OECD members asserted"), "\(en)")
        let fr = claimLines(.fr, "La réunion ministérielle de l'OCDE, qui a réuni environ 37 pays, s'est tenue à Paris.")
        #expect(fr.contains("ministerial-meeting:OECD count ~37 countries asserted"), "\(fr)")
        // The sentence after an event's, naming none: the count is that event's; members are counted as they are.
        let next = claimLines(.fr, "La réunion ministérielle de l'OCDE s'est ouverte à Paris.\n\nLes ministres des 37 pays membres de l'organisation doivent débattre du commerce.")
        #expect(next.contains("ministerial-meeting:OECD count 37 OECD members asserted"), "\(next)")
        // The sentence before is about its first gathering; a later one is background.
        let topic = claimLines(.en, "The seventh AU-EU summit concluded in Luanda, closing a relationship that began with the first AU-EU summit in Cairo in 2000.\n\nOfficials said 71 national delegations attended.")
        #expect(topic.contains("summit:AFRICAN-UNION+EU#7 count 71 delegations reported"), "\(topic)")
        let sujet = claimLines(.fr, "Le septième sommet UA-UE s'est achevé à Luanda, une relation née au premier sommet UA-UE du Caire en 2000.\n\nQuelque 79 délégations nationales y ont pris part.")
        #expect(sujet.contains { $0.hasPrefix("summit:AFRICAN-UNION+EU#7 count ~79 delegations") }, "\(sujet)")
        // Members are the organisation's, said anywhere in the sentence of its gathering.
        let far = claimLines(.fr, "Les dirigeants des 31 pays de l'OTAN se sont séparés mercredi à Ankara, au terme d'un sommet de deux jours.")
        #expect(far.contains("summit:NATO count 31 NATO members asserted"), "\(far)")
        // Not a text's, nor a number that counts nothing of a gathering.
        #expect(!claimLines(.en, "The EU and Canada signed a joint statement. Some 400 delegates attended.").contains { $0.contains(" count ") })
        #expect(!claimLines(.en, "The G7 summit took place in Kananaskis, where 12 roads were closed.").contains { $0.contains(" count ") })
    }

    @Test func membersCountedInOneWordAreACount() {
        let en = claimLines(.en, "The 46th SADC summit in Sandton drew 12 heads of state, a decent turnout for the 15-member bloc.")
        #expect(en.contains("summit:SADC#46 count 15 SADC members asserted"), "\(en)")
        let fr = claimLines(.fr, "Le 46e sommet de la SADC a réuni 12 chefs d'État, un bon score pour ce bloc de 15 membres.")
        #expect(fr.contains("summit:SADC#46 count 15 SADC members asserted"), "\(fr)")
        // The body named after the count keeps its place as the event's party.
        let named = claimLines(.en, "The 46th summit of the 16-nation SADC opened in Johannesburg.")
        #expect(named.contains("summit:SADC#46 count 16 SADC members asserted"), "\(named)")
        #expect(named.contains("summit:SADC#46 place ZA-JNB asserted"), "\(named)")
        // A hyphenated number that counts no members is none: "a two-day summit".
        #expect(!claimLines(.en, "The 46th SADC summit was a 2-day affair in Sandton.").contains { $0.contains(" count ") })
    }

    @Test func aDayOfTheMainClauseIsTheDayOfAnEventOpeningAsItHappens() {
        let en = claimLines(.en, "European leaders pressed Xi Jinping on Thursday to rebalance trade, as the 25th EU-China summit opened in Beijing.")
        #expect(en.contains { $0.hasPrefix("summit:CN+EU#25 date ") }, "\(en)")
        let fr = claimLines(.fr, "Les dirigeants européens ont pressé Xi Jinping jeudi à Pékin, alors que le 25e sommet UE-Chine s'ouvrait.")
        #expect(fr.contains { $0.hasPrefix("summit:CN+EU#25 date ") }, "\(fr)")
        // A comma and no conjunction of time: the day stays nobody's.
        let no = claimLines(.en, "Leaders pressed Xi Jinping on Thursday, the 25th EU-China summit being postponed.")
        #expect(!no.contains { $0.contains(" date ") }, "\(no)")
    }

    @Test func backgroundYearsAndOtherClausesGiveTheEventNoDate() {
        // "since" holds over a place; "by" does not ("hosted by Canada in Kananaskis last week").
        #expect(!claimLines(.en, "The NATO summit in Ankara was the first hosted by Türkiye since Istanbul in 2004.").contains { $0.contains("2004") })
        #expect(claimLines(.en, "The G7 summit hosted by Canada in Kananaskis in June 2025 ended.").contains("summit:G7 date 2025-06 asserted"))
        // A verb of another clause is not the agreement's ("and" between).
        #expect(!claimLines(.en, "Negotiations between the EU and Mercosur were launched in 1999 and a political agreement was reached in June 2019.")
                .contains { $0.contains("1999") && !$0.hasPrefix("launch-of-the-negotiations") })
    }

    @Test func anOpeningOrAClosingDayIsAnEdgeOfTheGathering() {
        #expect(dates(.fr, "Le 20e sommet du G20 s'est ouvert le 22 novembre 2025 à Johannesburg.") == ["2025-11-22 (START)"])
        #expect(dates(.en, "The 20th G20 summit ended on 23 November 2025 in Johannesburg.") == ["2025-11-23 (END)"])
        // The curtain falling: "Le rideau est tombé vendredi 26 juin sur la 29e réunion".
        #expect(dates(.fr, "Le rideau est tombé vendredi 26 juin 2026 sur la 29e réunion des chefs de gouvernement du Commonwealth.") == ["2026-06-26 (END)"])
        #expect(dates(.en, "The 29th Commonwealth summit drew to a close on Friday 26 June 2026.") == ["2026-06-26 (END)"])
        // The verb before its object; "first … on African soil" is no instance number.
        #expect(dates(.en, "Leaders of the Group of 20 wrapped up their first summit on African soil on 23 November 2025.") == ["2025-11-23 (END)"])
        #expect(claimLines(.en, "Leaders of the Group of 20 wrapped up their first summit on African soil.").allSatisfy { !$0.contains(" ordinal ") })
        // Held, not opened: a plain date.
        #expect(dates(.en, "The 20th G20 summit took place on 23 November 2025.") == ["2025-11-23"])
    }

    @Test func theDayOfAMainClauseEndingAtAGatheringIsItsLastDay() {
        #expect(dates(.fr, "Les dirigeants se sont séparés le 8 juillet 2026 à Ankara, au terme d'un sommet de l'OTAN de deux jours.")
                == ["2026-07-08 (END)"])
        #expect(dates(.fr, "Les ministres ont adopté une déclaration le 12 mars 2026, à l'issue du Conseil UE-Japon.") == ["2026-03-12 (END)"])
        #expect(dates(.en, "Leaders left Ankara on 8 July 2026, at the end of a two-day NATO summit.") == ["2026-07-08 (END)"])
        #expect(dates(.en, "Ministers issued a statement on 12 March 2026, at the close of the EU-Japan Council.") == ["2026-03-12 (END)"])
        // Without the connective the day stays the main clause's; with another event before the
        // day, the day is that event's ("l'accord … signé mardi, à l'issue du sommet").
        #expect(dates(.en, "Leaders left Ankara on 8 July 2026, a two-day NATO summit having ended.").isEmpty)
        let signed = claimLines(.fr, "Le partenariat numérique UE-Japon a été signé le 12 mars 2026, à l'issue du sommet UE-Japon.")
        #expect(!signed.contains { $0.contains("(END)") }, "\(signed)")
    }

    @Test func negotiationsAreToldByTheirLaunchOnly() {
        let en = claimLines(.en, "The EU and Mercosur signed a trade agreement. Negotiations between the two blocs were launched in 1999 and stalled in June 2019.")
        #expect(en.contains("launch-of-the-negotiations:EU+MERCOSUR date 1999 asserted"), "\(en)")
        let fr = claimLines(.fr, "L'UE et le Mercosur ont signé un accord. Les négociations, lancées en 2000, avaient abouti une première fois en juin 2019.")
        #expect(fr.contains("launch-of-the-negotiations:EU+MERCOSUR date 2000 asserted"), "\(fr)")
        // A stage of the negotiations is not their date, nor another event's.
        #expect(!(en + fr).contains { $0.contains("2019") }, "\(en) \(fr)")
        let relaunched = claimLines(.en, "The minister walked out of a meeting in Osaka in October 2023; negotiations were relaunched in mid-2025.")
        #expect(!relaunched.contains { $0.contains("2025") }, "\(relaunched)")
        // A participle goes with the noun right before it: the negotiations were launched, not the agreement.
        let signed = claimLines(.fr, "L'UE et l'Australie ont signé leur accord de libre-échange, au terme de négociations lancées en 2018.")
        #expect(signed.contains("launch-of-the-negotiations:AU+EU date 2018 asserted"), "\(signed)")
        #expect(!signed.contains { $0.hasPrefix("free-trade-agreement") && $0.contains("2018") }, "\(signed)")
        let concludes = claimLines(.en, "The EU and Mercosur signed the agreement, which concludes negotiations launched in 1999.")
        #expect(concludes == ["launch-of-the-negotiations:EU+MERCOSUR date 1999 asserted"], "\(concludes)")
    }

    @Test func talksAreNegotiationsOnlyToldWithTheirLaunch() {
        let en = claimLines(.en, "The EU and Australia will sign a trade agreement on Wednesday. Talks were launched in 2017 with high hopes.")
        #expect(en.contains("launch-of-the-negotiations:AU+EU date 2017 asserted"), "\(en)")
        let fr = claimLines(.fr, "L'UE et l'Australie signeront un accord commercial mercredi. Les discussions, lancées en 2017, ont souvent calé.")
        #expect(fr.contains("launch-of-the-negotiations:AU+EU date 2017 asserted"), "\(fr)")
        // Talks held are a meeting's, not negotiations: no launch, no process.
        let held = claimLines(.en, "The EU and Australia held talks in Canberra in 2017.") + claimLines(.fr, "L'UE et l'Australie ont eu des discussions à Canberra en 2017.")
        #expect(!held.contains { $0.hasPrefix("launch-of-the-negotiations") }, "\(held)")
    }

    @Test func aRelativeClauseWithoutCommaClosesToo() {
        let fr = claimLines(.fr, "Au lendemain du sommet qui a porté le 9 mars 2026 les relations au rang de partenariat stratégique, 300 entreprises se sont retrouvées le 10 mars 2026 à Hanoï.")
        let en = claimLines(.en, "After the summit which lifted ties to a strategic partnership on 9 March 2026, 300 companies met in Hanoi on 10 March 2026.")
        #expect(!(fr + en).contains { $0.contains("2026-03-10") }, "\(fr) \(en)")
    }

    @Test func aGatheringSinceWhichSomethingHoldsIsAnEarlierOne() {
        let en = claimLines(.en, "The 26th SCO summit opened in Bishkek on 27 August 2026. Japarov has chaired the SCO since the summit in Tianjin.")
        let fr = claimLines(.fr, "Le 26e sommet de l'OCS s'est ouvert à Bichkek le 27 août 2026. M. Japarov préside l'OCS depuis le sommet de Tianjin.")
        #expect(en.contains("summit:SCO#26 place KG-FRU asserted") && fr.contains("summit:SCO#26 place KG-FRU asserted"), "\(en) \(fr)")
        #expect(!(en + fr).contains { $0.hasPrefix("summit:SCO#26 place CN-TSN") }, "\(en) \(fr)")
        // "last year's" five tokens before the noun.
        let last = claimLines(.en, "The 135th session of the Council of Europe's ministers opened in Chisinau on 14 May 2026. Last year's ministerial session took place in Luxembourg.")
        #expect(!last.contains { $0.contains("#135 place LU-LUX") }, "\(last)")
    }

    @Test func aNumberedSessionRightAfterAnUnnumberedMeetingNumbersIt() {
        let en = claimLines(.en, "Ministers of the Council of Europe opened a two-day meeting in Chisinau on 14 May 2026. The 135th session is the first held in Moldova.")
        #expect(en.contains { $0.hasPrefix("meeting:COE#135 date 2026-05-14") } && en.contains("meeting:COE#135 place MD-KIV asserted"), "\(en)")
        let fr = claimLines(.fr, "Les ministres du Conseil de l'Europe ont ouvert une réunion de deux jours à Chișinău le 14 mai 2026. La 135e session est la première organisée en Moldavie.")
        #expect(fr.contains("meeting:COE#135 place MD-KIV asserted"), "\(fr)")
    }

    @Test func statesThatRatifyAreNoCountOfTheGathering() {
        let en = claimLines(.en, "Ministers of the Council of Europe met in Chisinau on 14 May 2026. The treaty will enter into force once ten states, including eight member states, have ratified it.")
        let fr = claimLines(.fr, "Les ministres du Conseil de l'Europe se sont réunis à Chișinău le 14 mai 2026. Le traité entrera en vigueur après la ratification de dix États, dont huit États membres.")
        #expect(!(en + fr).contains { $0.contains(" count ") }, "\(en) \(fr)")
    }

    @Test func aCountryThatHostsAMeetingIsNotItsSide() {
        let fr = claimLines(.fr, "La Moldavie accueille la réunion annuelle des ministres à Chișinău le 14 mai 2026.")
        let en = claimLines(.en, "Moldova is hosting the annual meeting of ministers in Chisinau on 14 May 2026.")
        #expect(!(fr + en).contains { $0.hasPrefix("meeting:MD") }, "\(fr) \(en)")
        // A side that holds it is one.
        #expect(claimLines(.fr, "La Moldavie tient sa réunion annuelle à Chișinău le 14 mai 2026.").contains { $0.hasPrefix("meeting:MD") })
    }

    @Test func aMeetingOfABodyIsNotTheSummitTalkedOf() {
        let en = claimLines(.en, "The EU-Vietnam summit took place in Hanoi on 9 March 2026. The commissioner is expected back in June for the annual meeting of the trade committee.")
        let fr = claimLines(.fr, "Le sommet UE-Vietnam s'est tenu à Hanoï le 9 mars 2026. Le commissaire est attendu en juin pour la réunion annuelle du comité commerce.")
        #expect(!(en + fr).contains { $0.hasPrefix("summit") && $0.contains("-06") }, "\(en) \(fr)")
        // The meeting of the summit's own is its.
        let own = claimLines(.en, "The EU-Vietnam summit took place in Hanoi. The meeting of the leaders ended on 9 March 2026.")
        #expect(own.contains { $0.hasPrefix("summit:EU+VN") && $0.contains("2026-03-09") }, "\(own)")
    }

    @Test func theEditionAYearNamesIsAnotherOne() {
        let en = claimLines(.en, "Commonwealth leaders opened their 28th meeting in Antigua on 22 June 2026. Rwanda hosted the 2022 edition in Kigali.")
        let fr = claimLines(.fr, "Les dirigeants du Commonwealth ont ouvert leur 28e réunion à Antigua le 22 juin 2026. Le Rwanda avait accueilli l'édition 2022 à Kigali.")
        #expect(!(en + fr).contains { $0.hasPrefix("meeting:COMMONWEALTH#28 place RW-KGL") }, "\(en) \(fr)")
    }

    @Test func theFirstInSevenYearsIsNoNumberNorDate() {
        let en = claimLines(.en, "The EU and Morocco will hold their first Association Council in seven years on 29 June 2026.")
        let fr = claimLines(.fr, "L'UE et le Maroc tiendront leur premier Conseil d'association en sept ans le 29 juin 2026.")
        #expect(!(en + fr).contains { $0.contains(" ordinal 1 ") || $0.contains("P7Y") || $0.contains("2033") }, "\(en) \(fr)")
        #expect(en.contains("association-council:EU+MA date 2026-06-29 planned") && fr.contains("association-council:EU+MA date 2026-06-29 planned"), "\(en) \(fr)")
        // "First" alone after the event: the span since the last one, not a date.
        let alone = claimLines(.en, "The EU and Morocco held their 15th Association Council in Brussels on 29 June 2026, the first in seven years.")
        let seul = claimLines(.fr, "L'UE et le Maroc ont tenu leur 15e Conseil d'association à Bruxelles le 29 juin 2026, le premier en sept ans.")
        #expect(!(alone + seul).contains { $0.contains("2033") || $0.contains("P7Y") }, "\(alone) \(seul)")
    }

    @Test func aDateInAClauseOfTimeIsThatClausesGathering() {
        let en = claimLines(.en, "The 15th EU-Morocco Association Council will meet in Brussels on 29 June 2026. The meeting comes just days after EU leaders gathered in Brussels on 25-26 June for a European Council.")
        let fr = claimLines(.fr, "Le 15e Conseil d'association UE-Maroc se réunira à Bruxelles le 29 juin 2026. La réunion intervient quelques jours après que les dirigeants de l'UE se sont retrouvés à Bruxelles les 25 et 26 juin pour un Conseil européen.")
        #expect(!(en + fr).contains { $0.contains("#15 date") && $0.contains("-25") }, "\(en) \(fr)")
        #expect(en.contains("association-council:EU+MA#15 date 2026-06-29 planned") && fr.contains("association-council:EU+MA#15 date 2026-06-29 planned"), "\(en) \(fr)")
        // An event named inside the clause keeps the date: "after the summit on 3 May".
        let named = claimLines(.en, "The ministers met again after the EU-Japan summit on 3 May 2026.")
        #expect(named.contains("summit:EU+JP date 2026-05-03 asserted"), "\(named)")
    }

    @Test func aNounsComplementComesBeforeItsParties() {
        let conseil = claimLines(.fr, "Mercredi 9 septembre 2026, Fribourg a accueilli le 26e Conseil des ministres franco-allemand.")
        #expect(conseil.contains("council:DE+FR#26 ordinal 26 asserted"), "\(conseil)")
        let apec = claimLines(.fr, "Le 33e sommet des dirigeants de l'APEC s'est achevé le 20 novembre 2026 à Shenzhen.")
        #expect(apec.contains("summit:APEC#33 ordinal 33 asserted"), "\(apec)")
        let en = claimLines(.en, "The 33rd APEC Economic Leaders' Meeting ended in Shenzhen on 20 November 2026.")
        #expect(en.contains("summit:APEC#33 ordinal 33 asserted"), "\(en)")
    }

    @Test func thoseWhoCameAreAPartOfTheWhole() {
        let en = claimLines(.en, "The 33rd APEC Economic Leaders' Meeting ended in Shenzhen on 20 November 2026. Only 16 of the 21 leaders travelled to Shenzhen.")
        let fr = claimLines(.fr, "Le 33e sommet des dirigeants de l'APEC, qui s'est achevé le 20 novembre 2026 à Shenzhen, a réuni dix-huit des vingt et un dirigeants.")
        #expect(en.contains("summit:APEC#33 count 16 leaders asserted"), "\(en)")
        #expect(fr.contains("summit:APEC#33 count 18 leaders asserted"), "\(fr)")
        #expect(!(en + fr).contains { $0.contains("count 21") }, "\(en) \(fr)")
    }

    @Test func aTextDoesNotMeet() {
        let en = claimLines(.en, "The Trade Council is the first of its kind under their free trade agreement, as trade ministers met in Auckland on 18 March 2026.")
        let fr = claimLines(.fr, "Le Conseil commercial, chargé de suivre l'accord de libre-échange, s'était réuni à Bruxelles en avril 2025.")
        #expect(!(en + fr).contains { $0.hasPrefix("free-trade-agreement") || $0.hasPrefix("agreement") }, "\(en) \(fr)")
    }

    @Test func anEventNamedAsAMomentGivesNoDateToTheNextClause() {
        let en = claimLines(.en, "According to figures released ahead of the EU-New Zealand Trade Council, two-way trade rose by 18 per cent in 2025.")
        let fr = claimLines(.fr, "Selon les chiffres publiés à la veille du Conseil commercial UE-Nouvelle-Zélande, les échanges ont progressé de 18 % en 2025.")
        #expect(!(en + fr).contains { $0.contains(" date 2025") }, "\(en) \(fr)")
        // Without the comma the date is still the event's.
        #expect(claimLines(.en, "Ministers met ahead of the EU-Japan summit in May 2026.").contains("summit:EU+JP date 2026-05 asserted"))
    }

    @Test func theFirstOneHeldSomewhereIsStillTheFirst() {
        // "held in" after a comma describes the first summit; without one it restricts "first".
        let en = claimLines(.en, "The leaders met eight months after the first EU-Egypt summit, held in Brussels on 22 October 2025.")
        let fr = claimLines(.fr, "Les dirigeants se retrouvent huit mois après le premier sommet UE-Égypte, organisé à Bruxelles le 22 octobre 2025.")
        #expect(en.contains("summit:EG+EU#1 ordinal 1 asserted") && fr.contains("summit:EG+EU#1 ordinal 1 asserted"), "\(en) \(fr)")
        #expect(!claimLines(.en, "It was the first EU-Egypt summit held in Africa, on 10 June 2026.").contains { $0.contains(" ordinal 1 ") })
        // "inaugural" numbers the first too.
        let inaugural = claimLines(.en, "The Trade Council held its inaugural meeting in Brussels in April 2025.", dominantPair: "The EU-New Zealand Trade Council met. ")
        #expect(inaugural.contains { $0.contains("#1 ordinal 1 asserted") }, "\(inaugural)")
    }

    @Test func anEditionNamedByAnotherPlaceIsAnotherOne() {
        let fr = "Le sommet du processus de Berlin s'est tenu mardi 13 octobre 2026 à Podgorica. Le sommet de Londres, le 22 octobre 2025, avait été consacré aux migrations. L'édition de Podgorica a mis l'accent sur l'énergie."
        let en = "The Western Balkans summit was held in Podgorica on 13 October 2026. The London summit, on 22 October 2025, focused on migration. The Podgorica edition put energy first."
        for (language, text) in [(Language.fr, fr), (.en, en)] {
            var instancesOf: [String: Set<Int>] = [:]
            for c in extractClaims(language, text) {
                if case .event(let e) = c.subject, case .place(let id) = c.value { instancesOf[id, default: []].insert(e.instance) }
            }
            #expect(instancesOf["GB-LON"] != nil && instancesOf["GB-LON"]!.isDisjoint(with: instancesOf["ME-TGD"] ?? []), "\(instancesOf)")
        }
    }

    @Test func theIberoAmericanSummitIsNotTheUnitedStates() {
        let en = claimLines(.en, "Leaders closed the 30th Ibero-American Summit in Madrid on 30 October 2026.")
        let fr = claimLines(.fr, "Le 30e sommet ibéro-américain s'est achevé à Madrid le 30 octobre 2026.")
        #expect(en.contains("summit:IBERO-AMERICA#30 ordinal 30 asserted") && fr.contains("summit:IBERO-AMERICA#30 ordinal 30 asserted"), "\(en) \(fr)")
        #expect(!(en + fr).contains { $0.contains(":US") }, "\(en) \(fr)")
    }

    @Test func theSummitFarAfterAnotherNamedInPassingIsTheArticles() {
        // A charter "adopted at the 27th summit" is background; paragraphs later, "the two-day
        // summit" is the 30th the article is about.
        let en = claimLines(.en, "Leaders closed the 30th Ibero-American Summit in Madrid on 30 October 2026, in a meeting marked by divisions. It builds on a charter adopted at the 27th summit in Santo Domingo.\n\nThe declaration was welcomed.\n\nFifteen leaders attended the two-day summit in Madrid.")
        let fr = claimLines(.fr, "Le 30e sommet ibéro-américain s'est achevé à Madrid le 30 octobre 2026, lors d'une réunion marquée par les divisions. Il prolonge une charte adoptée lors du 27e sommet, à Saint-Domingue.\n\nLa déclaration a été saluée.\n\nQuinze dirigeants ont assisté au sommet de deux jours à Madrid.")
        #expect(en.contains("summit:IBERO-AMERICA#30 count 15 leaders asserted"), "\(en)")
        #expect(fr.contains("summit:IBERO-AMERICA#30 count 15 leaders asserted"), "\(fr)")
        #expect(!(en + fr).contains { $0.hasPrefix("summit:IBERO-AMERICA#27 place ES-MAD") }, "\(en) \(fr)")
        // Right after it, "the summit" is still the one just named.
        let near = claimLines(.en, "Leaders closed the 30th Ibero-American Summit in Madrid on 30 October 2026. The 27th summit met in Santo Domingo. The summit adopted a charter on digital rights in March 2023.")
        #expect(near.contains("summit:IBERO-AMERICA#27 date 2023-03 asserted"), "\(near)")
    }

    @Test func aDateAfterFirstSinceTheOneInIsTheEarlierOnes() {
        let fr = claimLines(.fr, "L'UE et l'Ukraine ont tenu leur 25e sommet à Lviv, le premier depuis celui de Kiev, en février 2023.")
        let en = claimLines(.en, "The EU and Ukraine held their 25th summit in Lviv, the first since the one in Kyiv, in February 2023.")
        #expect(!(fr + en).contains { $0.contains("#25 date 2023") }, "\(fr) \(en)")
        #expect(fr.contains("summit:EU+UA#25 ordinal 25 asserted") && en.contains("summit:EU+UA#25 ordinal 25 asserted"), "\(fr) \(en)")
    }

    @Test func anOpeningParticipleOfMeetingGivesTheEventItsDayAndPlace() {
        let fr = claimLines(.fr, "Réunis le 12 mars 2026 à Odessa, le grand port de la mer Noire, les dirigeants de l'UE et de l'Ukraine ont tenu leur 25e sommet.")
        let en = claimLines(.en, "Meeting in Odesa on 12 March 2026, the leaders of the EU and Ukraine held their 25th summit.")
        for lines in [fr, en] {
            #expect(lines.contains("summit:EU+UA#25 place UA-ODS asserted") && lines.contains { $0.hasPrefix("summit:EU+UA#25 date 2026-03-12") }, "\(lines)")
        }
    }

    @Test func theFirstSummitInThreeYearsIsNotDatedThreeYearsAhead() {
        let en = claimLines(.en, "EU leaders travel to Lviv for the first EU-Ukraine summit in three years.", dominantPair: "")
        let fr = claimLines(.fr, "Les dirigeants européens se rendent à Lviv pour le premier sommet UE-Ukraine en trois ans.")
        #expect(!(en + fr).contains { $0.contains(" date ") }, "\(en) \(fr)")
    }

    @Test func aMeetingOfHeadsOfGovernmentIsASummit() {
        let en = claimLines(.en, "The 29th Commonwealth Heads of Government Meeting opened in Antigua on 23 June 2026.")
        let fr = claimLines(.fr, "La 29e réunion des chefs de gouvernement du Commonwealth s'est ouverte à Antigua le 23 juin 2026.")
        #expect(en.contains { $0.hasPrefix("summit:COMMONWEALTH#29 ordinal") } && fr.contains { $0.hasPrefix("summit:COMMONWEALTH#29 ordinal") }, "\(en) \(fr)")
    }

    @Test func aPartnerMayHaveSeveralKindsOfAgreement() {
        let en = claimLines(.en, "The EU and Vietnam signed a Partnership and Cooperation Agreement in 2012. Their free trade agreement was signed in June 2019.")
        #expect(en.contains("partnership-and-cooperation-agreement:EU+VN date 2012 asserted"), "\(en)")
        #expect(en.contains("free-trade-agreement:EU+VN date 2019-06 asserted"), "\(en)")
        let fr = claimLines(.fr, "L'UE et le Vietnam ont signé un accord de partenariat et de coopération en 2012. Leur accord de libre-échange a été signé en juin 2019.")
        #expect(fr.contains("partnership-and-cooperation-agreement:EU+VN date 2012 asserted"), "\(fr)")
        #expect(fr.contains("free-trade-agreement:EU+VN date 2019-06 asserted"), "\(fr)")
    }

    @Test func aGatheringThatRunsUntilADayEndsThatDay() {
        #expect(dates(.en, "The G20 summit, which runs until 16 November 2026, opened in Phnom Penh.") == ["2026-11-16 (END)"])
        #expect(dates(.fr, "Le sommet du G20, qui se poursuit jusqu'au 16 novembre 2026, a débuté samedi.") == ["2026-11-16 (END)"])
        // "until" without a verb of duration still bounds something else.
        #expect(dates(.en, "The G20 summit opened, and talks will go on until 16 November 2026.").isEmpty)
        // "ce rendez-vous" is the gathering talked of.
        #expect(dates(.fr, "Le XXe sommet du G20 s'est ouvert à Paris. Ce rendez-vous se clôturera le 15 novembre 2026.") == ["2026-11-15 (END)"])
    }

    @Test func aRelativeClauseThatClosedHoldsNoEventOfTheDayAfterIt() {
        let en = claimLines(.en, "French President Emmanuel Macron, who hosted the previous G20 summit in Paris in October 2024, was due to hold talks with Hun Manet on 15 November 2026.")
        #expect(en.contains("summit:G20 date 2024-10 asserted"), "\(en)")
        #expect(!en.contains { $0.contains("2026-11-15") }, "\(en)")
    }

    @Test func aDayAfterTheArticlesToldAsAFactIsASchedule() {
        let context = ExtractionContext(language: .en, referenceDate: CalendarDate(year: 2026, month: 11, day: 14), lexicon: .bundled, documentID: "test")
        let claims = Extractor().extract(from: "The G20 summit, which runs until Monday, opened on Saturday.", in: context).claims
        #expect(claims.map(render).sorted() == ["summit:G20 date 2026-11-14 asserted", "summit:G20 date 2026-11-16 planned"],
                "\(claims.map(render))")
    }

    @Test func anEventOnSeveralSitesHasNoPlaceToCompare() {
        let fr = claimLines(.fr, "Le précédent sommet du G7, organisé à Villers-Cotterêts et à Paris en octobre 2024, a été un succès.")
        #expect(!fr.contains { $0.contains(" place ") }, "\(fr)")
        #expect(claimLines(.fr, "Le sommet du G7, organisé à Paris en octobre 2024, a été un succès.").contains("summit:G7 place FR-PAR asserted"))
    }

    @Test func theFirstSinceAnEarlierMeetingIsAnotherInstance() {
        let claims = extractClaims(.en, "Leaders will meet in Luanda for the seventh EU-India summit, the first since a February 2022 meeting in Brussels.")
        var instance: [String: Int] = [:]
        for c in claims { if case .event(let e) = c.subject { instance[render(c)] = e.instance } }
        let seventh = instance.first { $0.key.contains(" ordinal 7") }?.value
        let earlier = instance.first { $0.key.contains("2022-02") }?.value
        #expect(seventh != nil && earlier != nil && seventh != earlier, "\(instance)")
        #expect(instance.keys.contains { $0.contains("place BE-BRU") && instance[$0] == earlier }, "\(instance)")
    }

    @Test func countedNounsTakeAnAdjectiveBeforeThemInEnglish() {
        let en = claimLines(.en, "The EU-India summit opened in New Delhi, where 71 national delegations attended.")
        #expect(en.contains("summit:EU+IN count 71 delegations asserted"), "\(en)")
        let members = claimLines(.en, "Leaders of all 10 member nations attended the ASEAN summit in Manila.")
        #expect(members.contains("summit:ASEAN count 10 ASEAN members asserted"), "\(members)")
    }

    @Test func membersAreCountedAsSomeBodysMembers() {
        // The body the sentence names, after the noun or before it; two bodies at one summit
        // are two counts that never compare.
        let en = claimLines(.en, "The fourth EU-CELAC summit opened in Santa Marta. It brings together the 27 member states of the European Union and the 33 Latin American and Caribbean states that make up CELAC.")
        #expect(en.contains("summit:CELAC+EU#4 count 27 EU members asserted"), "\(en)")
        #expect(en.contains("summit:CELAC+EU#4 count 33 CELAC members asserted"), "\(en)")
        let possessive = claimLines(.en, "EU and CELAC leaders met in Santa Marta for their fourth summit. CELAC's 33 member states were all represented.")
        #expect(possessive.contains("summit:CELAC+EU#4 count 33 CELAC members asserted"), "\(possessive)")
        let fr = claimLines(.fr, "Le quatrième sommet UE-Celac s'est ouvert à Santa Marta. La rencontre réunissait les Vingt-Sept et les 35 États de la Celac.")
        #expect(fr.contains("summit:CELAC+EU#4 count 35 CELAC members asserted"), "\(fr)")
        let composent = claimLines(.fr, "Le quatrième sommet UE-Celac s'est ouvert à Santa Marta, en présence des 33 pays qui composent la Celac.")
        #expect(composent.contains("summit:CELAC+EU#4 count 33 CELAC members asserted"), "\(composent)")
        // Unnamed members of a meeting of two parties are nobody's in particular.
        let both = claimLines(.en, "The EU-Japan summit took place in Tokyo, with leaders of the 27 member states.")
        #expect(both.contains("summit:EU+JP count 27 members asserted"), "\(both)")
        // Bare states are a region or a list, not a membership.
        let region = claimLines(.en, "The Arctic Council ministerial meeting opened in Tromsø. The Council groups the eight Arctic states. Thirty-eight states and organisations hold observer status.")
        #expect(!region.contains { $0.contains(" count ") }, "\(region)")
        let etats = claimLines(.fr, "La réunion ministérielle du Conseil de l'Arctique s'est ouverte à Tromsø. Le Conseil regroupe les huit États arctiques.")
        #expect(!etats.contains { $0.contains(" count ") }, "\(etats)")
    }

    @Test func anOpeningAndAClosingDayOfOneGatheringAreOneInstance() {
        // The day it ended, then the day it opened: one summit, not two; a summit years before
        // is another.
        let claims = extractClaims(.fr, "Les dirigeants des 31 pays de l'OTAN se sont séparés mercredi 8 juillet 2026 à Ankara, au terme d'un sommet de deux jours. "
            + "Ils avaient fixé un objectif de 2 % au sommet du pays de Galles, en 2014. Le sommet, qui s'est ouvert le 7 juillet 2026, était le premier en Turquie.")
        var instanceOf: [String: Int] = [:]
        for c in claims { if case .event(let e) = c.subject, case .time(let t) = c.value { instanceOf[t.description] = e.instance } }
        #expect(instanceOf["2026-07-08 (END)"] != nil && instanceOf["2026-07-08 (END)"] == instanceOf["2026-07-07 (START)"], "\(instanceOf)")
        #expect(instanceOf["2014"] != nil && instanceOf["2014"] != instanceOf["2026-07-08 (END)"], "\(instanceOf)")
        // The count of members stays with the summit of the news.
        let count = claims.first { $0.attribute == .count }
        if case .event(let e)? = count?.subject { #expect(e.instance == instanceOf["2026-07-08 (END)"]) } else { Issue.record("no count") }
    }

    @Test func aRelativeClauseAboutAnotherNounGivesTheEventNoDate() {
        let fr = claimLines(.fr, "Emmanuel Macron veut préparer dès ce sommet du G7 la présidence française du groupe, qui débutera le 1er janvier 2026.")
        #expect(!fr.contains { $0.contains("2026-01-01") })
        let en = claimLines(.en, "The G7 summit in Kananaskis, which will open on 15 June 2025, is the 51st.")
        #expect(en.contains("summit:G7#51 date 2025-06-15 planned"))
    }

    @Test func aNamedTreatyIsDatedByItsSigningAndItsEntryIntoForceApart() {
        let fr = claimLines(.fr, "Ce sommet est le premier depuis l'entrée en vigueur, le 1er février 2023, du traité du Quirinal, "
                            + "signé à Rome le 26 novembre 2021 par Emmanuel Macron et Mario Draghi.")
        #expect(fr.contains("entry-into-force-of-the-quirinal-treaty: date 2023-02-01 asserted"), "\(fr)")
        #expect(fr.contains("quirinal-treaty: date 2021-11-26 asserted"), "\(fr)")
        #expect(!fr.contains { $0.hasPrefix("summit") && $0.contains("2023") }, "\(fr)")
        let en = claimLines(.en, "The Lancaster House treaties, which the two countries signed in 2010, entered into force in 2011.")
        #expect(en.contains("lancaster-house-treaty: date 2010 asserted"), "\(en)")
        #expect(en.contains("entry-into-force-of-the-lancaster-house-treaty: date 2011 asserted"), "\(en)")
        // Told by its signing or its year only: not by the rest of its sentence.
        let under = claimLines(.en, "Under the Paris Agreement, countries must submit new climate plans by 2025 in Bonn.")
        #expect(!under.contains { $0.hasPrefix("paris-agreement") }, "\(under)")
        let year = claimLines(.fr, "Le traité du Quirinal s'inspire du traité de l'Élysée de 1963.")
        #expect(year == ["elysee-treaty: date 1963 asserted"], "\(year)")
    }

    @Test func partiesAfterTheEventOrInAnotherClauseAreNotItsParties() {
        let en = claimLines(.en, "The EU and Canada held their 20th summit in Brussels, as both sides sought to reduce their reliance on the United States.")
        #expect(en.contains("summit:CA+EU#20 ordinal 20 asserted"))
        let fr = claimLines(.fr, "Le 50e sommet du G7 s'est achevé à Kananaskis. Ouvert dans un climat tendu, le sommet a été marqué par le conflit entre Israël et l'Iran.")
        #expect(fr.contains("summit:G7#50 ordinal 50 asserted"))
        #expect(!fr.contains { $0.hasPrefix("summit:IL") || $0.hasPrefix("summit:IR") })
    }

    @Test func aPlaceWhereASourceSitsIsNoEventsPlace() {
        let en = claimLines(.en, "Vučić left the EU-Western Balkans summit early, according to a government source in Belgrade.")
        let fr = claimLines(.fr, "Vučić a quitté le sommet UE-Balkans occidentaux avant la fin, selon une source gouvernementale à Belgrade.")
        #expect(!(en + fr).contains { $0.contains("place RS-BEG") }, "\(en) \(fr)")
        // Without the source, the place is the summit's.
        #expect(claimLines(.en, "The EU-Western Balkans summit was held in Belgrade.").contains { $0.contains("place RS-BEG") })
    }

    @Test func aPlaceOfAnEditionNamedByItsRankIsNotThisOnes() {
        let en = claimLines(.en, "The second EU-Central Asia summit, coming a year after the first in Samarkand, opened on 21 April 2026.")
        let fr = claimLines(.fr, "Le deuxième sommet UE-Asie centrale, un an après le premier à Samarcande, s'est ouvert le 21 avril 2026.")
        #expect(!(en + fr).contains { $0.contains("#2 place UZ-SKD") }, "\(en) \(fr)")
        #expect(en.contains { $0.contains("#2 date 2026-04-21") }, "\(en)")
        // Not a rank of something else: "l'an prochain à Rabat" is the session's place.
        let next = claimLines(.fr, "La prochaine session UE-Maroc pourrait se tenir l'an prochain à Rabat.")
        #expect(next.contains { $0.contains("place MA-RBA") }, "\(next)")
    }

    @Test func anEventThatIsItsSentencesSubjectTakesNoPartiesFromTheClauseAfter() {
        // (Two sentences first make ECOWAS and Nigeria the document's usual pair.)
        let en = claimLines(.en, "ECOWAS and Nigeria met. ECOWAS and Nigeria agreed.\n\nThe summit also adopted on 21 June 2026 a line on the Confederation of Sahel States, formed by Mali, Burkina Faso and Niger.")
        let fr = claimLines(.fr, "La Cédéao et le Nigeria se sont réunis. La Cédéao et le Nigeria sont d'accord.\n\nLe sommet a aussi adopté le 21 juin 2026 une ligne sur la Confédération des États du Sahel, formée par le Mali, le Burkina Faso et le Niger.")
        #expect(!(en + fr).contains { $0.hasPrefix("summit:BF") }, "\(en) \(fr)")
        // After an opening adjunct, the subject that follows is the event's.
        let lors = claimLines(.en, "At their summit on 21 June 2026, the EU and Japan signed a partnership.")
        #expect(lors.contains { $0.hasPrefix("summit:EU+JP") }, "\(lors)")
    }

    @Test func aBareRomanNumeralBeforeAnEventNumbersIt() {
        let en = claimLines(.en, "The XXXVII Spanish-Portuguese summit was held in Salamanca.")
        let fr = claimLines(.fr, "Le XXXVIIe sommet hispano-portugais s'est tenu à Salamanque.")
        #expect(en.contains("summit:ES+PT#37 ordinal 37 asserted") && fr.contains("summit:ES+PT#37 ordinal 37 asserted"), "\(en) \(fr)")
        #expect(en.contains("summit:ES+PT#37 place ES-SLM asserted") && fr.contains("summit:ES+PT#37 place ES-SLM asserted"), "\(en) \(fr)")
        // A king's number is none: no determiner before it.
        let king = claimLines(.en, "King Charles III opened the EU-UK summit in London.")
        #expect(!king.contains { $0.contains(" ordinal ") }, "\(king)")
    }

    @Test func anEditionsAdjectiveLeavesItsNumberAndSeriesAlone() {
        let en = claimLines(.en, "The 70th ordinary session of the Authority of Heads of State and Government of ECOWAS was held in Abuja.")
            + claimLines(.en, "ECOWAS leaders met in Abuja for the 70th ordinary summit of the bloc.")
        let fr = claimLines(.fr, "La 70e session ordinaire de la Conférence des chefs d'État et de gouvernement de la Cédéao s'est tenue à Abuja.")
        #expect(en.filter { $0 == "summit:ECOWAS#70 ordinal 70 asserted" }.count == 2, "\(en)")
        #expect(fr.contains("summit:ECOWAS#70 ordinal 70 asserted"), "\(fr)")
        // An extraordinary session is numbered apart from the ordinary ones: its number is not read.
        let special = claimLines(.en, "The 5th extraordinary summit of ECOWAS was held in Abuja.")
        #expect(!special.contains { $0.contains(" ordinal 5 ") }, "\(special)")
    }

    @Test func aPapersEditionIsNoEvent() {
        let fr = claimLines(.fr, "Fil monde – Édition du vendredi 18 septembre 2026\n\nLe sommet du Quad s'est tenu à New Delhi.")
        let en = claimLines(.en, "Weekend Edition, Saturday 19 September 2026\n\nThe Quad summit was held in New Delhi.")
        for lines in [fr, en] { #expect(!lines.contains { $0.contains(" date ") }, "\(lines)") }
        // An event's own meeting of a day is one: "La réunion du 30 avril 2026 a eu lieu à Tokyo".
        #expect(claimLines(.fr, "La réunion du Quad du 30 avril 2026 a eu lieu à Tokyo.").contains { $0.contains(" date 2026-04-30") })
    }

    @Test func aNumberedMeetingOfLeadersIsASummit() {
        let en = claimLines(.en, "Caribbean Community heads of government wrapped up their 51st Regular Meeting in Castries.")
        let fr = claimLines(.fr, "Les chefs de gouvernement de la Caricom ont clos à Castries leur 51e réunion ordinaire.")
        #expect(en.contains("summit:CARICOM#51 ordinal 51 asserted"), "\(en)")
        #expect(fr.contains("summit:CARICOM#51 ordinal 51 asserted"), "\(fr)")
        // Ministers' meetings stay meetings; so does an unnumbered meeting of leaders (it may refer to any event).
        let ministers = claimLines(.en, "CARICOM foreign ministers held their 29th meeting in Castries.")
        #expect(!ministers.contains { $0.hasPrefix("summit:") }, "\(ministers)")
    }

    @Test func aGeneralAssemblyHeldInSessionsIsAGatheringOfItsOrganisation() {
        let en = claimLines(.en, "Foreign ministers opened the 56th regular session of the General Assembly of the Organization of American States in Antigua Guatemala.")
        let fr = claimLines(.fr, "La 56e session ordinaire de l'Assemblée générale de l'Organisation des États américains s'est ouverte à Antigua Guatemala.")
        #expect(en.contains("general-assembly:OAS#56 ordinal 56 asserted"), "\(en)")
        #expect(fr.contains("general-assembly:OAS#56 ordinal 56 asserted"), "\(fr)")
        // A company's meeting of shareholders is no such gathering.
        #expect(claimLines(.fr, "L'assemblée générale des actionnaires s'est tenue à Paris.").isEmpty)
    }

    @Test func aGatheringWithNoPartiesAroundIsTheOrganisationsTheArticleIsAbout() {
        let en = claimLines(.en, """
            OAS members clash over budget. The OAS Charter binds 35 states, and the OAS headquarters is in Washington.

            Delegations are taking part in the 56th regular session in Guatemala. The assembly adopted a resolution extending the OAS's support to the mission in Haiti.
            """)
        #expect(en.contains("meeting:OAS#56 ordinal 56 asserted"), "\(en)")
        let fr = claimLines(.fr, """
            La Cédéao a tenu son sommet. Depuis le retrait du Mali, la Cédéao compte douze États membres.

            Le 70e sommet ordinaire s'est tenu dimanche à Abuja. Le Nigeria et le Ghana devraient en porter l'essentiel du coût.
            """)
        #expect(fr.contains("summit:ECOWAS#70 ordinal 70 asserted"), "\(fr)")
        // An article naming the partner nearly as often keeps the pair: an EU–Japan summit.
        let pair = claimLines(.en, """
            The EU and Japan met in Tokyo. The EU and Japan agreed on trade. Japan welcomed the EU's offer; Japan and the EU will meet again.

            The summit was held on 21 June 2026 in Tokyo.
            """)
        #expect(pair.contains { $0.hasPrefix("summit:EU+JP") }, "\(pair)")
        // An agreement takes no organisation that way: "the Digital Partnership" is still both's.
        let agreement = claimLines(.en, """
            The OECD met. The OECD ministers and the OECD secretariat, with Japan and Korea, discussed trade.

            The partnership agreement was signed in Paris on 3 May 2026.
            """)
        #expect(!agreement.contains { $0.contains(":OECD") && $0.contains("agreement") }, "\(agreement)")
    }

    @Test func anEventAfterWhoseIsThePartysBeforeIt() {
        let fr = claimLines(.fr, "Les chefs d'État de la SADC se sont retrouvés à Johannesburg pour leur 46e sommet ordinaire. Ils ont salué le Marché commun de l'Afrique orientale et australe (Comesa), dont le sommet se tiendra en octobre à Lusaka.")
        let en = claimLines(.en, "SADC leaders met in Johannesburg for their 46th ordinary summit. They welcomed the Common Market for Eastern and Southern Africa (COMESA), whose summit will be held in Lusaka in October.")
        for lines in [fr, en] {
            #expect(lines.contains("summit:SADC#46 ordinal 46 asserted"), "\(lines)")
            #expect(lines.contains { $0.hasPrefix("summit:COMESA") && $0.contains("place ZM-LUN") }, "\(lines)")
            #expect(!lines.contains { $0.hasPrefix("summit:SADC") && $0.contains("ZM-LUN") }, "\(lines)")
        }
        // A body the lexicon does not know owns its summit all the same: nobody's we can name.
        let unknown = claimLines(.en, "SADC leaders met in Johannesburg for their 46th ordinary summit. They welcomed the Eastern Cooperation Forum, whose summit will be held in Lusaka in October.")
        #expect(!unknown.contains { $0.hasPrefix("summit:SADC") && $0.contains("ZM-LUN") }, "\(unknown)")
    }

    @Test func aPlanGivenUpSomeWordsBeforeItsDateIsNoDate() {
        #expect(dates(.en, "The 26th EAC summit, which had initially been pencilled in for 21 November 2026, was held on 28 November 2026.") == ["2026-11-28"])
        let fr = dates(.fr, "Le 26e sommet de l'EAC s'est tenu samedi, après avoir été initialement programmé à Arusha pour le 21 novembre 2026.")
        #expect(!fr.contains("2026-11-21"), "\(fr)")
        let first = dates(.fr, "Le sommet de l'EAC, d'abord prévu le 21 novembre 2026, avait été repoussé d'une semaine.")
        #expect(first.isEmpty, "\(first)")
    }

    @Test func aDateBetweenTheVerbAndItsEventIsTheEventsDay() {
        // The subject put after its verb: "s'est ouverte, mardi 2 juin, la 56e session".
        #expect(dates(.fr, "C'est à Antigua que s'est ouverte, mardi 2 juin 2026, la 56e session ordinaire de l'Assemblée générale de l'OEA.") == ["2026-06-02 (START)"])
        #expect(dates(.en, "Thus ended, on Friday 5 June 2026, the 56th regular session of the General Assembly of the OAS.") == ["2026-06-05 (END)"])
        // "se sont retrouvés dimanche … pour le 70e sommet", "gathered on Sunday … for the 70th summit".
        #expect(dates(.fr, "Les chefs d'État de la Cédéao se sont retrouvés le 21 juin 2026 à Abuja pour le 70e sommet ordinaire.") == ["2026-06-21"])
        #expect(dates(.en, "ECOWAS leaders gathered on 21 June 2026 in Abuja for the 70th ordinary summit.") == ["2026-06-21"])
        // A host's verb, its guest and the town between: "a accueilli ce jeudi Keir Starmer dans sa ville natale pour le 37e sommet".
        #expect(dates(.fr, "Emmanuel Macron a accueilli le 2 juillet 2026 Keir Starmer dans sa ville natale pour le 37e sommet franco-britannique.") == ["2026-07-02"])
        #expect(dates(.en, "Emmanuel Macron hosted Keir Starmer on 2 July 2026 in Amiens for the 38th UK-France summit.") == ["2026-07-02"])
        // Not across a clause of purpose: the finance ministers met to prepare the summit, not at
        // it, nor there (their place is not the summit's).
        let prepared = claimLines(.fr, "Les chefs de la diplomatie du Quad s'étaient réunis dans la capitale indienne pour préparer le sommet du Quad.")
            + claimLines(.en, "Quad foreign ministers met in the Indian capital to prepare the Quad summit.")
        #expect(!prepared.contains { $0.contains(" place ") }, "\(prepared)")
        #expect(dates(.fr, "Les ministres des Finances du G7 sont réunis le 20 mai 2025 à Banff pour préparer le volet économique du sommet du G7.").isEmpty)
        #expect(dates(.en, "G7 finance ministers met on 20 May 2025 in Banff to prepare the economic part of the G7 summit.").isEmpty)
        // An opening participle, up to its comma: "Ouverte mercredi dans l'ancienne capitale, la session…".
        #expect(dates(.fr, "Ouverte le 3 juin 2026 à Antigua Guatemala, la 56e session ordinaire de l'Assemblée générale de l'OEA a adopté 26 résolutions.") == ["2026-06-03 (START)"])
    }

    @Test func whoChairedIsAClaimOfItsOwn() {
        let en = claimLines(.en, "The EU-Western Balkans summit, chaired by European Council President António Costa, opened on 16 June 2026.")
        let fr = claimLines(.fr, "Le sommet UE-Balkans occidentaux, présidé par la présidente de la Commission, Ursula von der Leyen, s'est ouvert le 16 juin 2026.")
        #expect(en.contains { $0.hasPrefix("summit:") && $0.contains("chair [António Costa]") }, "\(en)")
        #expect(fr.contains { $0.hasPrefix("summit:") && $0.contains("chair [Ursula von der Leyen]") }, "\(fr)")
        // An aside between the verb and its agent; two chairs named together.
        let aside = claimLines(.fr, "Le premier Conseil d'association UE-Chili a été présidé, pour la première fois, par la haute représentante, Kaja Kallas, et la ministre chilienne des Affaires étrangères, Ignacia Rojas Vial.")
        #expect(aside.contains { $0.contains("chair [Ignacia Rojas Vial, Kaja Kallas]") }, "\(aside)")
        // Co-chairs are no chair claim: reports name one or both, each side its own.
        let co = claimLines(.en, "The first EU-Chile Association Council, co-chaired by High Representative Kaja Kallas, met on 19 November 2026.")
            + claimLines(.fr, "Le premier Conseil d'association UE-Chili, coprésidé par la haute représentante, Kaja Kallas, s'est réuni le 19 novembre 2026.")
        #expect(!co.contains { $0.contains(" chair ") }, "\(co)")
        let subject = claimLines(.en, "Commissioner Maroš Šefčovič, who chaired the first EU-Chile Trade Council, met the press.")
        #expect(subject.contains { $0.hasPrefix("trade-council") && $0.contains("chair [Maroš Šefčovič]") }, "\(subject)")
        // Another verb's agent chairs nothing: "welcomed by".
        let welcomed = claimLines(.en, "The EU-Western Balkans summit opened on 16 June 2026, welcomed by Prime Minister Milojko Spajić.")
            + claimLines(.fr, "Le sommet UE-Balkans occidentaux s'est ouvert le 16 juin 2026, salué par le Premier ministre Milojko Spajić.")
        #expect(!welcomed.contains { $0.contains(" chair ") }, "\(welcomed)")
    }

    @Test func aDinnerIsAnEventOfItsOwn() {
        let en = claimLines(.en, "Leaders of the EU met over dinner on 15 June 2026 in Cetinje. The EU-Western Balkans summit opened in Podgorica on 16 June 2026.")
        let fr = claimLines(.fr, "Les dirigeants de l'UE se sont retrouvés le 15 juin 2026 lors d'un dîner de travail à Cetinje. Le sommet UE-Balkans occidentaux s'est ouvert à Podgorica le 16 juin 2026.")
        #expect(!(en + fr).contains { $0.hasPrefix("summit") && $0.contains("2026-06-15") }, "\(en) \(fr)")
        #expect(en.contains { $0.hasPrefix("dinner:EU") && $0.contains("2026-06-15") }, "\(en)")
        #expect(fr.contains { $0.hasPrefix("dinner:EU") && $0.contains("2026-06-15") }, "\(fr)")
    }

    @Test func anEventThatFramesTheClauseTakesItsDay() {
        let en = claimLines(.en, "Leaders of the EU and Serbia on 16 June 2026 endorsed a roadmap to open the single market to the region, at a summit hosted by Montenegro.")
        let fr = claimLines(.fr, "Les dirigeants de l'UE et de la Serbie ont adopté le 16 juin 2026 une feuille de route, lors du sommet accueilli par le Monténégro.")
        #expect(en.contains { $0.hasPrefix("summit:") && $0.contains("date 2026-06-16") }, "\(en)")
        #expect(fr.contains { $0.hasPrefix("summit:") && $0.contains("date 2026-06-16") }, "\(fr)")
        // Not without the comma and its marker.
        let plan = claimLines(.en, "Leaders of the EU on 16 June 2026 endorsed a roadmap to open the single market to the region before a summit in Podgorica.")
        #expect(!plan.contains { $0.contains("date 2026-06-16") }, "\(plan)")
    }

    @Test func partnersAreCountedWithWhoseTheyAre() {
        let en = claimLines(.en, "The EU-Western Balkans summit brought together the 27 EU member states and the six Western Balkan partners.")
        let fr = claimLines(.fr, "Le sommet UE-Balkans occidentaux a réuni les vingt-sept États membres et les six partenaires des Balkans occidentaux.")
        #expect(en.contains { $0.contains("count 6 partners") } && fr.contains { $0.contains("count 6 partners") }, "\(en) \(fr)")
        // The two sides of a bilateral meeting are no count.
        let two = claimLines(.en, "At the EU-Japan summit, the two partners agreed to cooperate.")
            + claimLines(.fr, "Lors du sommet UE-Japon, les deux partenaires ont promis de coopérer.")
        #expect(!two.contains { $0.contains("partners") }, "\(two)")
    }

    @Test func eachStandingCouncilIsASeriesOfItsOwn() {
        let en = claimLines(.en, "Šefčovič chaired the first EU-Chile Trade Council on 18 November 2026. The first EU-Chile Association Council met on 19 November 2026.")
        let fr = claimLines(.fr, "Šefčovič a présidé le premier Conseil commercial UE-Chili le 18 novembre 2026. Le premier Conseil d'association UE-Chili s'est réuni le 19 novembre 2026.")
        for lines in [en, fr] {
            #expect(lines.contains { $0.hasPrefix("trade-council:CL+EU") && $0.contains("2026-11-18") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("association-council:CL+EU") && $0.contains("2026-11-19") }, "\(lines)")
        }
        // A framework agreement is another treaty than the association agreement it replaces.
        let treaty = claimLines(.en, "The EU-Chile Advanced Framework Agreement, signed in December 2023, replaces the 2002 Association Agreement.")
            + claimLines(.fr, "L'accord-cadre avancé UE-Chili, signé en décembre 2023, remplace l'accord d'association de 2002.")
        #expect(treaty.filter { $0.hasPrefix("framework-agreement:CL+EU") && $0.contains("2023-12") }.count == 2, "\(treaty)")
        #expect(!treaty.contains { $0.hasPrefix("association-agreement") && $0.contains("2023") }, "\(treaty)")
    }

    @Test func evidenceQuotesTheSentenceAndPointsAtTheValue() throws {
        let text = "Intro. Le sommet UE-Japon s'est tenu à Tokyo. Fin."
        let context = ExtractionContext(language: .fr, referenceDate: nil, lexicon: .bundled, documentID: "doc-1")
        let claims = Extractor().extract(from: text, in: context).claims
        let place = try #require(claims.first { $0.attribute == .place })
        #expect(place.evidence.document == "doc-1")
        #expect(place.evidence.language == .fr)
        #expect(place.evidence.quote == "Le sommet UE-Japon s'est tenu à Tokyo.")
        #expect(text.slice(place.evidence.span) == "Tokyo")
        #expect(text.slice(place.evidence.sentence) == place.evidence.quote)
        #expect(!place.rule.isEmpty)
    }
}

/// Claims of a text, with the bundled lexicon and no publication date.
func extractClaims(_ language: Language, _ text: String) -> [Claim] {
    let context = ExtractionContext(language: language, referenceDate: nil, lexicon: .bundled, documentID: "test")
    return Extractor().extract(from: text, in: context).claims
}

/// The dates a text's claims give, as their descriptions ("2025-11-22 (START)").
func dates(_ language: Language, _ text: String) -> [String] {
    extractClaims(language, text).compactMap { c in if case .time(let t) = c.value { return t.description }; return nil }
}

/// Claims as lines (see `render`); `dominantPair` is prepended to give the document its parties.
func claimLines(_ language: Language, _ text: String, dominantPair: String = "") -> [String] {
    extractClaims(language, dominantPair + text).map(render)
}
