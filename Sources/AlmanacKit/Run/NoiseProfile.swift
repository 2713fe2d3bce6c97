internal import AlmanacIngest
internal import AlmanacMetrics

/// What chance alone does to a model's figures in a period of typical size, learned from its
/// reference: how far each quality figure moves, and how high each drift distance goes.
///
/// The reference is cut into samples the size of a typical period (capped at 2,000 rows; scores
/// and spreads are rescaled to each period's size): 30 chunks of consecutive rows, evenly spread,
/// when it holds at least 20 such chunks, as monitoring tools do, so that slow variation within
/// the reference counts as normal; otherwise 30 random samples of at most a quarter of its rows
/// (seeded, so every run learns the same noise). Each sample is measured like a period: its
/// quality (on its labelled rows) and each distance-tested column's drift against the reference.
struct NoiseProfile: Sendable {
  /// The spread per row of each measured quality figure, by metric name.
  var spreads: [String: SamplingSpread]
  /// The noise of each column whose test is a distance, by column name, with the method.
  var drift: [String: (method: DriftMethod, noise: DriftNoise)]

  /// The most rows a sample holds.
  static let largestSample = 2_000
  /// How many samples are measured.
  static let sampleCount = 30
  /// The reference sample of a numeric column that samples are compared with, at most this many
  /// evenly spaced quantiles: comparing with a million values 30 times per column would cost
  /// more than the whole report, and 20,000 quantiles differ from them by far less than the noise.
  static let largestSketch = 20_000

  /// Learns the noise of a model's reference.
  ///
  /// - Parameters:
  ///   - reference: The profiled reference.
  ///   - entry: The model's config entry.
  ///   - periodSize: The typical rows of a period.
  /// - Throws: `RunFailure` when a class label cannot be read.
  init(reference: ReferenceProfile, entry: ModelEntry, periodSize: Int) async throws(RunFailure) {
    let log = reference.log
    let measurer = QualityMeasurer(entry: entry, context: "reference ")
    var spreads: [String: SamplingSpread] = [:]
    let outcomes = ModelLog(
      timestamps: nil, versions: nil, prediction: log.prediction, score: log.score,
      actual: log.actual, features: [])
    let labelled = (0..<log.count).filter { row in log.actual?.isPresent(row) ?? false }
    if let (size, samples) = Self.samples(of: labelled, periodSize: periodSize) {
      var values: [String: [Double]] = [:]
      for rows in samples {
        for named in try measurer.measure(outcomes.gathering(rows)).metrics {
          values[named.name, default: []].append(named.estimate.value)
        }
      }
      for (name, figures) in values {
        spreads[name] = SamplingSpread(
          values: figures, sampleSize: size, populationSize: labelled.count)
      }
    }
    self.spreads = spreads

    let columns = try ReferenceProfile.driftColumns(of: log, entry: entry, reference: true)
    guard let (size, samples) = Self.samples(of: Array(0..<log.count), periodSize: periodSize)
    else {
      drift = [:]
      return
    }
    let jobs = columns.compactMap { name, column -> (String, Column, ColumnProfile, DriftMethod)? in
      guard let profile = reference.columns[name],
        let method = Self.distanceMethod(of: profile, configured: entry.drift.methods[name])
      else { return nil }
      return (name, column, profile, method)
    }
    let learned = await jobs.concurrentMap { name, column, profile, method in
      let sketch = Self.sketch(profile)
      let scores = samples.compactMap { rows -> Double? in
        guard
          let current = ColumnProfile.current(
            column.gathering(rows), name: name, reference: profile)
        else { return nil }
        let (referenceValues, currentValues) = ColumnProfile.pair(
          reference: sketch, current: current.profile)
        return featureDrift(
          reference: referenceValues, current: currentValues,
          options: DriftOptions(method: method)
        ).score
      }
      return DriftNoise(scores: scores, sampleSize: size, referenceSize: log.count).map {
        (name, method, $0)
      }
    }
    drift = Dictionary(
      learned.compactMap { $0 }.map { ($0.0, (method: $0.1, noise: $0.2)) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The distance test a column gets when it is a distance, else `nil` (p-values know their noise).
  private static func distanceMethod(of profile: ColumnProfile, configured: DriftMethod?)
    -> DriftMethod?
  {
    let method: DriftMethod
    switch profile {
    case .numeric(let sample):
      method =
        configured
        ?? .automatic(
          kind: .numeric, referenceCount: sample.count, distinctCount: sample.distinctCount)
    case .categorical(let counts, _):
      method =
        configured
        ?? .automatic(
          kind: .categorical, referenceCount: counts.values.reduce(0, +),
          distinctCount: counts.count)
    }
    return method.scoreIsPValue ? nil : method
  }

  /// A numeric reference reduced to evenly spaced quantiles when it is long.
  private static func sketch(_ profile: ColumnProfile) -> ColumnProfile {
    guard case .numeric(let sample) = profile, sample.count > largestSketch else { return profile }
    let step = Double(sample.count) / Double(largestSketch)
    let quantiles = (0..<largestSketch).map { sample.values[Int((Double($0) + 0.5) * step)] }
    return .numeric(SortedSample(quantiles))
  }

  /// Samples of rows the size of a typical period: chunks of consecutive rows when there are
  /// enough, random samples otherwise; `nil` when the rows are too few for either.
  ///
  /// - Parameters:
  ///   - rows: The rows to sample, in file order.
  ///   - periodSize: The typical rows of a period.
  /// - Returns: The rows per sample and the samples.
  static func samples(of rows: [Int], periodSize: Int) -> (size: Int, samples: [[Int]])? {
    let chunk = min(max(periodSize, 1), largestSample)
    let chunks = rows.count / chunk
    if chunks >= 20 {
      let picked = (0..<min(chunks, sampleCount)).map { $0 * chunks / min(chunks, sampleCount) }
      return (chunk, picked.map { Array(rows[($0 * chunk)..<(($0 + 1) * chunk)]) })
    }
    let size = min(chunk, rows.count / 4)
    guard size >= 30 else { return nil }
    var generator = SplitMix64(seed: 0x4E4F_4953_45)
    var pool = rows
    return (
      size,
      (0..<sampleCount).map { _ in
        // A partial Fisher-Yates shuffle: the first `size` places get a uniform random sample.
        for place in 0..<size {
          let pick = place + Int(generator.next() % UInt64(pool.count - place))
          pool.swapAt(place, pick)
        }
        return Array(pool[0..<size])
      }
    )
  }
}
