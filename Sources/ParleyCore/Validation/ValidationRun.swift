/// One validation: the indexes it needs and the problems found so far.
final class ValidationRun {
  let dossier: Dossier
  let tolerated: Set<String>
  private(set) var diagnostics: [Diagnostic] = []
  /// Every id, by where it is first used.
  let ids: IDIndex
  /// Collection → its ids in document order, made for suggestions only.
  var idLists: [String: [String]] = [:]
  /// Each source's text, by the source's id (the first source of an id,
  /// when it has a text).
  let sourceTexts: [String: String]
  /// Each source's text as indexed for spans, made once per source, so that
  /// spans are checked in linear time.
  var spannedTexts: [String: SpannedText] = [:]
  /// Each entity's kind, by its id (the first entity of an id).
  let entityKinds: [String: Entity.Kind]
  /// What to check in each record kind, worked out once per kind.
  private var plans: [ObjectIdentifier: Plan] = [:]

  /// The checks of one record kind: the fields that have one, in order,
  /// each with what it refers to and the rule it follows, in values cheap
  /// to read record after record. A field with nothing to check is never
  /// read.
  private final class Plan {
    let fields: [(index: Int, name: String, target: ReferenceTarget?, constraint: FieldConstraint?)]
    let kind: RecordDescription

    init(_ kind: RecordDescription) {
      self.kind = kind
      fields = kind.fields.enumerated().compactMap { index, field in
        let checked =
          switch field.type {
          case .records: true
          case .date: kind.dateOrder?.later == field.name
          default: field.referenceTarget != nil || field.constraint != nil
          }
        return checked ? (index, field.name, field.referenceTarget, field.constraint) : nil
      }
    }
  }

  private func plan(for record: RecordRef) -> Plan {
    let type = ObjectIdentifier(record.type)
    if let plan = plans[type] { return plan }
    let plan = Plan(record.kind)
    plans[type] = plan
    return plan
  }

  init(dossier: Dossier, tolerated: Set<String>) {
    self.dossier = dossier
    self.tolerated = tolerated
    ids = IDIndex(dossier)
    var sourceTexts: [String: String] = [:]
    var seenSources: Set<String> = []
    for source in dossier.sources where seenSources.insert(source.id).inserted {
      if let text = source.text { sourceTexts[source.id] = text }
    }
    self.sourceTexts = sourceTexts
    var entityKinds: [String: Entity.Kind] = [:]
    for entity in dossier.entities where entityKinds[entity.id] == nil {
      entityKinds[entity.id] = entity.kind
    }
    self.entityKinds = entityKinds
  }

  func report(_ path: IRPath, _ message: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(path: path, message: message, hint: hint))
  }

  func checkAll() {
    checkUniqueIDs()
    RecordRef.with(dossier) { check($0, at: PendingPath(.root)) }
  }

  /// Checks one record's fields against their descriptions, then its nested
  /// lists, in the description's order.
  private func check(_ record: RecordRef, at path: PendingPath) {
    let plan = plan(for: record)
    for field in plan.fields {
      let index = field.index
      switch record.value(at: index) {
      case .text(let value?):
        check(value, field.name, field.target, field.constraint, at: path)
      case .texts(let values):
        guard let target = field.target, !values.isEmpty else { continue }
        for (position, value) in values.enumerated() {
          check(reference: value, target, at: path.appending(field.name).appending(position))
        }
      case .number(let value?):
        if field.constraint == .unitInterval, !(0...1).contains(value) {
          report(path.appending(field.name), "\(field.name) \(value) is outside 0–1")
        }
      case .date:
        if let order = plan.kind.dateOrder {
          checkOrder(record, plan.kind, order, at: path)
        }
      case .records(let count) where count > 0:
        let list = path.list(field.name)
        var position = 0
        record.forEachRecord(at: index) { nested in
          let nestedPath = list.element(position)
          check(nested, at: nestedPath)
          if let entry = nested.pointer(to: Provenance.self) {
            checkSpan(of: entry, at: nestedPath)
          }
          position += 1
        }
      default:
        continue
      }
    }
  }

  /// A string field: a reference to resolve, or a value with a constraint.
  private func check(
    _ value: String, _ name: String, _ target: ReferenceTarget?, _ constraint: FieldConstraint?,
    at path: PendingPath
  ) {
    if let target {
      check(reference: value, target, at: path.appending(name))
      return
    }
    switch constraint {
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
    _ record: RecordRef, _ kind: RecordDescription,
    _ order: RecordDescription.DateOrder, at path: PendingPath
  ) {
    func date(_ name: String) -> EDTFDate? {
      guard let index = kind.fieldNames.firstIndex(of: name),
        case .date(let date) = record.value(at: index)
      else { return nil }
      return date
    }
    guard let first = date(order.earlier), let second = date(order.later),
      let start = first.start, let end = second.end, start > end
    else { return }
    report(
      path.appending(order.later), "\(order.later) \(second) is before \(order.earlier) \(first)",
      hint: "swap or correct the dates")
  }
}
