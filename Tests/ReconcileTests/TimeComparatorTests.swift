import Testing
import Extract
import Reconcile

@Suite struct TimeComparatorTests {
    func t(_ v: ClaimValue) -> TimeValue { if case .time(let x) = v { return x }; fatalError() }

    @Test func precisionIsCompatibleNotConflicting() {
        #expect(TimeComparator.relation(t(year(2022)), t(month(2022, 5))) == .compatible)
        #expect(TimeComparator.relation(t(month(2022, 5)), t(day(2022, 5, 12))) == .compatible)
        #expect(TimeComparator.relation(t(day(nil, 4, 30)), t(day(2024, 4, 30))) == .compatible)
        #expect(TimeComparator.relation(t(day(nil, 4, 30)), t(year(2024))) == .compatible)
    }

    @Test func differentValuesAtTheSamePrecisionConflict() {
        #expect(TimeComparator.relation(t(year(2024)), t(year(2025))) == .incompatible)
        #expect(TimeComparator.relation(t(days(2025, 6, 15, 16)), t(days(2025, 6, 16, 17))) == .incompatible)
        #expect(TimeComparator.relation(t(day(nil, 4, 30)), t(day(2024, 5, 2))) == .incompatible)
    }

    @Test func aDayInsideASpanFitsIt() {
        #expect(TimeComparator.relation(t(day(2024, 7, 2)), t(days(2024, 7, 2, 3))) == .compatible)
    }

    @Test func modifiersNarrowTheYear() {
        let early2026 = TimeValue(start: TimePoint(year: 2026), modifier: .start)
        #expect(TimeComparator.relation(early2026, t(day(2026, 2, 20))) == .compatible)
        #expect(TimeComparator.relation(early2026, t(day(2026, 10, 20))) == .incompatible)
    }

    @Test func unresolvedRelativeIsIncomparable() {
        #expect(TimeComparator.relation(t(today), t(year(2025))) == .incomparable)
    }
}
