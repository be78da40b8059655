/// Every id of a dossier, by where it is first used: a collection and a
/// record's index in it, eight bytes an id. An id used again (an error the
/// validator reports) is also listed with where it is first used in each
/// other collection it is in.
struct IDIndex: Sendable {
  /// Where an id is used: a collection, as its position among the
  /// dossier's, and a record's index in it.
  struct Use: Sendable {
    private let collectionNumber: UInt8
    private let indexNumber: UInt32

    /// Past 4,294,967,295 records (a 40 GB dossier), a duplicate's first
    /// use is said to be at the last index a use can name.
    init(collection: Int, index: Int) {
      collectionNumber = UInt8(clamping: collection)
      indexNumber = UInt32(clamping: index)
    }

    var collection: Int { Int(collectionNumber) }
    var index: Int { Int(indexNumber) }
  }

  /// An id used again: where, and where it was first used.
  struct Duplicate: Sendable {
    let id: String
    let path: IRPath
    let first: IRPath
  }

  /// The dossier's collections, in order.
  private(set) var collections: [String] = []
  private var firstUses: [String: Use] = [:]
  /// An id used again, in another collection than its first: the index of
  /// its first record in each of those.
  private var alsoIn: [String: [Int: Int]] = [:]
  /// The ids used again, in document order.
  private(set) var duplicates: [Duplicate] = []

  /// Indexes the ids of every record of `dossier`'s collections.
  init(_ dossier: Dossier) {
    firstUses.reserveCapacity(dossier.recordCount)
    RecordRef.with(dossier) { root in
      for (index, field) in root.kind.fields.enumerated() {
        guard case .records = field.type else { continue }
        let collection = collections.count
        collections.append(field.name)
        var position = 0
        root.forEachRecord(at: index) { record in
          defer { position += 1 }
          let id = record.key ?? ""
          let use = Use(collection: collection, index: position)
          guard let first = firstUses.updateValue(use, forKey: id) else { return }
          // Used before: the first use stays the one indexed.
          firstUses[id] = first
          if first.collection != collection, alsoIn[id]?[collection] == nil {
            alsoIn[id, default: [:]][collection] = position
          }
          duplicates.append(
            Duplicate(
              id: id, path: IRPath.root.appending(field.name).appending(position).appending("id"),
              first: IRPath.root.appending(collections[first.collection])
                .appending(first.index).appending("id")))
        }
      }
    }
  }

  /// The position of `collection` among the dossier's collections.
  func number(of collection: String) -> Int? { collections.firstIndex(of: collection) }

  /// The index of the first record of the collection numbered `collection`
  /// whose id is `id`, if one is.
  func index(of id: String, in collection: Int) -> Int? {
    guard let first = firstUses[id] else { return nil }
    if first.collection == collection { return first.index }
    guard !alsoIn.isEmpty else { return nil }
    return alsoIn[id]?[collection]
  }

  /// Whether a record of `collection` has the id `id`.
  func contains(_ id: String, in collection: String) -> Bool {
    guard let number = number(of: collection) else { return false }
    return index(of: id, in: number) != nil
  }
}
