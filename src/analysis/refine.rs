//! The higher-order look: what an inconclusive point really is.
//!
//! At a critical point where H has zero eigenvalues (the flat directions) and all other
//! eigenvalues share one sign s, the second-order test cannot decide. The answer lies in the
//! *reduced function*: walk a small distance r along a flat direction d, then let the
//! curved directions relax (minimize the loss over them when s > 0, maximize when s < 0,
//! by Newton's method on the exact gradient and Hessian), and compare with L(θ′).
//!
//! - s > 0: if the reduced function drops below L(θ′) in some flat direction, the point is a
//!   saddle (down that way, up across); otherwise a minimum. On the lecture's valley
//!   w1·w2 = 1 it stays exactly level: a non-strict minimum, one of a valley of minima.
//! - s < 0: the mirror image.
//! - no curved directions (H = 0): both signs → saddle (x³ − 3xy²); rises (or stays level)
//!   in every direction → minimum (x⁴ + y⁴, x²y²); drops → maximum; level everywhere to
//!   working precision → unknown.
//!
//! Relaxing the curved directions, rather than walking straight lines, is what gets
//! Peano's surface (y − x²)(y − 2x²) right: every straight line through the origin rises,
//! yet it is a saddle. The look samples several radii and takes the sign at the smallest
//! radius where the change stands clear of rounding, so it is exact up to working precision
//! and the sampled directions; where it cannot tell, it says [`Kind::Unknown`].

use nalgebra::{Cholesky, DMatrix, DVector};

use crate::analysis::verdict::Kind;
use crate::eval::autodiff::hessian_vector_products;
use crate::eval::forward;
use crate::formula::tape::Tape;
use crate::rng::Rng;

/// Step lengths along a flat direction, largest first.
const RADII: [f64; 5] = [1e-1, 3e-2, 1e-2, 3e-3, 1e-3];
/// A change of the loss smaller than this (times max(1, |L(θ′)|)) is rounding, not shape.
const NOISE: f64 = 1e-11;
/// Newton steps when relaxing the curved directions.
const RELAX_STEPS: usize = 12;
/// The most instruction evaluations one look may spend (tape length × passes), so that a
/// large model at a degenerate point answers "unknown" in milliseconds instead of hanging.
const WORK_BUDGET: usize = 40_000_000;

/// Which way the reduced function goes along one flat direction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trend {
    Up,
    Down,
    Flat,
}

/// The refined verdict at an inconclusive critical point `theta` with loss `value`, given
/// the Hessian's eigenvalues (ascending), unit eigenvectors and zero threshold.
pub fn refine(
    tape: &Tape,
    theta: &[f64],
    value: f64,
    eigenvalues: &[f64],
    eigenvectors: &[DVector<f64>],
    threshold: f64,
) -> Kind {
    let mut flat = Vec::new();
    let mut curved = Vec::new();
    let mut sign = 0.0;
    for (&lambda, vector) in eigenvalues.iter().zip(eigenvectors) {
        if lambda.abs() <= threshold {
            flat.push(vector.clone());
        } else {
            curved.push(vector.clone());
            sign = lambda.signum();
        }
    }
    if flat.is_empty() {
        return Kind::Unknown;
    }
    let mut look = Look {
        tape,
        theta: DVector::from_column_slice(theta),
        value,
        curved: if curved.is_empty() {
            DMatrix::zeros(theta.len(), 0)
        } else {
            DMatrix::from_columns(&curved)
        },
        sign,
        work_left: WORK_BUDGET,
    };
    let (mut up, mut down) = (false, false);
    for direction in sample_directions(&flat) {
        match look.trend(&direction) {
            None => return Kind::Unknown,
            Some(Trend::Up) => up = true,
            Some(Trend::Down) => down = true,
            Some(Trend::Flat) => {}
        }
        let saddle = (sign > 0.0 && down) || (sign < 0.0 && up) || (up && down);
        if saddle {
            return Kind::Saddle;
        }
    }
    match (sign > 0.0, sign < 0.0) {
        (true, _) => Kind::Minimum,
        (_, true) => Kind::Maximum,
        // Rising or level in every direction (x²y², a cross of valleys): a non-strict minimum.
        _ if up => Kind::Minimum,
        _ if down => Kind::Maximum,
        _ => Kind::Unknown,
    }
}

