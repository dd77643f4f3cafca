//! One experiment run: seeded, bounded, and its counts consistent with its spectrum.

use hessian_explorer::experiment::{run, Method, RunOptions, Trainer, TrainingStop};
use hessian_explorer::network::{dataset, Activation, DatasetOptions, LossFunction, NetworkSpec};
use hessian_explorer::{Kind, Loss};

fn network(hidden: &[usize], activation: Activation, bias: bool, data: &str) -> Loss {
    let two_d = data != "regression" && data != "lecture";
    let inputs = if two_d {
        vec!["x1".into(), "x2".into()]
    } else {
        vec!["x".into()]
    };
    let spec = NetworkSpec {
        inputs,
        target: "y".into(),
        hidden: hidden.to_vec(),
        activation,
        loss: LossFunction::SquaredError,
        bias,
    };
    Loss::network(&spec, &dataset(data, 1, DatasetOptions::default()).unwrap()).unwrap()
}

#[test]
fn runs_are_deterministic_and_consistent() {
    let loss = network(&[4], Activation::Tanh, true, "regression");
    let methods = [
        Method::Train(Trainer::GradientDescent { learning_rate: 0.2 }),
        Method::Train(Trainer::Adam {
            learning_rate: 0.01,
        }),
        Method::Newton,
    ];
    for method in methods {
        for r in 0..3 {
            let options = RunOptions::new(method);
            let a = run(&loss, 5, r, options).unwrap();
            assert_eq!(
                a,
                run(&loss, 5, r, options).unwrap(),
                "same seed and run, same result"
            );
            let n = loss.params().len();
            assert_eq!(a.start.len(), n);
            let s = &a.spectrum;
            assert_eq!(s.eigenvalues.len(), n);
            assert!(s.eigenvalues.windows(2).all(|w| w[0] <= w[1]), "ascending");
            assert_eq!(s.positive + s.negative + s.zero, n);
            assert_eq!(s.minimum_ratio, Some(s.positive as f64 / n as f64));
            assert_eq!(a.converged, a.gradient_norm <= 1e-10);
            assert!(a.training_steps <= options.max_train_steps);
            assert!(a.polish_steps <= options.max_polish_steps);
            match method {
                Method::Newton => assert_eq!((a.training_steps, a.training_stop), (0, None)),
                Method::Train(_) => assert!(a.training_stop.is_some()),
            }
        }
    }
    let other = run(&loss, 6, 0, RunOptions::new(Method::Newton)).unwrap();
    assert_ne!(
        other.start,
        run(&loss, 5, 0, RunOptions::new(Method::Newton))
            .unwrap()
            .start
    );
}

/// The lecture's network: Newton's method from a Glorot start lands on the saddle at the
/// origin or on the valley w1·w2 = 1 (minimum ratio ½: one positive eigenvalue, one zero).
#[test]
fn the_lecture_network_reaches_its_saddle_or_its_valley() {
    let loss = network(&[1], Activation::Linear, false, "lecture");
    for r in 0..10 {
        let a = run(&loss, 1, r, RunOptions::new(Method::Newton)).unwrap();
        assert!(a.converged, "{a:?}");
        let [w1, w2] = [a.point[0], a.point[1]];
        let s = &a.spectrum;
        if a.kind == Kind::Saddle {
            assert!(w1.abs() < 1e-9 && w2.abs() < 1e-9);
            assert_eq!((s.negative, s.positive, s.minimum_ratio), (1, 1, Some(0.5)));
        } else {
            assert_eq!(a.kind, Kind::Inconclusive, "{a:?}");
            assert!((w1 * w2 - 1.0).abs() < 1e-9);
            assert_eq!(
                (s.zero, s.positive, s.minimum_ratio_nonzero),
                (1, 1, Some(1.0))
            );
        }
    }
}

#[test]
fn training_stops_within_its_budget() {
    let loss = network(&[8], Activation::Tanh, true, "moons");
    let mut options = RunOptions::new(Method::Train(Trainer::Adam {
        learning_rate: 0.01,
    }));
    options.max_train_steps = 50;
    options.max_polish_steps = 3;
    let a = run(&loss, 1, 0, options).unwrap();
    assert_eq!(
        (a.training_steps, a.training_stop),
        (50, Some(TrainingStop::Steps))
    );
    assert!(a.polish_steps <= 3);
    let formula = Loss::new("w^2").unwrap();
    let error = run(&formula, 1, 0, options).unwrap_err();
    assert_eq!(error.code(), "not_a_network");
}
