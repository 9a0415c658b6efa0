/// How two values of the same attribute relate.
public enum Relation: Sendable, Hashable {
    /// The same value.
    case same
    /// Both can be true at once, but they are not the same value: one is coarser ("2022" and
    /// "2022-05"; "JP" and "JP-TYO"), or the year of one is unknown ("XXXX-04-30" and "2024-04-30").
    case compatible
    /// Both cannot be true of one event (28th vs 29th; "15–16 June" vs "16–17 June").
    case incompatible
    /// Nothing can be said: an unresolved "aujourd'hui", two lists of participants.
    case incomparable
}
