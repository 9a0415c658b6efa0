/// A number as the text states it: "1 000" is 1000, "3,5 %" is 3.5 with unit "%",
/// "deux millions d'euros" is 2_000_000 "EUR", "près de 100" is 100, approximate.
public struct Quantity: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: Double
    /// "%", "EUR", "USD", "JPY", "GBP"; nil for a bare number; in a count claim, what is
    /// counted, in one key for both languages ("member-countries", "delegates").
    public let unit: String?
    public let approximate: Bool      // "près de", "environ", "about", "some", "nearly"

    public init(value: Double, unit: String? = nil, approximate: Bool = false) {
        self.value = value; self.unit = unit; self.approximate = approximate
    }

    public var description: String {
        let n = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return (approximate ? "~" : "") + n + (unit.map { " " + $0 } ?? "")
    }
}
