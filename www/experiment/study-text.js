// The words of the experiment that depend on what the study found: each plot's caption says
// what the lecture (or the paper) concludes, then what this study shows, from its own counts,
// so the page never claims more than its runs do. Pure.

import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";
import { OUTCOMES, outcome } from "./study-summary.js";
import { CRITICAL_TOLERANCE } from "./study-spec.js";

const TOL = formatNumber(CRITICAL_TOLERANCE);

/** The outcome legend's entries with counts: [{ outcome, text, count }] for the outcomes present. */
export function outcomeEntries(summary, lang) {
  return OUTCOMES.filter((o) => summary.outcomes[o] > 0).map((o) => ({ outcome: o, text: t(lang, `outcome_${o}`, { tol: TOL }), count: summary.outcomes[o] }));
}

/** The summary's sentences: critical points reached, the runs that did not, the ratios. */
export function summarySentences(summary, lang) {
  if (summary.finished === 0) return [t(lang, "summaryNone")];
  const sentences = [t(lang, "summaryCritical", { critical: summary.critical, finished: summary.finished, tol: TOL })];
  if (summary.flat.all_zero > 0) sentences.push(t(lang, "summaryAllZero", { n: summary.flat.all_zero }));
  const notCritical = summary.outcomes.not_critical;
  if (notCritical > 0) sentences.push(t(lang, "summaryNotCritical", { n: notCritical, finished: summary.finished, tol: TOL }));
  const counted = summary.ratioBelowOne + summary.ratioOne;
  if (counted > 0) sentences.push(t(lang, "summaryRatio", { below: summary.ratioBelowOne, counted, one: summary.ratioOne }));
  return sentences;
}

/** The scatter's caption: the lecture's conclusion, then this study's counts and whether they agree. */
export function scatterCaption(summary, lang) {
  const o = summary.outcomes;
  const parts = [t(lang, "scatterLecture")];
  if (summary.finished === 0) return parts;
  if (summary.critical === 0) {
    parts.push(t(lang, "scatterNoCritical"));
    return parts;
  }
  parts.push(
    t(lang, "scatterStudy", { critical: summary.critical, minimum: o.minimum, saddle: o.saddle, maximum: o.maximum, undecided: o.inconclusive, notCritical: o.not_critical }),
  );
  // Saddle points against minima, the flat ones (no negative eigenvalue) counted with the minima.
  const minimumLike = o.minimum + summary.flat.no_negative;
  if (o.saddle > minimumLike) parts.push(t(lang, "scatterMore"));
  else if (o.saddle === 0) parts.push(t(lang, "scatterNoSaddle"));
  else parts.push(t(lang, "scatterFewer"));
  if (summary.flat.no_negative > 0) parts.push(t(lang, "scatterUndecided"));
  if (summary.stalledNegative > 0) parts.push(t(lang, "scatterStalled", { n: summary.stalledNegative, stalled: o.not_critical }));
  return parts;
}

/** The index plot's caption: Dauphin et al.'s finding, then the range of indices reached here. */
export function indexCaption(summary, lang) {
  const parts = [t(lang, "indexLecture")];
  if (summary.finished === 0) return parts;
  if (summary.indexRange === null) parts.push(t(lang, "indexNoCritical"));
  else parts.push(t(lang, "indexStudy", { critical: summary.critical, low: formatNumber(summary.indexRange[0], 3), high: formatNumber(summary.indexRange[1], 3) }));
  return parts;
}

/** The histogram's caption for run `index` (its result `run`, or undefined while it is not in). */
export function spectrumCaption(run, index, lang) {
  const parts = [t(lang, "spectrumLecture")];
  if (!run) {
    parts.push(t(lang, "spectrumNoRun"));
    return parts;
  }
  const s = run.spectrum;
  if (s.eigenvalues.length === 0) {
    parts.push(t(lang, "spectrumEmpty", { run: index }));
    return parts;
  }
  parts.push(
    t(lang, "spectrumRun", {
      run: index,
      n: s.eigenvalues.length,
      min: formatNumber(s.eigenvalues[0]),
      max: formatNumber(s.eigenvalues.at(-1)),
      positive: s.positive,
      negative: s.negative,
      zero: s.zero,
      threshold: formatNumber(s.zeroThreshold),
      outcome: t(lang, `outcome_${outcome(run)}`, { tol: TOL }),
    }),
  );
  return parts;
}
