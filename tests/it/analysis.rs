//! Verdicts at textbook, lecture and degenerate points: the second-order test and the
//! higher-order look.

use hessian_explorer::{Data, Kind, Loss, Tolerances};

fn lecture() -> Loss {
    let data = Data::new()
        .with_column("x", vec![1.0])
        .with_column("y", vec![1.0]);
    Loss::with_data("(y - w1*w2*x)^2", &data).unwrap()
}

/// Checks the second-order `kind` and the `refined` verdict of `formula` at `theta`.
fn check(formula: &str, theta: &[f64], kind: Kind, refined: Kind) {
    let loss = Loss::new(formula).unwrap();
    let analysis = loss.analyze(theta, Tolerances::default()).unwrap();
    assert_eq!(
        (analysis.kind, analysis.refined),
        (kind, refined),
        "{formula} at {theta:?}: {analysis:?}"
    );
}

#[test]
fn textbook_verdicts() {
    use Kind::*;
    check("x^2 + y^2", &[0.0, 0.0], Minimum, Minimum);
    check("-(x^2 + y^2)", &[0.0, 0.0], Maximum, Maximum);
    check("x^2 - y^2", &[0.0, 0.0], Saddle, Saddle);
    check("x^2 + y^2", &[1.0, 0.0], NotCritical, NotCritical);
    check(
        "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2",
        &[3.0, 2.0],
        Minimum,
        Minimum,
    );
    check("(1 - x)^2 + 100(y - x^2)^2", &[1.0, 1.0], Minimum, Minimum);
    check("a^2 + b^2 - c^2 + d^2", &[0.0; 4], Saddle, Saddle);
    check("cos(x) + cos(y)", &[0.0, 0.0], Maximum, Maximum);
    check(
        "cos(x) + cos(y)",
        &[std::f64::consts::PI, 0.0],
        Saddle,
        Saddle,
    );
}

#[test]
fn degenerate_points_refined() {
    use Kind::*;
    check("x^2 + y^3", &[0.0, 0.0], Inconclusive, Saddle);
    check("x^3 - 3x y^2", &[0.0, 0.0], Inconclusive, Saddle);
    check("x^4 + y^4", &[0.0, 0.0], Inconclusive, Minimum);
    check("-x^4 - y^4", &[0.0, 0.0], Inconclusive, Maximum);
    check("x^2 + y^4", &[0.0, 0.0], Inconclusive, Minimum);
    check("-x^2 - y^4", &[0.0, 0.0], Inconclusive, Maximum);
    check("x^3", &[0.0], Inconclusive, Saddle);
    check("x^4", &[0.0], Inconclusive, Minimum);
    check("x^2 y^2", &[0.0, 0.0], Inconclusive, Minimum);
    check("-(x^2 y^2)", &[0.0, 0.0], Inconclusive, Maximum);
    check("x^6 - x^6 + y - y", &[0.0, 0.0], Inconclusive, Unknown);
    check("x^2 + y^6 + z^2", &[0.0; 3], Inconclusive, Minimum);
    check("x^4 + y^4 - z^3", &[0.0; 3], Inconclusive, Saddle);
    // Peano's surface: every straight line through the origin rises, yet it is a saddle.
    check("(y - x^2)(y - 2x^2)", &[0.0, 0.0], Inconclusive, Saddle);
    // A valley of minima in a loss with a third parameter.
    check("(1 - a b)^2 + c^2", &[1.0, 1.0, 0.0], Inconclusive, Minimum);
}

#[test]
fn the_lecture() {
    let loss = lecture();
    assert_eq!(loss.params(), ["w1", "w2"]);
    let origin = loss.analyze(&[0.0, 0.0], Tolerances::default()).unwrap();
    assert_eq!(origin.value, 1.0);
    assert_eq!(origin.gradient, [0.0, 0.0]);
    assert_eq!(origin.hessian, [[0.0, -2.0], [-2.0, 0.0]]);
    assert_eq!(origin.eigenvalues, [-2.0, 2.0]);
    assert_eq!(origin.kind, Kind::Saddle);
    let u = origin.escape.clone().unwrap();
    let root_half = 0.5f64.sqrt();
    assert!((u[0] - root_half).abs() < 1e-15 && (u[1] - root_half).abs() < 1e-15);
    // The way out: L(θ′ + t·u) < L(θ′).
    for t in [1e-3, 0.1, 0.5] {
        assert!(loss.value(&[t * u[0], t * u[1]]).unwrap() < origin.value);
    }
    // Every point of the valley w1·w2 = 1 is a minimum the second-order test cannot see.
    for w1 in [0.5, 1.0, 2.0, -1.0, -4.0] {
        let valley = loss
            .analyze(&[w1, 1.0 / w1], Tolerances::default())
            .unwrap();
        assert_eq!(
            (valley.kind, valley.refined),
            (Kind::Inconclusive, Kind::Minimum),
            "w1 = {w1}"
        );
        assert_eq!(valley.flat_directions, 1);
        assert!(valley.escape.is_none());
    }
}

