/// One thread's share of a validation: the indexes every thread reads, the
/// caches it keeps for itself, and the problems it has found so far.
final class ValidationRun {
  let indexes: ValidationIndexes
  private(set) var diagnostics: [Diagnostic] = []
  /// Collection → its ids in document order, made for suggestions only.
  var candidates: [String: Suggestions.Candidates] = [:]
  /// The hint for an unknown reference, by its collection and the reference.
  var hints: [String: String] = [:]
  /// Each source's text as indexed for spans, by the source's id, made
  /// once per source (`nil` for a source without text or none), so that
  /// spans are checked in linear time.
  var spannedTexts: [String: SpannedText?] = [:]
  /// What to check in each record kind, worked out once per kind.
  private var plans: [(type: ObjectIdentifier, plan: Plan)] = []

  /// The checks of one record kind: the fields that have one, in order,
  /// each with what it refers to and the rule it follows, in values cheap
  /// to read record after record. A field with nothing to check is never
  /// read.
  private final class Plan {
    /// A field with a check, in values that cost nothing to copy: where
    /// it is among the record's fields and in the record, its name, what
    /// it refers to and the rule it follows.
    struct Field {
      /// The position among the record's fields, and where the value lies.
      let index: Int, slot: FieldSlot
      let name: String
      /// What a reference must name, if the field holds references, and
      /// the rule the value follows.
      let target: CheckedTarget?, constraint: FieldConstraint?
    }

    let fields: [Field]
    /// What each field refers to, as described, by its index among the
    /// record's fields (read only to word a problem).
    let targets: [ReferenceTarget?]
    /// The dates ``RecordDescription/dateOrder`` compares, and where they lie.
    let dateOrder: (order: RecordDescription.DateOrder, earlier: FieldSlot, later: FieldSlot)?

    init(_ record: RecordRef, ids: IDIndex) {
      let kind = record.kind
      targets = kind.fields.map(\.referenceTarget)
      fields = kind.fields.enumerated().compactMap { index, field in
        let checked =
          switch field.type {
          case .records: true
          case .date: kind.dateOrder?.later == field.name
          default: field.referenceTarget != nil || field.constraint != nil
          }
        guard checked else { return nil }
        return Field(
          index: index, slot: record.type.slot(at: index), name: field.name,
          target: field.referenceTarget.map { CheckedTarget($0, ids: ids) },
          constraint: field.constraint)
      }
      dateOrder = kind.dateOrder.flatMap { order in
        guard let earlier = kind.fieldNames.firstIndex(of: order.earlier),
          let later = kind.fieldNames.firstIndex(of: order.later)
        else { return nil }
        return (order, record.type.slot(at: earlier), record.type.slot(at: later))
      }
    }
  }

  private func plan(for record: RecordRef) -> Plan {
    let type = ObjectIdentifier(record.type)
    // A dozen kinds at most: compared in turn, not hashed.
    if let known = plans.first(where: { $0.type == type }) { return known.plan }
    let plan = Plan(record, ids: indexes.ids)
    plans.append((type, plan))
    return plan
  }

  /// A run over the dossier of `indexes`, reading them and keeping its own
  /// caches and findings.
  init(_ indexes: ValidationIndexes) {
    self.indexes = indexes
  }

