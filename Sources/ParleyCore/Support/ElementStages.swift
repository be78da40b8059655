/// One step of a projection's stream: a number of records, and how one of
/// them, by index, expands into the elements it gives (nodes, edges,
/// resources, rows).
package struct ElementStage<Element> {
  /// How many records the stage goes through.
  package let count: Int
  /// Appends the elements of record `index`.
  package let expand: (_ index: Int, _ into: inout [Element]) -> Void

  /// Creates a stage.
  package init(count: Int, expand: @escaping (_ index: Int, _ into: inout [Element]) -> Void) {
    (self.count, self.expand) = (count, expand)
  }
}

/// Pulls elements one at a time from stages, expanding one record at a
/// time: at most one record's elements are held. Every projection streams
/// through it.
package struct ElementStages<Element>: IteratorProtocol {
  private let stages: [ElementStage<Element>]
  private var stage = 0
  private var record = 0
  private var buffer: [Element] = []
  private var position = 0

  /// Starts before the first element of the first stage.
  package init(_ stages: [ElementStage<Element>]) { self.stages = stages }

  /// The next element, or `nil` after the last stage.
  package mutating func next() -> Element? {
    while position == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      position = 0
      guard stage < stages.count else { return nil }
      if record < stages[stage].count {
        stages[stage].expand(record, &buffer)
        record += 1
      } else {
        stage += 1
        record = 0
      }
    }
    defer { position += 1 }
    return buffer[position]
  }
}
