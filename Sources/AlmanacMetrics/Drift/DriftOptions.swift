/// How one column's drift is measured: a method and a threshold, each automatic when `nil`.
public struct DriftOptions: Sendable, Equatable, Hashable, Codable {
  /// The method, or `nil` for ``DriftMethod/automatic(kind:referenceCount:distinctCount:)``.
  public var method: DriftMethod?
  /// The threshold, or `nil` for the method's ``DriftMethod/defaultThreshold``.
  public var threshold: Double?

  /// Creates options.
  ///
  /// - Parameters:
  ///   - method: A fixed method, or `nil` to choose automatically.
  ///   - threshold: A fixed threshold, or `nil` for the method's default.
  public init(method: DriftMethod? = nil, threshold: Double? = nil) {
    self.method = method
    self.threshold = threshold
  }

  /// Options where each field left `nil` here is taken from `fallback` (a feature's own settings
  /// over its model's).
  ///
  /// - Parameter fallback: The broader settings.
  /// - Returns: The merged options.
  public func overriding(_ fallback: DriftOptions) -> DriftOptions {
    DriftOptions(method: method ?? fallback.method, threshold: threshold ?? fallback.threshold)
  }
}
