/// English numbers: every spelling must give exactly one number over the whole input.
extension NumberRulesEN {
    package static let corpus: [CorpusEntry<Quantity>] = [
        .init(Quantity(value: 27), "27", "twenty-seven", "twenty seven", "Twenty-seven"),
        .init(Quantity(value: 1000), "1,000", "1000", "one thousand", "a thousand", "1\u{00A0}000", "1\u{202F}000"),
        .init(Quantity(value: 1_000_000), "1,000,000", "one million", "a million"),
        .init(Quantity(value: 3.5), "3.5"),
        .init(Quantity(value: 1_250.5), "1,250.5"),
        .init(Quantity(value: 105), "one hundred and five", "a hundred and five", "one hundred five"),
        .init(Quantity(value: 120), "one hundred and twenty"),
        .init(Quantity(value: 2005), "two thousand and five"),
        .init(Quantity(value: 99), "ninety-nine"),
        .init(Quantity(value: 13), "thirteen"),
        .init(Quantity(value: 1_500_000), "1.5 million"),
        .init(Quantity(value: 3_000_000_000), "3 billion", "three billion", "3bn", "3 bn"),
        .init(Quantity(value: 2_400_000), "two million four hundred thousand", "2.4 million"),
        .init(Quantity(value: 5, unit: "%"), "5%", "5 %", "5 per cent", "5 percent", "five percent", "five per cent"),
        .init(Quantity(value: 12.5, unit: "%"), "12.5%", "12.5 per cent"),
        .init(Quantity(value: 2_000_000_000, unit: "EUR"), "€2 billion", "€2bn", "2 billion euros", "EUR 2 billion",
              "€ 2 billion"),
        .init(Quantity(value: 5_000_000, unit: "USD"), "$5m", "$5 million", "US$5 million", "5 million dollars",
              "$5mn", "5 million US dollars"),
        .init(Quantity(value: 1_500_000, unit: "USD"), "1.5m dollars", "$1.5m", "$1,500,000", "USD 1.5 million"),
        .init(Quantity(value: 100, unit: "JPY"), "¥100", "100 yen"),
        .init(Quantity(value: 3_500_000_000, unit: "GBP"), "£3.5bn", "£3.5 billion"),
        .init(Quantity(value: 300_000, unit: "USD"), "$300k", "$300,000"),
        .init(Quantity(value: 2_000_000, approximate: true), "about 2 million", "about two million", "nearly 2 million",
              "around 2 million", "some 2 million", "more than 2 million", "roughly 2 million"),
        .init(Quantity(value: 40, approximate: true), "some 40", "about 40", "nearly forty", "at least 40", "over 40",
              "up to 40", "an estimated 40", "close to 40"),
        .init(Quantity(value: 12, approximate: true), "a dozen"),
        .init(Quantity(value: 500_000, approximate: true), "half a million"),
        .init(Quantity(value: 50, unit: "%", approximate: true), "more than 50%", "about 50 per cent"),
        .init(Quantity(value: 1_000_000_000, unit: "USD", approximate: true), "about $1bn", "nearly $1 billion"),
    ]

    /// Near misses: no number here.
    package static let negativeCorpus: [String] = [
        "a summit", "one of the leaders", "an agreement", "G7", "5G", "5G/6G", "e2e", "29th", "3rd", "COVID-19",
        "F-35", "millions of people", "hundreds", "5m", "A320",
    ]
}
