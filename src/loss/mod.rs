//! [`Loss`]: a compiled formula and everything one can ask of it at a point θ.

use nalgebra::DMatrix;

use crate::analysis::analyze::{self, Analysis};
use crate::analysis::budget::Budget;
use crate::analysis::refine::REFINE_WORK;
use crate::analysis::search::{self, CriticalPoint, Window};
use crate::analysis::verdict::Tolerances;
use crate::error::argument::ArgumentError;
use crate::error::formula::FormulaError;
use crate::eval::autodiff;
use crate::eval::forward;
use crate::eval::grid::{self, GridSpec, Plane};
use crate::formula::compile::compile;
use crate::formula::data::Data;
use crate::formula::parser::parse;
use crate::formula::tape::Tape;
use crate::network::spec::NetworkSpec;
use crate::optimize::{self, Method, Trajectory};

mod args;
pub mod budget;
mod critical;
mod network;
mod spectrum;

pub use args::{MAX_GRID_POINTS, MAX_GRID_SIDE};

use args::{check_axes, check_count, check_grid_size, check_range};

/// A loss formula, parsed and compiled once.
#[derive(Clone, Debug)]
pub struct Loss {
    tape: Tape,
    params: Vec<String>,
    data_columns: Vec<String>,
    /// The most work one call may take ([`budget::WORK_LIMIT`] unless raised).
    work_limit: u64,
    /// The network it was built from ([`Loss::network`]), if any.
    network: Option<Box<NetworkSpec>>,
}

/// The value, gradient and Hessian at one point.
#[derive(Clone, Debug, PartialEq)]
pub struct Derivatives {
    pub value: f64,
    pub gradient: Vec<f64>,
    pub hessian: DMatrix<f64>,
}

impl Loss {
    /// Compiles a formula with no data: every free name is a parameter.
    ///
    /// ```
    /// use hessian_explorer::Loss;
    /// let loss = Loss::new("(1 - w₁ w₂)^2").unwrap();
    /// assert_eq!(loss.params(), ["w1", "w2"]);
    /// assert!(Loss::new("(1 - w1").is_err());
    /// ```
    pub fn new(formula: &str) -> Result<Loss, FormulaError> {
        Loss::with_data(formula, &Data::new())
    }

    /// Compiles a formula against a data table: names that are columns are data, the other
    /// free names are parameters.
    pub fn with_data(formula: &str, data: &Data) -> Result<Loss, FormulaError> {
        let expr = parse(formula)?;
        let compiled = compile(&expr, data)?;
        Ok(Loss {
            tape: compiled.tape,
            params: compiled.params,
            data_columns: compiled.data_columns,
            work_limit: budget::WORK_LIMIT,
            network: None,
        })
    }

    /// The same loss with another work limit per call (see [`budget`]): a Web Worker running a
    /// long study raises it; the page's main thread keeps [`budget::WORK_LIMIT`].
    ///
    /// ```
    /// use hessian_explorer::{GridSpec, Loss};
    /// let loss = Loss::new("x^2 + y^2").unwrap().with_work_limit(1000);
    /// let spec = GridSpec { x: 0, y: Some(1), x_range: (0.0, 1.0), y_range: (0.0, 1.0), nx: 64, ny: 64, at: vec![0.0, 0.0] };
    /// assert_eq!(loss.grid(&spec).unwrap_err().code(), "too_much_work");
    /// ```
    pub fn with_work_limit(mut self, limit: u64) -> Loss {
        self.work_limit = limit;
        self
    }

    /// The parameters, in natural order (`w2` before `w10`); θ lists values in this order.
    pub fn params(&self) -> &[String] {
        &self.params
    }

    /// The data columns the formula reads.
    pub fn data_columns(&self) -> &[String] {
        &self.data_columns
    }

    /// The compiled tape.
    pub fn tape(&self) -> &Tape {
        &self.tape
    }

    /// Refuses `work` steps (see [`budget`]) over this loss's limit, naming `what`: for the
    /// calls built on a `Loss` outside it (a study's run).
    pub fn check_work(&self, what: &'static str, work: u64) -> Result<(), ArgumentError> {
        budget::check(what, work, self.work_limit)
    }

