//! The question generator of quiz mode: seeded, deterministic, by level, balanced, and every
//! answer checked by the engine's own analysis.
//!
//! Three kinds of question:
//! - **classify**: "What kind of point is θ′?" — local minimum, local maximum, saddle point or
//!   not a critical point. It is graded by what the point *is*: the engine's `refined`
//!   verdict, so a point of the lecture's valley is a minimum even though its Hessian has a
//!   zero eigenvalue (the explanation then says the eigenvalues alone could not decide, and
//!   how it was decided: [`DecidedBy`]).
//! - **decide**: "Can the eigenvalues alone decide this point?" — yes or no: the lecture's
//!   inconclusive second-order test, asked as its own concept.
//! - **escape**: at a saddle, click a direction in which the loss goes down.
//!
//! Levels: 1 quadratic forms at their centre; 2 polynomials with several critical points, one
//! asked; 3 degenerate points, "can the eigenvalues decide?" and points that are not critical;
//! 4 three or four parameters, where the drawn slice can mislead and only the eigenvalues tell.
//!
//! Balance ([`plan`]): each level has a fixed *block* of targets (question type and answer);
//! question `index` takes its target from a seeded shuffle of its block, so over any stretch
//! of questions every answer comes up, none takes more than half, and runs stay short.
//!
//! No question is ambiguous under the tolerances: a second-order verdict of minimum, maximum
//! or saddle has every |λ| ≥ [`MIN_GAP`]; a degenerate point has its zero eigenvalues exactly
//! zero and a refined verdict that is not "unknown"; a non-critical point has ‖g‖ ≥
//! [`MIN_SLOPE`]. Only polynomials are used, so the same seed gives bit-identical questions
//! natively and in every browser.

mod generators;
mod plan;
mod question;

use crate::quiz::plan::target as planned_target;
use crate::rng::Rng;

pub use plan::{target, Target};
pub use question::{Answer, DecidedBy, Question, QuestionType, MAX_LEVEL, MIN_GAP, MIN_SLOPE};

/// The generator of question `index` of the set (`level`, `seed`).
fn question_rng(level: u32, seed: u64, index: u64) -> Rng {
    Rng::new(seed ^ (u64::from(level) << 56) ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// The question number `index` of the set (`level`, `seed`). Levels outside 1..=4 are
/// clamped into it.
///
/// ```
/// use hessian_explorer::quiz::{question, Answer, QuestionType};
/// let first = question(2, 7, 0);
/// assert_eq!(first, question(2, 7, 0), "deterministic");
/// if first.question_type == QuestionType::Classify {
///     // Graded by what the point is: the refined verdict.
///     assert_eq!(format!("{:?}", first.answer), format!("{:?}", first.analysis.refined));
/// }
/// ```
pub fn question(level: u32, seed: u64, index: u64) -> Question {
    let level = level.clamp(1, MAX_LEVEL);
    let target = planned_target(level, seed, index);
    let mut rng = question_rng(level, seed, index);
    // Rejection sampling: draw until a candidate has the planned answer and passes every
    // check. Each target is reached within a few draws; the bound only guards a loop.
    for _ in 0..2000 {
        if let Some(mut question) = generators::candidate(level, target, &mut rng) {
            question.level = level;
            question.seed = seed;
            question.index = index;
            return question;
        }
    }
    generators::fallback(level, seed, index)
}
