internal import AlmanacIngest
internal import AlmanacNarrative
internal import Foundation

/// The demo's binary classifier `credit-default`: the probability that a loan applicant defaults.
///
/// The story in the data: incomes start rising from week 5 with inflation (gradual drift: applicants
/// look richer, but are not safer, so the model under-rates risk), and in week 7 a new partner
/// campaign brings applicants with higher debt ratios (a sudden shift) whose risk sits right at the
/// model's decision line, where it is right little more than half the time, so accuracy falls. Outcomes arrive 9 to 15 days after the
/// decision, so the last week has none yet.
struct DemoCredit {
  static let header = [
    "ts", "model_name", "model_version", "pred", "proba", "label", "income", "age", "debt_ratio",
    "credit_lines", "region", "channel",
  ]

  struct Applicant {
    var income: Double
    var age: Int
    var debtRatio: Double
    var creditLines: Int
    var region: String
    var channel: String
    /// Whether the applicant came through the week-7 partner campaign.
    var campaign: Bool
  }

  /// Draws an applicant for a demo week (1 to 8; 0 is the training period).
  static func applicant(week: Int, random: inout DemoRandom) -> Applicant {
    let inflation = week >= 5 ? 1 + 0.045 * Double(week - 4) : 1
    let campaign = week >= 7 && random.chance(0.45)
    let income = exp(random.normal(mean: 10.9, sd: 0.45)) * inflation
    let debt = campaign ? random.normal(mean: 0.46, sd: 0.06) : random.normal(mean: 0.32, sd: 0.11)
    return Applicant(
      income: (income * 100).rounded() / 100,
      age: min(85, max(18, Int(random.normal(mean: 42, sd: 11).rounded()))),
      debtRatio: (min(1.5, max(0, debt)) * 1000).rounded() / 1000,
      creditLines: random.poisson(mean: 4),
      region: random.pick([
        ("north", 0.24), ("south", 0.28), ("east", 0.2), ("west", 0.18), ("central", 0.1),
      ]),
      channel: campaign
        ? "partner" : random.pick([("branch", 0.38), ("online", 0.5), ("partner", 0.12)]),
      campaign: campaign)
  }

  /// The log-odds of default the model learned, and the true one in a week (incomes deflated).
  static func logOdds(_ a: Applicant, inflation: Double = 1) -> Double {
    let channel: Double = ["online": 0.15, "partner": 0.35][a.channel] ?? 0
    let debt: Double = 0.95 * (a.debtRatio - 0.32) / 0.11
    let income: Double = -0.6 * (log(a.income / inflation) - 10.9) / 0.45
    let lines: Double = 0.18 * Double(a.creditLines - 4) / 2
    let age: Double = -0.25 * Double(a.age - 42) / 11
    return -1.55 + debt + income + lines + age + channel
  }

  static func fixed(_ value: Double, _ decimals: Int) -> String {
    Wording.number(value, decimals: decimals, grouping: false)
  }

  static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

  /// One CSV row of a week's log, or of the reference when `timestamp` is nil.
  static func row(
    week: Int, timestamp: Int?, labelKnown: Bool, random: inout DemoRandom
  ) -> [String] {
    let a = applicant(week: week, random: &random)
    let inflation = week >= 5 ? 1 + 0.045 * Double(week - 4) : 1
    let score = sigmoid(logOdds(a) + random.normal(sd: 0.2))
    let outcome = random.chance(sigmoid(logOdds(a, inflation: inflation)))
    let income = random.chance(0.01) ? "" : fixed(a.income, 2)
    return [
      timestamp.map { CalendarDay.isoTimestamp(secondsSinceEpoch: Int64($0)) } ?? "",
      "credit-default", "4",
      score >= 0.5 ? "1" : "0", fixed(score, 4), labelKnown ? (outcome ? "1" : "0") : "",
      income, String(a.age), fixed(a.debtRatio, 3), String(a.creditLines),
      a.region, a.channel,
    ]
  }
}
