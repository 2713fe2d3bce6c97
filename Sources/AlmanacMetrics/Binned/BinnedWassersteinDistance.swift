/// The Wasserstein-1 distance between an exact reference and a binned current sample, raw and
/// normed, with proven bounds.
///
/// W₁ = ∫ |F_ref(x) − F_cur(x)| dx, normed by max(σ_ref, 0.001) as ``WassersteinDistance``. The
/// bins fix F_cur at every edge, and a bin's sum fixes the integral of F_cur over it: over
/// (a, b], ∫ F_cur = (b − a)·u + (c·b − sum)/m, with u = F_cur(a) and c of the m values in the
/// bin, whatever their places. Call 𝒢 the monotone F_cur with these counts and sums.
///
/// **Exact bins.** Where F_ref stays on one side of F_cur throughout a bin, which is known when
/// F_ref(b⁻) ≤ F_cur(a) or F_ref(a) ≥ F_cur(b), the bin adds |∫(F_ref − F_cur)|, the same for
/// every member of 𝒢. With edges at the reference minimum and maximum (``BinEdges``) the outer
/// bins are such bins, F_ref being 0 below the minimum and 1 above the maximum; so are the bins
/// a strong drift separates.
///
/// **Bounds.** Move each bin's values to their mean μ: that sample Ĝ is in 𝒢, its distance Ŵ is
/// computed exactly (one merge walk), and by the triangle inequality
/// |W − Ŵ| ≤ ∫ |F_cur − Ĝ| = Σᵢ (cᵢ/m)·(mean |x − μᵢ| over bin i). For values in [a, b] with mean
/// μ, |x − μ| = 2(x − μ)⁺ − (x − μ) and the convex (x − μ)⁺ lies below its chord
/// (x − a)(b − μ)/(b − a), so the mean absolute deviation is at most 2(μ − a)(b − μ)/(b − a)
/// ≤ (b − a)/2 (reached with the values at a and b only). Hence
/// W ∈ Ŵ ± Σᵢ (cᵢ/m)·2(μᵢ − a)(b − μᵢ)/(b − a), the sum over the bins not exact. It is never wider
/// than the bound of a linear F_cur, Σᵢ (b − a)(v − u)/2: for a monotone G from u to v on [a, b]
/// and the line L joining its ends, the region between them above L and the mirror image across
/// L of the region below it are disjoint (G is monotone) and lie in the half of the box above L,
/// so ∫|G − L| ≤ (b − a)(v − u)/2. The bound grows with the bins' widths: about
/// (e_{k−1} − e₀)/(2k) for k equal-mass bins when nothing drifts.
///
/// **Estimate.** Ŵ sits high when the values are spread (a step against a smooth F_ref), so the
/// reported value spreads each bin's values evenly over the widest interval around μ inside the
/// bin, [a, 2μ − a] or [2μ − b, b], which also keeps the counts and sums: another member of 𝒢,
/// so its distance lies within the bounds too. With one bin per distinct reference value and the
/// current values among the edges, every μᵢ = b, the spread is a point and the bounds close on W.
public struct BinnedWassersteinDistance: Sendable, Equatable, Codable {
  /// W₁ in the column's own units.
  public var raw: BoundedFigure
  /// W₁ / max(σ_ref, 0.001).
  public var normed: BoundedFigure

  /// Measures the distance; `nil` when either sample is empty or the error has no bound.
  ///
  /// The error has no bound when current values fall in an outer bin that also holds reference
  /// values beyond its edge (below e₀ or above e_{k−1}; always so without edges). Edges from
  /// ``BinEdges`` span the reference, so this never happens with them.
  ///
  /// - Parameters:
  ///   - reference: The reference sample, exact (its spread sets the scale).
  ///   - current: The current sample, binned (usually over ``BinEdges`` of `reference`).
  ///   - referenceSpread: The reference's population standard deviation when it is already
  ///     known; computed otherwise.
  /// - Complexity: O(n + k).
  public init?(reference: SortedSample, current: BinnedSample, referenceSpread: Double? = nil) {
    guard !reference.isEmpty, current.count > 0,
      let spread = referenceSpread ?? reference.populationStandardDeviation,
      let error = Self.binningError(reference: reference.values, current: current)
    else { return nil }
    let moved = Self.movedDistance(reference: reference.values, current: current)
    let low = max(0, moved - error)
    let high = moved + error
    // The spread sample is in 𝒢, so only rounding could put its distance outside the bounds.
    let spreadDistance = Self.spreadDistance(reference: reference.values, current: current)
    let estimate = min(max(spreadDistance, low), high)
    let scale = max(spread, 0.001)
    raw = BoundedFigure(estimate, low: low, high: high)
    normed = BoundedFigure(estimate / scale, low: low / scale, high: high / scale)
  }

