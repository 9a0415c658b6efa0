public import Extract

/// The façade of Reconcile: claims in, events and discrepancies out.
public struct Reconciler: Sendable {
    public init() {}
}
