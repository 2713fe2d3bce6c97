/// What running a model costs: infrastructure by the month, predictions by the thousand, labels each.
///
/// The rates come from the config (`monthly_infrastructure`, `per_thousand_predictions`, `per_label`),
/// all in the report's currency.
public struct CostRates: Sendable, Equatable, Codable {
  /// Infrastructure per month (servers, storage, licences), spread evenly over the days of a year.
  public var monthlyInfrastructure: Double
  /// Cost of every 1,000 predictions (compute, API calls).
  public var perThousandPredictions: Double
  /// Cost of one label: obtaining the true outcome of one prediction.
  public var perLabel: Double

  /// Creates cost rates.
  ///
  /// - Parameters:
  ///   - monthlyInfrastructure: Infrastructure per month.
  ///   - perThousandPredictions: Cost of every 1,000 predictions.
  ///   - perLabel: Cost of one label.
  public init(monthlyInfrastructure: Double, perThousandPredictions: Double, perLabel: Double) {
    self.monthlyInfrastructure = monthlyInfrastructure
    self.perThousandPredictions = perThousandPredictions
    self.perLabel = perLabel
  }

  /// The infrastructure estimate for one day: `monthly x 12 / 365.25`.
  ///
  /// Every day of every year gets the same share, so a 366-day year costs `366 / 365.25` of twelve
  /// months and a 28-day February costs `28 x 12 / 365.25` months, not one.
  public var dailyInfrastructure: Double { monthlyInfrastructure * 12 / 365.25 }

  /// The cost of a period whose infrastructure is billed on some days and estimated on the others.
  ///
  /// - Infrastructure: the sum over the days of the period of `billed[d] ?? dailyInfrastructure`, so
  ///   a bill replaces the estimate exactly on the days it covers and nowhere else. Billing rows are
  ///   summed per day by the caller.
  /// - Predictions: `predictions / 1000 x perThousandPredictions`.
  /// - Labelling: `labelled x perLabel`.
  ///
  /// The day sum is a plain left-to-right sum: at most a few hundred addends of like size, so its
  /// relative rounding error stays below `days x 2^-52` (under 1e-13 for a year).
  ///
  /// - Parameters:
  ///   - billedInfrastructure: One entry per day of the period, in order: the billed infrastructure
  ///     amount for that day, or `nil` to use the estimate. Its count is the period's length in days.
  ///   - predictions: Predictions made in the period, at least 0.
  ///   - labelled: Predictions whose outcome was obtained in the period, at least 0.
  /// - Returns: The cost, split by kind. An empty period costs only its predictions and labels.
  /// - Complexity: O(*d*) for *d* days.
  public func cost(billedInfrastructure: [Double?], predictions: Int, labelled: Int)
    -> CostBreakdown
  {
    precondition(predictions >= 0 && labelled >= 0, "negative count: \(predictions), \(labelled)")
    let daily = dailyInfrastructure
    var infrastructure = 0.0
    var billedDays = 0
    for day in billedInfrastructure {
      if let billed = day {
        infrastructure += billed
        billedDays += 1
      } else {
        infrastructure += daily
      }
    }
    return CostBreakdown(
      infrastructure: infrastructure,
      predictions: Double(predictions) / 1000 * perThousandPredictions,
      labelling: Double(labelled) * perLabel,
      days: billedInfrastructure.count,
      billedDays: billedDays)
  }

  /// The cost of a period of `days` days with no billing: every day uses the estimate.
  ///
  /// - Parameters:
  ///   - days: The period's length in days, at least 0.
  ///   - predictions: Predictions made in the period.
  ///   - labelled: Predictions whose outcome was obtained in the period.
  /// - Returns: The cost, split by kind.
  /// - Complexity: O(*d*) for *d* days.
  public func cost(days: Int, predictions: Int, labelled: Int) -> CostBreakdown {
    precondition(days >= 0, "negative period length: \(days)")
    return cost(
      billedInfrastructure: Array(repeating: nil, count: days), predictions: predictions,
      labelled: labelled)
  }
}
