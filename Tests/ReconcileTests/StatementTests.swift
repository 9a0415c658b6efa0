import Testing
import Extract
import Reconcile

/// A statement names its claim in the batch rather than holding a copy: it must still give the
/// claim back, and compare and hash as its claim and value.
@Suite struct StatementTests {
    let a = ClaimFactory(document: "a")

    @Test func aStatementOfABatchGivesItsClaimBackAndEqualsOneMadeFromTheClaim() throws {
        let claims = [
            a.claim("summit", ["EU", "JP"], ordinal: 29, .date, day(2025, 5, 12), at: 10),
            a.claim("summit", ["EU", "JP"], ordinal: 29, .place, .place("JP-TYO"), at: 20),
        ]
        let r = Reconciler().reconcile(claims)
        let place = try #require(r.findings.first { $0.attribute == .place })
        let s = try #require(place.values.first?.statements.first)
        #expect(s.claim == claims[1])
        #expect(s.document == "a")
        #expect(s.value == "JP-TYO")
        let made = Statement(claim: claims[1], value: "JP-TYO")
        #expect(s == made)
        #expect(s.hashValue == made.hashValue)
        #expect(s != Statement(claim: claims[0], value: "JP-TYO"))
        #expect(s != Statement(claim: claims[1], value: "JP"))
    }
}
