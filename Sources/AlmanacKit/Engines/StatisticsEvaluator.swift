internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

/// Measures one model's period from an engine's statistics instead of rows: the same figures as
/// ``PeriodEvaluator``, exact where counts and sums determine them, within a stated bound where
/// they come from bins (KS, Wasserstein, ROC AUC).
///
/// A regression model's estimated errors come from its error model's trees, which the query
/// evaluates on every row (from files, a period of more than 100,000 rows is estimated on an even
/// sample of them).
struct StatisticsEvaluator: Sendable {
  let entry: ModelEntry
  let reference: ReferenceProfile?
  /// The query whose statistics these are: its features, bin edges and roles.
  let query: AggregationQuery

  /// The figures of a period.
  ///
  /// - Parameters:
  ///   - period: The period.
  ///   - statistics: The model's statistics in that period.
  /// - Returns: The figures.
  /// - Throws: `RunFailure` when a binary class label cannot be read.
  func evaluate(period: ReportPeriod, statistics: PeriodStatistics) throws(RunFailure)
    -> PeriodFigures
  {
    let labels = try classified(statistics)
    var figures = PeriodFigures(
      period: period, predictions: statistics.rowCount, labelled: 0,
      versions: statistics.rowsByVersion.sorted {
        $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
      }.map(\.key), metrics: [], estimated: [], features: [], outputs: [])
    switch entry.task {
    case .binaryClassification: measureBinary(labels, statistics, into: &figures)
    case .multiclassClassification: measureMulticlass(statistics, into: &figures)
    case .regression: measureRegression(statistics, into: &figures)
    }
    if statistics.unusableScores > 0 {
      var reading = ColumnReading(
        column: entry.columns.score, isReference: false,
        cells: statistics.unusableScores, usableRange: "between 0 and 1")
      reading.unusable = statistics.unusableScores
      figures.readings.append(reading)
    }
    if let reference { measureDrift(statistics, labels, reference, into: &figures) }
    return figures
  }

  /// A binary model's label cells and score cells with their classes read.
  struct Classified {
    var labels: [(actual: Bool?, predicted: Bool?, rows: Int)] = []
    var scores: [(actual: Bool?, predicted: Bool?, cell: PeriodStatistics.ScoreCell)] = []
  }

  private func classified(_ statistics: PeriodStatistics) throws(RunFailure) -> Classified {
    guard entry.task == .binaryClassification else { return Classified() }
    let reader = BinaryClassReader(positiveClass: entry.positiveClass)
    let missing = Set(entry.reading.missing)
    func read(_ text: String?, _ column: String) throws(RunFailure) -> Bool? {
      guard let text, !missing.contains(text) else { return nil }
      return try reader.isPositive(text, role: "\(query.sourceName): error: column \"\(column)\"")
    }
    let thresholdBin = query.scoreEdges.firstIndex(of: entry.scoreThreshold.nextDown)
    var classified = Classified()
    for cell in statistics.labels {
      classified.labels.append(
        (
          try read(cell.actual, entry.columns.actual),
          try read(cell.prediction, entry.columns.prediction), cell.rows
        ))
    }
    for cell in statistics.scores {
      let predicted =
        query.roles.contains(.prediction)
        ? try read(cell.prediction, entry.columns.prediction)
        : thresholdBin.map { cell.bin > $0 }
      classified.scores.append((try read(cell.actual, entry.columns.actual), predicted, cell))
    }
    return classified
  }

  private func measureBinary(
    _ classified: Classified, _ statistics: PeriodStatistics, into figures: inout PeriodFigures
  ) {
    var outcomes: [(actual: Bool, predicted: Bool, rows: Int)] = []
    // With scores, a row counts only with a usable score, as from files.
    if query.roles.contains(.score) {
      for (actual, predicted, cell) in classified.scores {
        if let actual, let predicted { outcomes.append((actual, predicted, cell.rows)) }
      }
    } else {
      for (actual, predicted, rows) in classified.labels {
        if let actual, let predicted { outcomes.append((actual, predicted, rows)) }
      }
    }
    var matrix = ConfusionMatrix(
      truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0)
    for (actual, predicted, rows) in outcomes {
      let count = Double(rows)
      switch (actual, predicted) {
      case (true, true): matrix.truePositives += count
      case (false, true): matrix.falsePositives += count
      case (true, false): matrix.falseNegatives += count
      case (false, false): matrix.trueNegatives += count
      }
    }
    figures.labelled = Int(matrix.count)
    if matrix.count > 0 {
      let metrics = BinaryClassificationMetrics(confusion: matrix)
      figures.confusion = matrix
      var named: [NamedEstimate] = [
        ("accuracy", metrics.accuracy), ("precision", metrics.precision),
        ("recall", metrics.recall), ("f1", metrics.f1),
      ].compactMap { name, value in value.map { NamedEstimate(name: name, estimate: $0) } }
      if let scored = scoreFigures(classified) {
        named += [
          scored.rocAUC, NamedEstimate(name: "log_loss", estimate: Estimate(scored.logLoss)),
          NamedEstimate(name: "brier", estimate: Estimate(scored.brier)),
        ]
      }
      figures.metrics = named
    }
    estimate(classified, into: &figures)
  }

