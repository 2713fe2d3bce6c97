/// The names of report files, made from the period label alone so that no input text becomes a
/// path.
public enum ReportFileNames {
  /// The HTML page's name.
  public static let html = "report.html"
  /// The Markdown report's name.
  public static let markdown = "report.md"
  /// The JSON report's file name.
  public static let json = "report.json"

  /// The workbook's name, carrying the period so that e-mail attachments are told apart:
  /// `almanac-2026-W47.xlsx`.
  ///
  /// Letters, digits and `-` of the label are kept and every other run of characters becomes one
  /// `_`, so `2026-11-16..2026-11-22` gives `almanac-2026-11-16_2026-11-22.xlsx`; a label with
  /// nothing usable gives `almanac.xlsx`.
  ///
  /// - Parameter period: The report's period.
  /// - Returns: A file name without folders.
  public static func xlsxName(for period: PeriodSummary) -> String {
    var stem = ""
    var pendingSeparator = false
    for character in period.label {
      if character.isASCII && (character.isLetter || character.isNumber || character == "-") {
        if pendingSeparator && !stem.isEmpty { stem.append("_") }
        stem.append(character)
        pendingSeparator = false
      } else {
        pendingSeparator = true
      }
    }
    return stem.isEmpty ? "almanac.xlsx" : "almanac-\(stem).xlsx"
  }
}
