import ParleyCore

/// How each field of each record kind appears in Parley XML (docs/xml.md):
/// the one table the writer and the reader share, so the two cannot drift
/// apart, and which a test checks against the IR's description so that no
/// field is left out.
struct XMLLayout: Sendable {
  /// How one field appears.
  enum Form: Sendable, Hashable {
    /// An attribute named after the field.
    case attribute
    /// An attribute with the EDTF date as written, and `NAME-precision`.
    case date
    /// A span as two attributes, `start` and `end`.
    case span
    /// A child element named after the field, holding the text.
    case element
    /// One child element per string, named `element`: `<alias>…</alias>`.
    case strings(element: String)
    /// One empty child element per id, named `element`: `<party ref="…"/>`.
    case references(element: String)
    /// One child element per nested record, named `element`, laid out by `layout`.
    case records(element: String)
    /// One `<attribute name="…" type="…">value</attribute>` per attribute.
    case attributes
    /// A wrapper element named after the field, with one `element` per record.
    case collection(element: String)

    /// The child element name of a repeated form.
    var childElement: String? {
      switch self {
      case .strings(let name), .references(let name), .records(let name), .collection(let name):
        name
      case .attributes: "attribute"
      default: nil
      }
    }
  }

  /// The record kind's name in the IR's description, e.g. `entity`.
  let kind: String
  /// The fields in the order the XML writes them: attributes first, then
  /// child elements.
  let fields: [(name: String, form: Form)]

  /// The namespace of Parley XML.
  static let namespace = "https://w3id.org/parley/xml/1.0"

  /// The layout of the kind named `kind`; each kind's element is named
  /// after the kind (`<entity>`, `<role>`, `<provenance>`).
  static func of(_ kind: String) -> XMLLayout { all[kind]! }

  /// Every layout, by kind.
  static let all: [String: XMLLayout] = Dictionary(
    uniqueKeysWithValues: layouts.map { ($0.kind, $0) })

  private static let provenance = ("sources", Form.records(element: "provenance"))

  private static let layouts: [XMLLayout] = [
    XMLLayout(
      kind: "dossier",
      fields: [
        ("parley", .attribute), ("id", .attribute), ("title", .element), ("description", .element),
        ("sources", .collection(element: "source")),
        ("entities", .collection(element: "entity")), ("issues", .collection(element: "issue")),
        ("talks", .collection(element: "talk")), ("positions", .collection(element: "position")),
        ("statements", .collection(element: "statement")),
        ("events", .collection(element: "event")),
        ("relations", .collection(element: "relation")),
      ]),
    XMLLayout(
      kind: "source",
      fields: [
        ("id", .attribute), ("published", .date), ("language", .attribute), ("url", .attribute),
        ("sha256", .attribute), ("title", .element), ("publisher", .element), ("text", .element),
      ]),
    XMLLayout(
      kind: "entity",
      fields: [
        ("id", .attribute), ("kind", .attribute), ("country", .attribute), ("name", .element),
        ("aliases", .strings(element: "alias")), ("roles", .records(element: "role")),
        ("attributes", .attributes), provenance,
      ]),
    XMLLayout(
      kind: "role",
      fields: [("of", .attribute), ("from", .date), ("until", .date), ("title", .element)]),
    XMLLayout(
      kind: "issue",
      fields: [
        ("id", .attribute), ("label", .element), ("description", .element),
        ("keywords", .strings(element: "keyword")),
      ]),
    XMLLayout(
      kind: "talk",
      fields: [
        ("id", .attribute), ("kind", .attribute), ("date", .date), ("venue", .attribute),
        ("duration", .attribute), ("name", .element), ("parties", .references(element: "party")),
        ("participants", .records(element: "participant")),
        ("issues", .references(element: "issue")), ("outcome", .element), provenance,
      ]),
    XMLLayout(
      kind: "participant",
      fields: [("entity", .attribute), ("party", .attribute), ("role", .element)]),
    XMLLayout(
      kind: "position",
      fields: [
        ("id", .attribute), ("holder", .attribute), ("issue", .attribute),
        ("stance", .attribute), ("date", .date), ("talk", .attribute), ("summary", .element),
        ("evidence", .references(element: "evidence")), provenance,
      ]),
    XMLLayout(
      kind: "statement",
      fields: [
        ("id", .attribute), ("speaker", .attribute), ("mode", .attribute), ("date", .date),
        ("talk", .attribute), ("text", .element), ("issues", .references(element: "issue")),
        provenance,
      ]),
    XMLLayout(
      kind: "event",
      fields: [
        ("id", .attribute), ("kind", .attribute), ("date", .date), ("location", .attribute),
        ("talk", .attribute), ("cameo", .attribute), ("title", .element),
        ("summary", .element), ("actors", .references(element: "actor")),
        ("targets", .references(element: "target")), ("issues", .references(element: "issue")),
        provenance,
      ]),
    XMLLayout(
      kind: "relation",
      fields: [
        ("id", .attribute), ("kind", .attribute), ("from", .attribute), ("to", .attribute),
        ("since", .date), ("until", .date), provenance,
      ]),
    XMLLayout(
      kind: "provenance",
      fields: [
        ("source", .attribute), ("span", .span), ("confidence", .attribute),
        ("method", .attribute), ("rule", .attribute), ("quote", .element),
      ]),
  ]

  /// The field a child element stands for, and its form, if any.
  func field(forChild element: String) -> (name: String, form: Form)? {
    fields.first { field in
      switch field.form {
      case .element, .collection: field.name == element
      default: field.form.childElement == element
      }
    }
  }
}
