//! No input panics: any string, any θ, any window gives a value or an error. A panic in wasm
//! kills the page, so these run on random and formula-shaped input (proptest).

use hessian_explorer::optimize::Method;
use hessian_explorer::quiz::QuestionType;
use hessian_explorer::{Data, GridSpec, Kind, Loss, Tolerances, Window};
use proptest::prelude::*;

/// Strings built from the language's own pieces, so most of them get past the lexer and
/// exercise the parser, compiler and evaluators, not only the error paths.
fn formula_like() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "x",
        "y",
        "w1",
        "w₂",
        "θ",
        "ŷ",
        "e",
        "pi",
        "1",
        "0",
        "2.5",
        "1e-3",
        "1e308",
        "+",
        "-",
        "*",
        "/",
        "^",
        "²",
        "(",
        ")",
        ",",
        " ",
        "sin(",
        "log(",
        "sqrt(",
        "exp(",
        "max(",
        "min(",
        "sum(",
        "mean(",
        "abs(",
        "relu(",
        "softplus(",
        "sigmoid(",
        "tanh(",
        "tan(",
        "cos(",
        "ln(",
        "**",
        "−",
        "$",
        "1.2.3",
        "sine(",
    ]);
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// Well-formed formulas, built from the grammar: most of them compile, so the evaluators,
/// the look and the search are exercised, not only the parser's errors.
fn valid_formula() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(vec![
        "x", "y", "w1", "1", "2.5", "0", "1e-3", "1e8", "pi", "x", "y",
    ])
    .prop_map(String::from);
    leaf.prop_recursive(5, 40, 2, |inner| {
        let unary = prop::sample::select(vec![
            "sin", "cos", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu", "softplus",
        ]);
        prop_oneof![
            (
                inner.clone(),
                inner.clone(),
                prop::sample::select(vec!["+", "-", "*", "/"])
            )
                .prop_map(|(a, b, op)| format!("({a} {op} {b})")),
            (inner.clone(), prop::sample::select(vec![2, 3, 4, -1]))
                .prop_map(|(a, k)| format!("({a})^{k}")),
            (unary, inner.clone()).prop_map(|(f, a)| format!("{f}({a})")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("max({a}, {b})")),
        ]
    })
}

/// Formula-shaped strings, half of them well formed.
fn any_formula() -> impl Strategy<Value = String> {
    prop_oneof![formula_like(), valid_formula()]
}

/// A range: mostly an ordinary window, sometimes anything at all (reversed, empty, ±1e308,
/// subnormal, NaN).
fn any_range() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        3 => (-1e3..-1e-3f64, 1e-3..1e3f64),
        1 => (any_number(), any_number()),
        1 => prop::sample::select(vec![(-1e308, 1e308), (-f64::MAX, f64::MAX), (1e-300, 2e-300), (5.0, -5.0)]),
    ]
}

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e3..1e3f64,
        Just(0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-f64::INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        any::<f64>(),
    ]
}

/// Everything a page can ask of a formula, at one point and over one window.
fn exercise(formula: &str, theta: &[f64], range: (f64, f64), n: usize) {
    let data = Data::new()
        .with_column("x", vec![1.0, -2.0])
        .with_column("y", vec![0.5, 3.0]);
    for loss in [Loss::new(formula), Loss::with_data(formula, &data)]
        .into_iter()
        .flatten()
    {
        let k = loss.params().len();
        let at: Vec<f64> = (0..k)
            .map(|i| theta.get(i).copied().unwrap_or(0.5))
            .collect();
        let _ = loss.value(&at);
        let _ = loss.gradient(&at);
        let _ = loss.derivatives(&at);
        let _ = loss.analyze(&at, Tolerances::default());
        let _ = loss.analyze(theta, Tolerances::default());
        if k >= 1 {
            let y = if k >= 2 { Some(1) } else { None };
            let ny = if y.is_some() { n } else { 1 };
            let spec = GridSpec {
                x: 0,
                y,
                x_range: range,
                y_range: (range.1, range.0),
                nx: n,
                ny,
                at: at.clone(),
            };
            let _ = loss.grid(&spec);
        }
    }
}

