import Foundation

/// Parses JSON text into a ``SyntaxNode`` tree with Foundation's decoder.
enum JSONSyntax {
  static func parse(_ data: Data, file: String) throws(ParleyError) -> SyntaxNode {
    do {
      return try JSONDecoder().decode(DecodedNode.self, from: data).node
    } catch let error as DecodingError {
      throw .invalidInput([diagnostic(for: error, file: file, data: data)])
    } catch {
      throw .invalidInput([Diagnostic(file: file, message: "malformed JSON: \(error)")])
    }
  }

  /// Foundation's decoder does not say where JSON is malformed; its
  /// `JSONSerialization` does ("around character 43"), so ask it and turn the
  /// offset into a line and column.
  private static func diagnostic(for error: DecodingError, file: String, data: Data) -> Diagnostic {
    var message = "malformed JSON"
    var location: SourceLocation?
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      if case .dataCorrupted(let context) = error { message += ": \(context.debugDescription)" }
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
      if let range = detail.range(of: #"character \d+"#, options: .regularExpression),
        let offset = Int(detail[range].dropFirst("character ".count))
      {
        location = Self.location(ofByte: offset, in: data)
      }
      let reason = detail.replacingOccurrences(
        of: #"\s*around character \d+\.?"#, with: "", options: .regularExpression)
      if !reason.isEmpty { message += ": " + reason.prefix(1).lowercased() + reason.dropFirst() }
    }
    return Diagnostic(
      file: file, location: location, message: message,
      hint: "check the JSON syntax there: quotes, commas and brackets")
  }

  /// Line and column (in Unicode scalars, from 1) of a byte offset.
  static func location(ofByte offset: Int, in data: Data) -> SourceLocation {
    let prefix = data.prefix(max(0, min(offset, data.count)))
    var line = 1
    var lineStart = prefix.startIndex
    for index in prefix.indices where prefix[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
    return SourceLocation(line: line, column: column)
  }
}

/// Decodes any JSON value into a ``SyntaxNode``.
private struct DecodedNode: Decodable {
  let node: SyntaxNode

  init(from decoder: Decoder) throws {
    if var array = try? decoder.unkeyedContainer() {
      var elements: [SyntaxNode] = []
      elements.reserveCapacity(array.count ?? 0)
      while !array.isAtEnd { elements.append(try array.decode(DecodedNode.self).node) }
      node = SyntaxNode(.array(elements))
      return
    }
    if let object = try? decoder.container(keyedBy: AnyKey.self) {
      // Decoders do not keep key order; sort so every run sees the same order.
      var entries: [(key: String, value: SyntaxNode)] = []
      for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
        entries.append((key.stringValue, try object.decode(DecodedNode.self, forKey: key).node))
      }
      node = SyntaxNode(.object(entries))
      return
    }
    let scalar = try decoder.singleValueContainer()
    if scalar.decodeNil() {
      node = SyntaxNode(.null)
    } else if let text = try? scalar.decode(String.self) {
      node = SyntaxNode(.string(text))
    } else if let flag = try? scalar.decode(Bool.self) {
      node = SyntaxNode(.bool(flag))
    } else if let integer = try? scalar.decode(Int.self) {
      node = SyntaxNode(.integer(integer))
    } else {
      node = SyntaxNode(.number(try scalar.decode(Double.self)))
    }
  }

  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
