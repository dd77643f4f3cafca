//! The generators of candidate questions, one per family of formulas, and the checks that
//! keep every question unambiguous (see the module above for the rules).

use crate::analysis::search::Window;
use crate::analysis::verdict::{Kind, Tolerances};
use crate::loss::Loss;
use crate::quiz::plan::Target;
use crate::quiz::question::{Answer, DecidedBy, Question, QuestionType, MIN_GAP, MIN_SLOPE};
use crate::rng::Rng;

/// A candidate for `target` at `level`, or `None` when this draw missed (the caller draws
/// again).
pub fn candidate(level: u32, target: Target, rng: &mut Rng) -> Option<Question> {
    let question = match (level, target.question_type, target.answer) {
        // Not critical: a point of a level's own family, moved off its critical point.
        (_, _, Answer::NotCritical) => sloped(level, rng),
        (3, QuestionType::Decide, Answer::No) => degenerate(rng),
        (3, QuestionType::Decide, _) => quadratic(rng),
        (3, _, _) => degenerate(rng),
        (1, _, _) => quadratic(rng),
        (2, _, _) => polynomial(rng, target.answer),
        _ => many_parameters(rng),
    }?;
    fits(&question, target).then(|| retype(question, target))
}

/// Whether a checked candidate has the target's answer.
fn fits(question: &Question, target: Target) -> bool {
    match target.question_type {
        QuestionType::Decide => {
            let decidable = question.analysis.kind != Kind::Inconclusive;
            question.kind != Kind::NotCritical && decidable == (target.answer == Answer::Yes)
        }
        _ => answer_of(question.kind) == Some(target.answer),
    }
}

/// The candidate asked as the target's type.
fn retype(mut question: Question, target: Target) -> Question {
    question.question_type = target.question_type;
    question.answer = target.answer;
    question
}

/// The classify answer for what a point is.
fn answer_of(kind: Kind) -> Option<Answer> {
    match kind {
        Kind::Minimum => Some(Answer::Minimum),
        Kind::Maximum => Some(Answer::Maximum),
        Kind::Saddle => Some(Answer::Saddle),
        Kind::NotCritical => Some(Answer::NotCritical),
        _ => None,
    }
}

/// A fixed, valid question, in case a target is never reached (never seen over thousands of
/// seeds per level; it keeps `question` total).
pub fn fallback(level: u32, seed: u64, index: u64) -> Question {
    let formula = "w1^2 - w2^2";
    let loss = Loss::new(formula).unwrap_or_else(|_| unreachable!());
    let mut question = build(&loss, formula, vec![0.0, 0.0], 2.0).unwrap_or_else(|| unreachable!());
    question.level = level;
    question.seed = seed;
    question.index = index;
    question
}

/// Checks a candidate with the full analysis and packs it as a classify question, or rejects
/// it as ambiguous.
fn build(loss: &Loss, formula: &str, point: Vec<f64>, half_width: f64) -> Option<Question> {
    let analysis = loss.analyze(&point, Tolerances::default()).ok()?;
    let decided = |l: &f64| l.abs() >= MIN_GAP;
    let (clear, decided_by) = match analysis.kind {
        Kind::Minimum | Kind::Maximum | Kind::Saddle => (
            analysis.gradient_norm <= 1e-9 && analysis.eigenvalues.iter().all(decided),
            DecidedBy::Eigenvalues,
        ),
        Kind::Inconclusive => {
            let zero = analysis.eigenvalues.iter().filter(|l| l.abs() <= 1e-12);
            let refined = matches!(
                analysis.refined,
                Kind::Minimum | Kind::Maximum | Kind::Saddle
            );
            (
                refined
                    && analysis.gradient_norm <= 1e-12
                    && zero.count() + analysis.eigenvalues.iter().filter(|l| decided(l)).count()
                        == analysis.eigenvalues.len(),
                DecidedBy::HigherOrder,
            )
        }
        Kind::NotCritical => (analysis.gradient_norm >= MIN_SLOPE, DecidedBy::Gradient),
        Kind::Undefined | Kind::Unknown => (false, DecidedBy::Eigenvalues),
    };
    let kind = analysis.refined;
    let answer = answer_of(kind)?;
    if !clear {
        return None;
    }
    let params = loss.params().to_vec();
    let range = |c: f64| (c - half_width, c + half_width);
    Some(Question {
        level: 0,
        seed: 0,
        index: 0,
        question_type: QuestionType::Classify,
        formula: formula.to_string(),
        x: params.first().cloned().unwrap_or_default(),
        y: params.get(1).cloned().unwrap_or_default(),
        x_range: range(point[0]),
        y_range: range(point[1]),
        params,
        point,
        answer,
        kind,
        decided_by,
        analysis,
    })
}

