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
      for model in models where Self.matches(record, model: model, registry: registry) {
        amounts[model, default: [:]][record.day.daysSinceEpoch, default: 0] += record.amount
      }
    }
  }

  /// The billed amount per day for a model (days since 1970); empty when nothing is billed.
  func billed(for model: String) -> [Int: Double] { amounts[model] ?? [:] }

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
