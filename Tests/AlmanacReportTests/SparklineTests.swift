import Foundation
import Testing

@testable import AlmanacReport

/// The SVG trend charts: gaps, labels, escaping.
@Suite struct SparklineTests {
  static func chart(_ values: [Double?], labels: [String]? = nil, estimated: Bool = false)
    -> String?
  {
    let labels = labels ?? values.indices.map { "W\($0 + 40)" }
    return Sparkline(
      title: "Accuracy",
      points: zip(labels, values).map { .init(label: $0, value: $1, isEstimated: estimated) },
      format: { "v\($0)" }
    ).svg()
  }

  static func count(_ text: String, in svg: String) -> Int {
    svg.components(separatedBy: text).count - 1
  }

  @Test func gapsBreakTheLine() throws {
    let svg = try #require(Self.chart([1, 2, nil, 3, 4, nil, 5]))
    #expect(Self.count("<polyline", in: svg) == 2)
    #expect(Self.count("<circle", in: svg) == 5)
  }

  @Test func labelsAreFiguresOfTheReport() throws {
    let svg = try #require(Self.chart([0.5, 0.9, 0.7]))
    #expect(svg.contains(">v0.9</text>"))
    #expect(svg.contains(">v0.5</text>"))
    #expect(svg.contains("class=\"spark-latest\""))
    #expect(svg.contains("text-anchor=\"start\">v0.7</text>"))
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
