import Extract

/// The claims of one batch, read in place.
///
/// A claim is a large value (some 300 bytes, with several strings and arrays in it), and
/// `Array`'s subscript hands out a copy of the whole claim even to read one field of it: a
/// copy of its bytes, a retain of each string and array, then their release. Reconciliation
/// reads fields of every claim many times (to link, to sort and to group statements), so it
/// reads them here instead, through the address of the array's storage, which the compiler
/// projects to the one field read.
///
/// Only made by ``withClaims(_:_:)``, and valid inside it only: the storage is the array's,
/// which it keeps alive and unchanged meanwhile.
struct InputClaims {
    /// The claims as given: what statements keep, to hand their claim out (no copy is made).
    let array: [Claim]
    private let storage: UnsafeBufferPointer<Claim>

    private init(_ array: [Claim], _ storage: UnsafeBufferPointer<Claim>) {
        self.array = array
        self.storage = storage
    }

    /// Calls `body` with `claims` read in place.
    static func withClaims<R>(_ claims: [Claim], _ body: (InputClaims) throws -> R) rethrows -> R {
        try claims.withUnsafeBufferPointer { try body(InputClaims(claims, $0)) }
    }

    var count: Int { storage.count }
    var indices: Range<Int> { 0..<storage.count }

    subscript(_ i: Int) -> Claim {
        unsafeAddress {
            precondition(i >= 0 && i < storage.count, "claim index out of range")
            return storage.baseAddress! + i
        }
    }
}
