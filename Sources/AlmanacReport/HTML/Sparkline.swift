/// A small SVG line chart of one figure over the trend window, with axis labels, the latest value
/// and the change in words.
///
/// The vertical axis starts from zero (or ends at zero when every value is negative) and reaches
/// the farthest value, so a move of 12.13 to 12.69 looks as small as it is; its labels are zero
/// and that value. Gaps (`nil`) break the line; estimated points are drawn hollow. Colours come
/// from the page's style sheet (`spark-…` classes), so print and screen styles apply; every
/// element also carries them as presentation attributes, with a size, so the chart still reads
/// when a mail client or reader blocks styles. Mapping values to pixels is its only arithmetic: the change it
/// puts in words comes from the report model (`TrendChange`).
struct Sparkline {
  /// One period of the chart.
  struct Point {
    /// The period's label, such as `2026-W47`.
    var label: String
    /// The figure, `nil` for a gap.
    var value: Double?
    /// Whether the figure is estimated.
    var isEstimated: Bool
  }

  /// What the chart shows, for screen readers (`Accuracy`).
  var title: String
  /// The periods, oldest first.
  var points: [Point]
  /// Writes a figure for a label.
  var format: (Double) -> String
  /// Writes the size of a change without its sign (`5.0 pts`, `0.47`, `$2.1k`).
  var distance: (Double) -> String

  /// The drawing's size in SVG units; the page scales it to the card's width.
  private static let width = 260.0
  private static let height = 100.0
  /// The plot area: values between `top` and `bottom`, periods between `left` and `right`.
  private static let left = 48.0
  private static let right = 204.0
  private static let top = 12.0
  private static let bottom = 76.0

  /// The chart as an `<svg>` element, or `nil` when no period has a figure.
  ///
  /// - Returns: Markup in which every text is HTML-escaped.
  func svg() -> String? {
    let shown = points.enumerated().compactMap { index, point in
      point.value.flatMap { $0.isFinite ? (index, $0, point.isEstimated) : nil }
    }
    guard let highest = shown.map(\.1).max(), let lowest = shown.map(\.1).min(),
      let first = points.first, let last = points.last
    else { return nil }
    let latest = last.value.flatMap { $0.isFinite ? format($0) : nil }
    var parts: [String] = []
    let description =
      "\(title) from \(first.label) to \(last.label); latest \(latest ?? "not available")"
    parts.append(
      "<svg viewBox=\"0 0 \(Self.width.svg) \(Self.height.svg)\" width=\"\(Self.width.svg)\" "
        + "height=\"\(Self.height.svg)\" role=\"img\">"
        + "<title>\(HTMLEscaping.escape(description))</title>")
    let scale = Scale(lowest: min(lowest, 0), highest: max(highest, 0), count: points.count)
    parts.append(line(y: Self.top, className: "spark-grid"))
    parts.append(line(y: Self.bottom, className: "spark-grid"))
    if scale.lowest < 0, scale.highest > 0 {
      parts.append(line(y: scale.y(0), className: "spark-zero"))
    }
    parts += segments(shown.map { ($0.0, $0.1) }).map { segment in
      let coordinates = segment.map { "\(scale.x($0.0).svg),\(scale.y($0.1).svg)" }
      return "<polyline class=\"spark-line\" points=\"\(coordinates.joined(separator: " "))\" "
        + "fill=\"none\" stroke=\"\(Self.ink)\" stroke-width=\"2\"/>"
    }
    for (index, value, isEstimated) in shown {
      let radius = index == points.count - 1 ? 3.5 : 2.5
      let className = isEstimated ? "spark-dot estimated" : "spark-dot"
      let paint =
        isEstimated
        ? "fill=\"#ffffff\" stroke=\"\(Self.ink)\" stroke-width=\"1.5\"" : "fill=\"\(Self.ink)\""
      parts.append(
        "<circle class=\"\(className)\" cx=\"\(scale.x(index).svg)\" "
          + "cy=\"\(scale.y(value).svg)\" r=\"\(radius.svg)\" \(paint)/>")
    }
    if scale.lowest == scale.highest {
      parts.append(
        text(format(highest), x: Self.left - 6, y: scale.y(highest) + 3.5, anchor: "end"))
    } else {
      parts.append(
        text(format(scale.highest), x: Self.left - 6, y: Self.top + 3.5, anchor: "end"))
      parts.append(
        text(format(scale.lowest), x: Self.left - 6, y: Self.bottom + 3.5, anchor: "end"))
    }
    if points.count > 1 {
      parts.append(text(first.label, x: Self.left, y: Self.height - 6, anchor: "start"))
    }
    parts.append(
      text(
        last.label, x: points.count > 1 ? Self.right : scale.x(0), y: Self.height - 6,
        anchor: points.count > 1 ? "end" : "middle"))
    let latestY = last.value.map { scale.y($0) } ?? (Self.top + Self.bottom) / 2
    parts.append(
      text(
        latest ?? "no data", x: Self.right + 8, y: latestY + 4, anchor: "start",
        className: latest == nil ? "spark-label" : "spark-latest"))
    parts.append("</svg>")
    return parts.joined()
  }

