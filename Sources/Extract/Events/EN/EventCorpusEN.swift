/// English examples: each text must name exactly these events, written `series#ordinal@instance`
/// after references were resolved ("summit:EU+JP#29@0").
extension EventRulesEN {
    package static let corpus: [CorpusEntry<[String]>] = [
        .init(["summit:EU+JP@0"], "the EU-Japan summit", "the Japan-EU summit", "the EU–Japan summit", "the EU/Japan summit",
              "the summit between the EU and Japan", "the Japanese-European summit"),
        .init(["summit:EU+JP#29@0"], "the 29th EU-Japan summit", "the twenty-ninth EU-Japan summit", "at the 29th Japan-EU summit in Tokyo"),
        .init(["summit:G7@0"], "the G7 summit", "the summit of the G7"),
        .init(["summit:EU+KR@0"], "the EU-Korea summit", "the EU-South Korea summit"),
        .init(["ministerial-meeting:OECD@0"], "the OECD ministerial meeting", "the OECD Ministerial Council Meeting",
              "the ministerial meeting of the OECD"),
        .init(["digital-partnership-council:EU+JP#3@0"], "the third EU-Japan Digital Partnership Council",
              "The EU and Japan held their third Digital Partnership Council.", "the 3rd meeting of the EU-Japan Digital Partnership Council"),
        .init(["trade-and-technology-council:EU+US@0"], "the EU-US Trade and Technology Council", "the EU-US TTC"),
        .init(["cyber-dialogue:EU+JP#6@0"], "the sixth EU-Japan cyber dialogue"),
        .init(["letter-of-intent:EU+JP@0"], "The EU and Japan will sign a letter of intent."),
        .init(["digital-partnership:EU+JP@0"], "the launch of the EU-Japan Digital Partnership", "The EU-Japan Digital Partnership was signed."),
        .init(["economic-partnership-agreement:EU+JP@0"], "the EU-Japan Economic Partnership Agreement", "the EU-Japan EPA"),
        .init(["digital-partnership-council:EU+JP#3@0", "digital-partnership-council:EU+JP#3@0"],
              "The EU and Japan held their third Digital Partnership Council. The Council met in Tokyo."),
        .init(["digital-partnership-council:EU+JP@0", "digital-partnership-council:EU+JP#3@1"],
              "The EU-Japan Digital Partnership Council will take place on 30 April. The third meeting is expected in 2025."),
        .init(["digital-partnership-council:EU+JP@0", "digital-partnership-council:EU+KR@1"],
              "The EU-Japan Digital Partnership Council will take place on 30 April.\nThe EU and South Korea announced cooperation. At their Digital Partnership Council, they launched a forum."),
        .init(["meeting:EU+JP@0"], "The EU and Japan met in Tokyo."),
        // "edition", "gathering": an instance of the series talked of.
        .init(["summit:G7#51@0", "summit:G7#50@1"], "The 51st G7 summit opened in Kananaskis, a year after the 50th gathering in Apulia."),
        // A numbered generic noun in apposition numbers the event before it; the summit the
        // article opens with, numbered in the next sentence, is that one.
        .init(["summit:G7#51@0", "summit:G7#51@0", "summit:G7#51@0"],
              "The G7 summit opened in Kananaskis. The June 15-17 summit, the 51st gathering of G7 leaders, ended without a communique."),
        .init(["summit:FR+IT#36@0", "summit:FR+IT#36@0"],
              "Macron and Meloni met at a summit on Thursday in Nice. The 36th Franco-Italian summit brought a dozen ministers."),
        // Not a summit recalled with its own day, nor the last one.
        .init(["summit:FR+IT@0", "summit:FR+IT#36@1"],
              "Macron and Meloni met at a summit in Naples in February 2020. The 36th Franco-Italian summit opened on Thursday in Nice."),
        .init(["summit:FR+IT@0", "summit:FR+IT#36@1"],
              "The last summit was held in Naples. The 36th Franco-Italian summit brought a dozen ministers."),
        // A capitalised name ending in "Agreement" is that agreement, not the one named before.
        .init(["security-and-defence-partnership:CA+EU@0", "agreement:CA+EU@1"],
              "The EU and Canada signed a Security and Defence Partnership. The Canada-EU Mutual Recognition Agreement was also discussed."),
        .init(["comprehensive-economic-and-trade-agreement:CA+EU@0"], "the EU-Canada Comprehensive Economic and Trade Agreement", "the EU-Canada CETA"),
        // "with <party>": the other side, with the subject when there is one; never another
        // event of the document.
        .init(["summit:CN+EU@0"], "The EU will hold a summit with China in July.", "The EU will hold a summit with Chinese leaders in July."),
        .init(["summit:EU+JP#30@0", "summit:CN@1"],
              "The 30th EU-Japan summit took place in Tokyo. Von der Leyen then flew to Beijing for a summit with Chinese leaders."),
        // "the first … held in Africa" compares; it does not number the summit.
        .init(["summit:G20@0"], "The first G20 summit held in Africa opened in Johannesburg.", "the first G20 summit since the pandemic"),
        .init(["summit:G20#1@0"], "The first G20 summit opened in Washington."),
        .init(["climate-conference:#30@0"], "the 30th UN climate conference", "the 30th United Nations climate conference",
              // An event of everyone: the host and the speakers around it are not its parties.
              "Brazil hosted the 30th UN climate conference in Belém.",
              "The 30th UN climate conference ended as Saudi Arabia and Russia blocked a deal."),
        // A qualifier two words before a generic noun makes it another agreement.
        .init(["free-trade-agreement:EU+KR@0", "agreement:EU+KR@1"],
              "The EU-Korea free trade agreement entered into force in 2011. The EU and South Korea signed a digital trade agreement."),
        // Whose event: the subject parties of its clause, never those after it or of another clause.
        .init(["summit:CA+EU#20@0"], "The EU and Canada held their 20th summit in Brussels, as both sides sought to reduce their reliance on the United States.",
              "While the United States watched, the EU and Canada held their 20th summit."),
        .init(["summit:EU+JP#30@0", "summit:EU+JP#30@0"],
              "The 30th EU-Japan summit took place in Tokyo. The prime minister called the summit a success while China and Russia watched closely."),
        .init(["summit:EU+JP@0"], "At their summit in Tokyo, the EU and Japan discussed trade.",
              "The EU and Japan, which have been partners for decades, held a summit in Tokyo."),
        .init(["summit:G7#51@0", "summit:G7#51@0"],
              "The 51st G7 summit opened in Kananaskis. The summit was overshadowed by the conflict between Israel and Iran."),
        // Agreements known by their name (see `NamedAgreements`): their name and kind, no parties.
        .init(["quirinal-treaty:@0"], "the Quirinal Treaty", "The Quirinal Treaty was signed in Rome in 2021.", "the Treaty of the Quirinal"),
        .init(["lisbon-treaty:@0"], "the Lisbon Treaty", "the Treaty of Lisbon"),
        .init(["aachen-treaty:@0"], "the Treaty of Aachen"),
        .init(["elysee-treaty:@0"], "the Elysée Treaty", "the Franco-German Élysée Treaty of 1963"),
        // "Revised" names another treaty than the Treaty of Chaguaramas.
        .init(["revised-chaguaramas-treaty:@0"], "the Revised Treaty of Chaguaramas"),
        .init(["lancaster-house-treaty:@0"], "the Lancaster House treaties"),
        .init(["antarctica-treaty:@0"], "the Antarctic Treaty"),
        .init(["oslo-agreement:@0"], "the Oslo Accords"),
        .init(["paris-agreement:@0"], "the Paris Agreement"),
        .init(["kyoto-protocol:@0"], "the Kyoto Protocol"),
        // Part of a longer name: that event's series, numbered as it is.
        .init(["meeting:antarctica-treaty#48@0"], "the 48th Antarctic Treaty Consultative Meeting", "the 48th Antarctic Treaty meeting"),
        // A body's own meeting is not the gathering the article tells of.
        .init(["meeting:#48@0"], "The 48th meeting opened on Monday. The Committee for Environmental Protection held its 28th meeting."),
    ]

    /// Near misses: no event.
    package static let negativeCorpus: [String] = [
        "the city council",                       // lower-case "council"
        "the launch of the rocket",               // an act without an agreement
        "They signed the letter.",
        "Japan met its targets.",                 // one party and "met": no meeting
        "the European Council",                   // an institution, not a generic council
        "in accordance with the rules",
        "the Friendship Treaty",                  // a kind of treaty, no name
        "a landmark treaty",
        "the North Atlantic Treaty Organization",
        "Leaders Sign Historic Rome Treaty",      // a headline in title case
    ]
}
