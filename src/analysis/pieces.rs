//! A traced curve of critical points, split where its kind changes.
//!
//! Along a curve of critical points the loss is constant, and at its regular points the kind
//! is set by the sign of the Hessian across it (Morse–Bott): it changes only where that
//! eigenvalue passes through zero. x²y has critical points all along x = 0: minima above the
//! origin (the curvature across is 2y > 0) and maxima below it. The curve is cut into runs
//! of points with the same second-order signature (kind, flat directions, signs), each run
//! gets the full analysis at its middle point, and neighbouring runs with the same verdict
//! are joined again (the x-axis of x²y² is one curve of minima through the origin, where the
//! signature alone changes). A run of one or two points between two different verdicts is the
//! junction where the kind changes: it belongs to neither piece.

use nalgebra::DVector;

use crate::analysis::analyze::{analyze_within, Analysis};
use crate::analysis::budget::second_order;
use crate::analysis::linalg::{zero_threshold, Eigen};
use crate::analysis::newton::Slice;
use crate::analysis::refine::REFINE_WORK;
use crate::analysis::trace::Curve;
use crate::analysis::verdict::{classify, Kind, Tolerances};
use crate::eval::autodiff::hessian;

/// The work one entry's higher-order look may take within a search (a tenth of a lone look's:
/// a window may hold many degenerate points).
const SEARCH_LOOK_WORK: u64 = REFINE_WORK / 10;
/// Points in a run this short, between two pieces of different kinds, are a junction.
const JUNCTION: usize = 2;

/// One piece of a curve: its points (in the plane) and the analysis at its middle point.
#[derive(Clone, Debug)]
pub struct Piece {
    pub points: Vec<DVector<f64>>,
    pub middle: DVector<f64>,
    pub analysis: Analysis,
}

/// What the second-order test sees at a point: kind, flat directions, and the signs present.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Signature {
    kind: Kind,
    flat: usize,
    positive: bool,
    negative: bool,
}

fn signature(slice: &Slice, p: &DVector<f64>, tolerances: Tolerances) -> Option<Signature> {
    slice
        .budget
        .spend(second_order(slice.tape.len(), slice.base.len()))?;
    let (_, gradient, h) = hessian(slice.tape, &slice.full(p));
    let eigen = Eigen::of(&h)?;
    let threshold = zero_threshold(&eigen.values, tolerances.eigen);
    let norm = gradient.iter().map(|g| g * g).sum::<f64>().sqrt();
    Some(Signature {
        kind: classify(norm, &eigen.values, threshold, tolerances),
        flat: eigen.values.iter().filter(|l| l.abs() <= threshold).count(),
        positive: eigen.values.iter().any(|&l| l > threshold),
        negative: eigen.values.iter().any(|&l| l < -threshold),
    })
}

/// The pieces of `curve`, each with one verdict.
pub fn pieces(slice: &Slice, curve: &Curve, tolerances: Tolerances) -> Vec<Piece> {
    let mut points = curve.points.clone();
    if curve.closed {
        points.pop(); // the repeated start
    }
    let signatures: Vec<Option<Signature>> = points
        .iter()
        .map(|p| signature(slice, p, tolerances))
        .collect();
    // Runs of equal signatures, as index ranges.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in 0..points.len() {
        match runs.last_mut() {
            Some(run) if signatures[run.0] == signatures[i] => run.1 = i + 1,
            _ => runs.push((i, i + 1)),
        }
    }
    if curve.closed && runs.len() > 1 && signatures[0] == signatures[points.len() - 1] {
        // Start the loop at a boundary, so that the run across the start is one run.
        let shift = runs[0].1;
        points.rotate_left(shift);
        let mut rotated: Vec<(usize, usize)> = runs[1..]
            .iter()
            .map(|&(a, b)| (a - shift, b - shift))
            .collect();
        if let Some(last) = rotated.last_mut() {
            last.1 = points.len();
        }
        runs = rotated;
    }
    let full = |i: usize| slice.full(&points[i]);
    let verdicts: Vec<(Kind, Kind, Analysis)> = runs
        .iter()
        .map(|&(a, b)| {
            let analysis = analysis_in_search(slice, &full((a + b) / 2), tolerances);
            (analysis.kind, analysis.refined, analysis)
        })
        .collect();
    // Join neighbouring runs with the same verdict; drop junctions.
    let mut joined: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, verdict index)
    for (r, &(a, b)) in runs.iter().enumerate() {
        let same = |v: usize| verdicts[v].0 == verdicts[r].0 && verdicts[v].1 == verdicts[r].1;
        match joined.last_mut() {
            Some(last) if same(last.2) => last.1 = b,
            _ => joined.push((a, b, r)),
        }
    }
    let single = joined.len() == 1;
    let mut out = Vec::new();
    for &(a, b, r) in &joined {
        if !single && b - a <= JUNCTION {
            continue;
        }
        let mut piece: Vec<DVector<f64>> = points[a..b].to_vec();
        if single && curve.closed {
            piece.push(piece[0].clone());
        }
        let middle = points[(a + b) / 2].clone();
        let analysis = if runs[r] == (a, b) {
            verdicts[r].2.clone()
        } else {
            analysis_in_search(slice, &slice.full(&middle), tolerances)
        };
        out.push(Piece {
            points: piece,
            middle,
            analysis,
        });
    }
    out
}

/// The full analysis at one entry of a search: the second-order part charged to the search,
/// the higher-order look limited to a portion of what is left.
pub fn analysis_in_search(slice: &Slice, theta: &[f64], tolerances: Tolerances) -> Analysis {
    let base = second_order(slice.tape.len(), slice.base.len());
    if slice.budget.left() < base {
        let _ = slice.budget.spend(base); // refused: the search ends with its error
    }
    slice.budget.portion(base + SEARCH_LOOK_WORK, |budget| {
        analyze_within(slice.tape, theta, tolerances, budget)
    })
}
