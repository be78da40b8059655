import ParleyCore
import ParleyTestSupport
import Testing

/// Dates, hashes, codes.
extension ValidationTests {

  @Test("a role may not end before it begins")
  func roleOrder() {
    #expect(
      problems(
        entities: """
            - id: lavrov
              kind: person
              name: Sergey Lavrov
              roles:
                - {title: Minister, of: russia, from: "2022-05", until: "2021"}
                - {title: Ambassador, from: "2022", until: "2022-01"}
                - {title: Envoy, from: "2022-01-10?", until: "2022-01-10"}

          """) == [
          "entities[5].roles[0].until: until 2021 is before from 2022-05 (swap or correct the "
            + "dates)"
        ])
  }

  @Test("a relation may not end before it begins")
  func relationOrder() {
    #expect(
      problems(
        "relations:\n  - {id: r1, kind: member-of, from: russia, to: osce, since: \"2021\", "
          + "until: \"2020-12\"}\n"
      ) == [
        "relations[0].until: until 2020-12 is before since 2021 (swap or correct the dates)"
      ])
  }

  @Test(
    "a sha256 must be 64 lowercase hex digits",
    arguments: [
      "ABC", String(repeating: "A", count: 64), String(repeating: "a", count: 63),
      String(repeating: "a", count: 65), String(repeating: "g", count: 64),
    ])
  func badSHA256(_ digest: String) {
    #expect(
      problems(sources: "  - {id: s2, title: T, sha256: \"\(digest)\"}\n") == [
        #"sources[1].sha256: ""# + digest + #"" is not a SHA-256 digest (write 64 lowercase hex "#
          + "digits)"
      ])
  }

  @Test(
    "a sha256 of fullwidth hex letters is not a digest",
    .bug(id: "sha-fullwidth", "Character.isHexDigit accepts fullwidth ａ–ｆ and ０–９"))
  func fullwidthSHA256() {
    let digest = String(repeating: "\u{FF41}", count: 64)
    #expect(problems(sources: "  - {id: s2, title: T, sha256: \"\(digest)\"}\n").count == 1)
  }

  @Test("a valid sha256 is accepted")
  func goodSHA256() throws {
    let digest = "3b2942095954566865a7b89a9a597fe17ed8f867a79eb6c738c4fe058eb795f3"
    let dossier = try Fixtures.load(
      yaml: document("events: []\n").replacingOccurrences(
        of: "    title: Article\n", with: "    title: Article\n    sha256: \(digest)\n"))
    #expect(dossier.sources[0].sha256 == digest)
  }

  @Test(
    "a cameo code must be 2 to 4 ASCII digits",
    arguments: ["36a", "1", "12345", "", "٠٣٦", "0 3"])
  func badCameo(_ cameo: String) {
    #expect(
      problems("events:\n  - {id: e1, kind: other, title: E, cameo: \"\(cameo)\"}\n") == [
        #"events[0].cameo: ""# + cameo + #"" is not a CAMEO code (CAMEO codes are 2 to 4 "#
          + #"digits, e.g. "036")"#
      ])
  }

  @Test("cameo codes of 2 to 4 digits are accepted", arguments: ["03", "036", "0361"])
  func goodCameo(_ cameo: String) throws {
    let dossier = try Fixtures.load(
      yaml: document() + "events:\n  - {id: e1, kind: other, title: E, cameo: \"\(cameo)\"}\n")
    #expect(dossier.events[0].cameo == cameo)
  }
}
