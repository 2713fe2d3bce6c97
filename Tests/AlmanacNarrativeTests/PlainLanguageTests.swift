import AlmanacNarrative
import Testing

/// The executive summary and model headlines read at US grade 8 or lower and use no jargon, on the
/// demo's weeks and on a generated portfolio of 50 models, in every analogy pack.
@Suite struct PlainLanguageTests {
  static let packs = ["farming", "manufacturing", "motoring", "retail", "sailing"]

  func expectPlain(_ text: String, _ context: String, maxGrade: Double = 8) {
    let grade = Readability.fleschKincaidGrade(text) ?? .infinity
    #expect(grade <= maxGrade, "\(context): grade \(grade) for \"\(text)\"")
    #expect(Jargon.terms(in: text).isEmpty, "\(context): jargon in \"\(text)\"")
  }

  func portfolios() -> [(period: String, models: [ModelFacts])] {
    (5...8).map { week in
      (DemoFacts.weeks[week - 1], [DemoFacts.credit(week: week), DemoFacts.demand(week: week)])
    } + [("2026-W47", GeneratedPortfolio.models(count: 50))]
  }

  @Test(arguments: packs)
  func headlinesAndSummariesArePlain(_ pack: String) throws {
    let narrator = try narrator(pack)
    print("generated portfolio seed: \(GeneratedPortfolio.seed)")
    for (period, facts) in portfolios() {
      let models = facts.map(narrator.assess)
      for model in models {
        expectPlain(model.headline, "\(model.name) \(period)")
        for finding in model.findings {
          let text = [finding.what, finding.meaning, finding.action].joined(separator: " ")
          #expect(Jargon.terms(in: text).isEmpty, "\(model.name): jargon in \"\(text)\"")
        }
      }
      let summary = narrator.portfolioHeadline(models, governance: [], period: period)
      expectPlain(summary, "portfolio \(period)")
      #expect((3...5).contains(Readability.sentenceCount(in: summary)), "\(summary)")
    }
  }

  @Test func aLargerGeneratedPortfolioStaysPlain() throws {
    let narrator = try narrator()
    for seed in [1, 2, 3] as [UInt64] {
      let models = GeneratedPortfolio.models(count: 50, seed: seed).map(narrator.assess)
      for model in models { expectPlain(model.headline, "seed \(seed) \(model.name)") }
      expectPlain(
        narrator.portfolioHeadline(models, governance: [], period: "2026-W47"), "seed \(seed)")
    }
  }

  @Test(arguments: packs)
  func packsAndTheGlossaryUseNoJargon(_ pack: String) throws {
    let narrator = try narrator(pack)
    for entry in narrator.glossary {
      #expect(Jargon.terms(in: entry.plain + " " + entry.analogy).isEmpty, "\(entry.term)")
    }
    for topic in AnalogyPack.Topic.allCases {
      expectPlain(narrator.pack.analogy(for: topic), "\(pack) \(topic.rawValue)", maxGrade: 10)
    }
  }
}
