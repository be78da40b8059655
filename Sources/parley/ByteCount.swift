import ArgumentParser

/// A number of bytes on the command line: `1048576`, `512K`, `256M`, `4G`
/// (powers of 1024; `KiB`, `MiB`, `GiB` too), at least 1.
struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
  let value: Int

  init(_ value: Int) { self.value = value }

  init?(argument: String) {
    var text = argument.uppercased()
    for suffix in ["IB", "B"] where text.hasSuffix(suffix) && text.count > suffix.count {
      text.removeLast(suffix.count)
      break
    }
    var multiplier = 1
    if let unit = text.last, let shift = ["K": 10, "M": 20, "G": 30, "T": 40][unit] {
      multiplier = 1 << shift
      text.removeLast()
    }
    guard let number = Int(text), number >= 1 else { return nil }
    let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return nil }
    value = product
  }

  /// `4G`, `256M`, `512K` or the bare number.
  var description: String {
    for (unit, shift) in [("T", 40), ("G", 30), ("M", 20), ("K", 10)]
    where value >= 1 << shift && value % (1 << shift) == 0 {
      return "\(value >> shift)\(unit)"
    }
    return String(value)
  }
}
