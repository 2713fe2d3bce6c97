/// One line of a billing export: what a model (or a tag) cost on a day.
public struct BillingRecord: Sendable, Equatable {
  /// The largest amount a line may hold, either way: 10¹⁵, a thousand trillion.
  ///
  /// Beyond it a
  /// figure is a placeholder or a mistake, and sums over a year could no longer be trusted.
  public static let largestAmount = 1e15

  /// The day the cost is for, as written in the file (no time-zone conversion).
  public var day: CalendarDay
  /// The model the cost is for, when the file has a `model` column and the cell is not empty.
  public var model: String?
  /// The tag the cost is for (a team, a cost center), when the file has a `tag` column.
  public var tag: String?
  /// The amount; negative for credits and refunds.
  public var amount: Double
  /// The ISO 4217 currency code, upper case (`USD`).
  public var currency: String
  /// The file the record comes from.
  public var file: String
  /// The 1-based line of the record.
  public var line: Int

  /// Creates a record.
  ///
  /// - Parameters:
  ///   - day: The day.
  ///   - model: The model, if any.
  ///   - tag: The tag, if any.
  ///   - amount: The amount.
  ///   - currency: The currency code.
  ///   - file: The source file.
  ///   - line: The source line.
  public init(
    day: CalendarDay, model: String?, tag: String?, amount: Double, currency: String, file: String,
    line: Int
  ) {
    self.day = day
    self.model = model
    self.tag = tag
    self.amount = amount
    self.currency = currency
    self.file = file
    self.line = line
  }
}
