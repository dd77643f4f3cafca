//! The higher-order look at degenerate points: every verdict with its reason and, where the
//! leading term decides, its order. The truths are derived by hand in the comments (the
//! reduced loss φ is the loss with the curved directions relaxed, see `analysis::reduce`).

use hessian_explorer::{Kind, Loss, RefinedReason, Tolerances};

/// Checks that `formula` at `theta` is inconclusive to the second-order test and that the
/// look says `refined` because of `reason` (at `order`, for a leading term).
fn check(formula: &str, theta: &[f64], refined: Kind, reason: RefinedReason, order: Option<usize>) {
    let loss = Loss::new(formula).unwrap();
    let a = loss.analyze(theta, Tolerances::default()).unwrap();
    assert_eq!(a.kind, Kind::Inconclusive, "{formula} at {theta:?}: {a:?}");
    assert_eq!(
        (a.refined, a.refined_reason, a.refined_order),
        (refined, Some(reason), order),
        "{formula} at {theta:?}"
    );
}

#[test]
fn the_issues_reproducers_are_saddles() {
    use Kind::Saddle;
    use RefinedReason::LeadingTerm;
    // Relaxing y (y = 1.00005x²) leaves φ = −(0.00005)²x⁴: every line rises, a parabola falls.
    check(
        "(y - x^2)(y - 1.0001x^2)",
        &[0.0, 0.0],
        Saddle,
        LeadingTerm,
        Some(4),
    );
    // Peano's surface: y = 1.5x² gives φ = (1.5 − 1)(1.5 − 2)x⁴ = −x⁴/4.
    check(
        "(y - x^2)(y - 2x^2)",
        &[0.0, 0.0],
        Saddle,
        LeadingTerm,
        Some(4),
    );
    // Along y the loss is −y¹²: down, to order 12.
    check("x^2 - y^12", &[0.0, 0.0], Saddle, LeadingTerm, Some(12));
    check("x^2 - y^16", &[0.0, 0.0], Saddle, LeadingTerm, Some(16));
    // −1e-8·y⁴ is small, not zero: its coefficient is exact.
    check("x^2 - 1e-8 y^4", &[0.0, 0.0], Saddle, LeadingTerm, Some(4));
    // The constant 1e8 lives in the zeroth coefficient and does not hide the −y⁴.
    check("1e8 + x^2 - y^4", &[0.0, 0.0], Saddle, LeadingTerm, Some(4));
}

#[test]
fn degenerate_points_of_every_kind() {
    use Kind::*;
    use RefinedReason::*;
    // No curved direction (H = 0): odd leading terms go both ways.
    check("x^3 + y^3", &[0.0, 0.0], Saddle, LeadingTerm, Some(3));
    check("x^3 - 3x y^2", &[0.0, 0.0], Saddle, LeadingTerm, Some(3));
    check("x^3", &[0.0], Saddle, LeadingTerm, Some(3)); // an inflection: neither min nor max
    check("x^5", &[0.0], Saddle, LeadingTerm, Some(5));
    // x⁴ ± x⁵: t⁴ leads on both sides.
    check("x^4 + x^5", &[0.0], Minimum, LeadingTerm, Some(4));
    check("-x^4 + x^5", &[0.0], Maximum, LeadingTerm, Some(4));
    // Two flat directions: the quartic form x⁴ − x²y² + y⁴ is ≥ 1/4 on the unit circle…
    check(
        "x^4 - x^2 y^2 + y^4",
        &[0.0, 0.0],
        Minimum,
        LeadingTerm,
        Some(4),
    );
    // …while x⁴ − 3x²y² + y⁴ is −1/4 at 45°.
    check(
        "x^4 - 3x^2 y^2 + y^4",
        &[0.0, 0.0],
        Saddle,
        LeadingTerm,
        Some(4),
    );
    // One flat direction, curved x: relaxing x² − x³ over x gives x = 0, φ = y⁴.
    check(
        "x^2 - x^3 + y^4",
        &[0.0, 0.0],
        Minimum,
        LeadingTerm,
        Some(4),
    );
    check("x^2 - x^3 - y^4", &[0.0, 0.0], Saddle, LeadingTerm, Some(4));
    // The flat eigenvalue 2e-10 is under the threshold, yet real: φ = 1e-10·y² − y³ has a
    // strict minimum at 0.
    check(
        "x^2 + 1e-10 y^2 - y^3",
        &[0.0, 0.0],
        Minimum,
        LeadingTerm,
        Some(2),
    );
    // Three parameters, one flat direction (z) with a cubic: down along +z.
    check("x^4 + y^4 - z^3", &[0.0; 3], Saddle, LeadingTerm, Some(3));
    // Kinks: |x| rises at rate 1 both ways while y³ falls one way (the way out, at order 3);
    // −|x| falls at rate 1 both ways across a curved y.
    check("abs(x) + y^3", &[0.0, 0.0], Saddle, LeadingTerm, Some(3));
    check("y^2 - abs(x)", &[0.0, 0.0], Saddle, LeadingTerm, Some(1));
}

