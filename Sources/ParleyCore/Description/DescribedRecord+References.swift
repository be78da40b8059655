/// A record's references to other records, found and rewritten through its
/// description: code that follows or renames references (a selection, a
/// merge) never lists the fields that hold them.
extension DescribedRecord {
  /// Rewrites every reference in the record and in its nested records.
  ///
  /// `body` gets what each reference points to and the id it holds, and
  /// returns the id to put there, or `nil` to remove the reference: an
  /// optional reference is left out and a list loses the element. A
  /// required reference cannot be removed and keeps its id.
  package mutating func rewriteReferences(_ body: (ReferenceTarget, String) -> String?) {
    for field in Self.fields {
      guard case .records(let nested) = field.access else {
        guard let target = field.description.referenceTarget else { continue }
        switch field.access {
        case .text(let property):
          if let id = body(target, property.get(self)) { property.set(&self, id) }
        case .optionalText(let property):
          guard let id = property.get(self) else { continue }
          property.set(&self, body(target, id))
        case .texts(let property):
          let ids = property.get(self)
          guard !ids.isEmpty else { continue }
          property.set(&self, ids.compactMap { body(target, $0) })
        default:
          continue
        }
        continue
      }
      nested.rewriteReferences(&self, body)
    }
  }
}

extension RecordRef {
  /// Calls `body` with what each reference of the record and of its nested
  /// records points to and the id it holds, in field order.
  package func forEachReference(_ body: (ReferenceTarget, String) -> Void) {
    for (index, field) in kind.fields.enumerated() {
      switch value(at: index) {
      case .text(let id?):
        if let target = field.referenceTarget { body(target, id) }
      case .texts(let ids):
        if let target = field.referenceTarget { for id in ids { body(target, id) } }
      case .records(let count) where count > 0:
        forEachRecord(at: index) { $0.forEachReference(body) }
      default:
        continue
      }
    }
  }
}
