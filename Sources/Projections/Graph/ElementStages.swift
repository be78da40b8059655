/// One step of making a projection's elements: a number of records, and
/// how one of them, by index, expands into the elements it gives.
struct ElementStage<Element> {
  /// How many records the stage goes through.
  let count: Int
  /// Appends the elements of record `index`.
  let expand: (_ index: Int, _ into: inout [Element]) -> Void
}

/// Pulls elements one at a time from stages, expanding one record at a
/// time: at most one record's elements are held.
struct ElementStages<Element>: IteratorProtocol {
  private let stages: [ElementStage<Element>]
  private var stage = 0
  private var record = 0
  private var buffer: [Element] = []
  private var position = 0

  init(_ stages: [ElementStage<Element>]) { self.stages = stages }

  mutating func next() -> Element? {
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

/// Gives edges unique ids: records that become edges keep their own ids,
/// and ids derived from others step around them and around each other
/// (`russia.party.geneva`, then `….2`).
final class EdgeIDs {
  private var used: Set<String> = []
  private var reserved: Set<String> = []

  /// Ids that records will give their own edges.
  func reserve<Ids: Sequence>(_ ids: Ids) where Ids.Element == String {
    reserved.formUnion(ids)
  }

  /// A record's own id, as it is.
  func record(_ id: String) -> String {
    used.insert(id)
    return id
  }

  /// `preferred`, or `preferred.2`, `.3` … when it is taken or reserved.
  func derived(_ preferred: String) -> String {
    var id = preferred
    var suffix = 2
    while used.contains(id) || reserved.contains(id) {
      id = "\(preferred).\(suffix)"
      suffix += 1
    }
    used.insert(id)
    return id
  }
}
