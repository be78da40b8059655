/// An ISO 8601 duration such as `PT7H30M` or `P1DT2H`, kept as written.
public struct ISODuration: Hashable, Sendable, CustomStringConvertible {
  /// The duration as written.
  public let description: String
  /// The length in seconds, counting a year as 365 days and a month as 30.
  public let seconds: Double

  /// Parses `PnYnMnWnDTnHnMnS`; every part is optional but one is needed.
  public init(_ text: String) throws(ISODurationError) {
    var rest = Substring(text)
    guard rest.first == "P", rest.count > 1 else { throw ISODurationError(text: text) }
    rest = rest.dropFirst()
    let dateUnits: [(Character, Double)] = [
      ("Y", 31_536_000), ("M", 2_592_000), ("W", 604_800), ("D", 86_400),
    ]
    let timeUnits: [(Character, Double)] = [("H", 3600), ("M", 60), ("S", 1)]
    var total = 0.0
    var inTime = false
    var units = dateUnits[...]
    var sawValue = false
    while !rest.isEmpty {
      if rest.first == "T" {
        guard !inTime, rest.count > 1 else { throw ISODurationError(text: text) }
        inTime = true
        units = timeUnits[...]
        rest = rest.dropFirst()
        continue
      }
      let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
      guard !number.isEmpty, let value = Double(number),
        let designator = rest.dropFirst(number.count).first,
        let unitIndex = units.firstIndex(where: { $0.0 == designator })
      else { throw ISODurationError(text: text) }
      if number.contains("."), !(inTime && designator == "S") { throw ISODurationError(text: text) }
      total += value * units[unitIndex].1
      units = units[(unitIndex + 1)...]
      rest = rest.dropFirst(number.count + 1)
      sawValue = true
    }
    guard sawValue, !(inTime && text.hasSuffix("T")) else { throw ISODurationError(text: text) }
    self.description = text
    self.seconds = total
  }
}

/// A string that is not an ISO 8601 duration.
public struct ISODurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The offending text.
  package var text: String
  /// What is wrong and an example of what is right.
  public var description: String {
    "\"\(text)\" is not an ISO 8601 duration; write e.g. PT7H30M (7 hours 30 minutes) or P1D"
  }
}
