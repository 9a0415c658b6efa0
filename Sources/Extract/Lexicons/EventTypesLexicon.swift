/// Event types, acts and agreements.
///
/// Properties the rules read:
/// - `class`: what kind of event a type is (`summit`, `council`, `meeting`, `dialogue`,
///   `document`, `agreement`), for reference resolution.
/// - `refers-to`: for generic nouns ("réunion", "meeting", "le Conseil", "l'accord"), the classes
///   of the events they can refer back to. A generic noun without parties of its own takes the
///   type and parties of the event it refers to (see `Events`).
/// - `multilateral`: `true` for events of everyone (UN climate conferences): the parties named
///   around them are hosts or speakers, never their series.
/// - `process`: `true` for a process told by its launch ("negotiations launched in 1999"): only
///   that date is claimed; "avaient abouti en juin 2019" is a stage, and "in Osaka" a round's
///   place, not the process's.
/// - `only-when-launched`: spellings that name the event only beside a launch cue ("Talks were
///   launched in 2017", "les discussions, lancées en 2017").
/// - `capitalized`: `true` when the noun counts only when written with a capital ("le Conseil",
///   not "un conseil municipal").
/// - `act`: `sign` or `launch` for nouns naming an act on an agreement ("signature",
///   "lancement", "signing", "launch"). An act of an agreement is one event whose type is the
///   agreement's id; an act alone makes no event.
///
/// Kind `agreement` entries are one-off events per set of parties (see `Lexicon.oneOffEventTypes`).
enum EventTypesLexicon {
    static let entries: [LexiconEntry] = events + generic + acts + agreements

