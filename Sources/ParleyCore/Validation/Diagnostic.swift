/// One problem found in an input, with everything needed to find and fix it.
///
/// Printed as `file:line:column: path: message (hint)`; parts that are not
/// known are left out.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// The input file, as the user named it; `-` for standard input.
  public var file: String?
  /// Where in the document, if the problem is about a value.
  public var path: IRPath?
  /// Where in the text, if known.
  public var location: SourceLocation?
  /// What is wrong.
  public var message: String
  /// What to do about it.
  public var hint: String?

  /// Creates a diagnostic.
  package init(
    file: String? = nil, path: IRPath? = nil, location: SourceLocation? = nil,
    message: String, hint: String? = nil
  ) {
    (self.file, self.path, self.location, self.message, self.hint) = (
      file, path, location, message, hint
    )
  }

  /// The one-line, compiler-style rendering. Text quoted from the input
  /// (a quote, a value, a key) is written with its line breaks, tabs and
  /// other invisible characters escaped, so one problem is one line.
  public var description: String {
    var prefix = ""
    if let file { prefix += file.displayed }
    if let location { prefix += (prefix.isEmpty ? "" : ":") + location.description }
    var text = ""
    if let path { text += path.description + ": " }
    text += message
    if let hint { text += " (\(hint))" }
    return (prefix.isEmpty ? "" : prefix + ": ") + text.displayed
  }
}

/// A line and column in an input text, both from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, in Unicode scalars, when known.
  public var column: Int?

  /// Creates a location.
  package init(line: Int, column: Int?) {
    self.line = line
    self.column = column
  }

  /// `line:column`, or `line` when the column is not known.
  public var description: String { column.map { "\(line):\($0)" } ?? "\(line)" }
}
