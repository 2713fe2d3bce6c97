internal import Logging

extension Logger {
  /// Runs a stage of the run, announcing it (`info`, the progress line on a terminal) and logging
  /// how long it took (`debug`).
  ///
  /// - Parameters:
  ///   - stage: What the stage does, e.g. `reading credit-default`.
  ///   - body: The stage.
  /// - Returns: What the stage returns.
  /// - Throws: What the stage throws.
  func stage<Result, Failure: Error>(
    _ stage: String, _ body: () async throws(Failure) -> Result
  ) async throws(Failure) -> Result {
    info("\(stage)")
    let clock = ContinuousClock()
    let start = clock.now
    let result = try await body()
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    debug("\(stage): \(Int((seconds * 1000).rounded())) ms")
    return result
  }
}
