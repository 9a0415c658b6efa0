/// French examples: each text must name exactly these events, written `series#ordinal@instance`
/// after references were resolved ("summit:EU+JP#29@0").
extension EventRulesFR {
    package static let corpus: [CorpusEntry<[String]>] = [
        // Party pairs in any order and spelling give one series.
        .init(["summit:EU+JP@0"], "le sommet UE-Japon", "le sommet Japon-UE", "le sommet UE–Japon", "le sommet UE/Japon",
              "le sommet entre l'UE et le Japon", "le sommet de l'UE et du Japon", "L'UE et le Japon ont tenu un sommet."),
        .init(["summit:EU+JP#29@0"], "le 29e sommet UE-Japon", "le 29ème sommet Japon-UE", "le XXIXe sommet UE-Japon",
              "lors du 29e sommet Japon-UE à Tokyo"),
        .init(["summit:EU+KR@0"], "le sommet UE-Corée", "le sommet UE-Corée du Sud"),
        .init(["summit:G7@0"], "le sommet du G7", "le sommet G7"),
        .init(["summit:DE+FR@0"], "le sommet franco-allemand"),
        .init(["ministerial-meeting:OECD@0"], "la réunion ministérielle de l'OCDE", "la réunion ministérielle de l’OCDE",
              "la réunion ministérielle annuelle de l'OCDE"),
        .init(["digital-partnership-council:EU+JP#3@0"], "L'UE et le Japon ont tenu leur troisième Conseil de partenariat numérique.",
              "le troisième Conseil de partenariat numérique UE-Japon", "le 3e Conseil du partenariat numérique UE-Japon",
              "la troisième réunion du Conseil de partenariat numérique UE-Japon"),
        .init(["trade-and-technology-council:EU+US@0"], "le Conseil du commerce et des technologies UE-États-Unis"),
        .init(["cyber-dialogue:EU+JP#6@0"], "leur sixième dialogue cybernétique UE-Japon"),
        .init(["letter-of-intent:EU+JP@0"], "L'UE et le Japon signeront une lettre d'intention."),
        .init(["memorandum-of-cooperation:EU+JP@0"], "La Commission et le Japon signeront un protocole de coopération."),
        // Acts on agreements are the agreement's event.
        .init(["digital-partnership:EU+JP#1@0"], "Depuis le lancement du premier Partenariat numérique UE-Japon"),
        .init(["digital-partnership:EU+JP@0"], "la signature du Partenariat numérique UE-Japon", "Le Partenariat numérique UE-Japon a été signé."),
        .init(["free-trade-agreement:EU+KR@0"], "l'accord de libre-échange UE-Corée"),
        // References resolve to the event the text names.
        .init(["digital-partnership-council:EU+JP#3@0", "digital-partnership-council:EU+JP#3@0"],
              "L'UE et le Japon ont tenu leur troisième Conseil de partenariat numérique. Le Conseil s'est réuni à Tokyo."),
        .init(["digital-partnership-council:EU+JP@0", "digital-partnership-council:EU+JP@0"],
              "Le Conseil de partenariat numérique UE-Japon aura lieu le 30 avril. Lors du Conseil UE-Japon, les parties signeront."),
        .init(["digital-partnership-council:EU+JP@0", "digital-partnership-council:EU+JP#3@1"],
              "Le Conseil de partenariat numérique UE-Japon aura lieu le 30 avril. La troisième réunion devrait avoir lieu en 2025."),
        .init(["digital-partnership-council:EU+JP@0", "digital-partnership-council:EU+KR@1"],
              "Le Conseil de partenariat numérique UE-Japon aura lieu le 30 avril.\nL'UE et la Corée du Sud ont annoncé une coopération. Lors de leur Conseil de partenariat numérique, ils ont lancé un forum."),
        .init(["meeting:G7@0"], "Les dirigeants du G7 se sont réunis à Kananaskis."),
        // "édition": an instance of the series talked of.
        .init(["digital-partnership-council:EU+JP#3@0", "digital-partnership-council:EU+JP#2@1"],
              "Le troisième Conseil de partenariat numérique UE-Japon s'est réuni à Tokyo, après une deuxième édition organisée à Bruxelles."),
        .init(["comprehensive-economic-and-trade-agreement:CA+EU@0"], "l'Accord économique et commercial global UE-Canada", "l'AECG entre l'UE et le Canada"),
        // A numbered generic noun in apposition numbers the event before it.
        .init(["summit:G7#51@0", "summit:G7#51@0"], "Le sommet du G7, la 51e édition, s'est tenu à Kananaskis."),
        // "avec <partie>": l'autre partie, avec le sujet quand il y en a un.
        .init(["summit:CN+EU@0"], "L'UE tiendra un sommet avec la Chine en juillet.", "L'UE tiendra un sommet avec les dirigeants chinois en juillet."),
        // "le premier … organisé en Afrique" compare ; il ne numérote pas le sommet.
        .init(["summit:G20@0"], "Le premier sommet du G20 organisé en Afrique s'est ouvert à Johannesburg."),
        .init(["climate-conference:#29@0"], "la 29e conférence des Nations unies sur le climat"),
        // Whose event: the subject parties of its clause, never those after it or of another clause.
        .init(["summit:CA+EU#20@0"], "L'UE et le Canada ont tenu leur 20e sommet à Bruxelles, alors que les États-Unis menacent de nouveaux droits de douane.",
              "Tandis que les États-Unis observaient, l'UE et le Canada ont tenu leur 20e sommet."),
        .init(["summit:EU+JP@0"], "Lors de leur sommet, l'UE et le Japon ont adopté une déclaration.",
              "L'UE et le Japon, qui sont partenaires depuis des décennies, ont tenu un sommet à Tokyo."),
        .init(["summit:G7#50@0", "summit:G7#50@0"],
              "Le 50e sommet du G7 s'est achevé à Kananaskis. Ouvert dans un climat tendu, le sommet a été marqué par le conflit entre Israël et l'Iran."),
        // A lone subject party does not make the event its own when the document names its series;
        // the summit the article opens with, numbered in the next sentence, is the 51st.
        .init(["summit:G7#51@0", "summit:G7#51@0"],
              "Le Canada dévoile le programme du sommet de Kananaskis. Le 51e sommet du G7 se tiendra à Kananaskis."),
        // Not one named before the article's, nor one at another place.
        .init(["summit:G7@0", "summit:G7@1", "summit:G7#51@2"],
              "Le sommet du G7 de Biarritz avait échoué. Le sommet de Kananaskis s'ouvre dimanche. Le 51e sommet du G7 se tiendra en Alberta."),
        .init(["summit:G7@0", "summit:G7#52@1"],
              "Le sommet de Kananaskis s'est achevé mardi. Le 52e sommet du G7 se tiendra à Évian."),
        // An agreement known by its name (see `NamedAgreements`): its name and kind, no parties;
        // a place by the gazetteer's English name, as the English spelling gives it.
        .init(["quirinal-treaty:@0"], "le traité du Quirinal", "le traité franco-italien du Quirinal",
              "Le traité du Quirinal a été signé à Rome en 2021."),
        .init(["lisbon-treaty:@0"], "le traité de Lisbonne"),
        .init(["aachen-treaty:@0"], "le traité d'Aix-la-Chapelle"),
        .init(["elysee-treaty:@0"], "le traité de l'Élysée", "le traité franco-allemand de l'Élysée"),
        .init(["lancaster-house-treaty:@0"], "les traités de Lancaster House"),
        .init(["antarctica-treaty:@0"], "le traité sur l'Antarctique"),
        .init(["oslo-agreement:@0"], "les accords d'Oslo"),
        .init(["paris-agreement:@0"], "l'accord de Paris sur le climat"),
        .init(["kyoto-protocol:@0"], "le protocole de Kyoto"),
        // A treaty in another event's name is that event's series: the days told are the meeting's.
        .init(["meeting:antarctica-treaty#48@0"], "La 48e réunion consultative du traité sur l'Antarctique s'est ouverte lundi."),
        // A body's own meeting is not the gathering the article tells of; a Council's is its own.
        .init(["meeting:#48@0"], "La 48e réunion consultative s'est ouverte lundi. En amont, le Comité pour la protection de l'environnement avait tenu sa 28e réunion."),
    ]

    /// Near misses: no event.
    package static let negativeCorpus: [String] = [
        "Ils se sont mis d'accord.",              // "d'accord" is no agreement
        "un conseil municipal",                   // lower-case "conseil"
        "la signature du directeur",              // an act without an agreement
        "le lancement de la fusée",
        "Ils ont lancé un appel commun.",
        "le Conseil européen",                    // an institution, not a generic council
        "la Commission et le Japon coopèrent",
        "un traité d'amitié",                     // a kind of treaty, no name
        "le traité d'Amitié et de Coopération",
    ]
}
