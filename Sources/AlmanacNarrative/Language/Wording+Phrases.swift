extension Wording {
  /// A small price with cents, for unit costs: `$0.35`, `$1.20`, `€12.50`; from 100 on as `money`.
  ///
  /// - Parameters:
  ///   - amount: The price.
  ///   - currency: An ISO 4217 code.
  /// - Returns: The price as text.
  public static func unitPrice(_ amount: Double, currency: String) -> String {
    guard amount.isFinite else { return "n/a" }
    guard abs(amount) < 99.995 else { return money(amount, currency: currency) }
    let body = number(abs(amount), decimals: 2)
    return (amount < 0 && body != "0.00" ? "-" : "") + currencyPrefix(currency) + body
  }

  /// A measured quantity such as a mean absolute error, to about three significant digits:
  /// `0.42`, `3.2`, `48.7`, `1,250`.
  ///
  /// Two decimals below 1, one below 100, none from 100 on.
  ///
  /// - Parameter value: The quantity.
  /// - Returns: The quantity as text.
  public static func measure(_ value: Double) -> String {
    let magnitude = abs(value)
    return number(value, decimals: magnitude < 0.995 ? 2 : magnitude < 99.95 ? 1 : 0)
  }

  /// A relative change in words: `up 48%`, `down 20%`, or `unchanged` when it rounds to 0%.
  ///
  /// - Parameter ratio: The new value over the old one, less 1.
  /// - Returns: The change in words.
  public static func change(_ ratio: Double) -> String {
    guard ratio.isFinite else { return "n/a" }
    let amount = percent(abs(ratio))
    guard amount != "0%" else { return "unchanged" }
    return "\(ratio > 0 ? "up" : "down") \(amount)"
  }

  /// A count with its noun: `1 week`, `3 weeks`, `1,200 predictions`.
  ///
  /// - Parameters:
  ///   - count: The count.
  ///   - noun: The singular noun.
  ///   - plural: The plural noun; the singular with `s` when omitted.
  /// - Returns: The counted noun.
  public static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(Wording.count(count)) \(count == 1 ? noun : plural ?? noun + "s")"
  }

  /// Items joined as in prose: `a`, `a and b`, `a, b and c`.
  ///
  /// - Parameter items: The items.
  /// - Returns: The joined text; empty for no items.
  public static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
