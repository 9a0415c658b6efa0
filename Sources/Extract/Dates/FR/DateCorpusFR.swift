/// French time expressions. Values are TIMEX3 against the fixed reference date, Tuesday
/// 2013-02-12 (``ExtractionContext/fixed(_:)``), in a clause with no future cue (asserted), with
/// the modifier when there is one: "2024 (START)". Year-less dates lean to the past unless that
/// is more than nine months back (see ``DateResolver``): "le 30 novembre" is 2012-11-30, "le
/// 30 avril" 2013-04-30.
extension DateRulesFR {
    package static let corpus: [CorpusEntry<String>] = [
        // Absolute days.
        .init("2025-05-12", "12 mai 2025", "le 12 mai 2025", "Le 12 mai 2025", "lundi 12 mai 2025", "le lundi 12 mai 2025",
              "Lundi 12 mai 2025", "12 MAI 2025", "2025-05-12", "12/05/2025", "12.05.2025", "12-05-2025", "12/05/25",
              "lundi, 12 mai 2025"),
        .init("2024-05-01", "le 1er mai 2024", "1er mai 2024", "le 1ᵉʳ mai 2024", "le premier mai 2024", "01/05/2024"),
        .init("2024-09-12", "12 sept. 2024", "12 septembre 2024", "12 sept 2024"),
        .init("2024-02-03", "3 fév. 2024", "3 février 2024", "3 fevrier 2024", "3 FÉVRIER 2024"),
        .init("2024-08-15", "15 août 2024", "15 aout 2024"),
        .init("2022-12-31", "31 décembre 2022", "31 déc. 2022", "31 decembre 2022"),
        .init("1789-07-14", "14 juillet 1789"),
        // Days without a year.
        .init("2013-04-30", "le 30 avril", "30 avril", "Le 30 avril", "le jeudi 30 avril", "le 30 Avril"),
        .init("2013-03-26", "le 26 mars", "26 mars"),
        .init("2013-05-01", "le 1er mai", "1er mai", "le premier mai"),
        .init("2012-11-30", "le 30 novembre", "30 novembre"),
        .init("2012-05-04", "le 4 mai dernier", "4 mai dernier"),
        .init("2013-05-04", "le 4 mai prochain"),
        .init("2013-02-12", "le 12 février"),
        // Months and years.
        .init("2022-05", "mai 2022", "en mai 2022", "En mai 2022", "Mai 2022", "MAI 2022"),
        .init("2023-05", "en mai 2023"),
        .init("2024-01", "janvier 2024", "janv. 2024"),
        .init("2024", "en 2024", "En 2024", "l'année 2024", "l’année 2024", "l'an 2024"),
        .init("2000", "l'an 2000"),
        .init("2025", "en 2025"),
        .init("2012-06", "en juin", "au mois de juin", "En juin"),
        .init("2012-12", "en décembre", "en decembre"),
        .init("2013-04", "en avril"),
        .init("2012-05", "mai dernier", "en mai dernier"),
        .init("2012-04", "avril dernier"),
        .init("2013-06", "juin prochain", "en juin prochain"),
        // Modifiers.
        .init("2023 (END)", "fin 2023", "Fin 2023", "à la fin de 2023", "fin de l'année 2023", "en fin d'année 2023"),
        .init("2024 (START)", "début 2024", "Début 2024", "au début de 2024", "début de l'année 2024", "en début d'année 2024"),
        .init("2024 (MID)", "mi-2024", "mi 2024", "à la mi-2024"),
        .init("2012-07 (MID)", "mi-juillet", "Mi-juillet", "à la mi-juillet", "mi juillet", "mi–juillet"),
        .init("2024-05 (END)", "fin mai 2024"),
        .init("2013-03 (START)", "début mars"),
        .init("2013 (END)", "fin de l'année", "en fin d'année", "d'ici la fin de l'année", "à la fin de l'année",
              "fin de cette année"),
        .init("2014 (START)", "début de l'année prochaine", "début de l'an prochain"),
        .init("2013-02 (END)", "fin du mois", "à la fin du mois"),
        .init("2020 (APPROX)", "vers 2020", "aux alentours de 2020", "autour de 2020"),
        // Lists and spans.
        .init("2013-05-02/2013-05-03", "les 2 et 3 mai", "Les 2 et 3 mai", "2 et 3 mai"),
        .init("2024-05-02/2024-05-03", "les 2 et 3 mai 2024", "2-3 mai 2024", "du 2 au 3 mai 2024"),
        .init("2024-05-02/2024-05-04", "les 2, 3 et 4 mai 2024", "du 2 au 4 mai 2024", "2 au 4 mai 2024",
              "du jeudi 2 au samedi 4 mai 2024", "entre le 2 et le 4 mai 2024", "entre le 2 et 4 mai 2024",
              "2–4 mai 2024", "du 2 mai au 4 mai 2024"),
        .init("2025-06-02/2025-06-04", "du 2 au 4 juin 2025", "2-4 juin 2025"),
        .init("2012-06-02/2012-06-04", "du 2 au 4 juin"),
        .init("2024-07-11/2024-07-13", "entre le 11 et le 13 juillet 2024", "du 11 au 13 juillet 2024"),
        .init("2024-04-30/2024-05-02", "du 30 avril au 2 mai 2024"),
        .init("2024-12-30/2025-01-02", "du 30 décembre au 2 janvier 2025", "du 30 décembre 2024 au 2 janvier 2025"),
        .init("2024-05/2024-07", "de mai à juillet 2024", "entre mai et juillet 2024"),
        .init("2020/2022", "de 2020 à 2022", "entre 2020 et 2022", "2020-2022", "2020–2022", "de 2020 a 2022"),
        // Relative days.
        .init("2013-02-12", "aujourd'hui", "aujourd’hui", "Aujourd'hui", "AUJOURD'HUI", "ce matin", "ce soir"),
        .init("2013-02-11", "hier", "Hier", "hier soir"),
        .init("2013-02-13", "demain", "Demain", "demain matin"),
        .init("2013-02-10", "avant-hier", "avant hier"),
        .init("2013-02-14", "après-demain", "apres-demain"),
        // Relative periods.
        .init("2013-01", "le mois dernier", "Le mois dernier", "le mois passé"),
        .init("2013-03", "le mois prochain"),
        .init("2013-02", "ce mois-ci", "ce mois", "le mois en cours"),
        .init("2014", "l'an prochain", "l’an prochain", "l'année prochaine", "L'année prochaine"),
        .init("2012", "l'année dernière", "l'an dernier", "l'an passé", "l'année passée", "L’an dernier"),
        .init("2013", "cette année", "l'année en cours"),
        .init("2013-02-18/2013-02-24", "la semaine prochaine"),
        .init("2013-02-04/2013-02-10", "la semaine dernière", "la semaine passée"),
        .init("2013-02-11/2013-02-17", "cette semaine"),
        // Weekdays.
        .init("2013-02-14", "ce jeudi", "Ce jeudi", "jeudi prochain"),
        .init("2013-02-07", "jeudi dernier", "jeudi", "le jeudi", "jeudi passé"),
        .init("2013-02-11", "lundi", "ce lundi"),
        .init("2013-02-15", "vendredi prochain"),
        // Offsets.
        .init("2013-02-08", "il y a 4 jours", "Il y a quatre jours"),
        .init("2011", "il y a deux ans", "il y a 2 ans"),
        .init("2012", "il y a un an"),
        .init("2012-11", "il y a trois mois"),
        .init("2013-02-15", "dans trois jours", "dans 3 jours"),
        .init("2013-02-25/2013-03-03", "dans deux semaines"),
    ]

