import AlmanacMetrics
import Testing

@Suite struct PeriodEconomicsTests {
  func economics(
    cost: Double, value: Double, lost: Double? = nil, predictions: Int, estimated: Bool = false
  ) -> PeriodEconomics {
    PeriodEconomics(
      cost: CostBreakdown(
        infrastructure: cost, predictions: 0, labelling: 0, days: 7, billedDays: 0),
      value: value, valueLost: lost, predictions: predictions, isEstimated: estimated)
  }

  @Test func derivesNetReturnAndCostPerThousand() {
    let period = economics(cost: 1_000, value: 4_500, predictions: 8_000)
    expectMoney(period.net, 3_500)
    expectMoney(period.roi, 3.5)
    expectMoney(period.costPerThousand, 125)
  }

  @Test func hasNoReturnWithoutCostAndNoUnitCostWithoutPredictions() {
    #expect(economics(cost: 0, value: 10, predictions: 5).roi == nil)
    #expect(economics(cost: 100, value: 0, predictions: 0).costPerThousand == nil)
    expectMoney(economics(cost: 100, value: 0, predictions: 0).roi, -1)
  }

  @Test func addsUpAPortfolio() {
    let portfolio = PortfolioEconomics([
      economics(cost: 1_000, value: 4_500, lost: 300, predictions: 8_000),
      economics(cost: 250, value: 100, predictions: 2_000, estimated: true),
      economics(cost: 50, value: 0, lost: -20, predictions: 0),
    ])
    #expect(portfolio.models == 3)
    expectMoney(portfolio.cost, 1_300)
    expectMoney(portfolio.value, 4_600)
    expectMoney(portfolio.net, 3_300)
    expectMoney(portfolio.valueLost, 280)
    expectMoney(portfolio.roi, 3_300.0 / 1_300)
    expectMoney(portfolio.costPerThousand, 130)
    #expect(portfolio.predictions == 10_000)
    #expect(portfolio.isEstimated)
  }

  @Test func anEmptyPortfolioHasNoRatios() {
    let portfolio = PortfolioEconomics([])
    #expect(portfolio.models == 0)
    #expect(portfolio.valueLost == nil)
    #expect(portfolio.roi == nil)
    #expect(portfolio.costPerThousand == nil)
    #expect(!portfolio.isEstimated)
  }
}
