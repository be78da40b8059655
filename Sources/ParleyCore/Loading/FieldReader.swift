/// Reads the fields of one object of the syntax tree, checking each field's
/// type and that no field is unknown. A wrong value is reported and read as
/// absent, so decoding goes on and finds every problem.
package struct FieldReader {
  /// Where the object is; built only to report a problem.
  let pending: PendingPath
  /// Where the object is.
  var path: IRPath { pending.path }
  let node: SyntaxNode
  package let log: DecodeLog
  /// The known fields, in document order; objects are small, so a scan
  /// beats hashing.
  private let fields: [(key: String, value: SyntaxNode)]

  /// Returns `nil` (after reporting) when the node is not an object.
  package init?(
    _ node: SyntaxNode, path: PendingPath, log: DecodeLog, allowed: [String], what: String
  ) {
    guard case .object(let entries) = node.value else {
      log.report(path.path, at: node, "expected \(what) as an object, found \(node.typeName)")
      return nil
    }
    (self.pending, self.node, self.log) = (path, node, log)
    var fields: [(key: String, value: SyntaxNode)] = []
    fields.reserveCapacity(entries.count)
    for (key, value) in entries {
      if allowed.contains(key) {
        fields.append((key, value))
      } else {
        let hint =
          Suggestions.didYouMean(key, in: allowed)
          ?? "the fields of \(what) are: \(allowed.joined(separator: ", "))"
        log.report(path.appending(key), at: value, "unknown field \"\(key)\"", hint: hint)
      }
    }
    self.fields = fields
  }

  /// The field's node, unless absent or null.
  private func field(_ key: String) -> SyntaxNode? {
    fields.first { $0.key == key }?.value
  }

  func value(_ key: String, required: Bool = false) -> SyntaxNode? {
    guard let value = field(key), !value.isNull else {
      if required {
        log.report(path, at: node, "missing required field \"\(key)\"")
      }
      return nil
    }
    return value
  }

  func string(_ key: String, required: Bool = false, hint: String? = nil) -> String? {
    guard let value = value(key, required: required) else { return nil }
    switch value.value {
    case .string(let text), .plain(let text): return text
    default:
      log.report(
        path.appending(key), at: value, "expected a string, found \(value.typeName)", hint: hint)
      return nil
    }
  }

  /// A string field holding an id (its own or a reference).
  func id(_ key: String, required: Bool = false) -> String? {
    guard let text = string(key, required: required) else { return nil }
    if !Self.isValidID(text) { reportInvalidID(text, at: path.appending(key), node: field(key)) }
    return text
  }

  func reportInvalidID(_ text: String, at path: IRPath, node: SyntaxNode?) {
    log.report(
      path, at: node, "\"\(text)\" is not a valid id",
      hint: "ids start with a letter or digit and use only letters, digits, '-', '_', '.' and ':'"
    )
  }

  static func isValidID(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, isIDScalar(first), first != "-",
      first != "_", first != ".", first != ":"
    else { return false }
    return text.unicodeScalars.allSatisfy(isIDScalar)
  }

  private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", ":": true
    default: false
    }
  }

  /// The elements of the list `key`; empty when absent, and reported when
  /// it is not a list.
  func list(_ key: String) -> [SyntaxNode] {
    guard let value = value(key) else { return [] }
    guard case .array(let elements) = value.value else {
      log.report(path.appending(key), at: value, "expected a list, found \(value.typeName)")
      return []
    }
    return elements
  }

  func strings(_ key: String, ids: Bool = false) -> [String] {
    let elements = list(key)
    var strings: [String] = []
    strings.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      if element.isNull {
        log.report(
          path.appending(key).appending(index), at: element, "expected a string, found null",
          hint: "remove the empty entry")
        continue
      }
      switch element.value {
      case .string(let text), .plain(let text):
        if ids && !Self.isValidID(text) {
          reportInvalidID(text, at: path.appending(key).appending(index), node: element)
        }
        strings.append(text)
      default:
        log.report(
          path.appending(key).appending(index), at: element,
          "expected a string, found \(element.typeName)")
      }
    }
    return strings
  }

  /// Reports that `text` is not one of `names`, the field's choices.
  func reportInvalidChoice(_ key: String, _ text: String, _ names: [String]) {
    log.report(
      path.appending(key), at: field(key), "\"\(text)\" is not a valid \(key)",
      hint: Suggestions.didYouMean(text, in: names)
        ?? "use one of: \(names.joined(separator: ", "))")
  }

  func date(_ key: String) -> EDTFDate? {
    guard let text = string(key) else { return nil }
    do {
      return try EDTFDate(text)
    } catch {
      log.report(
        path.appending(key), at: field(key), "invalid EDTF date \"\(text)\": \(error.reason)",
        hint: "leave the field out when the date is unknown")
      return nil
    }
  }

  func duration(_ key: String) -> ISODuration? {
    guard let text = string(key) else { return nil }
    do {
      return try ISODuration(text)
    } catch {
      log.report(path.appending(key), at: field(key), error.description)
      return nil
    }
  }

  func double(_ key: String) -> Double? {
    guard let value = value(key) else { return nil }
    switch value.value {
    case .integer(let number): return Double(number)
    case .number(let number) where number.isFinite: return number
    case .plain(let text) where Double(text)?.isFinite == true: return Double(text)
    default:
      log.report(path.appending(key), at: value, "expected a number, found \(value.typeName)")
      return nil
    }
  }

  static func integer(_ node: SyntaxNode) -> Int? {
    switch node.value {
    case .integer(let number): return number
    case .number(let number) where number.rounded() == number && abs(number) < 1e15:
      return Int(number)
    case .plain(let text): return Int(text)
    default: return nil
    }
  }

  func span(_ key: String) -> TextSpan? {
    guard let value = value(key) else { return nil }
    guard case .array(let elements) = value.value, elements.count == 2 else {
      log.report(
        path.appending(key), at: value,
        "expected a span [start, end] of two whole numbers, found \(value.typeName)")
      return nil
    }
    var offsets: [Int] = []
    for (index, element) in elements.enumerated() {
      if let offset = Self.integer(element) {
        offsets.append(offset)
      } else {
        let which = index == 0 ? "start" : "end"
        let shown: String
        if case .number(let number) = element.value {
          shown = "\(number)"
        } else {
          shown = element.typeName
        }
        let problem =
          Self.isTooLarge(element)
          ? "the span's \(which) \(shown) is too large: offsets are whole numbers below 2^63"
          : "the span's \(which) must be a whole number, found \(element.typeName)"
        log.report(path.appending(key).appending(index), at: element, problem)
      }
    }
    guard offsets.count == 2 else { return nil }
    return TextSpan(start: offsets[0], end: offsets[1])
  }

  /// Whether `node` is a number, but one too large for a whole number.
  static func isTooLarge(_ node: SyntaxNode) -> Bool {
    switch node.value {
    case .number(let number): return !number.isFinite || abs(number) >= 1e15
    case .plain(let text):
      let digits = text.drop { $0 == "-" || $0 == "+" }
      return !digits.isEmpty && (digits.allSatisfy(\.isNumber) || Double(text)?.isFinite == false)
    default: return false
    }
  }

  func attributes(_ key: String) -> [String: AttributeValue] {
    guard let value = value(key) else { return [:] }
    guard case .object(let entries) = value.value else {
      log.report(
        path.appending(key), at: value, "expected an object of attributes, found \(value.typeName)")
      return [:]
    }
    var attributes: [String: AttributeValue] = [:]
    for (name, node) in entries {
      if node.isNull {
        log.report(
          path.appending(key).appending(name), at: node, "an attribute needs a value, found null",
          hint: "leave the attribute out instead")
        continue
      }
      switch node.value {
      case .string(let text): attributes[name] = .string(text)
      case .bool(let flag): attributes[name] = .boolean(flag)
      case .integer(let number): attributes[name] = .integer(number)
      case .number(let number): attributes[name] = Self.attributeNumber(number)
      case .plain(let text):
        if let number = Int(text) {
          attributes[name] = .integer(number)
        } else if SyntaxNode.plainIsNumber(text), let number = Double(text) {
          attributes[name] = Self.attributeNumber(number)
        } else if ["true", "false"].contains(text) {
          attributes[name] = .boolean(text == "true")
        } else {
          attributes[name] = .string(text)
        }
      default:
        log.report(
          path.appending(key).appending(name), at: node,
          "an attribute must be a string, number or boolean, found \(node.typeName)")
      }
    }
    for (name, value) in attributes {
      if case .number(let number) = value, !number.isFinite {
        log.report(path.appending(key).appending(name), at: nil, "\(number) is not a finite number")
        attributes[name] = nil
      }
    }
    return attributes
  }

  /// JSON does not tell 1.0 from 1, so a whole real is an integer: the value
  /// then reads back the same from every format.
  static func attributeNumber(_ number: Double) -> AttributeValue {
    if number.isFinite, number.rounded() == number, abs(number) < 9e15 {
      return .integer(Int(number))
    }
    return .number(number)
  }
}
