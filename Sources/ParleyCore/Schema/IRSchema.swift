/// The JSON Schema (draft 2020-12) of the IR, as `parley schema` prints it.
public enum IRSchema {
  /// The schema's text, embedded at build time from
  /// `Sources/ParleyCore/Schema/parley-ir-1.0.schema.json`.
  public static var json: String {
    String(decoding: PackageResources.parley_ir_1_0_schema_json, as: UTF8.self)
  }
}
