import ParleyCSV
import ParleyCore
import ParleyJSONLD

/// The formats built into Parley: the one list every exporter module is
/// registered in. The CLI reads it; nothing else needs to know the modules.
public enum BuiltinFormats {
  /// The registry of built-in exporters, in the order `parley formats` lists them.
  public static let registry = FormatRegistry([
    CanonicalJSONExporter(),
    JSONLDExporter(),
    CSVExporter(),
  ])
}
