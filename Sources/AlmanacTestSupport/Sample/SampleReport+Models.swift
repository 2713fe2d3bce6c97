import AlmanacNarrative
import AlmanacReport

extension SampleReport {
  /// Red: a classifier whose accuracy fell, whose inputs drifted and which lost money.
  static var fraudScreening: ModelReport {
    ModelReport(
      name: "fraud-screening", versions: ["2", "3"], owner: nil, stage: "Production",
      task: "binary-classification", status: .red,
      headline:
        "Accuracy fell 4 points to 87.1% while card-payment patterns shifted; act this week.",
      volume: Volume(predictions: 412_380, labelled: 251_020),
      quality: HeadlineQuality(
        metric: "accuracy", value: 0.871, isEstimated: false, previous: 0.912, change: -0.041),
      metrics: [
        MetricFigure(
          name: "accuracy", value: 0.871, low: 0.8697, high: 0.8723, baseline: 0.93,
          baselineSource: "registry", previous: 0.912, since: "2026-W46", periods: 2),
        MetricFigure(
          name: "precision", value: 0.642, low: 0.631, high: 0.653, baseline: 0.71,
          baselineSource: "registry"),
        MetricFigure(
          name: "recall", value: 0.588, low: 0.576, high: 0.600, baseline: 0.69,
          baselineSource: "reference"),
        MetricFigure(name: "f1", value: 0.6138, baseline: 0.6999, baselineSource: "reference"),
        MetricFigure(
          name: "roc_auc", value: 0.8874, baseline: 0.9312, baselineSource: "config",
          previous: 0.9105),
        MetricFigure(name: "log_loss", value: 0.3121),
      ],
      estimated: [],
      drift: DriftSection(
        share: 0.6, detected: true,
        features: [
          FeatureDriftFigure(
            name: "amount", kind: "numeric", method: "wasserstein", score: 0.3114, threshold: 0.1,
            detected: true, psi: 0.2718, pattern: "step", since: "2026-W47", periods: 1),
          FeatureDriftFigure(
            name: "merchant_category", kind: "categorical", method: "jensen_shannon",
            score: 0.1842, threshold: 0.1312, thresholdBasis: "noise", detected: true, psi: 0.2093,
            pattern: "intermittent", since: "2026-W43", periods: 5),
          FeatureDriftFigure(
            name: "hour", kind: "numeric", method: "wasserstein", score: 0.0412, threshold: 0.1,
            detected: false, psi: 0.0105),
          FeatureDriftFigure(
            name: "country", kind: "categorical", method: "jensen_shannon", score: 0.1207,
            threshold: 0.1, detected: true, psi: 0.0911, periods: 8),
          FeatureDriftFigure(
            name: "device", kind: "categorical", method: "jensen_shannon", score: nil,
            threshold: 0.1, detected: false, psi: nil),
        ],
        outputs: [
          FeatureDriftFigure(
            name: "score", kind: "numeric", method: "wasserstein", score: 0.1533, threshold: 0.1,
            detected: true, psi: 0.1127),
          FeatureDriftFigure(
            name: "prediction", kind: "categorical", method: "jensen_shannon", score: 0.0811,
            threshold: 0.1, detected: false, psi: 0.0264),
        ],
        excluded: [
          ExcludedColumnFigure(name: "transaction_id", reason: "id_like"),
          ExcludedColumnFigure(name: "channel", reason: "constant"),
        ]),
      economics: EconomicsFigures(
        cost: 5_210.40, value: 3_120.00, net: -2_090.40, roi: -0.4011976047904191,
        costPerThousand: 12.634948348610504, valueLost: 8_410.00, estimated: false),
      findings: [
        Finding(
          kind: .accuracyDecline, severity: .red,
          what:
            "Accuracy fell from 91.2% to 87.1%, 6 points below the 93.0% it was approved at.",
          meaning: "About 1 in 8 card payments is now judged wrongly, so more fraud slips through.",
          action: "Retrain on the last four weeks of labelled payments and compare with version 3.",
          impact: -8_410.00),
        Finding(
          kind: .suddenDrift, severity: .red,
          what: "3 of 5 inputs changed this week, led by payment amount.",
          meaning: "Customers pay differently than in the data the model learned from.",
          action: "Check with the payments team whether a new merchant or campaign started.",
          impact: nil),
        Finding(
          kind: .negativeValue, severity: .amber,
          what: "The model cost $5.2k and earned $3.1k this week.",
          meaning: "It lost money for the first time in eight weeks.",
          action: "Review the decline threshold with the fraud operations lead.",
          impact: -2_090.40),
      ],
      trend: trend(
        predictions: [398_200, 401_950, 405_100, 399_870, 407_330, 410_020, 409_560, 412_380],
        accuracy: [0.931, 0.929, 0.93, nil, 0.924, 0.918, 0.912, 0.871],
        driftShare: [0.0, 0.0, 0.2, nil, 0.2, 0.2, 0.4, 0.6],
        net: [6_120.0, 5_870.0, 5_940.0, nil, 4_310.0, 2_980.0, 1_150.0, -2_090.40]))
  }

