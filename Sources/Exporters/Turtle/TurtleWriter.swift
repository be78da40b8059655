import ParleyCore
import ParleyRDF

/// Writes RDF resources as Turtle blocks: a subject, `a` and its types, then
/// `predicate object, object ;` lines; the parts nested in a resource follow
/// it as blocks of their own.
///
/// Terms are written as prefixed names where that is safe for every Turtle
/// reader: the vocabulary's compact IRIs, and node IRIs under the base with
/// the empty prefix (`:russia`) when the rest is a plain name. Any other
/// IRI is written whole between angle brackets. Integers and booleans are
/// bare; other typed literals carry `^^` and their datatype.
struct TurtleWriter {
  let output: OutputWriter
  /// The base IRI, bound to the empty prefix.
  let base: String
  private var bytes: [UInt8] = []

  init(output: OutputWriter, base: String) {
    (self.output, self.base) = (output, base)
    bytes.reserveCapacity(4096)
  }

  /// The `@prefix` lines: the vocabularies, then the base as `:`.
  mutating func writePrefixes() throws(OutputError) {
    bytes.removeAll(keepingCapacity: true)
    for (prefix, namespace) in RDFVocabulary.prefixes {
      append("@prefix \(prefix): ")
      RDFTermSyntax.appendIRI(namespace, to: &bytes)
      append(" .\n")
    }
    append("@prefix : ")
    RDFTermSyntax.appendIRI(base, to: &bytes)
    append(" .\n")
    try output.write(bytes: bytes)
  }

  /// Writes one resource's block, then its parts' blocks.
  mutating func write(_ resource: RDFResource) throws(OutputError) {
    bytes.removeAll(keepingCapacity: true)
    var parts: [RDFResource] = []
    block(resource, parts: &parts)
    try output.write(bytes: bytes)
    var index = 0
    while index < parts.count {
      bytes.removeAll(keepingCapacity: true)
      block(parts[index], parts: &parts)
      try output.write(bytes: bytes)
      index += 1
    }
  }

  /// Appends `resource`'s block and collects the resources nested in it.
  private mutating func block(_ resource: RDFResource, parts: inout [RDFResource]) {
    append("\n")
    term(resource.iri)
    var first = true
    if !resource.types.isEmpty {
      append(" a ")
      for (index, type) in resource.types.enumerated() {
        if index > 0 { append(", ") }
        term(type)
      }
      first = false
    }
    for property in resource.properties where !property.values.isEmpty {
      append(first ? " " : " ;\n    ")
      first = false
      term(property.predicate)
      append(" ")
      for (index, value) in property.values.enumerated() {
        if index > 0 { append(", ") }
        switch value {
        case .iri(let iri):
          term(iri)
        case .literal(let literal):
          self.literal(literal)
        case .resource(let nested):
          term(nested.iri)
          parts.append(nested)
        }
      }
    }
    append(" .\n")
  }

  /// An IRI as a prefixed name when safe, else whole.
  private mutating func term(_ iri: String) {
    let full = RDFTermSyntax.fullIRI(iri)
    if full != iri, Self.isPlainName(iri[iri.index(after: iri.firstIndex(of: ":")!)...]) {
      append(iri)
    } else if full.hasPrefix(base), case let local = full.dropFirst(base.count),
      Self.isPlainName(local)
    {
      append(":")
      append(String(local))
    } else {
      RDFTermSyntax.appendIRI(full, to: &bytes)
    }
  }

  private mutating func literal(_ literal: RDFLiteral) {
    switch literal.datatype {
    case nil:
      RDFTermSyntax.appendString(literal.lexical, to: &bytes)
    case "xsd:integer"?, "xsd:boolean"?:
      append(literal.lexical)
    case let datatype?:
      RDFTermSyntax.appendString(literal.lexical, to: &bytes)
      append("^^")
      term(datatype)
    }
  }

  private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  /// Whether `local` can follow a prefix as it is in every Turtle reader: a
  /// letter or `_`, then letters, digits, `_`, `-` and `.`, not ending in
  /// `.`. (Turtle allows more, with escapes; readers differ on those.)
  static func isPlainName(_ local: Substring) -> Bool {
    let utf8 = local.utf8
    guard let first = utf8.first, let last = utf8.last, last != UInt8(ascii: ".") else {
      return false
    }
    guard isLetter(first) || first == UInt8(ascii: "_") else { return false }
    return utf8.allSatisfy {
      isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }
}
