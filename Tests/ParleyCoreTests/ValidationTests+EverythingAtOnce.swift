import ParleyCore
import ParleyTestSupport
import Testing

/// Everything at once.
extension ValidationTests {

  @Test("every problem is reported in one run, with its file, line, column and IR path")
  func allProblemsInOneRun() {
    let yaml = """
      parley: "1.0"
      id: test
      title: Test
      sources:
        - id: src-1
          title: Article
          text: "Ryabkov said the talks were difficult but useful."
          sha256: ABC
      entities:
        - {id: russia, kind: state, name: Russia}
        - {id: geneva, kind: place, name: Geneva}
        - id: ryabkov
          kind: person
          name: Sergei Ryabkov
          roles:
            - {title: Minister, from: "2022-05", until: "2021"}
        - {id: russia, kind: state, name: Russia again}
      issues:
        - {id: security, label: Security}
      talks:
        - id: geneva-talks
          name: Geneva
          kind: bilateral
          venue: ryabkov
          sources:
            - {source: src-1, span: [0, 7], quote: Ryabkov, confidence: 1.5}
      positions:
        - {id: p0, holder: russia, issue: security, stance: demands}
        - {id: p1, holder: russia, issue: securty, stance: demands}
        - {id: p2, holder: russia, issue: security, stance: rejets}
        - {id: p3, holder: rusia, issue: security, stance: opposes, evidence: [p0]}
      events:
        - {id: e1, kind: meeting, title: Talks, cameo: "36a", location: geneva}
      statements:
        - id: s1
          speaker: ryabkov
          text: difficult
          mode: direct
          sources:
            - {source: src-1, span: [0, 7], quote: talks}
            - {source: src-1, span: [40, 60]}
            - {source: src-2}
      """
    let diagnostics = Fixtures.diagnostics(yaml, name: "talks.yaml")
    #expect(
      diagnostics.map(\.description) == [
        #"talks.yaml:30:55: positions[2].stance: "rejets" is not a valid stance (did you mean "#
          + #""rejects"?)"#,
        #"talks.yaml:17:10: entities[3].id: duplicate id "russia", first used at entities[0].id "#
          + "(ids must be unique in the whole document)",
        #"talks.yaml:8:13: sources[0].sha256: "ABC" is not a SHA-256 digest (write 64 lowercase "#
          + "hex digits)",
        "talks.yaml:16:51: entities[2].roles[0].until: until 2021 is before from 2022-05 (swap or "
          + "correct the dates)",
        #"talks.yaml:24:12: talks[0].venue: "ryabkov" is a person, but this must be a place "#
          + #"(point to a place, or fix the kind of "ryabkov")"#,
        "talks.yaml:26:67: talks[0].sources[0].confidence: confidence 1.5 is outside 0–1",
        #"talks.yaml:29:37: positions[1].issue: unknown issue "securty" (did you mean "#
          + #""security"?)"#,
        #"talks.yaml:31:22: positions[3].holder: unknown entity "rusia" (did you mean "#
          + #""russia"?)"#,
        #"talks.yaml:31:74: positions[3].evidence[0]: unknown statement "p0" ("p0" is in "#
          + "positions, not statements)",
        #"talks.yaml:40:46: statements[0].sources[0].quote: quote does not match the text at "#
          + #"span [0, 7]: "Ryabkov" (the quote is at [17, 22])"#,
        #"talks.yaml:41:31: statements[0].sources[1].span: span [40, 60] runs past the end of "#
          + #"source "src-1" (49 characters) (offsets count Unicode scalars from 0)"#,
        #"talks.yaml:42:18: statements[0].sources[2].source: unknown source "src-2" (did you "#
          + #"mean "src-1"?)"#,
        #"talks.yaml:33:50: events[0].cameo: "36a" is not a CAMEO code (CAMEO codes are 2 to 4 "#
          + #"digits, e.g. "036")"#,
      ])
    let holder = diagnostics.first { $0.path?.description == "positions[3].holder" }
    #expect(
      holder?.path
        == IRPath.root.appending("positions").appending(3).appending("holder"))
    #expect(holder?.location == ParleyCore.SourceLocation(line: 31, column: 22))
  }

  @Test("the validator works on dossiers built in code, without file or location")
  func validateInCode() {
    let dossier = Dossier(
      id: "d", title: "D",
      entities: [Entity(id: "geneva", kind: .place, name: "Geneva")],
      talks: [Talk(id: "t", name: "T", kind: .call, venue: "genva", parties: ["geneva"])])
    #expect(
      Validator().validate(dossier) == [
        Diagnostic(
          path: IRPath.root.appending("talks").appending(0).appending("venue"),
          message: #"unknown entity "genva""#, hint: #"did you mean "geneva"?"#),
        Diagnostic(
          path: IRPath.root.appending("talks").appending(0).appending("parties").appending(0),
          message: #""geneva" is a place, but this must be an alliance or organization or state"#,
          hint: #"point to an alliance or organization or state, or fix the kind of "geneva""#),
      ])
  }
}