#[test]
fn proofs_beyond_any_order() {
    use Kind::*;
    use RefinedReason::*;
    // Nonnegative by their form, zero at θ′: global minima (maxima for the mirror images).
    check("x^2 + y^4", &[0.0, 0.0], Minimum, NonnegativeLoss, None);
    check("x^4 + y^4", &[0.0, 0.0], Minimum, NonnegativeLoss, None);
    check(
        "3(-((w1-1)^4 + (w2-1)^4))",
        &[1.0, 1.0],
        Maximum,
        NonpositiveLoss,
        None,
    );
    check("x^2 y^2", &[0.0, 0.0], Minimum, NonnegativeLoss, None);
    check("x^2 y^2", &[0.0, 1.5], Minimum, NonnegativeLoss, None);
    check(
        "(x^2 + y^2 - 1)^2",
        &[0.6, 0.8],
        Minimum,
        NonnegativeLoss,
        None,
    );
    check(
        "(1 - w1 w2)^2",
        &[3.0, 1.0 / 3.0],
        Minimum,
        NonnegativeLoss,
        None,
    );
    check(
        "relu(x) + relu(y)",
        &[-1.0, -0.5],
        Minimum,
        NonnegativeLoss,
        None,
    );
    check("abs(x) + y^2", &[0.0, 0.0], Minimum, NonnegativeLoss, None);
    // A curve of critical points along which the loss is constant: x²y along x = 0 (the
    // curvature across is 2y), and −cos(x − y) along x = y.
    check("x^2 y", &[0.0, 1.0], Minimum, CriticalCurve, None);
    check("x^2 y", &[0.0, -1.0], Maximum, CriticalCurve, None);
    check("-cos(x - y)", &[0.3, 0.3], Minimum, CriticalCurve, None);
    // At the origin x²y = t³cos²α·sin α along a ray: both signs.
    check("x^2 y", &[0.0, 0.0], Saddle, LeadingTerm, Some(3));
}

#[test]
fn unknown_when_f64_cannot_tell() {
    use Kind::Unknown;
    use RefinedReason::*;
    // −y¹⁸ is beyond the 16 orders computed.
    check("x^2 - y^18", &[0.0, 0.0], Unknown, FlatToOrder, None);
    // x⁶ − x⁶ is 0 in exact arithmetic but every computed coefficient carries rounding.
    check("x^6 - x^6 + y - y", &[0.0, 0.0], Unknown, FlatToOrder, None);
    // (x² + y²)² − x²y²z at 0: three flat directions, no ray goes down, no proof of a minimum.
    check(
        "(x^2 + y^2)^2 - x^2 y^2 z",
        &[0.0; 3],
        Unknown,
        SeveralFlatDirections,
        None,
    );
}

