/// A value handed to the threads of one job, which each only read it, or
/// write parts of it that no other thread touches; where it is used says
/// which, and why that is safe.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
}
