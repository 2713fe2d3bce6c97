import Foundation

/// Compares a model's figures from files and from an engine as `make engines-check` does:
/// exact figures equal (to 1e-9 relative, the engine adding in another order); a figure marked
/// with `binning_error` b within b, its interval holding the files' interval narrowed by b on
/// each side and wider by at most 2b on each side; PSI beside a binned score left out.
enum ReportComparison {
  static func compare(
    _ files: Any?, _ engine: Any?, path: String, bound: Double? = nil,
    into differences: inout [String]
  ) {
    switch (files, engine) {
    case (let left as [String: Any], let right as [String: Any]):
      let binning = (right["binning_error"] as? NSNumber)?.doubleValue
      for key in Set(left.keys).union(right.keys).subtracting(["binning_error"]).sorted() {
        if binning != nil && key == "psi" { continue }
        guard let a = left[key], let b = right[key] else {
          differences.append(
            "\(path).\(key): only in \(left[key] == nil ? "the engine's" : "the files'") report")
          continue
        }
        if let binning, key == "low" || key == "high",
          let first = (a as? NSNumber)?.doubleValue, let second = (b as? NSNumber)?.doubleValue
        {
          // Outward is positive: the engine's interval may only be wider, by up to 2b.
          let outward = key == "low" ? first - second : second - first
          if outward < -binning - 1e-12 || outward > 2 * binning + 1e-12 {
            differences.append("\(path).\(key): files \(first), engine \(second), bound \(binning)")
          }
          continue
        }
        let within = binning != nil && ["value", "score", "previous"].contains(key) ? binning : nil
        compare(a, b, path: "\(path).\(key)", bound: within, into: &differences)
      }
    case (let left as [Any], let right as [Any]):
      if left.count != right.count {
        differences.append("\(path): \(left.count) and \(right.count) items")
      }
      for (index, (a, b)) in zip(left, right).enumerated() {
        let name = (a as? [String: Any])?["name"] as? String
        compare(a, b, path: "\(path)[\(name ?? String(index))]", into: &differences)
      }
    case (let left as NSNumber, let right as NSNumber) where !(left is Bool):
      let (a, b) = (left.doubleValue, right.doubleValue)
      let allowed = bound.map { $0 + 1e-12 } ?? max(1e-12, 1e-9 * max(abs(a), abs(b)))
      if abs(a - b) > allowed { differences.append("\(path): files \(a), engine \(b)") }
    default:
      if "\(files ?? "null")" != "\(engine ?? "null")" {
        differences.append("\(path): files \(files ?? "null"), engine \(engine ?? "null")")
      }
    }
  }
}
