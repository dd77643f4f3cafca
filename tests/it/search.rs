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

#[test]
fn the_lecture_saddle_and_its_valleys() {
    let data = Data::new()
        .with_column("x", vec![1.0])
        .with_column("y", vec![1.0]);
    let loss = Loss::with_data("(y - w1*w2*x)^2", &data).unwrap();
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