/// `cases` property cases, or `PROPTEST_CASES` of them (a long run: `PROPTEST_CASES=20000
/// cargo test --release --test it properties`).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// A loss from a formula-shaped string, with or without a small data table.
fn some_loss(formula: &str, with_data: bool) -> Option<Loss> {
    let data = Data::new()
        .with_column("x", vec![1.0, -2.0, 0.25])
        .with_column("y", vec![0.5, 3.0, -1e3]);
    if with_data {
        Loss::with_data(formula, &data).ok()
    } else {
        Loss::new(formula).ok()
    }
}

/// Every error has a stable code (a JS `Error` is built from it).
fn coded<T>(result: Result<T, hessian_explorer::ArgumentError>) {
    if let Err(e) = result {
        assert!(!e.code().is_empty());
        assert!(!e.message(hessian_explorer::Lang::Zh).is_empty());
    }
}

/// θ of the loss's length from `values` (padded with 0.5), or `values` itself.
fn theta_for(loss: &Loss, values: &[f64], exact_length: bool) -> Vec<f64> {
    if exact_length {
        return values.to_vec();
    }
    (0..loss.params().len())
        .map(|i| values.get(i).copied().unwrap_or(0.5))
        .collect()
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn any_string_is_a_loss_or_an_error(text in ".{0,40}") {
        exercise(&text, &[0.3, -0.7, 1.1], (-1.0, 1.0), 3);
    }

    #[test]
    fn formula_shaped_strings_never_panic(
        formula in formula_like(),
        theta in prop::collection::vec(any_number(), 0..4),
        a in any_number(),
        b in any_number(),
        n in 0usize..6,
    ) {
        exercise(&formula, &theta, (a, b), n);
    }

    #[test]
    fn trajectories_never_panic(
        formula in any_formula(),
        with_data in any::<bool>(),
        start in prop::collection::vec(any_number(), 0..4),
        raw_length in any::<bool>(),
        method in 0usize..3,
        learning_rate in any_number(),
        beta in any_number(),
        steps in 0usize..60,
        tolerance in any_number(),
    ) {
        if let Some(loss) = some_loss(&formula, with_data) {
            let start = theta_for(&loss, &start, raw_length);
            let method = match method {
                0 => Method::GradientDescent { learning_rate },
                1 => Method::Momentum { learning_rate, beta },
                _ => Method::Newton,
            };
            let path = loss.trajectory(&start, method, steps, tolerance);
            if let Ok(path) = &path {
                prop_assert!(path.points.len() <= steps + 1);
                prop_assert_eq!(path.points.len(), path.values.len());
            }
            coded(path);
        }
    }

    #[test]
    fn grids_planes_and_lines_never_panic(
        formula in any_formula(),
        with_data in any::<bool>(),
        origin in prop::collection::vec(any_number(), 0..4),
        u in prop::collection::vec(any_number(), 0..4),
        v in prop::collection::vec(any_number(), 0..4),
        raw_lengths in any::<bool>(),
        ranges in (any_range(), any_range()),
        nx in 0usize..7,
        ny in 0usize..7,
    ) {
        if let Some(loss) = some_loss(&formula, with_data) {
            let (origin, u, v) = (
                theta_for(&loss, &origin, raw_lengths),
                theta_for(&loss, &u, raw_lengths),
                theta_for(&loss, &v, raw_lengths),
            );
            let (x_range, y_range) = ranges;
            let plane = hessian_explorer::eval::Plane { origin: origin.clone(), u: u.clone(), v };
            let values = loss.plane_grid(&plane, x_range, y_range, nx, ny);
            if let Ok(values) = &values {
                prop_assert_eq!(values.len(), nx * ny);
            }
            coded(values);
            coded(loss.line(&origin, &u, x_range, nx));
            let k = loss.params().len();
            let spec = GridSpec {
                x: 0,
                y: if k >= 2 { Some(1) } else { None },
                x_range,
                y_range,
                nx,
                ny: if k >= 2 { ny } else { 1 },
                at: origin,
            };
            coded(loss.grid(&spec));
        }
    }

    #[test]
    fn analysis_with_any_tolerances_never_panics(
        formula in any_formula(),
        theta in prop::collection::vec(any_number(), 0..4),
        gradient in any_number(),
        eigen in any_number(),
    ) {
        if let Some(loss) = some_loss(&formula, false) {
            let theta = theta_for(&loss, &theta, false);
            let analysis = loss.analyze(&theta, Tolerances { gradient, eigen });
            if let Ok(a) = &analysis {
                // A refined verdict other than the kind comes only with a reason.
                prop_assert!(a.refined == a.kind || a.refined_reason.is_some());
            }
            coded(analysis);
        }
    }

    #[test]
    fn quiz_questions_for_any_level_seed_and_index(
        level in any::<u32>(),
        seed in any::<u64>(),
        index in any::<u64>(),
    ) {
        let q = hessian_explorer::quiz::question(level, seed, index);
        // Graded by what the point is (the refined verdict); "decide" asks whether the
        // eigenvalues alone could tell.
        prop_assert_eq!(q.kind, q.analysis.refined);
        let expected = match q.question_type {
            QuestionType::Classify => format!("{:?}", q.kind),
            QuestionType::Decide if q.analysis.kind == Kind::Inconclusive => "No".into(),
            QuestionType::Decide => "Yes".into(),
            QuestionType::Escape => "Saddle".into(),
        };
        prop_assert_eq!(format!("{:?}", q.answer), expected);
    }
}

