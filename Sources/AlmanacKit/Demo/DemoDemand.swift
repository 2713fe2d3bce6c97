internal import AlmanacIngest
internal import Foundation

/// The demo's regression model `store-demand`: units sold per store and day.
///
/// A steady model: its inputs stay close to the training data and its errors stay small. Each
/// day's outcome is known the next morning.
struct DemoDemand {
  static let storeCount = 120
  static let columns = [
    "timestamp", "model", "version", "prediction", "actual", "store_size", "promo", "day_of_week",
    "temperature", "price",
  ]
  static let weekdayLift = [1.0, 0.95, 0.97, 1.02, 1.15, 1.35, 1.25]

  /// Sizes of the stores in square metres, fixed for the whole demo.
  static func storeSizes(random: inout DemoRandom) -> [Int] {
    (0..<storeCount).map { _ in
      Int(random.normal(mean: 1600, sd: 450).rounded()).clamped(to: 600...3200)
    }
  }

  /// The values of one store-day: features, the forecast and the units sold.
  static func values(
    size: Int, weekday: Int, week: Int, random: inout DemoRandom
  ) -> (features: [Double], prediction: Double, actual: Double) {
    let promo = random.chance(0.15) ? 1.0 : 0.0
    let temperature = (random.normal(mean: 13.5 - 0.1 * Double(week), sd: 4) * 10).rounded() / 10
    let price = (random.normal(mean: 3.5, sd: 0.25) * 100).rounded() / 100
    let expected =
      Double(size) * 0.1 * weekdayLift[weekday - 1] * (promo == 1 ? 1.3 : 1)
      * (1 - 0.08 * (price - 3.5)) * (1 + 0.01 * (temperature - 13))
    let actual = (expected * exp(random.normal(sd: 0.08))).rounded()
    let prediction = (expected * exp(random.normal(sd: 0.03)) * 100).rounded() / 100
    return ([Double(size), promo, Double(weekday), temperature, price], prediction, actual)
  }

  /// One JSON Lines record of a day's log.
  static func jsonLine(
    day: CalendarDay, size: Int, week: Int, outcomeKnown: Bool, random: inout DemoRandom
  ) -> String {
    let v = values(size: size, weekday: day.isoWeekday, week: week, random: &random)
    let actual = outcomeKnown ? DemoCredit.fixed(v.actual, 0) : "null"
    return "{\"timestamp\":\"\(day)\",\"model\":\"store-demand\",\"version\":\"7\","
      + "\"prediction\":\(DemoCredit.fixed(v.prediction, 2)),\"actual\":\(actual),"
      + "\"store_size\":\(Int(v.features[0])),\"promo\":\(Int(v.features[1])),"
      + "\"day_of_week\":\(day.isoWeekday),\"temperature\":\(DemoCredit.fixed(v.features[3], 1)),"
      + "\"price\":\(DemoCredit.fixed(v.features[4], 2))}"
  }

  /// One CSV row of the reference sample (no timestamp, model or version).
  static func referenceRow(size: Int, random: inout DemoRandom) -> [String] {
    let weekday = 1 + Int(random.uniform() * 7)
    let v = values(size: size, weekday: weekday, week: 0, random: &random)
    return [
      DemoCredit.fixed(v.prediction, 2), DemoCredit.fixed(v.actual, 0), String(size),
      DemoCredit.fixed(v.features[1], 0), String(weekday), DemoCredit.fixed(v.features[3], 1),
      DemoCredit.fixed(v.features[4], 2),
    ]
  }
}

extension Comparable {
  /// The value limited to a range.
  func clamped(to range: ClosedRange<Self>) -> Self {
    min(max(self, range.lowerBound), range.upperBound)
  }
}
