import AlmanacMetrics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes the end-to-end benchmark's inputs into a folder.
///
/// A 1M-row reference sample and a 1M-row current week (2026-W47) of a binary classifier with 20
/// numeric and 5 categorical features, and the config that reports on them in every format. Two features drift in the current week.
struct ReportWorkload {
  static let numeric = (1...20).map { "n\($0 < 10 ? "0" : "")\($0)" }
  static let categorical = (1...5).map { "c\($0)" }
  static let levels: [[String]] = [
    ["north", "south", "east", "west", "central", "islands"],
    ["web", "branch", "mobile", "partner"],
    ["mass", "affluent", "private", "business", "student"], ["ios", "android", "desktop"],
    (1...12).map { "grade-\($0)" },
  ]

  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// Writes `reference.csv`, `current.csv` and `almanac.yml` into `folder` (which must exist).
  mutating func write(rows: Int, to folder: String) throws(GeneratorError) {
    let labels = ["prediction", "score", "actual"] + Self.numeric + Self.categorical
    try writeFile("\(folder)/reference.csv", header: labels, rows: rows) { generator, _ in
      generator.row(drifted: false)
    }
    let weekStart = 1_794_787_200_000  // 2026-11-16T00:00:00Z
    let step = 7 * 86_400_000 / rows
    try writeFile(
      "\(folder)/current.csv", header: ["timestamp", "model", "version"] + labels, rows: rows
    ) { generator, index in
      "\(weekStart / 1000 + index * step / 1000),bench-model,1," + generator.row(drifted: true)
    }
    try writeText(Self.config, to: "\(folder)/almanac.yml")
  }

  static let config = """
    report:
      title: End-to-end benchmark
      period: 2026-W47
      formats: [html, markdown, xlsx, json]
      output: reports
    history: history.sqlite
    models:
      - name: bench-model
        task: binary-classification
        predictions: current.csv
        reference: reference.csv
        timestamp_format: epoch_seconds
        categorical: [\(categorical.joined(separator: ", "))]
        economics:
          monthly_infrastructure: 9000
          per_thousand_predictions: 0.2
          per_label: 0.05
          outcomes: { true_positive: 40, false_positive: -10, false_negative: 0, true_negative: 0 }

    """

  /// One row after the timestamp, model and version: prediction, score, actual, features.
  private mutating func row(drifted: Bool) -> String {
    var cells: [String] = []
    var logit = -1.0
    for index in Self.numeric.indices {
      let value: Double
      switch index % 4 {
      case 0: value = normal() * (1 + Double(index) / 10) + Double(index)
      case 1: value = exp(normal() * 0.5 + 3)
      case 2: value = uniform() * 100
      default: value = Double(Int(uniform() * 40))
      }
      // The first feature moves by 0.6 (its spread is 1) in the current week; the score follows
      // the first three features.
      let shifted = drifted && index == 0 ? value + 0.6 : value
      if index < 3 { logit += [0.8, 0.02, -0.01][index] * shifted }
      cells.append(decimal(shifted, index % 4 == 3 ? 0 : 3))
    }
    for (index, levels) in Self.levels.enumerated() {
      let skew = drifted && index == 0 ? uniform() * uniform() : uniform()
      cells.append(levels[min(levels.count - 1, Int(skew * Double(levels.count)))])
    }
    let score = 1 / (1 + exp(-logit))
    let actual = uniform() < 0.3 ? "" : (uniform() < score ? "1" : "0")
    return "\(score >= 0.5 ? 1 : 0),\(decimal(score, 4)),\(actual)," + cells.joined(separator: ",")
  }

  private mutating func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }

  private mutating func normal() -> Double {
    (-2 * log(1 - uniform())).squareRoot() * cos(2 * Double.pi * uniform())
  }

  private func decimal(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    guard digits > 0 else { return (value < 0 && scaled > 0 ? "-" : "") + String(whole) }
    let fraction = String(scaled % Int(scale))
    return (value < 0 ? "-" : "") + "\(whole)."
      + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  private mutating func writeFile(
    _ path: String, header: [String], rows: Int, row: (inout ReportWorkload, Int) -> String
  ) throws(GeneratorError) {
    guard let file = fopen(path, "wb") else {
      throw GeneratorError(message: "cannot create \(path)")
    }
    defer { fclose(file) }
    var text = header.joined(separator: ",") + "\n"
    for index in 0..<rows {
      text += row(&self, index) + "\n"
      if text.utf8.count > 1 << 20 { try flush(&text, to: file) }
    }
    try flush(&text, to: file)
  }

  private func writeText(_ text: String, to path: String) throws(GeneratorError) {
    guard let file = fopen(path, "wb") else {
      throw GeneratorError(message: "cannot create \(path)")
    }
    defer { fclose(file) }
    var copy = text
    try flush(&copy, to: file)
  }

  private func flush(_ text: inout String, to file: UnsafeMutablePointer<FILE>)
    throws(GeneratorError)
  {
    let written = text.utf8.withContiguousStorageIfAvailable {
      fwrite($0.baseAddress, 1, $0.count, file)
    }
    guard written == text.utf8.count else { throw GeneratorError(message: "short write") }
    text.removeAll(keepingCapacity: true)
  }
}
