//! Taylor-mode jets against SymPy: the exact coefficients of f(θ′ + t·d), derived
//! symbolically by `tests/reference/series.py` (which writes `series_table.rs`). Each jet
//! coefficient carries a rounding bound ([`Approx`]); the bound must contain the truth, and
//! the coefficient must be within 1e-12 of it, relative to the largest coefficient.

use hessian_explorer::eval::approx::Approx;
use hessian_explorer::eval::forward::forward;
use hessian_explorer::eval::jet::Jet;
use hessian_explorer::Loss;

use super::series_table::CASES;

/// One formula, one point and one direction, with SymPy's coefficients, c₀ first.
pub struct Case {
    pub name: &'static str,
    pub formula: &'static str,
    pub theta: &'static [f64],
    pub direction: &'static [f64],
    pub coefficients: &'static [f64],
}

fn check(case: &Case) {
    let loss = Loss::new(case.formula).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let theta: Vec<Jet<Approx>> = case
        .theta
        .iter()
        .zip(case.direction)
        .map(|(&a, &d)| Jet::line(a, d))
        .collect();
    let mut slots = Vec::new();
    forward(loss.tape(), &theta, &mut slots);
    let series = &slots[loss.tape().output()];
    let scale = case.coefficients.iter().fold(0.0f64, |m, c| m.max(c.abs()));
    for (k, (&expected, got)) in case
        .coefficients
        .iter()
        .zip(series.coefficients())
        .enumerate()
    {
        let miss = (got.value - expected).abs();
        // The truth, rounded to f64 once, lies within the bound (plus that one rounding).
        let allowed = got.error + f64::EPSILON * expected.abs();
        assert!(
            miss <= allowed,
            "{}: t^{k}: {} ± {:e} does not contain {expected}",
            case.name,
            got.value,
            got.error
        );
        assert!(
            miss <= 1e-12 * scale,
            "{}: t^{k}: {} vs {expected}",
            case.name,
            got.value
        );
    }
}

#[test]
fn jets_match_sympy_and_their_bounds_hold() {
    assert!(CASES.len() >= 25, "the table has {} cases", CASES.len());
    for case in CASES {
        check(case);
    }
}
