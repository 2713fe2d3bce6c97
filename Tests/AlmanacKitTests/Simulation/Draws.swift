import AlmanacMetrics
import Foundation

/// A standard normal draw (Box-Muller, one of the pair).
func normal(_ generator: inout SplitMix64) -> Double {
  let u = max(generator.nextUnitInterval(), 1e-300)
  let v = generator.nextUnitInterval()
  return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
}

/// An index drawn with the given weights.
func pick(_ weights: [Double], _ generator: inout SplitMix64) -> Int {
  var left = generator.nextUnitInterval() * weights.reduce(0, +)
  for (index, weight) in weights.enumerated() {
    left -= weight
    if left < 0 { return index }
  }
  return weights.count - 1
}
