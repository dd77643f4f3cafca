// The verdict in words: one heading and one sentence in the lecture's terms (verdictText,
// pure), and the verdict card that shows them.
//
// Input is the core's `analyze` result (README, "The JS API"); the wording lives in i18n/.

import { t } from "../i18n/i18n.js";
import { formatNumber, joinSentences } from "../i18n/format.js";

/**
 * { kind, refined, title, tag, sentence } for an analysis in `lang`. `tag` says what the
 * higher-order look found when the second-order test was inconclusive (else "").
 */
export function verdictText(analysis, lang) {
  const { kind, refined } = analysis;
  const title = t(lang, `kind_${kind}`);
  if (kind === "inconclusive") {
    return {
      kind,
      refined,
      title,
      tag: t(lang, "refinedTag", { refined: t(lang, `refined_${refined}`) }),
      sentence: joinSentences(lang, [t(lang, `verdict_inconclusive_${refined}`), standsForText(analysis, lang)]),
    };
  }
  // The saddle sentence names the eigenvalue whose eigenvector is the way out: the most
  // negative one (eigenvalues are ascending, so the first).
  const lambda = kind === "saddle" ? formatNumber(analysis.eigenvalues[0]) : "";
  return { kind, refined, title, tag: "", sentence: t(lang, `verdict_${kind}`, { lambda }) };
}

/**
 * θ′ whose gradient is under the tolerance but not zero is judged at the exact critical point
 * it stands for (README, `kind`). When no eigenvalue is zero at θ′ itself, this says so and
 * names the one that is zero there; "" otherwise.
 */
function standsForText(analysis, lang) {
  if (analysis.flatDirections !== 0 || analysis.eigenvalues.length === 0) return "";
  const nearest = analysis.eigenvalues.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
  return t(lang, "verdictStandsFor", { g: formatNumber(analysis.gradientNorm), lambda: formatNumber(nearest) });
}

/**
 * What decided a point whose second-order test was inconclusive, or why nothing could, as one
 * sentence in `lang` (the core's refinedReason and refinedOrder); "" for any other point.
 */
export function reasonText(analysis, lang) {
  const { kind, refined, refinedReason: reason, refinedOrder: order } = analysis;
  if (kind !== "inconclusive" || !reason) return "";
  const sentence = t(lang, `reason_${reason}`, { order });
  return t(lang, refined === "unknown" ? "refinedWhyUnknown" : "refinedBy", { reason: sentence });
}

/**
 * Fills the verdict element: data-kind and data-refined carry the API's values (tests and
 * embedding pages read them), the text says it in the lecture's words.
 */
export function renderVerdict(root, analysis, lang) {
  const v = verdictText(analysis, lang);
  root.dataset.kind = v.kind;
  root.dataset.refined = v.refined;
  root.querySelector(".verdict-title").textContent = v.title;
  const tag = root.querySelector(".verdict-tag");
  tag.textContent = v.tag;
  tag.hidden = v.tag === "";
  root.querySelector(".verdict-sentence").textContent = v.sentence;
  const reason = root.querySelector(".verdict-reason");
  reason.textContent = reasonText(analysis, lang);
  reason.hidden = reason.textContent === "";
  reason.dataset.reason = analysis.refinedReason ?? "";
}
