/// A format option with a value the format cannot use, or that does not fit
/// with the other options. It names options by their names (`graph`,
/// `base`), never by a command line's spelling of them, and says what to do
/// as data, so that each front end can phrase it in its own syntax.
public struct ExportOptionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Problem: Hashable, Sendable {
    /// The value is not one of the option's choices in `format`.
    case notAChoice(format: String, choices: [String], suggestion: String?)
    /// The value cannot be used, for the reason given.
    case invalidValue(String, remedy: Remedy?)
    /// The option only applies when another option has a given value.
    case needs(option: String, value: String, because: String)
  }

  /// A value that would work, to show the user.
  public enum Remedy: Hashable, Sendable {
    /// An example of a valid value.
    case example(String)
    /// The value the user probably meant.
    case correction(String)
  }

  /// The option's name, e.g. `base`.
  public var option: String
  /// The value given, if the option takes one.
  public var value: String?
  /// What is wrong.
  public var problem: Problem

  /// Creates an error.
  public init(option: String, value: String?, problem: Problem) {
    (self.option, self.value, self.problem) = (option, value, problem)
  }

  /// What is wrong, naming options by their names.
  public var description: String {
    let subject = "option \(option)" + (value.map { " \"\($0)\"" } ?? "")
    switch problem {
    case .notAChoice(let format, let choices, let suggestion):
      return "\(subject): not a choice of the \(format) format; use one of: "
        + choices.joined(separator: ", ") + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
    case .invalidValue(let reason, let remedy):
      switch remedy {
      case .example(let example)?: return "\(subject): \(reason), e.g. \(example)"
      case .correction(let correction)?: return "\(subject): \(reason); try \(correction)"
      case nil: return "\(subject): \(reason)"
      }
    case .needs(let other, let otherValue, let because):
      return "\(subject) \(because): set option \(other) to \(otherValue), or leave out \(option)"
    }
  }
}
