import Testing

@testable import ParleyIngest

/// Ids are lower-case ASCII words joined by hyphens, whatever the script of
/// the name they are made from.
@Suite("Ids from names")
struct SlugTests {
  @Test("Latin names lose case and diacritics")
  func latin() {
    #expect(slug("Sergei Ryabkov") == "sergei-ryabkov")
    #expect(slug("Jürgen Mölln") == "jurgen-molln")
    #expect(slug("Aleksandar Vučić") == "aleksandar-vucic")
    #expect(slug("Ras al-Naqoura") == "ras-al-naqoura")
  }

  @Test("names in other scripts are transliterated, not dropped")
  func otherScripts() {
    #expect(slug("Сергей Лавров") == "sergei-lavrov")
    #expect(slug("Γιώργος Γεραπετρίτης") == "giorgos-gerapetrites")
    #expect(slug("王毅") == "wang-yi")
    // Mixed: the Latin part is kept as it was.
    #expect(slug("Minister Лавров") == "minister-lavrov")
    // Soft signs, and ayin and hamza, stay inside their word.
    #expect(slug("Ольга Васильева") == "olga-vasileva")
    #expect(slug("Игорь Ильин") == "igor-ilin")
  }

  @Test("Latin letters that folding keeps are transliterated too")
  func latinBeyondDiacritics() {
    #expect(slug("Jonas Gahr Støre") == "jonas-gahr-store")
    #expect(slug("Radosław Sikorski") == "radoslaw-sikorski")
    // An apostrophe of a Latin name still parts its words.
    #expect(slug("Sinéad O'Connor") == "sinead-o-connor")
  }

  @Test("a name with no letters or digits is x")
  func nothingLeft() {
    #expect(slug("!!!") == "x")
    #expect(slug("") == "x")
  }
}
