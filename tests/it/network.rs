//! Networks as losses: the tape built straight from the layers against the same network
//! written as a formula (its readable text, compiled) and against SymPy's derivatives of the
//! hand-written network (`tests/reference/derivatives.py`); names, order, datasets, limits.

use hessian_explorer::network::{
    dataset, formula, initial_point, Activation, DatasetOptions, LossFunction, NetworkSpec,
};
use hessian_explorer::{Data, Loss};

use super::reference_table::CASES;

fn spec(
    inputs: &[&str],
    hidden: &[usize],
    activation: Activation,
    loss: LossFunction,
    bias: bool,
) -> NetworkSpec {
    NetworkSpec {
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        target: "y".into(),
        hidden: hidden.to_vec(),
        activation,
        loss,
        bias,
    }
}

fn data(columns: &[(&str, &[f64])]) -> Data {
    columns.iter().fold(Data::new(), |d, (name, values)| {
        d.with_column(*name, values.to_vec())
    })
}

/// |a − b| ≤ 1e-12·max(1, |b|) entry by entry.
fn assert_close(a: &[f64], b: &[f64], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: length");
    for (k, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            (x - y).abs() <= 1e-12 * y.abs().max(1.0),
            "{what}[{k}]: {x} vs {y}"
        );
    }
}

/// The network's tape and its formula, compiled, agree in value, gradient and Hessian at a
/// seeded starting point.
fn check_against_formula(spec: &NetworkSpec, data: &Data) {
    let network = Loss::network(spec, data).unwrap();
    let text = formula(spec).expect("a small network has a formula");
    let compiled = Loss::with_data(&text, data).unwrap_or_else(|e| panic!("{text}: {e}"));
    assert_eq!(network.params(), compiled.params(), "{text}");
    for run in 0..3 {
        let mut theta = initial_point(spec, 11, run);
        // Non-zero biases, so every parameter is exercised.
        theta
            .iter_mut()
            .enumerate()
            .for_each(|(k, t)| *t += 0.1 * (k as f64).sin());
        let a = network.derivatives(&theta).unwrap();
        let b = compiled.derivatives(&theta).unwrap();
        assert_close(&[a.value], &[b.value], &format!("{text}: value"));
        assert_close(&a.gradient, &b.gradient, &format!("{text}: gradient"));
        assert_close(
            a.hessian.as_slice(),
            b.hessian.as_slice(),
            &format!("{text}: hessian"),
        );
    }
}

#[test]
fn tape_agrees_with_formula() {
    use Activation::*;
    use LossFunction::*;
    let xor = dataset("xor", 0, DatasetOptions::default()).unwrap();
    let moons = dataset(
        "moons",
        3,
        DatasetOptions {
            n: Some(8),
            noise: None,
        },
    )
    .unwrap();
    let regression = dataset(
        "regression",
        5,
        DatasetOptions {
            n: Some(6),
            noise: None,
        },
    )
    .unwrap();
    let lecture = dataset("lecture", 0, DatasetOptions::default()).unwrap();
    let cases = [
        (spec(&["x"], &[1], Linear, SquaredError, false), &lecture),
        (spec(&["x"], &[3], Tanh, SquaredError, true), &regression),
        (
            spec(&["x"], &[2], Softplus, SquaredError, false),
            &regression,
        ),
        (spec(&["x"], &[2], Relu, SquaredError, true), &regression),
        (spec(&["x1", "x2"], &[2], Sigmoid, CrossEntropy, true), &xor),
        (
            spec(&["x1", "x2"], &[3, 2], Tanh, CrossEntropy, true),
            &moons,
        ),
        (
            spec(&["x1", "x2"], &[2, 2], Linear, SquaredError, true),
            &moons,
        ),
    ];
    for (spec, data) in cases {
        check_against_formula(&spec, data);
    }
}

