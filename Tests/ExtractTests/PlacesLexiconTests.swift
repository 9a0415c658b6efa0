import Testing
import Extract

/// The places gazetteer on sentences of unseen articles: second cities, conference venues and
/// their exonyms in both languages, and the guard on names that are also first names or words.
@Suite struct PlacesLexiconTests {
    private func places(_ language: Language, _ text: String) -> [String] {
        Entities.keys(Entities.extract(from: TokenizedText(text), in: .fixed(language))).filter { $0.hasPrefix("place:") }
    }

    @Test func exonymsOfOneCityGiveOneId() {
        let cases: [(String, Language, String)] = [
            ("DE-FRB", .fr, "Les ministres se sont retrouvés à Fribourg-en-Brisgau mardi."),
            ("DE-FRB", .en, "The ministers met in Freiburg on Tuesday."),
            ("DE-AAH", .fr, "Le traité a été signé à Aix-la-Chapelle en 2019."),
            ("DE-AAH", .en, "The treaty was signed in Aachen in 2019."),
            ("PL-GDN", .fr, "Le forum se tiendra à Gdańsk."),
            ("PL-GDN", .fr, "Le forum se tiendra à Gdansk."),
            ("PL-GDN", .en, "The forum will be held in Gdansk."),
            ("IT-GOA", .fr, "Le sommet de Gênes reste dans les mémoires."),
            ("IT-GOA", .en, "The Genoa summit is remembered."),
            ("ES-ZAZ", .fr, "La réunion a eu lieu à Saragosse."),
            ("ES-ZAZ", .en, "The meeting took place in Zaragoza."),
            ("BE-GNE", .fr, "Les dirigeants sont arrivés à Gand."),
            ("BE-GNE", .en, "The leaders arrived in Ghent."),
            ("RO-TSR", .en, "Talks opened in Timișoara."),
            ("RO-TSR", .en, "Talks opened in Timişoara."),
            ("RO-TSR", .en, "Talks opened in Timisoara."),
            ("UZ-SKD", .fr, "Le sommet de l'OCS s'est tenu à Samarcande."),
            ("UZ-SKD", .en, "The SCO summit was held in Samarkand."),
            ("US-MSY", .fr, "Le congrès s'ouvre à La Nouvelle-Orléans."),
            ("US-MSY", .en, "The congress opens in New Orleans."),
            ("FR-TLN", .fr, "Le président s'est rendu à Toulon."),
            ("FR-TLN", .en, "The president travelled to Toulon."),
            ("FR-LEH", .fr, "Le ministre était au Havre lundi."),
            ("ES-SCQ", .fr, "Les ministres se réuniront à Saint-Jacques-de-Compostelle."),
            ("ES-SCQ", .en, "Ministers will meet in Santiago de Compostela."),
        ]
        for (id, language, text) in cases {
            #expect(places(language, text) == ["place:" + id], "\(language): \(text)")
        }
    }

    @Test func venuesInsideACityCarryItsIdAsAPrefix() {
        #expect(places(.en, "Leaders gathered at Blenheim Palace.") == ["place:GB-BLH"])
        #expect(places(.fr, "Les dirigeants se sont réunis au château de Prague.") == ["place:CZ-PRG-CAS"])
        #expect(places(.en, "The talks were held at Lancaster House.") == ["place:GB-LON-LAN"])
        #expect(places(.en, "Biden and Putin met at Villa La Grange.") == ["place:CH-GVA-VLG"])
        #expect(places(.fr, "La COP21 s'est tenue au Bourget.") == ["place:FR-PAR-LBG"])
        #expect(places(.en, "The G7 met at Borgo Egnazia, in Apulia.") == ["place:IT-PUG-EGN", "place:IT-PUG"])
        #expect(PlaceID.mayBeSame("FR-PAR-LBG", "FR-PAR") && PlaceID.mayBeSame("GB-WDS-CAS", "GB-WDS"))
    }

    @Test func aBuildingNamedAfterATownIsNotTheTown() {
        #expect(places(.en, "Modi received the US president at Hyderabad House in New Delhi.") == ["place:IN-DEL"])
        #expect(places(.fr, "Modi a accueilli le président américain à Hyderabad House, à New Delhi.") == ["place:IN-DEL"])
        #expect(places(.en, "The summit was held in Hyderabad.") == ["place:IN-HYD"])
        #expect(places(.fr, "Le sommet s'est tenu à Hyderabad.") == ["place:IN-HYD"])
    }

