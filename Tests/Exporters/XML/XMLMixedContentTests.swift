import Foundation
import ParleyCore
import Testing

@testable import ParleyXML

/// An element inside a text field would be lost: it is an error with its line.
@Suite struct XMLMixedContentTests {
  func problems(_ xml: String) -> [String] {
    do {
      _ = try DossierLoader(validates: false, readers: [XMLDossierReader()])
        .load(data: Data(xml.utf8), format: InputFormat(rawValue: "xml"), name: "in.xml")
      return []
    } catch let report as ValidationReport {
      return report.diagnostics.map(\.description)
    } catch {
      return ["\(error)"]
    }
  }

  @Test(
    "an element in a title, a name, an alias or a statement's text is an error with its line",
    arguments: [
      "<title>a <b>x</b> c</title>",
      "<entities><entity id=\"e\" kind=\"other\"><name>n<i>!</i></name></entity></entities>",
      "<entities><entity id=\"e\" kind=\"other\"><name>n</name><alias>a<b/></alias></entity></entities>",
    ])
  func mixed(_ body: String) {
    let xml = """
      <?xml version="1.0"?>
      <dossier xmlns="\(XMLLayout.namespace)" parley="1.0" id="d">
      <title>t</title>
      \(body)
      </dossier>
      """
    let found = problems(xml)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.contains("in.xml:4") == true, "\(found)")
    #expect(found.first?.contains("holds text only") == true, "\(found)")
  }
}