  /// The ROC AUC from the labelled score bins, with its binning bound, and the Brier score from
  /// the bins' sums (exact).
  private func scoreFigures(_ classified: Classified)
    -> (rocAUC: NamedEstimate, logLoss: Double, brier: Double)?
  {
    let bins = query.scoreEdges.count + 1
    var positives = (
      counts: [Int](repeating: 0, count: bins), sums: [Double](repeating: 0, count: bins)
    )
    var negatives = positives
    var squares = 0.0
    var logLikelihood = 0.0
    for (actual, predicted, cell) in classified.scores where predicted != nil {
      guard let actual else { continue }
      squares += cell.squares
      logLikelihood += actual ? cell.logScore : cell.logComplement
      if actual {
        positives.counts[cell.bin] += cell.rows
        positives.sums[cell.bin] += cell.sum
      } else {
        negatives.counts[cell.bin] += cell.rows
        negatives.sums[cell.bin] += cell.sum
      }
    }
    let rows = positives.counts.reduce(0, +) + negatives.counts.reduce(0, +)
    guard rows > 0,
      let auc = BinaryClassificationMetrics.rocAUCEstimate(
        positives: BinnedSample(
          edges: query.scoreEdges, counts: positives.counts, sums: positives.sums),
        negatives: BinnedSample(
          edges: query.scoreEdges, counts: negatives.counts, sums: negatives.sums))
    else { return nil }
    // Brier = Σ(s − y)²/n = (Σs² − 2Σ_{y=1} s + #positives)/n.
    let brier =
      (squares - 2 * positives.sums.reduce(0, +) + Double(positives.counts.reduce(0, +)))
      / Double(rows)
    return (
      NamedEstimate(name: "roc_auc", estimate: auc.estimate, binningError: auc.binningError),
      -logLikelihood / Double(rows), brier
    )
  }

  /// The estimates from the calibrated sums of every row with a usable score and prediction.
  private func estimate(_ classified: Classified, into figures: inout PeriodFigures) {
    guard let calibration = reference?.calibration else { return }
    var all: (positive: [Int: ScoreBinSums], negative: [Int: ScoreBinSums]) = ([:], [:])
    var unlabelled: (positive: [Int: ScoreBinSums], negative: [Int: ScoreBinSums]) = ([:], [:])
    func add(_ cell: PeriodStatistics.ScoreCell, to sums: inout [Int: ScoreBinSums]) {
      var bin = sums[cell.bin] ?? ScoreBinSums(rows: 0, sum: 0, squares: 0)
      bin.rows += cell.rows
      bin.sum += cell.sum
      bin.squares += cell.squares
      sums[cell.bin] = bin
    }
    var estimated = 0
    var outside = 0
    for (actual, predicted, cell) in classified.scores {
      guard let predicted else { continue }
      estimated += cell.rows
      // The first and last bins hold the scores below and above the calibrated range.
      if cell.bin == 0 || cell.bin == query.scoreEdges.count { outside += cell.rows }
      if predicted { add(cell, to: &all.positive) } else { add(cell, to: &all.negative) }
      if actual == nil {
        if predicted {
          add(cell, to: &unlabelled.positive)
        } else {
          add(cell, to: &unlabelled.negative)
        }
      }
    }
    guard estimated > 0,
      let estimate = PerformanceEstimate(
        calibration: calibration, edges: query.scoreEdges, positive: all.positive,
        negative: all.negative)
    else { return }
    if let lowest = calibration.scores.first, let highest = calibration.scores.last {
      figures.estimateReach = EstimateReach(
        estimated: estimated, outsideRange: outside, range: lowest...highest)
    }
    figures.estimated = [
      ("accuracy", estimate.accuracy), ("precision", estimate.precision),
      ("recall", estimate.recall), ("f1", estimate.f1),
    ].compactMap { name, value in value.map { NamedEstimate(name: name, estimate: $0) } }
    if let auc = estimate.rocAUC {
      figures.estimated.append(
        NamedEstimate(name: "roc_auc", estimate: auc, binningError: estimate.rocAUCBinningError))
    }
    if !unlabelled.positive.isEmpty || !unlabelled.negative.isEmpty {
      figures.unlabelledExpectedConfusion =
        PerformanceEstimate(
          calibration: calibration, edges: query.scoreEdges, positive: unlabelled.positive,
          negative: unlabelled.negative)?.expectedConfusion
    }
  }

