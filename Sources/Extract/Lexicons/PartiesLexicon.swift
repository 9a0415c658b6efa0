/// Parties: states, the EU and its institutions, international organisations and groupings.
///
/// Ids are ISO 3166 alpha-2 codes for states ("JP"), and short upper-case names for the rest
/// ("EU", "G7", "OECD"). Names written in capitals ("UE", "OCDE") match only capitalised tokens.
///
/// Properties the rules read:
/// - `series-party`: the party an institution stands for in an event series ("EC" → "EU"), so
///   "la Commission et le Japon signeront…" and "EU–Japan" make the same series.
/// - `adjective-of` (entries with an `adj:` id): adjectives and prefixes naming a party
///   ("japonais", "Japanese", "nippo-"). They never make a party mention of their own; they
///   only give an event its parties when they qualify the event noun ("sommet franco-allemand").
enum PartiesLexicon {
    static let entries: [LexiconEntry] = states + organisations + adjectives

    static let states: [LexiconEntry] = [
        party("JP", fr: ["Japon"], en: ["Japan"]),
        party("KR", fr: ["Corée du Sud", "Corée", "République de Corée"], en: ["South Korea", "Korea", "Republic of Korea"]),
        party("KP", fr: ["Corée du Nord"], en: ["North Korea"]),
        party("US", fr: ["États-Unis", "États-Unis d'Amérique"], en: ["United States", "United States of America", "US", "USA", "U.S."]),
        party("CN", fr: ["Chine", "République populaire de Chine"], en: ["China", "People's Republic of China"]),
        party("CA", fr: ["Canada"], en: ["Canada"]),
        party("IN", fr: ["Inde"], en: ["India"]),
        party("GB", fr: ["Royaume-Uni", "Grande-Bretagne"], en: ["United Kingdom", "UK", "Britain", "Great Britain"]),
        party("FR", fr: ["France"], en: ["France"]),
        party("DE", fr: ["Allemagne"], en: ["Germany"]),
        party("IT", fr: ["Italie"], en: ["Italy"]),
        party("ES", fr: ["Espagne"], en: ["Spain"]),
        party("PT", fr: ["Portugal"], en: ["Portugal"]),
        party("NL", fr: ["Pays-Bas"], en: ["Netherlands"]),
        party("BE", fr: ["Belgique"], en: ["Belgium"]),
        party("LU", fr: ["Luxembourg"], en: ["Luxembourg"]),
        party("IE", fr: ["Irlande"], en: ["Ireland"]),
        party("AT", fr: ["Autriche"], en: ["Austria"]),
        party("PL", fr: ["Pologne"], en: ["Poland"]),
        party("SE", fr: ["Suède"], en: ["Sweden"]),
        party("FI", fr: ["Finlande"], en: ["Finland"]),
        party("DK", fr: ["Danemark"], en: ["Denmark"]),
        party("GR", fr: ["Grèce"], en: ["Greece"]),
        party("CZ", fr: ["République tchèque", "Tchéquie"], en: ["Czech Republic", "Czechia"]),
        party("HU", fr: ["Hongrie"], en: ["Hungary"]),
        party("RO", fr: ["Roumanie"], en: ["Romania"]),
        party("CH", fr: ["Suisse"], en: ["Switzerland"]),
        party("NO", fr: ["Norvège"], en: ["Norway"]),
        party("UA", fr: ["Ukraine"], en: ["Ukraine"]),
        party("RU", fr: ["Russie"], en: ["Russia"]),
        party("TR", fr: ["Turquie"], en: ["Turkey", "Türkiye"]),
        party("AU", fr: ["Australie"], en: ["Australia"]),
        party("NZ", fr: ["Nouvelle-Zélande"], en: ["New Zealand"]),
        party("SG", fr: ["Singapour"], en: ["Singapore"]),
        party("TW", fr: ["Taïwan", "Taiwan"], en: ["Taiwan"]),
        party("VN", fr: ["Vietnam", "Viêt Nam"], en: ["Vietnam", "Viet Nam"]),
        party("ID", fr: ["Indonésie"], en: ["Indonesia"]),
        party("PH", fr: ["Philippines"], en: ["Philippines"]),
        party("TH", fr: ["Thaïlande"], en: ["Thailand"]),
        party("MY", fr: ["Malaisie"], en: ["Malaysia"]),
        party("BR", fr: ["Brésil"], en: ["Brazil"]),
        party("MX", fr: ["Mexique"], en: ["Mexico"]),
        party("AR", fr: ["Argentine"], en: ["Argentina"]),
        party("CL", fr: ["Chili"], en: ["Chile"]),
        party("ZA", fr: ["Afrique du Sud"], en: ["South Africa"]),
        party("EG", fr: ["Égypte"], en: ["Egypt"]),
        party("MA", fr: ["Maroc"], en: ["Morocco"]),
        party("NG", fr: ["Nigeria", "Nigéria"], en: ["Nigeria"]),
        party("KE", fr: ["Kenya"], en: ["Kenya"]),
        party("SA", fr: ["Arabie saoudite"], en: ["Saudi Arabia"]),
        party("AE", fr: ["Émirats arabes unis"], en: ["United Arab Emirates", "UAE"]),
        party("IL", fr: ["Israël"], en: ["Israel"]),
        party("IR", fr: ["Iran"], en: ["Iran"]),
        party("IQ", fr: ["Irak", "Iraq"], en: ["Iraq"]),
        party("SY", fr: ["Syrie"], en: ["Syria"]),
        party("PK", fr: ["Pakistan"], en: ["Pakistan"]),
        party("QA", fr: ["Qatar"], en: ["Qatar"]),
        party("DZ", fr: ["Algérie"], en: ["Algeria"]),
        party("TN", fr: ["Tunisie"], en: ["Tunisia"]),
        party("SN", fr: ["Sénégal"], en: ["Senegal"]),
        party("CO", fr: ["Colombie"], en: ["Colombia"]),
        party("PE", fr: ["Pérou"], en: ["Peru"]),
        party("UY", fr: ["Uruguay"], en: ["Uruguay"]),
        party("PY", fr: ["Paraguay"], en: ["Paraguay"]),
    ]

