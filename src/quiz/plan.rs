//! Which question comes next: the balance of a level's answers, planned before any formula
//! is drawn.
//!
//! A level has a fixed block of targets. Question `index` belongs to block `index / len`;
//! each block is a seeded shuffle of the targets in which no two neighbours share an answer
//! (nor a question type other than classify). So every stretch of a block's length asks
//! every target once, no answer takes more than half of a level's questions, and no answer
//! comes more than twice in a row (twice only across the edge of two blocks).

use serde::Serialize;

use crate::quiz::question::{Answer, QuestionType};
use crate::rng::Rng;

/// A planned question: its type and its answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    #[serde(rename = "type")]
    pub question_type: QuestionType,
    pub answer: Answer,
}

const fn classify(answer: Answer) -> Target {
    Target {
        question_type: QuestionType::Classify,
        answer,
    }
}

const fn decide(answer: Answer) -> Target {
    Target {
        question_type: QuestionType::Decide,
        answer,
    }
}

const ESCAPE: Target = Target {
    question_type: QuestionType::Escape,
    answer: Answer::Saddle,
};

use Answer::{Maximum, Minimum, No, NotCritical, Saddle, Yes};

/// Level 1, quadratic forms: each kind, a way down, and one point that is not critical
/// (g = 0 comes first in the lecture).
const LEVEL_1: &[Target] = &[
    classify(Minimum),
    classify(Maximum),
    classify(Saddle),
    ESCAPE,
    classify(NotCritical),
];
/// Level 2, polynomials with several critical points.
const LEVEL_2: &[Target] = &[
    classify(Minimum),
    classify(Maximum),
    classify(Saddle),
    ESCAPE,
    classify(Minimum),
    classify(Maximum),
];
/// Level 3, degenerate points: what they are (decided beyond the eigenvalues), whether the
/// eigenvalues alone can tell, and points that are not critical.
const LEVEL_3: &[Target] = &[
    classify(Minimum),
    classify(Maximum),
    classify(Saddle),
    classify(NotCritical),
    decide(No),
    decide(Yes),
];
/// Level 4, three or four parameters: saddles whose drawn slice looks like an extremum, and
/// true extrema.
const LEVEL_4: &[Target] = &[
    classify(Minimum),
    classify(Maximum),
    classify(Saddle),
    classify(Saddle),
    classify(Minimum),
    classify(Maximum),
];

/// The targets of a level, one block.
pub fn block(level: u32) -> &'static [Target] {
    match level {
        1 => LEVEL_1,
        2 => LEVEL_2,
        3 => LEVEL_3,
        _ => LEVEL_4,
    }
}

/// The target of question `index` of the set (`level`, `seed`).
///
/// ```
/// use hessian_explorer::quiz::{target, QuestionType};
/// let first: Vec<_> = (0..3).map(|i| target(1, 7, i).question_type).collect();
/// assert!(first.iter().filter(|t| **t == QuestionType::Escape).count() <= 1);
/// ```
pub fn target(level: u32, seed: u64, index: u64) -> Target {
    let targets = block(level);
    let len = targets.len() as u64;
    let block_number = index / len;
    let mut rng = Rng::new(
        seed.rotate_left(17) ^ u64::from(level).wrapping_mul(0xD6E8_FEB8_6659_FD93) ^ block_number,
    );
    // Rejection: a shuffle with neighbours that clash is drawn again (a valid one comes
    // within a few draws for these blocks; the bound only guards a loop).
    let mut order: Vec<Target> = targets.to_vec();
    for _ in 0..1000 {
        shuffle(&mut order, &mut rng);
        if order.windows(2).all(|pair| !clash(pair[0], pair[1])) {
            break;
        }
    }
    order[(index % len) as usize]
}

/// Two neighbours clash when they share an answer, or a question type other than classify.
fn clash(a: Target, b: Target) -> bool {
    a.answer == b.answer
        || (a.question_type == b.question_type && a.question_type != QuestionType::Classify)
}

/// Fisher–Yates.
fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}
