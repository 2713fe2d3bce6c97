/// How sentences name money and time: the report's currency and its period ("week" or "period").
struct Voice: Sendable {
  /// The ISO 4217 code of every amount.
  let currency: String
  /// `week` for ISO-week reports, `period` otherwise.
  let unit: String
  /// The report period's label.
  let period: String

  /// The voice of a report.
  ///
  /// - Parameters:
  ///   - currency: The report's currency.
  ///   - period: The period's label: `2026-W47` gives "week", anything else "period".
  init(currency: String, period: String) {
    self.currency = currency
    self.unit = period.contains("-W") ? "week" : "period"
    self.period = period
  }

  /// `this week` for the report's period, `in 2026-W40` for another.
  func when(_ label: String) -> String { label == period ? now : "in \(label)" }

  /// A short amount: `$12.4k`.
  func money(_ amount: Double) -> String { Wording.money(amount, currency: currency) }

  /// A short amount marked as an estimate when it rests on estimated outcomes: `an estimated $12.4k`.
  func money(_ amount: Double, estimated: Bool) -> String {
    (estimated ? "an estimated " : "") + money(amount)
  }

  /// `this week`.
  var now: String { "this \(unit)" }

  /// `this week`, `last week` or `3 weeks ago`.
  func ago(_ periods: Int) -> String {
    switch periods {
    case ...0: now
    case 1: "last \(unit)"
    default: "\(Wording.count(periods)) \(unit)s ago"
    }
  }

  /// `1 week`, `3 weeks`.
  func span(_ periods: Int) -> String { Wording.counted(periods, unit) }

  /// A feature name as words: `debt_ratio` is `debt ratio`.
  static func words(_ name: String) -> String {
    String(name.map { $0 == "_" ? " " : $0 })
  }

  /// Up to three feature names as words, then how many more: `income, debt ratio and 2 more inputs`.
  static func features(_ names: [String]) -> String {
    let shown = names.prefix(names.count > 3 ? 2 : 3).map(words)
    let rest = names.count - shown.count
    return Wording.list(shown + (rest > 0 ? [Wording.counted(rest, "more input")] : []))
  }
}

extension String {
  /// The text with its first letter in upper case, for the start of a sentence.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
