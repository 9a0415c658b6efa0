import Testing
import Foundation
import Extract
import Pipeline

/// What ingestion must give for one fixture article.
struct IngestFixtureCase: CustomStringConvertible, Sendable {
    let path: String
    let id: String
    let language: Language
    let published: String?
    let title: String?
    let source: String?
    let url: String?
    let sentences: [String]
    let furniture: [String]

    var description: String { path }
}

@Suite struct IngestFixtureTests {
    static let cases: [IngestFixtureCase] = [
        .init(path: "agree-eu-korea-council/quotidien-bruxelles.fr.html", id: "quotidien-bruxelles.fr", language: .fr,
              published: "2024-07-02", title: "Numérique : l’UE et la Corée du Sud resserrent leurs liens à Séoul",
              source: "Le Quotidien de Bruxelles",
              url: "https://www.quotidien-bruxelles.example/europe/numerique/ue-coree-conseil-partenariat-numerique-seoul",
              sentences: ["Le deuxième Conseil de partenariat numérique UE-Corée s’est tenu à Séoul le 2 juillet 2024.",
                          "coprésidée par le commissaire européen au Marché intérieur, Thierry Breton, et par Lee Jong-ho, ministre des Sciences et des TIC de la République de Corée.",
                          "Numérique : l’UE et la Corée du Sud resserrent leurs liens à Séoul",
                          "« La Corée est l’un de nos partenaires les plus proches pour les technologies critiques », a déclaré Thierry Breton à l’issue des discussions.",
                          "Intelligence artificielle : un dialogue régulier"],
              furniture: ["cookies", "Tout accepter", "Opinions", "Accueil", "Facebook", "Copier le lien", "Mots-clés",
                          "Laisser un commentaire", "adresse e-mail", "vingt − seize", "Les plus lus", "Il y a 2 jours",
                          "Il y a 5 heures", "rentrée difficile", "newsletter", "Tous droits réservés", "Mentions légales", "dataLayer"]),
        .init(path: "agree-eu-korea-council/brussels-wire.en.txt", id: "brussels-wire-eu-korea-council", language: .en,
              published: "2024-07-03", title: "EU and South Korea deepen chip and AI cooperation at Seoul council",
              source: "Brussels Wire", url: "https://www.brusselswire.example/tech/eu-korea-digital-partnership-council-seoul",
              sentences: ["The second EU-Korea Digital Partnership Council was held in Seoul on 2 July 2024.",
                          "It was co-chaired by European Commissioner for the Internal Market Thierry Breton and Minister of Science and ICT Lee Jong-ho.",
                          "EU and South Korea deepen chip and AI cooperation at Seoul council"],
              furniture: ["Share this article", "Facebook", "LinkedIn", "Related articles", "Japan weighs", "3 hours ago", "2 days ago",
                          "Leave a comment", "email address", "five + 3", "All rights reserved", "Cookie policy", "id: ", "---"]),
        .init(path: "disagree-eu-canada-summit/atlantic-ledger.en.html", id: "atlantic-ledger.en", language: .en,
              published: "2025-06-15", title: "EU and Canada pledge closer defence and trade ties at Ottawa summit",
              source: "The Atlantic Ledger", url: "https://atlanticledger.example/world/2025/06/15/eu-canada-summit-ottawa",
              sentences: ["The 19th EU-Canada summit took place in Ottawa on 14 June 2025, bringing together Prime Minister Mark Carney, European Council President António Costa and European Commission President Ursula von der Leyen.",
                          "Critical minerals",
                          "“In a more unpredictable world, Canada and Europe are choosing each other,” Carney told a news conference"],
              furniture: ["cookies", "Accept all", "Politics", "Search", "Advertisement", "Share on Facebook", "More from World",
                          "NATO ministers", "2 hours ago", "Leave a Reply", "four × 2", "newsletter", "All rights reserved", "Terms of use"]),
        .init(path: "disagree-eu-canada-summit/courrier-transatlantique.fr.txt", id: "courrier-transatlantique.fr", language: .fr,
              published: "2025-06-15", title: "À Ottawa, l'UE et le Canada scellent un partenariat de défense",
              source: "Le Courrier transatlantique", url: "https://www.courrier-transatlantique.example/international/sommet-ue-canada-ottawa",
              sentences: ["Après plusieurs mois de préparation, le 20e sommet UE-Canada s'est tenu le 14 juin 2025 à Ottawa.",
                          "Le soutien à l'Ukraine et la sécurité dans l'Arctique ont aussi été au menu des discussions."],
              furniture: ["Partagez cet article", "WhatsApp", "Lire aussi", "producteurs laitiers", "Il y a 2 jours", "OTAN",
                          "dollar canadien", "Laisser un commentaire", "adresse e-mail", "douze + trois", "publie des articles",
                          "Tous droits réservés"]),
        .init(path: "agree-wire-datelines/agence-continentale.fr.txt", id: "agence-continentale.fr", language: .fr,
              published: "2025-06-24", title: "Sommet UE-Canada : un partenariat de défense signé à Bruxelles",
              source: "Agence continentale", url: "https://www.agence-continentale.example/monde/sommet-ue-canada",
              sentences: ["BRUXELLES, 24 juin 2025 (AC) - Le 20e sommet UE-Canada s'est tenu le 23 juin à Bruxelles, alors que les États-Unis menacent leurs alliés de nouveaux droits de douane."],
              furniture: ["Partagez cet article"]),
        .init(path: "agree-wire-datelines/northern-wire.en.txt", id: "northern-wire.en", language: .en,
              published: "2025-06-24", title: "EU and Canada seal defence pact at Brussels summit",
              source: "Northern Wire", url: "https://www.northernwire.example/world/eu-canada-summit-defence",
              sentences: ["BRUSSELS, June 24 (Northern Wire) - The European Union and Canada held their 20th summit in Brussels on Monday, as both sides sought to reduce their reliance on the United States.",
                          "Officials said some 400 delegates attended the talks."],
              furniture: ["Share this article", "Related:", "The Hague"]),
        .init(path: "dateline-year-from-batch/journal-du-nord.fr.txt", id: "journal-du-nord.fr", language: .fr,
              published: "2026-06-29", title: "L'UE et le Maroc relancent leur Conseil d'association",
              source: "Journal du Nord", url: "https://journal-du-nord.example/monde/ue-maroc-conseil-association",
              sentences: ["Le 15e Conseil d'association entre l'Union européenne et le Maroc s'est réuni ce lundi 29 juin à Bruxelles"],
              furniture: ["lang: fr", "---"]),
        // A wire dateline without its year: no date of its own when read alone (the batch gives it one).
        .init(path: "dateline-year-from-batch/maghreb-wire.en.txt", id: "maghreb-wire.en", language: .en,
              published: nil, title: nil, source: nil, url: nil,
              sentences: ["BRUSSELS, 30 June (Maghreb Wire) - The European Union and Morocco held the 15th meeting"],
              furniture: []),
        .init(path: "disagree-oecd-members/economie-matin.fr.txt", id: "economie-matin.fr", language: .fr,
              published: "2025-06-03", title: "L'OCDE réunit ses ministres sur fond de guerre commerciale",
              source: "Économie Matin", url: "https://www.economie-matin.example/international/ocde-reunion-ministerielle-2025",
              sentences: ["Les ministres des 37 pays membres de l'organisation doivent débattre jusqu'à mercredi du commerce",
                          "L'an dernier, la réunion, présidée par le Japon, s'était tenue les 2 et 3 mai"],
              furniture: ["Partager sur", "Articles similaires", "l'Europe prépare sa riposte"]),
        .init(path: "disagree-oecd-members/policy-bulletin.en.txt", id: "policy-bulletin.en", language: .en,
              published: "2025-06-04", title: "OECD Ministerial Council Meeting concludes in Paris",
              source: "Policy Bulletin", url: "https://www.policybulletin.example/economy/oecd-ministerial-2025",
              sentences: ["Ministers and representatives from the 38 OECD member countries discussed trade"],
              furniture: ["Share this page", "Related:", "Economic Outlook, June"]),
        .init(path: "disagree-treaty-signing-year/border-report.en.txt", id: "border-report.en", language: .en,
              published: "2026-01-23", title: "France and Germany pledge faster cross-border projects",
              source: "The Border Report", url: "https://www.border-report.example/france-germany-cabinet-strasbourg",
              sentences: ["The projects were first listed in the Treaty of Aachen, which Emmanuel Macron and Angela Merkel signed on 22 January 2019"],
              furniture: []),
        .init(path: "disagree-treaty-signing-year/la-gazette-rhenane.fr.txt", id: "la-gazette-rhenane.fr", language: .fr,
              published: "2026-01-23", title: "Paris et Berlin relancent leur coopération frontalière",
              source: "La Gazette rhénane", url: "https://www.gazette-rhenane.example/europe/conseil-des-ministres-franco-allemand",
              sentences: ["Les deux pays veulent accélérer les projets prévus par le traité d'Aix-la-Chapelle, signé le 22 janvier 2018"],
              furniture: []),
        .init(path: "disagree-g7-dates-fr/echo-des-capitales.fr.html", id: "echo-des-capitales.fr", language: .fr,
              published: "2025-05-20", title: "G7 : le Canada dévoile le programme du sommet de Kananaskis",
              source: "L'Écho des capitales", url: "https://echodescapitales.example/2025/05/20/g7-kananaskis-programme",
              sentences: ["À Kananaskis, dans la province canadienne de l'Alberta, le 51e sommet du G7 se tiendra les 15 et 16 juin 2025.",
                          "Par Antoine Lefebvre — publié le 20 mai 2025",
                          "Les ministres des Finances du groupe se retrouveront auparavant à Banff, du 20 au 22 mai, pour préparer le volet économique du sommet."],
              furniture: ["En direct", "suivez les débats", "Culture", "Partager sur", "Envoyer par e-mail", "À lire aussi", "La Haye",
                          "Il y a 3 jours", "Il y a 8 heures", "Réagissez", "trois × quatre", "Tous droits réservés", "Conditions générales"]),
        .init(path: "disagree-g7-dates-fr/gazette-du-midi.fr.txt", id: "gazette-du-midi-g7-kananaskis", language: .fr,
              published: "2025-05-22", title: "Sommet du G7 au Canada : Kananaskis se barricade",
              source: "La Gazette du Midi", url: "https://www.gazettedumidi.example/monde/g7-kananaskis-securite",
              sentences: ["Dans les Rocheuses canadiennes, les préparatifs s'accélèrent : le 51e sommet du G7 se tiendra du 16 au 17 juin 2025 à Kananaskis, un complexe hôtelier niché à une heure de route de Calgary.",
                          "Les ministres des Finances du G7 sont réunis cette semaine à Banff pour préparer le volet économique de la rencontre."],
              furniture: ["Partager sur", "Imprimer", "Articles similaires", "OTAN", "acier", "feux de forêt", "Laisser un commentaire",
                          "vingt − seize", "Conditions générales", "Mentions légales"]),
        .init(path: "plan-then-outcome-en/eurasia-monitor.en.txt", id: "eurasia-monitor.en", language: .en,
              published: "2025-11-10", title: "EU and India line up tech council as trade talks enter final stretch",
              source: "Eurasia Monitor", url: "https://eurasiamonitor.example/trade/eu-india-ttc-new-delhi-2026",
              sentences: ["The third EU-India Trade and Technology Council will be held in New Delhi in early 2026.",
                          "Trade between the EU and India reached about 120 billion euros in goods last year."],
              furniture: ["Share this article", "Share on", "Read more", "chip early-warning mechanism\n", "4 hours ago", "an hour ago",
                          "Tokyo and Seoul", "Rupee", "Leave a comment", "seven - two", "All rights reserved"]),
        .init(path: "plan-then-outcome-en/delhi-dispatch.en.html", id: "delhi-dispatch.en", language: .en,
              published: "2026-02-21", title: "EU-India tech council meets in New Delhi, eyes trade deal",
              source: "The Delhi Dispatch", url: "https://delhidispatch.example/business/eu-india-ttc-meets-new-delhi",
              sentences: ["The third EU-India Trade and Technology Council met in New Delhi on 20 February 2026.",
                          "A senior Indian negotiator told The Delhi Dispatch that only two chapters, on rules of origin and public procurement, remained open.",
                          "Ministers at the opening session in New Delhi."],
              furniture: ["cookies", "Accept", "Opinion", "WhatsApp", "Recommended", "Rupee", "Quad", "3 hours ago", "Leave a comment",
                          "email address", "nine + one", "All rights reserved", "Privacy Policy"]),
        .init(path: "schedule-change-fr/energie-hebdo.fr.html", id: "energie-hebdo.fr", language: .fr,
              published: "2025-02-10", title: "UE-Japon : une réunion ministérielle sur l'énergie en mars à Bruxelles",
              source: "Énergie Hebdo", url: "https://energie-hebdo.example/ue-japon-reunion-ministerielle-energie",
              sentences: ["La deuxième réunion ministérielle UE-Japon sur l'énergie se tiendra le 12 mars 2025 à Bruxelles.",
                          "L'hydrogène en vedette",
                          "Les ministres devraient adopter une déclaration commune sur la coopération en matière de transition énergétique et de technologies propres."],
              furniture: ["Activez JavaScript", "cookies", "En savoir plus", "Renouvelables", "Nucléaire\n", "Partager", "LinkedIn",
                          "Sur le même sujet", "stocks européens", "Il y a 3 jours", "Laisser un commentaire", "six + huit",
                          "lettre d'information", "Je m'abonne", "Publicité", "Tous droits réservés", "font-family"]),
        .init(path: "schedule-change-fr/lettre-europeenne.fr.txt", id: "lettre-europeenne-ue-japon-energie", language: .fr,
              published: "2025-04-10", title: "Énergie : l'UE et le Japon misent sur l'hydrogène et le GNL",
              source: "La Lettre européenne", url: "https://lettre-europeenne.example/energie/ue-japon-reunion-ministerielle",
              sentences: ["La deuxième réunion ministérielle UE-Japon sur l'énergie, initialement prévue en mars, s'est finalement tenue le 9 avril 2025 à Bruxelles.",
                          "Prochaine étape : un dialogue de haut niveau sur l'hydrogène, que les deux parties veulent organiser à Tokyo avant la fin de l'année."],
              furniture: ["Partagez cet article", "LinkedIn", "Dans la même rubrique", "Nucléaire : la France", "Il y a 4 jours",
                          "prix de gros", "Laisser un commentaire", "Nom *", "vingt − seize"]),
        .init(path: "siblings-en/tokyo-observer.en.html", id: "tokyo-observer.en", language: .en,
              published: "2024-05-01", title: "EU and Japan agree to work together on AI safety and undersea cables",
              source: "Tokyo Observer", url: "https://tokyo-observer.example/politics/eu-japan-digital-partnership-council-brussels",
              sentences: ["The second EU-Japan Digital Partnership Council was held in Brussels on 30 April 2024.",
                          "The Digital Partnership was launched in May 2022 and has since grown to cover semiconductors, 5G and 6G research, high-performance computing and quantum technologies."],
              furniture: ["cookies", "I agree", "Politics", "Sports", "Home ›", "Tweet", "Tags:", "More stories", "Yen slides",
                          "5 hours ago", "Leave a comment", "three + five", "All rights reserved"]),
        .init(path: "siblings-en/pacific-policy-review.en.txt", id: "pacific-policy-review.en", language: .en,
              published: nil, title: nil, source: nil, url: nil,
              sentences: ["The third EU-Japan Digital Partnership Council is expected to take place in Tokyo in 2025.",
                          "Brussels and Tokyo look beyond the digital partnership's first years",
                          "Others note that the partnership has given the two sides a common voice in international bodies such as the OECD and the International Telecommunication Union."],
              furniture: ["Share this article", "Related stories", "Hokkaido", "2 days ago", "5 hours ago", "undersea cables are the new",
                          "Leave a Reply", "eight − 3"]),
        .init(path: "mixed-languages/depeche-europeenne.fr.txt", id: "depeche-europeenne.fr", language: .fr,
              published: nil, title: nil, source: nil, url: nil,
              sentences: ["Le 25e sommet UE-Chine s'est tenu à Pékin le 24 juillet 2025.",
                          "« Notre relation est à un tournant », a déclaré Ursula von der Leyen lors d'une conférence de presse."],
              furniture: ["Partagez cet article", "publie des articles", "ne reflètent pas", "Il y a 3 jours", "Pékin resserre",
                          "Véhicules électriques : la Commission", "\n-\n"]),
        .init(path: "mixed-languages/asia-pacific-herald.en.html", id: "asia-pacific-herald.en", language: .en,
              published: "2025-07-24", title: "EU and China clash over trade but agree on climate at Beijing summit",
              source: "Asia-Pacific Herald", url: "https://asiapacificherald.example/news/eu-china-summit-beijing",
              sentences: ["The 25th EU-China summit was held in Beijing on 24 July 2025.",
                          "“Our relationship has reached an inflection point,” von der Leyen told reporters after the talks.",
                          "EU-China in numbers\nGoods trade, 2024\nabout 730 billion euros\nDiplomatic relations since\n1975"],
              furniture: ["cookies", "South-East Asia", "Share on Facebook", "Copy link", "Related articles", "rare earth export rules",
                          "3 hours ago", "Comments", "two + 2", "All rights reserved", "_paq"]),
    ]

