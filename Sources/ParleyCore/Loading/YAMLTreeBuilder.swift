import ParleyLibYAML

/// Builds ``SyntaxNode``s from libyaml's events for ``YAMLSyntax``.
///
/// The first thing a dossier may not hold (a tag, a merge key, a list as a
/// key, an alias bomb) is kept, and the builder goes on reading events
/// without building anything, so that a later problem of the YAML itself is
/// the one reported, as it would be by a reader of the whole document.
struct YAMLTreeBuilder: ~Copyable {
  /// Why the text cannot be read as a dossier.
  enum Failure: Error {
    /// The text is not YAML, as libyaml says.
    case syntax(YAMLSyntaxError)
    /// The text is YAML a dossier may not be, said in Parley's words.
    case refused(Diagnostic)
  }

  private let parser: YAMLEventParser
  private let file: String
  /// How many more values the tree may have, aliases counted as what they repeat.
  private var budget: Int
  private let streamedKeys: Set<String>
  /// The nodes marked `&anchor` so far, with what repeating them costs and
  /// how many levels of lists and mappings they hold.
  private var anchors: [String: (node: SyntaxNode, cost: Int, height: Int)] = [:]
  /// The first thing found that a dossier may not hold.
  private var refusal: Diagnostic?
  /// Whether nodes are still built: not once there is a refusal.
  private var building: Bool { refusal == nil }

  init(parser: YAMLEventParser, file: String, budget: Int, streamedKeys: Set<String>) {
    self.parser = parser
    self.file = file
    self.budget = budget
    self.streamedKeys = streamedKeys
  }

  /// A list or mapping being read: what it holds so far.
  private struct Frame {
    /// Its anchor, tag and place.
    let header: YAMLNodeHeader
    /// Whether it is a mapping; else a list.
    let isMapping: Bool
    /// The budget when it began, to tell what repeating it costs.
    let budget: Int
    /// For a top-level list whose items are handed over one by one: its key.
    let streamedKey: String?
    var elements: [SyntaxNode] = []
    var entries: [(key: String, value: SyntaxNode)] = []
    /// A mapping's keys as read, for duplicates.
    var keys: [(name: String, mark: YAMLMark)] = []
    /// A mapping's key waiting for its value: its text (none for a key that
    /// is not a name) and place.
    var key: (name: String?, mark: YAMLMark)?
    /// How many items of a streamed list were handed over.
    var count = 0
    /// The most levels of lists and mappings an item holds.
    var height = 0
  }

  /// How much more of the text libyaml reads before `release` is called again.
  private static let releaseStride = 1 << 20

  /// The lists and mappings open around the current event, outermost first:
  /// an explicit stack, so that deep nesting never exhausts the call stack.
  private var open: [Frame] = []

  /// The stream's one document, or `nil` when it has none.
  ///
  /// `release` is called each time libyaml has read another stretch of the
  /// text, with the offset of the first byte it has not read.
  mutating func document(
    element: (String, Int, SyntaxNode) -> Void, releasing release: (Int) -> Void
  ) throws(Failure) -> SyntaxNode? {
    var event = try next()
    if case .streamStart = event { event = try next() }
    guard case .documentStart = event else { return nil }
    var root: SyntaxNode?
    var released = 0
    while root == nil {
      if let (node, mark, height) = try read(try next()) {
        root = deliver(node, at: mark, height: height, element: element)
      }
      if parser.consumed - released >= Self.releaseStride {
        released = parser.consumed
        release(released)
      }
    }
    _ = try next()  // the document's end
    if case .documentStart(let mark) = try next() {
      throw .refused(
        Diagnostic(
          file: file, location: SourceLocation(mark),
          message: "a second YAML document starts here: a dossier is one document",
          hint: "remove the '---' line and what follows it, or move them to a file of their own"))
    }
    if let refusal { throw .refused(refusal) }
    return root
  }

  private func next() throws(Failure) -> YAMLEvent {
    do throws(YAMLSyntaxError) {
      return try parser.next()
    } catch {
      throw .syntax(error)
    }
  }

  /// Reads one event: the node it completes, with its place and how many
  /// levels of lists and mappings it holds, if it completes one (a scalar,
  /// an alias, the end of a list or mapping).
  private mutating func read(_ event: YAMLEvent) throws(Failure) -> (
    SyntaxNode, YAMLMark, Int
  )? {
    switch event {
    case .scalar(let scalar):
      let header = scalar.header
      let cost = 1 + scalar.value.utf8.count / 16
      check(header, cost: cost)
      if scalar.isPlain, scalar.value == "<<", let frame = open.last, frame.isMapping,
        frame.key == nil
      {
        refuse(
          at: header.mark, "YAML merge keys (<<) are not supported in a dossier",
          hint: "write the fields out in each record")
      }
      // The non-specific tag "!" and "!!str" make a plain scalar a string.
      let isString = header.tag == "!" || header.tag == YAMLSyntax.stringTag
      let node = SyntaxNode(
        scalar.isPlain && !isString ? .plain(scalar.value) : .string(scalar.value),
        location: SourceLocation(header.mark))
      remember(header.anchor, node, cost: cost, height: 0)
      return (node, header.mark, 0)
    case .alias(let anchor, let mark):
      guard let (node, cost, height) = anchors[anchor] else {
        throw .refused(
          Diagnostic(
            file: file, location: SourceLocation(mark),
            message: "the alias *\(anchor.displayed) repeats no anchor: none is named so before it",
            hint: "mark the value to repeat with &\(anchor.displayed) before this point"))
      }
      // What an alias repeats nests as deep as where it stands.
      try checkDepth(open.count + height, at: mark)
      spend(cost, at: mark)
      return (node, mark, height)
    case .sequenceStart(let header):
      try begin(header, isMapping: false)
      return nil
    case .mappingStart(let header):
      try begin(header, isMapping: true)
      return nil
    case .sequenceEnd, .mappingEnd:
      return try end()
    default:
      // The parser gives only node events inside a document.
      return (SyntaxNode(.null), .start, 0)
    }
  }

