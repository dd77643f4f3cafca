// The table of a study's runs, a row per run as it arrives: loss, ‖g‖, the eigenvalues'
// signs with the run's zero threshold, the minimum ratio (the lecture's, and among non-zero
// eigenvalues), the index, the outcome and the steps taken. A row's run number selects it
// (its spectrum is shown); its last cell opens it in the explorer.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";
import { outcome } from "./study-summary.js";

/** The columns, by their string keys, and the class of their cells. */
const COLUMNS = [
  ["colRun", "run"],
  ["colLoss", "num"],
  ["colGradient", "num"],
  ["colPositive", "num"],
  ["colNegative", "num"],
  ["colZero", "num"],
  ["colThreshold", "num"],
  ["colRatio", "num"],
  ["colRatioNonzero", "num"],
  ["colIndex", "num"],
  ["colOutcome", "outcome"],
  ["colSteps", "num"],
  ["colOpen", "open"],
];

export class RunTable {
  /**
   * @param {HTMLElement} root  emptied and filled with the table
   * @param {{ select: (index: number) => void, open: (index: number) => void }} handlers
   */
  constructor(root, { select, open }) {
    this.lang = "en";
    this.head = el("thead");
    this.body = el("tbody");
    this.table = el("table", { class: "run-table" }, [this.head, this.body]);
    this.rows = []; // the row element of each run shown, by run index
    this.selected = -1;
    root.replaceChildren(el("div", { class: "table-scroll run-table-scroll" }, [this.table]));
    this.body.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      const index = Number(button.dataset.run);
      if (button.dataset.action === "open") open(index);
      else select(index);
    });
  }

  setLang(lang, runs) {
    this.lang = lang;
    this.table.setAttribute("aria-label", t(lang, "tableHeading"));
    this.head.replaceChildren(el("tr", {}, COLUMNS.map(([key, cls]) => el("th", { class: cls, text: t(lang, key), attrs: { scope: "col" } }))));
    this.clear();
    runs.forEach((run, index) => run && this.add(index, run));
  }

  clear() {
    this.rows = [];
    this.body.replaceChildren();
  }

  /** Adds run `index` (the core's experimentRun result), in index order among the rows shown. */
  add(index, run) {
    const row = this.row(index, run);
    const next = this.rows.findIndex((r, k) => r && k > index);
    this.rows[index] = row;
    this.body.insertBefore(row, next < 0 ? null : this.rows[next]);
    if (index === this.selected) this.select(index);
  }

  /** Marks run `index` as the one shown. */
  select(index) {
    this.rows[this.selected]?.classList.remove("is-selected");
    this.rows[this.selected]?.removeAttribute("aria-current");
    this.selected = index;
    this.rows[index]?.classList.add("is-selected");
    this.rows[index]?.setAttribute("aria-current", "true");
  }

  row(index, run) {
    const lang = this.lang;
    const s = run.spectrum;
    const o = outcome(run);
    const ratio = (x) => (x === null ? "—" : formatNumber(x, 3));
    const stops = [run.trainingStop && t(lang, `stop_${run.trainingStop}`), t(lang, `polish_${run.polishReason}`)].filter(Boolean).join(" · ");
    const cells = [
      el("button", { class: "run-select", text: String(index), attrs: { type: "button", "data-run": index, "aria-label": t(lang, "rowSelect", { run: index }) } }),
      formatNumber(run.value),
      formatNumber(run.gradientNorm),
      String(s.positive),
      String(s.negative),
      String(s.zero),
      formatNumber(s.zeroThreshold, 2),
      ratio(s.minimumRatio),
      ratio(s.minimumRatioNonzero),
      ratio(s.index),
      el("span", { class: `run-outcome outcome-${o}`, text: t(lang, `short_${o}`) }),
      el("span", { text: t(lang, "stepsTrainPolish", { train: run.trainingSteps, polish: run.polishSteps }), attrs: { title: stops } }),
      el("button", { class: "small-button", text: t(lang, "rowOpen"), attrs: { type: "button", "data-run": index, "data-action": "open", "aria-label": t(lang, "rowOpenLabel", { run: index }) } }),
    ];
    return el(
      "tr",
      { attrs: { "data-run": index, "data-outcome": o } },
      cells.map((content, k) => el("td", { class: COLUMNS[k][1], ...(typeof content === "string" ? { text: content } : {}) }, typeof content === "string" ? [] : [content])),
    );
  }
}