#[test]
fn points_critical_only_to_the_tolerance_are_judged_where_they_point() {
    // 2.4e-14 off the lecture's valley (where a search once left it): its Hessian has a
    // negative "zero" eigenvalue −4.7e-14, yet the critical point it stands for is a minimum.
    let lecture = Loss::new("(1 - w1 w2)^2").unwrap();
    let off = [0.9957575764148358, 1.0042604984241874];
    let a = lecture.analyze(&off, Tolerances::default()).unwrap();
    assert_eq!((a.kind, a.refined), (Kind::Inconclusive, Kind::Minimum));
    // 1e-5 from the degenerate minimum of x⁴ + y⁴, where ‖g‖ = 4e-15.
    let quartic = Loss::new("x^4 + y^4").unwrap();
    let a = quartic
        .analyze(&[1e-5, 0.0], Tolerances::default())
        .unwrap();
    assert_eq!((a.kind, a.refined), (Kind::Inconclusive, Kind::Minimum));
}

#[test]
fn a_clear_eigenvalue_at_theta_does_not_outvote_the_point_it_stands_for() {
    // 10⁻⁷ off the lecture's valley: g = 2.8e-7 is under the tolerance and H has the
    // eigenvalues −2e-7 and 4 (above the zero threshold 4e-8), a "saddle" at θ′ by itself. The
    // critical point θ′ stands for is (1, 1) on the valley, where the small eigenvalue is 0
    // and the loss, a square, is 0: a minimum. Below the valley the tiny eigenvalue is +6e-7.
    let cases: &[(&str, &[f64], Kind, Kind)] = &[
        (
            "(1 - w1 w2)^2",
            &[1.0000001, 1.0],
            Kind::Inconclusive,
            Kind::Minimum,
        ),
        (
            "(1 - w1 w2)^2",
            &[0.9999997, 1.0],
            Kind::Inconclusive,
            Kind::Minimum,
        ),
        // x³ at 10⁻⁴: g = 3e-8, H = 6e-4 > 0; it stands for 0, an inflection (x³ falls to the
        // left): no minimum, however small the step. Mirrored: no maximum.
        ("x^3", &[1e-4], Kind::Inconclusive, Kind::Saddle),
        ("x^3", &[-1e-4], Kind::Inconclusive, Kind::Saddle),
        // Non-degenerate points keep their second-order verdict: x² at 10⁻⁷ stands for 0,
        // where H = 2 still; x² − y² likewise a saddle.
        ("x^2", &[1e-7], Kind::Minimum, Kind::Minimum),
        ("x^2 - y^2", &[1e-7, -2e-7], Kind::Saddle, Kind::Saddle),
    ];
    for &(formula, theta, kind, refined) in cases {
        let a = Loss::new(formula)
            .unwrap()
            .analyze(theta, Tolerances::default())
            .unwrap();
        assert_eq!(
            (a.kind, a.refined),
            (kind, refined),
            "{formula} at {theta:?}"
        );
    }
}

#[test]
fn the_look_stays_within_its_budget() {
    // Thousands of rows make every pass long: the look says "unknown" (work budget) or
    // decides, in bounded time, and never claims more.
    let rows: Vec<f64> = (0..4000).map(|i| 1.0 + i as f64 / 4000.0).collect();
    let data = hessian_explorer::Data::new().with_column("q", rows);
    let loss = Loss::with_data("mean(q sin(x^2 + y^2)) - mean(q) x^2 y^2 z", &data).unwrap();
    let start = std::time::Instant::now();
    let a = loss.analyze(&[0.0; 3], Tolerances::default()).unwrap();
    assert!(start.elapsed().as_secs_f64() < 5.0, "{:?}", start.elapsed());
    assert!(matches!(
        a.refined,
        Kind::Unknown | Kind::Saddle | Kind::Minimum
    ));
    if a.refined == Kind::Unknown {
        assert!(a.refined_reason.is_some());
    }
}
