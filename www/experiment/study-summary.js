// What a study's runs show, counted honestly. Pure.
//
// A run (the core's experimentRun result) ends at a critical point only when its polish reached
// ‖g‖ ≤ the tolerance (`converged`); every other run stopped where the gradient was small but
// not zero and is counted apart, never as a minimum or a saddle. At a critical point the kind is
// the core's second-order verdict: "minimum" (every eigenvalue positive), "maximum", "saddle"
// (both signs), or "inconclusive" (zero eigenvalues and no sign conflict: flat directions,
// which the second-order test alone cannot decide).

/** The outcomes a run can have, in the order the legend and the counts list them. */
export const OUTCOMES = ["minimum", "inconclusive", "saddle", "maximum", "not_critical", "undefined"];

/** A run's outcome: one of OUTCOMES. */
export function outcome(run) {
  if (run.spectrum.eigenvalues.length === 0 || run.kind === "undefined") return "undefined";
  if (!run.converged) return "not_critical";
  return OUTCOMES.includes(run.kind) ? run.kind : "not_critical";
}

/**
 * The sign pattern of an inconclusive run's eigenvalues: "no_negative" (positive and zero:
 * minimum-like, with flat directions), "no_positive", or "all_zero" (every eigenvalue counts
 * as zero, as where cross-entropy on separable data has its infimum at infinity).
 */
export function flatPattern(spectrum) {
  if (spectrum.positive === 0 && spectrum.negative === 0) return "all_zero";
  return spectrum.negative === 0 ? "no_negative" : "no_positive";
}

/**
 * The counts of `runs` (results in run order; holes for runs not finished yet are skipped):
 * { finished, outcomes: { minimum, inconclusive, …: count }, flat: { no_negative, no_positive,
 * all_zero }, critical, stalledNegative, ratioBelowOne, ratioOne, lowestRatio, highestRatio,
 * indexRange }. stalledNegative counts the runs that are not at a critical point where some
 * eigenvalue is negative (the loss still curves down there).
 * The ratios are the lecture's minimum ratio (positive eigenvalues / all); ratioBelowOne and
 * ratioOne count every run with a spectrum, critical or not (the lecture's plot takes points
 * where training stopped); indexRange is over the critical points only.
 */
export function summarize(runs) {
  const done = runs.filter(Boolean);
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  const flat = { no_negative: 0, no_positive: 0, all_zero: 0 };
  let ratioBelowOne = 0;
  let ratioOne = 0;
  let stalledNegative = 0;
  const ratios = [];
  const indices = [];
  for (const run of done) {
    const o = outcome(run);
    outcomes[o]++;
    if (o === "inconclusive") flat[flatPattern(run.spectrum)]++;
    if (o === "not_critical" && run.spectrum.negative > 0) stalledNegative++;
    const ratio = run.spectrum.minimumRatio;
    if (o !== "undefined" && ratio !== null) {
      ratios.push(ratio);
      if (ratio < 1) ratioBelowOne++;
      else ratioOne++;
    }
    if (isCritical(o) && run.spectrum.index !== null) indices.push(run.spectrum.index);
  }
  return {
    finished: done.length,
    outcomes,
    flat,
    critical: done.filter((run) => isCritical(outcome(run))).length,
    stalledNegative,
    ratioBelowOne,
    ratioOne,
    lowestRatio: ratios.length ? Math.min(...ratios) : null,
    highestRatio: ratios.length ? Math.max(...ratios) : null,
    indexRange: indices.length ? [Math.min(...indices), Math.max(...indices)] : null,
  };
}

/** Whether an outcome is a critical point (‖g‖ within the tolerance, the loss defined). */
export function isCritical(o) {
  return o !== "not_critical" && o !== "undefined";
}

/**
 * The marker of a run on the study's plots, as the explorer marks critical points
 * (marks/critical-points.js): shape by kind (● minimum, ▲ maximum, ◆ saddle, ■ undecided);
 * a run that is not at a critical point is a hollow ring, whatever its eigenvalues' signs.
 */
export function runMarker(run) {
  const o = outcome(run);
  if (o === "not_critical" || o === "undefined") return { shape: "minimum", kind: "unknown", hollow: true };
  const shape = o === "inconclusive" ? "unknown" : o;
  return { shape, kind: shape, hollow: false };
}
