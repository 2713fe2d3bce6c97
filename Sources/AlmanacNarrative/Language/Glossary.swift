/// The plain-language glossary: the terms a business reader meets in the report, each explained
/// without jargon and compared with something from the chosen analogy pack.
enum Glossary {
  /// The glossary entries, in reading order: life cycle, MLOps, data drift, monitoring, governance,
  /// return on investment, estimated accuracy.
  ///
  /// - Parameters:
  ///   - pack: The analogy pack that gives each entry's comparison.
  ///   - currency: The report's currency, for the return-on-investment example.
  /// - Returns: One entry per `AnalogyPack.GlossaryTerm`.
  static func entries(pack: AnalogyPack, currency: String) -> [GlossaryEntry] {
    AnalogyPack.GlossaryTerm.allCases.map { term in
      let (name, plain) = explanation(term, currency: currency)
      return GlossaryEntry(term: name, plain: plain, analogy: pack.glossaryAnalogy(for: term))
    }
  }

  private static func explanation(_ term: AnalogyPack.GlossaryTerm, currency: String) -> (
    String, String
  ) {
    switch term {
    case .lifeCycle:
      (
        "Model life cycle",
        "The stages a model goes through: it is built, tested, put to work, checked, retrained, and"
          + " in the end retired."
      )
    case .mlops:
      (
        "MLOps",
        "The routines and tools that build, release, watch and update models, so that they keep"
          + " working day to day."
      )
    case .dataDrift:
      (
        "Data drift",
        "The data a model sees today is no longer like the data it learned from. Its answers may"
          + " then get worse, even though nothing is broken."
      )
    case .monitoring:
      (
        "Model monitoring",
        "Checking each model every week: how much it is used, how often it is right, and whether"
          + " its data has changed."
      )
    case .governance:
      (
        "Model governance (ModelOps)",
        "Knowing who owns each model, what it is for, which version is live, and when it was last"
          + " approved."
      )
    case .roi:
      (
        "Return on investment (ROI)",
        "What a model earns above its cost, for each \(Wording.currencyPrefix(currency))1 it costs."
          + " Above 0, it pays its way."
      )
    case .estimation:
      (
        "Estimated accuracy",
        "A best guess at how often a model is right, made from its own confidence before the true"
          + " outcomes are known. It is checked once they arrive."
      )
    }
  }
}
