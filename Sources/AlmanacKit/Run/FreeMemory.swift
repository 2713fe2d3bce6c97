internal import CAlmanacSystem

/// Hands memory the run has freed back to the system after a large step.
///
/// The allocator keeps freed blocks for reuse, so columns freed by one step (a file's reading
/// buffers, a reference's raw columns once profiled, a week's features once tested) would stay
/// resident while the next step allocates in other shapes; returning them keeps the run's peak
/// near what it holds at once. Small steps skip it: their blocks are reused and the call would
/// cost more than it saves.
enum FreeMemory {
  /// Rows from which a step counts as large.
  static let largeStep = 100_000

  /// Returns freed memory to the system when the step that freed it handled `rows` rows or more.
  ///
  /// - Parameter rows: The rows the step handled.
  static func release(afterStepOf rows: Int) {
    if rows >= largeStep { almanac_release_free_memory() }
  }
}
