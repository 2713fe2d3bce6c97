// All wording of ingest errors lives here, so messages stay consistent and are tested verbatim.

extension IngestError {
  /// `path:line:column: error: message`, then `  hint: ...` when there is a hint, then the further
  /// problems of the same file in the same form.
  public var description: String {
    var lines = [headline]
    if let hint { lines.append("  hint: \(hint)") }
    for problem in furtherProblems { lines.append(problem.description) }
    if reachedProblemLimit {
      lines.append("\(file): note: stopped after \(1 + furtherProblems.count) problems")
    }
    return lines.joined(separator: "\n")
  }

  /// The location and the message on one line, without the hint.
  public var headline: String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): error: \(message)"
  }

  /// What is wrong, including what was expected, without the location.
  public var message: String {
    let subject = columnName.map { "column \(quoted($0)): " } ?? ""
    let shown = quoted(value ?? "")
    switch reason {
    case .noSuchFile: return "no such file"
    case .unreadable(let why): return "cannot read the file: \(why)"
    case .noMatch: return "no file matches this pattern"
    case .unknownFormat:
      return "cannot tell the format from the name; expected a name ending in "
        + ".csv, .tsv, .tab, .jsonl or .ndjson, optionally followed by .gz"
    case .notGzip: return "the name ends in .gz but the content is not gzip-compressed"
    case .corruptGzip(let why): return "the gzip data is damaged (\(why))"
    case .truncatedGzip: return "the gzip data ends early"
    case .emptyFile(let format): return "the file is empty; expected \(expectedContent(format))"
    case .noRows: return "the file has a header but no rows"
    case .recordTooLong(let limit): return "a record is longer than \(limit) bytes"
    case .tooManyRows(let limit):
      return "the inputs hold more than \(limit) rows by this line (max_rows)"
    case .notARegularFile:
      return "this is not a regular file (a pipe, a device or a socket), which could block the run"
    case .unclosedQuote: return "\(subject)a quoted field is never closed"
    case .textAfterQuote:
      return "\(subject)unexpected text after the closing quote; expected a delimiter or a line end"
    case .raggedRow(let found, let expected):
      let fields =
        "the record has \(found) \(found == 1 ? "field" : "fields") but the header has \(expected)"
      if found > expected { return fields + "; the first extra one is \(shown)" }
      return fields + (columnName.map { "; the first missing one is \(quoted($0))" } ?? "")
    case .duplicateColumn(let first):
      return "\(subject)the header repeats the name of column \(first)"
    case .unnamedColumn: return "the header cell of this column is empty"
    case .missingColumn(let available):
      return "\(subject)the column is missing; the file has \(listed(available))"
    case .columnMissingFromFile(let first):
      return "\(subject)the column is missing here but present in \(first)"
    case .columnNotInEarlierFiles(let first):
      return "\(subject)the column is not in \(first), which was read first"
    case .conflictingDeclarations(let one, let other):
      return "\(subject)the column is declared both \(one) and \(other)"
    case .notANumber: return "\(subject)cannot read \(shown) as a number"
    case .badTimestamp(let format):
      return "\(subject)cannot read \(shown) as \(format.expectation)"
    case .invalidUTF8: return "\(subject)the text \(shown) is not valid UTF-8"
    case .missingValue: return "\(subject)a value is required here"
    case .badDate: return "\(subject)cannot read \(shown) as a date such as 2026-11-16"
    case .dateOutOfRange:
      return "\(subject)\(shown) is out of range: reports cover days from 0001-01-02 to 9999-12-25"
    case .numberOutOfRange(let limit):
      return "\(subject)\(shown) is beyond \(limit), the largest amount accepted"
    case .invalidJSON(let expected):
      let found = value.map { $0.isEmpty ? "the line ends" : "found \(shown)" } ?? ""
      return "invalid JSON: expected \(expected)" + (found.isEmpty ? "" : " but \(found)")
    case .nestedValue:
      return "\(subject)nested objects and arrays are not supported; expected a string, "
        + "number, boolean or null"
    case .duplicateKey: return "\(subject)the object repeats this key"
    case .malformedJSON(let why): return "the JSON cannot be read (\(why))"
    case .wrongType(let keyPath, let expected):
      return "\(keyPath): expected \(expected)" + (value.map { ", found \(quoted($0))" } ?? "")
    case .missingKey(let keyPath): return "\(keyPath): the field is missing"
    case .unknownColumn(let accepted):
      return "\(subject)unknown column; expected \(listed(accepted))"
    case .duplicateVersion(let firstLine):
      return "\(subject)version \(shown) is listed again; it is first on line \(firstLine)"
    case .mixedCurrency(let first, let firstFile, let firstLine):
      return
        "\(subject)currency \(shown) differs from \(quoted(first)) in \(firstFile):\(firstLine)"
    case .notACurrency:
      return "\(subject)cannot read \(shown) as a three-letter currency code such as USD"
    }
  }

  /// What the reader expected instead, when the reason implies one.
  public var expected: String? {
    switch reason {
    case .emptyFile(let format): expectedContent(format)
    case .noRows: "at least one data row"
    case .raggedRow(_, let expected): "\(expected) fields, as in the header"
    case .notANumber: "a number"
    case .badTimestamp(let format): format.expectation
    case .invalidUTF8: "UTF-8 text"
    case .missingValue: "a value"
    case .badDate: "a date in the form YYYY-MM-DD"
    case .dateOutOfRange: "a date from 0001-01-02 to 9999-12-25"
    case .numberOutOfRange(let limit): "an amount within ±\(limit)"
    case .invalidJSON(let expected): expected
    case .nestedValue: "a string, number, boolean or null"
    case .wrongType(_, let expected): expected
    case .notACurrency: "a three-letter ISO 4217 code"
    case .textAfterQuote: "a delimiter or a line end"
    default: nil
    }
  }

  /// How to fix the problem, when there is a useful suggestion.
  public var hint: String? {
    switch reason {
    case .noMatch: "check the folder and the pattern; * and ? never match a leading dot"
    case .unknownFormat: "name the format in the options (csv, tsv or jsonl)"
    case .emptyFile(.csv), .emptyFile(.tsv): "an export with no rows still needs its header line"
    case .recordTooLong, .unclosedQuote:
      "look for a quote that is never closed; raise the record limit only if lines really are this long"
    case .tooManyRows:
      "check that the file is the export you meant (a compressed file can inflate far beyond its size);"
        + " raise max_rows in the config if the data really is this large"
    case .textAfterQuote: "a quote inside a quoted field must be doubled (\"\")"
    case .raggedRow:
      "a delimiter inside a value needs quotes around the value; a missing value still needs its delimiter"
    case .duplicateColumn: "rename one of the columns so every name is unique"
    case .unnamedColumn: "name the column in the header, or keep only the columns you need"
    case .missingColumn: "map the column to one of the file's names in the config"
    case .columnMissingFromFile, .columnNotInEarlierFiles:
      "files read together must have the same columns (in any order)"
    case .notANumber: numberHint
    case .badTimestamp(.iso8601):
      "write dates as 2026-11-16 and times as 2026-11-16T08:30:00Z, 2026-11-16 08:30:00 or with an offset such as +01:00"
    case .badTimestamp:
      "set the timestamp format in the config (iso8601, epoch_seconds or epoch_milliseconds)"
    case .invalidUTF8: "save the file as UTF-8; it may be in Latin-1 or Windows-1252"
    case .mixedCurrency: "convert the amounts to one currency before reading them"
    case .malformedJSON, .wrongType, .missingKey:
      "the file does not look like an unmodified MLflow REST response"
    default: nil
    }
  }

  private var numberHint: String? {
    guard let value else { return nil }
    if value.contains(where: { "$€£¥".contains($0) }) { return "remove the currency symbol" }
    if value.hasSuffix("%") { return "write percentages as plain numbers (12.5, not 12.5%)" }
    let plain = value.allSatisfy { $0.isASCII && ($0.isNumber || ",.-+".contains($0)) }
    guard plain, let comma = value.lastIndex(of: ",") else { return nil }
    let decimalComma =
      "this looks like a decimal comma; write numbers with a decimal point (1234.50)"
    let thousands = "remove the thousands separators (1234567.5, not 1,234,567.5)"
    if let dot = value.lastIndex(of: ".") { return dot < comma ? decimalComma : thousands }
    let groups = value.split(separator: ",", omittingEmptySubsequences: false).dropFirst()
    return groups.allSatisfy { $0.count == 3 } ? thousands : decimalComma
  }

  private func expectedContent(_ format: FileFormat) -> String {
    format == .jsonLines ? "one JSON object per line" : "a header line"
  }

  private func quoted(_ text: String) -> String { "\"\(text)\"" }

  private func listed(_ names: [String]) -> String {
    let shown = names.prefix(12).map(quoted).joined(separator: ", ")
    return names.count > 12 ? "\(shown) and \(names.count - 12) more" : shown
  }
}
