import Testing
import Extract
import Pipeline

/// Boilerplate rules: cue phrases compared on folded lines, "drop the line" vs "cut from here".
@Suite struct IngestBoilerplateTests {
    let cleaner = Boilerplate()
    let paragraph = "Les ministres ont adopté une déclaration commune sur la sécurité économique et les semi-conducteurs lors de la réunion."
    let englishParagraph = "The ministers adopted a joint statement on economic security and semiconductors at the meeting in Brussels on Tuesday."

    @Test(arguments: [
        "Partagez cet article", "PARTAGEZ CET ARTICLE :", "Share this article", "Laisser un commentaire", "Laissez un commentaire",
        "Leave a comment", "Leave a Reply", "Articles similaires", "Related articles", "Sur le même sujet", "You may also like",
        "12 commentaires", "Comments",
    ])
    func cutCuesRemoveTheirLineAndEverythingAfter(_ cue: String) {
        let text = "\(paragraph)\n\(englishParagraph)\n\(cue)\nUn titre court\n\(paragraph) Encore une phrase assez longue ici."
        #expect(cleaner.clean(text) == "\(paragraph)\n\(englishParagraph)")
    }

    /// A text with nothing to remove comes back as it was, less its final line breaks; one with
    /// trailing spaces, CRLF, runs of blank lines or furniture is rebuilt line by line.
    @Test(arguments: [
        ("Le sommet s'est tenu à Tokyo.\n\nLes ministres ont signé l'accord.\n", "Le sommet s'est tenu à Tokyo.\n\nLes ministres ont signé l'accord."),
        ("The summit was held in Tokyo.\nMinisters signed the deal.", "The summit was held in Tokyo.\nMinisters signed the deal."),
        ("The summit was held in Tokyo.   \nMinisters signed the deal.", "The summit was held in Tokyo.\nMinisters signed the deal."),
        ("The summit was held in Tokyo.\r\nMinisters signed the deal.\r\n", "The summit was held in Tokyo.\nMinisters signed the deal."),
        ("\nThe summit was held in Tokyo.\n\n\n\nMinisters signed the deal.", "The summit was held in Tokyo.\n\nMinisters signed the deal."),
        ("The summit was held in Tokyo.\n \nMinisters signed the deal.", "The summit was held in Tokyo.\n\nMinisters signed the deal."),
        ("The summit was held in Tokyo.\nShare\nMinisters signed the deal.", "The summit was held in Tokyo.\nMinisters signed the deal."),
    ])
    func cleanTextIsTheTextLessItsFurniture(input: String, expected: String) {
        #expect(cleaner.clean(input) == expected)
        #expect(cleaner.clean(input).utf8.elementsEqual(expected.utf8))
    }

    @Test func aCutCueBeforeMostOfTheProseOnlyDropsItsLine() {
        let text = "Titre\nLeave a comment\n\(englishParagraph)\n\(englishParagraph)"
        #expect(cleaner.clean(text) == "Titre\n\(englishParagraph)\n\(englishParagraph)")
    }

    @Test(arguments: [
        "Partager sur Facebook", "Share on X", "Facebook | X | LinkedIn | WhatsApp", "Imprimer", "Copy link",
        "vingt − seize =", "five + 3 =", "douze + trois = ?", "5+3=", "vingt-deux moins quatre =", "_ + 4 = 9",
        "AfriqueIl y a 4 jours", "Il y a 3 heures", "2 hours ago", "Europe2 days ago",
        "Lire aussi : Le sommet de Bruxelles en questions", "À lire aussi", "Read more: the summit in numbers", "Plus d’informations",
        "Inscrivez-vous à notre newsletter", "Sign up for our newsletter", "Subscribe", "Abonnez-vous pour 1 € par mois",
        "Tous droits réservés", "© 2025 Le Quotidien. All rights reserved.", "Conditions générales de vente",
        "Politique de confidentialité", "Cookie policy", "Mentions légales · Plan du site", "About us | Privacy policy", "Nous utilisons des cookies pour mesurer l'audience.", "Tout accepter",
        "EU Reporter publie des articles provenant de diverses sources externes qui expriment un large éventail de points de vue.",
        "Votre adresse e-mail ne sera pas publiée.", "Your email address will not be published.", "-", "•", "Tags: EU, Japan",
    ])
    func dropCuesRemoveOnlyTheirLine(_ cue: String) {
        let text = "\(paragraph)\n\(cue)\n\(englishParagraph)"
        #expect(cleaner.clean(text) == "\(paragraph)\n\(englishParagraph)", "\(cleaner.explain(text).map { $0.removedBy ?? "kept" })")
    }

    @Test(arguments: [
        "La politique de confidentialité de la plateforme a été modifiée le 3 mai, ce qui a suscité de nombreuses critiques des associations de consommateurs européennes et des autorités de protection des données de plusieurs États membres.",
        "Il y a 4 jours, le Conseil s'est réuni à Bruxelles.",
        "Subscribers to the service rose to 3 million in 2024.",
        "Le résultat : 5 + 3 = 8, a expliqué le ministre.",
        "Share prices fell by 3 percent on Tuesday.",
        "Commentaires du ministre sur la réunion de mardi à Bruxelles.",
        "Partager les données de santé reste un défi, selon la Commission.",
        "Read the statement in full on the Commission's website.",
        "Japon",
        "Contexte",
        "Meta modifie sa politique de confidentialité.",
        "Les conditions générales de l'accord ont été publiées lundi.",
    ])
    func articleLinesThatResembleFurnitureAreKept(_ line: String) {
        let text = "\(paragraph)\n\(line)\n\(englishParagraph)"
        #expect(cleaner.clean(text) == text)
    }

    @Test func twoOrMoreTeasersInTheTrailingPartCutTheList() {
        let text = """
            \(paragraph)
            \(paragraph)
            Europe
            Il y a 2 jours
            Le 21e sommet UE-Canada aura lieu à Montréal
            Monde
            Il y a 5 heures
            Un autre titre de teaser
            """
        #expect(cleaner.clean(text) == "\(paragraph)\n\(paragraph)\nEurope")
    }

    @Test func blankLinesAreCollapsedAndTrailingSpacesGo() {
        let text = "\n\nTitre  \n\n\n\(paragraph)\t\n\n"
        #expect(cleaner.clean(text) == "Titre\n\n\(paragraph)")
    }

    @Test func explainNamesTheRuleThatRemovedEachLine() {
        let explained = cleaner.explain("\(paragraph)\nPartager sur X\n\(paragraph)\nLaisser un commentaire\nvingt − seize =")
        #expect(explained.map(\.removedBy) == [nil, "share on (fr)", nil, "after: comment form (fr)", "after: comment form (fr)"])
    }
}
