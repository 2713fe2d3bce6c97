import Testing

@testable import AlmanacNarrative

/// How close an earlier estimate was, once its outcomes are known, in one sentence.
@Suite struct EstimateOutcomeWordsTests {
  @Test func withinOutsideAndWithoutABand() {
    var outcome = EstimateOutcome(
      period: "2026-W46", metric: .accuracy, estimate: 0.781, low: 0.769, high: 0.793,
      actual: 0.776)
    #expect(
      outcome.sentence
        == "2026-W46's accuracy was estimated at 78.1% (likely between 76.9% and 79.3%) before"
        + " its outcomes arrived; they now give 77.6%, within that range.")
    outcome.actual = 0.75
    #expect(outcome.isWithinBand == false)
    #expect(
      outcome.sentence.hasSuffix(
        "they now give 75.0%, outside that range: the estimate was off by 3.1 points."))
    let error = EstimateOutcome(
      period: "2026-W46", metric: .mae, estimate: 12.13, low: nil, high: nil, actual: 12.69)
    #expect(
      error.sentence
        == "2026-W46's average error was estimated at 12.1 before its outcomes arrived; they now"
        + " give 12.7, 0.56 apart.")
  }
}
