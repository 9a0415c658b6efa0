/// French tables for event mentions and claims.
///
/// Rules (names as they appear on mentions and claims):
/// - `<event> (lexicon)`: an event type or agreement from the lexicon ("Conseil de partenariat numérique").
/// - `<signature|lancement> de <accord> (fr)`: an act on an agreement is that agreement's event.
/// - `<réunion|session> de <événement> (fr)`: "la 3e réunion du Conseil…" is the Council's 3rd.
/// - `<parties> <se réunir> (fr)`: "l'UE et le Japon se sont réunis…" without an event noun.
/// - `<ordinal> <event> (fr)`, `<event> … <date> (fr)`, `<date>, … <event> (fr)`, `<event> à <place> (fr)`,
///   `<event> lors de <event> (fr)`, `lors de <event>, … <event> (fr)`, `<event> … <people> (fr)`,
///   `<date> … . <pronoun> <event> (fr)`, `<event> lors de <event> … <date> (fr)`, `<person> <role> (fr)`.
enum EventRulesFR {
    static let grammar = EventGrammar(
        language: .fr,
        genitives: ["de", "du", "des", "d'", "de la", "de l'"].map(WordSequence.init),
        determiners: KeywordSet(["le", "la", "les", "l", "un", "une", "leur", "leurs", "son", "sa", "ses", "ce", "cette",
                              "cet", "notre", "nos", "'"]),
        conjunctions: KeywordSet(["et"]),
        between: KeywordSet(["entre"]),
        with: KeywordSet(["avec"]),
        heldAtMarkers: ["lors", "au cours", "à l'occasion", "en marge", "pendant", "durant", "en amont", "à l'issue"].map(WordSequence.init),
        heldAtMarkersForActs: ["au", "à", "aux"].map(WordSequence.init),
        locatives: KeywordSet(["a", "au", "aux", "dans"]),
        dateBlockers: KeywordSet(["depuis", "jusqu", "avant", "apres", "ici", "jusque"]),
        runVerbs: KeywordSet(["poursuit", "poursuivra", "poursuivront", "dure", "durera", "prolonge", "prolongera"]),
        sinceWords: KeywordSet(["depuis"]),
        dateLeadIns: KeywordSet(["en", "le", "la", "l", "'", "au", "mois", "de", "d"]),
        actVerbs: KeywordSet(["signe", "signee", "signes", "signees", "signer", "signera", "signeront", "signent", "signait",
                           "signaient", "signant", "lance", "lancee", "lances", "lancees", "lancer", "lancera", "lanceront",
                           "lancent", "lancait", "conclu", "conclue", "conclus", "conclues", "conclure", "conclura",
                           "concluront", "adopte", "adoptee", "adoptera", "adopteront"]),
        meetVerbs: KeywordSet(["reuni", "reunie", "reunis", "reunies", "reunira", "reuniront", "reunit", "reunissent",
                            "reunir", "tenu", "tenue", "tenus", "tenues", "tiendra", "tiendront", "tient", "tiennent",
                            "tenir", "tenait", "copreside", "copresidee", "preside", "presidee"]),
        happenVerbs: KeywordSet(["lieu", "deroule", "deroulee", "deroulera", "derouleront", "deroulent", "intervenu", "intervenue"]),
        takeVerbs: KeywordSet([]),
        clauseOpeners: KeywordSet(["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", ";"]),
        subordinators: ["alors que", "alors qu'", "tandis que", "tandis qu'", "puisque", "puisqu'", "car", "bien que",
                        "bien qu'", "quoique"].map(WordSequence.init),
        whileConjunctions: ["alors que", "alors qu'", "lorsque", "lorsqu'", "quand", "tandis que", "tandis qu'", "au moment où"],
        notSubordinators: [],
        firstRestrictors: ["organisé en", "organisée en", "organisé sur", "organisée sur", "organisé hors", "tenu en", "tenue en", "accueilli par", "accueillie par", "depuis", "de ce type", "de ce genre", "sur le sol", "hors d'", "hors de", "sur le sol africain", "sur le sol européen", "sur le sol asiatique", "sur le continent", "en Afrique", "en Asie", "en Europe", "en Amérique latine"],
        openingCues: ["ouvert", "ouverte", "ouvre", "ouvrira", "débuté", "débute", "débutera", "commencé", "commence", "commencera"],
        closingCues: ["achevé", "achevée", "achève", "achèvera", "terminé", "terminée", "termine", "terminera", "clôturé", "clôturée", "clôture", "clôturera", "clos", "close", "pris fin", "prend fin", "prendra fin", "se poursuit jusqu'", "se poursuivra jusqu'", "durera jusqu'", "se prolongera jusqu'"],
        closingConnectives: ["au terme", "à l'issue", "en clôture", "en conclusion"],
        forceCues: ["en vigueur", "appliqué à titre provisoire", "appliquée à titre provisoire", "application provisoire"],
        launchCues: ["lancé", "lancée", "lancés", "lancées", "créé", "créée", "créés", "créées", "mis en place", "mise en place",
                     "mises en place", "institué", "instituée", "institués", "instituées", "inauguré", "inaugurée"],
        processLaunchCues: ["ouvertes", "entamées", "engagées", "commencé", "débuté"],
        countedNouns: [("pays membres", "members"), ("États membres", "members"), ("nations membres", "members"), ("alliés", "members"), ("pays", "countries"),
                       ("nations", "countries"), ("délégations", "delegations"), ("délégués", "delegates"),
                       ("chefs d'État et de gouvernement", "leaders"), ("chefs d'État", "leaders"), ("dirigeants", "leaders"),
                       ("ministres", "ministers"), ("participants", "participants"), ("commissaires", "commissioners"),
                       ("membres", "members")],
        qualifierSuffixes: ["aire", "ique", "el", "elle", "al", "ale", "aux", "if", "ive", "eux", "euse", "ier", "iere"],
        referenceAdjectives: KeywordSet(["precedent", "precedente", "dernier", "derniere", "prochain", "prochaine", "suivant",
                                      "suivante", "meme", "premier", "premiere", "deuxieme", "troisieme", "quatrieme",
                                      "annuel", "annuelle", "actuel", "actuelle", "ministerielle", "de", "du", "d", "a",
                                      "se", "s", "est", "devrait", "doit", "aura", "a", "ont", "sera"]),
        sequelWords: KeywordSet(["precedent", "precedente", "prochain", "prochaine", "suivant", "suivante", "dernier",
                              "derniere"]),
        ellipsisFollowers: KeywordSet(["aura", "auront", "se", "s", "doit", "devrait", "sera", "est", "a", "avait",
                                    "etait", "aurait", "serait", "pourrait", "s'", ",", ";", ".", "qui"]),
        adjectivesFollowNoun: true,
        partiesBeforeNoun: false,
        idiomPrefixes: ["d'"].map(WordSequence.init),
        names: EventRuleNames(.fr, act: "<signature|lancement> de <accord>", generic: "<réunion|session> de <événement>",
                              meet: "<parties> <se réunir>", locative: "à", heldAt: "lors de", inForce: "en vigueur", launched: "lancé")
    )
}
