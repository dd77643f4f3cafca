//! Optimizer paths and lines through θ′, as the explorer animates and plots them.

use hessian_explorer::optimize::{Method, Stop};
use hessian_explorer::{Data, Loss};

fn lecture() -> Loss {
    let data = Data::new()
        .with_column("x", vec![1.0])
        .with_column("y", vec![1.0]);
    Loss::with_data("(y - w1*w2*x)^2", &data).unwrap()
}

/// Steps of gradient descent until the loss has dropped by half, from `start`.
fn steps_to_halve(start: [f64; 2]) -> usize {
    let loss = lecture();
    let path = loss
        .trajectory(
            &start,
            Method::GradientDescent {
                learning_rate: 0.05,
            },
            5000,
            1e-12,
        )
        .unwrap();
    path.values
        .iter()
        .position(|&v| v < 0.5)
        .expect("it gets there")
}

#[test]
fn gradient_descent_crawls_near_the_saddle() {
    // Started a hair from the saddle along its escape direction, descent takes many more
    // steps to get going than from a point where the gradient is large.
    let near = steps_to_halve([1e-6, 1e-6]);
    let far = steps_to_halve([0.5, 0.5]);
    assert!(near > 5 * far, "near {near}, far {far}");
    // Started exactly on the saddle it never moves: g = 0.
    let stuck = lecture()
        .trajectory(
            &[0.0, 0.0],
            Method::GradientDescent { learning_rate: 0.1 },
            50,
            1e-12,
        )
        .unwrap();
    assert_eq!(stuck.stop, Stop::Converged);
    assert_eq!(stuck.points.len(), 1);
}

#[test]
fn descent_reaches_the_valley_and_newton_the_saddle() {
    let loss = lecture();
    for method in [
        Method::GradientDescent { learning_rate: 0.1 },
        Method::Momentum {
            learning_rate: 0.05,
            beta: 0.8,
        },
    ] {
        let path = loss.trajectory(&[0.2, 0.4], method, 2000, 1e-8).unwrap();
        assert_eq!(path.stop, Stop::Converged, "{method:?}");
        let end = path.points.last().unwrap();
        assert!(
            (end[0] * end[1] - 1.0).abs() < 1e-6,
            "{method:?} ends on the valley: {end:?}"
        );
        assert!(path.values.windows(2).filter(|w| w[1] > w[0]).count() <= path.values.len() / 2);
    }
    let newton = loss
        .trajectory(&[0.2, 0.1], Method::Newton, 50, 1e-12)
        .unwrap();
    let end = newton.points.last().unwrap();
    assert!(
        end.iter().all(|x| x.abs() < 1e-9),
        "Newton's method is drawn to the saddle: {end:?}"
    );
}

#[test]
fn divergence_is_reported() {
    let loss = Loss::new("x^2 + y^2").unwrap();
    let path = loss
        .trajectory(
            &[1.0, 1.0],
            Method::GradientDescent { learning_rate: 1.5 },
            200,
            1e-9,
        )
        .unwrap();
    assert_eq!(path.stop, Stop::Diverged);
    assert!(loss
        .trajectory(
            &[1.0, 1.0],
            Method::GradientDescent {
                learning_rate: f64::NAN
            },
            5,
            1e-9
        )
        .is_err());
}

#[test]
fn lines_through_theta() {
    let loss = lecture();
    let u = [0.5f64.sqrt(), 0.5f64.sqrt()];
    let values = loss.line(&[0.0, 0.0], &u, (-1.0, 1.0), 21).unwrap();
    assert_eq!(values[10], 1.0);
    // Along the escape direction the loss falls on both sides: L(t·u) = (1 − t²/2)².
    for (i, v) in values.iter().enumerate() {
        let t = -1.0 + 0.1 * i as f64;
        assert!((v - (1.0 - t * t / 2.0).powi(2)).abs() < 1e-12);
    }
    assert!(loss.line(&[0.0, 0.0], &[1.0], (-1.0, 1.0), 5).is_err());
    assert!(loss.line(&[0.0, 0.0], &u, (1.0, 1.0), 5).is_err());
}
