/// English ordinals: every spelling must give exactly one ordinal over the whole input.
extension OrdinalRulesEN {
    package static let corpus: [CorpusEntry<Int>] = [
        .init(1, "first", "First", "FIRST", "1st", "inaugural", "Inaugural"),
        .init(2, "second", "Second", "2nd"),
        .init(3, "third", "Third", "3rd"),
        .init(4, "fourth", "4th"),
        .init(5, "fifth", "5th"),
        .init(8, "eighth", "8th"),
        .init(9, "ninth", "9th"),
        .init(11, "eleventh", "11th"),
        .init(12, "twelfth", "12th"),
        .init(13, "thirteenth", "13th"),
        .init(20, "twentieth", "20th"),
        .init(21, "twenty-first", "twenty first", "Twenty-first", "21st"),
        .init(22, "twenty-second", "22nd"),
        .init(23, "twenty-third", "23rd"),
        .init(28, "twenty-eighth", "28th"),
        .init(29, "twenty-ninth", "29th"),
        .init(40, "fortieth", "40th"),
        .init(99, "ninety-ninth"),
        .init(100, "hundredth", "one hundredth", "100th"),
        .init(101, "one hundred and first", "hundred and first", "101st"),
        .init(111, "111th"),
        .init(1000, "thousandth", "1000th"),
    ]

    /// Near misses: no ordinal here.
    package static let negativeCorpus: [String] = [
        "a second", "one second", "a second later", "a second or two", "per second", "30 seconds", "e2e", "5G",
        "World War II", "Elizabeth II", "XXIXe", "21th", "2st", "3th", "twenty-one", "one", "29", "1,000",
        "to second the motion",
    ]
}
