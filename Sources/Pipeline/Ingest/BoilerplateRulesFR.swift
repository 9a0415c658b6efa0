/// Page furniture as French news sites write it. See ``BoilerplateRule`` for the actions.
enum BoilerplateRulesFR {
    static let all: [BoilerplateRule] = [
        // Comment sections: the form, and everything after it.
        .prefix(["Laisser un commentaire", "Laissez un commentaire", "Ajouter un commentaire", "Écrire un commentaire",
                 "Poster un commentaire", "Publier un commentaire", "Réagir à cet article", "Réagissez à cet article",
                 "Donnez votre avis"], maxWords: 10, .cutFromHere, name: "comment form (fr)"),
        .line(["Commentaires", "Vos commentaires", "Réactions", "Vos réactions"], .cutFromHere, name: "comments heading (fr)"),
        .contains(["Votre adresse e-mail ne sera pas publiée", "Votre adresse email ne sera pas publiée",
                   "Votre adresse de messagerie ne sera pas publiée", "Les champs obligatoires sont indiqués"],
                  maxWords: 40, name: "comment form notice (fr)"),
        .prefix(["Enregistrer mon nom"], maxWords: 40, name: "comment form option (fr)"),

        // Share bars.
        .prefix(["Partagez cet article", "Partager cet article", "Partagez l'article", "Partager l'article",
                 "Partagez cette page", "Partager cette page"], maxWords: 8, .cutFromHere, name: "share this article (fr)"),
        .line(["Partager", "Partagez", "Partage", "Imprimer", "Envoyer par e-mail", "Envoyer par mail", "Copier le lien",
               "Lien copié", "Tweeter"], name: "share button (fr)"),
        .prefix(["Partager sur", "Partagez sur", "Partager par", "Partager via"], maxWords: 6, name: "share on (fr)"),

        // Teasers of other articles.
        .line(["Articles similaires", "Articles liés", "Sur le même sujet", "Dans la même rubrique", "Les plus lus",
               "Les plus populaires", "À lire également", "Vous aimerez aussi", "Vous pourriez aussi aimer",
               "Nos derniers articles", "Derniers articles", "Plus d'articles", "À découvrir aussi", "Ailleurs sur le web"],
              .cutFromHere, name: "related articles (fr)"),
        .prefix(["Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "Voir aussi", "À voir aussi",
                 "Lire la suite", "Lire plus"], maxWords: 30, name: "read also (fr)"),
        .line(["Plus d'informations", "Pour plus d'informations", "En savoir plus", "Pour en savoir plus"],
              name: "more information link (fr)"),
        BoilerplateRule(name: "time-ago teaser (fr)", action: .teaser, maxWords: 12, when: mayBeTimeAgo, matches: isTimeAgo),

        // Newsletter prompts.
        .contains(["notre newsletter", "notre lettre d'information", "nos newsletters"], maxWords: 35, name: "newsletter (fr)"),
        .prefix(["Inscrivez-vous", "Abonnez-vous", "S'abonner", "Je m'abonne", "Recevez notre", "Recevez nos"],
                maxWords: 25, name: "subscribe prompt (fr)"),
        .line(["Newsletter", "S'inscrire"], name: "newsletter button (fr)"),

        // Cookie banners.
        .contains(["utilise des cookies", "utilisons des cookies", "utilise des traceurs", "utilisons des traceurs",
                   "accepter les cookies", "paramétrer les cookies", "gérer les cookies"], maxWords: 60, name: "cookie banner (fr)"),
        .line(["Tout accepter", "Tout refuser", "Accepter", "Refuser", "Personnaliser", "J'accepte", "Continuer sans accepter",
               "Accepter et fermer"], name: "cookie button (fr)"),

        // Legal footers and publisher disclaimers.
        .contains(["Tous droits réservés", "Tous droits de reproduction réservés"], maxWords: 40, name: "all rights reserved (fr)"),
        .footerLinks(["Conditions générales", "Politique de confidentialité", "Mentions légales", "Conditions d'utilisation",
                      "Politique de cookies", "Politique relative aux cookies", "Gestion des cookies", "Paramètres des cookies",
                      "Charte de confidentialité", "Données personnelles et cookies", "Plan du site", "Nous contacter"],
                     name: "legal footer (fr)"),
        .contains(["publie des articles provenant de diverses sources", "positions exprimées dans ces articles",
                   "opinions exprimées dans cet article", "ne reflètent pas nécessairement celles de la rédaction",
                   "utilise l'intelligence artificielle comme outil"], maxWords: 250, name: "publisher disclaimer (fr)"),

        // Navigation left in the text.
        .line(["Accueil", "Publicité", "Menu", "Rechercher", "Se connecter", "Connexion", "Fermer", "Retour en haut",
               "Haut de page", "Suivez-nous", "Sommaire", "Contenu sponsorisé"], name: "navigation (fr)"),
        .prefix(["Suivez-nous sur", "Mots-clés", "Mots clés", "Thèmes associés"], maxWords: 20, name: "follow us, tags (fr)"),
    ]

    /// Holds whenever `isTimeAgo` does, on bytes: 5 words or more, "y a" before the last two.
    static func mayBeTimeAgo(_ line: FoldedBytes) -> Bool {
        line.wordCount >= 5 && line.word(-3).mayBe("a") && line.word(-4).mayBe("y")
    }

    /// "Il y a 4 jours", "AfriqueIl y a 4 jours" (category glued to it), "publié il y a une heure".
    static func isTimeAgo(_ line: FoldedLine) -> Bool {
        let w = line.words, n = w.count
        guard n >= 5, n <= 12 else { return false }
        return timeUnits.contains(String(w[n - 1])) && BoilerplateRulesCommon.isCount(w[n - 2])
            && w[n - 3] == "a" && w[n - 4] == "y" && w[n - 5].hasSuffix("il")
    }

    static let timeUnits: Set<String> = ["seconde", "secondes", "minute", "minutes", "min", "heure", "heures", "h",
                                         "jour", "jours", "j", "semaine", "semaines", "mois", "an", "ans"]
}
