//! Seeded starting points for training: Glorot (Xavier) uniform weights, zero biases.

use crate::network::spec::NetworkSpec;
use crate::rng::Rng;

/// θ₀ for run `run` of a study seeded with `seed`, in the order of
/// [`NetworkSpec::param_names`]: each weight into a layer of `fan_out` units from one of
/// `fan_in` is uniform in ±√(6 / (fan_in + fan_out)), each bias 0 (Glorot & Bengio 2010).
/// The same (spec, seed, run) gives the same point on every machine.
///
/// ```
/// use hessian_explorer::network::{initial_point, Activation, LossFunction, NetworkSpec};
/// let spec = NetworkSpec {
///     inputs: vec!["x".into()], target: "y".into(), hidden: vec![3],
///     activation: Activation::Tanh, loss: LossFunction::SquaredError, bias: true,
/// };
/// let theta = initial_point(&spec, 1, 0);
/// assert_eq!(theta.len(), 10);
/// assert_eq!(theta, initial_point(&spec, 1, 0));
/// assert_ne!(theta, initial_point(&spec, 1, 1));
/// ```
pub fn initial_point(spec: &NetworkSpec, seed: u64, run: u64) -> Vec<f64> {
    // Mixed by the generator, so (seed, run) and (seed, run + 1) give unrelated streams.
    let mut rng = Rng::new(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ run);
    let widths = spec.widths();
    let mut values = Vec::with_capacity(spec.param_count());
    for layer in 1..widths.len() {
        let limit = (6.0 / (widths[layer - 1] + widths[layer]) as f64).sqrt();
        for _unit in 0..widths[layer] {
            for _from in 0..widths[layer - 1] {
                values.push(limit * (2.0 * rng.uniform() - 1.0));
            }
            if spec.bias {
                values.push(0.0);
            }
        }
    }
    let sorted = spec.param_names();
    let mut theta = vec![0.0; values.len()];
    for (name, value) in spec.names_in_build_order().iter().zip(values) {
        if let Some(index) = sorted.iter().position(|p| p == name) {
            theta[index] = value;
        }
    }
    theta
}
