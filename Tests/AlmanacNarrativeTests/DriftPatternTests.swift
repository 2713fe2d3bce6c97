import AlmanacNarrative
import Testing

@Suite struct DriftPatternTests {
  let share = 0.25

  func classify(_ detected: [Bool], _ psi: [Double?]) -> DriftPattern? {
    DriftPattern.classify(detected: detected, psi: psi, buildUpShare: share)
  }

  @Test func aRampDetectedLateIsGradualFromItsBuildUp() {
    // sqrt(PSI): 0.045, 0.045, 0.110, 0.212: the step at detection (0.102) follows a rise of
    // 0.065, more than a quarter of it, so the change began a period before detection.
    let psi: [Double?] = [0.002, 0.002, 0.012, 0.045]
    #expect(classify([false, false, false, true], psi) == .gradual(periods: 2))
    #expect(
      classify([false, false, false, true, true, true], psi + [0.095, 0.160])
        == .gradual(periods: 4))
  }

  @Test func aStepThatStaysIsSuddenFromItsStep() {
    let before: [Double?] = [0.002, 0.002, 0.003, 0.002, 0.002, 0.003]
    let clean = Array(repeating: false, count: before.count)
    #expect(classify(clean + [true], before + [0.560]) == .sudden(periodsAgo: 0))
    #expect(classify(clean + [true, true], before + [0.560, 0.580]) == .sudden(periodsAgo: 1))
    #expect(
      classify(clean + [true, true, true], before + [0.560, 0.580, 0.550]) == .sudden(periodsAgo: 2)
    )
  }

  @Test func aStepThatKeepsGrowingIsGradual() {
    // sqrt: 0.045, 0.50, 0.71: the rise after the step (0.21) is over a quarter of the step (0.46).
    #expect(classify([false, true, true], [0.002, 0.25, 0.50]) == .gradual(periods: 2))
  }

  @Test func isNothingWithoutDriftNow() {
    #expect(classify([true, false], [0.5, 0.002]) == nil)
    #expect(classify([], []) == nil)
  }

  @Test func withoutSizesCountsOnlyDetections() {
    #expect(classify([true], [nil]) == .sudden(periodsAgo: 0))
    #expect(classify([false, true, true], [nil, nil, nil]) == .sudden(periodsAgo: 1))
    #expect(classify([true, true, true], [nil, nil, nil]) == .gradual(periods: 3))
    // A flat size into the onset gives no step to compare with.
    #expect(classify([false, true], [0.3, 0.3]) == .sudden(periodsAgo: 0))
  }
}
