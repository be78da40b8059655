import ParleyCore
import ParleyTestSupport
import Testing

/// Diagnostics and paths.
extension ValidationTests {

  @Test("a diagnostic renders as file:line:col: path: message (hint), leaving out what is unknown")
  func diagnosticDescription() {
    let path = IRPath.root.appending("talks").appending(0).appending("participants")
      .appending(1).appending("party")
    let location = ParleyCore.SourceLocation(line: 12, column: 7)
    #expect(path.description == "talks[0].participants[1].party")
    #expect(IRPath.root.description == "(document)")
    #expect(
      Diagnostic(file: "a.yaml", path: path, location: location, message: "bad", hint: "fix it")
        .description == "a.yaml:12:7: talks[0].participants[1].party: bad (fix it)")
    #expect(
      Diagnostic(file: "a.json", path: path, message: "bad").description
        == "a.json: talks[0].participants[1].party: bad")
    #expect(Diagnostic(location: location, message: "bad").description == "12:7: bad")
    #expect(Diagnostic(path: .root, message: "bad").description == "(document): bad")
    #expect(Diagnostic(message: "bad", hint: "h").description == "bad (h)")
  }

  @Test("a problem quoting text with line breaks or tabs is printed on one line")
  func oneLinePerProblem() {
    let diagnostic = Diagnostic(
      file: "d.json", path: IRPath.root.appending("events").appending(0).appending("cameo"),
      location: SourceLocation(line: 1, column: 9), message: "\"1\n2\" is not a CAMEO code",
      hint: "e.g.\t\"036\"")
    #expect(
      diagnostic.description
        == #"d.json:1:9: events[0].cameo: "1\n2" is not a CAMEO code (e.g.\t"036")"#)
    #expect(diagnostic.message.contains("\n"), "the message itself keeps the text as it is")
  }
}
