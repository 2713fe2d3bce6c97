extension Column {
  /// Cell texts that mean "no number" in a numeric column, compared ignoring case: how pandas,
  /// R, spreadsheets and databases write a missing value (`nan`, `NaN`, `NA`, `#N/A`, `None`,
  /// `NULL`) and the placeholders people type (`.`, `-`, `?`).
  public static let notANumberWords: Set<String> = [
    "nan", "-nan", "+nan", "na", "n/a", "#n/a", "#na", "null", "none", "nil", "missing", ".", "-",
    "?", "--",
  ]

  /// The finite number a text holds, read by the same rules as the file readers.
  ///
  /// Accepted: an optional sign, decimal digits with an optional point and exponent, spaces or
  /// tabs around. Not accepted: hexadecimal (`0x1A`), infinities, `nan`, thousands separators,
  /// decimal commas, or any other character (`123\u{0}45`). Unlike `Double(String)`, so a
  /// category's text never turns into a number it does not spell.
  ///
  /// - Parameter text: The text.
  /// - Returns: The number, or `nil` when the text is not a finite decimal number.
  public static func number(in text: String) -> Double? {
    var text = text
    return text.withUTF8 { bytes in
      NumberParser.parse(UnsafeRawBufferPointer(bytes)).flatMap { $0.isFinite ? $0 : nil }
    }
  }

  /// Whether a text is an ISO-8601 date or date-time, as the timestamp column accepts.
  ///
  /// - Parameter text: The text.
  /// - Returns: `true` for `2026-11-16` or `2026-11-16T08:30:00Z`.
  public static func isTimestamp(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      TimestampParser.milliseconds(UnsafeRawBufferPointer(bytes), format: .iso8601) != nil
    }
  }

  /// A column read as numbers, with the cells that are not numbers counted.
  public struct NumberReading: Sendable, Equatable {
    /// One value per row: NaN where the cell is missing, says "no number" or cannot be read.
    public var values: [Double]
    /// Rows holding a number.
    public var numbers: Int
    /// Rows whose text is in ``Column/notANumberWords``: missing values.
    public var notANumber: Int
    /// Rows whose text is neither a number nor a "no number" word, such as `52 000,5`.
    public var unreadable: Int
    /// Up to three distinct unreadable texts, in order of first appearance.
    public var unreadableExamples: [String]
  }

  /// The column's cells read as numbers.
  ///
  /// A numeric column reads as itself. A categorical column reads level by level with
  /// ``number(in:)``: the reader made it categorical because some cell was not a number, and
  /// this tells whether those cells are missing values written as text (`nan`) or unreadable
  /// ones (`52 000,5`), each then a missing value. Timestamps do not read as numbers.
  ///
  /// - Returns: The reading, or `nil` for a timestamp column.
  /// - Complexity: O(rows + levels).
  public func readingNumbers() -> NumberReading? {
    switch self {
    case .numeric(let values):
      let numbers = values.count { !$0.isNaN }
      return NumberReading(
        values: values, numbers: numbers, notANumber: 0, unreadable: 0, unreadableExamples: [])
    case .timestamp:
      return nil
    case .categorical(let codes, let levels):
      enum Reading { case number(Double), notANumber, unreadable }
      let readings = levels.map { level -> Reading in
        if let value = Self.number(in: level) { return .number(value) }
        let word = trimmingBlanks(level).lowercased()
        return Self.notANumberWords.contains(word) ? .notANumber : .unreadable
      }
      var reading = NumberReading(
        values: [], numbers: 0, notANumber: 0, unreadable: 0, unreadableExamples: [])
      reading.values.reserveCapacity(codes.count)
      for code in codes {
        guard code >= 0 else {
          reading.values.append(.nan)
          continue
        }
        switch readings[Int(code)] {
        case .number(let value):
          reading.numbers += 1
          reading.values.append(value)
        case .notANumber:
          reading.notANumber += 1
          reading.values.append(.nan)
        case .unreadable:
          reading.unreadable += 1
          reading.values.append(.nan)
          let text = levels[Int(code)]
          if reading.unreadableExamples.count < 3 && !reading.unreadableExamples.contains(text) {
            reading.unreadableExamples.append(text)
          }
        }
      }
      return reading
    }
  }
}

/// The text without the spaces and tabs the readers trim around a cell.
private func trimmingBlanks(_ text: String) -> Substring {
  var slice = Substring(text)
  while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
  while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
  return slice
}