/// The reference table's network rows were derived by SymPy from the network written by
/// hand; the tape built from the layers must match them (1e-12).
#[test]
fn tape_agrees_with_sympy() {
    let cases = [
        (
            "network 1-2-1, tanh, biases, squared error",
            spec(
                &["x"],
                &[2],
                Activation::Tanh,
                LossFunction::SquaredError,
                true,
            ),
        ),
        (
            "network 2-2-1, sigmoid, biases, cross-entropy on XOR",
            spec(
                &["x1", "x2"],
                &[2],
                Activation::Sigmoid,
                LossFunction::CrossEntropy,
                true,
            ),
        ),
    ];
    for (name, spec) in cases {
        let case = CASES.iter().find(|c| c.name == name).expect(name);
        assert_eq!(
            formula(&spec).as_deref(),
            Some(case.formula),
            "{name}: text"
        );
        let loss = Loss::network(&spec, &data(case.data)).unwrap();
        assert_eq!(loss.params(), case.params, "{name}");
        let d = loss.derivatives(case.theta).unwrap();
        let scale = |v: &[f64]| v.iter().fold(1.0f64, |m, x| m.max(x.abs()));
        assert!((d.value - case.value).abs() <= 1e-12 * case.value.abs().max(1.0));
        let g_scale = scale(case.gradient);
        for (got, want) in d.gradient.iter().zip(case.gradient) {
            assert!(
                (got - want).abs() <= 1e-12 * g_scale,
                "{name}: {got} vs {want}"
            );
        }
        let h: Vec<f64> = case
            .hessian
            .iter()
            .flat_map(|row| row.iter().copied())
            .collect();
        let h_scale = scale(&h);
        for (k, want) in h.iter().enumerate() {
            let got = d.hessian[(k / case.params.len(), k % case.params.len())];
            assert!(
                (got - want).abs() <= 1e-12 * h_scale,
                "{name}: H {got} vs {want}"
            );
        }
    }
}

#[test]
fn names_come_in_natural_order() {
    let s = spec(
        &["x1", "x2"],
        &[2],
        Activation::Tanh,
        LossFunction::SquaredError,
        true,
    );
    assert_eq!(
        s.param_names(),
        ["b1_1", "b1_2", "b2_1", "w1_1_1", "w1_1_2", "w1_2_1", "w1_2_2", "w2_1_1", "w2_1_2"]
    );
    let wide = spec(
        &["x1", "x2"],
        &[16, 16],
        Activation::Tanh,
        LossFunction::SquaredError,
        true,
    );
    assert_eq!(wide.param_count(), 337);
    let names = wide.param_names();
    assert_eq!(&names[..3], ["b1_1", "b1_2", "b1_3"]);
    assert_eq!(names[9], "b1_10", "digit runs compare as numbers");
    assert_eq!(names.last().unwrap(), "w3_1_16");
}

#[test]
fn the_largest_network_is_analysed_in_one_go() {
    let moons = dataset(
        "moons",
        1,
        DatasetOptions {
            n: Some(100),
            noise: None,
        },
    )
    .unwrap();
    let s = spec(
        &["x1", "x2"],
        &[16, 16],
        Activation::Tanh,
        LossFunction::CrossEntropy,
        true,
    );
    let loss = Loss::network(&s, &moons).unwrap();
    let theta = initial_point(&s, 1, 0);
    let analysis = loss.analyze(&theta, Default::default()).unwrap();
    assert_eq!(analysis.eigenvalues.len(), 337);
    assert!(analysis.eigenvalues.iter().all(|l| l.is_finite()));
    // The Hessian from local curvatures against n forward-over-reverse sweeps.
    let (_, _, fast) = hessian_explorer::eval::curvature::hessian(loss.tape(), &theta);
    let (_, _, slow) = hessian_explorer::eval::autodiff::hessian_by_sweeps(loss.tape(), &theta);
    let scale = slow.iter().fold(1.0f64, |m, h| m.max(h.abs()));
    assert!((fast - slow).iter().all(|d| d.abs() <= 1e-12 * scale));
}

