/// French ordinals: every spelling must give exactly one ordinal over the whole input.
extension OrdinalRulesFR {
    package static let corpus: [CorpusEntry<Int>] = [
        .init(1, "premier", "première", "Premier", "Première", "premiers", "1er", "1re", "1ère", "1ʳᵉ", "1ᵉʳ", "1ere",
              "Ier", "Ire", "inaugural", "inaugurale"),
        .init(2, "deuxième", "deuxieme", "Deuxième", "second", "seconde", "Seconde", "2e", "2ème", "2eme", "2ᵉ", "2è",
              "2nd", "2nde", "IIe", "IIᵉ", "IIème"),
        .init(3, "troisième", "troisieme", "TROISIÈME", "3e", "3ème", "3eme", "3ᵉ", "3è", "IIIe"),
        .init(4, "quatrième", "4e", "IVe"),
        .init(5, "cinquième", "Ve"),
        .init(6, "sixième", "6e", "VIe"),
        .init(9, "neuvième", "9ème"),
        .init(10, "dixième", "Xe"),
        .init(11, "onzième", "11e"),
        .init(16, "seizième"),
        .init(17, "dix-septième"),
        .init(19, "dix-neuvième", "XIXe", "XIXᵉ", "XIXème"),
        .init(20, "vingtième", "XXe"),
        .init(21, "vingt et unième", "vingt-et-unième", "XXIe", "XXIᵉ", "21e"),
        .init(22, "vingt-deuxième"),
        .init(28, "vingt-huitième", "28e", "28ème", "XXVIIIe"),
        .init(29, "vingt-neuvième", "Vingt-neuvième", "29e", "29ème", "29ᵉ", "XXIXe", "XXIXᵉ"),
        .init(31, "trente et unième", "trente-et-unième"),
        .init(44, "quarante-quatrième", "XLIVe"),
        .init(70, "soixante-dixième", "septantième"),
        .init(71, "soixante et onzième"),
        .init(80, "quatre-vingtième", "huitantième"),
        .init(90, "quatre-vingt-dixième", "nonantième", "XCe"),
        .init(99, "quatre-vingt-dix-neuvième"),
        .init(100, "centième", "100e"),
        .init(101, "cent unième", "cent-unième"),
        .init(200, "deux centième", "deux-centième"),
        .init(1000, "millième"),
        .init(1999, "MCMXCIXe"),
        .init(2025, "2025e"),
    ]

    /// Near misses: no ordinal here.
    package static let negativeCorpus: [String] = [
        "une seconde", "Une seconde plus tard", "une seconde de silence", "10 secondes", "1 seconde", "e2e", "5G",
        "la 5G/6G", "6G", "Le", "Ce", "De", "Me", "CIE", "Cie", "le Premier ministre", "la Première ministre", "Louis XIV",
        "II", "vingt-sept", "trois", "3", "1 000", "dernier", "3D", "Mme", "MIRAI", "IIIIe", "VXe", "XCXe", "ICe",
        "Xxixe", "XXIXE", "Vie",
    ]
}
