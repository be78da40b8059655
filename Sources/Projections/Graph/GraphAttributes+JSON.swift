import ParleyCore

extension GraphAttributes {
  /// Writes each attribute as a member of the JSON object being written:
  /// texts as strings, lists as arrays, numbers and booleans typed.
  package func write(to json: JSONWriter) throws(OutputError) {
    for (name, value) in self {
      try json.key(name)
      switch value {
      case .string(let text): try json.string(text)
      case .integer(let number): try json.number(number)
      case .double(let number): try json.number(number)
      case .boolean(let flag): try json.bool(flag)
      case .strings(let list):
        try json.beginArray()
        for text in list { try json.string(text) }
        try json.endArray()
      }
    }
  }
}
