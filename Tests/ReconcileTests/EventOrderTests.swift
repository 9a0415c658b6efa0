import Testing
import Extract
@testable import Reconcile

/// Events are listed by id. Reconciliation sorts their ids series by series (see
/// `Reconciler.order(of:series:startingAt:)`); the order must be the one a plain sort of all
/// ids gives, whatever the series' names.
@Suite struct EventOrderTests {
    /// The order a plain, stable sort of all ids gives.
    private func plain(_ ids: [String]) -> [Int] { ids.indices.sorted { ids[$0] < ids[$1] } }

    @Test func seriesWhoseNamesStartWithOneAnothersAreSortedTogether() {
        // "summit:EU+JP~…" and "…@…" sort after "summit:EU+JP+KR#1": the two series interleave.
        let names = ["summit:EU+JP", "summit:EU+JP+KR", "summit:EU+KR", "x"]
        let ids = ["summit:EU+JP@2025-06", "summit:EU+JP#3", "summit:EU+JP~d.1", "summit:EU+JP#10",
                   "summit:EU+JP+KR~a.0", "summit:EU+JP+KR#1",
                   "summit:EU+KR#2",
                   "x#1", "x#1",
                   // Venues named only in a held_at: any series, equal to a linked id or not.
                   "summit:EU+JP#2", "w#4", "x#1", "summit:EU+JP+KR#0"]
        let start = [0, 4, 6, 7, 9]
        #expect(Reconciler.order(of: ids, series: names, startingAt: start) == plain(ids))
        // As when the caller checked the ids as it made them.
        #expect(Reconciler.order(of: ids, series: names, startingAt: start, grouped: true) == plain(ids))
        #expect(Reconciler.order(of: ids, series: names, startingAt: start, grouped: false) == plain(ids))
    }

    @Test func idsOutsideTheirSeriesNameOrNonASCIINamesFallBackToOneSort() {
        // A one-off event with no party is named by its type alone, which its series' name extends.
        let oneOff = ["summit:EU#1", "summit:"]
        #expect(Reconciler.order(of: oneOff, series: ["summit:EU", "summit:~a.0"], startingAt: [0, 1, 2]) == plain(oneOff))
        let accented = ["rz#1", "réunion:EU#2", "réunion:EU#1", "réunion:EU+JP#1"]
        #expect(Reconciler.order(of: accented, series: ["rz", "réunion:EU", "réunion:EU+JP"], startingAt: [0, 1, 3, 4])
                == plain(accented))
    }

    @Test func noEventsAndNoVenues() {
        #expect(Reconciler.order(of: [], series: [], startingAt: [0]).isEmpty)
        #expect(Reconciler.order(of: ["a#1"], series: [], startingAt: [0]) == [0])
    }

    @Test func startsReadsBytes() {
        #expect(Describe.starts("summit:EU+JP#3", with: "summit:EU+JP"))
        #expect(Describe.starts("summit:EU+JP", with: "summit:EU+JP"))
        #expect(Describe.starts("abc", with: ""))
        #expect(!Describe.starts("summit:EU", with: "summit:EU+JP"))
        #expect(!Describe.starts("summit:EU+KR", with: "summit:EU+JP"))
        #expect(Describe.starts("réunion:EU#1", with: "réunion"))
        #expect(Describe.isASCII("summit:EU+JP") && !Describe.isASCII("réunion"))
    }

    @Test func reconciledEventsAreInIdOrder() {
        let a = ClaimFactory(document: "a"), b = ClaimFactory(document: "b")
        let claims = [
            a.claim("summit", ["EU", "JP"], ordinal: 3, instance: 0, .date, day(2025, 6, 4), at: 10),
            a.claim("summit", ["EU", "JP"], instance: 1, .date, month(2023, 7), at: 40),
            a.claim("summit", ["EU", "JP", "KR"], ordinal: 1, instance: 2, .date, day(2024, 5, 1), at: 70),
            b.claim("summit", ["EU", "JP"], instance: 0, .place, .place("JP-TYO"), at: 10),
            b.claim("summit", ["EU", "JP", "KR"], instance: 1, .date, month(2022, 3), at: 30),
            b.claim("council", ["EU", "JP"], instance: 2, .heldAt,
                    .event(EventRef(type: "summit", parties: ["EU", "JP"], ordinal: 2, instance: 9)), at: 50),
        ]
        let ids = Reconciler().reconcile(claims).events.map(\.id)
        #expect(ids == ids.sorted())
        #expect(ids.contains("summit:EU+JP#2"))
    }
}
