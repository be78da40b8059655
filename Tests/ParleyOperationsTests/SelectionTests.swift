import ParleyCore
import ParleyTestSupport
import Testing

@testable import ParleyOperations

@Suite struct SelectionTests {
  let dossier: Dossier

  init() throws { dossier = try Fixtures.load(yaml: Fixtures.fullYAML) }

  private func select(_ configure: (inout Selection) throws -> Void) throws -> Dossier {
    var selection = Selection()
    try configure(&selection)
    let selected = try selection.apply(to: dossier)
    #expect(Validator().validate(selected).isEmpty, "a selection is a valid dossier")
    return selected
  }

  @Test func anEmptySelectionKeepsTheDossierAsItIs() throws {
    #expect(try select { _ in } == dossier)
  }

  @Test func aKindKeepsOnlyThatKindAndRemovesReferencesToOthers() throws {
    let selected = try select { $0.kinds = [.position] }
    #expect(selected.positions.map(\.id) == ["pos-russia"])
    #expect(selected.positions[0].evidence.isEmpty, "statements are left out, so evidence shrinks")
    #expect(selected.positions[0].talk == nil, "talks are left out")
    #expect(selected.talks.isEmpty && selected.statements.isEmpty && selected.events.isEmpty)
    #expect(selected.entities.map(\.id) == ["russia"])
    #expect(selected.issues.map(\.id) == ["nato-enlargement"])
    #expect(selected.sources.isEmpty && selected.relations.isEmpty)
  }

  @Test func keptPositionsBringTheirEvidenceAndTheirTalk() throws {
    let selected = try select { $0.stances = [.demands] }
    #expect(selected.positions.map(\.id) == ["pos-russia"])
    #expect(selected.statements.map(\.id) == ["st-ryabkov"], "the evidence comes along")
    #expect(selected.talks.map(\.id) == ["geneva-talks"], "the talk it was put forward at")
    #expect(selected.positions[0].evidence == ["st-ryabkov"])
    #expect(selected.events.isEmpty, "events do not match a stance")
    // The talk's venue, its country, the participant's country, the relation
    // between kept entities, and every source a kept record cites.
    #expect(
      Set(selected.entities.map(\.id)) == [
        "russia", "united-states", "geneva", "switzerland", "ryabkov",
      ])
    #expect(selected.relations.map(\.id) == ["rel-ryabkov-russia"])
    #expect(selected.sources.map(\.id) == ["src-1"])
  }

  @Test func anActorIsNamedByIdNameOrAliasFolded() throws {
    for name in ["russia", "Russia", "MOSCOW", "the kremlin.", "  the   Kremlin "] {
      let selected = try select { $0.actors = [name] }
      #expect(selected.talks.map(\.id) == ["geneva-talks"], "\(name): a party")
      #expect(selected.positions.map(\.id) == ["pos-russia"], "\(name): the holder")
      #expect(selected.events.map(\.id) == ["ev-talks"], "\(name): an actor")
    }
    let byTarget = try select { $0.actors = ["nato"] }
    #expect(byTarget.events.map(\.id) == ["ev-talks"], "a target counts")
    #expect(byTarget.talks.map(\.id) == ["geneva-talks"], "the event's talk comes along")
    #expect(byTarget.positions.isEmpty)
    let bySpeaker = try select { $0.actors = ["Sergei Ryabkov"] }
    #expect(bySpeaker.statements.map(\.id) == ["st-ryabkov"])
    #expect(bySpeaker.talks.map(\.id) == ["geneva-talks"], "a participant's talk")
  }

  @Test func aDateWindowKeepsWhatCanFallInsideIt() throws {
    let january = try select {
      $0.since = try EDTFDate("2022-01")
      $0.until = try EDTFDate("2022-01")
    }
    #expect(january.positions.isEmpty, "the position is dated 2021-12-17")
    #expect(january.statements.map(\.id) == ["st-ryabkov"])
    let december = try select { $0.until = try EDTFDate("2021-12-17") }
    #expect(december.positions.map(\.id) == ["pos-russia"], "the window's last day is in it")
    #expect(december.events.isEmpty)
  }

  @Test func undatedRecordsGoUnlessKept() throws {
    var undated = dossier
    undated.events[0].date = nil
    var selection = Selection()
    selection.since = try EDTFDate("2022")
    #expect(try selection.apply(to: undated).events.isEmpty)
    selection.undated = .keep
    #expect(try selection.apply(to: undated).events.map(\.id) == ["ev-talks"])
  }

  @Test func windowsOverlapTheDatesEDTFMeans() throws {
    func overlaps(_ since: String?, _ until: String?, _ date: String) throws -> Bool {
      try DateWindow(since: since.map(EDTFDate.init), until: until.map(EDTFDate.init))
        .overlaps(EDTFDate(date))
    }
    #expect(try overlaps("2022-01-10", "2022-01-10", "2022-01"))
    #expect(try overlaps("2022-01-31", nil, "2022-01"))
    #expect(try !overlaps("2022-02-01", nil, "2022-01"))
    #expect(try overlaps("2022-01-12", "2022-01-12", "2022-01-10/2022-01-12"))
    #expect(try !overlaps("2022-01-13", nil, "2022-01-10/2022-01-12"))
    #expect(try overlaps("2030", nil, "2022-01-10/.."), "an open end runs on")
    #expect(try overlaps(nil, "1990", "/2022"), "an unknown start is open")
    #expect(try overlaps("2022-01-05", "2022-01-05", "2022-01-XX"))
    #expect(try !overlaps(nil, "2021-12-31", "2022~"), "a qualifier does not widen a date")
  }

  @Test func namesThatNameNothingAreErrorsWithASuggestion() throws {
    var selection = Selection()
    selection.actors = ["rusia"]
    #expect(throws: SelectionError.unknown(noun: "actor", value: "rusia", suggestion: "russia")) {
      try selection.apply(to: dossier)
    }
    selection = Selection()
    selection.issues = ["nato enlargment"]
    #expect(throws: SelectionError.self) { try selection.apply(to: dossier) }
    selection = Selection()
    selection.talks = ["Strategic Stability Dialogue"]
    #expect(try selection.apply(to: dossier).talks.map(\.id) == ["geneva-talks"])
  }

  @Test func anEmptyWindowIsRefused() throws {
    var selection = Selection()
    selection.since = try EDTFDate("2022-02")
    selection.until = try EDTFDate("2022-01")
    #expect(throws: SelectionError.emptyWindow(since: "2022-02", until: "2022-01")) {
      try selection.check()
    }
  }
}
