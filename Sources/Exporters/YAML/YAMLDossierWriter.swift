import ParleyCore

/// Writes a dossier as YAML in block style, driven by the IR's description:
/// fields in canonical order, absent values and empty lists left out,
/// attributes sorted by name, exactly the content of the canonical JSON.
///
/// Lists are indented under their key (`  - id: …`); spans are flow
/// sequences (`[0, 6]`); a blank line comes before each of the dossier's
/// lists. Text goes through ``YAMLScalar``. The bytes go out after each
/// record of the dossier's lists, so only one record is ever buffered.
struct YAMLDossierWriter {
  let output: OutputWriter
  private var bytes: [UInt8] = []
  /// Whether short strings, which repeat (ids, dates, kinds), are plain:
  /// deciding it is the writer's costliest step. Bounded in size.
  private var plainness: [String: Bool] = [:]

  init(output: OutputWriter) {
    self.output = output
    bytes.reserveCapacity(1 << 16)
  }

  /// Writes the header comment and the dossier.
  mutating func write(_ dossier: Dossier) throws(OutputError) {
    append("# A Parley dossier, IR version \(dossier.version)\n")
    do {
      try RecordRef.with(dossier) { record in
        try self.fields(of: record, indent: 0, firstInline: false, topLevel: true)
      }
    } catch let error as OutputError {
      throw error
    } catch {
      preconditionFailure("the YAML writer throws only output errors, not \(error)")
    }
    try flush()
  }

  /// Writes the fields of `record`, each on a line indented by `indent`
  /// spaces, except the first when `firstInline` (it follows a list's `- `).
  private mutating func fields(
    of record: RecordRef, indent: Int, firstInline: Bool, topLevel: Bool = false
  ) throws {
    var inline = firstInline
    for (index, field) in record.kind.fields.enumerated() {
      let value = record.value(at: index)
      guard !Self.isEmpty(value) else { continue }
      if topLevel, case .records = value { append("\n") }
      if inline {
        inline = false
      } else {
        spaces(indent)
      }
      YAMLScalar.appendKey(field.name, to: &bytes)
      append(":")
      switch value {
      case .text(let text): scalar(text!, indent: indent)
      case .texts(let texts):
        append("\n")
        for text in texts {
          spaces(indent + 2)
          append("- ")
          YAMLScalar.appendValue(text, indent: indent + 2, to: &bytes, plain: isPlain(text))
          endLine()
        }
      case .date(let date): scalar(date!.description, indent: indent)
      case .duration(let duration): scalar(duration!.description, indent: indent)
      case .number(let number):
        append(" " + YAMLScalar.number(number!) + "\n")
      case .span(let span):
        append(" [\(span!.start), \(span!.end)]\n")
      case .attributes(let attributes):
        append("\n")
        for name in attributes.keys.sorted() {
          attribute(name, attributes[name]!, indent: indent + 2)
        }
      case .records:
        append("\n")
        try record.forEachRecord(at: index) { nested in
          spaces(indent + 2)
          append("- ")
          try fields(of: nested, indent: indent + 4, firstInline: true)
          if topLevel { try flush() }
        }
      }
    }
    if inline { append("{}\n") }
  }

  /// ` value` and the line's end.
  private mutating func scalar(_ text: String, indent: Int) {
    append(" ")
    YAMLScalar.appendValue(text, indent: indent, to: &bytes, plain: isPlain(text))
    endLine()
  }

  /// One attribute: `name: value`, or `? name` and `: value` for a name too
  /// long, as written, to be an implicit key (YAML allows 1024 characters).
  private mutating func attribute(_ name: String, _ value: AttributeValue, indent: Int) {
    spaces(indent)
    var key: [UInt8] = []
    YAMLScalar.appendKey(name, to: &key)
    // An implicit key may be 1024 characters long as written, quotes and
    // escapes included; a longer one needs the explicit `? ` form.
    if key.count > 1000 {
      append("? ")
      bytes += key
      append("\n")
      spaces(indent)
    } else {
      bytes += key
    }
    append(":")
    switch value {
    case .string(let text): scalar(text, indent: indent)
    case .integer(let number): append(" \(number)\n")
    case .number(let number): append(" " + YAMLScalar.number(number) + "\n")
    case .boolean(let flag): append(flag ? " true\n" : " false\n")
    }
  }

  /// ``YAMLScalar/isPlain(_:)``, remembered for short strings.
  private mutating func isPlain(_ text: String) -> Bool {
    guard text.utf8.count <= 48 else { return YAMLScalar.isPlain(text) }
    if let known = plainness[text] { return known }
    let plain = YAMLScalar.isPlain(text)
    if plainness.count < 65_536 { plainness[text] = plain }
    return plain
  }

  /// Ends the line, unless a literal block already did: plain and quoted
  /// scalars never end with a line break.
  private mutating func endLine() {
    if bytes.last != 0x0A { bytes.append(0x0A) }
  }

  private mutating func spaces(_ count: Int) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  private mutating func flush() throws(OutputError) {
    try output.write(bytes: bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// Whether the value is left out: absent, or an empty list.
  private static func isEmpty(_ value: FieldValue) -> Bool {
    switch value {
    case .text(let text): text == nil
    case .texts(let texts): texts.isEmpty
    case .date(let date): date == nil
    case .duration(let duration): duration == nil
    case .number(let number): number == nil
    case .span(let span): span == nil
    case .attributes(let attributes): attributes.isEmpty
    case .records(let count): count == 0
    }
  }
}
