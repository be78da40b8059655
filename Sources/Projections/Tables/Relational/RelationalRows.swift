import ParleyCore

extension RelationalLayout {
  /// Calls `body` with each row of `dossier`: the table's index in
  /// ``tables`` and the cells, as many as its columns. Rows are made one at
  /// a time: the dossier's, then each record's own row followed by its
  /// lists' rows, collection by collection in the IR's order.
  public func forEachRow(
    of dossier: Dossier, _ body: (Int, [RelationalCell]) throws -> Void
  ) throws {
    var cells: [RelationalCell] = []
    cells.reserveCapacity(32)
    try RecordRef.with(dossier) { record in
      try rows(of: record, plan: plans[record.kind.name]!, owner: nil, ordinal: 0, &cells, body)
      for (index, field) in IRDescription.dossier.fields.enumerated() {
        guard case .records = field.type else { continue }
        try record.forEachRecord(at: index) { nested in
          let plan = plans[nested.kind.name]!
          try rows(of: nested, plan: plan, owner: nil, ordinal: 0, &cells, body)
        }
      }
    }
  }

  /// The row of `record`, then the rows of its lists.
  private func rows(
    of record: RecordRef, plan: RecordPlan, owner: String?, ordinal: Int,
    _ cells: inout [RelationalCell], _ body: (Int, [RelationalCell]) throws -> Void
  ) throws {
    cells.removeAll(keepingCapacity: true)
    if let owner { cells += [.text(owner), .integer(ordinal)] }
    for (index, field) in plan.fields.enumerated() {
      if case .cells = field { Self.append(record.value(at: index), to: &cells) }
    }
    try body(plan.table, cells)
    guard owner == nil, let id = record.key else { return }
    for (index, field) in plan.fields.enumerated() {
      switch field {
      case .cells, .skip:
        continue
      case .list(let table):
        guard case .texts(let values) = record.value(at: index) else { continue }
        for (offset, value) in values.enumerated() {
          try body(table, [.text(id), .integer(offset + 1), .text(value)])
        }
      case .attributes(let table):
        guard case .attributes(let attributes) = record.value(at: index) else { continue }
        for name in attributes.keys.sorted() {
          let (value, type): (RelationalCell, String) =
            switch attributes[name]! {
            case .string(let text): (.text(text), "string")
            case .integer(let number): (.integer(number), "integer")
            case .number(let number): (.real(number), "number")
            case .boolean(let flag): (.integer(flag ? 1 : 0), "boolean")
            }
          try body(table, [.text(id), .text(name), value, .text(type)])
        }
      case .records(let nestedPlan):
        var offset = 0
        try record.forEachRecord(at: index) { nested in
          offset += 1
          try rows(of: nested, plan: nestedPlan, owner: id, ordinal: offset, &cells, body)
        }
      }
    }
  }

  /// The cells of one value, as ``columns(for:)`` lays them out.
  static func append(_ value: FieldValue, to cells: inout [RelationalCell]) {
    switch value {
    case .text(let text):
      cells.append(text.map(RelationalCell.text) ?? .null)
    case .date(let date):
      guard let date else {
        cells += [.null, .null, .null, .null]
        return
      }
      cells.append(.text(date.description))
      cells.append(date.start.map { .text(instant($0, date.precision)) } ?? .null)
      cells.append(date.end.map { .text(instant($0, date.precision)) } ?? .null)
      cells.append(.text(date.precision.description))
    case .duration(let duration):
      cells.append(duration.map { .text($0.description) } ?? .null)
    case .number(let number):
      cells.append(number.map(RelationalCell.real) ?? .null)
    case .span(let span):
      cells += span.map { [.integer($0.start), .integer($0.end)] } ?? [.null, .null]
    case .texts, .attributes, .records:
      preconditionFailure("a list is not a cell")
    }
  }

  private static func instant(_ instant: EDTFInstant, _ precision: Precision) -> String {
    precision == .time ? instant.description : instant.isoDate
  }
}