  /// Amber: a regression model whose error grew while its inputs drifted slowly.
  static var storeDemand: ModelReport {
    ModelReport(
      name: "store-demand", versions: ["7"], owner: "li.wei", stage: "Production",
      task: "regression",
      status: .amber,
      headline: "Forecasts are off by 4.8 units on average, up from 4.4; watch the next two weeks.",
      volume: Volume(predictions: 596_400, labelled: 596_400),
      quality: HeadlineQuality(
        metric: "mae", value: 4.82, isEstimated: false, previous: 4.35, change: 0.47),
      metrics: [
        MetricFigure(
          name: "mae", value: 4.82, baseline: 4.10, baselineSource: "reference", previous: 4.35,
          since: "2026-W44", periods: 4),
        MetricFigure(
          name: "rmse", value: 7.91, baseline: 6.80, baselineSource: "reference", previous: 7.12),
        MetricFigure(
          name: "mape", value: 0.118, baseline: 0.097, baselineSource: "reference", previous: 0.104
        ),
        MetricFigure(
          name: "r2", value: 0.812, baseline: 0.851, baselineSource: "reference", previous: 0.83),
        MetricFigure(name: "mean_error", value: 1.21, previous: 0.64),
      ],
      estimated: [],
      drift: DriftSection(
        share: 0.25, detected: false,
        features: [
          FeatureDriftFigure(
            name: "store_size", kind: "numeric", method: "wasserstein", score: 0.0213,
            threshold: 0.1, detected: false, psi: 0.0042),
          FeatureDriftFigure(
            name: "promo", kind: "categorical", method: "jensen_shannon", score: 0.1376,
            threshold: 0.1, detected: true, psi: 0.1618, pattern: "trend", since: "2026-W45",
            periods: 3),
          FeatureDriftFigure(
            name: "temperature", kind: "numeric", method: "wasserstein", score: 0.0688,
            threshold: 0.1, detected: false, psi: 0.0391),
          FeatureDriftFigure(
            name: "weekday", kind: "categorical", method: "jensen_shannon", score: 0.0102,
            threshold: 0.1, detected: false, psi: 0.0008),
        ],
        outputs: [
          FeatureDriftFigure(
            name: "prediction", kind: "numeric", method: "wasserstein", score: 0.0731,
            threshold: 0.1, detected: false, psi: 0.0415)
        ]),
      economics: EconomicsFigures(
        cost: 1_830.00, value: 9_650.00, net: 7_820.00, roi: 4.273224043715847,
        costPerThousand: 3.06841046277666, valueLost: 2_140.00, estimated: false),
      findings: [
        Finding(
          kind: .gradualDrift, severity: .amber,
          what: "The share of stores running a promotion has risen for three weeks.",
          meaning:
            "The model sees more promotion weeks than it learned from, so forecasts run high.",
          action: "Add the autumn promotions to the next monthly retraining.",
          impact: nil),
        Finding(
          kind: .accuracyDecline, severity: .amber,
          what: "Average error rose from 4.4 to 4.8 units per store and day.",
          meaning:
            "Shelves are planned with about 1 unit too many per product, which ties up stock.",
          action: "Keep the model; review again next week.",
          impact: -2_140.00),
      ],
      notes: [
        Note(
          kind: .labelsMissing,
          what: "Only 4 in 10 predictions made this week have a known outcome (238,560 of 596,400)."
        )
      ],
      trend: trend(
        predictions: [590_100, 592_800, 0, 594_050, 595_200, 595_900, 596_100, 596_400],
        mae: [4.05, 4.12, nil, 4.18, 4.22, 4.31, 4.35, 4.82],
        driftShare: [0.0, 0.0, nil, 0.0, 0.25, 0.25, 0.25, 0.25],
        net: [8_510.0, 8_430.0, nil, 8_390.0, 8_250.0, 8_120.0, 8_060.0, 7_820.0]))
  }
}