#[test]
fn eigen_contract() {
    let loss = Loss::new("3x^2 + 2x y + y^2 - z^2 + x z").unwrap();
    let analysis = loss.analyze(&[0.0; 3], Tolerances::default()).unwrap();
    let values = &analysis.eigenvalues;
    assert!(
        values.windows(2).all(|w| w[0] <= w[1]),
        "ascending: {values:?}"
    );
    let h = &analysis.hessian;
    for (lambda, v) in values.iter().zip(&analysis.eigenvectors) {
        let norm: f64 = v.iter().map(|x| x * x).sum::<f64>().sqrt();
        assert!((norm - 1.0).abs() < 1e-12);
        let largest = v
            .iter()
            .copied()
            .fold(0.0f64, |m, x| if x.abs() > m.abs() { x } else { m });
        assert!(largest > 0.0, "sign convention: {v:?}");
        for i in 0..3 {
            let hv: f64 = (0..3).map(|j| h[i][j] * v[j]).sum();
            assert!((hv - lambda * v[i]).abs() < 1e-12, "H v = λ v");
        }
    }
    assert_eq!(analysis.escape.as_ref(), analysis.eigenvectors.first());
}

#[test]
fn undefined_points_are_not_verdicts() {
    for (formula, theta) in [
        ("log(x) + y^2", [0.0, 0.0]),
        ("1/x + y", [0.0, 1.0]),
        ("sqrt(x) + y^2", [0.0, 0.0]),
        ("log(x - y)", [1.0, 2.0]),
    ] {
        let analysis = Loss::new(formula)
            .unwrap()
            .analyze(&theta, Tolerances::default())
            .unwrap();
        assert_eq!(analysis.kind, Kind::Undefined, "{formula}");
        assert!(analysis.eigenvalues.is_empty() && analysis.escape.is_none());
    }
}

#[test]
fn tolerances_decide_what_counts_as_zero() {
    let loss = Loss::new("x^2 + 1e-10 y^2").unwrap();
    let strict = loss
        .analyze(
            &[0.0, 0.0],
            Tolerances {
                gradient: 1e-6,
                eigen: 1e-12,
            },
        )
        .unwrap();
    assert_eq!(strict.kind, Kind::Minimum);
    let loose = loss.analyze(&[0.0, 0.0], Tolerances::default()).unwrap();
    assert_eq!(
        (loose.kind, loose.refined),
        (Kind::Inconclusive, Kind::Minimum)
    );
    assert_eq!(loose.zero_threshold, 2e-8);
    let bowl = Loss::new("x^2 + y^2").unwrap();
    let near = bowl.analyze(&[1e-7, 0.0], Tolerances::default()).unwrap();
    assert_eq!(
        near.kind,
        Kind::Minimum,
        "‖g‖ = 2e-7 ≤ 1e-6 counts as critical"
    );
    assert!(loss
        .analyze(
            &[0.0, 0.0],
            Tolerances {
                gradient: f64::NAN,
                eigen: 1e-8
            }
        )
        .is_err());
}

#[test]
fn quadratic_model_has_the_half() {
    let loss = lecture();
    let at = [0.3, -0.4];
    let analysis = loss.analyze(&at, Tolerances::default()).unwrap();
    // Along a tiny step the model's error is third order.
    let theta = [0.3 + 1e-3, -0.4 + 2e-3];
    let error = (analysis.quadratic_model(&at, &theta) - loss.value(&theta).unwrap()).abs();
    assert!(error < 1e-8, "error {error}");
}
