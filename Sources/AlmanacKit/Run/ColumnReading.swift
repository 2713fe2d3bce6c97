internal import AlmanacIngest
internal import AlmanacNarrative

/// Cells of a column left out of the figures, and why: text that is not a number, or a number no
/// figure can use.
///
/// A number is usable when it is finite and smaller in magnitude than 10¹⁰⁰ (so that sums and
/// squares over a billion rows stay finite: 1.7e308, a common "missing" sentinel, is not a
/// measurement); a score must also lie in [0, 1]. Unusable cells are left out of every figure that
/// needs them (a row whose prediction, outcome or score is unusable is not a labelled row) and are
/// counted in the report's data notes, never dropped silently.
struct ColumnReading: Sendable, Equatable {
  /// The column's name.
  var column: String
  /// Whether the column is the reference's (else a period's).
  var isReference: Bool
  /// The column's cells that were not missing.
  var cells: Int
  /// Cells whose text is not a number, and the first few of them.
  var unreadable = 0
  var unreadableExamples: [String] = []
  /// Numbers that are infinite, too large, or (for a score) outside [0, 1], and the first.
  var unusable = 0
  var unusableExample: Double?
  /// What a usable number of this column is, for the note: `within ±1e100` or `within 0 to 1`.
  var usableRange = "finite and within ±1e100"

  /// Whether anything was left out.
  var isEmpty: Bool { unreadable == 0 && unusable == 0 }

  /// What was left out, in a sentence for the data notes.
  ///
  /// - Parameter period: The report period's label, named for a period's column.
  /// - Returns: `Column "x2" in 2026-W48: 1 of 1,000 cells could not be read as numbers (such as
  ///   "52 000,5"); it was left out.`
  func sentence(period: String) -> String {
    var parts: [String] = []
    if unreadable > 0 {
      let examples = unreadableExamples.map { "\"\($0)\"" }.joined(separator: ", ")
      parts.append(
        "\(Wording.count(unreadable)) of \(Wording.counted(cells, "cell")) could not be read as "
          + "numbers (such as \(examples))")
    }
    if unusable > 0 {
      let example = unusableExample.map { " (such as \(Column.text(of: $0)))" } ?? ""
      parts.append(
        "\(Wording.count(unusable)) of \(Wording.counted(cells, "value")) \(unusable == 1 ? "is" : "are") "
          + "not \(usableRange)\(example)")
    }
    let place = isReference ? "the reference" : period
    let them = unreadable + unusable == 1 ? "it was" : "they were"
    return
      "Column \"\(column)\" in \(place): \(parts.joined(separator: ", and ")); \(them) left out."
  }

  /// The largest magnitude a usable number may have.
  static let largestMagnitude = 1e100

  /// Whether a number is usable in any figure.
  static func isUsable(_ value: Double) -> Bool { value.isFinite && abs(value) < largestMagnitude }

  /// Whether a number is usable as a score (the probability of the positive class).
  static func isUsableScore(_ value: Double) -> Bool { value >= 0 && value <= 1 }

  /// A column's numbers with the unusable ones made missing, and what was left out.
  ///
  /// - Parameters:
  ///   - values: The numbers, NaN where missing.
  ///   - column: The column's name.
  ///   - isReference: Whether the column is the reference's.
  ///   - reading: How its text cells were read, when it held text.
  /// - Returns: The cleaned numbers and the reading, `nil` when nothing was left out.
  static func cleaned(
    _ values: [Double], column: String, isReference: Bool, reading: Column.NumberReading? = nil
  ) -> (values: [Double], reading: ColumnReading?) {
    var result = ColumnReading(
      column: column, isReference: isReference,
      cells: reading.map { $0.notANumber + $0.unreadable } ?? 0,
      unreadable: reading?.unreadable ?? 0, unreadableExamples: reading?.unreadableExamples ?? [])
    var cleaned = values
    // One pass: the cells holding a number are counted, and the unusable ones left out.
    for (index, value) in values.enumerated() where !value.isNaN {
      result.cells += 1
      if !isUsable(value) {
        cleaned[index] = .nan
        result.unusable += 1
        if result.unusableExample == nil { result.unusableExample = value }
      }
    }
    return (cleaned, result.isEmpty ? nil : result)
  }
}