proptest! {
    #![proptest_config(config(150))]

    #[test]
    fn critical_points_in_extreme_windows_never_panic(
        formula in any_formula(),
        with_data in any::<bool>(),
        ranges in (any_range(), any_range()),
        at in prop::collection::vec(any_number(), 0..4),
    ) {
        if let Some(loss) = some_loss(&formula, with_data) {
            let k = loss.params().len();
            let axes: Vec<usize> = (0..k.min(2)).collect();
            let window = Window {
                ranges: vec![ranges.0, ranges.1][..axes.len()].to_vec(),
                axes,
                at: theta_for(&loss, &at, false),
            };
            let points = loss.critical_points(&window, Tolerances::default());
            if let Ok(points) = &points {
                prop_assert!(points.len() <= 100);
                for p in points {
                    prop_assert!(p.point.iter().all(|x| x.is_finite()));
                }
            }
            coded(points);
        }
    }
}

#[test]
fn critical_point_search_on_hostile_losses() {
    let tolerances = Tolerances::default();
    for formula in [
        "1/(x y)",
        "log(x) + log(y)",
        "sqrt(x) sqrt(y)",
        "x^y",
        "abs(x) + abs(y)",
        "max(x, y)^3",
        "sin(1/x) + y^2",
        "exp(exp(x)) + y",
        "tan(x) tan(y)",
        "(x - y)^0.5",
        "0 x + 0 y",
    ] {
        let loss = Loss::new(formula).unwrap();
        for ranges in [
            vec![(-2.0, 2.0), (-2.0, 2.0)],
            vec![(1e-300, 2e-300), (-1e300, 1e300)],
            vec![(5.0, -5.0), (0.0, 1e-9)],
        ] {
            let window = Window {
                axes: vec![0, 1],
                ranges,
                at: vec![0.0, 0.0],
            };
            let points = loss.critical_points(&window, tolerances).unwrap();
            assert!(points.len() <= 100, "{formula}");
        }
    }
}
