//! The question generator of quiz mode: seeded, deterministic, by level, and every answer
//! checked by the engine's own analysis.
//!
//! - Level 1: quadratic forms with visible structure, at their centre.
//! - Level 2: polynomials with several critical points; one is asked.
//! - Level 3: degenerate points (the second-order test is inconclusive) and points that are
//!   not critical.
//! - Level 4: three or four parameters: the picture shows a slice, the eigenvalues decide.
//! - At levels 1 and 2 some saddles come as "escape" questions: pick a direction in which
//!   the loss goes down.
//!
//! No question is ambiguous under the tolerances: a verdict of minimum, maximum or saddle
//! has every |λ| ≥ [`MIN_GAP`]; an inconclusive one has its zero eigenvalue exactly zero;
//! a non-critical point has ‖g‖ ≥ [`MIN_SLOPE`]. Only polynomials are used, so the same seed
//! gives bit-identical questions natively and in every browser.

use serde::Serialize;

use crate::analysis::analyze::Analysis;
use crate::analysis::search::Window;
use crate::analysis::verdict::{Kind, Tolerances};
use crate::loss::Loss;
use crate::rng::Rng;

/// The smallest |λ| of a decided question (the zero threshold is 1e-8).
pub const MIN_GAP: f64 = 0.25;
/// The smallest ‖g‖ of a "not a critical point" question (the gradient tolerance is 1e-6).
pub const MIN_SLOPE: f64 = 0.5;
/// Levels run from 1 to this.
pub const MAX_LEVEL: u32 = 4;

/// What the student is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    /// Say what kind of point it is.
    Classify,
    /// At a saddle: click a direction in which the loss decreases.
    Escape,
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
    /// The second-order verdict: minimum, maximum, saddle, inconclusive or not_critical.
    pub answer: Kind,
    pub analysis: Analysis,
}

/// The generator of question `index` of the set (`level`, `seed`).
fn question_rng(level: u32, seed: u64, index: u64) -> Rng {
    Rng::new(seed ^ (u64::from(level) << 56) ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// The question number `index` of the set (`level`, `seed`). Levels outside 1..=4 are
/// clamped into it.
///
/// ```
/// use hessian_explorer::quiz::question;
/// let first = question(2, 7, 0);
/// assert_eq!(first, question(2, 7, 0), "deterministic");
/// assert_eq!(first.answer, first.analysis.kind, "the answer is the engine's verdict");
/// ```
pub fn question(level: u32, seed: u64, index: u64) -> Question {
    let level = level.clamp(1, MAX_LEVEL);
    let mut rng = question_rng(level, seed, index);
    // Rejection sampling: draw until a candidate passes every check. Each generator passes
    // almost always, and the bound only guards against an infinite loop.
    for _ in 0..1000 {
        let candidate = match level {
            1 => quadratic(&mut rng),
            2 => polynomial(&mut rng),
            3 => degenerate_or_sloped(&mut rng),
            _ => many_parameters(&mut rng),
        };
        if let Some(mut question) = candidate {
            question.level = level;
            question.seed = seed;
            question.index = index;
            let can_escape = level <= 2 && question.answer == Kind::Saddle;
            if can_escape && rng.int(0, 2) == 0 {
                question.question_type = QuestionType::Escape;
            }
            return question;
        }
    }
    // Unreachable in practice (tested over thousands of seeds); a fixed, valid question.
    let loss = Loss::new("w1^2 - w2^2").unwrap_or_else(|_| unreachable!());
    build(&loss, "w1^2 - w2^2", vec![0.0, 0.0], 2.0).unwrap_or_else(|| unreachable!())
}

/// Checks a candidate with the full analysis and packs it, or rejects it as ambiguous.
fn build(loss: &Loss, formula: &str, point: Vec<f64>, half_width: f64) -> Option<Question> {
    let analysis = loss.analyze(&point, Tolerances::default()).ok()?;
    let answer = analysis.kind;
    let clear = match answer {
        Kind::Minimum | Kind::Maximum | Kind::Saddle => {
            analysis.gradient_norm <= 1e-9
                && analysis.eigenvalues.iter().all(|l| l.abs() >= MIN_GAP)
        }
        Kind::Inconclusive => {
            let zero = analysis
                .eigenvalues
                .iter()
                .filter(|l| l.abs() <= 1e-12)
                .count();
            let decided = analysis
                .eigenvalues
                .iter()
                .filter(|l| l.abs() >= MIN_GAP)
                .count();
            analysis.gradient_norm <= 1e-12
                && zero + decided == analysis.eigenvalues.len()
                && zero > 0
        }
        Kind::NotCritical => analysis.gradient_norm >= MIN_SLOPE,
        Kind::Undefined | Kind::Unknown => false,
    };
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
fn polynomial(rng: &mut Rng) -> Option<Question> {
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
    if isolated.len() < 2 {
        return None;
    }
    let chosen = rng.pick(&isolated);
    let mut question = build(&loss, &formula, chosen.point.clone(), half_width)?;
    question.x_range = window.ranges[0];
    question.y_range = window.ranges[1];
    Some(question)
}

/// Level 3: half degenerate critical points, half points that are not critical.
fn degenerate_or_sloped(rng: &mut Rng) -> Option<Question> {
    if rng.coin() {
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
    } else {
        let critical = if rng.coin() {
            quadratic(rng)?
        } else {
            polynomial(rng)?
        };
        let point: Vec<f64> = critical
            .point
            .iter()
            .map(|&c| c + rng.int(-2, 2) as f64 * 0.5)
            .collect();
        let loss = Loss::new(&critical.formula).ok()?;
        build(&loss, &critical.formula, point, 2.0)
    }
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
