/// Reads billing exports (CSV): `date`, `model` and/or `tag`, `amount`, `currency`.
///
/// Other columns (exports often have many) are ignored. Every record needs a date (ISO-8601 date,
/// or date-time whose date is taken as written), a model or a tag, an amount (a number) and a
/// three-letter currency; all files read together must use one currency.
public enum BillingReader {
  /// Reads billing files, in order (gzip recognised by its signature).
  ///
  /// - Parameter sources: The files, or bytes in memory.
  /// - Returns: The records in file order.
  /// - Throws: ``IngestError`` naming the file, line and column of a bad cell, a missing column,
  ///   or the first record whose currency differs from the first record's; or when a file cannot
  ///   be read.
  public static func read(_ sources: [InputSource]) throws(IngestError) -> [BillingRecord] {
    var records: [BillingRecord] = []
    for source in sources {
      let document = try DelimitedDocument(bytes: source.readAll(), file: source.name)
      let date = try document.requiredColumn("date")
      let amount = try document.requiredColumn("amount")
      let currency = try document.requiredColumn("currency")
      let model = document.column("model")
      let tag = document.column("tag")
      if model == nil && tag == nil { _ = try document.requiredColumn("model") }
      for row in document.rows {
        records.append(
          try record(
            row, in: document, columns: (date, model, tag, amount, currency), first: records.first))
      }
    }
    return records
  }

  private static func record(
    _ row: DelimitedDocument.Row, in document: DelimitedDocument,
    columns: (date: Int, model: Int?, tag: Int?, amount: Int, currency: Int), first: BillingRecord?
  ) throws(IngestError) -> BillingRecord {
    let cells = row.cells
    guard let day = Array(cells[columns.date].utf8).withUnsafeBytes(TimestampParser.day) else {
      throw document.error(
        cells[columns.date].isEmpty ? .missingValue : .badDate, row: row, column: columns.date)
    }
    let model = columns.model.map { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
    let tag = columns.tag.map { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
    if model == nil && tag == nil {
      throw document.error(.missingValue, row: row, column: columns.model ?? columns.tag ?? 0)
    }
    guard !cells[columns.amount].isEmpty else {
      throw document.error(.missingValue, row: row, column: columns.amount)
    }
    guard let amount = Array(cells[columns.amount].utf8).withUnsafeBytes(NumberParser.parse),
      amount.isFinite
    else {
      throw document.error(.notANumber, row: row, column: columns.amount)
    }
    guard abs(amount) <= BillingRecord.largestAmount else {
      throw document.error(.numberOutOfRange(limit: "10^15"), row: row, column: columns.amount)
    }
    let currency = cells[columns.currency].uppercased()
    guard currency.count == 3, currency.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })
    else {
      throw document.error(.notACurrency, row: row, column: columns.currency)
    }
    if let first, first.currency != currency {
      throw document.error(
        .mixedCurrency(first: first.currency, firstFile: first.file, firstLine: first.line),
        row: row,
        column: columns.currency)
    }
    return BillingRecord(
      day: day, model: model, tag: tag, amount: amount, currency: currency, file: document.file,
      line: row.line)
  }
}
