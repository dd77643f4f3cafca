//! No input panics: any string, any θ, any window gives a value or an error. A panic in wasm
//! kills the page, so these run on random and formula-shaped input (proptest).

use hessian_explorer::{Data, GridSpec, Loss, Tolerances, Window};
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

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
