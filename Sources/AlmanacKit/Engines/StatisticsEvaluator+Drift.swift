internal import AlmanacIngest
internal import AlmanacMetrics
internal import AlmanacNarrative

extension StatisticsEvaluator {
  /// Tests every feature and the score, prediction and actual against the reference, as
  /// ``PeriodEvaluator`` does from rows: categories from their exact counts, numbers from their
  /// bins (with the bound of the binned figure).
  func measureDrift(
    _ statistics: PeriodStatistics, _ classified: Classified, _ reference: ReferenceProfile,
    into figures: inout PeriodFigures
  ) {
    let outputs = Set([entry.columns.score, entry.columns.prediction, entry.columns.actual])
    var current: [(name: String, counts: PeriodStatistics.FeatureCounts, edges: [Double]?)] = []
    for feature in query.features {
      guard let counts = statistics.features[feature.name] else { continue }
      current.append((feature.name, counts, feature.edges))
    }
    if query.roles.contains(.score) {
      var counts: [Int: Int] = [:]
      var sums: [Int: Double] = [:]
      for cell in statistics.scores {
        counts[cell.bin, default: 0] += cell.rows
        sums[cell.bin, default: 0] += cell.sum
      }
      current.append(
        (
          entry.columns.score, .bins(counts: counts, sums: sums, range: statistics.scoreRange),
          query.scoreEdges
        ))
    }
    if entry.task != .regression {
      for (role, column) in [
        (AggregationQuery.Role.prediction, entry.columns.prediction),
        (.actual, entry.columns.actual),
      ]
      where query.roles.contains(role) {
        current.append((column, .categories(classCounts(statistics, classified, role)), nil))
      }
    }
    let featureCount = current.count {
      !outputs.contains($0.name) && reference.columns[$0.name] != nil
    }
    for (name, counts, edges) in current {
      guard let profile = reference.columns[name],
        let named = drift(
          name, counts, edges, profile, reference, tests: outputs.contains(name) ? 1 : featureCount)
      else { continue }
      if outputs.contains(name) {
        figures.outputs.append(named)
      } else {
        figures.features.append(named)
      }
    }
    figures.dataset = DatasetDrift(
      features: figures.features.map(\.drift), shareThreshold: entry.drift.share)
  }

  private func drift(
    _ name: String, _ counts: PeriodStatistics.FeatureCounts, _ edges: [Double]?,
    _ profile: ColumnProfile, _ reference: ReferenceProfile, tests: Int
  ) -> NamedDrift? {
    let configured = entry.drift.thresholds[name]
    let options = DriftOptions(method: entry.drift.methods[name], threshold: configured)
    let measured: FeatureDrift
    var bound: Double?
    switch (profile, counts) {
    case (.numeric(let sample), .bins(let byBin, let sums, let range)):
      guard let edges else { return nil }
      let binned = BinnedSample(
        edges: edges, counts: (0...edges.count).map { byBin[$0] ?? 0 },
        sums: (0...edges.count).map { sums[$0] ?? 0 })
      (measured, bound) = binnedFeatureDrift(
        reference: sample, current: binned, currentRange: range, options: options)
    case (.categorical(_, let isNumbers), .categories(let byText)):
      let missing = Set(entry.reading.missing)
      var counted: [String: Int] = [:]
      for (text, rows) in byText where !missing.contains(text) {
        counted[isNumbers ? ClassLabels.canonical(text) : text, default: 0] += rows
      }
      let (first, second) = ColumnProfile.pair(
        reference: profile, current: .categorical(counted, isNumbers: isNumbers))
      measured = featureDrift(reference: first, current: second, options: options)
    default:
      return nil
    }
    let judged = DriftLevel.judge(
      measured, configured: configured != nil, noise: reference.noise?.drift[name],
      falseAlarmRate: entry.thresholds.driftFalseAlarmRate / Double(max(tests, 1)))
    return NamedDrift(name: name, drift: judged.drift, basis: judged.basis, binningError: bound)
  }

  /// A classifier's predicted or actual classes counted, as the drift test reads them: `0` and
  /// `1` for a binary model, the canonical label otherwise.
  private func classCounts(
    _ statistics: PeriodStatistics, _ classified: Classified, _ role: AggregationQuery.Role
  ) -> [String: Int] {
    var counts: [String: Int] = [:]
    if entry.task == .binaryClassification {
      for (actual, predicted, rows) in classified.labels {
        if let value = role == .actual ? actual : predicted {
          counts[value ? "1" : "0", default: 0] += rows
        }
      }
    } else {
      let missing = Set(entry.reading.missing)
      for cell in statistics.labels {
        guard let text = role == .actual ? cell.actual : cell.prediction, !missing.contains(text)
        else {
          continue
        }
        counts[ClassLabels.canonical(text), default: 0] += cell.rows
      }
    }
    return counts
  }
}