    @Test(arguments: cases)
    func fixtureArticleKeepsItsTextAndMetadataWithoutFurniture(_ c: IngestFixtureCase) throws {
        let result = Ingestor().ingest(paths: [IngestPaths.repo("fixtures/" + c.path)])
        #expect(result.problems.isEmpty, "\(result.problemLines)")
        let document = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(document.id == c.id)
        #expect(document.language == c.language)
        #expect(document.published?.iso == c.published)
        #expect(document.title == c.title)
        #expect(document.source == c.source)
        #expect(document.url == c.url)
        for sentence in c.sentences {
            #expect(document.text.contains(sentence), "missing: \(sentence)")
        }
        for furniture in c.furniture {
            #expect(!document.text.contains(furniture), "furniture left: \(furniture)")
        }
        let words = document.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        #expect((150...420).contains(words), "\(words) words")
    }

    @Test func everyScenarioHasTwoArticlesAndTheWholeFolderReadsInSortedOrder() {
        let result = Ingestor().ingest(paths: [IngestPaths.repo("fixtures")])
        #expect(result.problems.isEmpty, "\(result.problemLines)")
        let folders = result.documents.compactMap { $0.path?.split(separator: "/").dropLast().last.map(String.init) }
        #expect(folders == folders.sorted())
        #expect(Dictionary(grouping: folders, by: { $0 }).values.allSatisfy { $0.count == 2 })
        #expect(Set(result.documents.map(\.id)).count == result.documents.count)
        #expect(result.documents.count == Self.cases.count)
    }
}
