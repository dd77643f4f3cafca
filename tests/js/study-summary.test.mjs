// What a study shows (www/experiment/study-summary.js) and the captions written from it
// (www/experiment/study-text.js): runs that did not reach a critical point are counted apart
// and never as minima or saddle points; each caption says what this study found.
//
// Run: node --test tests/js/study-summary.test.mjs (needs www/pkg: real runs of the core too).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import { outcome, flatPattern, summarize, runMarker, isCritical } from "../../www/experiment/study-summary.js";
import { outcomeEntries, summarySentences, scatterCaption, indexCaption, spectrumCaption } from "../../www/experiment/study-text.js";
import { t } from "../../www/i18n/i18n.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

/** A run as the core reports one, with only what the summary reads. */
function run({ converged = true, kind = "minimum", positive = 2, negative = 0, zero = 0, value = 0.5 }) {
  const n = positive + negative + zero;
  const eigenvalues = [...Array(negative).fill(-1), ...Array(zero).fill(0), ...Array(positive).fill(1)];
  const ratio = (a, b) => (b === 0 ? null : a / b);
  return {
    converged,
    kind: converged ? kind : kind === "undefined" ? "undefined" : "not_critical",
    value,
    spectrum: { eigenvalues: kind === "undefined" ? [] : eigenvalues, positive, negative, zero, zeroThreshold: 1e-8, minimumRatio: kind === "undefined" ? null : ratio(positive, n), minimumRatioNonzero: ratio(positive, positive + negative), index: kind === "undefined" ? null : ratio(negative, n) },
  };
}

test("outcomes: a run that did not converge is not a critical point, whatever its eigenvalues", () => {
  assert.equal(outcome(run({ kind: "saddle", negative: 1 })), "saddle");
  assert.equal(outcome(run({ converged: false, kind: "saddle", negative: 1 })), "not_critical");
  assert.equal(outcome(run({ converged: false, kind: "minimum" })), "not_critical");
  assert.equal(outcome(run({ kind: "undefined" })), "undefined");
  assert.ok(!isCritical("not_critical") && !isCritical("undefined") && isCritical("inconclusive"));
  assert.equal(flatPattern({ positive: 2, negative: 0 }), "no_negative");
  assert.equal(flatPattern({ positive: 0, negative: 2 }), "no_positive");
  assert.equal(flatPattern({ positive: 0, negative: 0 }), "all_zero");
  // Markers: the explorer's shapes for critical points, a hollow ring for the rest.
  assert.deepEqual(runMarker(run({ kind: "saddle", negative: 1 })), { shape: "saddle", kind: "saddle", hollow: false });
  assert.deepEqual(runMarker(run({ kind: "inconclusive", zero: 1 })), { shape: "unknown", kind: "unknown", hollow: false });
  assert.equal(runMarker(run({ converged: false, kind: "saddle", negative: 1 })).hollow, true);
});

test("counts: outcomes, flat patterns, ratios, the stalled runs with negative curvature", () => {
  const runs = [
    run({ kind: "minimum" }),
    run({ kind: "saddle", positive: 1, negative: 1 }),
    run({ kind: "saddle", positive: 1, negative: 1 }),
    run({ kind: "inconclusive", positive: 1, zero: 1 }),
    run({ kind: "inconclusive", positive: 0, zero: 2 }),
    run({ converged: false, positive: 1, negative: 1 }),
    run({ converged: false, positive: 2 }),
    undefined, // not finished yet
    run({ kind: "undefined" }),
  ];
  const s = summarize(runs);
  assert.equal(s.finished, 8);
  assert.deepEqual(s.outcomes, { minimum: 1, inconclusive: 2, saddle: 2, maximum: 0, not_critical: 2, undefined: 1 });
  assert.deepEqual(s.flat, { no_negative: 1, no_positive: 0, all_zero: 1 });
  assert.equal(s.critical, 5);
  assert.equal(s.stalledNegative, 1);
  assert.equal(s.ratioOne, 2, "the minimum and the stalled run with only positive eigenvalues");
  assert.equal(s.ratioBelowOne, 5);
  assert.deepEqual(s.indexRange, [0, 0.5]);
  assert.deepEqual(summarize([]).indexRange, null);
});

test("captions: the lecture's conclusion, then what this study shows, agreeing or not", () => {
  const text = (parts) => parts.join(" ");
  const saddles = summarize([run({ kind: "saddle", positive: 1, negative: 1 }), run({ kind: "saddle", positive: 1, negative: 1 }), run({ kind: "minimum" })]);
  assert.ok(scatterCaption(saddles, "en")[0] === t("en", "scatterLecture"));
  assert.ok(scatterCaption(saddles, "en").includes(t("en", "scatterMore")));
  const minima = summarize([run({ kind: "minimum" }), run({ kind: "saddle", positive: 1, negative: 1 })]);
  assert.ok(scatterCaption(minima, "en").includes(t("en", "scatterFewer")));
  const flat = summarize([run({ kind: "inconclusive", positive: 1, zero: 1 }), run({ converged: false, positive: 1, negative: 1 })]);
  const flatText = scatterCaption(flat, "en");
  assert.ok(flatText.includes(t("en", "scatterNoSaddle")) && flatText.includes(t("en", "scatterUndecided")));
  assert.match(text(flatText), /1 of the 1 runs that stopped short/);
  const none = summarize([run({ converged: false, positive: 1, negative: 1 })]);
  assert.ok(scatterCaption(none, "zh").includes(t("zh", "scatterNoCritical")));
  assert.ok(indexCaption(none, "en").includes(t("en", "indexNoCritical")));
  assert.match(text(indexCaption(saddles, "en")), /index from 0 to 0\.5/);
  // The honest count of the runs that stopped short, with the tolerance.
  assert.match(text(summarySentences(none, "en")), /1 of 1 runs did not reach a critical point.*1 × 10⁻¹⁰/);
  assert.deepEqual(summarySentences(summarize([]), "en"), [t("en", "summaryNone")]);
  assert.deepEqual(outcomeEntries(minima, "en").map((e) => [e.outcome, e.count]), [["minimum", 1], ["saddle", 1]]);
  assert.match(text(spectrumCaption(run({ kind: "saddle", positive: 1, negative: 1 }), 3, "en")), /Run 3: 2 eigenvalues from −1 to 1: 1 positive, 1 negative, 0 zero/);
  assert.ok(spectrumCaption(undefined, 3, "en").includes(t("en", "spectrumNoRun")));
});

test("real runs of the core: the default study's first runs are counted as the core reports them", () => {
  const loss = Loss.network({ inputs: ["x1", "x2"], hidden: [7] }, { dataset: { name: "xor", seed: 1, n: 16, noise: 0.2 } });
  const runs = Array.from({ length: 6 }, (_, k) => loss.experimentRun({ seed: 1, run: k }));
  const s = summarize(runs);
  assert.equal(s.finished, 6);
  assert.equal(s.critical, runs.filter((r) => r.converged).length);
  for (const r of runs) {
    if (!r.converged) assert.equal(outcome(r), "not_critical");
    else assert.equal(outcome(r), r.kind);
    assert.ok(r.gradientNorm > 1e-10 || r.converged, "not converged means ‖g‖ above the tolerance");
  }
  loss.free();
});
