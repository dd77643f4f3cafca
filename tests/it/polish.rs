//! `criticalPointNear`: from a start near a critical point of any kind, to ‖g‖ ≤ 1e-10.
//! Each truth is derived independently (by hand in the comment, or known coordinates).

use hessian_explorer::analysis::polish::Reason;
use hessian_explorer::network::{Activation, LossFunction, NetworkSpec};
use hessian_explorer::{Data, Kind, Loss, Tolerances};

/// What a case expects of the point found.
#[derive(Clone, Copy)]
enum Expect {
    /// These coordinates (to 1e-8), and this kind.
    Point(&'static [f64], Kind),
    /// A point on the lecture's valley w1·w2 = 1.
    OnValley,
    /// Within this distance of the start.
    Near(f64),
}

fn check(name: &str, loss: &Loss, start: &[f64], expect: Expect) {
    let found = loss.critical_point_near(start, 1e-10, 50).unwrap();
    assert_eq!(found.reason, Reason::Converged, "{name}: {found:?}");
    assert!(
        found.converged && found.gradient_norm <= 1e-10,
        "{name}: {found:?}"
    );
    assert!(found.steps <= 20, "{name}: {} steps", found.steps);
    let p = &found.point;
    match expect {
        Expect::Point(truth, kind) => {
            for (x, t) in p.iter().zip(truth) {
                assert!((x - t).abs() <= 1e-6, "{name}: {p:?} vs {truth:?}");
            }
            let analysis = loss.analyze(p, Tolerances::default()).unwrap();
            assert_eq!(analysis.kind, kind, "{name}");
        }
        Expect::OnValley => assert!((p[0] * p[1] - 1.0).abs() < 1e-10, "{name}: {p:?}"),
        Expect::Near(distance) => {
            let d = p
                .iter()
                .zip(start)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                .sqrt();
            assert!(d <= distance, "{name}: moved {d}");
        }
    }
}

#[test]
fn reaches_critical_points_of_every_kind() {
    let lecture = Loss::with_data(
        "(y - w1*w2*x)^2",
        &Data::new()
            .with_column("x", vec![1.0])
            .with_column("y", vec![1.0]),
    )
    .unwrap();
    // g = (2w1 + w2 + 3, w1 − 2w2) = 0 ⇒ w1 = 2w2, 5w2 = −3: (−1.2, −0.6); H has
    // eigenvalues ±√5 (det = −5): a saddle, reached by one Newton step.
    let quadratic = Loss::new("w1^2 - w2^2 + w1*w2 + 3*w1").unwrap();
    // Himmelblau's saddles and maximum (coordinates from the literature, to 6 digits).
    let himmelblau = Loss::new("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2").unwrap();
    let cases: &[(&str, &Loss, &[f64], Expect)] = &[
        (
            "quadratic saddle",
            &quadratic,
            &[3.0, 2.0],
            Expect::Point(&[-1.2, -0.6], Kind::Saddle),
        ),
        (
            "lecture saddle from (0.1, −0.05)",
            &lecture,
            &[0.1, -0.05],
            Expect::Point(&[0.0, 0.0], Kind::Saddle),
        ),
        (
            "lecture valley from (1.2, 0.9)",
            &lecture,
            &[1.2, 0.9],
            Expect::OnValley,
        ),
        (
            "lecture valley from (−0.7, −1.6)",
            &lecture,
            &[-0.7, -1.6],
            Expect::OnValley,
        ),
        (
            "Himmelblau saddle 1",
            &himmelblau,
            &[0.1, 2.9],
            Expect::Point(&[0.086678, 2.884255], Kind::Saddle),
        ),
        (
            "Himmelblau saddle 2",
            &himmelblau,
            &[-3.0, -0.1],
            Expect::Point(&[-3.073026, -0.081353], Kind::Saddle),
        ),
        (
            "Himmelblau saddle 3",
            &himmelblau,
            &[3.4, 0.1],
            Expect::Point(&[3.385154, 0.073852], Kind::Saddle),
        ),
        (
            "Himmelblau saddle 4",
            &himmelblau,
            &[-0.1, -1.9],
            Expect::Point(&[-0.127961, -1.953715], Kind::Saddle),
        ),
        (
            "Himmelblau maximum",
            &himmelblau,
            &[-0.3, -0.9],
            Expect::Point(&[-0.270845, -0.923039], Kind::Maximum),
        ),
        (
            "Himmelblau minimum",
            &himmelblau,
            &[2.9, 2.1],
            Expect::Point(&[3.0, 2.0], Kind::Minimum),
        ),
    ];
    for (name, loss, start, expect) in cases {
        check(name, loss, start, *expect);
    }
}

/// A 1–1–1 tanh network with biases has a critical point at w1 = w2 = b1 = 0, b2 = mean(y):
/// there tanh(w1·x + b1) = 0 and w2 = 0 zero every partial derivative but ∂/∂b2, which is
/// −2·mean(y − b2) = 0. Started next to it, the search stays next to it.
#[test]
fn network_critical_point() {
    let spec = NetworkSpec {
        inputs: vec!["x".into()],
        target: "y".into(),
        hidden: vec![1],
        activation: Activation::Tanh,
        loss: LossFunction::SquaredError,
        bias: true,
    };
    let data = Data::new()
        .with_column("x", vec![-1.0, 0.5, 2.0])
        .with_column("y", vec![0.3, -0.4, 1.3]);
    let loss = Loss::network(&spec, &data).unwrap();
    assert_eq!(loss.params(), ["b1_1", "b2_1", "w1_1_1", "w2_1_1"]);
    let exact = [0.0, 0.4, 0.0, 0.0];
    assert!(loss
        .gradient(&exact)
        .unwrap()
        .iter()
        .all(|g| g.abs() < 1e-15));
    check(
        "network at its critical point",
        &loss,
        &exact,
        Expect::Near(0.0),
    );
    check(
        "network next to it",
        &loss,
        &[0.01, 0.39, -0.01, 0.005],
        Expect::Near(0.1),
    );
}

#[test]
fn says_why_when_it_does_not_converge() {
    // exp(w) has no critical point: ‖g‖ falls as w → −∞ but never to 1e-10 in 5 steps.
    let exp = Loss::new("exp(w)").unwrap();
    let found = exp.critical_point_near(&[0.0], 1e-10, 5).unwrap();
    assert!(!found.converged);
    assert!(
        matches!(found.reason, Reason::MaxSteps | Reason::Stalled),
        "{found:?}"
    );
    // Undefined at the start.
    let log = Loss::new("log(w)").unwrap();
    let found = log.critical_point_near(&[-1.0], 1e-10, 5).unwrap();
    assert_eq!(found.reason, Reason::Undefined);
    // Wrong arguments are errors, not outcomes.
    assert_eq!(
        log.critical_point_near(&[1.0, 2.0], 1e-10, 5)
            .unwrap_err()
            .code(),
        "wrong_length"
    );
    assert_eq!(
        log.critical_point_near(&[1.0], f64::NAN, 5)
            .unwrap_err()
            .code(),
        "not_finite"
    );
}
