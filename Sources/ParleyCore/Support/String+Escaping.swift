extension String {
  /// The text with each scalar that `replacement` maps to a string replaced
  /// by it, the rest kept: the one loop behind XML and HTML escaping.
  @inlinable @inline(__always)
  package func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
    var result = ""
    result.reserveCapacity(utf8.count + 16)
    for scalar in unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
