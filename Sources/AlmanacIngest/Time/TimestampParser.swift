/// Reads instants from cells as whole milliseconds since 1970-01-01T00:00:00Z.
///
/// Formats are described on ``TimestampFormat``. Fields are range-checked (month 1-12, the day
/// within its month, hour 0-23, minute and second 0-59, offset at most ±23:59). Digits of a
/// fraction beyond milliseconds are dropped, which moves the instant toward zero.
enum TimestampParser {
  /// The first instant after the last day a report can cover: 9999-12-26T00:00:00Z.
  ///
  /// ISO week 9999-W52 ends in year 10000, beyond the calendar of dates the history stores, so
  /// the last whole week ends on 9999-12-26; a day less leaves room for time zones ahead of UTC.
  static let endOfReportableDays: Int64 = 253_401_782_400_000

  /// The first instant of the first day a report can cover: 0001-01-02T00:00:00Z, a day after
  /// the calendar's first, for time zones behind UTC.
  static let startOfReportableDays: Int64 = -62_135_510_400_000

  /// Parses a cell in the given format.
  ///
  /// - Parameters:
  ///   - bytes: The cell; spaces and tabs around it are ignored.
  ///   - format: How the cell is written.
  /// - Returns: Milliseconds since the epoch, or nil when the cell is not an instant in `format`.
  static func milliseconds(_ bytes: UnsafeRawBufferPointer, format: TimestampFormat) -> Int64? {
    var cursor = Cursor(bytes)
    cursor.trimBlanks()
    let result: Int64?
    switch format {
    case .iso8601: result = cursor.iso8601()
    case .epochSeconds: result = cursor.epoch(millisecondsPerUnit: 1_000)
    case .epochMilliseconds: result = cursor.epoch(millisecondsPerUnit: 1)
    }
    return cursor.isAtEnd ? result : nil
  }

  /// Parses a calendar date `YYYY-MM-DD`, optionally followed by a time (which is ignored only
  /// when it is valid); used for billing days.
  ///
  /// - Parameter bytes: The cell.
  /// - Returns: The day, or nil.
  static func day(_ bytes: UnsafeRawBufferPointer) -> CalendarDay? {
    var cursor = Cursor(bytes)
    cursor.trimBlanks()
    guard let day = cursor.date() else { return nil }
    if cursor.isAtEnd { return day }
    return cursor.timeOfDayAndZone() != nil && cursor.isAtEnd ? day : nil
  }
}

/// A read position in a cell.
private struct Cursor {
  let bytes: UnsafeRawBufferPointer
  var index = 0
  var end: Int

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
    end = bytes.count
  }

  var isAtEnd: Bool { index == end }

  mutating func trimBlanks() {
    func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    while index < end, isBlank(bytes[index]) { index += 1 }
    while end > index, isBlank(bytes[end - 1]) { end -= 1 }
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < end, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// Exactly `count` decimal digits.
  mutating func digits(_ count: Int) -> Int? {
    guard end - index >= count else { return nil }
    var value = 0
    for _ in 0..<count {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
      index += 1
    }
    return value
  }

  mutating func date() -> CalendarDay? {
    guard let year = digits(4), take(UInt8(ascii: "-")), let month = digits(2),
      take(UInt8(ascii: "-")), let day = digits(2)
    else { return nil }
    return CalendarDay(year: year, month: month, day: day)
  }

  mutating func iso8601() -> Int64? {
    guard let day = date() else { return nil }
    let midnight = Int64(day.daysSinceEpoch) * 86_400_000
    if isAtEnd { return midnight }
    guard let (time, offset) = timeOfDayAndZone() else { return nil }
    return midnight + time - offset
  }

  /// `[T ]HH:MM[:SS[.fff]][Z|±HH[:MM]]` as milliseconds into the day and the zone's offset.
  mutating func timeOfDayAndZone() -> (Int64, Int64)? {
    guard take(UInt8(ascii: "T")) || take(UInt8(ascii: "t")) || take(UInt8(ascii: " ")) else {
      return nil
    }
    guard let hour = digits(2), hour < 24, take(UInt8(ascii: ":")), let minute = digits(2),
      minute < 60
    else { return nil }
    var milliseconds = Int64(hour * 3_600_000 + minute * 60_000)
    if take(UInt8(ascii: ":")) {
      guard let second = digits(2), second < 60 else { return nil }
      milliseconds += Int64(second * 1_000)
      if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
        guard let fraction = fractionMilliseconds() else { return nil }
        milliseconds += fraction
      }
    }
    guard let offset = zoneOffset() else { return nil }
    return (milliseconds, offset)
  }

  /// One or more digits after a decimal mark, as milliseconds (digits past the third dropped).
  mutating func fractionMilliseconds() -> Int64? {
    var value: Int64 = 0
    var count = 0
    while index < end, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
      if count < 3 { value = value * 10 + Int64(digit) }
      count += 1
      index += 1
    }
    guard count > 0 else { return nil }
    for _ in count..<max(count, 3) { value *= 10 }
    return value
  }

  /// `Z`, `±HH`, `±HHMM`, `±HH:MM` or nothing (UTC), in milliseconds east of UTC.
  mutating func zoneOffset() -> Int64? {
    if isAtEnd { return 0 }
    if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
    let sign: Int64
    if take(UInt8(ascii: "+")) {
      sign = 1
    } else if take(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return nil
    }
    guard let hours = digits(2), hours < 24 else { return nil }
    var minutes = 0
    if !isAtEnd {
      _ = take(UInt8(ascii: ":"))
      guard let written = digits(2), written < 60 else { return nil }
      minutes = written
    }
    return sign * Int64(hours * 3_600_000 + minutes * 60_000)
  }

  /// `[+-]digits[.digits]` in units of `millisecondsPerUnit`; at most 15 integer digits.
  mutating func epoch(millisecondsPerUnit: Int64) -> Int64? {
    var negative = false
    if take(UInt8(ascii: "-")) {
      negative = true
    } else {
      _ = take(UInt8(ascii: "+"))
    }
    var whole: Int64 = 0
    var count = 0
    while index < end, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
      guard count < 15 else { return nil }
      whole = whole * 10 + Int64(digit)
      count += 1
      index += 1
    }
    guard count > 0 else { return nil }
    var value = whole * millisecondsPerUnit
    if take(UInt8(ascii: ".")) {
      guard let fraction = fractionMilliseconds() else { return nil }
      // For milliseconds the fraction is below the unit and dropped.
      value += millisecondsPerUnit == 1 ? 0 : fraction
    }
    return negative ? -value : value
  }
}