    static let events: [LexiconEntry] = [
        // A meeting of leaders is a summit, whatever its series calls it ("the Commonwealth Heads
        // of Government Meeting", "la 29e réunion des chefs de gouvernement", "the Pacific Islands
        // Forum Leaders Meeting"): one article's "summit" is another's official name.
        // The body of leaders that meets in session is its summit too ("the 69th Ordinary Session
        // of the Authority of Heads of State and Government", ECOWAS's; "la Conférence des chefs
        // de gouvernement de la Caricom").
        event("summit", "summit",
              fr: ["sommet", "réunion des dirigeants", "réunion des chefs de gouvernement", "réunion des chefs d'État et de gouvernement",
                   "réunion des chefs d'État", "Conférence des chefs d'État et de gouvernement", "Conférence des chefs de gouvernement",
                   "Conférence des chefs d'État", "Assemblée des chefs d'État et de gouvernement"],
              en: ["summit", "leaders' meeting", "leaders meeting", "Heads of Government Meeting",
                   "Heads of State and Government Meeting", "CHOGM", "Authority of Heads of State and Government",
                   "Conference of Heads of State and Government", "Conference of Heads of Government",
                   "Assembly of Heads of State and Government"]),
        event("digital-partnership-council", "council",
              fr: ["Conseil de partenariat numérique", "Conseil du partenariat numérique"],
              en: ["Digital Partnership Council"]),
        event("trade-and-technology-council", "council",
              fr: ["Conseil du commerce et des technologies", "Conseil du commerce et de la technologie",
                   "Conseil commerce et technologies", "CCT"],
              en: ["Trade and Technology Council", "TTC"]),
        event("joint-committee", "council", fr: ["comité mixte"], en: ["Joint Committee"]),
        // The standing councils of the EU's agreements with a partner: one pair often has two
        // meeting the same week ("the first Trade Council on Wednesday, the Association Council
        // on Thursday"), so each is its own series, never a bare "Council" of the other.
        event("association-council", "council", fr: ["Conseil d'association"], en: ["Association Council"]),
        event("stabilisation-and-association-council", "council",
              fr: ["Conseil de stabilisation et d'association"],
              en: ["Stabilisation and Association Council", "Stabilization and Association Council"]),
        event("partnership-council", "council", fr: ["Conseil de partenariat"], en: ["Partnership Council"]),
        event("trade-council", "council", fr: ["Conseil commercial", "Conseil du commerce"], en: ["Trade Council"]),
        event("ministerial-meeting", "meeting",
              fr: ["réunion ministérielle", "réunion des ministres", "conférence ministérielle"],
              en: ["ministerial meeting", "ministerial conference", "Ministerial Council Meeting"]),
        event("climate-conference", "summit",
              fr: ["conférence des Nations unies sur le climat", "conférence de l'ONU sur le climat", "conférence sur le climat",
                   "conférence des parties", "conférence climat", "COP"],
              en: ["United Nations climate conference", "UN climate conference", "climate conference", "Conference of the Parties",
                   "UN climate summit", "United Nations climate summit", "climate summit", "COP"],
              properties: ["multilateral": "true"]),
        // An organisation's yearly ministers' forum ("le 11e Forum régional de l'UpM"); a bare
        // "forum" is as often a business or civil-society one, so only the full name counts.
        event("regional-forum", "meeting", fr: ["Forum régional"], en: ["Regional Forum"], properties: ["capitalized": "true"]),
        // An organisation's plenary of all its members, held in numbered sessions ("la 56e session
        // ordinaire de l'Assemblée générale de l'OEA", "the UN General Assembly"). Capitalised
        // only: "l'assemblée générale des actionnaires" is a company's.
        event("general-assembly", "meeting", fr: ["Assemblée générale"], en: ["General Assembly"], properties: ["capitalized": "true"]),
        event("high-level-dialogue", "dialogue", fr: ["dialogue de haut niveau"], en: ["high-level dialogue"]),
        event("cyber-dialogue", "dialogue",
              fr: ["dialogue cybernétique", "dialogue cyber", "cyberdialogue", "dialogue sur la cybersécurité",
                   "dialogue sur la cyber-sécurité"],
              en: ["cyber dialogue", "cyber-dialogue", "cybersecurity dialogue", "cyber security dialogue"]),
        // Negotiations between parties are told by when they were launched ("Negotiations
        // between the two blocs were launched in 1999", "Les négociations, lancées en 2000").
        // "Talks" and "discussions" are negotiations only told with their launch ("Talks were
        // launched in 2017"): "the leaders held talks on Tuesday" is a meeting.
        event("negotiations", "negotiations", fr: ["négociations", "négociation", "pourparlers", "tractations", "discussions"],
              en: ["negotiations", "negotiation", "talks"],
              properties: ["process": "true", "only-when-launched": "talks discussions"]),
        // The dinner before a summit or the lunch during it: an event of its own, so its day and
        // town ("over dinner on Monday evening in Cetinje") are not the summit's. No generic noun
        // refers back to it.
        event("dinner", "side-event",
              fr: ["dîner", "dîner de travail", "dîner officiel", "dîner d'État", "déjeuner de travail", "banquet"],
              en: ["dinner", "working dinner", "state dinner", "official dinner", "gala dinner", "working lunch", "banquet"]),
        event("letter-of-intent", "document", fr: ["lettre d'intention"], en: ["letter of intent"]),
        event("memorandum-of-cooperation", "document",
              fr: ["protocole de coopération", "mémorandum de coopération"],
              en: ["memorandum of cooperation", "MoC"]),
        event("memorandum-of-understanding", "document",
              fr: ["protocole d'accord", "mémorandum d'accord", "mémorandum d'entente"],
              en: ["memorandum of understanding", "MoU"]),
        event("joint-statement", "document", fr: ["déclaration commune", "déclaration conjointe"],
              en: ["joint statement", "joint declaration"]),
    ]

    /// Nouns that name an event without saying which: they refer back to one.
    static let generic: [LexiconEntry] = [
        // "la deuxième édition", "the 51st gathering", "ce rendez-vous, qui se clôturera dimanche":
        // an instance of whatever series is talked of.
        LexiconEntry(kind: .event, id: "meeting", fr: ["réunion", "rencontre", "session", "édition", "rendez-vous"],
                     en: ["meeting", "session", "edition", "gathering"],
                     properties: ["class": "meeting", "refers-to": "meeting council summit dialogue"]),
        LexiconEntry(kind: .event, id: "council", fr: ["Conseil"], en: ["Council"],
                     properties: ["class": "council", "refers-to": "council", "capitalized": "true"]),
        LexiconEntry(kind: .event, id: "dialogue", fr: ["dialogue"], en: ["dialogue"],
                     properties: ["class": "dialogue", "refers-to": "dialogue"]),
        LexiconEntry(kind: .agreement, id: "agreement", fr: ["accord"], en: ["agreement", "accord"],
                     properties: ["class": "agreement", "refers-to": "agreement"]),
        // "a memorandum of understanding on critical raw materials … The memorandum was signed in
        // Santiago": the short name refers back to the document named in full.
        LexiconEntry(kind: .event, id: "memorandum", fr: ["mémorandum"], en: ["memorandum"],
                     properties: ["class": "document", "refers-to": "document"]),
    ]