    static let organisations: [LexiconEntry] = [
        party("EU", fr: ["Union européenne", "UE", "Europe"], en: ["European Union", "Europe"], any: ["EU"]),
        party("EC", fr: ["Commission européenne"], en: ["European Commission"], series: "EU"),
        party("EP", fr: ["Parlement européen"], en: ["European Parliament"], series: "EU"),
        party("EUCO", fr: ["Conseil européen"], en: ["European Council"], series: "EU"),
        party("EU-COUNCIL", fr: ["Conseil de l'Union européenne", "Conseil de l'UE"],
              en: ["Council of the European Union", "Council of the EU"], series: "EU"),
        party("EEAS", fr: ["Service européen pour l'action extérieure", "SEAE"], en: ["European External Action Service", "EEAS"], series: "EU"),
        party("G7", fr: ["Groupe des Sept", "groupe des Sept"], en: ["Group of Seven", "Group of 7"], any: ["G7", "G-7"]),
        party("G20", fr: ["Groupe des Vingt", "groupe des Vingt"], en: ["Group of 20", "Group of Twenty"], any: ["G20", "G-20"]),
        party("OECD", fr: ["OCDE", "Organisation de coopération et de développement économiques"],
              en: ["OECD", "Organisation for Economic Co-operation and Development",
                   "Organization for Economic Cooperation and Development"]),
        party("UN", fr: ["ONU", "Nations unies", "Organisation des Nations unies"], en: ["UN", "United Nations"]),
        party("NATO", fr: ["OTAN"], en: ["NATO"]),
        party("ASEAN", fr: ["ASEAN", "ANASE"], en: ["ASEAN"]),
        party("WTO", fr: ["OMC", "Organisation mondiale du commerce"], en: ["WTO", "World Trade Organization"]),
        party("IMF", fr: ["FMI", "Fonds monétaire international"], en: ["IMF", "International Monetary Fund"]),
        party("WHO", fr: ["OMS", "Organisation mondiale de la santé"], en: ["WHO", "World Health Organization"]),
        party("AFRICAN-UNION", fr: ["Union africaine"], en: ["African Union"]),
        party("BRICS", any: ["BRICS"]),
        party("APEC", any: ["APEC"]),
        party("MERCOSUR", any: ["Mercosur", "MERCOSUR"]),
        party("JP-DIGITAL-AGENCY", fr: ["Agence numérique du Japon", "Agence numérique japonaise"],
              en: ["Digital Agency of Japan", "Japan's Digital Agency", "Japanese Digital Agency"], series: "JP"),
    ]