  private func measureMulticlass(_ statistics: PeriodStatistics, into figures: inout PeriodFigures)
  {
    let missing = Set(entry.reading.missing)
    var codes: [String: Int32] = [:]
    func code(_ text: String) -> Int32 {
      let name = ClassLabels.canonical(text)
      if let known = codes[name] { return known }
      codes[name] = Int32(codes.count)
      return Int32(codes.count - 1)
    }
    var counts: [(actual: Int32, predicted: Int32, rows: Int)] = []
    for cell in statistics.labels {
      guard let actual = cell.actual, let prediction = cell.prediction, !missing.contains(actual),
        !missing.contains(prediction)
      else { continue }
      counts.append((code(actual), code(prediction), cell.rows))
    }
    estimateMulticlass(statistics, into: &figures)
    let metrics = MulticlassMetrics(counts: counts)
    figures.labelled = metrics.count
    guard metrics.count > 0 else { return }
    figures.metrics = [
      ("accuracy", metrics.accuracy), ("f1", metrics.macroF1.map { Estimate($0) }),
    ].compactMap { name, value in value.map { NamedEstimate(name: name, estimate: $0) } }
  }

  /// A multi-class model's estimates from the calibrated confidence of every row whose predicted
  /// class the reference knows.
  private func estimateMulticlass(
    _ statistics: PeriodStatistics, into figures: inout PeriodFigures
  ) {
    guard let model = reference?.multiclass else { return }
    let missing = Set(entry.reading.missing)
    var byClass = [[Int: ScoreBinSums]](repeating: [:], count: model.errorShares.count)
    var estimated = 0
    var outside = 0
    for cell in statistics.scores {
      guard let text = cell.prediction, !missing.contains(text),
        let code = model.classes[ClassLabels.canonical(text)]
      else { continue }
      var sums = byClass[code][cell.bin] ?? ScoreBinSums(rows: 0, sum: 0, squares: 0)
      sums.rows += cell.rows
      sums.sum += cell.sum
      sums.squares += cell.squares
      byClass[code][cell.bin] = sums
      estimated += cell.rows
      if cell.bin == 0 || cell.bin == query.scoreEdges.count { outside += cell.rows }
    }
    guard estimated > 0,
      let estimate = MulticlassEstimate(
        correctness: model.correctness, errorShares: model.errorShares, edges: query.scoreEdges,
        byClass: byClass)
    else { return }
    let scores = model.correctness.scores
    if let lowest = scores.first, let highest = scores.last {
      figures.estimateReach = EstimateReach(
        estimated: estimated, outsideRange: outside, range: lowest...highest)
    }
    figures.estimated = [("accuracy", estimate.accuracy), ("f1", estimate.macroF1)].compactMap {
      name, value in value.map { NamedEstimate(name: name, estimate: $0) }
    }
  }

  private func measureRegression(_ statistics: PeriodStatistics, into figures: inout PeriodFigures)
  {
    var sums = ErrorSums()
    sums.actualShift = query.actualShift
    for cell in statistics.labels where cell.actual != nil && cell.prediction != nil {
      if let cellSums = cell.sums { sums.merge(cellSums) }
    }
    if let errors = statistics.predictedErrors, let model = query.errorModel,
      let estimate = model.estimator.estimate(
        absoluteSum: errors.absolute, squaredSum: errors.squared, rows: statistics.rowCount,
        periodRows: statistics.rowCount)
    {
      figures.estimated = [
        NamedEstimate(name: "mae", estimate: estimate.mae),
        NamedEstimate(name: "rmse", estimate: estimate.rmse),
      ]
    }
    figures.labelled = sums.count
    guard sums.count > 0 else { return }
    let metrics = RegressionMetrics(sums: sums)
    figures.metrics = [
      ("mae", metrics.mae), ("rmse", metrics.rmse), ("mape", metrics.mape.map { Estimate($0) }),
      ("r2", metrics.r2.map { Estimate($0) }),
      ("mean_error", metrics.meanError.map { Estimate($0) }),
    ].compactMap { name, value in value.map { NamedEstimate(name: name, estimate: $0) } }
  }
}
