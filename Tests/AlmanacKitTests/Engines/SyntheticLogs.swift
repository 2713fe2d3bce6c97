import AlmanacMetrics
import Foundation

/// A binary classifier's reference and two weeks of logs (2026-W46 and W47), seeded: two numeric
/// features and a categorical one, scores, predictions, and outcomes missing for a third of the
/// last week; the first feature shifts in W47.
struct SyntheticLogs {
  var model = "credit"
  var featureName = "x1"
  var reference: [[String?]] = []
  var logs: [[String?]] = []

  /// The table's columns and their PostgreSQL types.
  static let columns = columns(featureName: "x1")

  static func columns(featureName: String) -> [(name: String, type: String)] {
    [
      ("ts", "timestamptz"), ("model", "text"), ("version", "text"), ("pred", "integer"),
      ("score", "double precision"), ("label", "integer"), (featureName, "double precision"),
      ("x2", "double precision"), ("segment", "text"),
    ]
  }

  init(seed: UInt64, model: String = "credit", featureName: String = "x1") {
    self.model = model
    self.featureName = featureName
    var random = SplitMix64(seed: seed)
    func normal() -> Double {
      let u = max(random.nextUnitInterval(), 1e-12)
      return (-2 * Foundation.log(u)).squareRoot() * cos(2 * .pi * random.nextUnitInterval())
    }
    func row(shift: Double, timestamp: String?, labelled: Bool) -> [String?] {
      let x1 = (normal() + shift) * 10 + 50
      let x2 = random.nextUnitInterval() * 3
      let segment = ["a", "b", "c"][Int(random.nextUnitInterval() * 2.999)]
      let logit = 0.08 * (x1 - 50) - 0.4 * x2 + (segment == "c" ? 0.5 : 0)
      let score = (1 / (1 + exp(-logit)) * 10_000).rounded() / 10_000
      let label = random.nextUnitInterval() < score ? "1" : "0"
      let values: [String?] = [
        model, "3", score >= 0.5 ? "1" : "0", String(score), labelled ? label : nil,
        String(format: "%.3f", x1), String(format: "%.4f", x2), segment,
      ]
      return [timestamp] + values
    }
    reference = (0..<3_000).map { _ in row(shift: 0, timestamp: nil, labelled: true) }
    for (week, start) in [(46, 1_794_182_400), (47, 1_794_787_200)] {
      for index in 0..<900 {
        let instant = Date(timeIntervalSince1970: Double(start + index * 672))
        logs.append(
          row(
            shift: week == 47 ? 0.3 : 0, timestamp: ISO8601DateFormatter().string(from: instant),
            labelled: week == 46 || index % 3 != 0))
      }
    }
  }

  /// Rows as CSV with a header; the reference has no timestamp.
  func csv(_ rows: [[String?]]) -> String {
    let names = Self.columns(featureName: featureName).map(\.name)
    let isReference = rows.first?.first.flatMap { $0 } == nil
    let header = (isReference ? Array(names.dropFirst()) : names).map(Self.quoted)
    let lines = rows.map { row in
      (isReference ? Array(row.dropFirst()) : row).map { $0.map(Self.quoted) ?? "" }
        .joined(separator: ",")
    }
    return ([header.joined(separator: ",")] + lines).joined(separator: "\n") + "\n"
  }

  private static func quoted(_ text: String) -> String {
    text.contains(where: { ",\"\n".contains($0) })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }

  /// A config reporting the model from `predictions`, with its own history and output.
  func config(predictions: String, history: String) -> String {
    """
    report: { trend: 1, output: reports-\(history) }
    history: \(history).sqlite
    engines:
      warehouse: { kind: postgres, url: "\(TestWarehouse.url ?? "")", password_env: ALMANAC_PG_PASSWORD }
    models:
      - name: "\(model.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"
        task: binary-classification
        predictions: \(predictions)
        reference: reference.csv
        columns: { timestamp: ts, prediction: pred, actual: label }
        categorical: [segment]
    """
  }
}
