import AlmanacNarrative
import AlmanacReport

extension SampleReport {
  /// Registry gaps of every severity.
  static var governance: [GovernanceFinding] {
    [
      GovernanceFinding(
        model: "fraud-screening", kind: .noOwner, severity: .red,
        what: "No owner is recorded for a model in production.",
        action: "Name an owner in the registry's owner tag."),
      GovernanceFinding(
        model: "fraud-screening", kind: .severalServing, severity: .amber,
        what: "Versions 2 and 3 both served predictions this week.",
        action: "Confirm the A/B test is intended, or retire version 3."),
      GovernanceFinding(
        model: "churn-propensity", kind: .unmonitored, severity: .amber,
        what: "Version 2 is in production but no prediction log reaches the report.",
        action: "Add the model's prediction export to the config."),
      GovernanceFinding(
        model: "credit-default", kind: .staleVersion, severity: .green,
        what: "Version 3 has waited in Staging for 41 days.",
        action: "Promote it or archive it."),
    ]
  }

  /// The terms the report uses, explained with a farming analogy.
  static var glossary: [GlossaryEntry] {
    [
      GlossaryEntry(
        term: "Accuracy", plain: "The share of predictions that turned out right.",
        analogy: "The share of fields where the harvest forecast was right."),
      GlossaryEntry(
        term: "Data drift",
        plain: "The data a model sees now differs from the data it learned from.",
        analogy: "The weather changed since the seed was chosen."),
      GlossaryEntry(
        term: "Drift share", plain: "The share of a model's inputs that drifted.",
        analogy: "How many of the fields had unusual weather."),
      GlossaryEntry(
        term: "Estimated accuracy",
        plain: "Accuracy worked out from the model's confidence while true outcomes are unknown.",
        analogy: "Judging the harvest from the look of the crop before it is weighed."),
      GlossaryEntry(
        term: "Net value", plain: "What the predictions earned, less what the model cost.",
        analogy: "The harvest's sale price less seed, fuel and labour."),
      GlossaryEntry(
        term: "ROI", plain: "Net value per dollar of cost.",
        analogy: "Bushels gained per bushel of seed sown."),
      GlossaryEntry(
        term: "PSI",
        plain: "Population stability index: how far a distribution moved; above 0.2 is a big move.",
        analogy: "How far the rain pattern moved from the usual year."),
    ]
  }
}
