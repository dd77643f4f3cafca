//! The quiz generator: deterministic per seed; for thousands of questions per level the
//! stated answer is what a fresh analysis says (the refined verdict: what the point *is*),
//! no question sits near a threshold, and the answers are balanced.

use std::collections::BTreeMap;

use hessian_explorer::quiz::{
    question, Answer, DecidedBy, Question, QuestionType, MIN_GAP, MIN_SLOPE,
};
use hessian_explorer::{Kind, Loss, Tolerances};

/// Seeds checked per level, and questions per seed (two blocks of every level's plan).
const SEEDS: u64 = 250;
const PER_SEED: u64 = 12;
/// The longest run of one answer (or of one non-classify question type) in a set.
const MAX_RUN: usize = 2;

/// What a fresh analysis says the answer to `q` is.
fn truth(q: &Question) -> Answer {
    let loss = Loss::new(&q.formula).unwrap();
    assert_eq!(loss.params(), q.params.as_slice());
    let fresh = loss.analyze(&q.point, Tolerances::default()).unwrap();
    match fresh.kind {
        Kind::Minimum | Kind::Maximum | Kind::Saddle => {
            assert!(
                fresh.eigenvalues.iter().all(|l| l.abs() >= MIN_GAP),
                "{}: {:?}",
                q.formula,
                fresh.eigenvalues
            );
            assert_eq!(q.decided_by, DecidedBy::Eigenvalues);
        }
        Kind::Inconclusive => {
            assert!(fresh
                .eigenvalues
                .iter()
                .all(|l| l.abs() <= 1e-12 || l.abs() >= MIN_GAP));
            assert_eq!(q.decided_by, DecidedBy::HigherOrder);
        }
        Kind::NotCritical => assert!(fresh.gradient_norm >= MIN_SLOPE),
        other => panic!("no question may be at a point that is {other:?}"),
    }
    assert_eq!(q.kind, fresh.refined, "{} at {:?}", q.formula, q.point);
    match q.question_type {
        QuestionType::Decide => {
            assert_ne!(fresh.kind, Kind::NotCritical);
            if fresh.kind == Kind::Inconclusive {
                Answer::No
            } else {
                Answer::Yes
            }
        }
        QuestionType::Escape => {
            let u = q.analysis.escape.as_ref().unwrap();
            let moved: Vec<f64> = q.point.iter().zip(u).map(|(p, d)| p + 1e-3 * d).collect();
            assert!(
                loss.value(&moved).unwrap() < fresh.value,
                "escape lowers the loss"
            );
            Answer::Saddle
        }
        QuestionType::Classify => match fresh.refined {
            Kind::Minimum => Answer::Minimum,
            Kind::Maximum => Answer::Maximum,
            Kind::Saddle => Answer::Saddle,
            Kind::NotCritical => Answer::NotCritical,
            other => panic!("{}: refined {other:?} cannot be asked", q.formula),
        },
    }
}

/// The longest run of equal items.
fn longest_run<T: PartialEq>(items: &[T]) -> usize {
    let mut best = 0;
    let mut run = 0;
    for (i, item) in items.iter().enumerate() {
        run = if i > 0 && items[i - 1] == *item {
            run + 1
        } else {
            1
        };
        best = best.max(run);
    }
    best
}

/// Checks every question of a level and returns how often each (type, answer) came.
fn check(level: u32) -> BTreeMap<(QuestionType, Answer), usize> {
    let mut counts = BTreeMap::new();
    let mut by_answer: BTreeMap<Answer, usize> = BTreeMap::new();
    for seed in 0..SEEDS {
        let set: Vec<Question> = (0..PER_SEED).map(|i| question(level, seed, i)).collect();
        for q in &set {
            assert_eq!(*q, question(level, seed, q.index), "deterministic");
            assert_eq!(
                q.answer,
                truth(q),
                "{} at {:?} ({:?})",
                q.formula,
                q.point,
                q.question_type
            );
            let x = q.params.iter().position(|p| *p == q.x).unwrap();
            assert!(
                q.x_range.0 < q.point[x] && q.point[x] < q.x_range.1,
                "θ′ is inside the window"
            );
            *counts.entry((q.question_type, q.answer)).or_insert(0) += 1;
            *by_answer.entry(q.answer).or_insert(0) += 1;
        }
        let answers: Vec<Answer> = set.iter().map(|q| q.answer).collect();
        assert!(
            longest_run(&answers) <= MAX_RUN,
            "level {level} seed {seed}: {answers:?}"
        );
        let special: Vec<Option<QuestionType>> = set
            .iter()
            .map(|q| (q.question_type != QuestionType::Classify).then_some(q.question_type))
            .collect();
        let runs = special
            .split(|t| t.is_none())
            .flat_map(|chunk| [longest_run(chunk)])
            .max()
            .unwrap_or(0);
        assert!(runs <= MAX_RUN, "level {level} seed {seed}: {special:?}");
    }
    let total = (SEEDS * PER_SEED) as usize;
    for (answer, count) in &by_answer {
        assert!(
            2 * count <= total,
            "level {level}: {answer:?} is {count} of {total}"
        );
    }
    counts
}

