import Foundation
import ParleyCore
import ParleyLibXML

/// An element of the document: the little tree the mapping needs.
final class XMLElementNode {
  let name: String
  let namespace: String?
  let location: SourceLocation
  var attributes: [(String, String)] = []
  var children: [XMLElementNode] = []
  var text = ""

  init(name: String, namespace: String?, location: SourceLocation) {
    (self.name, self.namespace, self.location) = (name, namespace, location)
  }

  /// Reads the document's tree. The records of the dossier's collections
  /// named in `keys` go to `record` (collection, index, node) as each one
  /// closes, and are not kept in the tree.
  static func read(
    _ data: Data, url: String, streaming keys: Set<String> = [],
    record: (String, Int, SyntaxNode) throws -> Void = { _, _, _ in }
  ) throws -> XMLElementNode {
    try refuseDocumentType(in: data)
    return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      let reader: XMLStreamReader
      do {
        reader = try XMLStreamReader(borrowing: bytes, url: url)
      } catch let error as XMLDiagnostic {
        throw XMLInputProblem(message: error.message, location: nil, hint: nil)
      }
      return try read(from: reader, streaming: keys, record: record)
    }
  }

  private static func read(
    from reader: XMLStreamReader, streaming keys: Set<String>,
    record: (String, Int, SyntaxNode) throws -> Void
  ) throws -> XMLElementNode {
    let dossierLayout = XMLLayout.of("dossier")
    var streamedCounts: [String: Int] = [:]
    var stack: [XMLElementNode] = []
    /// Hands a finished record of a streamed collection (`<dossier><talks>
    /// <talk>…`) to `record`, and drops it from the tree.
    func streamIfRecord(_ closed: XMLElementNode) throws {
      guard stack.count == 2, !keys.isEmpty,
        case (let collection, .collection(let kind))? = dossierLayout.field(
          forChild: stack[1].name),
        keys.contains(collection)
      else { return }
      let index = streamedCounts[collection, default: 0]
      streamedCounts[collection] = index + 1
      try record(collection, index, try closed.syntaxNode(layout: .of(kind)))
      stack[1].children.removeLast()
    }
    var root: XMLElementNode?
    do {
      while try reader.read() {
        let location = SourceLocation(line: reader.line, column: nil)
        switch reader.kind {
        case .documentType, .entityReference:
          throw XMLInputProblem(
            message: "a DOCTYPE declaration or entity reference is not allowed in Parley XML",
            location: location,
            hint: "remove the <!DOCTYPE …>: Parley XML needs none, and it is how XXE and "
              + "entity-expansion attacks work, so Parley reads nothing from such a file")
        case .element:
          let element = XMLElementNode(
            name: reader.localName, namespace: reader.namespaceURI, location: location)
          element.attributes = reader.attributes().filter {
            $0.name != "xmlns" && $0.namespaceURI != "http://www.w3.org/2000/xmlns/"
          }.map { ($0.name, $0.value) }
          if let parent = stack.last {
            parent.children.append(element)
          } else {
            root = element
          }
          if reader.isEmptyElement {
            try streamIfRecord(element)
          } else {
            stack.append(element)
          }
        case .endElement:
          try streamIfRecord(stack.removeLast())
        case .text, .whitespace:
          stack.last?.text += reader.value
        default:
          continue
        }
      }
    } catch let error as XMLDiagnostic where error.message.contains("Excessive depth") {
      throw XMLInputProblem(
        message: "nested too deep: elements here go more than 256 levels down",
        location: error.line.map { SourceLocation(line: $0, column: error.column) },
        hint: "Parley XML needs fewer than ten; look for unclosed or runaway elements")
    } catch let error as XMLDiagnostic where error.message.contains("huge text node") {
      throw XMLInputProblem(
        message:
          "a text here is longer than libxml2 reads without its unsafe huge mode (10,000,000 bytes)",
        location: error.line.map { SourceLocation(line: $0, column: error.column) },
        hint: "keep texts under 10 MB, or give the dossier as JSON, which has no such limit")
    } catch let error as XMLDiagnostic {
      throw XMLInputProblem(
        message: "malformed XML: \(error.message)",
        location: error.line.map { SourceLocation(line: $0, column: error.column) },
        hint: "check the tags and escaping there")
    }
    guard let root else {
      throw XMLInputProblem(message: "the document has no root element", location: nil, hint: nil)
    }
    return root
  }

  /// Refuses a `<!DOCTYPE` in the prolog before libxml2 sees any of it, so
  /// not even the internal subset (where entity bombs live) is parsed.
  static func refuseDocumentType(in data: Data) throws {
    var line = 1
    var column = 1
    var index = data.startIndex
    while index < data.endIndex {
      let byte = data[index]
      if byte == UInt8(ascii: "<") {
        let rest = data[index...]
        if rest.starts(with: Array("<!DOCTYPE".utf8)) {
          throw XMLInputProblem(
            message: "a DOCTYPE declaration is not allowed in Parley XML",
            location: SourceLocation(line: line, column: column),
            hint: "remove the <!DOCTYPE …>: Parley XML needs none, and DTDs are how XXE and "
              + "entity-expansion attacks work, so Parley reads nothing from such a file")
        }
        // The root element starts: the prolog is over.
        if !rest.starts(with: Array("<?".utf8)) && !rest.starts(with: Array("<!--".utf8)) { return }
      }
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
  }

  /// The IR-shaped value of this element, a record laid out by `layout`
  /// (docs/xml.md). An element or attribute the layout does not know
  /// becomes a field of its name, which the decoder then reports.
  ///
  /// - Throws: ``XMLInputProblem`` for an element inside text (mixed
  ///   content), which would otherwise be lost.
  func syntaxNode(layout: XMLLayout) throws(XMLInputProblem) -> SyntaxNode {
    var fields: [(key: String, value: SyntaxNode)] = []
    var lists: [String: [SyntaxNode]] = [:]
    var listOrder: [String] = []
    func append(_ key: String, _ node: SyntaxNode) {
      if lists[key] == nil { listOrder.append(key) }
      lists[key, default: []].append(node)
    }
    let hasSpan = layout.fields.contains { $0.form == .span }
    var spanStart: String?
    var spanEnd: String?
    for (key, value) in attributes {
      switch key {
      case "start" where hasSpan: spanStart = value
      case "end" where hasSpan: spanEnd = value
      case let key where key.hasSuffix("-precision"): continue
      default: fields.append((key, SyntaxNode(.plain(value), location: location)))
      }
    }
    if spanStart != nil || spanEnd != nil {
      let parts = [spanStart, spanEnd].map {
        SyntaxNode($0.map { .plain($0) } ?? .null, location: location)
      }
      fields.append(("span", SyntaxNode(.array(parts), location: location)))
    }
    for child in children {
      let text = SyntaxNode(.string(child.text), location: child.location)
      switch layout.field(forChild: child.name) {
      case (let name, .collection(let element))?:
        var records: [SyntaxNode] = []
        for record in child.children { records.append(try record.syntaxNode(layout: .of(element))) }
        fields.append((name, SyntaxNode(.array(records), location: child.location)))
      case (let name, .references)?:
        if child.children.isEmpty, let reference = child.attributes.first(where: { $0.0 == "ref" })
        {
          append(name, SyntaxNode(.string(reference.1), location: child.location))
        } else {
          try child.requireTextOnly()
          fields.append((child.name, text))
        }
      case (let name, .strings)?:
        try child.requireTextOnly()
        append(name, text)
      case (let name, .records(let element))?:
        append(name, try child.syntaxNode(layout: .of(element)))
      case (_, .attributes)?:
        try child.requireTextOnly()
        append("attributes", child.typedAttribute())
      default:
        if layout.field(forChild: child.name) != nil { try child.requireTextOnly() }
        fields.append((child.name, text))
      }
    }
    for key in listOrder {
      if key == "attributes" {
        let entries = lists[key]!.compactMap { node -> (key: String, value: SyntaxNode)? in
          guard case .object(let pair) = node.value, let first = pair.first else { return nil }
          return first
        }
        fields.append((key, SyntaxNode(.object(entries), location: location)))
      } else {
        fields.append((key, SyntaxNode(.array(lists[key]!), location: lists[key]![0].location)))
      }
    }
    return SyntaxNode(.object(fields), location: location)
  }

  /// Refuses an element inside this element's text (`<title>a <b>x</b>
  /// c</title>`): a text field holds text only, and the markup would be lost.
  private func requireTextOnly() throws(XMLInputProblem) {
    guard let inner = children.first else { return }
    throw XMLInputProblem(
      message: "<\(inner.name)> inside <\(name)>: <\(name)> holds text only, not elements",
      location: inner.location,
      hint: "write the markup as text (&lt;\(inner.name)&gt;) or remove it")
  }

  /// `<attribute name="x" type="integer">3</attribute>` as `{x: 3}`.
  private func typedAttribute() -> SyntaxNode {
    let name = attributes.first { $0.0 == "name" }?.1 ?? ""
    let type = attributes.first { $0.0 == "type" }?.1 ?? "string"
    let value: SyntaxNode.Value
    switch type {
    case "integer": value = Int(text).map { .integer($0) } ?? .string(text)
    case "number": value = Double(text).map { .number($0) } ?? .string(text)
    case "boolean":
      value = text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
    default: value = .string(text)
    }
    return SyntaxNode(.object([(name, SyntaxNode(value, location: location))]), location: location)
  }
}