/// `(w1 - h)` or `w1` when h = 0; `name` is the parameter.
fn shifted(name: &str, h: i64) -> String {
    match h {
        0 => name.to_string(),
        h if h > 0 => format!("({name} - {h})"),
        h => format!("({name} + {})", -h),
    }
}

/// A signed term `± c·body`, written as a student would (`+ 2w1^2`, `- w2^2`).
fn term(first: bool, coefficient: i64, body: &str) -> String {
    let magnitude = coefficient.abs();
    let number = if magnitude == 1 {
        String::new()
    } else {
        magnitude.to_string()
    };
    match (first, coefficient < 0) {
        (true, false) => format!("{number}{body}"),
        (true, true) => format!("-{number}{body}"),
        (false, false) => format!(" + {number}{body}"),
        (false, true) => format!(" - {number}{body}"),
    }
}

/// Level 1: a(w1−h)² + b(w1−h)(w2−k) + c(w2−k)² at its centre (h, k).
fn quadratic(rng: &mut Rng) -> Option<Question> {
    let (h, k) = (rng.int(-1, 1), rng.int(-1, 1));
    let (a, c) = (rng.nonzero(3), rng.nonzero(3));
    let b = if rng.coin() { 0 } else { rng.nonzero(2) };
    let (u, v) = (shifted("w1", h), shifted("w2", k));
    let mut formula = term(true, a, &format!("{u}^2"));
    if b != 0 {
        formula += &term(false, b, &format!("{u}{v}"));
    }
    formula += &term(false, c, &format!("{v}^2"));
    let loss = Loss::new(&formula).ok()?;
    build(&loss, &formula, vec![h as f64, k as f64], 2.0)
}

/// Level 2: a polynomial with several critical points, one of which is asked.
fn polynomial(rng: &mut Rng, want: Answer) -> Option<Question> {
    let templates: [(&str, f64); 7] = [
        ("X^3 - 3X + S Y^2", 2.5),
        ("X^3 - 3X + Y^3 - 3Y", 2.5),
        ("(X^2 - 1)^2 + S Y^2", 2.0),
        ("X^4 + Y^4 - 4X Y", 2.0),
        ("X^3 + Y^3 - 3X Y", 2.0),
        ("X^2 Y - X^2 - S Y^2", 2.5),
        ("(X^2 + Y - 11)^2 + (X + Y^2 - 7)^2", 5.5),
    ];
    let &(template, half_width) = rng.pick(&templates);
    let (h, k) = if half_width > 3.0 {
        (0, 0)
    } else {
        (rng.int(-1, 1), rng.int(-1, 1))
    };
    let sign = if rng.coin() { "+" } else { "-" };
    let mut formula = template
        .replace('X', &shifted("w1", h))
        .replace('Y', &shifted("w2", k))
        .replace("+ S", sign)
        .replace("- S", if sign == "+" { "-" } else { "+" });
    if rng.int(0, 3) == 0 {
        formula = format!("-({formula})");
    }
    let loss = Loss::new(&formula).ok()?;
    let window = Window {
        axes: vec![0, 1],
        ranges: vec![
            (h as f64 - half_width, h as f64 + half_width),
            (k as f64 - half_width, k as f64 + half_width),
        ],
        at: vec![h as f64, k as f64],
    };
    let points = loss.critical_points(&window, Tolerances::default()).ok()?;
    let isolated: Vec<_> = points.iter().filter(|p| p.curve.is_none()).collect();
    let wanted: Vec<_> = isolated
        .iter()
        .filter(|p| answer_of(p.refined) == Some(want))
        .collect();
    if isolated.len() < 2 || wanted.is_empty() {
        return None;
    }
    let chosen = rng.pick(&wanted);
    let mut question = build(&loss, &formula, chosen.point.clone(), half_width)?;
    question.x_range = window.ranges[0];
    question.y_range = window.ranges[1];
    Some(question)
}

