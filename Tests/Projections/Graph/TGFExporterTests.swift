import ParleyCore
import ParleyGraph
import ParleyTestSupport
import Testing

/// The worked example of docs/writing-an-exporter.md works: the test keeps
/// the example compiling and correct.
@Suite("Worked example: a TGF exporter over the graph projection")
struct TGFExporterTests {
  @Test(
    "nodes, a separator, then edges between numbered nodes",
    arguments: [("full", 76, 278), ("actors", 43, 41), ("stances", 22, 36)])
  func sample(_ shape: String, _ nodes: Int, _ edges: Int) throws {
    let (text, warnings) = try rendered(TGFExporter(), try sampleDossier(), ["graph": shape])
    let lines = String(decoding: text, as: UTF8.self).split(separator: "\n")
    let separator = try #require(lines.firstIndex(of: "#"))
    #expect(separator == nodes)
    #expect(lines.count - separator - 1 == edges)
    for line in lines[(separator + 1)...] {
      let parts = line.split(separator: " ", maxSplits: 2)
      #expect(parts.count == 3)
      #expect(parts.prefix(2).allSatisfy { Int($0).map { (1...nodes).contains($0) } == true })
    }
    #expect(warnings.isEmpty)
  }

  @Test("labels stay on their line")
  func oneLine() {
    #expect(TGFExporter.oneLine("a\nb\r\n\tc") == "a b c")
  }
}
