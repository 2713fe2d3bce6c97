import AlmanacMetrics
import Benchmark

/// Rows in every input; each measured iteration processes all of them once.
private let rowCount = 1_000_000

/// One call of each family per iteration on 1M rows.
///
/// The scaling factor is the row count, so with
/// `--scale` (as `make bench` runs it) the "Throughput (# / s)" line reads in rows per second.
private var configuration: Benchmark.Configuration {
  Benchmark.Configuration(
    metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 1,
    scalingFactor: .mega,
    maxDuration: .seconds(3),
    maxIterations: 30
  )
}

/// Seeded inputs shared by every benchmark (built in each benchmark's setup, outside the timing).
private struct Inputs {
  var actual: [Bool] = []
  var scores: [Double] = []
  var predicted: [Bool] = []
  var regressionActual: [Double] = []
  var regressionPredicted: [Double] = []
  var reference: [Double] = []
  var current: [Double] = []
  var levelsReference: [Double] = []
  var levelsCurrent: [Double] = []

  init(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    func normal() -> Double {
      generator.nextUnitInterval() + generator.nextUnitInterval() + generator.nextUnitInterval()
        + generator.nextUnitInterval() - 2
    }
    for _ in 0..<rowCount {
      let positive = generator.nextUnitInterval() < 0.3
      let u = generator.nextUnitInterval()
      let score = positive ? u * 0.7 + 0.3 : u * 0.7
      actual.append(positive)
      scores.append(score)
      predicted.append(score >= 0.5)
      let truth = normal() * 40 + 100
      regressionActual.append(truth)
      regressionPredicted.append(truth + normal() * 5)
      reference.append(normal())
      current.append(normal() * 1.1 + 0.05)
      levelsReference.append((generator.nextUnitInterval() * 5).rounded(.down))
      levelsCurrent.append((generator.nextUnitInterval() * 5).rounded(.down))
    }
  }
}

/// Sorted columns for the drift families (sorting is measured on its own).
private struct SortedInputs {
  var reference: SortedSample
  var current: SortedSample
  var levelsReference: SortedSample
  var levelsCurrent: SortedSample

  init(_ inputs: Inputs) {
    reference = SortedSample(inputs.reference)
    current = SortedSample(inputs.current)
    levelsReference = SortedSample(inputs.levelsReference)
    levelsCurrent = SortedSample(inputs.levelsCurrent)
  }
}

/// Thrown by a setup whose seeded input came out empty (it cannot, with `rowCount` rows).
private struct EmptyInputError: Error {}

let benchmarks: @Sendable () -> Void = {
  Benchmark(
    "classification (binary, with scores)", configuration: configuration,
    closure: { _, inputs in
      blackHole(
        BinaryClassificationMetrics(
          actual: inputs.actual, predicted: inputs.predicted, scores: inputs.scores))
    }, setup: { Inputs(seed: 1) })

  Benchmark(
    "regression", configuration: configuration,
    closure: { _, inputs in
      blackHole(
        RegressionMetrics(actual: inputs.regressionActual, predicted: inputs.regressionPredicted))
    }, setup: { Inputs(seed: 2) })

  Benchmark(
    "sort (SortedSample, radix)", configuration: configuration,
    closure: { _, inputs in blackHole(SortedSample(inputs.reference)) },
    setup: { Inputs(seed: 3) })

  Benchmark(
    "sort (standard library, baseline)", configuration: configuration,
    closure: { _, inputs in blackHole(inputs.reference.sorted()) },
    setup: { Inputs(seed: 3) })

  Benchmark(
    "ks (1M vs 1M, asymptotic)", configuration: configuration,
    closure: { _, sorted in
      blackHole(KolmogorovSmirnovTest(reference: sorted.reference, current: sorted.current))
    }, setup: { SortedInputs(Inputs(seed: 4)) })

  Benchmark(
    "wasserstein (1M vs 1M)", configuration: configuration,
    closure: { _, sorted in
      blackHole(WassersteinDistance(reference: sorted.reference, current: sorted.current))
    }, setup: { SortedInputs(Inputs(seed: 5)) })

  Benchmark(
    "jensen-shannon + chi-square (1M vs 1M, 5 values)", configuration: configuration,
    closure: { _, sorted in
      let table = FrequencyTable(
        reference: .numeric(sorted.levelsReference), current: .numeric(sorted.levelsCurrent))
      blackHole(JensenShannonDistance.of(table))
      blackHole(ChiSquareTest(table))
    }, setup: { SortedInputs(Inputs(seed: 6)) })

  Benchmark(
    "psi (1M vs 1M, Sturges bins)", configuration: configuration,
    closure: { _, sorted in
      let table = FrequencyTable(
        reference: .numeric(sorted.reference), current: .numeric(sorted.current))
      blackHole(PopulationStabilityIndex.of(table))
    }, setup: { SortedInputs(Inputs(seed: 7)) })

  Benchmark(
    "feature drift (automatic, 1M vs 1M)", configuration: configuration,
    closure: { _, sorted in
      blackHole(
        featureDrift(reference: .numeric(sorted.reference), current: .numeric(sorted.current)))
    }, setup: { SortedInputs(Inputs(seed: 8)) })

  Benchmark(
    "isotonic calibration (fit on 1M)", configuration: configuration,
    closure: { _, inputs in
      blackHole(IsotonicCalibration(scores: inputs.scores, actual: inputs.actual))
    }, setup: { Inputs(seed: 9) })

  Benchmark(
    "performance estimate (1M, calibrated on 1M)", configuration: configuration,
    closure: { _, state in
      blackHole(
        PerformanceEstimate(
          calibration: state.calibration, scores: state.inputs.scores,
          predicted: state.inputs.predicted))
    },
    setup: {
      let inputs = Inputs(seed: 10)
      guard let calibration = IsotonicCalibration(scores: inputs.scores, actual: inputs.actual)
      else { throw EmptyInputError() }
      return (inputs: inputs, calibration: calibration)
    })
}
