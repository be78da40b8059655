import ParleyLibXML

/// The XML Schema of Parley XML, shipped inside the tool (`parley schema --xml`).
package enum XMLSchemaDefinition {
  /// The XSD's text, embedded at build time from `Schema/parley-1.0.xsd`.
  package static var text: String {
    String(decoding: PackageResources.parley_1_0_xsd, as: UTF8.self)
  }

  /// A fresh validator for the schema.
  static var validator: XMLSchemaValidator {
    get throws(XMLDiagnostic) { try XMLSchemaValidator(schema: text) }
  }
}
