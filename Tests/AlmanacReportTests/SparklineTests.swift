import Foundation
import Testing

@testable import AlmanacReport

/// The SVG trend charts: gaps, labels from zero, the change in words, escaping, and colours that
/// hold without a style sheet.
@Suite struct SparklineTests {
  static func sparkline(_ values: [Double?], labels: [String]? = nil, estimated: Bool = false)
    -> Sparkline
  {
    let labels = labels ?? values.indices.map { "W\($0 + 40)" }
    return Sparkline(
      title: "Accuracy",
      points: zip(labels, values).map { .init(label: $0, value: $1, isEstimated: estimated) },
      format: { "v\($0)" }, distance: { "d\(abs($0))" })
  }

  static func chart(_ values: [Double?], labels: [String]? = nil, estimated: Bool = false)
    -> String?
  {
    sparkline(values, labels: labels, estimated: estimated).svg()
  }

  /// The `cy` of each circle, in order.
  static func heights(in svg: String) -> [Double] {
    svg.matches(of: /<circle[^>]* cy="([-0-9.]+)"/).compactMap { Double($0.1) }
  }

  static func count(_ text: String, in svg: String) -> Int {
    svg.components(separatedBy: text).count - 1
  }

  @Test func gapsBreakTheLine() throws {
    let svg = try #require(Self.chart([1, 2, nil, 3, 4, nil, 5]))
    #expect(Self.count("<polyline", in: svg) == 2)
    #expect(Self.count("<circle", in: svg) == 5)
  }

  @Test func labelsAreZeroAndTheFarthestFigure() throws {
    let svg = try #require(Self.chart([0.5, 0.9, 0.7]))
    #expect(svg.contains(">v0.9</text>"))
    #expect(svg.contains(">v0.0</text>"))
    #expect(!svg.contains(">v0.5</text>"))
    #expect(svg.contains("class=\"spark-latest\""))
    #expect(
      svg.contains(
        ##"text-anchor="start" fill="#1f2937" font-size="12" font-weight="700">v0.7</text>"##))
    #expect(svg.contains(">W40</text>") && svg.contains(">W42</text>"))
    #expect(svg.contains("<title>Accuracy from W40 to W42; latest v0.7</title>"))
  }

  @Test func latestGapSaysNoData() throws {
    let svg = try #require(Self.chart([0.5, 0.9, nil]))
    #expect(svg.contains(">no data</text>"))
    #expect(svg.contains("latest not available"))
  }

  @Test func allGapsDrawNothing() {
    #expect(Self.chart([nil, nil, .nan]) == nil)
  }

  @Test func singleFigureIsADotWithOneLabel() throws {
    let svg = try #require(Self.chart([nil, 3, nil]))
    #expect(Self.count("<polyline", in: svg) == 0)
    #expect(Self.count("<circle", in: svg) == 1)
    #expect(Self.count(">v3.0</text>", in: svg) == 1)
    #expect(Self.count(">v0.0</text>", in: svg) == 1)
  }

  @Test func aSmallMoveLooksSmall() throws {
    // 12.13 to 12.69 is a 4.4% move: on an axis from zero it spans under a tenth of the plot.
    let heights = Self.heights(in: try #require(Self.chart([12.13, 12.69])))
    #expect(heights.count == 2)
    #expect(abs(heights[0] - heights[1]) < 64 * 0.05)
    #expect(heights[1] == 12)
  }

  @Test func negativeFiguresHangFromZero() throws {
    let svg = try #require(Self.chart([-3, -1]))
    #expect(svg.contains(">v0.0</text>") && svg.contains(">v-3.0</text>"))
    // Zero at the top (12), -3 at the bottom (76), -1 a third of the way down.
    let expected: [Double] = [76, 33.3]
    #expect(Self.heights(in: svg) == expected)
  }

  @Test(
    arguments: [
      ([0.75, nil, 0.5], "Down d0.25, from v0.75 in W40 to v0.5 in W42."),
      ([nil, 1, 3], "Up d2.0, from v1.0 in W41 to v3.0 in W42."),
      ([2, 2], "Level at v2.0 from W40 to W41."),
    ] as [([Double?], String)])
  func theChangeIsSaidInWords(_ values: [Double?], sentence: String) throws {
    let chart = Self.sparkline(values)
    let change = try #require(TrendChange(chart.points.map { ($0.label, $0.value) }))
    #expect(chart.words(for: change) == sentence)
  }

  @Test func oneFigureHasNoChange() {
    #expect(TrendChange([("W40", nil), ("W41", 0.5), ("W42", .nan)]) == nil)
  }

  @Test func colourAndSizeHoldWithoutAStyleSheet() throws {
    let svg = try #require(Self.chart([1, 2], estimated: false))
    #expect(svg.hasPrefix(#"<svg viewBox="0 0 260 100" width="260" height="100""#))
    #expect(svg.contains(##"fill="none" stroke="#1d4ed8" stroke-width="2""##))
    #expect(Self.count("<circle", in: svg) == Self.count(##"fill="#1d4ed8"/>"##, in: svg))
    for text in svg.matches(of: /<text[^>]*>/) {
      #expect(text.0.contains("fill=\"#") && text.0.contains("font-size=\""), "\(text.0)")
    }
    let hollow = try #require(Self.chart([1, 2], estimated: true))
    #expect(Self.count(##"fill="#ffffff" stroke="#1d4ed8""##, in: hollow) == 2)
  }

  @Test func zeroLineShowsWhenValuesChangeSign() throws {
    #expect(try #require(Self.chart([-1, 2])).contains("spark-zero"))
    #expect(try #require(Self.chart([1, 2])).contains("spark-zero") == false)
  }

  @Test func estimatedPointsAreHollow() throws {
    let svg = try #require(Self.chart([1, 2], estimated: true))
    #expect(Self.count("spark-dot estimated", in: svg) == 2)
  }

  @Test func textIsEscaped() throws {
    let svg = try #require(Self.chart([1, 2], labels: ["<b>", "a&\"b"]))
    #expect(!svg.contains("<b>"))
    #expect(svg.contains(">&lt;b&gt;</text>") && svg.contains(">a&amp;&quot;b</text>"))
  }
}
