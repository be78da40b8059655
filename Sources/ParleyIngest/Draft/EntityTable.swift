/// The draft's entities in the order they were first named, found by id.
///
/// A field is read and changed where the record lies: a dictionary of
/// records hands out a copy of a whole record, retaining each of its
/// strings and arrays, to read one name, and copies a record's evidence
/// again to add one piece.
struct EntityTable {
  /// Every entity, in the order it was added.
  private(set) var records: [DraftBuilder.EntityDraft] = []
  private var slots: [String: Int] = [:]

  /// Where the entity with `id` lies, if there is one.
  func slot(of id: String) -> Int? { slots[id] }

  /// The entity at `slot`, read and changed in place (through the array's
  /// own `_read` and `_modify`, which hand out the stored record rather than
  /// a copy).
  subscript(slot slot: Int) -> DraftBuilder.EntityDraft {
    _read { yield records[slot] }
    _modify { yield &records[slot] }
  }

  /// A copy of the entity with `id`.
  subscript(id: String) -> DraftBuilder.EntityDraft? {
    slots[id].map { records[$0] }
  }

  /// Adds an entity whose id is new.
  mutating func add(_ entity: DraftBuilder.EntityDraft) {
    slots[entity.id] = records.count
    records.append(entity)
  }
}