    /// The largest grid [`Loss::grid`] accepts for this loss: (most points, widest side),
    /// within the work and memory budgets ([`budget`]).
    ///
    /// ```
    /// use hessian_explorer::Loss;
    /// let (points, side) = Loss::new("x^2 + y^2").unwrap().grid_limits();
    /// assert_eq!(side, 4096);
    /// assert!(points >= 2048 * 2048, "{points}");
    /// ```
    pub fn grid_limits(&self) -> (usize, usize) {
        let steps = self.tape.len();
        let points = budget::max_grid_points(steps, self.work_limit);
        (points, budget::max_grid_side(steps))
    }

    /// The index of the parameter called `name` (`w₁` and `w1` alike).
    pub fn param_index(&self, name: &str) -> Result<usize, ArgumentError> {
        let normalized = crate::formula::lexer::normalize_name(name).unwrap_or_default();
        self.params
            .iter()
            .position(|p| *p == normalized)
            .ok_or_else(|| ArgumentError::UnknownAxis {
                name: name.to_string(),
                params: self.params.clone(),
            })
    }

    /// The work of the value, gradient and Hessian at one point (see [`budget`]).
    fn hessian_work(&self) -> u64 {
        budget::hessian_work(self.tape.len(), self.params.len())
    }

    /// A grid `nx` × `ny` over `plane` within the work and memory budgets.
    fn check_grid_work(&self, plane: &Plane, nx: usize, ny: usize) -> Result<(), ArgumentError> {
        budget::check_grid_memory("grid", self.tape.len(), nx)?;
        let work = budget::grid_work(&self.tape, &plane.u, &plane.v, nx, ny);
        budget::check("grid", work, self.work_limit)
    }

    fn check_theta(&self, theta: &[f64], what: &'static str) -> Result<(), ArgumentError> {
        if theta.len() != self.params.len() {
            return Err(ArgumentError::WrongLength {
                what,
                expected: self.params.len(),
                found: theta.len(),
            });
        }
        if theta.iter().any(|x| !x.is_finite()) {
            return Err(ArgumentError::NotFinite { what });
        }
        Ok(())
    }

    /// L(θ). Not finite where the loss is undefined (log 0 gives −∞, 0/0 gives NaN).
    pub fn value(&self, theta: &[f64]) -> Result<f64, ArgumentError> {
        self.check_theta(theta, "θ")?;
        Ok(forward::value(&self.tape, theta))
    }

    /// ∇L(θ), exact.
    pub fn gradient(&self, theta: &[f64]) -> Result<Vec<f64>, ArgumentError> {
        self.check_theta(theta, "θ")?;
        budget::check(
            "gradient",
            budget::hessian_work(self.tape.len(), 0),
            self.work_limit,
        )?;
        Ok(autodiff::gradient(&self.tape, theta).1)
    }

    /// The value, gradient and Hessian at θ, exact.
    ///
    /// ```
    /// use hessian_explorer::Loss;
    /// let loss = Loss::new("x^2 * y + sin(y)").unwrap();
    /// let d = loss.derivatives(&[3.0, 0.0]).unwrap();
    /// assert_eq!(d.gradient, [0.0, 10.0]);
    /// assert_eq!(d.hessian[(0, 1)], 6.0);
    /// ```
    pub fn derivatives(&self, theta: &[f64]) -> Result<Derivatives, ArgumentError> {
        self.check_theta(theta, "θ")?;
        budget::check("hessian", self.hessian_work(), self.work_limit)?;
        let (value, gradient, hessian) = autodiff::hessian(&self.tape, theta);
        Ok(Derivatives {
            value,
            gradient,
            hessian,
        })
    }

