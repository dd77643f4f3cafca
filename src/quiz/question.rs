//! A quiz question as the page receives it: its type, its answer and why.

use serde::Serialize;

use crate::analysis::analyze::Analysis;
use crate::analysis::verdict::Kind;

/// The smallest |λ| of a decided question (the zero threshold is 1e-8).
pub const MIN_GAP: f64 = 0.25;
/// The smallest ‖g‖ of a "not a critical point" question (the gradient tolerance is 1e-6).
pub const MIN_SLOPE: f64 = 0.5;
/// Levels run from 1 to this.
pub const MAX_LEVEL: u32 = 4;

/// What the student is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// Say what kind of point it is.
    Classify,
    /// Say whether the eigenvalues alone decide what kind of point it is.
    Decide,
    /// At a saddle: click a direction in which the loss decreases.
    Escape,
}

/// The right answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Minimum,
    Maximum,
    Saddle,
    NotCritical,
    /// The eigenvalues alone decide (no zero eigenvalue stands in the way).
    Yes,
    /// They do not: a zero eigenvalue and no sign conflict (the test is inconclusive).
    No,
}

/// How the kind of a critical point was decided, for the explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecidedBy {
    /// The signs of the eigenvalues (the second-order test).
    Eigenvalues,
    /// The second-order test was inconclusive; the higher-order look along the flat
    /// directions decided.
    HigherOrder,
    /// The gradient is not zero: no eigenvalue is needed.
    Gradient,
}

/// One question, with its answer and the analysis that explains it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    pub level: u32,
    pub seed: u64,
    pub index: u64,
    #[serde(rename = "type")]
    pub question_type: QuestionType,
    pub formula: String,
    pub params: Vec<String>,
    /// The marked point θ′.
    pub point: Vec<f64>,
    /// The two parameters drawn, and the window around θ′.
    pub x: String,
    pub y: String,
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub answer: Answer,
    /// What the point is (the refined verdict): minimum, maximum, saddle or not_critical,
    /// whatever the question type.
    pub kind: Kind,
    pub decided_by: DecidedBy,
    pub analysis: Analysis,
}
