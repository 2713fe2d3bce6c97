import AlmanacIngest
import AlmanacMetrics
import AlmanacNarrative
import Foundation
import Testing

@testable import AlmanacKit

/// A loan classifier whose rows come from `LoanProcess`, with `extra` more normal inputs the
/// model ignores (to make many features to test), for simulations of many periods.
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

  /// Rows of the process, stable or shifted, as typed columns.
  func rows(_ count: Int, shifted: Bool, generator: inout SplitMix64) -> ModelLog {
    let week = shifted ? LoanProcess.Week.shifted : LoanProcess.Week()
    var drawn: [LoanProcess.Row] = []
    var extras = [[Double]](repeating: [], count: extra)
    for _ in 0..<count {
      drawn.append(LoanProcess.draw(week, &generator))
      for index in 0..<extra { extras[index].append(LoanProcess.normal(&generator)) }
    }
    let classes = ["0", "1"]
    func flags(_ flag: (LoanProcess.Row) -> Bool) -> Column {
      .categorical(codes: drawn.map { flag($0) ? 1 : 0 }, levels: classes)
    }
    let features: [(name: String, column: Column)] =
      [
        ("x1", .numeric(drawn.map(\.x1))), ("x2", .numeric(drawn.map(\.x2))),
        ("amount", .numeric(drawn.map(\.amount))),
        (
          "segment",
          .categorical(codes: drawn.map { Int32($0.segment) }, levels: LoanProcess.segments)
        ),
        (
          "region", .categorical(codes: drawn.map { Int32($0.region) }, levels: LoanProcess.regions)
        ),
        ("flag", flags(\.flag)),
      ] + extras.enumerated().map { ("extra\($0.offset)", .numeric($0.element)) }
    return ModelLog(
      timestamps: nil, versions: nil, prediction: flags(\.predicted), score: drawn.map(\.score),
      actual: flags(\.actual), features: features)
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