    /// The second-order test at θ′, with the higher-order look when it is inconclusive.
    pub fn analyze(
        &self,
        theta: &[f64],
        tolerances: Tolerances,
    ) -> Result<Analysis, ArgumentError> {
        self.check_theta(theta, "θ′")?;
        let valid = |t: f64| t.is_finite() && t >= 0.0;
        if !valid(tolerances.gradient) || !valid(tolerances.eigen) {
            return Err(ArgumentError::NotFinite { what: "tolerances" });
        }
        let work = budget::analyze_work(self.tape.len(), self.params.len());
        budget::check("analyze", work, self.work_limit)?;
        // The higher-order look (and the polish) spends at most what this Loss allows too.
        let look = Budget::new(REFINE_WORK.min(self.work_limit));
        Ok(analyze::analyze_within(
            &self.tape, theta, tolerances, &look,
        ))
    }

    /// The loss on a grid (see [`GridSpec`] for the layout).
    ///
    /// ```
    /// use hessian_explorer::{GridSpec, Loss};
    /// let loss = Loss::new("x + 10*y").unwrap();
    /// let spec = GridSpec { x: 0, y: Some(1), x_range: (0.0, 1.0), y_range: (0.0, 2.0), nx: 2, ny: 3, at: vec![0.0, 0.0] };
    /// assert_eq!(loss.grid(&spec).unwrap(), [0.0, 1.0, 10.0, 11.0, 20.0, 21.0]);
    /// ```
    pub fn grid(&self, spec: &GridSpec) -> Result<Vec<f64>, ArgumentError> {
        self.check_theta(&spec.at, "at")?;
        let axes: Vec<usize> = [Some(spec.x), spec.y].into_iter().flatten().collect();
        check_axes(&axes, &self.params)?;
        check_range(spec.x_range, "xRange")?;
        let ny_min = if spec.y.is_some() { 2 } else { 1 };
        let ny_max = if spec.y.is_some() { MAX_GRID_SIDE } else { 1 };
        if spec.y.is_some() {
            check_range(spec.y_range, "yRange")?;
        }
        check_grid_size(spec.nx, spec.ny, ny_min, ny_max)?;
        let plane = spec.plane();
        self.check_grid_work(&plane, spec.nx, spec.ny)?;
        Ok(grid::evaluate(&self.tape, spec))
    }

    /// The loss on a plane θ = origin + x·u + y·v (e.g. spanned by two eigenvectors of H),
    /// laid out like [`GridSpec`]: `values[i + j*nx]`, endpoints included.
    ///
    /// ```
    /// use hessian_explorer::{eval::Plane, Loss};
    /// let loss = Loss::new("x^2 - y^2").unwrap();
    /// let diagonal = Plane { origin: vec![0.0, 0.0], u: vec![1.0, 1.0], v: vec![1.0, -1.0] };
    /// // Along u = (1, 1) the two squares cancel; along v = (1, −1) too.
    /// let values = loss.plane_grid(&diagonal, (-1.0, 1.0), (-1.0, 1.0), 3, 3).unwrap();
    /// assert_eq!(values[4], 0.0);
    /// assert_eq!(values[0], 4.0); // x = y = −1: θ = −u − v = (−2, 0)
    /// ```
    pub fn plane_grid(
        &self,
        plane: &Plane,
        x_range: (f64, f64),
        y_range: (f64, f64),
        nx: usize,
        ny: usize,
    ) -> Result<Vec<f64>, ArgumentError> {
        self.check_theta(&plane.origin, "origin")?;
        self.check_theta(&plane.u, "u")?;
        self.check_theta(&plane.v, "v")?;
        check_range(x_range, "xRange")?;
        check_range(y_range, "yRange")?;
        check_grid_size(nx, ny, 2, MAX_GRID_SIDE)?;
        self.check_grid_work(plane, nx, ny)?;
        Ok(grid::evaluate_plane(
            &self.tape,
            plane,
            (x_range, y_range, nx, ny),
        ))
    }

