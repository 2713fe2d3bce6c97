import AlmanacIngest
import AlmanacMetrics
import AlmanacNarrative
import Foundation
import Testing

@testable import AlmanacKit

/// A binary classifier and the process its rows come from, for simulations of many periods.
///
/// Inputs: three numbers (normal, normal, log-normal), two categories (5 and 12 levels, skewed)
/// and a yes/no flag, plus `extra` more normal numbers the model ignores. The true outcome is
/// drawn from a logistic law of the inputs; the model's score is that law's probability rounded
/// to 0.01 (a calibrated model), its prediction the score against 0.5: accuracy about 94%, like
/// the public car-loan benchmark.
///
/// A *shifted* period moves the first number by 0.6 of its spread, turns a fifth of the first
/// category's rows to its last level, and makes the outcome less likely for the same inputs (a
/// changed relation): accuracy falls by about 3 points (94.2% to 91.0%), as in the car-loan
/// benchmark's one-step shift.
struct SimulatedModel {
  /// The model's name.
  let name: String
  /// Rows in each period.
  let periodSize: Int
  /// Rows in the reference.
  let referenceSize: Int
  /// Inputs the model ignores, added to make many features to test.
  let extra: Int
  /// The seed of every draw.
  let seed: UInt64

  /// The names of the inputs, in column order.
  var featureNames: [String] {
    ["x1", "x2", "amount", "segment", "region", "flag"] + (0..<extra).map { "extra\($0)" }
  }

  /// Rows of the process, stable or shifted.
  func rows(_ count: Int, shifted: Bool, generator: inout SplitMix64) -> ModelLog {
    var numbers = [[Double]](repeating: [], count: 3 + extra)
    var segment: [Int32] = []
    var region: [Int32] = []
    var flag: [Int32] = []
    var score: [Double] = []
    var predicted: [Int32] = []
    var actual: [Int32] = []
    for _ in 0..<count {
      let x1 = normal(&generator) + (shifted ? 0.6 : 0)
      let x2 = normal(&generator)
      let amount = exp(0.5 * normal(&generator) + 3)
      var level = Int32(pick([0.35, 0.25, 0.2, 0.12, 0.08], &generator))
      if shifted && generator.nextUnitInterval() < 0.2 { level = 4 }
      let place = Int32(pick((1...12).map { 1 / Double($0) }, &generator))
      let yes: Int32 = generator.nextUnitInterval() < 0.3 ? 1 : 0
      let logit = 8 * x1 - 5 * x2 + (level == 0 ? 0.8 : 0) + 0.4 * Double(yes) - 0.6
      let probability = 1 / (1 + exp(-logit))
      let truth = 1 / (1 + exp(-(logit - (shifted ? 2 : 0))))
      numbers[0].append(x1)
      numbers[1].append(x2)
      numbers[2].append(amount)
      for index in 0..<extra { numbers[3 + index].append(normal(&generator)) }
      segment.append(level)
      region.append(place)
      flag.append(yes)
      score.append((probability * 100).rounded() / 100)
      predicted.append(probability >= 0.5 ? 1 : 0)
      actual.append(generator.nextUnitInterval() < truth ? 1 : 0)
    }
    let names = featureNames
    var features: [(name: String, column: Column)] = [
      (names[0], .numeric(numbers[0])), (names[1], .numeric(numbers[1])),
      (names[2], .numeric(numbers[2])),
      (names[3], .categorical(codes: segment, levels: ["a", "b", "c", "d", "e"])),
      (names[4], .categorical(codes: region, levels: (1...12).map { "r\($0)" })),
      (names[5], .categorical(codes: flag, levels: ["0", "1"])),
    ]
    for index in 0..<extra { features.append((names[6 + index], .numeric(numbers[3 + index]))) }
    return ModelLog(
      timestamps: nil, versions: nil,
      prediction: .categorical(codes: predicted, levels: ["0", "1"]), score: score,
      actual: .categorical(codes: actual, levels: ["0", "1"]), features: features)
  }

  /// Every period's assessment over `weeks` ISO weeks ending with 2026-W52, the weeks from
  /// `shiftFrom` (0-based) on shifted.
  func assessments(weeks: Int, shiftFrom: Int? = nil) async throws -> [ModelAssessment] {
    var generator = SplitMix64(seed: seed)
    let reference = rows(referenceSize, shifted: false, generator: &generator)
    let last = try #require(ReportPeriod.isoWeek(year: 2026, week: 52))
    let window = last.window(earlier: weeks - 1)
    let midnight = { (period: ReportPeriod) in Int64(period.start.daysSinceEpoch) * 86_400_000 }
    var logs: [ModelLog] = []
    var stamps: [Int64] = []
    for (index, period) in window.enumerated() {
      let week = rows(
        periodSize, shifted: shiftFrom.map { index >= $0 } ?? false, generator: &generator)
      // Rows spread evenly over the week.
      stamps += (0..<periodSize).map {
        midnight(period) + Int64($0) * 604_800_000 / Int64(periodSize)
      }
      logs.append(week)
    }
    var log = Self.concatenated(logs)
    log.timestamps = stamps
    let entry = Self.entry(name: name)
    let model = LoadedModel(name: name, entry: entry, log: log, reference: reference, notes: [])
    let utc = try #require(TimeZone(identifier: "UTC"))
    let evaluation = try await ModelEvaluation(
      model: model, buckets: PeriodBuckets(periods: window, timeZone: utc))
    let timeline = ModelTimeline(
      window: window, trendLength: 9, evaluation: evaluation, economics: [:], stored: [:],
      servingVersion: nil,
      baselines: ModelTimeline.baselines(
        configured: [:], registry: [:], reference: evaluation.reference?.quality))
    let narrator = Narrator(
      pack: try AnalogyLibrary.load(templates: nil).pack(named: "farming"), currency: "USD")
    var assessments: [ModelAssessment] = []
    for period in window {
      let facts = try #require(timeline.modelFacts(at: period))
      assessments.append(narrator.assess(facts))
    }
    return assessments
  }

  /// A binary classifier's config entry with every default.
  static func entry(name: String) -> ModelEntry {
    ModelEntry(
      name: name, task: .binaryClassification, predictions: [], reference: [],
      columns: ColumnMapping(), features: [], categorical: [], numeric: [], positiveClass: nil,
      version: nil, drift: DriftSettings(), economics: nil, thresholds: Thresholds(),
      reading: ReadingSettings())
  }

  /// Logs one after the other.
  static func concatenated(_ logs: [ModelLog]) -> ModelLog {
    func joined(_ columns: [Column]) -> Column {
      var numbers: [Double] = []
      var codes: [Int32] = []
      var levels: [String] = []
      for column in columns {
        switch column {
        case .numeric(let values): numbers += values
        case .categorical(let more, let names):
          codes += more
          levels = names
        case .timestamp: break
        }
      }
      return levels.isEmpty ? .numeric(numbers) : .categorical(codes: codes, levels: levels)
    }
    guard let first = logs.first else {
      return ModelLog(
        timestamps: nil, versions: nil, prediction: nil, score: nil, actual: nil, features: [])
    }
    return ModelLog(
      timestamps: nil, versions: nil, prediction: joined(logs.compactMap(\.prediction)),
      score: logs.compactMap(\.score).flatMap { $0 }, actual: joined(logs.compactMap(\.actual)),
      features: first.features.indices.map { index in
        (first.features[index].name, joined(logs.map { $0.features[index].column }))
      })
  }
}