/// Level 3: a degenerate critical point (a zero eigenvalue, no sign conflict), whose kind
/// only the higher-order look decides.
fn degenerate(rng: &mut Rng) -> Option<Question> {
    let scale = rng.int(1, 3);
    let templates = [
        "X^2 + Y^4",
        "X^2 + Y^3",
        "X^4 + Y^4",
        "-(X^4 + Y^4)",
        "X^3 - 3X Y^2",
        "X^2 - Y^4",
        "Y^2 - X^4",
        "-X^2 - Y^4",
        "(1 - X Y)^2",
        "-(1 - X Y)^2",
    ];
    let template = *rng.pick(&templates);
    let valley = template.contains("1 - X Y");
    let (h, k) = if valley {
        (0, 0)
    } else {
        (rng.int(-1, 1), rng.int(-1, 1))
    };
    let body = template
        .replace('X', &shifted("w1", h))
        .replace('Y', &shifted("w2", k));
    let formula = if scale == 1 {
        body
    } else {
        format!("{scale}({body})")
    };
    let point = if valley {
        let r = *rng.pick(&[1.0, 2.0, 0.5, -1.0, -2.0, -0.5]);
        vec![r, 1.0 / r]
    } else {
        vec![h as f64, k as f64]
    };
    let loss = Loss::new(&formula).ok()?;
    build(&loss, &formula, point, 2.0)
}

/// A point that is not critical: a critical point of the level's own family, moved by a
/// few half-steps.
fn sloped(level: u32, rng: &mut Rng) -> Option<Question> {
    let critical = match level {
        1 => quadratic(rng)?,
        _ if rng.coin() => quadratic(rng)?,
        _ => {
            let kind = *rng.pick(&[Answer::Minimum, Answer::Maximum, Answer::Saddle]);
            polynomial(rng, kind)?
        }
    };
    let point: Vec<f64> = critical
        .point
        .iter()
        .map(|&c| c + rng.int(-2, 2) as f64 * 0.5)
        .collect();
    let loss = Loss::new(&critical.formula).ok()?;
    build(&loss, &critical.formula, point, 2.0)
}

/// Level 4: a quadratic form in three or four parameters at its centre. Most of them are
/// saddles whose drawn slice looks like a minimum or maximum: only the eigenvalues tell.
fn many_parameters(rng: &mut Rng) -> Option<Question> {
    let n = rng.int(3, 4) as usize;
    let names: Vec<String> = (1..=n).map(|i| format!("w{i}")).collect();
    let centre: Vec<i64> = (0..n).map(|_| rng.int(-1, 1)).collect();
    let shifted_names: Vec<String> = names
        .iter()
        .zip(&centre)
        .map(|(name, &c)| shifted(name, c))
        .collect();
    let slice_sign = if rng.coin() { 1 } else { -1 };
    let misleading = rng.int(0, 2) != 0;
    let mut formula = String::new();
    for (i, name) in shifted_names.iter().enumerate() {
        // The drawn slice (w1, w2) shares one sign; a misleading question flips a hidden one.
        let sign = if i < 2 || !misleading {
            slice_sign
        } else if i == 2 {
            -slice_sign
        } else {
            rng.nonzero(1)
        };
        formula += &term(i == 0, sign * rng.int(1, 3), &format!("{name}^2"));
    }
    for _ in 0..rng.int(0, 2) {
        let i = rng.int(0, n as i64 - 2) as usize;
        let j = rng.int(i as i64 + 1, n as i64 - 1) as usize;
        formula += &term(
            false,
            rng.nonzero(1),
            &format!("{}{}", shifted_names[i], shifted_names[j]),
        );
    }
    let loss = Loss::new(&formula).ok()?;
    build(
        &loss,
        &formula,
        centre.iter().map(|&c| c as f64).collect(),
        2.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_read_naturally() {
        assert_eq!(
            term(true, -1, "w1^2") + &term(false, 2, "w2^2"),
            "-w1^2 + 2w2^2"
        );
        assert_eq!(shifted("w1", -1), "(w1 + 1)");
    }
}