    /// Without a reference date: year-less dates keep no year, relative ones stay relative.
    package static let unanchoredCorpus: [CorpusEntry<String>] = [
        .init("XXXX-04-30", "le 30 avril", "30 avril"),
        .init("XXXX-06", "en juin"),
        .init("XXXX-05-02/XXXX-05-03", "les 2 et 3 mai"),
        .init("PRESENT_REF", "aujourd'hui"),
        .init("ANCHOR+P1D", "demain"),
        .init("ANCHOR-P1D", "hier"),
        .init("ANCHOR-P1M", "le mois dernier"),
        .init("ANCHOR+P1Y", "l'année prochaine", "l'an prochain"),
        .init("ANCHOR+P1W", "la semaine prochaine"),
        .init("ANCHOR-XXXX-WXX-4", "jeudi dernier"),
        .init("ANCHOR-P4D", "il y a 4 jours"),
        .init("2025-05-12", "12 mai 2025"),
        .init("2024", "en 2024"),
    ]

    /// Near misses: no date here.
    package static let negativeCorpus: [String] = [
        "1 000", "2025 euros", "2 025 euros", "page 2024", "2024 personnes", "en 2000 exemplaires", "1 000 000",
        "2024", "Mars", "la planète Mars", "sept pays", "le 32 mai", "mi-temps", "la fin des négociations", "au début",
        "la 5G", "G7", "1,5 %", "il y a 27 États membres", "dans les 27 pays", "l'Europe de demain",
        "le monde de demain", "mettre fin à", "en 3000", "1er", "les 2 et 3", "de 10 à 20", "entre 2000 et 3000 euros",
        "mai", "Mai", "le mois", "jeudis", "3e", "29e sommet", "12,2024", "de 2000 manifestants", "en 1 000",
        "2024e", "les 2000", "à 2024 mètres", "vers Mars", "cette année-là", "ce mois-là", "les années 1990",
        "en fin de compte", "à la fin de la réunion", "depuis deux ans", "lundis", "des 2000 manifestants",
        "ils ont été 2000 à manifester", "jusqu'à 2000 manifestants",
    ]
}
