import Testing

@testable import ParleyCore

/// Names are found whatever the order they are asked in; the order given
/// only makes the search short.
@Suite("Ordered lookup")
struct OrderedLookupTests {
  @Test("in order, out of order, skipping, repeated and missing names")
  func lookups() {
    var lookup = OrderedLookup([("kind", "K"), ("label", "L"), ("date", "D"), ("datum", "X")])
    #expect(lookup.text(for: "kind") == "K")
    #expect(lookup.text(for: "date") == "D", "skipping label")
    #expect(lookup.text(for: "label") == "L", "going back")
    #expect(lookup.text(for: "label") == "L", "asked twice")
    #expect(lookup.text(for: "datum") == "X", "a name of the same length as another")
    #expect(lookup.text(for: "kind") == "K", "wrapping around")
    #expect(lookup.text(for: "missing") == nil)
    #expect(lookup.text(for: "") == nil)
    var empty = OrderedLookup([])
    #expect(empty.text(for: "kind") == nil)
  }
}
