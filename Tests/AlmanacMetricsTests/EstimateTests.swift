import AlmanacMetrics
import Testing

@Suite struct EstimateTests {
  @Test func keepsBounds() {
    let estimate = Estimate(0.5, low: 0.4, high: 0.6)
    #expect(estimate.low == 0.4 && estimate.value == 0.5 && estimate.high == 0.6)
  }
}
