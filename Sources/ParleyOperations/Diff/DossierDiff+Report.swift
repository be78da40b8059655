import ParleyCore
import ParleyJSON

extension DossierDiff {
  /// The differences as text for people: per collection that changed, a
  /// count line, then `+ id`, `- id` and `~ id` with each changed field,
  /// then one line per moved position. Empty when nothing changed.
  ///
  /// - Parameter names: the display name of an entity id, when known.
  package func text(names: (String) -> String? = { _ in nil }) -> String {
    var lines: [String] = []
    if !dossierFields.isEmpty {
      lines.append(
        "dossier: \(dossierFields.count) field\(dossierFields.count == 1 ? "" : "s") changed")
      for change in dossierFields { lines.append(Self.line(change, indent: "  ")) }
    }
    for collection in collections where !collection.isEmpty {
      lines.append(
        "\(collection.name): \(collection.added.count) added, \(collection.removed.count) removed, \(collection.changed.count) changed"
      )
      lines += collection.added.map { "  + \($0)" }
      lines += collection.removed.map { "  - \($0)" }
      for record in collection.changed {
        lines.append("  ~ \(record.id)")
        for change in record.fields { lines.append(Self.line(change, indent: "      ")) }
      }
    }
    for move in moves {
      lines.append(
        "moved: \(names(move.holder) ?? move.holder) on \(move.issue): \(Self.describe(move.old)) → \(Self.describe(move.new))"
      )
    }
    return lines.joined(separator: "\n")
  }

  private static func line(_ change: FieldChange, indent: String) -> String {
    "\(indent)\(change.field): \(change.old ?? "(absent)") → \(change.new ?? "(absent)")"
  }

  private static func describe(_ stand: Stand) -> String {
    let date = stand.date.map { "\($0), " } ?? ""
    return "\(stand.stance.rawValue) (\(date)\(stand.position))"
  }

  /// Writes the differences as the JSON object docs/toolkit.md documents.
  package func write(to json: JSONWriter, old: String, new: String) throws(OutputError) {
    try json.beginObject()
    try json.key("a")
    try json.string(old)
    try json.key("b")
    try json.string(new)
    try json.key("equal")
    try json.bool(isEmpty)
    try json.key("dossier")
    try write(dossierFields, to: json)
    try json.key("collections")
    try json.beginObject()
    for collection in collections {
      try json.key(collection.name)
      try json.beginObject()
      try json.key("added")
      try strings(collection.added, to: json)
      try json.key("removed")
      try strings(collection.removed, to: json)
      try json.key("changed")
      try json.beginArray()
      for record in collection.changed {
        try json.beginObject()
        try json.key("id")
        try json.string(record.id)
        try json.key("fields")
        try write(record.fields, to: json)
        try json.endObject()
      }
      try json.endArray()
      try json.endObject()
    }
    try json.endObject()
    try json.key("moved")
    try json.beginArray()
    for move in moves {
      try json.beginObject()
      try json.key("holder")
      try json.string(move.holder)
      try json.key("issue")
      try json.string(move.issue)
      try json.key("old")
      try write(move.old, to: json)
      try json.key("new")
      try write(move.new, to: json)
      try json.endObject()
    }
    try json.endArray()
    try json.endObject()
  }

  private func strings(_ values: [String], to json: JSONWriter) throws(OutputError) {
    try json.beginArray()
    for value in values { try json.string(value) }
    try json.endArray()
  }

  private func write(_ changes: [FieldChange], to json: JSONWriter) throws(OutputError) {
    try json.beginArray()
    for change in changes {
      try json.beginObject()
      try json.key("field")
      try json.string(change.field)
      try json.key("old")
      try json.raw(change.old ?? "null")
      try json.key("new")
      try json.raw(change.new ?? "null")
      try json.endObject()
    }
    try json.endArray()
  }

  private func write(_ stand: Stand, to json: JSONWriter) throws(OutputError) {
    try json.beginObject()
    try json.key("position")
    try json.string(stand.position)
    try json.key("stance")
    try json.string(stand.stance.rawValue)
    if let date = stand.date {
      try json.key("date")
      try json.string(date.description)
    }
    try json.endObject()
  }
}
