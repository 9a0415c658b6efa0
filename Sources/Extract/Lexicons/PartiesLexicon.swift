/// Parties: states, the EU and its institutions, international organisations and groupings.
///
/// Ids are ISO 3166 alpha-2 codes for states ("JP"; "XK" for Kosovo, as the EU and the IMF
/// write it; "ECU" for Ecuador, whose "EC" the European Commission had first), and short upper-case names for the rest ("EU", "G7", "OECD"). Names written in
/// capitals ("UE", "OCDE") match only capitalised tokens.
///
/// One spelling names one party per language: where two bodies share an acronym ("BAD" is the
/// African Development Bank in French, the Asian one is "BAsD"), only the one newsrooms mean by
/// it has it. Names that are also first names or common words are left out or written in a
/// longer form; the comments say which.
///
/// Properties the rules read:
/// - `series-party`: the party an institution stands for in an event series ("EC" → "EU"), so
///   "la Commission et le Japon signeront…" and "EU–Japan" make the same series.
/// - `adjective-of` (entries with an `adj:` id): adjectives and prefixes naming a party
///   ("japonais", "Japanese", "nippo-"). They never make a party mention of their own; they
///   only give an event its parties when they qualify the event noun ("sommet franco-allemand").
/// - `organisation` (on the entries of `organisations`, the EU aside): an organisation or
///   grouping, not a state. An article about one tells its gatherings without naming it each time ("the 56th
///   regular session"); see `EventParties`.
/// - `capital` (on an adjective): the place id of the state's capital, for "the Slovak capital",
///   "la capitale slovaque". Left out where newsrooms mean another city as often (Israel, South
///   Africa, Côte d'Ivoire, Tanzania).
enum PartiesLexicon {
    /// Every organisation but the EU is marked `organisation`: the EU is one side of most of
    /// the summits newsrooms report (EU–Japan, EU–China), and an article that names it most is
    /// as often about a summit with a partner or a process it backs (the Berlin Process, the
    /// Three Seas) as about its own meetings, which are named ("EU summit", "European Council").
    static let entries: [LexiconEntry] = states + organisations.map { $0.id == "EU" ? $0 : asOrganisation($0) } + adjectives

