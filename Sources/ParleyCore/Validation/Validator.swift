/// Checks what the structure cannot: unique ids, references that resolve to
/// records of an allowed kind, provenance spans and quotes against source
/// texts, date order, ranges and hashes. The record descriptions say which
/// fields refer to what; the validator walks every record through them.
public struct Validator: Sendable {
  /// Creates a validator.
  public init() {}

  /// Every problem in the dossier, in document order.
  ///
  /// - Parameter tolerating: ids of records that exist but could not be read;
  ///   references to them are not reported.
  public func validate(_ dossier: Dossier, tolerating: Set<String> = []) -> [Diagnostic] {
    let run = ValidationRun(dossier: dossier, tolerated: tolerating)
    run.checkAll()
    return run.diagnostics
  }
}

/// One validation: the indexes it needs and the problems found so far.
final class ValidationRun: RecordVisitor {
  let dossier: Dossier
  let tolerated: Set<String>
  private(set) var diagnostics: [Diagnostic] = []
  /// The record whose nested lists are being visited.
  private var parent = IRPath.root
  /// Collection → its ids, as a set and in document order (for suggestions).
  var ids: [String: Set<String>] = [:]
  var idLists: [String: [String]] = [:]
  var sources: [String: Source] = [:]
  var entities: [String: Entity] = [:]
  /// Each source's text as scalars, made once, so that spans are checked in
  /// linear time.
  var scalarCache: [String: [Unicode.Scalar]] = [:]

  init(dossier: Dossier, tolerated: Set<String>) {
    self.dossier = dossier
    self.tolerated = tolerated
  }

  func report(_ path: IRPath, _ message: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(path: path, message: message, hint: hint))
  }

  func checkAll() {
    checkUniqueIDs()
    for source in dossier.sources where sources[source.id] == nil { sources[source.id] = source }
    for entity in dossier.entities where entities[entity.id] == nil { entities[entity.id] = entity }
    check(dossier, at: .root)
  }

  func visit<Record: DescribedRecord>(_ records: [Record], of field: FieldDescription) {
    let base = parent.appending(field.name)
    let isProvenance = Record.self == Provenance.self
    for (index, record) in records.enumerated() {
      let path = base.appending(index)
      check(record, at: path)
      // The same type: a reinterpretation, not a conversion.
      if isProvenance { checkSpan(of: unsafeBitCast(record, to: Provenance.self), at: path) }
    }
  }

  /// Checks one record's fields against their descriptions, then its nested lists.
  private func check<Record: DescribedRecord>(_ record: Record, at path: IRPath) {
    for binding in Record.fields {
      let field = binding.description
      switch binding.access {
      case .text(let keyPath):
        check(record[keyPath: keyPath], field, at: path)
      case .optionalText(let keyPath):
        if let value = record[keyPath: keyPath] { check(value, field, at: path) }
      case .texts(let keyPath):
        guard let target = field.referenceTarget else { continue }
        let values = record[keyPath: keyPath]
        guard !values.isEmpty else { continue }
        let base = path.appending(field.name)
        for (index, value) in values.enumerated() {
          check(reference: value, target, at: base.appending(index))
        }
      case .number(let keyPath):
        if field.constraint == .unitInterval, let value = record[keyPath: keyPath],
          !(0...1).contains(value)
        {
          report(path.appending(field.name), "\(field.name) \(value) is outside 0–1")
        }
      case .date:
        if let order = Record.recordDescription.dateOrder, order.later == field.name {
          checkOrder(record, order, at: path)
        }
      case .records(let nested):
        guard !nested.isEmpty(record) else { continue }
        let outer = parent
        parent = path
        try? nested.visit(record, self, field)
        parent = outer
      case .choice, .duration, .span, .attributes:
        continue
      }
    }
  }

  /// A string field: a reference to resolve, or a value with a constraint.
  private func check(_ value: String, _ field: FieldDescription, at path: IRPath) {
    if let target = field.referenceTarget {
      check(reference: value, target, at: path.appending(field.name))
      return
    }
    switch field.constraint {
    case .sha256?:
      if !(value.utf8.count == 64
        && value.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
      {
        report(
          path.appending(field.name), "\"\(value)\" is not a SHA-256 digest",
          hint: "write 64 lowercase hex digits")
      }
    case .cameoCode?:
      if !((2...4).contains(value.count) && value.allSatisfy { $0.isASCII && $0.isNumber }) {
        report(
          path.appending(field.name), "\"\(value)\" is not a CAMEO code",
          hint: "CAMEO codes are 2 to 4 digits, e.g. \"036\"")
      }
    default:
      break
    }
  }

  private func checkOrder<Record: DescribedRecord>(
    _ record: Record, _ order: RecordDescription.DateOrder, at path: IRPath
  ) {
    func date(_ name: String) -> EDTFDate? {
      for binding in Record.fields where binding.description.name == name {
        if case .date(let keyPath) = binding.access { return record[keyPath: keyPath] }
      }
      return nil
    }
    guard let first = date(order.earlier), let second = date(order.later),
      let start = first.start, let end = second.end, start > end
    else { return }
    report(
      path.appending(order.later), "\(order.later) \(second) is before \(order.earlier) \(first)",
      hint: "swap or correct the dates")
  }
}
