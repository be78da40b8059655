import Foundation
import ParleyCore
import ParleyLibXML

/// A problem found while reading XML, with its position.
struct XMLInputProblem: Error {
  let message: String
  let location: SourceLocation?
  let hint: String?
}