/// Each (type, answer) a level must ask, at least a tenth of the time.
fn asks(counts: &BTreeMap<(QuestionType, Answer), usize>, wanted: &[(QuestionType, Answer)]) {
    let total: usize = counts.values().sum();
    for want in wanted {
        let count = counts.get(want).copied().unwrap_or(0);
        assert!(
            10 * count >= total,
            "{want:?}: {count} of {total} ({counts:?})"
        );
    }
}

use Answer::{Maximum, Minimum, No, NotCritical, Saddle, Yes};
use QuestionType::{Classify, Decide, Escape};

#[test]
fn level_1_quadratic_forms() {
    let counts = check(1);
    asks(
        &counts,
        &[
            (Classify, Minimum),
            (Classify, Maximum),
            (Classify, Saddle),
            (Escape, Saddle),
            (Classify, NotCritical),
        ],
    );
}

#[test]
fn level_2_polynomials() {
    let counts = check(2);
    asks(
        &counts,
        &[
            (Classify, Minimum),
            (Classify, Maximum),
            (Classify, Saddle),
            (Escape, Saddle),
        ],
    );
}

/// Level 3 grades a degenerate point by what it is (a valley point is a minimum), and asks
/// whether the eigenvalues alone can decide as its own question.
#[test]
fn level_3_degenerate_points() {
    let counts = check(3);
    asks(
        &counts,
        &[
            (Classify, Minimum),
            (Classify, Maximum),
            (Classify, Saddle),
            (Classify, NotCritical),
            (Decide, No),
            (Decide, Yes),
        ],
    );
    // Classify questions at degenerate points are decided beyond the eigenvalues.
    let higher_order = (0..SEEDS)
        .flat_map(|seed| (0..6).map(move |i| question(3, seed, i)))
        .filter(|q| q.question_type == Classify && q.decided_by == DecidedBy::HigherOrder)
        .count();
    assert!(higher_order as u64 >= SEEDS * 2, "{higher_order}");
}

#[test]
fn level_4_many_parameters() {
    let counts = check(4);
    asks(
        &counts,
        &[(Classify, Minimum), (Classify, Maximum), (Classify, Saddle)],
    );
    assert!(question(4, 1, 0).params.len() >= 3);
    // Most saddles hide in the drawn slice: its 2×2 block has one sign.
    let misleading = (0..SEEDS)
        .map(|seed| question(4, seed, 0))
        .filter(|q| q.answer == Saddle)
        .filter(|q| {
            let h = &q.analysis.hessian;
            h[0][0] * h[1][1] - h[0][1] * h[1][0] > 0.0
        })
        .count();
    assert!(misleading > 0);
}

/// The lecture's valley at (−1, −1) is a minimum, and the quiz says so.
#[test]
fn a_valley_point_is_graded_a_minimum() {
    let found = (0..SEEDS)
        .flat_map(|seed| (0..PER_SEED).map(move |i| question(3, seed, i)))
        .find(|q| q.formula.contains("(1 - w1 w2)") && q.question_type == Classify)
        .expect("the valley is asked");
    assert_eq!(found.answer, Minimum);
    assert_eq!(found.analysis.kind, Kind::Inconclusive);
}

#[test]
fn seeds_and_indices_differ() {
    let formulas: std::collections::BTreeSet<String> =
        (0..50).map(|seed| question(2, seed, 0).formula).collect();
    assert!(formulas.len() > 10);
    assert_ne!(question(1, 7, 0), question(1, 7, 1));
}
