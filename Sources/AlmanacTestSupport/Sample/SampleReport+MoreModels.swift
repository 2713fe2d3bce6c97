import AlmanacNarrative
import AlmanacReport

extension SampleReport {
  /// Amber: a new classifier without outcomes or costs.
  ///
  /// Its accuracy is estimated and the config has no economics for it. Its owner comes from the
  /// registry with markup in it, as in the MLflow fixture.
  static var marketingUplift: ModelReport {
    ModelReport(
      name: "marketing-uplift", versions: ["1"], owner: "<b>growth</b> team", stage: nil,
      task: "binary-classification", status: .amber,
      headline: "No campaign outcomes have arrived yet; estimated accuracy is 74%.",
      volume: Volume(predictions: 48_900, labelled: 0),
      quality: HeadlineQuality(
        metric: "accuracy", value: 0.7412, isEstimated: true, previous: 0.7480, change: -0.0068),
      metrics: [],
      estimated: [
        MetricFigure(name: "accuracy", value: 0.7412, low: 0.7281, high: 0.7539, previous: 0.7480),
        MetricFigure(name: "roc_auc", value: 0.7905),
      ],
      drift: DriftSection(
        share: 0.0, detected: false,
        features: [
          FeatureDriftFigure(
            name: "tenure_months", kind: "numeric", method: "ks", score: 0.4127, threshold: 0.05,
            detected: false, psi: 0.0213),
          FeatureDriftFigure(
            name: "segment", kind: "categorical", method: "chi_square", score: 0.2871,
            threshold: 0.05, detected: false, psi: 0.0156),
          FeatureDriftFigure(
            name: "opted_in", kind: "categorical", method: "z", score: 0.6402, threshold: 0.05,
            detected: false, psi: 0.0019),
        ],
        outputs: []),
      economics: nil,
      findings: [
        Finding(
          kind: .labelsMissing, severity: .amber,
          what: "None of the 48,900 predictions has a known outcome yet.",
          meaning: "Accuracy is an estimate from the model's own confidence until outcomes arrive.",
          action: "Ask the campaign team to send outcomes weekly; add costs to the config.",
          impact: nil)
      ],
      trend: trend(
        predictions: [0, 0, 0, 12_400, 30_150, 41_800, 47_300, 48_900],
        accuracy: [nil, nil, nil, 0.7391, 0.7455, 0.7502, 0.7480, 0.7412], estimated: true,
        driftShare: [nil, nil, nil, 0.0, 0.0, 0.0, 0.0, 0.0],
        net: [nil, nil, nil, nil, nil, nil, nil, nil]))
  }

  /// Green: a healthy classifier that earns well.
  static var creditDefault: ModelReport {
    ModelReport(
      name: "credit-default", versions: ["4"], owner: "ana.silva", stage: "Production",
      task: "binary-classification", status: .green,
      headline: "Steady at 91.2% accuracy; it earned $56.9k net this week.",
      volume: Volume(predictions: 184_250, labelled: 179_600),
      quality: HeadlineQuality(
        metric: "accuracy", value: 0.912, isEstimated: false, previous: 0.909, change: 0.003),
      metrics: [
        MetricFigure(
          name: "accuracy", value: 0.912, low: 0.9107, high: 0.9133, baseline: 0.915,
          previous: 0.909),
        MetricFigure(name: "precision", value: 0.781, low: 0.772, high: 0.790, baseline: 0.79),
        MetricFigure(name: "recall", value: 0.702, low: 0.692, high: 0.712, baseline: 0.70),
        MetricFigure(name: "f1", value: 0.7394, baseline: 0.7422),
        MetricFigure(name: "roc_auc", value: 0.9471, baseline: 0.9502, previous: 0.9466),
        MetricFigure(name: "brier", value: 0.0712),
      ],
      estimated: [],
      drift: DriftSection(
        share: 0.125, detected: false,
        features: [
          FeatureDriftFigure(
            name: "income", kind: "numeric", method: "wasserstein", score: 0.1204, threshold: 0.1,
            detected: true, psi: 0.0821),
          FeatureDriftFigure(
            name: "age", kind: "numeric", method: "wasserstein", score: 0.0175, threshold: 0.1,
            detected: false, psi: 0.0031),
          FeatureDriftFigure(
            name: "credit_lines", kind: "numeric", method: "wasserstein", score: 0.0322,
            threshold: 0.1, detected: false, psi: 0.0077),
          FeatureDriftFigure(
            name: "region", kind: "categorical", method: "jensen_shannon", score: 0.0214,
            threshold: 0.1, detected: false, psi: 0.0018),
          FeatureDriftFigure(
            name: "channel", kind: "categorical", method: "jensen_shannon", score: 0.0466,
            threshold: 0.1, detected: false, psi: 0.0093),
          FeatureDriftFigure(
            name: "employment", kind: "categorical", method: "jensen_shannon", score: 0.0301,
            threshold: 0.1, detected: false, psi: 0.0044),
          FeatureDriftFigure(
            name: "loan_amount", kind: "numeric", method: "wasserstein", score: 0.0588,
            threshold: 0.1, detected: false, psi: 0.0219),
          FeatureDriftFigure(
            name: "term_months", kind: "categorical", method: "jensen_shannon", score: 0.0097,
            threshold: 0.1, detected: false, psi: 0.0006),
        ],
        outputs: [
          FeatureDriftFigure(
            name: "score", kind: "numeric", method: "wasserstein", score: 0.0412, threshold: 0.1,
            detected: false, psi: 0.0128),
          FeatureDriftFigure(
            name: "actual", kind: "categorical", method: "jensen_shannon", score: 0.0123,
            threshold: 0.1, detected: false, psi: 0.0011),
        ]),
      economics: EconomicsFigures(
        cost: 4_320.50, value: 61_200.00, net: 56_879.50, roi: 13.165027195926397,
        costPerThousand: 23.44911804613297, valueLost: 1_250.00, estimated: false),
      findings: [],
      trend: trend(
        predictions: [181_900, 182_400, 183_050, 182_700, 183_900, 184_100, 183_800, 184_250],
        accuracy: [0.914, 0.913, 0.915, 0.911, 0.910, 0.908, 0.909, 0.912],
        driftShare: [0.0, 0.125, 0.125, 0.0, 0.125, 0.125, 0.125, 0.125],
        net: [55_200.0, 55_900.0, 56_400.0, 54_800.0, 55_100.0, 56_000.0, 56_300.0, 56_879.50]))
  }
}
