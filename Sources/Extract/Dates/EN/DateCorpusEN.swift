/// English time expressions. Values are TIMEX3 against the fixed reference date, Tuesday
/// 2013-02-12 (``ExtractionContext/fixed(_:)``), in a clause with no future cue (asserted), with
/// the modifier when there is one: "2024 (START)". Year-less dates lean to the past unless that
/// is more than nine months back (see ``DateResolver``): "November 30" is 2012-11-30, "April 30"
/// 2013-04-30.
extension DateRulesEN {
    package static let corpus: [CorpusEntry<String>] = [
        // Absolute days.
        .init("2022-05-12", "May 12, 2022", "May 12 2022", "May 12th, 2022", "12 May 2022", "12th May 2022",
              "the 12th of May 2022", "12th of May, 2022", "Thursday, May 12, 2022", "Thursday 12 May 2022",
              "on 12 May 2022", "On May 12, 2022", "2022-05-12", "05/12/2022", "MAY 12, 2022", "May 12, 2022",
              "12 May, 2022"),
        .init("2024-05-01", "May 1, 2024", "May 1st, 2024", "1st May 2024", "05/01/2024", "5/1/2024"),
        .init("2025-09-03", "Sept. 3, 2025", "Sep 3, 2025", "3 Sept 2025", "September 3, 2025"),
        .init("2024-01-25", "Jan. 25, 2024", "25 Jan 2024", "25/01/2024"),
        .init("1969-07-20", "July 20, 1969"),
        // Days without a year.
        .init("2013-04-30", "April 30", "on 30 April", "30 April", "April 30th", "the 30th of April", "on April 30"),
        .init("2012-11-30", "November 30", "30 November", "Nov. 30"),
        .init("2013-03-26", "March 26", "on March 26"),
        .init("2013-02-12", "February 12"),
        // Months and years.
        .init("2022-05", "May 2022", "in May 2022", "In May 2022", "May of 2022"),
        .init("2025", "in 2025", "In 2025", "the year 2025"),
        .init("2012-06", "in June", "In June"),
        .init("2013-04", "in April"),
        .init("2012-05", "last May"),
        .init("2013-06", "next June"),
        // Modifiers.
        .init("2024 (START)", "early 2024", "in early 2024", "Early 2024", "the beginning of 2024",
              "at the start of 2024"),
        .init("2023 (END)", "late 2023", "in late 2023", "end of 2023", "the end of 2023", "at the end of 2023",
              "end-2023", "by the end of 2023"),
        .init("2024 (MID)", "mid-2024", "mid 2024", "in mid-2024", "the middle of 2024"),
        .init("2012-07 (MID)", "mid-July", "Mid-July", "mid July", "in mid-July"),
        .init("2024-05 (END)", "late May 2024", "the end of May 2024"),
        .init("2013-03 (START)", "early March"),
        .init("2013 (END)", "the end of the year", "end of this year", "by the end of this year", "the end of this year"),
        .init("2014 (START)", "early next year"),
        .init("2020 (APPROX)", "around 2020", "circa 2020"),
        // Lists and spans.
        .init("2024-05-02/2024-05-03", "May 2-3, 2024", "May 2 and 3, 2024", "2-3 May 2024", "May 2–3, 2024",
              "2 and 3 May 2024", "May 2 to 3, 2024"),
        .init("2013-05-02/2013-05-03", "May 2 and 3", "on May 2 and 3", "2 and 3 May"),
        .init("2024-07-11/2024-07-13", "between 11 and 13 July 2024", "between July 11 and 13, 2024",
              "11-13 July 2024", "from 11 to 13 July 2024", "July 11-13, 2024", "from July 11 to July 13, 2024"),
        .init("2025-06-02/2025-06-04", "from 2 to 4 June 2025", "2-4 June 2025", "June 2-4, 2025",
              "from June 2 to June 4, 2025", "from June 2 to 4, 2025"),
        .init("2024-05-30/2024-06-02", "May 30-June 2, 2024", "from May 30 to June 2, 2024", "30 May-2 June 2024"),
        .init("2020/2022", "from 2020 to 2022", "between 2020 and 2022", "2020-2022", "2020–2022"),
        .init("2024-05/2024-07", "from May to July 2024", "between May and July 2024"),
        // Relative days.
        .init("2013-02-12", "today", "Today", "TODAY", "tonight", "this morning"),
        .init("2013-02-11", "yesterday", "Yesterday", "last night"),
        .init("2013-02-13", "tomorrow", "Tomorrow"),
        .init("2013-02-10", "the day before yesterday"),
        .init("2013-02-14", "the day after tomorrow"),
        // Relative periods.
        .init("2013-01", "last month", "Last month"),
        .init("2013-03", "next month"),
        .init("2013-02", "this month"),
        .init("2014", "next year", "Next year", "the coming year"),
        .init("2012", "last year", "Last year"),
        .init("2013", "this year", "later this year", "earlier this year"),
        .init("2013-02-04/2013-02-10", "last week"),
        .init("2013-02-18/2013-02-24", "next week"),
        .init("2013-02-11/2013-02-17", "this week"),
        // Weekdays.
        .init("2013-02-07", "on Thursday", "Thursday", "last Thursday", "On Thursday"),
        .init("2013-02-14", "this Thursday"),
        .init("2013-02-19", "next Tuesday", "on next Tuesday"),
        .init("2013-02-08", "last Friday", "on Friday"),
        .init("2013-02-11", "on Monday", "Monday"),
        // Offsets.
        .init("2013-02-08", "4 days ago", "four days ago"),
        .init("2011", "two years ago", "2 years ago"),
        .init("2012", "a year ago", "one year ago"),
        .init("2012-11", "three months ago"),
        .init("2013-02-15", "in three days", "in 3 days", "three days from now"),
        .init("2013-02-25/2013-03-03", "in two weeks"),
    ]

    /// Without a reference date: year-less dates keep no year, relative ones stay relative.
    package static let unanchoredCorpus: [CorpusEntry<String>] = [
        .init("XXXX-04-30", "April 30", "on 30 April"),
        .init("XXXX-06", "in June"),
        .init("XXXX-05-02/XXXX-05-03", "May 2 and 3"),
        .init("PRESENT_REF", "today"),
        .init("ANCHOR+P1D", "tomorrow"),
        .init("ANCHOR-P1D", "yesterday"),
        .init("ANCHOR-P1M", "last month"),
        .init("ANCHOR+P1Y", "next year"),
        .init("ANCHOR-P1W", "last week"),
        .init("ANCHOR+XXXX-WXX-2", "next Tuesday"),
        .init("ANCHOR-P2Y", "two years ago"),
        .init("2022-05-12", "May 12, 2022"),
        .init("2025", "in 2025"),
    ]

    /// Near misses: no date here.
    package static let negativeCorpus: [String] = [
        "may", "You may go", "May I ask", "march on", "2025 euros", "page 2024", "2024 people", "1,000",
        "in 2000 cases", "the 1990s", "Mars", "the world of tomorrow", "early warning", "late fees", "the end of talks",
        "G7", "5G", "27 member states", "2 and 3", "from 10 to 20", "between 2000 and 3000 euros", "March", "May",
        "April 31", "the 32nd of May", "2024", "in 3000", "29th summit", "at the end", "around 200", "early on",
        "three days later", "over the past year", "monday", "in may", "rose by 2000 jobs", "up from 2000 protesters",
    ]
}
