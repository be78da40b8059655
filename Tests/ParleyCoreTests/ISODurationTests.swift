import ParleyCore
import ParleyTestSupport
import Testing

@Suite("ISO 8601 durations")
struct ISODurationTests {
  @Test(
    "a valid duration keeps its text and counts its seconds",
    arguments: [
      ("PT7H30M", 27_000.0),
      ("P1D", 86_400),
      ("PT1M", 60),
      ("P1M", 2_592_000),
      ("P1Y", 31_536_000),
      ("P2W", 1_209_600),
      ("PT36H", 129_600),
      ("P1DT12H", 129_600),
      ("P1Y2M3DT4H5M6S", 36_993_906),
      ("PT0.5S", 0.5),
      ("PT1M1.25S", 61.25),
      ("P0D", 0),
      ("PT0S", 0),
    ])
  func valid(_ text: String, _ seconds: Double) throws {
    let duration = try ISODuration(text)
    #expect(duration.description == text)
    #expect(duration.seconds == seconds)
  }

  @Test(
    "an invalid duration is refused with an example of a valid one",
    arguments: [
      "", "P", "PT", "P1DT", "7H", "T7H", "PT7H30", "P1H", "PT1D", "P1.5D", "PT0.5H", "P1D1Y",
      "P1Y1Y", "PT1S1M", "P1DT1HT1M", "-P1D", "P-1D", "p1d", "P 1D", "P1D ", "PT1..5S", "PTS",
    ])
  func invalid(_ text: String) {
    let error = #expect(throws: ISODurationError.self) { try ISODuration(text) }
    #expect(error?.text == text)
    #expect(
      error?.description
        == "\"\(text)\" is not an ISO 8601 duration; write e.g. PT7H30M (7 hours 30 minutes) or P1D"
    )
  }

  @Test("equal texts give equal durations; equal lengths written differently do not")
  func equality() throws {
    #expect(try ISODuration("PT90M") == ISODuration("PT90M"))
    #expect(try ISODuration("PT90M").seconds == ISODuration("PT1H30M").seconds)
    #expect(try ISODuration("PT90M") != ISODuration("PT1H30M"))
  }
}
