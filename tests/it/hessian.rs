//! The Hessian from local curvatures (`eval::curvature`, what the analysis uses) against the
//! Hessian from n forward-over-reverse sweeps (`autodiff::hessian_by_sweeps`): two
//! derivations that share only the derivative rules, on random formulas and points. The
//! SymPy table (`reference.rs`) checks the first against an independent truth.

use hessian_explorer::eval::autodiff::hessian_by_sweeps;
use hessian_explorer::eval::curvature::hessian;
use hessian_explorer::{Data, Loss};
use proptest::prelude::*;

/// Formulas built from well-formed pieces: every function, data inside and outside sums,
/// shared subexpressions and powers.
fn formula() -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(vec!["a", "b", "c", "x", "y", "0.7", "2", "a*b", "(b - x)"]);
    leaf.prop_map(str::to_string)
        .prop_recursive(6, 64, 3, |inner| {
            let unary = prop::sample::select(vec![
                "sin", "cos", "tan", "exp", "tanh", "sigmoid", "softplus", "abs", "relu", "sqrt",
                "log",
            ]);
            let binary = prop::sample::select(vec!["+", "-", "*", "/", "^"]);
            prop_oneof![
                (unary, inner.clone()).prop_map(|(f, e)| format!("{f}({e})")),
                (inner.clone(), binary, inner.clone())
                    .prop_map(|(l, op, r)| format!("({l}){op}({r})")),
                (
                    inner.clone(),
                    prop::sample::select(vec!["2", "3", "0.5", "-1"])
                )
                    .prop_map(|(e, p)| format!("({e})^{p}")),
                (inner.clone(), inner.clone()).prop_map(|(l, r)| format!("max({l}, {r})")),
                inner.clone().prop_map(|e| format!("sum({e})")),
            ]
        })
}

/// Both derivations agree wherever both are finite (to 1e-9 of the matrix's scale).
fn check(formula: &str, theta: &[f64]) {
    let data = Data::new()
        .with_column("x", vec![0.5, -1.25, 2.0])
        .with_column("y", vec![1.0, 0.0, -0.75]);
    let Ok(loss) = Loss::with_data(formula, &data) else {
        return;
    };
    let theta = &theta[..loss.params().len()];
    let (value, gradient, fast) = hessian(loss.tape(), theta);
    let (value2, gradient2, slow) = hessian_by_sweeps(loss.tape(), theta);
    assert_eq!(value.to_bits(), value2.to_bits(), "{formula}: value");
    assert_eq!(gradient.len(), gradient2.len());
    if !fast.iter().chain(slow.iter()).all(|h| h.is_finite()) {
        return;
    }
    let scale = slow.iter().fold(1.0f64, |m, h| m.max(h.abs()));
    for (f, s) in fast.iter().zip(slow.iter()) {
        assert!(
            (f - s).abs() <= 1e-9 * scale,
            "{formula} at {theta:?}: {fast} vs {slow}"
        );
    }
    assert_eq!(fast, fast.transpose(), "{formula}: symmetric");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn curvature_agrees_with_sweeps(formula in formula(), theta in prop::collection::vec(-2.0..2.0f64, 3)) {
        check(&formula, &theta);
    }
}

/// Cases where the two derivations could part: a repeated operand, a constant operand, an
/// unused parameter, a parameter read only linearly, and a network-shaped sum over rows.
#[test]
fn edge_cases() {
    for formula in [
        "a*a",
        "a*a*a + 2*a",
        "(a*b)*(a*b) + b",
        "a + 0*b",
        "a/b + b^a",
        "sum((y - (a*tanh(b*x + c)))^2)",
        "mean(softplus(a*x + b) - y*(a*x + b))",
        "sqrt(a^2 + b^2)",
    ] {
        check(formula, &[0.3, -1.1, 0.8]);
    }
}

/// Every row of the SymPy table (`reference.rs` checks `Loss::derivatives`, which takes small
/// losses by sweeps) against the local-curvature Hessian too.
#[test]
fn curvature_agrees_with_sympy() {
    for case in super::reference_table::CASES {
        let data = case.data.iter().fold(Data::new(), |d, (name, values)| {
            d.with_column(*name, values.to_vec())
        });
        let loss = Loss::with_data(case.formula, &data).unwrap();
        let (_, _, h) = hessian(loss.tape(), case.theta);
        let expected: Vec<f64> = case
            .hessian
            .iter()
            .flat_map(|r| r.iter().copied())
            .collect();
        let scale = expected.iter().fold(1e-300f64, |m, x| m.max(x.abs()));
        let n = case.params.len();
        for (k, want) in expected.iter().enumerate() {
            let got = h[(k / n, k % n)];
            let ok = (got - want).abs() <= 1e-12 * want.abs().max(scale);
            assert!(ok, "{}: H[{}][{}] {got} vs {want}", case.name, k / n, k % n);
        }
    }
}
