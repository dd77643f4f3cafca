//! Whether a homogeneous form in two variables keeps one sign on the whole circle, from its
//! values at equally spaced angles, each known to within a rounding bound.
//!
//! With two flat directions the reduced loss starts with a form Φ_p(u) of degree p (x⁴ + y⁴
//! at the origin). Sampled at rays u = (cos α, sin α), Φ_p is a trigonometric polynomial of
//! degree ≤ p, so M > 2p samples determine it (a discrete Fourier transform) and it can be
//! evaluated anywhere. Its minimum over the circle is then bounded below rigorously:
//! Bernstein's inequality |f′| ≤ p·max|f| bounds how far it dips between the points of a
//! fine grid, and the Lebesgue constant of trigonometric interpolation bounds what the
//! samples' rounding can do. A positive lower bound proves Φ_p > 0 on every direction, hence
//! a strict minimum of the reduced loss; a sampled negative value proves a way down.

use crate::eval::approx::Approx;

/// Fine-grid points per degree when bounding the minimum (π/64 ≈ 5% of max|f| lost).
const GRID_PER_DEGREE: usize = 64;

/// A lower bound of `samples`' trigonometric polynomial of degree `p` over the whole circle,
/// where sample i is at angle 2πi/M; `None` when the samples are not such a polynomial to
/// within their bounds (a non-smooth loss: |x| + |y| is not a form) or M ≤ 2p.
///
/// ```
/// use hessian_explorer::analysis::form::minimum_on_circle;
/// use hessian_explorer::eval::approx::Approx;
/// // x⁴ + y⁴ on the circle: between 1/2 and 1.
/// let m = 36;
/// let samples: Vec<Approx> = (0..m)
///     .map(|i| {
///         let a = 2.0 * std::f64::consts::PI * i as f64 / m as f64;
///         Approx::exact(a.cos().powi(4) + a.sin().powi(4))
///     })
///     .collect();
/// let bound = minimum_on_circle(&samples, 4).unwrap();
/// assert!(bound > 0.4 && bound <= 0.5);
/// ```
pub fn minimum_on_circle(samples: &[Approx], p: usize) -> Option<f64> {
    let m = samples.len();
    if m <= 2 * p
        || samples
            .iter()
            .any(|s| !s.value.is_finite() || !s.error.is_finite())
    {
        return None;
    }
    let (cosines, sines) = fourier(samples, p);
    let at = |angle: f64| -> f64 {
        let mut f = cosines[0];
        for k in 1..=p {
            let ka = k as f64 * angle;
            f += cosines[k] * ka.cos() + sines[k] * ka.sin();
        }
        f
    };
    let angle = |i: usize, count: usize| 2.0 * std::f64::consts::PI * i as f64 / count as f64;
    let noise = samples.iter().fold(0.0f64, |e, s| e.max(s.error));
    // The interpolation's Lebesgue constant is below 1 + (2/π)·ln M; a margin of 2 over it.
    let lebesgue = 2.0 * (1.0 + 2.0 / std::f64::consts::PI * (m as f64).ln());
    // The samples must be the polynomial's values, up to their rounding.
    let misfit = (0..m).fold(0.0f64, |e, i| {
        e.max((at(angle(i, m)) - samples[i].value).abs())
    });
    let scale = samples.iter().fold(0.0f64, |s, x| s.max(x.value.abs()));
    if misfit > lebesgue * noise + 1e-12 * scale {
        return None;
    }
    let grid = GRID_PER_DEGREE * p.max(1);
    let (mut lowest, mut largest) = (f64::INFINITY, 0.0f64);
    for i in 0..grid {
        let f = at(angle(i, grid));
        lowest = lowest.min(f);
        largest = largest.max(f.abs());
    }
    // Between grid points f moves by at most (π/grid)·p·max|f|, and max|f| itself is at most
    // the grid's largest / (1 − p·π/grid).
    let step = std::f64::consts::PI / grid as f64 * p as f64;
    let dip = step * largest / (1.0 - step);
    Some(lowest - dip - lebesgue * noise - 1e-12 * scale)
}

/// The cosine and sine coefficients of frequencies 0..=p of the trigonometric interpolant.
fn fourier(samples: &[Approx], p: usize) -> (Vec<f64>, Vec<f64>) {
    let m = samples.len() as f64;
    let mut cosines = vec![0.0; p + 1];
    let mut sines = vec![0.0; p + 1];
    for (i, s) in samples.iter().enumerate() {
        let a = 2.0 * std::f64::consts::PI * i as f64 / m;
        for k in 0..=p {
            let ka = k as f64 * a;
            cosines[k] += s.value * ka.cos();
            sines[k] += s.value * ka.sin();
        }
    }
    cosines[0] /= m;
    for k in 1..=p {
        cosines[k] *= 2.0 / m;
        sines[k] *= 2.0 / m;
    }
    (cosines, sines)
}