  /// Runs of consecutive periods that have figures.
  private func segments(_ shown: [(Int, Double)]) -> [[(Int, Double)]] {
    var runs: [[(Int, Double)]] = []
    for point in shown {
      if let previous = runs.last?.last, previous.0 == point.0 - 1 {
        runs[runs.count - 1].append(point)
      } else {
        runs.append([point])
      }
    }
    return runs.filter { $0.count > 1 }
  }

  /// A figure's change over the trend in words, written with the chart's formats.
  ///
  /// For example: `Down 5.0 pts, from 79.0% in 2026-W40 to 74.0% in 2026-W47.`
  ///
  /// - Parameter change: The change, from the report model.
  /// - Returns: One sentence.
  func words(for change: TrendChange) -> String {
    let from = format(change.from)
    let to = format(change.to)
    if from == to { return "Level at \(to) from \(change.fromPeriod) to \(change.toPeriod)." }
    return "\(change.change > 0 ? "Up" : "Down") \(distance(change.change)), from \(from) in "
      + "\(change.fromPeriod) to \(to) in \(change.toPeriod)."
  }

  /// The chart line's colour (`--link` in the style sheet).
  private static let ink = "#1d4ed8"

  private func line(y: Double, className: String) -> String {
    let paint =
      className == "spark-zero"
      ? "stroke=\"#6b7280\" stroke-dasharray=\"3 3\"" : "stroke=\"#d1d5db\""
    return "<line class=\"\(className)\" x1=\"\(Self.left.svg)\" y1=\"\(y.svg)\" "
      + "x2=\"\(Self.right.svg)\" y2=\"\(y.svg)\" \(paint) stroke-width=\"1\"/>"
  }

  private func text(
    _ content: String, x: Double, y: Double, anchor: String, className: String = "spark-label"
  ) -> String {
    let paint =
      className == "spark-latest"
      ? "fill=\"#1f2937\" font-size=\"12\" font-weight=\"700\""
      : "fill=\"#4b5563\" font-size=\"10\""
    return "<text class=\"\(className)\" x=\"\(x.svg)\" y=\"\(y.svg)\" text-anchor=\"\(anchor)\" "
      + "\(paint)>\(HTMLEscaping.escape(content))</text>"
  }

  /// Maps periods and values to SVG coordinates.
  private struct Scale {
    var lowest: Double
    var highest: Double
    var count: Int

    /// The horizontal position of the period at `index`: evenly spaced, centred when alone.
    func x(_ index: Int) -> Double {
      guard count > 1 else { return (Sparkline.left + Sparkline.right) / 2 }
      return Sparkline.left + Double(index) * (Sparkline.right - Sparkline.left) / Double(count - 1)
    }

    /// The vertical position of a value: the highest at the top, the lowest at the bottom, the
    /// middle when all values are equal.
    func y(_ value: Double) -> Double {
      guard highest > lowest else { return (Sparkline.top + Sparkline.bottom) / 2 }
      // Halves keep the differences finite for values near the largest double.
      return Sparkline.top + (highest / 2 - value / 2) / (highest / 2 - lowest / 2)
        * (Sparkline.bottom - Sparkline.top)
    }
  }
}

extension Double {
  /// A coordinate with at most one decimal, written the same on every machine (`12.5`, `40`).
  fileprivate var svg: String {
    // Coordinates are within the drawing for finite inputs; anything else is drawn at 0 rather
    // than trapping on the conversion to a whole number.
    guard isFinite, abs(self) < 1e15 else { return "0" }
    let tenths = (self * 10).rounded()
    let whole = Int(tenths / 10)
    let fraction = Int(abs(tenths).truncatingRemainder(dividingBy: 10))
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