  func report(_ path: IRPath, _ message: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(path: path, message: message, hint: hint))
  }

  /// The problems found since the last call, which are then forgotten.
  func takeDiagnostics() -> [Diagnostic] {
    defer { diagnostics = [] }
    return diagnostics
  }

  /// Checks one share of the dossier: one of its own fields, or some
  /// records of one of its collections.
  func check(_ share: ValidationShare) {
    RecordRef.with(indexes.dossier) { root in
      let plan = plan(for: root)
      check(plan.fields[share.field], of: root, plan, in: share.records, at: PendingPath(.root))
    }
  }

  /// The fields of the dossier's own record that have a check, by their
  /// position among the checked fields, each with the number of records
  /// it holds when it is a collection.
  func checkedFields() -> [(field: Int, records: Int?)] {
    RecordRef.with(indexes.dossier) { root in
      plan(for: root).fields.enumerated().map { position, field in
        guard case .records(let count) = root.value(at: field.index) else {
          return (position, nil)
        }
        return (position, count)
      }
    }
  }

  /// Checks one record's fields against their descriptions, then its nested
  /// lists, in the description's order.
  private func check(_ record: RecordRef, at path: PendingPath) {
    let plan = plan(for: record)
    for field in plan.fields { check(field, of: record, plan, in: nil, at: path) }
  }

  /// Checks one field of a record; of a list of records, only the elements
  /// at the positions in `range` when one is given.
  private func check(
    _ field: Plan.Field, of record: RecordRef, _ plan: Plan, in range: Range<Int>?,
    at path: PendingPath
  ) {
    let index = field.index
    // Strings, numbers and dates are read in place; nested lists through
    // the field table.
    switch field.slot {
    case .text, .optionalText:
      if let value = field.slot.text(in: record.pointer) {
        check(value, field, plan, at: path)
      }
    case .texts(let offset):
      guard let target = field.target else { return }
      let values = (record.pointer + offset).assumingMemoryBound(to: [String].self)
      for position in values.pointee.indices {
        check(
          reference: values.pointee[position], target, plan.targets[index]!,
          at: path.appending(field.name).appending(position))
      }
    case .number(let offset):
      if field.constraint == .unitInterval,
        let value = (record.pointer + offset).assumingMemoryBound(to: Double?.self).pointee,
        !(0...1).contains(value)
      {
        report(path.appending(field.name), "\(field.name) \(value) is outside 0–1")
      }
    case .date:
      if let dateOrder = plan.dateOrder {
        checkOrder(record, dateOrder, at: path)
      }
    case .other:
      // A choice with a rule, should a record kind have one.
      if case .text(let value?) = record.value(at: index) {
        check(value, field, plan, at: path)
      }
    case .records:
      let list = path.list(field.name)
      var position = range?.lowerBound ?? 0
      record.forEachRecord(at: index, in: range) { nested in
        let nestedPath = list.element(position)
        check(nested, at: nestedPath)
        if let entry = nested.pointer(to: Provenance.self) {
          checkSpan(of: entry, at: nestedPath)
        }
        position += 1
      }
    }
  }

  /// A string field: a reference to resolve, or a value with a constraint.
  private func check(_ value: String, _ field: Plan.Field, _ plan: Plan, at path: PendingPath) {
    let name = field.name
    if let target = field.target {
      check(reference: value, target, plan.targets[field.index]!, at: path.appending(name))
      return
    }
    switch field.constraint {
    case .sha256?:
      if !(value.utf8.count == 64
        && value.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
      {
        report(
          path.appending(name), "\"\(value)\" is not a SHA-256 digest",
          hint: "write 64 lowercase hex digits")
      }
    case .cameoCode?:
      if !((2...4).contains(value.utf8.count)
        && value.utf8.allSatisfy { (0x30...0x39).contains($0) })
      {
        report(
          path.appending(name), "\"\(value)\" is not a CAMEO code",
          hint: "CAMEO codes are 2 to 4 digits, e.g. \"036\"")
      }
    default:
      break
    }
  }

  private func checkOrder(
    _ record: RecordRef,
    _ dates: (order: RecordDescription.DateOrder, earlier: FieldSlot, later: FieldSlot),
    at path: PendingPath
  ) {
    func date(_ slot: FieldSlot) -> EDTFDate? {
      guard case .date(let offset) = slot else { return nil }
      return (record.pointer + offset).assumingMemoryBound(to: EDTFDate?.self).pointee
    }
    let order = dates.order
    guard let first = date(dates.earlier), let second = date(dates.later),
      let start = first.start, let end = second.end, start > end
    else { return }
    report(
      path.appending(order.later), "\(order.later) \(second) is before \(order.earlier) \(first)",
      hint: "swap or correct the dates")
  }
}