    /// L(θ′ + t·v) at `n` values of t evenly spaced over `t_range`, endpoints included: the
    /// loss along a line, for slice plots and the direction probe.
    ///
    /// ```
    /// use hessian_explorer::Loss;
    /// let loss = Loss::new("x^2 - y^2").unwrap();
    /// let along_y = loss.line(&[0.0, 0.0], &[0.0, 1.0], (-1.0, 1.0), 3).unwrap();
    /// assert_eq!(along_y, [-1.0, 0.0, -1.0]);
    /// ```
    pub fn line(
        &self,
        from: &[f64],
        direction: &[f64],
        t_range: (f64, f64),
        n: usize,
    ) -> Result<Vec<f64>, ArgumentError> {
        self.check_theta(from, "θ′")?;
        self.check_theta(direction, "direction")?;
        check_range(t_range, "tRange")?;
        check_count(n, "n", 2, MAX_GRID_SIDE)?;
        budget::check(
            "line",
            budget::line_work(self.tape.len(), n),
            self.work_limit,
        )?;
        let mut slots = Vec::new();
        let mut theta = from.to_vec();
        Ok((0..n)
            .map(|i| {
                let t = GridSpec::coordinate(t_range, n, i);
                for (k, value) in theta.iter_mut().enumerate() {
                    *value = from[k] + t * direction[k];
                }
                forward::forward(&self.tape, &theta, &mut slots);
                slots[self.tape.output()]
            })
            .collect())
    }

    /// An optimizer's path from `start`: at most `steps` steps, stopping where ‖g‖ is below
    /// the gradient tolerance.
    ///
    /// ```
    /// use hessian_explorer::{optimize::{Method, Stop}, Loss};
    /// let loss = Loss::new("x^2 - y^2").unwrap();
    /// // Newton's method jumps straight onto the saddle: it seeks any critical point.
    /// let path = loss.trajectory(&[1.0, 0.5], Method::Newton, 10, 1e-9).unwrap();
    /// assert_eq!(path.points.last().unwrap(), &[0.0, 0.0]);
    /// assert_eq!(path.stop, Stop::Converged);
    /// ```
    pub fn trajectory(
        &self,
        start: &[f64],
        method: Method,
        steps: usize,
        tolerance: f64,
    ) -> Result<Trajectory, ArgumentError> {
        self.check_theta(start, "θ′")?;
        let finite = |x: f64| x.is_finite();
        let ok = match method {
            Method::GradientDescent { learning_rate } => finite(learning_rate),
            Method::Momentum {
                learning_rate,
                beta,
            } => finite(learning_rate) && finite(beta),
            Method::Newton => true,
        };
        if !ok || !tolerance.is_finite() {
            return Err(ArgumentError::NotFinite {
                what: "learningRate",
            });
        }
        let newton = method == Method::Newton;
        let steps_taken = steps.min(optimize::MAX_STEPS);
        let work = budget::trajectory_work(self.tape.len(), self.params.len(), steps_taken, newton);
        budget::check("trajectory", work, self.work_limit)?;
        Ok(optimize::trajectory(
            &self.tape, start, method, steps, tolerance,
        ))
    }

    /// The critical points in a window of one or two axes, each classified by the full
    /// analysis; a continuum (the lecture's valley) comes once, as a curve.
    pub fn critical_points(
        &self,
        window: &Window,
        tolerances: Tolerances,
    ) -> Result<Vec<CriticalPoint>, ArgumentError> {
        self.check_theta(&window.at, "at")?;
        check_axes(&window.axes, &self.params)?;
        if window.ranges.len() != window.axes.len() {
            return Err(ArgumentError::MissingAxis { what: "yRange" });
        }
        for (range, what) in window.ranges.iter().zip(["xRange", "yRange"]) {
            check_range(*range, what)?;
        }
        if window.axes.is_empty() {
            return Ok(Vec::new());
        }
        let what = "criticalPoints";
        budget::check(
            what,
            budget::critical_points_work(self.tape.len(), self.params.len()),
            self.work_limit,
        )?;
        let meter = Budget::new(self.work_limit);
        search::critical_points(&self.tape, window, tolerances, &meter).map_err(|_| {
            ArgumentError::TooMuchWork {
                what,
                work: None,
                limit: self.work_limit,
            }
        })
    }
}
