import AlmanacMetrics
import Testing

@Suite struct ValueTests {
  let payoffs = OutcomePayoffs(
    truePositive: 1200, falsePositive: -150, falseNegative: -900, trueNegative: 0)
  /// 1,000 decisions, 760 right: accuracy 0.76.
  let counts = ConfusionMatrix(
    truePositives: 100, falsePositives: 80, falseNegatives: 160, trueNegatives: 660)

  @Test func valuesEachOutcome() {
    expectMoney(payoffs.value(of: counts), 100 * 1200 - 80 * 150 - 160 * 900)
  }

  @Test func countsRightAndWrongAndAddsCountsCellByCell() {
    expectMoney(counts.correct, 760)
    expectMoney(counts.wrong, 240)
    let sum =
      counts
      + ConfusionMatrix(truePositives: 1, falsePositives: 2, falseNegatives: 3, trueNegatives: 4)
    #expect(
      sum
        == ConfusionMatrix(
          truePositives: 101, falsePositives: 82, falseNegatives: 163, trueNegatives: 664))
  }

  @Test func valueLostMovesRightAnswersToTheBaselineKeepingTheMix() {
    // Built another way: scale each group to the baseline's split (840 right, 160 wrong of 1,000),
    // keeping the shares within each group, and compare the two values.
    let scaleRight = 840.0 / 760.0
    let scaleWrong = 160.0 / 240.0
    let atBaseline = ConfusionMatrix(
      truePositives: 100 * scaleRight, falsePositives: 80 * scaleWrong,
      falseNegatives: 160 * scaleWrong, trueNegatives: 660 * scaleRight)
    let expected = payoffs.value(of: atBaseline) - payoffs.value(of: counts)
    expectMoney(payoffs.valueLost(at: counts, baselineAccuracy: 0.84), expected)
    #expect(payoffs.valueLost(at: counts, baselineAccuracy: 0.84) > 0)
  }

  @Test func beatingTheBaselineIsANegativeLoss() {
    let lost = payoffs.valueLost(at: counts, baselineAccuracy: 0.70)
    let valueRight: Double = 100.0 * 1200 / 760
    let valueWrong: Double = (80.0 * -150 + 160.0 * -900) / 240
    expectMoney(lost, (700 - 760) * (valueRight - valueWrong))
    #expect(lost < 0)
  }

  @Test func anEmptyGroupUsesThePlainMeanOfItsPayoffs() {
    let allRight = ConfusionMatrix(
      truePositives: 50, falsePositives: 0, falseNegatives: 0, trueNegatives: 150)
    // right: (50 x 1200 + 150 x 0) / 200 = 300; wrong: (-150 - 900) / 2 = -525.
    expectMoney(payoffs.valueLost(at: allRight, baselineAccuracy: 0.9), (180 - 200) * (300 + 525))
  }

  @Test func nothingCountedLosesNothing() {
    let none = ConfusionMatrix(
      truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0)
    #expect(payoffs.value(of: none) == 0)
    #expect(payoffs.valueLost(at: none, baselineAccuracy: 0.9) == 0)
  }

  @Test func valuesForecastsLessTheirErrors() {
    let regression = RegressionPayoffs(valuePerPrediction: 8, costPerUnitError: 0.40)
    expectMoney(regression.value(predictions: 840, absoluteErrorSum: 2_520), 840 * 8 - 0.40 * 2_520)
    expectMoney(regression.value(predictions: 840, meanAbsoluteError: 3), 840 * 8 - 0.40 * 2_520)
    expectMoney(
      regression.valueLost(predictions: 840, meanAbsoluteError: 3.5, baselineMeanAbsoluteError: 3),
      0.5 * 840 * 0.40)
    expectMoney(
      regression.valueLost(predictions: 840, meanAbsoluteError: 2.5, baselineMeanAbsoluteError: 3),
      -0.5 * 840 * 0.40)
    #expect(regression.value(predictions: 0, absoluteErrorSum: 0) == 0)
  }
}