  /// Refuses lists and mappings more than ``YAMLSyntax/maximumDepth``
  /// levels down (`levels` of them, counting what an alias repeats).
  private func checkDepth(_ levels: Int, at mark: YAMLMark) throws(Failure) {
    guard levels > YAMLSyntax.maximumDepth else { return }
    throw .refused(
      Diagnostic(
        file: file, location: SourceLocation(mark),
        message: "nested too deep: YAML lists and mappings here go more than 1000 levels down",
        hint: "a dossier needs fewer than ten; look for a runaway bracket or indentation"))
  }

  /// Opens a list or mapping.
  private mutating func begin(_ header: YAMLNodeHeader, isMapping: Bool) throws(Failure) {
    try checkDepth(open.count + 1, at: header.mark)
    var streamedKey: String?
    // A top-level list is handed over item by item, unless an alias may
    // repeat it whole.
    if !isMapping, open.count == 1, building, header.anchor == nil, let frame = open.last,
      frame.isMapping, let name = frame.key?.name, streamedKeys.contains(name)
    {
      streamedKey = name
    }
    let before = budget
    check(header, cost: 1)
    open.append(
      Frame(header: header, isMapping: isMapping, budget: before, streamedKey: streamedKey))
  }

  /// Closes the innermost list or mapping: the node it is, with its place
  /// and levels.
  private mutating func end() throws(Failure) -> (SyntaxNode, YAMLMark, Int) {
    let frame = open.removeLast()
    let location = SourceLocation(frame.header.mark)
    let node: SyntaxNode
    if frame.isMapping {
      try checkDuplicates(frame.keys)
      node = SyntaxNode(.object(frame.entries), location: location)
    } else {
      node = SyntaxNode(.array(frame.elements), location: location)
    }
    remember(frame.header.anchor, node, cost: frame.budget - budget, height: frame.height + 1)
    return (node, frame.header.mark, frame.height + 1)
  }

  /// Puts a node read into the list or mapping around it, or hands it to
  /// `element`; the node itself when it is the document's root.
  private mutating func deliver(
    _ node: SyntaxNode, at mark: YAMLMark, height: Int,
    element: (String, Int, SyntaxNode) -> Void
  ) -> SyntaxNode? {
    guard var frame = open.popLast() else { return node }
    defer { open.append(frame) }
    frame.height = max(frame.height, height)
    guard frame.isMapping else {
      if let key = frame.streamedKey {
        if building { element(key, frame.count, node) }
        frame.count += 1
      } else if building {
        frame.elements.append(node)
      }
      return nil
    }
    guard let (name, _) = frame.key else {
      // The node is a key.
      var name: String?
      switch node.value {
      case .plain(let text), .string(let text): name = text
      default:
        refuse(
          at: mark, "a key must be a plain name, not a list or mapping",
          hint: "write the field's name as a word before the colon")
      }
      if let name { frame.keys.append((name, mark)) }
      frame.key = (name, mark)
      return nil
    }
    frame.key = nil
    // A streamed list arrives empty: its items went to `element`.
    if building { frame.entries.append((name ?? "", node)) }
    return nil
  }

  /// Refuses a key given twice, naming every such key of the mapping where
  /// the first of them, in order of their names, first stands.
  private func checkDuplicates(_ keys: [(name: String, mark: YAMLMark)]) throws(Failure) {
    guard keys.count > 1 else { return }
    var first: [String: YAMLMark] = [:]
    var repeated: Set<String> = []
    for (name, mark) in keys {
      if first[name] == nil {
        first[name] = mark
      } else {
        repeated.insert(name)
      }
    }
    guard let earliest = repeated.min(), let mark = first[earliest] else { return }
    let names = repeated.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
    throw .refused(
      Diagnostic(
        file: file, location: SourceLocation(mark), message: "duplicate key \(names) in a mapping",
        hint: "each field may appear once"))
  }

  /// Checks a node's tag and counts it against the budget.
  private mutating func check(_ header: YAMLNodeHeader, cost: Int) {
    guard building else { return }
    if let tag = header.tag, !YAMLSyntax.allowedTags.contains(tag) {
      let core = YAMLSyntax.coreTagPrefix
      let shown = tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag[...]
      refuse(
        at: header.mark, "the YAML tag \(String(shown).displayed) is not allowed in a dossier",
        hint: "remove it: a dossier holds plain strings, numbers, lists and mappings")
    }
    spend(cost, at: header.mark)
  }

  private mutating func spend(_ cost: Int, at mark: YAMLMark) {
    guard building else { return }
    budget -= cost
    guard budget < 0 else { return }
    refuse(
      at: mark, "the YAML expands to far more values than its size allows (alias bomb?)",
      hint: "write the values out instead of repeating them through aliases")
  }

  private mutating func remember(_ anchor: String?, _ node: SyntaxNode, cost: Int, height: Int) {
    guard let anchor else { return }
    anchors[anchor] = building ? (node, cost, height) : (SyntaxNode(.null), 0, 0)
  }

  /// Keeps the first refusal; nodes are no longer built after it.
  private mutating func refuse(at mark: YAMLMark, _ message: String, hint: String? = nil) {
    guard building else { return }
    refusal = Diagnostic(file: file, location: SourceLocation(mark), message: message, hint: hint)
  }
}
