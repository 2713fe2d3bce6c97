import AlmanacMetrics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a synthetic prediction log like a serving system's export: 25 columns (a timestamp,
/// model, version, prediction, score, actual, 15 numeric features with realistic decimals and
/// some missing values, 4 categorical features), from a fixed seed so every run measures the
/// same bytes.
struct ExportGenerator {
  /// The header, in file order.
  static let header = [
    "timestamp", "model", "version", "prediction", "score", "actual",
    "income", "age", "balance", "utilization", "tenure_months", "num_accounts", "credit_score",
    "debt_ratio", "late_payments", "avg_txn_amount", "txn_count_30d", "days_since_last",
    "savings_rate", "limit", "inquiries",
    "region", "channel", "segment", "device",
  ]

  private var random: SplitMix64

  /// Creates a generator from a seed.
  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// Writes `rows` rows (plus the header) to `path`.
  mutating func write(rows: Int, to path: String) throws(GeneratorError) {
    guard let file = fopen(path, "wb") else {
      throw GeneratorError(message: "cannot create \(path)")
    }
    defer { fclose(file) }
    var text = Self.header.joined(separator: ",") + "\n"
    var instant = 1_763_251_200_000  // 2025-11-16T00:00:00Z in milliseconds
    for _ in 0..<rows {
      instant += Int(random.next() % 1_200)
      text += row(instant: instant)
      if text.utf8.count > 1 << 20 {
        try flush(&text, to: file)
      }
    }
    try flush(&text, to: file)
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

  private mutating func row(instant: Int) -> String {
    let models = ["credit-default", "store-demand", "churn-propensity", "fraud-screening"]
    let score = uniform()
    let prediction = score > 0.5 ? 1 : 0
    let actual = uniform() < 0.15 ? "" : (uniform() < score ? "1" : "0")
    var cells = [
      timestamp(instant), models[index(models.count)], String(1 + index(7)), String(prediction),
      decimal(score, 4), actual,
      maybe(decimal(20_000 + 90_000 * uniform(), 2)), String(18 + index(70)),
      decimal(-2_000 + 30_000 * uniform(), 2), decimal(uniform(), 4), String(index(240)),
      String(1 + index(12)), String(300 + index(550)), maybe(decimal(1.5 * uniform(), 3)),
      String(index(6)), decimal(5 + 400 * uniform() * uniform(), 2), String(index(90)),
      maybe(String(index(365))), decimal(-0.2 + 0.6 * uniform(), 3),
      String(500 * (1 + index(60))), String(index(8)),
    ]
    cells.append(["north", "south", "east", "west", "central", "islands"][index(6)])
    cells.append(["web", "branch", "mobile", "partner"][index(4)])
    cells.append(["mass", "affluent", "private", "business", "student"][index(5)])
    cells.append(["ios", "android", "desktop"][index(3)])
    return cells.joined(separator: ",") + "\n"
  }

  private mutating func uniform() -> Double { Double(random.next() >> 11) * 0x1p-53 }

  private mutating func index(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

  /// Missing (empty) about 2% of the time.
  private mutating func maybe(_ text: String) -> String { uniform() < 0.02 ? "" : text }

  /// `value` with exactly `digits` decimals, written without `String(format:)`.
  private func decimal(_ value: Double, _ digits: Int) -> String {
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    let fraction = String(scaled % scale)
    return (value < 0 ? "-" : "") + "\(scaled / scale)."
      + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  /// The instant as `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC, by Hinnant's `civil_from_days`.
  private func timestamp(_ milliseconds: Int) -> String {
    let days = milliseconds / 86_400_000
    let inDay = milliseconds % 86_400_000
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let millisecond = inDay % 1_000
    let fraction =
      millisecond < 10
      ? "00\(millisecond)" : millisecond < 100 ? "0\(millisecond)" : "\(millisecond)"
    return
      "\(year)-\(two(month))-\(two(day))T\(two(inDay / 3_600_000)):\(two(inDay / 60_000 % 60)):"
      + "\(two(inDay / 1_000 % 60)).\(fraction)Z"
  }
}

/// A failure to write the generated file.
struct GeneratorError: Error, CustomStringConvertible {
  /// What went wrong.
  let message: String
  var description: String { message }
}
