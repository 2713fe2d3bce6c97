internal import AlmanacIngest

/// Billed infrastructure per model and day, from billing exports.
///
/// A billing row names a model, or a registry tag: `key=value` matches a model whose tag `key` is
/// `value` (on the model or one of its versions), and a bare value matches a model with any tag of
/// that value. Rows matching several
/// models are charged to each of them in full, as the export states the cost of each.
struct BillingLedger: Sendable {
  /// Amounts per model name and day (days since 1970).
  private var amounts: [String: [Int: Double]] = [:]
  /// Rows that match no model reported on (a typo, or a model the config does not cover): their
  /// amounts count for nobody, which the report says.
  private(set) var unmatched: [BillingRecord] = []

  /// Reads the billing exports and assigns their rows to models.
  ///
  /// - Parameters:
  ///   - paths: Billing CSV paths or globs.
  ///   - currency: The report's currency; every row must be in it.
  ///   - models: The names of the models reported on.
  ///   - registry: The registry, for tags.
  /// - Throws: `RunFailure` naming the file and line of an unreadable row or a foreign currency.
  init(paths: [String], currency: String, models: [String], registry: Registry)
    throws(RunFailure)
  {
    guard !paths.isEmpty else { return }
    let records: [BillingRecord]
    do {
      records = try BillingReader.read(paths: paths)
    } catch {
      throw RunFailure(error.description)
    }
    for record in records {
      guard record.currency.uppercased() == currency else {
        throw RunFailure(
          "\(record.file):\(record.line): error: amount in \(record.currency), but the report is in \(currency)"
            + "\n  hint: convert the billing export, or set report.currency to \(record.currency)")
      }
      let charged = models.filter { Self.matches(record, model: $0, registry: registry) }
      for model in charged {
        amounts[model, default: [:]][record.day.daysSinceEpoch, default: 0] += record.amount
      }
      if charged.isEmpty { unmatched.append(record) }
    }
  }

  /// The billed amount per day for a model (days since 1970); empty when nothing is billed.
  func billed(for model: String) -> [Int: Double] { amounts[model] ?? [:] }

  /// One sentence per billing file whose rows match no model, naming the first such row.
  ///
  /// - Parameter folder: A folder the files' paths are written relative to (the config's, for
  ///   reports, which carry no machine's absolute paths); empty to keep them as they are.
  /// - Returns: The sentences, without a final full stop.
  func unmatchedWarnings(relativeTo folder: String = "") -> [String] {
    let prefix = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
    var byFile: [String: [BillingRecord]] = [:]
    for record in unmatched { byFile[record.file, default: []].append(record) }
    return byFile.keys.sorted().compactMap { file in
      guard let rows = byFile[file], let first = rows.first else { return nil }
      let target = first.model.map { "model \"\($0)\"" } ?? "tag \"\(first.tag ?? "")\""
      let (count, amounts) =
        rows.count == 1
        ? ("1 row matches", "its amount is") : ("\(rows.count) rows match", "their amounts are")
      let shown =
        !prefix.isEmpty && file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
      return "\(shown):\(first.line): \(count) no model of the report, such as this one for "
        + "\(target); \(amounts) counted for no model"
    }
  }

  private static func matches(_ record: BillingRecord, model: String, registry: Registry) -> Bool {
    if let name = record.model { return name == model }
    guard let tag = record.tag, let registered = registry.model(named: model) else { return false }
    // A registry keeps tags on the model (MLflow) or on its versions (the CSV's tag_<key>).
    let tags = [registered.tags] + registered.versions.map(\.tags)
    if let separator = tag.firstIndex(of: "=") {
      let key = String(tag[..<separator])
      let value = String(tag[tag.index(after: separator)...])
      return tags.contains { $0[key] == value }
    }
    return tags.contains { $0.values.contains(tag) }
  }
}
