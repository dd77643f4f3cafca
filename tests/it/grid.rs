//! The grid evaluator agrees with the point evaluator, point for point, in its documented
//! layout.

use hessian_explorer::eval::Plane;
use hessian_explorer::{Data, GridSpec, Loss};

fn check(formula: &str, data: &Data, spec: GridSpec) {
    let loss = Loss::with_data(formula, data).unwrap();
    let values = loss.grid(&spec).unwrap();
    assert_eq!(values.len(), spec.nx * spec.ny);
    for j in 0..spec.ny {
        for i in 0..spec.nx {
            let mut theta = spec.at.clone();
            theta[spec.x] = GridSpec::coordinate(spec.x_range, spec.nx, i);
            if let Some(y) = spec.y {
                theta[y] = GridSpec::coordinate(spec.y_range, spec.ny, j);
            }
            let expected = loss.value(&theta).unwrap();
            let got = values[i + j * spec.nx];
            let same = got == expected || (got.is_nan() && expected.is_nan());
            assert!(same, "{formula} at {theta:?}: grid {got}, point {expected}");
        }
    }
}

fn spec(x: usize, y: Option<usize>, nx: usize, ny: usize, at: Vec<f64>) -> GridSpec {
    GridSpec {
        x,
        y,
        x_range: (-2.0, 2.0),
        y_range: (-1.5, 3.0),
        nx,
        ny,
        at,
    }
}

#[test]
fn grid_matches_points() {
    let none = Data::new();
    check(
        "(1 - w1*w2)^2",
        &none,
        spec(0, Some(1), 17, 9, vec![0.0, 0.0]),
    );
    check(
        "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2",
        &none,
        spec(0, Some(1), 8, 8, vec![0.0, 0.0]),
    );
    check(
        "exp(-a^2) sin(3b) + tanh(a b) + log(1 + a^2 + b^2)",
        &none,
        spec(1, Some(0), 7, 5, vec![0.0, 0.0]),
    );
    check("log(x) + sqrt(y) + abs(x - y) + relu(x) + softplus(y) + sigmoid(x y) + min(x, y) + max(x, 1) + x^y + tan(x) + cos(y)", &none, spec(0, Some(1), 9, 9, vec![0.0, 0.0]));
    check(
        "a^2 + b c + sin(c)",
        &none,
        spec(2, Some(0), 5, 4, vec![0.5, -1.25, 0.0]),
    );
    check("x^3 - 3x", &none, spec(0, None, 11, 1, vec![0.0]));
    let data = Data::new()
        .with_column("x", vec![1.0, 2.0, 3.0])
        .with_column("y", vec![2.0, 4.1, 5.9]);
    check(
        "sum((y - (w x + b))^2)",
        &data,
        spec(0, Some(1), 6, 6, vec![0.0, 0.0]),
    );
}

#[test]
fn endpoints_are_exact() {
    let loss = Loss::new("x + 1000 y").unwrap();
    let spec = GridSpec {
        x: 0,
        y: Some(1),
        x_range: (0.1, 0.7),
        y_range: (-0.3, 0.9),
        nx: 7,
        ny: 3,
        at: vec![0.0, 0.0],
    };
    let values = loss.grid(&spec).unwrap();
    assert_eq!(values[0], 0.1 + 1000.0 * -0.3);
    assert_eq!(values[6 + 2 * 7], 0.7 + 1000.0 * 0.9);
}

#[test]
fn bad_grids_are_errors() {
    let loss = Loss::new("x + y").unwrap();
    let good = GridSpec {
        x: 0,
        y: Some(1),
        x_range: (0.0, 1.0),
        y_range: (0.0, 1.0),
        nx: 4,
        ny: 4,
        at: vec![0.0, 0.0],
    };
    assert!(loss.grid(&good).is_ok());
    for bad in [
        GridSpec {
            nx: 1,
            ..good.clone()
        },
        GridSpec {
            ny: 100_000,
            ..good.clone()
        },
        GridSpec {
            y: Some(0),
            ..good.clone()
        },
        GridSpec {
            y: None,
            ..good.clone()
        },
        GridSpec {
            x: 5,
            ..good.clone()
        },
        GridSpec {
            x_range: (1.0, 1.0),
            ..good.clone()
        },
        GridSpec {
            y_range: (0.0, f64::NAN),
            ..good.clone()
        },
        GridSpec {
            at: vec![0.0],
            ..good.clone()
        },
        GridSpec {
            at: vec![0.0, f64::INFINITY],
            ..good.clone()
        },
    ] {
        assert!(loss.grid(&bad).is_err(), "{bad:?}");
    }
}

#[test]
fn planes_match_points() {
    let loss = Loss::new("exp(-a^2) sin(3b) + c a b + (1 - a b)^2").unwrap();
    let plane = Plane {
        origin: vec![0.25, -0.5, 1.5],
        u: vec![0.6, 0.8, 0.0],
        v: vec![0.0, 0.6, -0.8],
    };
    let (nx, ny) = (7, 5);
    let values = loss
        .plane_grid(&plane, (-1.0, 2.0), (-0.5, 0.5), nx, ny)
        .unwrap();
    for j in 0..ny {
        for i in 0..nx {
            let x = GridSpec::coordinate((-1.0, 2.0), nx, i);
            let y = GridSpec::coordinate((-0.5, 0.5), ny, j);
            let theta: Vec<f64> = (0..3)
                .map(|k| plane.origin[k] + x * plane.u[k] + y * plane.v[k])
                .collect();
            let expected = loss.value(&theta).unwrap();
            assert!((values[i + j * nx] - expected).abs() <= 1e-12 * expected.abs().max(1.0));
        }
    }
    assert!(loss
        .plane_grid(&plane, (0.0, 0.0), (0.0, 1.0), 4, 4)
        .is_err());
    let short = Plane {
        u: vec![1.0],
        ..plane
    };
    assert!(loss
        .plane_grid(&short, (0.0, 1.0), (0.0, 1.0), 4, 4)
        .is_err());
}
