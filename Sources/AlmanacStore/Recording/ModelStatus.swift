/// The health verdict of one model for one period.
///
/// The raw values are the text stored in the `model_period.status` column.
public enum ModelStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// The model is healthy.
  case green
  /// The model needs attention.
  case amber
  /// The model needs action.
  case red
}
