import AlianzasDomain
import Foundation
import Testing

@testable import AlianzasTUI

@Suite struct CatalogTests {
  /// That each language has every key is the compiler's job (each is an exhaustive switch);
  /// here, that no entry is left empty.
  @Test func bothLanguagesHaveEveryKey() {
    let emptyES = T.allCases.filter { Catalog.es($0).trimmingCharacters(in: .whitespaces).isEmpty }
    let emptyEN = T.allCases.filter { Catalog.en($0).trimmingCharacters(in: .whitespaces).isEmpty }
    #expect(emptyES.isEmpty, "Spanish leaves \(emptyES) empty")
    #expect(emptyEN.isEmpty, "English leaves \(emptyEN) empty")
  }

  @Test func placeholdersMatchBetweenLanguages() {
    for key in T.allCases {
      let count = { (text: String) in (0..<5).filter { text.contains("{\($0)}") }.count }
      #expect(count(Catalog.es(key)) == count(Catalog.en(key)), "\(key)")
    }
    #expect(T.tooSmall(.es, 40, 12) == "Terminal muy pequeña: 40×12")
  }
}
