/// How a column's cells are typed.
enum ColumnKind: Equatable, Sendable {
  /// Decided by the cells (DESIGN.md): numbers make a numeric column, any other text a
  /// categorical one, and integers with at most ten distinct values a categorical one too.
  case inferred
  /// Declared numeric: every cell must be a number or missing.
  case numeric
  /// Declared categorical: cells are kept as text.
  case categorical
  /// Declared timestamp in a format: every cell must be an instant in that format.
  case timestamp(TimestampFormat)
}