  /// W₁ between the reference and the current values moved to their bins' means.
  private static func movedDistance(reference values: [Double], current: BinnedSample) -> Double {
    var points: [(position: Double, count: Int)] = []
    for bin in current.counts.indices {
      if let mean = current.mean(ofBin: bin) { points.append((mean, current.counts[bin])) }
    }
    let n = values.count
    let m = current.count
    let scale = Double(n) * Double(m)
    var sum = CompensatedSum()
    var index = 0
    var pointIndex = 0
    var currentThrough = 0
    var previous: (position: Double, gap: Int)?
    while index < n || pointIndex < points.count {
      let position = min(
        index < n ? values[index] : .infinity,
        pointIndex < points.count ? points[pointIndex].position : .infinity)
      if let previous {
        sum.add(Double(previous.gap) / scale * (position - previous.position))
      }
      while index < n, values[index] == position { index += 1 }
      while pointIndex < points.count, points[pointIndex].position == position {
        currentThrough += points[pointIndex].count
        pointIndex += 1
      }
      previous = (position, abs(index * m - currentThrough * n))
    }
    return sum.value
  }

  /// W₁ between the reference and the current values spread evenly over the widest interval
  /// around their bin's mean that stays in the bin.
  ///
  /// Needs an edge, so that every bin has a finite side: without edges,
  /// ``binningError(reference:current:)`` is `nil` and this is never called.
  private static func spreadDistance(reference values: [Double], current: BinnedSample) -> Double {
    var segments: [(start: Double, end: Double, before: Int, count: Int)] = []
    var before = 0
    for bin in current.counts.indices {
      let count = current.counts[bin]
      if let mean = current.mean(ofBin: bin) {
        let (lower, upper) = current.bounds(ofBin: bin)
        let half = min(mean - lower, upper - mean)
        segments.append((mean - half, mean + half, before, count))
      }
      before += count
    }
    let ends = segments.flatMap { [$0.start, $0.end] }
    var breaks: [Double] = []
    breaks.reserveCapacity(values.count + ends.count)
    var endIndex = 0
    for value in values {
      while endIndex < ends.count, ends[endIndex] < value {
        breaks.append(ends[endIndex])
        endIndex += 1
      }
      breaks.append(value)
    }
    breaks += ends[endIndex...]
    let n = Double(values.count)
    let m = Double(current.count)
    var sum = CompensatedSum()
    var index = 0
    var segmentIndex = 0
    for (x, y) in zip(breaks, breaks.dropFirst()) where x < y {
      while index < values.count, values[index] <= x { index += 1 }
      while segmentIndex < segments.count, segments[segmentIndex].end <= x { segmentIndex += 1 }
      // F_ref and the spread F_cur on (x, y), both times n·m: a constant and a line.
      let level = Double(index) * m
      var start = segmentIndex < segments.count ? Double(segments[segmentIndex].before) : m
      var end = start
      if segmentIndex < segments.count, segments[segmentIndex].start <= x {
        let segment = segments[segmentIndex]
        let rate = Double(segment.count) / (segment.end - segment.start)
        start += rate * (x - segment.start)
        end += rate * (y - segment.start)
      }
      sum.add((y - x) * Self.meanDistance(level, from: start * n, to: end * n) / (n * m))
    }
    return sum.value
  }

  /// The mean of |c − g(s)| for g linear from `start` to `end` over s in [0, 1].
  private static func meanDistance(_ c: Double, from start: Double, to end: Double) -> Double {
    let first = c - start
    let last = c - end
    if first * last >= 0 { return abs(first + last) / 2 }
    return (first * first + last * last) / (2 * abs(end - start))
  }

  /// Σ (cᵢ/m)·2(μᵢ − a)(b − μᵢ)/(b − a) over the bins not exact; `nil` when such a bin is
  /// unbounded.
  private static func binningError(reference values: [Double], current: BinnedSample) -> Double? {
    let n = values.count
    let m = current.count
    var error = CompensatedSum()
    var index = 0
    var before = 0
    for bin in current.counts.indices {
      let (lower, upper) = current.bounds(ofBin: bin)
      let through = before + current.counts[bin]
      let referenceThroughLower = index
      while index < n, values[index] < upper { index += 1 }
      let separated = index * m <= before * n || referenceThroughLower * m >= through * n
      if let mean = current.mean(ofBin: bin), !separated {
        guard lower.isFinite, upper.isFinite else { return nil }
        let deviation = 2 * (mean - lower) * (upper - mean) / (upper - lower)
        error.add(Double(current.counts[bin]) / Double(m) * deviation)
      }
      while index < n, values[index] == upper { index += 1 }
      before = through
    }
    return error.value
  }
}
