//! The quiz generator: deterministic per seed, and for thousands of seeds per level the
//! stated answer is what a fresh analysis says, with no question near a threshold.

use std::collections::BTreeMap;

use hessian_explorer::quiz::{question, QuestionType, MIN_GAP, MIN_SLOPE};
use hessian_explorer::{Kind, Loss, Tolerances};

/// Seeds checked per level (each seed's first three questions).
const SEEDS: u64 = 1000;
const PER_SEED: u64 = 3;

fn check(level: u32) -> BTreeMap<String, usize> {
    let mut answers = BTreeMap::new();
    for seed in 0..SEEDS {
        for index in 0..PER_SEED {
            let q = question(level, seed, index);
            assert_eq!(
                q,
                question(level, seed, index),
                "deterministic: level {level} seed {seed}"
            );
            let loss = Loss::new(&q.formula).unwrap();
            assert_eq!(loss.params(), q.params.as_slice());
            let fresh = loss.analyze(&q.point, Tolerances::default()).unwrap();
            assert_eq!(fresh.kind, q.answer, "{} at {:?}", q.formula, q.point);
            match q.answer {
                Kind::Minimum | Kind::Maximum | Kind::Saddle => {
                    assert!(
                        fresh.eigenvalues.iter().all(|l| l.abs() >= MIN_GAP),
                        "{}: {:?}",
                        q.formula,
                        fresh.eigenvalues
                    )
                }
                Kind::Inconclusive => assert!(fresh
                    .eigenvalues
                    .iter()
                    .all(|l| l.abs() <= 1e-12 || l.abs() >= MIN_GAP)),
                Kind::NotCritical => assert!(fresh.gradient_norm >= MIN_SLOPE),
                other => panic!("no question may have the answer {other:?}"),
            }
            if q.question_type == QuestionType::Escape {
                assert_eq!(q.answer, Kind::Saddle);
                let u = q.analysis.escape.as_ref().unwrap();
                let moved: Vec<f64> = q.point.iter().zip(u).map(|(p, d)| p + 1e-3 * d).collect();
                assert!(
                    loss.value(&moved).unwrap() < fresh.value,
                    "escape lowers the loss"
                );
            }
            let x = q.params.iter().position(|p| *p == q.x).unwrap();
            assert!(
                q.x_range.0 < q.point[x] && q.point[x] < q.x_range.1,
                "θ′ is inside the window"
            );
            let label = format!("{:?}/{:?}", q.question_type, q.answer);
            *answers.entry(label).or_insert(0) += 1;
        }
    }
    answers
}

/// Every kind a level of minima, maxima and saddles should ask, escape questions included.
fn check_all_kinds(level: u32) {
    let answers = check(level);
    for label in [
        "Classify/Minimum",
        "Classify/Maximum",
        "Classify/Saddle",
        "Escape/Saddle",
    ] {
        assert!(
            answers.get(label).copied().unwrap_or(0) > 100,
            "{answers:?}"
        );
    }
}

#[test]
fn level_1_quadratic_forms() {
    check_all_kinds(1);
}

#[test]
fn level_2_polynomials() {
    check_all_kinds(2);
}

#[test]
fn level_3_degenerate_and_not_critical() {
    let answers = check(3);
    assert!(answers["Classify/Inconclusive"] > 1000, "{answers:?}");
    assert!(answers["Classify/NotCritical"] > 1000, "{answers:?}");
}

#[test]
fn level_4_many_parameters() {
    let answers = check(4);
    assert!(answers["Classify/Saddle"] > 1000, "{answers:?}");
    assert!(
        answers["Classify/Minimum"] + answers["Classify/Maximum"] > 300,
        "{answers:?}"
    );
    let q = question(4, 1, 0);
    assert!(q.params.len() >= 3);
}

#[test]
fn seeds_and_indices_differ() {
    let formulas: std::collections::BTreeSet<String> =
        (0..50).map(|seed| question(2, seed, 0).formula).collect();
    assert!(formulas.len() > 10);
    assert_ne!(question(1, 7, 0), question(1, 7, 1));
}
