import CLibYAML

/// Parses YAML text into ``YAMLEvent``s with libyaml: the only code that
/// touches libyaml's pointers.
///
/// The parser reads `bytes` in place, so they must stay alive and unchanged
/// while it is used; it copies every string it hands out.
package final class YAMLEventParser {
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  /// A byte to point at when the input is empty: libyaml needs an address.
  private let placeholder: UnsafeMutablePointer<UInt8>
  private var finished = false
  /// The error that stopped the parser, thrown again if asked for more.
  private var failure: YAMLSyntaxError?

  /// Creates a parser of UTF-8 `bytes` (a byte order mark at their start is
  /// skipped). libyaml tells the encoding by that mark: bytes that start with
  /// a UTF-16 one are read as UTF-16, so callers refuse those beforehand.
  package init(bytes: UnsafeBufferPointer<UInt8>) {
    // libyaml keeps a pointer to the parser itself, so it never moves.
    parser = .allocate(capacity: 1)
    yaml_parser_initialize(parser)
    // No encoding is set: libyaml then reads a byte order mark at the start
    // as one, and skips it.
    placeholder = .allocate(capacity: 1)
    yaml_parser_set_input_string(
      parser, bytes.baseAddress ?? UnsafePointer(placeholder), bytes.count)
  }

  deinit {
    yaml_parser_delete(parser)
    parser.deallocate()
    placeholder.deallocate()
  }

  /// How many bytes of the input libyaml has read so far: it never goes
  /// back to those before.
  package var consumed: Int {
    let input = parser.pointee.input.string
    guard let start = input.start, let current = input.current else { return 0 }
    return current - start
  }

  /// The next event; ``YAMLEvent/streamEnd`` once the text is read, and
  /// again if asked for more.
  ///
  /// - Throws: ``YAMLSyntaxError`` when the text is not YAML; the parser
  ///   stops there, and throws it again if asked for more.
  package func next() throws(YAMLSyntaxError) -> YAMLEvent {
    if let failure { throw failure }
    guard !finished else { return .streamEnd }
    var event = yaml_event_t()
    guard yaml_parser_parse(parser, &event) == 1 else {
      let failure = error()
      self.failure = failure
      throw failure
    }
    defer { yaml_event_delete(&event) }
    let mark = Self.mark(event.start_mark)
    switch event.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_DOCUMENT_START_EVENT: return .documentStart(mark)
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_ALIAS_EVENT:
      return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", mark)
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let value = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      let style = scalar.style
      return .scalar(
        YAMLScalar(
          value: value,
          isPlain: style == YAML_PLAIN_SCALAR_STYLE || style == YAML_ANY_SCALAR_STYLE,
          header: YAMLNodeHeader(
            anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag), mark: mark)))
    case YAML_SEQUENCE_START_EVENT:
      let start = event.data.sequence_start
      return .sequenceStart(
        YAMLNodeHeader(anchor: Self.string(start.anchor), tag: Self.string(start.tag), mark: mark))
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      let start = event.data.mapping_start
      return .mappingStart(
        YAMLNodeHeader(anchor: Self.string(start.anchor), tag: Self.string(start.tag), mark: mark))
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    default:
      finished = true
      return .streamEnd
    }
  }

  /// The parser's error, copied out.
  private func error() -> YAMLSyntaxError {
    let state = parser.pointee
    let stage: YAMLSyntaxError.Stage =
      switch state.error {
      case YAML_READER_ERROR: .reader
      case YAML_SCANNER_ERROR: .scanner
      case YAML_MEMORY_ERROR: .memory
      default: .parser
      }
    let hasContext = state.context != nil
    return YAMLSyntaxError(
      stage: stage,
      problem: state.problem.map { String(cString: $0) } ?? "unknown problem",
      context: state.context.map { String(cString: $0) },
      contextMark: hasContext ? Self.mark(state.context_mark) : nil,
      mark: Self.mark(state.problem_mark),
      offset: state.problem_offset, value: Int(state.problem_value))
  }

  private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
    YAMLMark(line: mark.line + 1, column: mark.column + 1)
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
