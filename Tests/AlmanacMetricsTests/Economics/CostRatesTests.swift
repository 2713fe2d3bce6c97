import AlmanacMetrics
import Testing

@Suite struct CostRatesTests {
  let rates = CostRates(monthlyInfrastructure: 4200, perThousandPredictions: 0.35, perLabel: 0.80)
  /// One day of infrastructure, written out from the definition: a month is a twelfth of 365.25 days.
  let day = 4200.0 * 12.0 / 365.25

  @Test func proratesAWeekDayByDay() {
    let cost = rates.cost(days: 7, predictions: 0, labelled: 0)
    expectMoney(cost.infrastructure, day + day + day + day + day + day + day)
    #expect(cost.days == 7)
    #expect(cost.billedDays == 0)
  }

  @Test func billsReplaceTheEstimateOnlyOnTheirDays() {
    let billed: [Double?] = [nil, 120, nil, nil, 80.5, nil, nil]
    let cost = rates.cost(billedInfrastructure: billed, predictions: 0, labelled: 0)
    expectMoney(cost.infrastructure, day + 120 + day + day + 80.5 + day + day)
    #expect(cost.billedDays == 2)
    #expect(cost.days == 7)
  }

  @Test func aFullyBilledPeriodIgnoresTheEstimate() {
    let cost = rates.cost(billedInfrastructure: [10, 20, 0], predictions: 0, labelled: 0)
    expectMoney(cost.infrastructure, 30)
    #expect(cost.billedDays == 3)
  }

  @Test func fourYearsWithALeapDayCostFortyEightMonths() {
    // 3 x 365 + 366 = 1,461 days = 4 x 365.25, exactly 48 average months.
    let cost = rates.cost(days: 1_461, predictions: 0, labelled: 0)
    expectMoney(cost.infrastructure, 4200 * 48)
  }

  @Test func aLeapYearCostsMoreThanTwelveMonths() {
    let cost = rates.cost(days: 366, predictions: 0, labelled: 0)
    expectMoney(cost.infrastructure, 4200 * 12 * (366 / 365.25))
    #expect(cost.infrastructure > 4200 * 12)
  }

  @Test func aLeapFebruaryCostsLessThanAMonth() {
    let cost = rates.cost(days: 29, predictions: 0, labelled: 0)
    expectMoney(cost.infrastructure, 4200 * 12 * 29 / 365.25)
    #expect(cost.infrastructure < 4200)
  }

  @Test func chargesPredictionsByTheThousandAndLabelsEach() {
    let cost = rates.cost(days: 0, predictions: 20_000, labelled: 19_500)
    expectMoney(cost.predictions, 20 * 0.35)
    expectMoney(cost.labelling, 19_500 * 0.80)
    expectMoney(cost.total, 7 + 15_600)
    #expect(cost.infrastructure == 0)
  }

  @Test func totalAddsTheThreeKinds() {
    let cost = rates.cost(days: 7, predictions: 5_000, labelled: 4_000)
    expectMoney(cost.total, 7 * day + 5 * 0.35 + 4_000 * 0.80)
  }
}