#[test]
fn datasets_are_seeded_and_shaped() {
    let options = DatasetOptions {
        n: Some(31),
        noise: Some(0.2),
    };
    for name in hessian_explorer::network::DATASETS {
        let a = dataset(name, 9, options).unwrap();
        assert_eq!(
            a,
            dataset(name, 9, options).unwrap(),
            "{name}: same seed, same table"
        );
        let rows = a.columns()[0].1.len();
        assert!(a
            .columns()
            .iter()
            .all(|(_, v)| v.len() == rows && v.iter().all(|x| x.is_finite())));
        if *name != "lecture" {
            assert_eq!(rows, 31, "{name}");
            assert_ne!(
                a,
                dataset(name, 10, options).unwrap(),
                "{name}: another seed"
            );
        }
    }
    let moons = dataset(
        "moons",
        0,
        DatasetOptions {
            n: Some(40),
            noise: Some(0.0),
        },
    )
    .unwrap();
    let labels = &moons.columns()[2].1;
    assert_eq!(
        labels.iter().filter(|&&y| y == 1.0).count(),
        20,
        "half the rows each"
    );
}

#[test]
fn wrong_networks_are_coded_errors() {
    let xy = data(&[("x", &[1.0, 2.0]), ("y", &[0.5, 1.0])]);
    let code = |s: NetworkSpec, d: &Data| Loss::network(&s, d).unwrap_err().code();
    let base = || {
        spec(
            &["x"],
            &[2],
            Activation::Tanh,
            LossFunction::SquaredError,
            true,
        )
    };
    let cases: Vec<(NetworkSpec, Data, &str)> = vec![
        (
            NetworkSpec {
                inputs: vec![],
                ..base()
            },
            xy.clone(),
            "network_no_inputs",
        ),
        (
            NetworkSpec {
                inputs: vec!["z".into()],
                ..base()
            },
            xy.clone(),
            "network_unknown_column",
        ),
        (
            NetworkSpec {
                inputs: vec!["y".into()],
                ..base()
            },
            xy.clone(),
            "network_same_column",
        ),
        (
            NetworkSpec {
                hidden: vec![0],
                ..base()
            },
            xy.clone(),
            "network_bad_width",
        ),
        (
            NetworkSpec {
                hidden: vec![1; 9],
                ..base()
            },
            xy.clone(),
            "network_too_many_layers",
        ),
        (
            NetworkSpec {
                hidden: vec![200, 200],
                ..base()
            },
            xy.clone(),
            "network_too_many_params",
        ),
        (
            NetworkSpec {
                loss: LossFunction::CrossEntropy,
                ..base()
            },
            xy.clone(),
            "network_not_binary",
        ),
        (
            base(),
            data(&[("x", &[1.0]), ("y", &[0.5, 1.0])]),
            "data_length",
        ),
        (
            base(),
            data(&[("x", &[f64::NAN]), ("y", &[0.5])]),
            "data_not_finite",
        ),
        (
            NetworkSpec {
                hidden: vec![16, 16],
                ..base()
            },
            data(&[("x", &[0.0; 1000]), ("y", &[0.0; 1000])]),
            "network_too_large",
        ),
    ];
    for (s, d, expected) in cases {
        assert_eq!(code(s, &d), expected);
    }
    assert_eq!(
        dataset("spiral", 0, DatasetOptions::default())
            .unwrap_err()
            .code(),
        "unknown_dataset"
    );
    let too_many = DatasetOptions {
        n: Some(100_000),
        noise: None,
    };
    assert_eq!(
        dataset("moons", 0, too_many).unwrap_err().code(),
        "bad_count"
    );
    assert_eq!(
        Activation::parse("gelu").unwrap_err().code(),
        "network_unknown_activation"
    );
}
