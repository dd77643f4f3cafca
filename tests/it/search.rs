//! Critical points in a window: isolated points, and the lecture's valley reported as curves.

use hessian_explorer::{Data, Kind, Loss, Tolerances, Window};

fn window(x: (f64, f64), y: (f64, f64), at: Vec<f64>) -> Window {
    Window {
        axes: vec![0, 1],
        ranges: vec![x, y],
        at,
    }
}

fn count(points: &[hessian_explorer::CriticalPoint], kind: Kind) -> usize {
    points
        .iter()
        .filter(|p| p.kind == kind && p.curve.is_none())
        .count()
}

#[test]
fn himmelblau_has_nine() {
    let loss = Loss::new("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2").unwrap();
    let points = loss
        .critical_points(
            &window((-5.0, 5.0), (-5.0, 5.0), vec![0.0, 0.0]),
            Tolerances::default(),
        )
        .unwrap();
    assert_eq!(points.len(), 9, "{points:#?}");
    assert_eq!(count(&points, Kind::Minimum), 4);
    assert_eq!(count(&points, Kind::Maximum), 1);
    assert_eq!(count(&points, Kind::Saddle), 4);
    let known_minimum = points
        .iter()
        .any(|p| (p.point[0] - 3.0).abs() < 1e-9 && (p.point[1] - 2.0).abs() < 1e-9);
    assert!(known_minimum);
    let maximum = points.iter().find(|p| p.kind == Kind::Maximum).unwrap();
    assert!(
        (maximum.point[0] + 0.270845).abs() < 1e-5 && (maximum.point[1] + 0.923039).abs() < 1e-5
    );
}

/// The lecture's loss (y − w1·w2·x)² with its one example x = 1, ŷ = 1.
fn lecture() -> Loss {
    let data = Data::new()
        .with_column("x", vec![1.0])
        .with_column("y", vec![1.0]);
    Loss::with_data("(y - w1*w2*x)^2", &data).unwrap()
}

