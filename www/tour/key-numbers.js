// The step's key numbers beside the plot, large enough for the back of a room: the verdict,
// L(θ′), g, H, the eigenvalues, vᵀHv along the probe's v, the minimum ratio and the loss of
// the optimizer's runs, each only if the step asks for it. Drawn from the page's snapshot every
// frame (θ′ may be dragged), so they are always the engine's numbers at the θ′ shown.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber, formatVector } from "../i18n/format.js";
import { verdictText } from "../panel/verdict.js";
import { eigenSign } from "../analysis/curvature.js";
import { probeState } from "../analysis/probe.js";
import { drawLossChart } from "../panel/loss-chart.js";

/** Digits of the probe's v: enough to read (0.707, 0.707) off a projector. */
const VECTOR_DIGITS = 3;
/** vᵀHv's sign (analysis/curvature.js) as a comparison with 0. */
const RELATION = { up: "> 0", down: "< 0", flat: "≈ 0" };

export class KeyNumbers {
  /** `root`: the empty card the numbers go into. */
  constructor(root) {
    this.root = root;
    this.shownKey = null;
    this.chart = el("canvas", { class: "tour-runs-chart", attrs: { role: "img" } });
  }

  /**
   * Shows the numbers `ids` (tour-parse.js's KEY_NUMBERS) for the snapshot `s` in `lang`;
   * `runs` are the optimizer's runs ([{ values, shown, method }], optimizer-card.js) for "runs".
   */
  update(s, ids, lang, runs) {
    const a = s.analysis;
    if (!a) return;
    // What the numbers depend on, compared by identity: the analysis is a new object for a new
    // Loss or θ′ (app/store.js memoizes it), the overlays for the probe switched on or off.
    const key = [ids.join(","), lang, a, s.probeAngle, s.ix, s.iy, s.overlays, runs.map((r) => `${r.method}:${r.shown}`).join(",")];
    if (this.shownKey && key.every((v, k) => v === this.shownKey[k])) return;
    this.shownKey = key;
    const v = verdictText(a, lang);
    this.root.dataset.kind = v.kind;
    this.root.dataset.refined = v.refined;
    this.root.dataset.eigenvalues = a.eigenvalues.join(",");
    this.root.setAttribute("aria-label", t(lang, "tourNumbersLabel"));
    const rows = [];
    for (const id of ids) {
      const row = this.row(id, s, lang, runs);
      if (row) rows.push(row);
    }
    this.root.replaceChildren(...rows);
    this.root.hidden = rows.length === 0;
    if (ids.includes("runs") && runs.length) this.drawRuns(runs, lang);
  }

  /** One key number as a labelled row, or null when it does not apply here. */
  row(id, s, lang, runs) {
    const a = s.analysis;
    const item = (label, value, className = "") => el("div", { class: `tour-number tour-number-${id} ${className}`.trim() }, [el("span", { class: "tour-number-label", text: label }), value]);
    switch (id) {
      case "verdict": {
        const v = verdictText(a, lang);
        return el("div", { class: "tour-number tour-number-verdict" }, [
          el("p", { class: "tour-verdict-title", text: v.title }),
          v.tag ? el("p", { class: "tour-verdict-tag", text: v.tag }) : null,
        ]);
      }
      case "loss":
        return item(t(lang, "tourKeyLoss"), el("span", { class: "tour-number-value", text: formatNumber(a.value) }));
      case "g":
        return item(t(lang, "tourKeyGradient"), el("span", { class: "tour-number-value", text: formatVector(a.gradient) }));
      case "H":
        return item(t(lang, "tourKeyHessian"), matrix(a.hessian));
      case "eigen":
        return a.eigenvalues.length ? item(t(lang, "tourKeyEigen"), eigenvalues(a)) : null;
      case "vhv":
        return this.vhv(s, lang, item);
      case "ratio":
        return a.eigenvalues.length ? item(t(lang, "tourKeyRatio"), el("span", { class: "tour-number-value", text: ratioText(a, lang) })) : null;
      case "runs":
        if (!runs.length) return null;
        return el("div", { class: "tour-number tour-number-runs" }, [this.chart, el("p", { class: "tour-run-legend" }, runs.map((r) => runLine(r, lang)))]);
      default:
        return null;
    }
  }

  /** vᵀHv along the probe's v, coloured by its sign (only while the probe is on a plane). */
  vhv(s, lang, item) {
    if (!s.overlays.includes("probe") || s.iy < 0 || s.field?.type !== "grid") return null;
    const probe = probeState(s.analysis, s.probeAngle, s.theta.length, s.ix, s.iy);
    const v = formatVector([probe.v[s.ix], probe.v[s.iy]], VECTOR_DIGITS);
    const value = el("span", { class: `tour-number-value tour-sign-${probe.sign}`, text: t(lang, "tourVhvValue", { vhv: formatNumber(probe.vhv, 3), relation: RELATION[probe.sign], v }) });
    value.dataset.sign = probe.sign;
    return item(t(lang, "tourKeyVhv"), value);
  }

  drawRuns(runs, lang) {
    // After the row is in the document: the chart sizes itself from its box.
    drawLossChart(this.chart, runs, lang);
    this.chart.setAttribute("aria-label", `${t(lang, "tourKeyRuns")}: ${runs.map((r) => runText(r, lang, "tourRunLabel")).join("; ")}`);
  }
}

/** H as a bracketed grid of numbers. */
function matrix(rows) {
  return el("table", { class: "tour-matrix" }, [el("tbody", {}, rows.map((row) => el("tr", {}, row.map((v) => el("td", { text: formatNumber(v) })))))]);
}

/** The eigenvalues in ascending order, each coloured by its sign (the analysis' zero rule). */
function eigenvalues(a) {
  const list = el("span", { class: "tour-number-value tour-eigen" });
  a.eigenvalues.forEach((lambda, k) => {
    if (k > 0) list.append(", ");
    list.append(el("span", { class: `tour-eigen-${eigenSign(lambda, a.zeroThreshold)}`, text: formatNumber(lambda) }));
  });
  return list;
}

/** "2 of 3 eigenvalues positive: 2/3" (the lecture's minimum ratio: positive / all). */
function ratioText(a, lang) {
  const positive = a.eigenvalues.filter((lambda) => eigenSign(lambda, a.zeroThreshold) === "positive").length;
  const count = a.eigenvalues.length;
  return t(lang, "tourRatioValue", { positive, count, ratio: `${positive}/${count}` });
}

/** A run in words, with the string `key` (tourRunLine: the legend; tourRunLabel: the chart's label). */
function runText(run, lang, key = "tourRunLine") {
  const last = run.shown - 1;
  return t(lang, key, { method: t(lang, `tourRun_${run.method}`), first: formatNumber(run.values[0], 3), last: formatNumber(run.values[last], 3), steps: last });
}

function runLine(run, lang) {
  return el("span", { class: `tour-run tour-run-${run.method}`, text: runText(run, lang) });
}
