//! Exact derivatives, checked against an independent derivation: SymPy differentiates each
//! formula symbolically and evaluates at 50 digits (`tests/reference/derivatives.py`, which
//! writes `reference_table.rs`). Autodiff must agree to 1e-12 relative.

use hessian_explorer::{Data, Loss};

use super::reference_table::CASES;

/// One formula at one point, with its derivatives as SymPy computed them.
pub struct Case {
    pub name: &'static str,
    pub formula: &'static str,
    pub data: &'static [(&'static str, &'static [f64])],
    pub params: &'static [&'static str],
    pub theta: &'static [f64],
    pub value: f64,
    pub gradient: &'static [f64],
    pub hessian: &'static [&'static [f64]],
}

const RELATIVE: f64 = 1e-12;

fn close(got: f64, expected: f64, scale: f64) -> bool {
    (got - expected).abs() <= RELATIVE * expected.abs().max(scale)
}

fn check(case: &Case) {
    let data = case.data.iter().fold(Data::new(), |data, (name, values)| {
        data.with_column(*name, values.to_vec())
    });
    let loss =
        Loss::with_data(case.formula, &data).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_eq!(loss.params(), case.params, "{}", case.name);
    let d = loss.derivatives(case.theta).unwrap();
    // Entries that cancel to zero are compared at the scale of their neighbours.
    let gradient_scale = case.gradient.iter().fold(1e-300f64, |m, g| m.max(g.abs()));
    let hessian_scale = case
        .hessian
        .iter()
        .flat_map(|row| row.iter())
        .fold(1e-300f64, |m, h| m.max(h.abs()));
    assert!(
        close(d.value, case.value, 1e-300),
        "{}: value {} vs {}",
        case.name,
        d.value,
        case.value
    );
    for (i, &expected) in case.gradient.iter().enumerate() {
        let got = d.gradient[i];
        assert!(
            close(got, expected, gradient_scale),
            "{}: g[{i}] {got} vs {expected}",
            case.name
        );
    }
    for (i, row) in case.hessian.iter().enumerate() {
        for (j, &expected) in row.iter().enumerate() {
            let got = d.hessian[(i, j)];
            assert!(
                close(got, expected, hessian_scale),
                "{}: H[{i}][{j}] {got} vs {expected}",
                case.name
            );
        }
    }
    // The gradient-only path agrees with the Hessian path.
    assert_eq!(
        loss.gradient(case.theta).unwrap(),
        d.gradient,
        "{}",
        case.name
    );
    assert_eq!(loss.value(case.theta).unwrap(), d.value, "{}", case.name);
}

#[test]
fn autodiff_matches_sympy() {
    assert!(CASES.len() >= 40, "the table has {} cases", CASES.len());
    for case in CASES {
        check(case);
    }
}
