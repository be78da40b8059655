import ParleyLibYAML
import Testing

@Suite("libyaml events")
struct YAMLEventParserTests {
  /// The events of `text`, as short words.
  private func events(_ text: String) throws -> [String] {
    var text = text
    return try text.withUTF8 { bytes in
      let parser = YAMLEventParser(bytes: bytes)
      var words: [String] = []
      while true {
        switch try parser.next() {
        case .streamStart: words.append("stream")
        case .streamEnd: return words
        case .documentStart: words.append("doc")
        case .documentEnd: words.append("/doc")
        case .alias(let anchor, _): words.append("*" + anchor)
        case .scalar(let scalar):
          let anchor = scalar.header.anchor.map { "&\($0) " } ?? ""
          let tag = scalar.header.tag.map { "<\($0)> " } ?? ""
          words.append(anchor + tag + (scalar.isPlain ? scalar.value : "'\(scalar.value)'"))
        case .sequenceStart: words.append("[")
        case .sequenceEnd: words.append("]")
        case .mappingStart: words.append("{")
        case .mappingEnd: words.append("}")
        }
      }
    }
  }

  @Test("a document's events carry values, styles, anchors, full tags and aliases")
  func documentEvents() throws {
    #expect(
      try events("a: &x 1\nb: [\"q\", *x]\nc: !!str 2\n") == [
        "stream", "doc", "{", "a", "&x 1", "b", "[", "'q'", "*x", "]", "c",
        "<tag:yaml.org,2002:str> 2", "}", "/doc",
      ])
  }

  @Test("a syntax error says what, where and while doing what")
  func syntaxError() {
    var text = "a: [1, 2\nb: 3\n"
    text.withUTF8 { bytes in
      let parser = YAMLEventParser(bytes: bytes)
      #expect {
        while case let event = try parser.next() {
          if case .streamEnd = event { break }
        }
      } throws: { error in
        guard let error = error as? YAMLSyntaxError else { return false }
        return error.stage == .parser && error.mark.line == 2
          && error.context == "while parsing a flow sequence"
          && error.contextMark?.line == 1 && error.contextMark?.column == 4
      }
    }
  }

  @Test("the bytes read grow to the whole input, and an empty input is a stream alone")
  func consumed() throws {
    var text = String(repeating: "- an item of the list\n", count: 10_000)
    try text.withUTF8 { bytes in
      let parser = YAMLEventParser(bytes: bytes)
      var seen: [Int] = []
      while true {
        if case .streamEnd = try parser.next() { break }
        seen.append(parser.consumed)
      }
      #expect(seen == seen.sorted())
      #expect(seen.first ?? 0 < bytes.count)
      #expect(parser.consumed == bytes.count)
    }
    #expect(try events("") == ["stream"])
  }
}