    @Test func aNameThatIsAlsoAWordOrAFirstNameIsAPlaceOnlyAfterALocative() {
        // After "à", "in": the city.
        #expect(places(.fr, "Le sommet s'est tenu à Split.") == ["place:HR-SPU"])
        #expect(places(.en, "The summit was held in Split.") == ["place:HR-SPU"])
        #expect(places(.fr, "La conférence a lieu à Florence.") == ["place:IT-FLR"])
        #expect(places(.en, "The conference is in Florence this year.") == ["place:IT-FLR"])
        #expect(places(.fr, "Les ministres se retrouvent à Nancy.") == ["place:FR-ENC"])
        #expect(places(.fr, "Le Conseil s'est réuni à Sofia.") == ["place:BG-SOF"])
        #expect(places(.en, "The council met in Sofia.") == ["place:BG-SOF"])
        #expect(places(.en, "Leaders met in Malé.") == ["place:MV-MLE"])
        #expect(places(.fr, "La Communauté politique européenne s'est réunie à Grenade.") == ["place:ES-GRX"])
        #expect(places(.en, "The Granada summit of the European Political Community.") == ["place:ES-GRX"])
        // Elsewhere: a word, a first name, a framework.
        #expect(places(.en, "Split decisions are rare at the court.").isEmpty)
        #expect(places(.en, "The vote was split along party lines.").isEmpty)
        #expect(places(.fr, "Florence Parly a présidé la réunion.").isEmpty)
        #expect(places(.fr, "Le rapport a été remis à Florence Parly.").isEmpty)
        #expect(places(.en, "The bill passed at Nancy Pelosi's request.").isEmpty)
        #expect(places(.en, "Sofia Coppola attended the gala.").isEmpty)
        #expect(places(.fr, "Les tours de table se succèdent. Tours et détours de la négociation.").isEmpty)
        #expect(places(.fr, "Il a visité la Grenade, dans les Caraïbes.").isEmpty)
        #expect(places(.fr, "Trêves et cessez-le-feu se sont succédé.").isEmpty)
        #expect(places(.en, "The Windsor Framework was agreed in February.").isEmpty)
        #expect(places(.en, "Darwin's theory of evolution.").isEmpty)
        // The castle has a name of its own, not guarded.
        #expect(places(.en, "Windsor Castle hosted the state banquet.") == ["place:GB-WDS-CAS"])
        #expect(places(.en, "The King received him at Windsor.") == ["place:GB-WDS"])
    }

    @Test func aLongerNameWinsOverTheCityItStartsWith() {
        #expect(places(.fr, "Les ministres se réunissent à Fribourg.") == ["place:CH-FRI"])
        #expect(places(.en, "Talks resumed in Santiago de Cuba.") == ["place:CU-SCU"])
        #expect(places(.en, "Talks resumed in Santiago.") == ["place:CL-SCL"])
        #expect(places(.en, "The plane landed in Belize City.") == ["place:BZ-BZE"])
        #expect(places(.en, "Salvador Illa met the minister in Salvador da Bahia.") == ["place:BR-SSA"])
    }

    @Test func twoReportsOfOneSummitInTwoLanguagesClaimOnePlace() {
        let fr = claimLines(.fr, "Le sommet UE-Japon s'est tenu à Fribourg-en-Brisgau le 12 mai 2026.")
        let en = claimLines(.en, "The EU-Japan summit was held in Freiburg on 12 May 2026.")
        #expect(fr.contains("summit:EU+JP place DE-FRB asserted"), "\(fr)")
        #expect(en.contains("summit:EU+JP place DE-FRB asserted"), "\(en)")
        let split = claimLines(.en, "The EU-Japan summit was held in Split on 12 May 2026.")
        #expect(split.contains("summit:EU+JP place HR-SPU asserted"), "\(split)")
        let toulon = claimLines(.fr, "Le sommet franco-italien s'est ouvert à Toulon le 3 mars 2026.")
        #expect(toulon.contains { $0.hasSuffix("place FR-TLN asserted") }, "\(toulon)")
    }
}
