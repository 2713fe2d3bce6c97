/// The figures of one model for one period: volume, verdict, drift, money, metrics and each
/// feature's drift.
///
/// A model has at most one set of figures per period label: recording the same model and period
/// again replaces them. Money is in the report's currency; `nil` marks a figure that was not
/// computed (no economics configured, no drift test run), never zero. Every real figure is finite.
public struct ModelPeriodFigures: Sendable, Hashable, Codable {
  /// The model's name; not empty.
  public var model: String
  /// The period the figures cover.
  public var period: HistoryPeriod
  /// How many predictions the model made in the period; not negative.
  public var predictions: Int
  /// How many of those predictions have a known outcome; between 0 and `predictions`.
  public var labelled: Int
  /// The model's verdict for the period.
  public var status: ModelStatus
  /// The share of monitored features that drifted, in 0...1, or `nil` when drift was not tested.
  public var driftShare: Double?
  /// The model's cost for the period, or `nil` when not computed.
  public var cost: Double?
  /// The value the model delivered in the period, or `nil` when not computed.
  public var value: Double?
  /// Value less cost, or `nil` when not computed.
  public var net: Double?
  /// The cost of every 1,000 predictions (`cost / predictions x 1000`, computed by the caller), or
  /// `nil` when not computed; not negative, and `nil` when there were no predictions.
  public var costPerThousand: Double?
  /// Whether `value` comes from an estimated confusion matrix rather than labelled rows.
  public var valueEstimated: Bool
  /// The model's metrics for the period; at most one per name and kind (measured or estimated).
  ///
  /// The store returns them measured first, then estimated, each by name in binary (code point)
  /// order.
  public var metrics: [StoredMetric]
  /// Each monitored feature's drift test; at most one per name.
  ///
  /// The store returns them in the order they were recorded.
  public var features: [StoredFeatureDrift]

  /// Creates the figures of a model for a period.
  ///
  /// - Parameters:
  ///   - model: The model's name.
  ///   - period: The period covered.
  ///   - predictions: The number of predictions.
  ///   - labelled: The number of predictions with a known outcome.
  ///   - status: The model's verdict.
  ///   - driftShare: The share of drifting features, if tested.
  ///   - cost: The cost, if computed.
  ///   - value: The value delivered, if computed.
  ///   - net: Value less cost, if computed.
  ///   - valueEstimated: Whether `value` is estimated.
  ///   - metrics: The model's metrics.
  ///   - costPerThousand: The cost of every 1,000 predictions, if computed.
  ///   - features: Each feature's drift test, in the order to read them back.
  public init(
    model: String, period: HistoryPeriod, predictions: Int, labelled: Int, status: ModelStatus,
    driftShare: Double? = nil, cost: Double? = nil, value: Double? = nil, net: Double? = nil,
    valueEstimated: Bool = false, metrics: [StoredMetric] = [], costPerThousand: Double? = nil,
    features: [StoredFeatureDrift] = []
  ) {
    self.model = model
    self.period = period
    self.predictions = predictions
    self.labelled = labelled
    self.status = status
    self.driftShare = driftShare
    self.cost = cost
    self.value = value
    self.net = net
    self.valueEstimated = valueEstimated
    self.metrics = metrics
    self.costPerThousand = costPerThousand
    self.features = features
  }
}
