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
}