    static let adjectives: [LexiconEntry] = [
        adjective("EU", fr: ["européen", "européenne", "européens", "européennes", "euro"], en: ["European", "Euro"]),
        adjective("JP", fr: ["japonais", "japonaise", "japonaises", "nippon", "nippone", "nippons", "nippones", "nippo"],
                  en: ["Japanese", "Nippo"]),
        adjective("KR", fr: ["coréen", "coréenne", "coréens", "coréennes", "sud-coréen", "sud-coréenne", "sud-coréens",
                             "sud-coréennes", "coréano"], en: ["Korean", "South Korean"]),
        adjective("US", fr: ["américain", "américaine", "américains", "américaines", "américano"], en: ["American"]),
        adjective("CN", fr: ["chinois", "chinoise", "chinoises", "sino"], en: ["Chinese", "Sino"]),
        adjective("CA", fr: ["canadien", "canadienne", "canadiens", "canadiennes", "canado"], en: ["Canadian"]),
        adjective("IN", fr: ["indien", "indienne", "indiens", "indiennes", "indo"], en: ["Indian", "Indo"]),
        adjective("GB", fr: ["britannique", "britanniques", "anglo"], en: ["British", "Anglo"]),
        adjective("FR", fr: ["français", "française", "françaises", "franco"], en: ["French", "Franco"]),
        adjective("DE", fr: ["allemand", "allemande", "allemands", "allemandes", "germano"], en: ["German", "Germano"]),
        adjective("IT", fr: ["italien", "italienne", "italiens", "italiennes", "italo"], en: ["Italian", "Italo"]),
        adjective("ES", fr: ["espagnol", "espagnole", "espagnols", "espagnoles", "hispano"], en: ["Spanish", "Hispano"]),
        adjective("AU", fr: ["australien", "australienne", "australiens", "australiennes"], en: ["Australian"]),
        adjective("RU", fr: ["russe", "russes", "russo"], en: ["Russian", "Russo"]),
        adjective("UA", fr: ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"], en: ["Ukrainian"]),
        adjective("BR", fr: ["brésilien", "brésilienne", "brésiliens", "brésiliennes"], en: ["Brazilian"]),
        adjective("MX", fr: ["mexicain", "mexicaine", "mexicains", "mexicaines"], en: ["Mexican"]),
        adjective("SG", fr: ["singapourien", "singapourienne"], en: ["Singaporean"]),
        adjective("CH", fr: ["suisse", "suisses"], en: ["Swiss"]),
        adjective("TR", fr: ["turc", "turque", "turcs", "turques"], en: ["Turkish"]),
    ]

    private static func party(_ id: String, fr: [String] = [], en: [String] = [], any: [String] = [],
                              series: String? = nil) -> LexiconEntry {
        LexiconEntry(kind: .party, id: id, fr: fr, en: en, any: any,
                     properties: series.map { ["series-party": $0] } ?? [:])
    }

    private static func adjective(_ of: String, fr: [String], en: [String]) -> LexiconEntry {
        LexiconEntry(kind: .party, id: "adj:" + of, fr: fr, en: en, properties: ["adjective-of": of])
    }
}
