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
/// The noise is learned while the reference is profiled (`ReferenceProfile`), column by column.
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

  /// How far each quality figure moves by chance, learned from the reference's labelled rows.
  ///
  /// - Parameters:
  ///   - outputs: The reference's prediction, score and outcome (features are not needed).
  ///   - measurer: The model's quality measurer.
  ///   - periodSize: The typical rows of a period.
  /// - Returns: The spread per row of each figure, by metric name; empty when the labelled rows
  ///   are too few to sample.
  /// - Throws: `RunFailure` when a class label cannot be read.
  static func spreads(of outputs: ModelLog, measurer: QualityMeasurer, periodSize: Int)
    throws(RunFailure) -> [String: SamplingSpread]
  {
    let labelled = (0..<outputs.count).filter { row in outputs.actual?.isPresent(row) ?? false }
    guard let (size, samples) = samples(of: labelled, periodSize: periodSize) else { return [:] }
    var values: [String: [Double]] = [:]
    for rows in samples {
      for named in try measurer.measure(outputs.gathering(rows)).metrics {
        values[named.name, default: []].append(named.estimate.value)
      }
    }
    return values.compactMapValues { figures in
      SamplingSpread(values: figures, sampleSize: size, populationSize: labelled.count)
    }
  }

  /// How high one reference column's drift distance goes by chance: each sample of its rows
  /// measured against the whole column; `nil` when its test is a p-value (which knows its noise)
  /// or no sample can be measured.
  ///
  /// - Parameters:
  ///   - column: The reference column, rows in file order.
  ///   - name: Its name.
  ///   - profile: Its profile.
  ///   - configured: The drift method the config gives it, if any.
  ///   - samples: The rows of each sample (`samples(of:periodSize:)`) and their size.
  ///   - referenceSize: The reference's rows.
  /// - Returns: The method and its noise.
  static func driftNoise(
    of column: Column, name: String, profile: ColumnProfile, configured: DriftMethod?,
    samples: (size: Int, samples: [[Int]]), referenceSize: Int
  ) -> (method: DriftMethod, noise: DriftNoise)? {
    guard let method = distanceMethod(of: profile, configured: configured) else { return nil }
    let sketch = sketch(profile)
    // A Wasserstein score is the distance alone, against a spread that is the sketch's for every
    // sample; other distances go through the whole drift test.
    var spread: Double?
    if method == .wasserstein, case .numeric(let sample) = sketch {
      spread = sample.populationStandardDeviation
    }
    let scores = samples.samples.compactMap { rows -> Double? in
      guard
        let current = ColumnProfile.current(column.gathering(rows), name: name, reference: profile)
      else { return nil }
      if let spread, case .numeric(let reference) = sketch,
        case .numeric(let values) = current.profile
      {
        return WassersteinDistance(reference: reference, current: values, referenceSpread: spread)?
          .normed
      }
      let (referenceValues, currentValues) = ColumnProfile.pair(
        reference: sketch, current: current.profile)
      return featureDrift(
        reference: referenceValues, current: currentValues, options: DriftOptions(method: method)
      ).score
    }
    return DriftNoise(scores: scores, sampleSize: samples.size, referenceSize: referenceSize).map {
      (method, $0)
    }
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
