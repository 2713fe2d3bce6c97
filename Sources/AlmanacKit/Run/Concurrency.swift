extension Array where Element: Sendable {
  /// The transform of every element, computed concurrently, in the original order.
  ///
  /// - Parameter transform: A pure function of one element.
  /// - Returns: The results, index for index.
  func concurrentMap<Result: Sendable>(
    _ transform: @escaping @Sendable (Element) async -> Result
  ) async -> [Result] {
    await withTaskGroup(of: (Int, Result).self) { group in
      for (index, element) in enumerated() {
        group.addTask { (index, await transform(element)) }
      }
      var results = [Result?](repeating: nil, count: count)
      for await (index, result) in group { results[index] = result }
      return results.compactMap { $0 }
    }
  }

  /// The transform of every element, at most `limit` at a time, in the original order; the
  /// first failure in that order is thrown, so a run fails the same way whatever finishes first.
  ///
  /// - Parameters:
  ///   - limit: The most transforms running at once (at least 1).
  ///   - transform: A pure function of one element that may fail.
  /// - Returns: The results, index for index.
  /// - Throws: The failure of the earliest element that failed.
  func concurrentMap<Result: Sendable>(
    limit: Int, _ transform: @escaping @Sendable (Element) async throws(RunFailure) -> Result
  ) async throws(RunFailure) -> [Result] {
    let outcomes = await withTaskGroup(of: (Int, Swift.Result<Result, RunFailure>).self) { group in
      var outcomes = [Swift.Result<Result, RunFailure>?](repeating: nil, count: count)
      var next = 0
      func start() {
        guard next < count else { return }
        let index = next
        let element = self[index]
        group.addTask {
          do throws(RunFailure) {
            return (index, .success(try await transform(element)))
          } catch {
            return (index, .failure(error))
          }
        }
        next += 1
      }
      for _ in 0..<Swift.max(1, limit) { start() }
      for await (index, outcome) in group {
        outcomes[index] = outcome
        start()
      }
      return outcomes
    }
    var results: [Result] = []
    results.reserveCapacity(count)
    for outcome in outcomes {
      switch outcome {
      case .success(let result)?: results.append(result)
      case .failure(let failure)?: throw failure
      case nil: continue
      }
    }
    return results
  }
}