#[test]
fn the_lecture_saddle_and_its_valleys() {
    let loss = lecture();
    let points = loss
        .critical_points(
            &window((-2.0, 2.0), (-2.0, 2.0), vec![0.0, 0.0]),
            Tolerances::default(),
        )
        .unwrap();
    let saddles: Vec<_> = points.iter().filter(|p| p.kind == Kind::Saddle).collect();
    assert_eq!(saddles.len(), 1, "{points:#?}");
    assert!(
        saddles[0].point.iter().all(|x| x.abs() < 1e-12),
        "{:?}",
        saddles[0].point
    );
    // Two branches of the hyperbola w1·w2 = 1, each once, as a curve of minima.
    let valleys: Vec<_> = points.iter().filter(|p| p.curve.is_some()).collect();
    assert_eq!(valleys.len(), 2, "{points:#?}");
    assert_eq!(points.len(), 3);
    for valley in valleys {
        assert_eq!(
            (valley.kind, valley.refined),
            (Kind::Inconclusive, Kind::Minimum)
        );
        let curve = valley.curve.as_ref().unwrap();
        assert!(curve.len() > 50, "traced densely: {}", curve.len());
        for p in curve {
            assert!((p[0] * p[1] - 1.0).abs() < 1e-6, "on the valley: {p:?}");
        }
        // It runs across the window, from near one edge to near the other.
        let xs: Vec<f64> = curve.iter().map(|p| p[0].abs()).collect();
        let (lo, hi) = xs
            .iter()
            .fold((f64::MAX, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        assert!(lo < 0.6 && hi > 1.9, "spans the window: {lo}..{hi}");
    }
}

#[test]
fn other_parameters_stay_fixed() {
    // With c fixed at 1, the slice (a, b) has its minimum at (1, -1); c's own gradient there
    // is not zero, and the full analysis says so.
    let loss = Loss::new("(a - c)^2 + (b + c)^2 + (c - 2)^2").unwrap();
    let search = Window {
        axes: vec![0, 1],
        ranges: vec![(-3.0, 3.0), (-3.0, 3.0)],
        at: vec![0.0, 0.0, 1.0],
    };
    let points = loss
        .critical_points(&search, Tolerances::default())
        .unwrap();
    assert_eq!(points.len(), 1);
    assert!((points[0].point[0] - 1.0).abs() < 1e-12 && (points[0].point[1] + 1.0).abs() < 1e-12);
    assert_eq!(points[0].point[2], 1.0);
    assert_eq!(points[0].kind, Kind::NotCritical);
}

#[test]
fn one_parameter_and_none() {
    let loss = Loss::new("x^3 - 3x").unwrap();
    let line = Window {
        axes: vec![0],
        ranges: vec![(-3.0, 3.0)],
        at: vec![0.0],
    };
    let points = loss.critical_points(&line, Tolerances::default()).unwrap();
    let kinds: Vec<Kind> = points.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [Kind::Minimum, Kind::Maximum],
        "sorted by value: {points:?}"
    );
    let constant = Loss::new("2 + 3").unwrap();
    let nothing = Window {
        axes: vec![],
        ranges: vec![],
        at: vec![],
    };
    assert!(constant
        .critical_points(&nothing, Tolerances::default())
        .unwrap()
        .is_empty());
}

#[test]
fn bad_windows_are_errors() {
    let loss = Loss::new("x^2 + y^2").unwrap();
    let tol = Tolerances::default();
    assert!(loss
        .critical_points(&window((0.0, 0.0), (-1.0, 1.0), vec![0.0, 0.0]), tol)
        .is_err());
    assert!(loss
        .critical_points(
            &window((0.0, f64::INFINITY), (-1.0, 1.0), vec![0.0, 0.0]),
            tol
        )
        .is_err());
    assert!(loss
        .critical_points(&window((0.0, 1.0), (-1.0, 1.0), vec![0.0]), tol)
        .is_err());
    let same = Window {
        axes: vec![1, 1],
        ranges: vec![(0.0, 1.0), (0.0, 1.0)],
        at: vec![0.0, 0.0],
    };
    assert!(loss.critical_points(&same, tol).is_err());
}

/// What one entry of the list should be: a point (at `at`, when given), a curve or a
/// region, with its kind and refined verdict.
#[derive(Debug, PartialEq, Clone, Copy)]
enum Shape {
    Point(Option<&'static [f64]>),
    Curve,
    Region,
}

/// Checks the whole list for `formula` over `ranges` (one or two axes), as a multiset of
/// shapes and verdicts; points given a position must be there to 1e-9.
fn check(formula: &str, ranges: &[(f64, f64)], expected: &[(Shape, Kind, Kind)]) {
    let loss = Loss::new(formula).unwrap();
    let n = loss.params().len();
    let window = Window {
        axes: (0..ranges.len()).collect(),
        ranges: ranges.to_vec(),
        at: vec![0.0; n],
    };
    let points = loss
        .critical_points(&window, Tolerances::default())
        .unwrap();
    let mut unmatched: Vec<_> = points.iter().collect();
    for &(shape, kind, refined) in expected {
        let found = unmatched.iter().position(|p| {
            let same_shape = match shape {
                Shape::Point(at) => {
                    p.curve.is_none()
                        && !p.region
                        && at.is_none_or(|at| {
                            p.point.iter().zip(at).all(|(a, b)| (a - b).abs() < 1e-9)
                        })
                }
                Shape::Curve => p.curve.is_some(),
                Shape::Region => p.region,
            };
            same_shape && p.kind == kind && p.refined == refined
        });
        match found {
            Some(i) => {
                unmatched.remove(i);
            }
            None => panic!("{formula}: no {shape:?} {kind:?}/{refined:?} in {points:#?}"),
        }
    }
    assert!(
        unmatched.is_empty(),
        "{formula}: extra entries {unmatched:#?}"
    );
}

const SQUARE: &[(f64, f64)] = &[(-2.0, 2.0), (-2.0, 2.0)];
const LINE: &[(f64, f64)] = &[(-2.0, 2.0)];
const ORIGIN: Option<&[f64]> = Some(&[0.0, 0.0]);

#[test]
fn one_entry_per_isolated_point_however_degenerate() {
    use Kind::*;
    use Shape::*;
    let flat = Inconclusive;
    // Each has a single critical point, where H is singular; Newton reaches it only linearly
    // but the list has it once, exactly at the origin (rounded there in Rust).
    check("x^2 + y^4", SQUARE, &[(Point(ORIGIN), flat, Minimum)]);
    check("x^4 + y^4", SQUARE, &[(Point(ORIGIN), flat, Minimum)]);
    check(
        "3(-((w1-1)^4 + (w2-1)^4))",
        SQUARE,
        &[(Point(Some(&[1.0, 1.0])), flat, Maximum)],
    );
    check("x^3 + y^3", SQUARE, &[(Point(ORIGIN), flat, Saddle)]);
    check("x^3 - 3x y^2", SQUARE, &[(Point(ORIGIN), flat, Saddle)]);
    check(
        "(y - x^2)(y - 2x^2)",
        SQUARE,
        &[(Point(ORIGIN), flat, Saddle)],
    );
    check("x^5", LINE, &[(Point(Some(&[0.0])), flat, Saddle)]);
    check("x^3", LINE, &[(Point(Some(&[0.0])), flat, Saddle)]);
    check(
        "(1 - x)^2 + 100(y - x^2)^2",
        SQUARE,
        &[(Point(Some(&[1.0, 1.0])), Minimum, Minimum)],
    );
    // Three critical points 7e-4 apart (minima at ±√5e-7, a maximum between): not merged.
    check(
        "x^4 - 1e-6 x^2",
        LINE,
        &[
            (Point(None), Minimum, Minimum),
            (Point(None), Minimum, Minimum),
            (Point(Some(&[0.0])), Maximum, Maximum),
        ],
    );
}

#[test]
fn continua_come_as_curves_split_by_kind() {
    use Kind::*;
    use Shape::*;
    let flat = Inconclusive;
    // x²y²: both axes are minima (L = 0 ≥ 0); they cross at the origin, where H = 0.
    check(
        "x^2 y^2",
        SQUARE,
        &[(Curve, flat, Minimum), (Curve, flat, Minimum)],
    );
    // x²y: the axis x = 0, minima above the origin (curvature 2y > 0), maxima below.
    check(
        "x^2 y",
        SQUARE,
        &[(Curve, flat, Minimum), (Curve, flat, Maximum)],
    );
    // The ring of minima and the maximum at its centre.
    check(
        "(x^2 + y^2 - 1)^2",
        SQUARE,
        &[(Curve, flat, Minimum), (Point(ORIGIN), Maximum, Maximum)],
    );
    // Lines of minima (x = y) and of maxima (x − y = ±π) of −cos(x − y).
    check(
        "-cos(x - y)",
        SQUARE,
        &[
            (Curve, flat, Minimum),
            (Curve, flat, Maximum),
            (Curve, flat, Maximum),
        ],
    );
    // A dead ReLU's plateau: every point of the quadrant x, y < 0 is critical.
    check("relu(x) + relu(y)", SQUARE, &[(Region, flat, Minimum)]);
    check("relu(x)", LINE, &[(Region, flat, Minimum)]);
}

#[test]
fn traced_curves_are_whole() {
    let window = |ranges: Vec<(f64, f64)>| Window {
        axes: vec![0, 1],
        ranges,
        at: vec![0.0, 0.0],
    };
    let tol = Tolerances::default();
    // Each axis of x²y² is traced across the whole window, through the crossing.
    let axes = Loss::new("x^2 y^2").unwrap();
    for p in axes.critical_points(&window(SQUARE.to_vec()), tol).unwrap() {
        let curve = p.curve.unwrap();
        let along = if curve[0][0].abs() > curve[0][1].abs() {
            0
        } else {
            1
        };
        let (lo, hi) = curve.iter().fold((f64::MAX, f64::MIN), |(lo, hi), q| {
            (lo.min(q[along]), hi.max(q[along]))
        });
        assert!(
            lo < -1.9 && hi > 1.9,
            "axis {along} traced from {lo} to {hi}"
        );
        assert!(curve.iter().all(|q| q[1 - along].abs() < 1e-12));
    }
    // The ring closes on itself and stays on x² + y² = 1.
    let ring = Loss::new("(x^2 + y^2 - 1)^2").unwrap();
    let points = ring.critical_points(&window(SQUARE.to_vec()), tol).unwrap();
    let curve = points.iter().find_map(|p| p.curve.clone()).unwrap();
    assert_eq!(curve.first(), curve.last(), "closed");
    assert!(curve.len() > 150);
    for q in &curve {
        assert!((q[0] * q[0] + q[1] * q[1] - 1.0).abs() < 1e-12, "{q:?}");
    }
}

#[test]
fn windows_at_the_ends_of_f64() {
    use Kind::Saddle;
    // A window of ±1e308 computes no NaN and finds the lecture's saddle at the origin.
    let lecture = lecture();
    let huge = window((-1e308, 1e308), (-f64::MAX, f64::MAX), vec![0.0, 0.0]);
    let points = lecture
        .critical_points(&huge, Tolerances::default())
        .unwrap();
    assert!(points.iter().all(|p| p.point.iter().all(|x| x.is_finite())));
    assert!(points
        .iter()
        .any(|p| p.kind == Saddle && p.point == [0.0, 0.0]));
    // A window 1e-300 wide around a minimum finds it.
    let bowl = Loss::new("(x - 1e-300)^2 + y^2").unwrap();
    let tiny = window((0.0, 2e-300), (-1e-300, 1e-300), vec![0.0, 0.0]);
    let points = bowl.critical_points(&tiny, Tolerances::default()).unwrap();
    assert!(points.iter().all(|p| p.point.iter().all(|x| x.is_finite())));
}
