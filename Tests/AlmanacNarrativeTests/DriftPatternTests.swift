import AlmanacNarrative
import Testing

@Suite struct DriftPatternTests {
  let share = 0.25

  func classify(_ detected: [Bool?], _ psi: [Double?]) -> DriftPattern? {
    DriftPattern.classify(detected: detected, psi: psi, buildUpShare: share)
  }

  func pattern(_ shape: DriftPattern.Shape, from start: Int?, periods: Int) -> DriftPattern {
    DriftPattern(shape: shape, start: start, periods: periods)
  }

  @Test func aRampDetectedLateIsATrendFromItsBuildUp() {
    // √PSI: 0.045, 0.045, 0.110, 0.212: no rise holds 75% of the change (0.167), and the period
    // before detection was already 0.065 above the usual size, over a quarter of the onset's rise:
    // the trend began there.
    let psi: [Double?] = [0.002, 0.002, 0.012, 0.045]
    #expect(classify([false, false, false, true], psi) == pattern(.trend, from: 2, periods: 2))
    // Growing on, it keeps its start.
    #expect(
      classify([false, false, false, true, true, true], psi + [0.095, 0.160])
        == pattern(.trend, from: 2, periods: 4))
  }

  @Test func aStepThatStaysIsAStepFromItsPeriod() {
    let before: [Double?] = [0.002, 0.002, 0.003, 0.002, 0.002, 0.003]
    let clean: [Bool?] = Array(repeating: false, count: before.count)
    #expect(classify(clean + [true], before + [0.560]) == pattern(.step, from: 6, periods: 1))
    #expect(
      classify(clean + [true, true], before + [0.560, 0.580]) == pattern(.step, from: 6, periods: 2)
    )
    #expect(
      classify(clean + [true, true, true, true, true], before + [0.56, 0.58, 0.55, 0.57, 0.56])
        == pattern(.step, from: 6, periods: 5))
  }

  @Test func aStepThatKeepsGrowingIsATrend() {
    // √PSI: 0.045, 0.50, 0.71, 0.85: the level is 0.71 (the median of the last three), and the
    // first rise holds 69% of the change from 0.045, under 75%.
    #expect(
      classify([false, true, true, true], [0.002, 0.25, 0.50, 0.72])
        == pattern(.trend, from: 1, periods: 3))
  }

  @Test func aPlateauIsAStepHoweverLongItsNoise() {
    // Weeks of a plateau with noise: its highest week grows with time, its level does not.
    let clean: [Bool?] = Array(repeating: false, count: 6)
    let before: [Double?] = [0.004, 0.002, 0.003, 0.002, 0.004, 0.003]
    let plateau: [Double?] = [0.30, 0.26, 0.33, 0.28, 0.41, 0.27, 0.30, 0.29]
    #expect(
      classify(clean + Array(repeating: true, count: 8), before + plateau)
        == pattern(.step, from: 6, periods: 8))
  }

  @Test func driftThatComesAndGoesIsIntermittentFromItsFirstSpell() {
    let flags: [Bool?] = [false, true, false, true, false, false, true]
    let psi: [Double?] = [0.002, 0.3, 0.003, 0.3, 0.002, 0.002, 0.3]
    #expect(classify(flags, psi) == pattern(.intermittent, from: 1, periods: 6))
    // Once it has stayed four periods it is settled, however it began.
    let settled: [Bool?] = [false, true, false, true, true, true, true]
    #expect(classify(settled, [0.002, 0.3, 0.002, 0.3, 0.31, 0.3, 0.3])?.shape == .step)
  }

  @Test func withoutACleanPeriodTheDataSimplyDiffer() {
    // No claim about when: nothing on record was ever like the training data.
    #expect(classify([true], [0.4]) == pattern(.differs, from: nil, periods: 1))
    #expect(
      classify([true, true, true], [nil, nil, nil]) == pattern(.differs, from: nil, periods: 3))
    // Periods before the first test (no data) are not on record.
    #expect(
      classify([nil, nil, true, true], [nil, nil, 0.4, 0.4])
        == pattern(.differs, from: nil, periods: 2))
  }

  @Test func periodsWithoutATestNeitherBreakNorEndARun() {
    #expect(
      classify([false, nil, true], [0.002, nil, 0.5]) == pattern(.step, from: 2, periods: 1))
    #expect(
      classify([false, false, true, nil, true], [0.002, 0.002, 0.5, nil, 0.5])
        == pattern(.step, from: 2, periods: 3))
  }

  @Test func isNothingWithoutDriftNow() {
    #expect(classify([true, false], [0.5, 0.002]) == nil)
    #expect(classify([true, nil], [0.5, nil]) == nil)
    #expect(classify([], []) == nil)
  }

  @Test func withoutSizesAStepAtTheOnset() {
    #expect(classify([false, true, true], [nil, nil, nil]) == pattern(.step, from: 1, periods: 2))
    // A flat size into the onset gives no change to compare with.
    #expect(classify([false, true], [0.3, 0.3]) == pattern(.step, from: 1, periods: 1))
  }
}
