import AlianzasDomain
import Testing

@testable import AlianzasTUI

@Suite struct CatalogTests {
  @Test func bothLanguagesHaveEveryKey() {
    let missingES = T.allCases.filter { Catalog.es[$0] == nil }
    let missingEN = T.allCases.filter { Catalog.en[$0] == nil }
    #expect(missingES.isEmpty, "Spanish lacks \(missingES)")
    #expect(missingEN.isEmpty, "English lacks \(missingEN)")
    #expect(Set(Catalog.es.keys) == Set(Catalog.en.keys))
  }

  @Test func placeholdersMatchBetweenLanguages() {
    for key in T.allCases {
      let count = { (text: String) in (0..<5).filter { text.contains("{\($0)}") }.count }
      #expect(count(Catalog.es[key] ?? "") == count(Catalog.en[key] ?? ""), "\(key)")
    }
    #expect(T.tooSmall(.es, 40, 12) == "Terminal muy pequeña: 40×12")
  }
}
