//! The seeded datasets of the experiment: the lecture's one example, a 1-D regression, XOR,
//! two interleaved half-moons. The same name, seed and options give the same table forever
//! (the generator is [`crate::rng::Rng`]).

use std::f64::consts::PI;

use crate::error::network::NetworkError;
use crate::formula::data::Data;
use crate::rng::Rng;

/// The most rows a generated dataset may have.
pub const MAX_DATASET_ROWS: usize = 1000;

/// Options of a dataset; `None` takes the dataset's default.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DatasetOptions {
    /// Rows (regression: 20, XOR: 4, moons: 40; the lecture's example always has 1).
    pub n: Option<usize>,
    /// The standard deviation of the Gaussian noise (regression 0.1, XOR 0, moons 0.1).
    pub noise: Option<f64>,
}

/// The names [`dataset`] knows.
pub const DATASETS: &[&str] = &["lecture", "regression", "xor", "moons"];

/// A dataset by name, from `seed`:
///
/// - `lecture`: x = 1, y = 1 (columns `x`, `y`);
/// - `regression`: x uniform in [−2, 2], y = sin(2x) + noise (columns `x`, `y`);
/// - `xor`: the four corners of the unit square, labelled x1 XOR x2, repeated to n rows, each
///   point moved by the noise (columns `x1`, `x2`, `y`);
/// - `moons`: two interleaved half-circles, labels 0 (upper) and 1 (lower), half the rows each,
///   plus noise (columns `x1`, `x2`, `y`).
///
/// ```
/// use hessian_explorer::network::{dataset, DatasetOptions};
/// let xor = dataset("xor", 0, DatasetOptions::default()).unwrap();
/// assert_eq!(xor.columns()[2], ("y".to_string(), vec![0.0, 1.0, 1.0, 0.0]));
/// let a = dataset("moons", 7, DatasetOptions { n: Some(10), noise: None }).unwrap();
/// assert_eq!(a, dataset("moons", 7, DatasetOptions { n: Some(10), noise: None }).unwrap());
/// ```
pub fn dataset(name: &str, seed: u64, options: DatasetOptions) -> Result<Data, NetworkError> {
    let rows = |default: usize| -> Result<usize, NetworkError> {
        let n = options.n.unwrap_or(default);
        if n == 0 || n > MAX_DATASET_ROWS {
            return Err(NetworkError::BadCount {
                what: "n",
                min: 1,
                max: MAX_DATASET_ROWS,
                found: n,
            });
        }
        Ok(n)
    };
    let noise = |default: f64| -> Result<f64, NetworkError> {
        let sigma = options.noise.unwrap_or(default);
        if !sigma.is_finite() || sigma < 0.0 {
            return Err(NetworkError::BadNumber { what: "noise" });
        }
        Ok(sigma)
    };
    let mut rng = Rng::new(seed);
    match name {
        "lecture" => Ok(Data::new()
            .with_column("x", vec![1.0])
            .with_column("y", vec![1.0])),
        "regression" => {
            let (n, sigma) = (rows(20)?, noise(0.1)?);
            let mut x = Vec::with_capacity(n);
            let mut y = Vec::with_capacity(n);
            for _ in 0..n {
                let xi = -2.0 + 4.0 * rng.uniform();
                x.push(xi);
                y.push((2.0 * xi).sin() + sigma * rng.gaussian());
            }
            Ok(Data::new().with_column("x", x).with_column("y", y))
        }
        "xor" => {
            let (n, sigma) = (rows(4)?, noise(0.0)?);
            let corners = [
                (0.0, 0.0, 0.0),
                (0.0, 1.0, 1.0),
                (1.0, 0.0, 1.0),
                (1.0, 1.0, 0.0),
            ];
            let points = (0..n).map(|i| corners[i % 4]);
            Ok(plane(points, sigma, &mut rng))
        }
        "moons" => {
            let (n, sigma) = (rows(40)?, noise(0.1)?);
            let upper = n - n / 2;
            let points = (0..n).map(|i| {
                if i < upper {
                    let t = PI * i as f64 / (upper.max(2) - 1) as f64;
                    (t.cos(), t.sin(), 0.0)
                } else {
                    let lower = n / 2;
                    let t = PI * (i - upper) as f64 / (lower.max(2) - 1) as f64;
                    (1.0 - t.cos(), 0.5 - t.sin(), 1.0)
                }
            });
            Ok(plane(points, sigma, &mut rng))
        }
        _ => Err(NetworkError::UnknownDataset {
            name: name.to_string(),
        }),
    }
}

/// Points (x1, x2, label) with Gaussian noise of deviation `sigma` on both coordinates.
fn plane(points: impl Iterator<Item = (f64, f64, f64)>, sigma: f64, rng: &mut Rng) -> Data {
    let (mut x1, mut x2, mut y) = (Vec::new(), Vec::new(), Vec::new());
    for (a, b, label) in points {
        let (da, db) = if sigma > 0.0 {
            (sigma * rng.gaussian(), sigma * rng.gaussian())
        } else {
            (0.0, 0.0)
        };
        x1.push(a + da);
        x2.push(b + db);
        y.push(label);
    }
    Data::new()
        .with_column("x1", x1)
        .with_column("x2", x2)
        .with_column("y", y)
}
