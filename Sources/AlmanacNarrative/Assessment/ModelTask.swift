/// What a model does, which decides how it is measured.
public enum ModelTask: String, Sendable, Equatable, CaseIterable {
  case binaryClassification = "binary-classification"
  case multiclassClassification = "multiclass-classification"
  case regression
}
