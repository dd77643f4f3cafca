//! The data table: named columns of numbers that `sum(…)` and `mean(…)` run over.

/// Columns of training data, e.g. `x = [1]` and `y = [1]` for the lecture's one example.
///
/// ```
/// use hessian_explorer::{Data, Loss};
/// let data = Data::new().with_column("x", vec![1.0, 2.0]).with_column("y", vec![2.0, 4.0]);
/// let loss = Loss::with_data("sum((y - w*x)^2)", &data).unwrap();
/// assert_eq!(loss.params(), ["w"]);
/// assert_eq!(loss.value(&[2.0]).unwrap(), 0.0);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Data {
    columns: Vec<(String, Vec<f64>)>,
}

impl Data {
    /// An empty table: every free name in the formula is a parameter.
    pub fn new() -> Data {
        Data::default()
    }

    /// The table with one more column. Names are checked when a loss is built from it.
    pub fn with_column(mut self, name: impl Into<String>, values: Vec<f64>) -> Data {
        self.columns.push((name.into(), values));
        self
    }

    /// The columns in the order they were added.
    pub fn columns(&self) -> &[(String, Vec<f64>)] {
        &self.columns
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }
}