struct Look<'a> {
    tape: &'a Tape,
    theta: DVector<f64>,
    value: f64,
    /// The curved eigenvectors as columns (possibly none).
    curved: DMatrix<f64>,
    /// The sign of the curved eigenvalues, 0 when there are none.
    sign: f64,
    work_left: usize,
}

impl Look<'_> {
    /// The trend of the reduced function along `direction`, or `None` when the work budget
    /// ran out.
    fn trend(&mut self, direction: &DVector<f64>) -> Option<Trend> {
        let noise = NOISE * self.value.abs().max(1.0);
        let mut trend = Trend::Flat;
        for r in RADII {
            let start = &self.theta + direction * r;
            let Some(point) = self.relax(start)? else {
                continue;
            };
            let change = self.evaluate(&point)? - self.value;
            if !change.is_finite() || change.abs() <= noise {
                continue;
            }
            trend = if change > 0.0 { Trend::Up } else { Trend::Down };
        }
        Some(trend)
    }

    fn spend(&mut self, passes: usize) -> Option<()> {
        let cost = passes.max(1) * self.tape.len();
        self.work_left = self.work_left.checked_sub(cost)?;
        Some(())
    }

    fn evaluate(&mut self, point: &DVector<f64>) -> Option<f64> {
        self.spend(1)?;
        Some(forward::value(self.tape, point.as_slice()))
    }

    /// Minimizes (s > 0) or maximizes (s < 0) the loss over `start` + span(curved) by
    /// Newton's method. `Some(None)`: Newton failed here (the curvature changed sign);
    /// `None`: out of budget.
    fn relax(&mut self, start: DVector<f64>) -> Option<Option<DVector<f64>>> {
        let m = self.curved.ncols();
        if m == 0 {
            return Some(Some(start));
        }
        let columns: Vec<Vec<f64>> = self
            .curved
            .column_iter()
            .map(|c| c.iter().copied().collect())
            .collect();
        let mut point = start;
        for _ in 0..RELAX_STEPS {
            self.spend(2 * m)?;
            let (_, gradient, products) =
                hessian_vector_products(self.tape, point.as_slice(), &columns);
            let g = self.curved.transpose() * DVector::from_vec(gradient);
            let hq = DMatrix::from_fn(point.len(), m, |i, j| products[j][i]);
            let h = self.curved.transpose() * hq;
            if !g.iter().chain(h.iter()).all(|x| x.is_finite()) {
                return Some(None);
            }
            // Newton on s·L, which is convex across the curved directions near θ′.
            let Some(cholesky) = Cholesky::new(&h * self.sign) else {
                return Some(None);
            };
            let step = cholesky.solve(&(-&g * self.sign));
            point += &self.curved * &step;
            if step.norm() <= 1e-15 * point.norm().max(1.0) {
                break;
            }
        }
        Some(Some(point))
    }
}

/// Unit directions in the flat subspace: both ways along it for one flat direction, every
/// 10° around the circle for two, and the basis vectors both ways plus a fixed, seeded
/// spread of others for more.
fn sample_directions(flat: &[DVector<f64>]) -> Vec<DVector<f64>> {
    match flat {
        [v] => vec![v.clone(), -v],
        [v, w] => (0..36)
            .map(|k| {
                let angle = f64::from(k) * std::f64::consts::PI / 18.0;
                v * angle.cos() + w * angle.sin()
            })
            .collect(),
        _ => {
            let mut directions: Vec<DVector<f64>> =
                flat.iter().flat_map(|v| [v.clone(), -v]).collect();
            // A fixed seed: the same point always gets the same verdict.
            let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
            for _ in 0..64 {
                let mut d = DVector::zeros(flat[0].len());
                for v in flat {
                    // Gaussian weights give directions uniform on the sphere.
                    d += v * rng.gaussian();
                }
                let norm = d.norm();
                if norm > 0.0 {
                    directions.push(d / norm);
                }
            }
            directions
        }
    }
}
