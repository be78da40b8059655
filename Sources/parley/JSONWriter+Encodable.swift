import ParleyCore

/// Writing any `Encodable` value through the JSON writer, so that reports
/// and listings (`parley formats --json`, batch summaries, scores) are typed
/// values written like every other JSON Parley makes: same escaping, same
/// layout. Keys keep the order the value encodes them in; `nil` optionals
/// are left out.
extension JSONWriter {
  /// Writes `value` as one JSON value.
  ///
  /// - Throws: ``OutputError`` when the output cannot be written, or the
  ///   value's own encoding error.
  package func encode(_ value: some Encodable) throws {
    let encoder = TreeEncoder()
    try value.encode(to: encoder)
    try write(encoder.storage.value ?? .null)
  }

  private func write(_ value: JSONTree) throws(OutputError) {
    switch value {
    case .null: try null()
    case .bool(let flag): try bool(flag)
    case .integer(let whole): try number(whole)
    case .double(let real): try number(real)
    case .string(let text): try string(text)
    case .array(let box):
      try beginArray()
      for element in box.elements { try write(element.value ?? .null) }
      try endArray()
    case .object(let box):
      try beginObject()
      for (key, element) in box.entries {
        try self.key(key)
        try write(element.value ?? .null)
      }
      try endObject()
    }
  }
}

/// A JSON value being built; containers are shared boxes so that nested
/// containers can be filled after they are placed.
private enum JSONTree {
  case null
  case bool(Bool)
  case integer(Int)
  case double(Double)
  case string(String)
  case array(ArrayBox)
  case object(ObjectBox)
}

private final class Slot {
  var value: JSONTree?
}

private final class ArrayBox {
  var elements: [Slot] = []
}

private final class ObjectBox {
  var entries: [(String, Slot)] = []

  func slot(_ key: String) -> Slot {
    if let found = entries.first(where: { $0.0 == key }) { return found.1 }
    let slot = Slot()
    entries.append((key, slot))
    return slot
  }
}

/// An `Encoder` that fills one slot of the tree.
private final class TreeEncoder: Encoder {
  let storage: Slot
  let codingPath: [any CodingKey]
  let userInfo: [CodingUserInfoKey: Any] = [:]

  init(storage: Slot = Slot(), codingPath: [any CodingKey] = []) {
    self.storage = storage
    self.codingPath = codingPath
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedTree<Key>(object: object(), codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedTree(array: array(), codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTree(slot: storage, codingPath: codingPath)
  }

  private func object() -> ObjectBox {
    if case .object(let box)? = storage.value { return box }
    let box = ObjectBox()
    storage.value = .object(box)
    return box
  }

  private func array() -> ArrayBox {
    if case .array(let box)? = storage.value { return box }
    let box = ArrayBox()
    storage.value = .array(box)
    return box
  }
}

/// Encodes a value into a slot: scalars directly (every integer and
/// floating-point type, so that none falls back to its `encode(to:)`, which
/// would come straight back here), others through their own `encode(to:)`.
private func fill(_ slot: Slot, with value: some Encodable, at path: [any CodingKey]) throws {
  switch value {
  case let text as String: slot.value = .string(text)
  case let flag as Bool: slot.value = .bool(flag)
  case let number as any BinaryInteger:
    guard let whole = Int(exactly: number) else {
      throw EncodingError.invalidValue(
        number,
        .init(codingPath: path, debugDescription: "\(number) does not fit in a JSON integer"))
    }
    slot.value = .integer(whole)
  case let number as any BinaryFloatingPoint: slot.value = .double(Double(number))
  default: try value.encode(to: TreeEncoder(storage: slot, codingPath: path))
  }
}

private struct KeyedTree<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: ObjectBox
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { object.slot(key.stringValue).value = .null }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try fill(object.slot(key.stringValue), with: value, at: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    TreeEncoder(storage: object.slot(key.stringValue), codingPath: codingPath + [key])
      .container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    TreeEncoder(storage: object.slot(key.stringValue), codingPath: codingPath + [key])
      .unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(storage: object.slot("super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(storage: object.slot(key.stringValue), codingPath: codingPath + [key])
  }
}

private struct UnkeyedTree: UnkeyedEncodingContainer {
  let array: ArrayBox
  let codingPath: [any CodingKey]
  var count: Int { array.elements.count }

  private func next() -> Slot {
    let slot = Slot()
    array.elements.append(slot)
    return slot
  }

  mutating func encodeNil() throws { next().value = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try fill(next(), with: value, at: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    TreeEncoder(storage: next(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    TreeEncoder(storage: next(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(storage: next(), codingPath: codingPath)
  }
}

private struct SingleTree: SingleValueEncodingContainer {
  let slot: Slot
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { slot.value = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try fill(slot, with: value, at: codingPath)
  }
}
