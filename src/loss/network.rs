//! A [`Loss`] built from a network instead of a formula.

use crate::error::network::NetworkError;
use crate::formula::data::Data;
use crate::loss::Loss;
use crate::network::build::build;
use crate::network::spec::NetworkSpec;

impl Loss {
    /// The mean loss of the network `spec` over the rows of `data`, compiled straight to a
    /// tape. Its parameters are named `w{layer}_{unit}_{from}` and `b{layer}_{unit}` (see
    /// [`crate::network::spec`]), in natural order.
    ///
    /// ```
    /// use hessian_explorer::network::{Activation, LossFunction, NetworkSpec};
    /// use hessian_explorer::{Data, Kind, Loss, Tolerances};
    /// // The lecture's y = w1·w2·x as a 1–1–1 linear network without biases.
    /// let spec = NetworkSpec {
    ///     inputs: vec!["x".into()], target: "y".into(), hidden: vec![1],
    ///     activation: Activation::Linear, loss: LossFunction::SquaredError, bias: false,
    /// };
    /// let data = Data::new().with_column("x", vec![1.0]).with_column("y", vec![1.0]);
    /// let loss = Loss::network(&spec, &data).unwrap();
    /// let origin = loss.analyze(&[0.0, 0.0], Tolerances::default()).unwrap();
    /// assert_eq!((origin.kind, origin.eigenvalues.clone()), (Kind::Saddle, vec![-2.0, 2.0]));
    /// ```
    pub fn network(spec: &NetworkSpec, data: &Data) -> Result<Loss, NetworkError> {
        let built = build(spec, data)?;
        Ok(Loss {
            tape: built.tape,
            params: built.params,
            data_columns: built.data_columns,
            network: Some(Box::new(spec.clone())),
            work_limit: crate::loss::budget::WORK_LIMIT,
        })
    }

    /// The network this loss was built from, if any.
    pub fn network_spec(&self) -> Option<&NetworkSpec> {
        self.network.as_deref()
    }
}
