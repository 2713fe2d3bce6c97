internal import Foundation

extension Array where Element: Sendable {
  /// The transform of every element, at most `limit` at a time, in the original order.
  ///
  /// The limit keeps memory in bounds: each transform may hold copies of its element's data (a
  /// drift test sorts its two columns), so only as many as there are cores run at once.
  ///
  /// - Parameters:
  ///   - limit: The most transforms running at once; the machine's cores by default.
  ///   - transform: A pure function of one element.
  /// - Returns: The results, index for index.
  func concurrentMap<Result: Sendable>(
    limit: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @escaping @Sendable (Element) async -> Result
  ) async -> [Result] {
    await withTaskGroup(of: (Int, Result).self) { group in
      var results = [Result?](repeating: nil, count: count)
      var next = 0
      func start() {
        guard next < count else { return }
        let index = next
        let element = self[index]
        group.addTask { (index, await transform(element)) }
        next += 1
      }
      for _ in 0..<Swift.max(1, limit) { start() }
      for await (index, result) in group {
        results[index] = result
        start()
      }
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
    let outcomes = await concurrentMap(limit: limit) {
      element -> Swift.Result<Result, RunFailure> in
      do throws(RunFailure) {
        return .success(try await transform(element))
      } catch {
        return .failure(error)
      }
    }
    return try outcomes.map { outcome throws(RunFailure) in try outcome.get() }
  }
}

/// Elements handed out once each to concurrent transforms, so that what an element holds (a
/// model's rows, a column) is freed as soon as its transform is done with it rather than when the
/// whole map ends.
final class Handoff<Element: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  /// The elements not yet taken; every access holds `lock`.
  private var elements: [Element?]
  /// How many elements there are.
  let count: Int

  /// Takes over the elements.
  init(_ elements: consuming [Element]) {
    count = elements.count
    self.elements = elements.map(Optional.some)
  }

  /// Takes an element out; each is taken once.
  private func take(_ index: Int) -> Element {
    lock.withLock {
      guard let element = elements[index] else {
        preconditionFailure("element \(index) was handed out twice")
      }
      elements[index] = nil
      return element
    }
  }

  /// The transform of every element, at most `limit` at a time, in the original order; each
  /// element is released when its transform returns.
  ///
  /// - Parameters:
  ///   - limit: The most transforms running at once; the machine's cores by default.
  ///   - transform: A pure function of one element.
  /// - Returns: The results, index for index.
  func concurrentMap<Result: Sendable>(
    limit: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @escaping @Sendable (consuming Element) async -> Result
  ) async -> [Result] {
    await Array(0..<count).concurrentMap(limit: limit) { await transform(self.take($0)) }
  }

  /// The transform of every element, at most `limit` at a time, in the original order; each
  /// element is released when its transform returns, and the first failure in that order is
  /// thrown.
  ///
  /// - Parameters:
  ///   - limit: The most transforms running at once (at least 1).
  ///   - transform: A pure function of one element that may fail.
  /// - Returns: The results, index for index.
  /// - Throws: The failure of the earliest element that failed.
  func concurrentMap<Result: Sendable>(
    limit: Int,
    _ transform: @escaping @Sendable (consuming Element) async throws(RunFailure) -> Result
  ) async throws(RunFailure) -> [Result] {
    try await Array(0..<count).concurrentMap(limit: limit) {
      index throws(RunFailure) in try await transform(self.take(index))
    }
  }
}
