internal import AlmanacEngines
internal import AlmanacMetrics

extension AggregationQuery {
  /// Each error-model input's bin, as the keyed layer's columns `e_b0`, `e_b1`, …: numbers on the
  /// input's edges (missing values in the last bin), text by its level (other levels in the bin
  /// before it), as `FeatureBins` bins them from files.
  ///
  /// - Parameter dialect: The engine's dialect.
  /// - Returns: The columns, empty without an error model or when an input's kind differs from
  ///   its column's in the query.
  func errorModelBins(_ dialect: SQLDialect) -> [String] {
    guard let model = errorModel else { return [] }
    var columns: [String] = []
    for (index, input) in model.inputs.enumerated() {
      let missingBin = String(input.bins.count - 1)
      let value: String?
      let isNumeric: Bool
      if let name = input.name {
        guard let position = features.firstIndex(where: { $0.name == name }) else {
          columns.append("\(missingBin) AS e_b\(index)")
          continue
        }
        value = "r_f\(position)"
        isNumeric = features[position].edges != nil
      } else {
        value = "c_prediction"
        isNumeric = true
      }
      guard let value, isNumeric == input.isNumeric else { return [] }
      if isNumeric {
        columns.append(
          "COALESCE(\(bin(value, edges: input.bins.edges, dialect)), \(missingBin)) AS e_b\(index)")
      } else {
        let missing = missingTexts.map(dialect.literal).joined(separator: ", ")
        var expression = "CASE WHEN \(value) IS NULL THEN \(missingBin)"
        if !missingTexts.isEmpty {
          expression += " WHEN \(value) IN (\(missing)) THEN \(missingBin)"
        }
        for (level, bin) in input.bins.levels.sorted(by: { $0.value < $1.value }) {
          expression += " WHEN \(value) = \(dialect.literal(level)) THEN \(bin)"
        }
        columns.append("\(expression) ELSE \(input.bins.count - 2) END AS e_b\(index)")
      }
    }
    return columns
  }

  /// A row's predicted absolute and squared errors, floored at zero: each ensemble's base plus
  /// its trees' leaves, added in the ensemble's order, so each equals the prediction from files.
  ///
  /// - Parameter dialect: The engine's dialect.
  /// - Returns: The two expressions, or none without an error model.
  func predictedErrors(_ dialect: SQLDialect) -> [String] {
    guard let estimator = errorModel?.estimator, !errorModelBins(dialect).isEmpty else {
      return []
    }
    func tree(_ nodes: [BoostedTrees.Node], _ index: Int) -> String {
      switch nodes[index] {
      case .leaf(let value): return dialect.literal(value)
      case .split(let column, let threshold, let left, let right):
        return
          "CASE WHEN e_b\(column) <= \(threshold) THEN \(tree(nodes, left)) ELSE \(tree(nodes, right)) END"
      }
    }
    return [estimator.absolute, estimator.squared].map { ensemble in
      let terms = [dialect.literal(ensemble.base)] + ensemble.trees.map { tree($0, 0) }
      return "GREATEST(\(dialect.literal(0)), \(terms.joined(separator: " + ")))"
    }
  }
}
