/// English examples: each sentence must give exactly these entities, in this order, written
/// `type:value` ("party:EU", "place:BE-BRU", "person:Fumio Kishida", "role:Prime Minister").
extension EntityRulesEN {
    package static let corpus: [CorpusEntry<[String]>] = [
        .init(["party:EU", "party:JP"], "the EU and Japan", "EU-Japan", "EU–Japan", "the European Union and Japan", "EU/Japan"),
        .init(["party:JP", "party:EU"], "Japan-EU", "between Japan and the EU"),
        .init(["party:EU", "party:KR"], "EU-Korea", "the EU and South Korea", "the EU and the Republic of Korea"),
        .init(["party:US"], "the United States", "the US", "the USA"),
        .init(["party:GB"], "the UK", "the United Kingdom"),
        .init(["party:OECD"], "the OECD"),
        .init(["party:UN"], "the UN", "the United Nations"),
        .init(["party:NATO"], "NATO"),
        .init(["party:G20"], "the G20"),
        .init(["party:EC"], "the European Commission", "the Commission"),
        .init(["place:BE-BRU"], "in Brussels"),
        .init(["place:KR-SEL"], "in Seoul"),
        .init(["place:CN-BJS"], "in Beijing"),
        .init(["place:MX-MEX"], "in Mexico City"),
        .init(["place:CH-GVA"], "in Geneva"),
        .init(["place:CA-KAN"], "in Kananaskis"),
        .init(["place:BE-LEU"], "in Leuven"),
        .init(["place:SG-SIN"], "in Singapore"),
        .init(["party:SG"], "Singapore and"),
        .init(["place:KH-PNH"], "in Phnom Penh"),
        .init(["place:KH-REP"], "in Siem Reap"),
        .init(["place:AO-LAD"], "in Luanda"),
        .init(["place:PH-MNL"], "in Manila", "in Metro Manila"),
        .init(["place:ID-DPS-NUS"], "in Nusa Dua"),
        .init(["place:DE-FRB"], "in Freiburg", "in Freiburg im Breisgau"),
        // Also a common word: a place only after a locative.
        .init(["place:HR-SPU"], "in Split"),
        .init(["place:KW-KWI"], "in Kuwait City"),
        .init(["party:KW"], "Kuwait and"),
        // Not Ireland.
        .init(["place:GB-NIR"], "in Northern Ireland"),
        // The longest name wins: "Guinea" starts three others.
        .init(["party:GQ"], "Equatorial Guinea"),
        .init(["party:GW"], "Guinea-Bissau"),
        .init(["party:PG"], "Papua New Guinea"),
        .init(["party:GN"], "Guinea"),
        .init(["party:CD"], "the DRC", "the Democratic Republic of the Congo"),
        .init(["party:CI"], "Ivory Coast", "Côte d'Ivoire"),
        .init(["party:TR"], "Türkiye", "Turkey"),
        .init(["party:OSCE"], "the OSCE", "the Organization for Security and Co-operation in Europe"),
        .init(["party:OIF"], "the Francophonie", "the International Organisation of La Francophonie"),
        // Not the European Council.
        .init(["party:COE"], "the Council of Europe"),
        .init(["party:EUCO"], "the European Council"),
        .init(["party:AFRICAN-UNION", "party:EU"], "AU-EU", "the African Union and the EU"),
        .init(["party:UNHCR"], "the UN Refugee Agency", "UNHCR"),
        .init(["role:Prime Minister", "person:Fumio Kishida"], "Prime Minister Fumio Kishida", "Prime Minister Fumio Kishida said"),
        .init(["role:Minister for Digital Transformation", "person:Masaaki Taira"], "Minister for Digital Transformation Masaaki Taira"),
        .init(["person:Masaaki Taira", "party:JP", "role:Minister for Digital Transformation"],
              "Masaaki Taira, Japan's Minister for Digital Transformation, said"),
        .init(["person:Ursula von der Leyen", "role:President of the European Commission", "party:EC"],
              "Ursula von der Leyen, President of the European Commission, said"),
        .init(["role:Executive Vice-President", "person:Henna Virkkunen"], "Executive Vice-President Henna Virkkunen said"),
        .init(["role:Commissioner", "person:Thierry Breton"], "Commissioner Thierry Breton"),
        .init(["person:Henna Virkkunen", "role:Executive Vice-President for Tech Sovereignty"],
              "Henna Virkkunen, Executive Vice-President for Tech Sovereignty, and"),
        // A state's adjective and "capital" name its capital city.
        .init(["place:SK-BTS"], "in the Slovak capital", "in Bratislava"),
        .init(["place:KE-NBO"], "in the Kenyan capital"),
        .init(["place:AG-SJO"], "in the Antiguan capital"),
        .init(["place:FR-PAR"], "in the French capital"),
    ]

    /// Near misses: no party, place, person or role.
    package static let negativeCorpus: [String] = [
        "let us go",                 // "us" is no US
        "a trade union",             // lower-case "union"
        "The minister said so.",     // a role without a name
        "the city council",
        "a nice day",                // "nice" is no Nice
        "an un-American act",
        "Chad and Jordan met in Georgia",   // first names and a US state, not states
        "Slovak capital markets",    // no determiner: capital is money
        "the European capital",      // the EU's adjective names no capital
        "Split decisions are rare",          // a word, not the Croatian city (only "in Split")
        "at Nancy Pelosi's request",         // a first name after "at", not the French city
    ]
}
