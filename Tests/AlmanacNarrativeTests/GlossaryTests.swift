import AlmanacNarrative
import Testing

@Suite struct GlossaryTests {
  @Test func explainsTheTermsWithThePacksComparisons() throws {
    let narrator = try narrator("sailing", currency: "EUR")
    let glossary = narrator.glossary
    #expect(
      glossary.map(\.term) == [
        "Model life cycle", "MLOps", "Data drift", "Model monitoring",
        "Model governance (ModelOps)",
        "Return on investment (ROI)", "Estimated accuracy",
      ])
    #expect(glossary[2].analogy == narrator.pack.glossaryAnalogy(for: .dataDrift))
    #expect(glossary[5].plain.contains("for each €1 it costs"))
    for entry in glossary {
      #expect((Readability.fleschKincaidGrade(entry.plain) ?? 99) <= 10, "\(entry.term)")
    }
  }
}
