import Foundation

/// Parses RFC 4180 text (LF or CRLF line ends) into rows of fields, failing
/// on anything malformed: a quote inside an unquoted field, text after a
/// closing quote, an unterminated quoted field.
func parseCSV(_ text: String) throws -> [[String]] {
  struct Malformed: Error { var reason: String }
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var scalars = Array(text.unicodeScalars)[...]
  var quoted = false
  var fieldStarted = false
  while let scalar = scalars.popFirst() {
    if quoted {
      if scalar == "\"" {
        if scalars.first == "\"" {
          field.unicodeScalars.append("\"")
          scalars.removeFirst()
        } else {
          quoted = false
          guard let next = scalars.first, next == "," || next == "\n" || next == "\r" else {
            if scalars.isEmpty { continue }
            throw Malformed(reason: "text after a closing quote")
          }
        }
      } else {
        field.unicodeScalars.append(scalar)
      }
      continue
    }
    switch scalar {
    case "\"":
      guard field.isEmpty, !fieldStarted else { throw Malformed(reason: "quote in a bare field") }
      quoted = true
      fieldStarted = true
    case ",":
      row.append(field)
      field = ""
      fieldStarted = false
    case "\r":
      guard scalars.first == "\n" else { throw Malformed(reason: "bare CR") }
    case "\n":
      row.append(field)
      rows.append(row)
      row = []
      field = ""
      fieldStarted = false
    default:
      field.unicodeScalars.append(scalar)
      fieldStarted = true
    }
  }
  if quoted { throw Malformed(reason: "unterminated quoted field") }
  if fieldStarted || !row.isEmpty {
    row.append(field)
    rows.append(row)
  }
  return rows
}
