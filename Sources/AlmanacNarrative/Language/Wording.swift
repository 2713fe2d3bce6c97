/// Numbers written for people: `$12.4k`, `84%`, `down 7 points`, `3 in 10`, `12,345`.
///
/// Every figure in every report goes through these functions, so the same number always reads the same
/// way in every format. Output never depends on the machine's locale.
public enum Wording {
  /// A number with a fixed count of decimals and thousands separators, such as `12,345.68`.
  ///
  /// Rounds half away from zero. Non-finite values are written `n/a`.
  ///
  /// - Parameters:
  ///   - value: The number.
  ///   - decimals: Digits after the point, 0 to 9.
  ///   - grouping: Whether to separate thousands with commas.
  /// - Returns: The number as text.
  public static func number(_ value: Double, decimals: Int = 0, grouping: Bool = true) -> String {
    guard value.isFinite else { return "n/a" }
    let places = min(max(decimals, 0), 9)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9.0e15 else { return "\(value)" }
    let units = UInt64(scaled)
    let whole = units / UInt64(scale)
    let fraction = units % UInt64(scale)
    var text = grouping ? grouped(whole) : String(whole)
    if places > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    return (value < 0 && units > 0 ? "-" : "") + text
  }

  /// A whole count with thousands separators, such as `12,345`.
  ///
  /// - Parameter count: The count.
  /// - Returns: The count as text.
  public static func count(_ count: Int) -> String {
    (count < 0 ? "-" : "") + grouped(UInt64(count.magnitude))
  }

  /// A share as a percentage, such as `84%` or `84.3%`.
  ///
  /// - Parameters:
  ///   - fraction: The share, where 1 is 100%.
  ///   - decimals: Digits after the point.
  /// - Returns: The percentage as text.
  public static func percent(_ fraction: Double, decimals: Int = 0) -> String {
    guard fraction.isFinite else { return "n/a" }
    return number(fraction * 100, decimals: decimals) + "%"
  }

  /// A change between two shares in percentage points, such as `down 7 points` or `up 1 point`.
  ///
  /// - Parameter change: The new share minus the old one, where 1 is 100 points.
  /// - Returns: The change in words; `unchanged` when it rounds to zero points.
  public static func points(_ change: Double) -> String {
    guard change.isFinite else { return "n/a" }
    let rounded = (abs(change) * 100).rounded(.toNearestOrAwayFromZero)
    guard rounded > 0 else { return "unchanged" }
    let unit = rounded == 1 ? "point" : "points"
    return "\(change > 0 ? "up" : "down") \(number(rounded)) \(unit)"
  }

  /// A change with its sign and fixed decimals, such as `+0.47` or `-1.20`.
  ///
  /// No sign is written when the change rounds to zero.
  ///
  /// - Parameters:
  ///   - change: The change.
  ///   - decimals: Digits after the point.
  /// - Returns: The change as text.
  public static func signed(_ change: Double, decimals: Int) -> String {
    let text = number(change, decimals: decimals)
    return change > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
  }

  /// A share as "k in 10", such as `3 in 10`, or "k in 100" when tenths would round to 0 or 10.
  ///
  /// - Parameter fraction: The share, 0 to 1.
  /// - Returns: The share in words.
  public static func inTen(_ fraction: Double) -> String {
    guard fraction.isFinite else { return "n/a" }
    let tenths = (fraction * 10).rounded(.toNearestOrAwayFromZero)
    if (tenths == 0 && fraction > 0) || (tenths == 10 && fraction < 1) {
      return "\(number(fraction * 100)) in 100"
    }
    return "\(number(tenths)) in 10"
  }

  /// A money amount, short for prose and summaries: `$850`, `$12.4k`, `-$1.2M`, `CHF 3.0k`.
  ///
  /// Below 1,000 the amount is whole units; from 1,000 one decimal with `k`, from 1,000,000 with `M`,
  /// from 1,000,000,000 with `B`.
  ///
  /// - Parameters:
  ///   - amount: The amount.
  ///   - currency: An ISO 4217 code; USD, EUR, GBP and JPY get their symbol, others a code and a space.
  /// - Returns: The amount as text.
  public static func money(_ amount: Double, currency: String) -> String {
    guard amount.isFinite else { return "n/a" }
    let magnitude = abs(amount)
    let body: String
    switch magnitude {
    case ..<999.5: body = number(magnitude)
    case ..<999_950: body = number(magnitude / 1e3, decimals: 1) + "k"
    case ..<999_950_000: body = number(magnitude / 1e6, decimals: 1) + "M"
    default: body = number(magnitude / 1e9, decimals: 1) + "B"
    }
    let sign = amount < 0 && body.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
    return sign + currencyPrefix(currency) + body
  }

  /// A money amount in whole units with separators, for tables: `$12,431`, `-€50`.
  ///
  /// - Parameters:
  ///   - amount: The amount.
  ///   - currency: An ISO 4217 code.
  /// - Returns: The amount as text.
  public static func moneyExact(_ amount: Double, currency: String) -> String {
    guard amount.isFinite else { return "n/a" }
    let body = number(abs(amount))
    return (amount < 0 && body != "0" ? "-" : "") + currencyPrefix(currency) + body
  }

  /// The symbol or code written before an amount.
  ///
  /// - Parameter currency: An ISO 4217 code.
  /// - Returns: `$`, `€`, `£`, `¥`, or the code followed by a space.
  public static func currencyPrefix(_ currency: String) -> String {
    switch currency.uppercased() {
    case "USD": "$"
    case "EUR": "€"
    case "GBP": "£"
    case "JPY": "¥"
    default: currency.uppercased() + " "
    }
  }

  private static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