    static let acts: [LexiconEntry] = [
        LexiconEntry(kind: .event, id: "signing", fr: ["signature"], en: ["signing", "signature"],
                     properties: ["class": "act", "act": "sign"]),
        LexiconEntry(kind: .event, id: "launch", fr: ["lancement"], en: ["launch"],
                     properties: ["class": "act", "act": "launch"]),
        LexiconEntry(kind: .event, id: "entry-into-force", fr: ["entrée en vigueur"], en: ["entry into force"],
                     properties: ["class": "act", "act": "force"]),
    ]

    static let agreements: [LexiconEntry] = [
        agreement("digital-partnership", fr: ["Partenariat numérique"], en: ["Digital Partnership"]),
        agreement("economic-partnership-agreement",
                  fr: ["accord de partenariat économique", "APE"], en: ["Economic Partnership Agreement", "EPA"]),
        agreement("strategic-partnership-agreement",
                  fr: ["accord de partenariat stratégique"], en: ["Strategic Partnership Agreement", "SPA"]),
        agreement("strategic-partnership", fr: ["partenariat stratégique"], en: ["strategic partnership"]),
        agreement("free-trade-agreement", fr: ["accord de libre-échange", "ALE"], en: ["free trade agreement", "free-trade agreement", "FTA"]),
        agreement("green-alliance", fr: ["Alliance verte"], en: ["Green Alliance"]),
        agreement("digital-alliance", fr: ["Alliance numérique"], en: ["Digital Alliance"]),
        agreement("connectivity-partnership",
                  fr: ["partenariat pour une connectivité durable", "partenariat de connectivité"],
                  en: ["Partnership on Sustainable Connectivity", "connectivity partnership"]),
        agreement("security-and-defence-partnership",
                  fr: ["partenariat de sécurité et de défense"], en: ["Security and Defence Partnership"]),
        agreement("comprehensive-economic-and-trade-agreement",
                  fr: ["Accord économique et commercial global", "AECG"], en: ["Comprehensive Economic and Trade Agreement", "CETA"]),
        agreement("trade-and-cooperation-agreement",
                  fr: ["accord de commerce et de coopération"], en: ["Trade and Cooperation Agreement", "TCA"]),
        agreement("data-adequacy-decision", fr: ["décision d'adéquation"], en: ["adequacy decision"]),
        // The EU's standing kinds of treaty with a partner: a pair often has several, signed and
        // in force in different years, and an article names two in one paragraph.
        agreement("partnership-and-cooperation-agreement",
                  fr: ["accord de partenariat et de coopération", "APC"], en: ["Partnership and Cooperation Agreement", "PCA"]),
        agreement("enhanced-partnership-and-cooperation-agreement",
                  fr: ["accord de partenariat et de coopération renforcé", "APCR"],
                  en: ["Enhanced Partnership and Cooperation Agreement", "EPCA"]),
        agreement("investment-protection-agreement",
                  fr: ["accord de protection des investissements", "accord sur la protection des investissements"],
                  en: ["investment protection agreement"]),
        agreement("association-agreement", fr: ["accord d'association"], en: ["Association Agreement"]),
        // The EU's framework agreements (with Chile its "advanced" one, which replaced the
        // association agreement): another treaty than the one it replaces.
        agreement("framework-agreement", fr: ["accord-cadre", "accord-cadre avancé"],
                  en: ["Framework Agreement", "Advanced Framework Agreement"]),
        // Security guarantees given to a partner at war (the EU's to Ukraine, June 2024).
        agreement("security-commitments", fr: ["engagements de sécurité conjoints", "engagements de sécurité"],
                  en: ["joint security commitments", "security commitments"]),
    ]

    private static func event(_ id: String, _ cls: String, fr: [String], en: [String], properties: [String: String] = [:]) -> LexiconEntry {
        LexiconEntry(kind: .event, id: id, fr: fr, en: en, properties: properties.merging(["class": cls]) { a, _ in a })
    }

    private static func agreement(_ id: String, fr: [String], en: [String]) -> LexiconEntry {
        LexiconEntry(kind: .agreement, id: id, fr: fr, en: en, properties: ["class": "agreement"])
    }
}
