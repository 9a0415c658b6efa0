/// French examples: each sentence must give exactly these entities, in this order, written
/// `type:value` ("party:EU", "place:BE-BRU", "person:Masaaki Taira", "role:ministre de…").
extension EntityRulesFR {
    package static let corpus: [CorpusEntry<[String]>] = [
        .init(["party:EU", "party:JP"], "L'UE et le Japon", "L’Union européenne et le Japon", "l'Union européenne et le Japon",
              "UE-Japon", "UE–Japon", "UE/Japon"),
        .init(["party:JP", "party:EU"], "Japon-UE", "entre le Japon et l'UE"),
        .init(["party:EU", "party:KR"], "l'UE et la Corée du Sud", "UE-Corée", "l’Union européenne et la République de Corée"),
        .init(["party:KP"], "la Corée du Nord"),
        .init(["party:US"], "les États-Unis", "les Etats-Unis", "les ÉTATS-UNIS"),
        .init(["party:OECD"], "de l'OCDE", "l’OCDE"),
        .init(["party:G7"], "du G7", "le G7"),
        .init(["party:UN"], "l'ONU", "les Nations unies"),
        .init(["party:NATO"], "l'OTAN"),
        .init(["party:EC"], "la Commission européenne", "la Commission", "initié par la Commission européenne pour"),
        .init(["party:EU"], "l'Union", "au sein de l’Union,"),
        .init(["party:GB"], "le Royaume-Uni"),
        .init(["party:JP-DIGITAL-AGENCY"], "l’Agence numérique du Japon"),
        .init(["place:BE-BRU"], "à Bruxelles", "Bruxelles"),
        .init(["place:JP-TYO"], "à Tokyo"),
        .init(["place:KR-SEL"], "à Séoul", "à Seoul"),
        .init(["place:CN-BJS"], "à Pékin"),
        .init(["place:MX-MEX"], "à Mexico"),
        .init(["place:CH-GVA"], "à Genève"),
        .init(["place:BE-LEU"], "à Louvain"),
        .init(["place:LU-LUX"], "à Luxembourg"),
        .init(["party:LU"], "le Luxembourg"),
        .init(["place:IN-DEL"], "à New Delhi"),
        .init(["place:GB-LON"], "à Londres"),
        // A name whose capital is not on its first word.
        .init(["place:GB-WLS"], "au sommet du pays de Galles", "au Pays de Galles"),
        .init(["place:KH-PNH"], "à Phnom Penh"),
        .init(["place:KH-REP"], "à Siem Reap"),
        .init(["place:AO-LAD"], "à Luanda"),
        .init(["place:PH-MNL"], "à Manille"),
        .init(["place:EG-CAI"], "au Caire", "Le Caire"),
        .init(["place:ID-DPS-NUS"], "à Nusa Dua"),
        .init(["place:MC-MON"], "à Monaco"),
        .init(["place:DE-FRB"], "à Fribourg-en-Brisgau", "à Freiburg"),
        .init(["place:CH-FRI"], "à Fribourg"),
        // Also a common word in English: a place only after a locative.
        .init(["place:HR-SPU"], "à Split"),
        .init(["party:MC"], "la principauté de Monaco"),
        // The longest name wins: "Guinée" starts three others.
        .init(["party:GQ"], "la Guinée équatoriale"),
        .init(["party:GW"], "la Guinée-Bissau"),
        .init(["party:PG"], "la Papouasie-Nouvelle-Guinée"),
        .init(["party:GN"], "la Guinée"),
        .init(["party:CD"], "la RDC", "la République démocratique du Congo"),
        .init(["party:CI"], "la Côte d'Ivoire", "la Côte d’Ivoire"),
        .init(["party:TR"], "la Türkiye", "la Turquie"),
        .init(["party:OSCE"], "l'OSCE", "l’Organisation pour la sécurité et la coopération en Europe"),
        .init(["party:OIF"], "la Francophonie", "l'Organisation internationale de la Francophonie", "l'OIF"),
        // Not the European Council.
        .init(["party:COE"], "le Conseil de l'Europe"),
        .init(["party:EUCO"], "le Conseil européen"),
        // One acronym, one party: "BAD" is the African bank, "BAsD" the Asian one.
        .init(["party:AFDB"], "la BAD"),
        .init(["party:ADB"], "la BAsD"),
        .init(["party:AFRICAN-UNION", "party:EU"], "UA-UE", "l'Union africaine et l'UE"),
        .init(["person:Masaaki Taira", "role:ministre de la Transformation numérique"],
              "Masaaki Taira, ministre de la Transformation numérique", "avec Masaaki Taira, ministre de la Transformation numérique."),
        .init(["person:Henna Virkkunen", "role:vice-présidente exécutive chargée de la souveraineté technologique, de la sécurité et de la démocratie"],
              "Henna Virkkunen, vice-présidente exécutive chargée de la souveraineté technologique, de la sécurité et de la démocratie, aux côtés de"),
        .init(["role:commissaire", "person:Thierry Breton"], "le commissaire Thierry Breton", "Le commissaire Thierry Breton a déclaré"),
        .init(["role:vice-président exécutif", "person:Virkkunen"], "le vice-président exécutif Virkkunen et"),
        .init(["role:présidente de la Commission", "party:EC", "person:Ursula von der Leyen"],
              "la présidente de la Commission, Ursula von der Leyen", "La présidente de la Commission, Ursula von der Leyen, a dit"),
        .init(["role:Premier ministre", "person:Fumio Kishida"], "le Premier ministre Fumio Kishida"),
        .init(["role:ministre d'État japonais chargé de la politique scientifique et technologique", "person:Minoru Kiuchi"],
              "le ministre d'État japonais chargé de la politique scientifique et technologique, Minoru Kiuchi, signera"),
        .init(["person:Masashi Adachi", "role:ministre d'État des Affaires intérieures et des Communications"],
              "Masashi Adachi, ministre d'État des Affaires intérieures et des Communications, et"),
        .init(["person:Shinji Takeuchi", "role:vice-ministre parlementaire de l'Économie, du Commerce et de l'Industrie"],
              "et Shinji Takeuchi, vice-ministre parlementaire de l'Économie, du Commerce et de l'Industrie."),
        .init(["person:Jean-Claude Juncker", "role:président de la Commission", "party:EC"], "Jean-Claude Juncker, président de la Commission,"),
        // L'adjectif d'un État et « capitale » nomment sa capitale.
        .init(["place:SK-BTS"], "dans la capitale slovaque", "à Bratislava"),
        .init(["place:KE-NBO"], "dans la capitale kényane"),
        .init(["place:AR-BUE"], "dans la capitale argentine"),
        .init(["place:DE-BER"], "la capitale allemande"),
    ]

    /// Near misses: no party, place, person or role.
    package static let negativeCorpus: [String] = [
        "Il a eu lieu hier.",                       // "eu" is no EU
        "une union douanière",                     // lower-case "union"
        "la commission parlementaire",             // lower-case "commission"
        "un conseil municipal",
        "le japon",                                // lower-case: not a name as written
        "Hier, le ministre a déclaré",             // a role without a name
        "Le ministre a déclaré",
        "Ensuite, ministre ou pas, il parle",
        "un 5G rapide",
        "Maurice et Dominique sont venus",        // first names, not Mauritius and Dominica
        "des capitaux slovaques",                  // money
        "une capitale européenne",                 // the EU's adjective names no capital
        "Florence Parly a dit",                    // a first name, not the city (only "à Florence")
    ]
}