    static let states: [LexiconEntry] = [
        // East Asia
        party("JP", fr: ["Japon"], en: ["Japan"]),
        party("KR", fr: ["Corée du Sud", "Corée", "République de Corée"], en: ["South Korea", "Korea", "Republic of Korea"]),
        party("KP", fr: ["Corée du Nord"], en: ["North Korea"]),
        party("CN", fr: ["Chine", "République populaire de Chine"], en: ["China", "People's Republic of China"]),
        party("TW", fr: ["Taïwan", "Taiwan"], en: ["Taiwan"]),
        party("MN", fr: ["Mongolie"], en: ["Mongolia"]),

        // Southeast Asia
        party("SG", fr: ["Singapour"], en: ["Singapore"]),
        party("VN", fr: ["Vietnam", "Viêt Nam"], en: ["Vietnam", "Viet Nam"]),
        party("ID", fr: ["Indonésie"], en: ["Indonesia"]),
        party("PH", fr: ["Philippines"], en: ["Philippines"]),
        party("TH", fr: ["Thaïlande"], en: ["Thailand"]),
        party("MY", fr: ["Malaisie"], en: ["Malaysia"]),
        party("KH", fr: ["Cambodge"], en: ["Cambodia"]),
        party("LA", fr: ["Laos"], en: ["Laos"]),
        party("MM", fr: ["Birmanie", "Myanmar"], en: ["Myanmar", "Burma"]),
        party("BN", fr: ["Brunei", "Brunéi"], en: ["Brunei"]),
        party("TL", fr: ["Timor-Leste", "Timor oriental"], en: ["Timor-Leste", "East Timor"]),

        // South and Central Asia
        party("IN", fr: ["Inde"], en: ["India"]),
        party("PK", fr: ["Pakistan"], en: ["Pakistan"]),
        party("AF", fr: ["Afghanistan"], en: ["Afghanistan"]),
        party("BD", fr: ["Bangladesh"], en: ["Bangladesh"]),
        party("NP", fr: ["Népal"], en: ["Nepal"]),
        party("BT", fr: ["Bhoutan"], en: ["Bhutan"]),
        party("LK", fr: ["Sri Lanka"], en: ["Sri Lanka"]),
        party("MV", fr: ["Maldives"], en: ["Maldives"]),
        party("KZ", fr: ["Kazakhstan"], en: ["Kazakhstan"]),
        party("UZ", fr: ["Ouzbékistan"], en: ["Uzbekistan"]),
        party("TM", fr: ["Turkménistan"], en: ["Turkmenistan"]),
        party("KG", fr: ["Kirghizistan", "Kirghizstan"], en: ["Kyrgyzstan"]),
        party("TJ", fr: ["Tadjikistan"], en: ["Tajikistan"]),

        // Middle East
        party("TR", fr: ["Turquie", "Türkiye"], en: ["Turkey", "Türkiye"]),
        party("SA", fr: ["Arabie saoudite"], en: ["Saudi Arabia"]),
        party("AE", fr: ["Émirats arabes unis"], en: ["United Arab Emirates", "UAE"]),
        party("IL", fr: ["Israël"], en: ["Israel"]),
        party("PS", fr: ["Palestine", "État de Palestine", "Autorité palestinienne"],
              en: ["Palestine", "State of Palestine", "Palestinian Authority"]),
        party("IR", fr: ["Iran"], en: ["Iran"]),
        party("IQ", fr: ["Irak", "Iraq"], en: ["Iraq"]),
        party("SY", fr: ["Syrie"], en: ["Syria"]),
        party("LB", fr: ["Liban"], en: ["Lebanon"]),
        // "Jordan" alone is a first name and a river.
        party("JO", fr: ["Jordanie"], en: ["Hashemite Kingdom of Jordan"]),
        party("QA", fr: ["Qatar"], en: ["Qatar"]),
        party("KW", fr: ["Koweït"], en: ["Kuwait"]),
        party("BH", fr: ["Bahreïn"], en: ["Bahrain"]),
        party("OM", fr: ["Oman"], en: ["Oman"]),
        party("YE", fr: ["Yémen"], en: ["Yemen"]),

        // European Union
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
        party("BG", fr: ["Bulgarie"], en: ["Bulgaria"]),
        party("HR", fr: ["Croatie"], en: ["Croatia"]),
        party("SI", fr: ["Slovénie"], en: ["Slovenia"]),
        party("SK", fr: ["Slovaquie"], en: ["Slovakia"]),
        party("EE", fr: ["Estonie"], en: ["Estonia"]),
        party("LV", fr: ["Lettonie"], en: ["Latvia"]),
        party("LT", fr: ["Lituanie"], en: ["Lithuania"]),
        party("CY", fr: ["Chypre"], en: ["Cyprus"]),
        party("MT", fr: ["Malte"], en: ["Malta"]),

        // Rest of Europe
        party("GB", fr: ["Royaume-Uni", "Grande-Bretagne"], en: ["United Kingdom", "UK", "Britain", "Great Britain"]),
        party("CH", fr: ["Suisse"], en: ["Switzerland"]),
        party("NO", fr: ["Norvège"], en: ["Norway"]),
        party("IS", fr: ["Islande"], en: ["Iceland"]),
        party("LI", fr: ["Liechtenstein"], en: ["Liechtenstein"]),
        party("AD", fr: ["Andorre"], en: ["Andorra"]),
        party("MC", fr: ["Monaco"], en: ["Monaco"]),
        party("SM", fr: ["Saint-Marin"], en: ["San Marino"]),
        party("VA", fr: ["Saint-Siège", "Vatican"], en: ["Holy See", "Vatican"]),
        party("UA", fr: ["Ukraine"], en: ["Ukraine"]),
        party("RU", fr: ["Russie", "Fédération de Russie"], en: ["Russia", "Russian Federation"]),
        party("BY", fr: ["Biélorussie", "Bélarus"], en: ["Belarus"]),
        party("MD", fr: ["Moldavie", "Moldova"], en: ["Moldova"]),
        party("AL", fr: ["Albanie"], en: ["Albania"]),
        party("BA", fr: ["Bosnie-Herzégovine", "Bosnie"], en: ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"]),
        party("ME", fr: ["Monténégro"], en: ["Montenegro"]),
        // Bare "Macedonia" is also the Greek region.
        party("MK", fr: ["Macédoine du Nord"], en: ["North Macedonia"]),
        party("RS", fr: ["Serbie"], en: ["Serbia"]),
        party("XK", fr: ["Kosovo"], en: ["Kosovo"]),
        // "Georgia" alone is more often the US state in English news; "Géorgie" is the country
        // in French ones ("l'État de Géorgie" is rare).
        party("GE", fr: ["Géorgie"], en: ["Republic of Georgia"]),
        party("AM", fr: ["Arménie"], en: ["Armenia"]),
        party("AZ", fr: ["Azerbaïdjan"], en: ["Azerbaijan"]),

        // North America and the Caribbean
        party("US", fr: ["États-Unis", "États-Unis d'Amérique"], en: ["United States", "United States of America", "US", "USA", "U.S."]),
        party("CA", fr: ["Canada"], en: ["Canada"]),
        party("MX", fr: ["Mexique"], en: ["Mexico"]),
        party("CU", fr: ["Cuba"], en: ["Cuba"]),
        party("HT", fr: ["Haïti"], en: ["Haiti"]),
        party("DO", fr: ["République dominicaine"], en: ["Dominican Republic"]),
        party("JM", fr: ["Jamaïque"], en: ["Jamaica"]),
        party("BS", fr: ["Bahamas"], en: ["Bahamas"]),
        party("BB", fr: ["Barbade"], en: ["Barbados"]),
        party("TT", fr: ["Trinité-et-Tobago"], en: ["Trinidad and Tobago"]),
        // "Dominique" is a French first name.
        party("DM", fr: ["Commonwealth de la Dominique"], en: ["Dominica"]),
        // "Grenade" is Granada, the Spanish city, in French.
        party("GD", en: ["Grenada"]),
        party("LC", fr: ["Sainte-Lucie"], en: ["Saint Lucia", "St Lucia", "St. Lucia"]),
        party("VC", fr: ["Saint-Vincent-et-les-Grenadines"], en: ["Saint Vincent and the Grenadines"]),
        party("KN", fr: ["Saint-Christophe-et-Niévès"], en: ["Saint Kitts and Nevis", "St Kitts and Nevis"]),
        party("AG", fr: ["Antigua-et-Barbuda"], en: ["Antigua and Barbuda"]),

        // Central and South America
        party("GT", fr: ["Guatemala"], en: ["Guatemala"]),
        party("BZ", fr: ["Belize"], en: ["Belize"]),
        party("HN", fr: ["Honduras"], en: ["Honduras"]),
        // "Salvador" alone is also Salvador de Bahia and a first name.
        party("SV", fr: ["El Salvador"], en: ["El Salvador"]),
        party("NI", fr: ["Nicaragua"], en: ["Nicaragua"]),
        party("CR", fr: ["Costa Rica"], en: ["Costa Rica"]),
        party("PA", fr: ["Panama"], en: ["Panama"]),
        party("BR", fr: ["Brésil"], en: ["Brazil"]),
        party("AR", fr: ["Argentine"], en: ["Argentina"]),
        party("CL", fr: ["Chili"], en: ["Chile"]),
        party("CO", fr: ["Colombie"], en: ["Colombia"]),
        party("PE", fr: ["Pérou"], en: ["Peru"]),
        party("UY", fr: ["Uruguay"], en: ["Uruguay"]),
        party("PY", fr: ["Paraguay"], en: ["Paraguay"]),
        party("BO", fr: ["Bolivie"], en: ["Bolivia"]),
        // "EC" is the European Commission here, so Ecuador takes its alpha-3 code. "l'équateur"
        // (the line) is written in lower case.
        party("ECU", fr: ["Équateur"], en: ["Ecuador"]),
        party("VE", fr: ["Venezuela"], en: ["Venezuela"]),
        party("GY", fr: ["Guyana"], en: ["Guyana"]),
        party("SR", fr: ["Suriname"], en: ["Suriname"]),

        // North Africa
        party("EG", fr: ["Égypte"], en: ["Egypt"]),
        party("MA", fr: ["Maroc"], en: ["Morocco"]),
        party("DZ", fr: ["Algérie"], en: ["Algeria"]),
        party("TN", fr: ["Tunisie"], en: ["Tunisia"]),
        party("LY", fr: ["Libye"], en: ["Libya"]),
        party("SD", fr: ["Soudan"], en: ["Sudan"]),
        party("SS", fr: ["Soudan du Sud"], en: ["South Sudan"]),
        party("MR", fr: ["Mauritanie"], en: ["Mauritania"]),

        // West Africa. "Guinée"/"Guinea" and the longer names that start with it: the longest wins.
        party("SN", fr: ["Sénégal"], en: ["Senegal"]),
        party("NG", fr: ["Nigeria", "Nigéria"], en: ["Nigeria"]),
        party("NE", fr: ["Niger"], en: ["Niger"]),
        party("ML", fr: ["Mali"], en: ["Mali"]),
        party("BF", fr: ["Burkina Faso", "Burkina"], en: ["Burkina Faso"]),
        party("CI", fr: ["Côte d'Ivoire", "Côte-d'Ivoire"], en: ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"]),
        party("GH", fr: ["Ghana"], en: ["Ghana"]),
        party("TG", fr: ["Togo"], en: ["Togo"]),
        party("BJ", fr: ["Bénin"], en: ["Benin"]),
        party("GN", fr: ["Guinée", "Guinée-Conakry"], en: ["Guinea"]),
        party("GW", fr: ["Guinée-Bissau"], en: ["Guinea-Bissau"]),
        party("SL", fr: ["Sierra Leone"], en: ["Sierra Leone"]),
        party("LR", fr: ["Liberia", "Libéria"], en: ["Liberia"]),
        party("GM", fr: ["Gambie"], en: ["Gambia"]),
        party("CV", fr: ["Cap-Vert", "Cabo Verde"], en: ["Cabo Verde", "Cape Verde"]),

        // Central Africa. Bare "Congo" is left out: newsrooms mean either state by it (and the river).
        party("CM", fr: ["Cameroun"], en: ["Cameroon"]),
        // "Chad" alone is a first name.
        party("TD", fr: ["Tchad"], en: ["Republic of Chad"]),
        party("CF", fr: ["Centrafrique", "République centrafricaine"], en: ["Central African Republic"]),
        party("GA", fr: ["Gabon"], en: ["Gabon"]),
        party("GQ", fr: ["Guinée équatoriale"], en: ["Equatorial Guinea"]),
        party("CG", fr: ["République du Congo", "Congo-Brazzaville"],
              en: ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"]),
        party("CD", fr: ["République démocratique du Congo", "RDC", "RD Congo", "Congo-Kinshasa"],
              en: ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC", "DR Congo", "Congo-Kinshasa"]),
        party("ST", fr: ["Sao Tomé-et-Principe", "São Tomé-et-Príncipe"], en: ["São Tomé and Príncipe", "Sao Tome and Principe"]),

        // East Africa and the Horn
        party("KE", fr: ["Kenya"], en: ["Kenya"]),
        party("ET", fr: ["Éthiopie"], en: ["Ethiopia"]),
        party("ER", fr: ["Érythrée"], en: ["Eritrea"]),
        party("DJ", fr: ["Djibouti"], en: ["Djibouti"]),
        party("SO", fr: ["Somalie"], en: ["Somalia"]),
        party("UG", fr: ["Ouganda"], en: ["Uganda"]),
        party("RW", fr: ["Rwanda"], en: ["Rwanda"]),
        party("BI", fr: ["Burundi"], en: ["Burundi"]),
        party("TZ", fr: ["Tanzanie"], en: ["Tanzania"]),

        // Southern Africa and the Indian Ocean
        party("ZA", fr: ["Afrique du Sud"], en: ["South Africa"]),
        party("AO", fr: ["Angola"], en: ["Angola"]),
        party("ZM", fr: ["Zambie"], en: ["Zambia"]),
        party("ZW", fr: ["Zimbabwe"], en: ["Zimbabwe"]),
        party("MZ", fr: ["Mozambique"], en: ["Mozambique"]),
        party("MW", fr: ["Malawi"], en: ["Malawi"]),
        party("NA", fr: ["Namibie"], en: ["Namibia"]),
        party("BW", fr: ["Botswana"], en: ["Botswana"]),
        party("LS", fr: ["Lesotho"], en: ["Lesotho"]),
        party("SZ", fr: ["Eswatini", "Swaziland"], en: ["Eswatini", "Swaziland"]),
        party("MG", fr: ["Madagascar"], en: ["Madagascar"]),
        // "Maurice" alone is a French first name.
        party("MU", fr: ["île Maurice", "République de Maurice"], en: ["Mauritius"]),
        party("KM", fr: ["Comores"], en: ["Comoros"]),
        party("SC", fr: ["Seychelles"], en: ["Seychelles"]),

        // Oceania
        party("AU", fr: ["Australie"], en: ["Australia"]),
        party("NZ", fr: ["Nouvelle-Zélande"], en: ["New Zealand"]),
        party("PG", fr: ["Papouasie-Nouvelle-Guinée"], en: ["Papua New Guinea"]),
        party("FJ", fr: ["Fidji"], en: ["Fiji"]),
        party("SB", fr: ["Îles Salomon"], en: ["Solomon Islands"]),
        party("VU", fr: ["Vanuatu"], en: ["Vanuatu"]),
        party("WS", fr: ["Samoa"], en: ["Samoa"]),
        party("TO", fr: ["Tonga"], en: ["Tonga"]),
        party("KI", fr: ["Kiribati"], en: ["Kiribati"]),
        party("TV", fr: ["Tuvalu"], en: ["Tuvalu"]),
        party("NR", fr: ["Nauru"], en: ["Nauru"]),
        party("PW", fr: ["Palaos", "Palau"], en: ["Palau"]),
        party("MH", fr: ["Îles Marshall"], en: ["Marshall Islands"]),
        // Bare "Micronesia" is also the region.
        party("FM", fr: ["États fédérés de Micronésie"], en: ["Federated States of Micronesia"]),
    ]

    static let organisations: [LexiconEntry] = [
        // The European Union and its institutions
        party("EU", fr: ["Union européenne", "UE", "Europe"], en: ["European Union", "Europe"], any: ["EU"]),
        party("EC", fr: ["Commission européenne"], en: ["European Commission"], series: "EU"),
        party("EP", fr: ["Parlement européen"], en: ["European Parliament"], series: "EU"),
        party("EUCO", fr: ["Conseil européen"], en: ["European Council"], series: "EU"),
        party("EU-COUNCIL", fr: ["Conseil de l'Union européenne", "Conseil de l'UE"],
              en: ["Council of the European Union", "Council of the EU"], series: "EU"),
        party("EEAS", fr: ["Service européen pour l'action extérieure", "SEAE"], en: ["European External Action Service", "EEAS"], series: "EU"),
        party("JP-DIGITAL-AGENCY", fr: ["Agence numérique du Japon", "Agence numérique japonaise"],
              en: ["Digital Agency of Japan", "Japan's Digital Agency", "Japanese Digital Agency"], series: "JP"),

        // Europe beyond the EU. The Council of Europe (Strasbourg) is not the European Council.
        party("COE", fr: ["Conseil de l'Europe"], en: ["Council of Europe"]),
        party("OSCE", fr: ["OSCE", "Organisation pour la sécurité et la coopération en Europe"],
              en: ["OSCE", "Organization for Security and Co-operation in Europe",
                   "Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"]),
        party("EFTA", fr: ["AELE", "Association européenne de libre-échange"], en: ["EFTA", "European Free Trade Association"]),
        party("EBRD", fr: ["BERD", "Banque européenne pour la reconstruction et le développement"],
              en: ["EBRD", "European Bank for Reconstruction and Development"]),
        party("CIS", fr: ["CEI", "Communauté des États indépendants"], en: ["CIS", "Commonwealth of Independent States"]),

        // The UN and its agencies
        party("UN", fr: ["ONU", "Nations unies", "Organisation des Nations unies"], en: ["UN", "U.N.", "United Nations"]),
        party("WHO", fr: ["OMS", "Organisation mondiale de la santé"], en: ["WHO", "World Health Organization"]),
        party("UNESCO", any: ["UNESCO", "Unesco"]),
        party("FAO", fr: ["Organisation des Nations unies pour l'alimentation et l'agriculture"],
              en: ["Food and Agriculture Organization"], any: ["FAO"]),
        party("ILO", fr: ["OIT", "Organisation internationale du travail"],
              en: ["ILO", "International Labour Organization", "International Labour Organisation"]),
        party("UNHCR", fr: ["HCR", "Haut Commissariat des Nations unies pour les réfugiés", "Haut-Commissariat des Nations unies pour les réfugiés"],
              en: ["UN Refugee Agency", "UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees"],
              any: ["UNHCR"]),
        party("IAEA", fr: ["AIEA", "Agence internationale de l'énergie atomique"], en: ["IAEA", "International Atomic Energy Agency"]),
        party("WTO", fr: ["OMC", "Organisation mondiale du commerce"], en: ["WTO", "World Trade Organization"]),
        party("IMF", fr: ["FMI", "Fonds monétaire international"], en: ["IMF", "International Monetary Fund"]),
        party("WORLD-BANK", fr: ["Banque mondiale"], en: ["World Bank"]),
        // "ICC" is also the International Cricket Council and the International Chamber of Commerce.
        party("ICC", fr: ["CPI", "Cour pénale internationale"], en: ["ICC", "International Criminal Court"]),
        party("INTERPOL", any: ["Interpol", "INTERPOL"]),

        // Groupings of states
        party("G7", fr: ["Groupe des Sept", "groupe des Sept"], en: ["Group of Seven", "Group of 7"], any: ["G7", "G-7"]),
        party("G20", fr: ["Groupe des Vingt", "groupe des Vingt"], en: ["Group of 20", "Group of Twenty"], any: ["G20", "G-20"]),
        party("G77", fr: ["Groupe des 77", "groupe des 77"], en: ["Group of 77"], any: ["G77", "G-77"]),
        party("OECD", fr: ["OCDE", "Organisation de coopération et de développement économiques"],
              en: ["OECD", "Organisation for Economic Co-operation and Development",
                   "Organization for Economic Cooperation and Development"]),
        party("NATO", fr: ["OTAN"], en: ["NATO"]),
        party("BRICS", any: ["BRICS"]),
        party("NDB", fr: ["Nouvelle Banque de développement", "NBD"], en: ["New Development Bank", "NDB"]),
        party("OPEC", fr: ["OPEP", "Organisation des pays exportateurs de pétrole"],
              en: ["OPEC", "Organization of the Petroleum Exporting Countries"]),
        // "Quad" at the head of a sentence could be a quad bike; rare in diplomatic news.
        party("QUAD", fr: ["Dialogue quadrilatéral pour la sécurité"], en: ["Quadrilateral Security Dialogue"], any: ["Quad"]),
        party("AUKUS", any: ["AUKUS", "Aukus"]),
        party("OIF", fr: ["Organisation internationale de la Francophonie"],
              en: ["International Organisation of La Francophonie", "International Organization of La Francophonie",
                   "Organisation internationale de la Francophonie"],
              any: ["OIF", "Francophonie"]),
        // Also the start of "Commonwealth of Independent States" (longer, so it wins) and of US
        // states' formal names ("Commonwealth of Virginia"), a risk in American news.
        party("COMMONWEALTH", fr: ["Commonwealth"], en: ["Commonwealth", "Commonwealth of Nations"]),

        // Asia and the Pacific
        party("ASEAN", fr: ["ASEAN", "ANASE", "Association des nations de l'Asie du Sud-Est"],
              en: ["ASEAN", "Association of Southeast Asian Nations"]),
        party("APEC", any: ["APEC"]),
        party("SCO", fr: ["OCS", "Organisation de coopération de Shanghai"],
              en: ["SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"]),
        // Its acronym "PIF" is more often Saudi Arabia's Public Investment Fund.
        party("PIF", fr: ["Forum des îles du Pacifique"], en: ["Pacific Islands Forum"]),
        // The Asian Development Bank is "BAsD" in French: "BAD" is the African one.
        party("ADB", fr: ["BAsD", "Banque asiatique de développement"], en: ["ADB", "Asian Development Bank"]),

        party("SAARC", fr: ["Association sud-asiatique pour la coopération régionale"],
              en: ["South Asian Association for Regional Cooperation"], any: ["SAARC", "ASACR"]),
        party("BIMSTEC", fr: ["Initiative du golfe du Bengale pour la coopération technique et économique multisectorielle"],
              en: ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"], any: ["BIMSTEC", "Bimstec"]),

        // Africa
        party("AFRICAN-UNION", fr: ["Union africaine", "UA"], en: ["African Union", "AU"]),
        party("AFDB", fr: ["BAD", "Banque africaine de développement"], en: ["AfDB", "African Development Bank"]),
        party("ECOWAS", fr: ["CEDEAO", "Cédéao", "Communauté économique des États de l'Afrique de l'Ouest"],
              en: ["ECOWAS", "Economic Community of West African States"]),
        party("SADC", fr: ["Communauté de développement de l'Afrique australe"],
              en: ["Southern African Development Community"], any: ["SADC"]),
        // Its French acronym "CAE" also names France's Conseil d'analyse économique.
        party("EAC", fr: ["Communauté d'Afrique de l'Est"], en: ["EAC", "East African Community"]),
        party("COMESA", fr: ["Marché commun de l'Afrique orientale et australe"],
              en: ["Common Market for Eastern and Southern Africa"], any: ["COMESA", "Comesa"]),
        party("IGAD", fr: ["Autorité intergouvernementale pour le développement"],
              en: ["Intergovernmental Authority on Development"], any: ["IGAD", "Igad"]),
        party("CEMAC", fr: ["Communauté économique et monétaire de l'Afrique centrale"],
              en: ["Central African Economic and Monetary Community"], any: ["CEMAC", "Cémac"]),
        party("WAEMU", fr: ["UEMOA", "Union économique et monétaire ouest-africaine"],
              en: ["WAEMU", "West African Economic and Monetary Union"]),
        // Not its English acronym "IOC", the Olympic committee's.
        party("INDIAN-OCEAN-COMMISSION", fr: ["Commission de l'océan Indien", "COI"], en: ["Indian Ocean Commission"]),
        party("ECCAS", fr: ["CEEAC", "Communauté économique des États de l'Afrique centrale"],
              en: ["ECCAS", "Economic Community of Central African States"]),

        // The Americas
        party("MERCOSUR", any: ["Mercosur", "MERCOSUR"]),
        party("OAS", fr: ["OEA", "Organisation des États américains"], en: ["OAS", "Organization of American States"]),
        party("CELAC", fr: ["Communauté des États latino-américains et caraïbes"],
              en: ["Community of Latin American and Caribbean States"], any: ["CELAC", "Celac"]),
        party("PACIFIC-ALLIANCE", fr: ["Alliance du Pacifique"], en: ["Pacific Alliance"]),
        party("ANDEAN-COMMUNITY", fr: ["Communauté andine", "Communauté andine des nations"],
              en: ["Andean Community", "Andean Community of Nations"]),
        party("SICA", fr: ["Système d'intégration centraméricain"], en: ["Central American Integration System"], any: ["SICA"]),
        party("CARICOM", fr: ["Communauté caribéenne", "Communauté des Caraïbes"], en: ["Caribbean Community"], any: ["CARICOM", "Caricom"]),

        // Regions that meet the EU as one side: "the EU–Central Asia summit", "les cinq
        // républiques d'Asie centrale". Named by their states too ("Leaders of the EU and the
        // five Central Asian republics met"), never by the bare adjective.
        party("CENTRAL-ASIA", fr: ["Asie centrale", "républiques d'Asie centrale", "pays d'Asie centrale", "États d'Asie centrale"],
              en: ["Central Asia", "Central Asian republics", "Central Asian states", "Central Asian countries", "Central Asian nations"]),

        // The Nordic parliaments' assembly, and the governments' body beside it.
        party("NORDIC-COUNCIL", fr: ["Conseil nordique"], en: ["Nordic Council"]),
        party("NORDIC-COUNCIL-OF-MINISTERS", fr: ["Conseil nordique des ministres"], en: ["Nordic Council of Ministers"]),

        // The Mediterranean: the EU's 27 and the southern and eastern shores.
        party("UFM", fr: ["Union pour la Méditerranée", "UpM"], en: ["Union for the Mediterranean", "UfM"]),

        // The Arab world
        party("ARAB-LEAGUE", fr: ["Ligue arabe", "Ligue des États arabes"], en: ["Arab League", "League of Arab States"]),
        party("GCC", fr: ["CCG", "Conseil de coopération du Golfe"], en: ["GCC", "Gulf Cooperation Council"]),
        party("OIC", fr: ["OCI", "Organisation de la coopération islamique"], en: ["OIC", "Organisation of Islamic Cooperation",
                                                                                "Organization of Islamic Cooperation"]),

        // Spain, Portugal, Andorra and the Spanish- and Portuguese-speaking Americas. "Ibero-American"
        // is theirs, not the United States' ("American").
        party("IBERO-AMERICA", fr: ["Communauté ibéro-américaine", "Ibéro-Amérique", "SEGIB"],
              en: ["Ibero-American Community", "Ibero-America", "SEGIB"]),
    ]

    static let adjectives: [LexiconEntry] = [
        adjective("EU", fr: ["européen", "européenne", "européens", "européennes", "euro"], en: ["European", "Euro"]),
        adjective("JP", fr: ["japonais", "japonaise", "japonaises", "nippon", "nippone", "nippons", "nippones", "nippo"],
                  en: ["Japanese", "Nippo"], capital: "JP-TYO"),
        adjective("KR", fr: ["coréen", "coréenne", "coréens", "coréennes", "sud-coréen", "sud-coréenne", "sud-coréens",
                             "sud-coréennes", "coréano"], en: ["Korean", "South Korean"], capital: "KR-SEL"),
        adjective("KP", fr: ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes"], en: ["North Korean"], capital: "KP-FNJ"),
        adjective("US", fr: ["américain", "américaine", "américains", "américaines", "américano"], en: ["American"], capital: "US-WAS"),
        adjective("IBERO-AMERICA", fr: ["ibéro-américain", "ibéro-américaine", "ibéro-américains", "ibéro-américaines"],
                  en: ["Ibero-American", "Iberoamerican"]),
        adjective("CN", fr: ["chinois", "chinoise", "chinoises", "sino"], en: ["Chinese", "Sino"], capital: "CN-BJS"),
        adjective("CA", fr: ["canadien", "canadienne", "canadiens", "canadiennes", "canado"], en: ["Canadian"], capital: "CA-OTT"),
        adjective("IN", fr: ["indien", "indienne", "indiens", "indiennes", "indo"], en: ["Indian", "Indo"], capital: "IN-DEL"),
        adjective("PK", fr: ["pakistanais", "pakistanaise", "pakistanaises"], en: ["Pakistani"], capital: "PK-ISB"),
        adjective("GB", fr: ["britannique", "britanniques", "anglo"], en: ["British", "Anglo"], capital: "GB-LON"),
        adjective("FR", fr: ["français", "française", "françaises", "franco"], en: ["French", "Franco"], capital: "FR-PAR"),
        adjective("DE", fr: ["allemand", "allemande", "allemands", "allemandes", "germano"], en: ["German", "Germano"], capital: "DE-BER"),
        adjective("IT", fr: ["italien", "italienne", "italiens", "italiennes", "italo"], en: ["Italian", "Italo"], capital: "IT-ROM"),
        adjective("ES", fr: ["espagnol", "espagnole", "espagnols", "espagnoles", "hispano"], en: ["Spanish", "Hispano"], capital: "ES-MAD"),
        adjective("PT", fr: ["portugais", "portugaise", "portugaises", "luso"], en: ["Portuguese", "Luso"], capital: "PT-LIS"),
        adjective("NL", fr: ["néerlandais", "néerlandaise", "néerlandaises"], en: ["Dutch"], capital: "NL-AMS"),
        adjective("BE", fr: ["belge", "belges", "belgo"], en: ["Belgian"], capital: "BE-BRU"),
        adjective("IE", fr: ["irlandais", "irlandaise", "irlandaises"], en: ["Irish"], capital: "IE-DUB"),
        adjective("PL", fr: ["polonais", "polonaise", "polonaises", "polono"], en: ["Polish"], capital: "PL-WAW"),
        adjective("SE", fr: ["suédois", "suédoise", "suédoises"], en: ["Swedish"], capital: "SE-STO"),
        adjective("GR", fr: ["grec", "grecque", "grecs", "grecques", "gréco"], en: ["Greek", "Greco"], capital: "GR-ATH"),
        adjective("CH", fr: ["suisse", "suisses"], en: ["Swiss"], capital: "CH-BRN"),
        adjective("TR", fr: ["turc", "turque", "turcs", "turques"], en: ["Turkish"], capital: "TR-ANK"),
        adjective("RU", fr: ["russe", "russes", "russo"], en: ["Russian", "Russo"], capital: "RU-MOW"),
        adjective("UA", fr: ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"], en: ["Ukrainian"], capital: "UA-IEV"),
        adjective("IL", fr: ["israélien", "israélienne", "israéliens", "israéliennes", "israélo"], en: ["Israeli"]),
        adjective("IR", fr: ["iranien", "iranienne", "iraniens", "iraniennes", "irano"], en: ["Iranian"], capital: "IR-THR"),
        adjective("SA", fr: ["saoudien", "saoudienne", "saoudiens", "saoudiennes"], en: ["Saudi"], capital: "SA-RUH"),
        adjective("AE", fr: ["émirien", "émirienne", "émiriens", "émiriennes"], en: ["Emirati"], capital: "AE-AUH"),
        adjective("QA", fr: ["qatari", "qatarie", "qataris", "qataries"], en: ["Qatari"], capital: "QA-DOH"),
        adjective("EG", fr: ["égyptien", "égyptienne", "égyptiens", "égyptiennes"], en: ["Egyptian"], capital: "EG-CAI"),
        adjective("ZA", fr: ["sud-africain", "sud-africaine", "sud-africains", "sud-africaines"], en: ["South African"]),
        adjective("NG", fr: ["nigérian", "nigériane", "nigérians", "nigérianes"], en: ["Nigerian"], capital: "NG-ABV"),
        adjective("AO", fr: ["angolais", "angolaise", "angolaises"], en: ["Angolan"], capital: "AO-LAD"),
        adjective("AU", fr: ["australien", "australienne", "australiens", "australiennes"], en: ["Australian"], capital: "AU-CBR"),
        adjective("SG", fr: ["singapourien", "singapourienne"], en: ["Singaporean"], capital: "SG-SIN"),
        adjective("ID", fr: ["indonésien", "indonésienne", "indonésiens", "indonésiennes"], en: ["Indonesian"], capital: "ID-JKT"),
        adjective("VN", fr: ["vietnamien", "vietnamienne", "vietnamiens", "vietnamiennes"], en: ["Vietnamese"], capital: "VN-HAN"),
        adjective("PH", fr: ["philippin", "philippine", "philippins", "philippines"], en: ["Philippine", "Filipino"], capital: "PH-MNL"),
        adjective("TH", fr: ["thaïlandais", "thaïlandaise", "thaïlandaises"], en: ["Thai"], capital: "TH-BKK"),
        adjective("MY", fr: ["malaisien", "malaisienne", "malaisiens", "malaisiennes"], en: ["Malaysian"], capital: "MY-KUL"),
        adjective("KH", fr: ["cambodgien", "cambodgienne", "cambodgiens", "cambodgiennes"], en: ["Cambodian"], capital: "KH-PNH"),
        adjective("BR", fr: ["brésilien", "brésilienne", "brésiliens", "brésiliennes"], en: ["Brazilian"], capital: "BR-BSB"),
        adjective("MX", fr: ["mexicain", "mexicaine", "mexicains", "mexicaines"], en: ["Mexican"], capital: "MX-MEX"),
        adjective("AR", fr: ["argentin", "argentine", "argentins", "argentines"], en: ["Argentine", "Argentinian"], capital: "AR-BUE"),

        // Europe
        adjective("AT", fr: ["autrichien", "autrichienne", "autrichiens", "autrichiennes", "austro"], en: ["Austrian", "Austro"], capital: "AT-VIE"),
        adjective("CZ", fr: ["tchèque", "tchèques"], en: ["Czech"], capital: "CZ-PRG"),
        adjective("SK", fr: ["slovaque", "slovaques"], en: ["Slovak", "Slovakian"], capital: "SK-BTS"),
        adjective("HU", fr: ["hongrois", "hongroise", "hongroises"], en: ["Hungarian"], capital: "HU-BUD"),
        adjective("RO", fr: ["roumain", "roumaine", "roumains", "roumaines"], en: ["Romanian"], capital: "RO-BUH"),
        // Sofia is no name in the places lexicon (a first name too), but it has an id.
        adjective("BG", fr: ["bulgare", "bulgares"], en: ["Bulgarian"], capital: "BG-SOF"),
        adjective("HR", fr: ["croate", "croates"], en: ["Croatian"], capital: "HR-ZAG"),
        adjective("SI", fr: ["slovène", "slovènes"], en: ["Slovenian", "Slovene"], capital: "SI-LJU"),
        adjective("RS", fr: ["serbe", "serbes"], en: ["Serbian"], capital: "RS-BEG"),
        adjective("BA", fr: ["bosnien", "bosnienne", "bosniens", "bosniennes"], en: ["Bosnian"], capital: "BA-SJJ"),
        adjective("ME", fr: ["monténégrin", "monténégrine", "monténégrins", "monténégrines"], en: ["Montenegrin"], capital: "ME-TGD"),
        adjective("AL", fr: ["albanais", "albanaise", "albanaises"], en: ["Albanian"], capital: "AL-TIA"),
        adjective("MK", fr: ["nord-macédonien", "nord-macédonienne", "nord-macédoniens", "nord-macédoniennes"],
                  en: ["North Macedonian"], capital: "MK-SKP"),
        adjective("XK", fr: ["kosovar", "kosovare", "kosovars", "kosovares"], en: ["Kosovar", "Kosovan"], capital: "XK-PRN"),
        adjective("CY", fr: ["chypriote", "chypriotes"], en: ["Cypriot"], capital: "CY-NIC"),
        adjective("MT", fr: ["maltais", "maltaise", "maltaises"], en: ["Maltese"], capital: "MT-MLA"),
        adjective("LU", fr: ["luxembourgeois", "luxembourgeoise", "luxembourgeoises"], en: ["Luxembourgish"], capital: "LU-LUX"),
        adjective("DK", fr: ["danois", "danoise", "danoises"], en: ["Danish"], capital: "DK-CPH"),
        adjective("NO", fr: ["norvégien", "norvégienne", "norvégiens", "norvégiennes"], en: ["Norwegian"], capital: "NO-OSL"),
        adjective("FI", fr: ["finlandais", "finlandaise", "finlandaises"], en: ["Finnish"], capital: "FI-HEL"),
        adjective("IS", fr: ["islandais", "islandaise", "islandaises"], en: ["Icelandic"], capital: "IS-REY"),
        adjective("EE", fr: ["estonien", "estonienne", "estoniens", "estoniennes"], en: ["Estonian"], capital: "EE-TLL"),
        adjective("LV", fr: ["letton", "lettone", "lettons", "lettones"], en: ["Latvian"], capital: "LV-RIX"),
        adjective("LT", fr: ["lituanien", "lituanienne", "lituaniens", "lituaniennes"], en: ["Lithuanian"], capital: "LT-VNO"),
        adjective("MD", fr: ["moldave", "moldaves"], en: ["Moldovan"], capital: "MD-KIV"),
        adjective("BY", fr: ["biélorusse", "biélorusses"], en: ["Belarusian"], capital: "BY-MSQ"),
        adjective("GE", fr: ["géorgien", "géorgienne", "géorgiens", "géorgiennes"], en: ["Georgian"], capital: "GE-TBS"),
        adjective("AM", fr: ["arménien", "arménienne", "arméniens", "arméniennes"], en: ["Armenian"], capital: "AM-EVN"),
        adjective("AZ", fr: ["azerbaïdjanais", "azerbaïdjanaise", "azerbaïdjanaises"], en: ["Azerbaijani"], capital: "AZ-BAK"),

        // Asia and the Pacific
        adjective("KZ", fr: ["kazakh", "kazakhe", "kazakhs", "kazakhes", "kazakhstanais", "kazakhstanaise", "kazakhstanaises"],
                  en: ["Kazakh", "Kazakhstani"], capital: "KZ-NQZ"),
        adjective("UZ", fr: ["ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes"], en: ["Uzbek"], capital: "UZ-TAS"),
        adjective("KG", fr: ["kirghiz", "kirghize", "kirghizes"], en: ["Kyrgyz"], capital: "KG-FRU"),
        adjective("TJ", fr: ["tadjik", "tadjike", "tadjiks", "tadjikes"], en: ["Tajik"], capital: "TJ-DYU"),
        adjective("TM", fr: ["turkmène", "turkmènes"], en: ["Turkmen"], capital: "TM-ASB"),
        adjective("MN", fr: ["mongol", "mongole", "mongols", "mongoles"], en: ["Mongolian"], capital: "MN-ULN"),
        adjective("TW", fr: ["taïwanais", "taïwanaise", "taïwanaises"], en: ["Taiwanese"], capital: "TW-TPE"),
        adjective("LA", fr: ["laotien", "laotienne", "laotiens", "laotiennes"], en: ["Laotian"], capital: "LA-VTE"),
        adjective("MM", fr: ["birman", "birmane", "birmans", "birmanes"], en: ["Burmese"], capital: "MM-NYT"),
        adjective("BD", fr: ["bangladais", "bangladaise", "bangladaises"], en: ["Bangladeshi"], capital: "BD-DAC"),
        adjective("LK", fr: ["sri-lankais", "sri-lankaise", "sri-lankaises"], en: ["Sri Lankan"], capital: "LK-CMB"),
        adjective("NP", fr: ["népalais", "népalaise", "népalaises"], en: ["Nepalese", "Nepali"], capital: "NP-KTM"),
        adjective("AF", fr: ["afghan", "afghane", "afghans", "afghanes"], en: ["Afghan"], capital: "AF-KBL"),
        // "New Zealand" qualifies a noun as the party's own name does: only the French adjective.
        adjective("NZ", fr: ["néo-zélandais", "néo-zélandaise", "néo-zélandaises"], en: [], capital: "NZ-WLG"),
        adjective("FJ", fr: ["fidjien", "fidjienne", "fidjiens", "fidjiennes"], en: ["Fijian"], capital: "FJ-SUV"),

        // The Middle East and Africa
        adjective("JO", fr: ["jordanien", "jordanienne", "jordaniens", "jordaniennes"], en: ["Jordanian"], capital: "JO-AMM"),
        adjective("LB", fr: ["libanais", "libanaise", "libanaises"], en: ["Lebanese"], capital: "LB-BEY"),
        adjective("IQ", fr: ["irakien", "irakienne", "irakiens", "irakiennes"], en: ["Iraqi"], capital: "IQ-BGW"),
        adjective("SY", fr: ["syrien", "syrienne", "syriens", "syriennes"], en: ["Syrian"], capital: "SY-DAM"),
        adjective("KW", fr: ["koweïtien", "koweïtienne", "koweïtiens", "koweïtiennes"], en: ["Kuwaiti"], capital: "KW-KWI"),
        adjective("OM", fr: ["omanais", "omanaise", "omanaises"], en: ["Omani"], capital: "OM-MCT"),
        adjective("BH", fr: ["bahreïnien", "bahreïnienne", "bahreïniens", "bahreïniennes"], en: ["Bahraini"], capital: "BH-BAH"),
        adjective("MA", fr: ["marocain", "marocaine", "marocains", "marocaines"], en: ["Moroccan"], capital: "MA-RBA"),
        adjective("DZ", fr: ["algérien", "algérienne", "algériens", "algériennes"], en: ["Algerian"], capital: "DZ-ALG"),
        adjective("TN", fr: ["tunisien", "tunisienne", "tunisiens", "tunisiennes"], en: ["Tunisian"], capital: "TN-TUN"),
        adjective("LY", fr: ["libyen", "libyenne", "libyens", "libyennes"], en: ["Libyan"], capital: "LY-TIP"),
        adjective("SN", fr: ["sénégalais", "sénégalaise", "sénégalaises"], en: ["Senegalese"], capital: "SN-DKR"),
        adjective("ML", fr: ["malien", "malienne", "maliens", "maliennes"], en: ["Malian"], capital: "ML-BKO"),
        adjective("NE", fr: ["nigérien", "nigérienne", "nigériens", "nigériennes"], en: ["Nigerien"], capital: "NE-NIM"),
        adjective("BF", fr: ["burkinabè", "burkinabé", "burkinabés"], en: ["Burkinabe"], capital: "BF-OUA"),
        adjective("GH", fr: ["ghanéen", "ghanéenne", "ghanéens", "ghanéennes"], en: ["Ghanaian"], capital: "GH-ACC"),
        adjective("CM", fr: ["camerounais", "camerounaise", "camerounaises"], en: ["Cameroonian"], capital: "CM-YAO"),
        adjective("KE", fr: ["kényan", "kényane", "kényans", "kényanes", "kenyan", "kenyane", "kenyans", "kenyanes"],
                  en: ["Kenyan"], capital: "KE-NBO"),
        adjective("ET", fr: ["éthiopien", "éthiopienne", "éthiopiens", "éthiopiennes"], en: ["Ethiopian"], capital: "ET-ADD"),
        adjective("UG", fr: ["ougandais", "ougandaise", "ougandaises"], en: ["Ugandan"], capital: "UG-KLA"),
        adjective("RW", fr: ["rwandais", "rwandaise", "rwandaises"], en: ["Rwandan"], capital: "RW-KGL"),
        adjective("ZM", fr: ["zambien", "zambienne", "zambiens", "zambiennes"], en: ["Zambian"], capital: "ZM-LUN"),
        adjective("ZW", fr: ["zimbabwéen", "zimbabwéenne", "zimbabwéens", "zimbabwéennes"], en: ["Zimbabwean"], capital: "ZW-HRE"),
        adjective("MZ", fr: ["mozambicain", "mozambicaine", "mozambicains", "mozambicaines"], en: ["Mozambican"], capital: "MZ-MPM"),
        adjective("NA", fr: ["namibien", "namibienne", "namibiens", "namibiennes"], en: ["Namibian"], capital: "NA-WDH"),

        // The Americas
        adjective("CL", fr: ["chilien", "chilienne", "chiliens", "chiliennes"], en: ["Chilean"], capital: "CL-SCL"),
        adjective("PE", fr: ["péruvien", "péruvienne", "péruviens", "péruviennes"], en: ["Peruvian"], capital: "PE-LIM"),
        adjective("CO", fr: ["colombien", "colombienne", "colombiens", "colombiennes"], en: ["Colombian"], capital: "CO-BOG"),
        adjective("UY", fr: ["uruguayen", "uruguayenne", "uruguayens", "uruguayennes"], en: ["Uruguayan"], capital: "UY-MVD"),
        adjective("PY", fr: ["paraguayen", "paraguayenne", "paraguayens", "paraguayennes"], en: ["Paraguayan"], capital: "PY-ASU"),
        adjective("BO", fr: ["bolivien", "bolivienne", "boliviens", "boliviennes"], en: ["Bolivian"], capital: "BO-LPB"),
        adjective("ECU", fr: ["équatorien", "équatorienne", "équatoriens", "équatoriennes"], en: ["Ecuadorian"], capital: "EC-UIO"),
        adjective("VE", fr: ["vénézuélien", "vénézuélienne", "vénézuéliens", "vénézuéliennes"], en: ["Venezuelan"], capital: "VE-CCS"),
        adjective("CU", fr: ["cubain", "cubaine", "cubains", "cubaines"], en: ["Cuban"], capital: "CU-HAV"),
        // Kingston and St. John's are no names in the places lexicon (other cities share them).
        adjective("JM", fr: ["jamaïcain", "jamaïcaine", "jamaïcains", "jamaïcaines"], en: ["Jamaican"], capital: "JM-KIN"),
        adjective("AG", fr: ["antiguais", "antiguaise", "antiguaises"], en: ["Antiguan"], capital: "AG-SJO"),
        adjective("PA", fr: ["panaméen", "panaméenne", "panaméens", "panaméennes"], en: ["Panamanian"], capital: "PA-PTY"),
        adjective("GT", fr: ["guatémaltèque", "guatémaltèques"], en: ["Guatemalan"], capital: "GT-GUA"),
    ]

    private static func party(_ id: String, fr: [String] = [], en: [String] = [], any: [String] = [],
                              series: String? = nil) -> LexiconEntry {
        LexiconEntry(kind: .party, id: id, fr: fr, en: en, any: any,
                     properties: series.map { ["series-party": $0] } ?? [:])
    }

    private static func asOrganisation(_ e: LexiconEntry) -> LexiconEntry {
        LexiconEntry(kind: e.kind, id: e.id, fr: e.fr, en: e.en, any: e.any, properties: e.properties.merging(["organisation": "true"]) { a, _ in a })
    }

    private static func adjective(_ of: String, fr: [String], en: [String], capital: String? = nil) -> LexiconEntry {
        var properties = ["adjective-of": of]
        properties["capital"] = capital
        return LexiconEntry(kind: .party, id: "adj:" + of, fr: fr, en: en, properties: properties)
    }
}
