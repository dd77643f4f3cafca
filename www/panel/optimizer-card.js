// The "Optimize from θ′" card: gradient descent, momentum or Newton's method run from θ′ with
// the core's exact gradient and Hessian (loss.trajectory), the path animated point by point
// on the surface, a small loss-against-step chart, and "escape along u" at a saddle.
//
// The lecture's point is visible here: started next to the saddle, gradient descent crawls
// (the gradient is tiny there, so are its steps) before it falls into a valley; the
// eigenvector u of the negative eigenvalue leads out at once. compareCrawlAndEscape plays the
// two one after the other and keeps both drawn (the lecture tour's last step).

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber, joinSentences } from "../i18n/format.js";
import { refusalOf, limitText } from "../core/failures.js";
import { drawLossChart } from "./loss-chart.js";
import { RateControl, RATE_DEFAULT } from "./rate-control.js";
import { prefersReducedMotion } from "../a11y/reduced-motion.js";
import { canEscape, escapeWalk, nudgedTheta, crawlSteps, CRAWL_MIN } from "../analysis/saddle-escape.js";

/** Steps a run may take (the core caps at 10 000). */
const STEPS = 300;
/** Animation speed, steps per second: 300 steps in 5 s, slow enough to see the crawl. */
const STEPS_PER_SECOND = 60;
/** Momentum's β (the core's default). */
const BETA = 0.9;

const METHODS = ["gd", "momentum", "newton"];

export class OptimizerCard {
  /**
   * @param {HTMLElement} root  an empty section
   * @param {{ snapshot: () => object, setTheta: (theta: number[]) => void, redraw: () => void }} handlers
   *   snapshot() the page's state now (app/store.js) for a button's action; setTheta moves θ′;
   *   redraw asks for a frame (in which the page calls advance while a run plays)
   */
  constructor(root, { snapshot, setTheta, redraw }) {
    this.root = root;
    this.snapshot = snapshot;
    this.last = null; // the snapshot of the last update
    this.setTheta = setTheta;
    this.redraw = redraw;
    this.run = null; // { key, method, start, points, values, stop, shown }: playing or shown last
    this.earlier = []; // runs of a comparison played before this.run, still drawn
    this.queue = []; // runs of a comparison still to play after this.run
    this.escape = null; // { key, from, to, before, after, step }
    this.animationStart = null; // performance.now() when the run began to play, while it plays
    this.build();
  }

  build() {
    this.title = el("h3", { class: "card-title" });
    this.methodLabel = el("span");
    this.method = el("select", { class: "optimizer-method" });
    this.rateLabel = el("span");
    this.rate = new RateControl();
    this.runButton = el("button", { class: "small-button optimizer-run", attrs: { type: "button" } });
    this.escapeButton = el("button", { class: "small-button optimizer-escape", attrs: { type: "button" } });
    this.nudgeButton = el("button", { class: "small-button optimizer-nudge", attrs: { type: "button" } });
    this.status = el("p", { class: "optimizer-status", attrs: { "aria-live": "polite" } });
    this.chart = el("canvas", { class: "optimizer-chart", attrs: { role: "img" } });
    this.escapeNote = el("p", { class: "optimizer-escape-result", attrs: { "aria-live": "polite" } });
    this.hint = el("p", { class: "hint optimizer-hint" });
    this.escapeWhyText = el("span");
    this.backButton = el("button", { class: "small-button optimizer-back", attrs: { type: "button" } });
    this.escapeWhy = el("p", { class: "hint optimizer-escape-why" }, [this.escapeWhyText, " ", this.backButton]);
    this.escapeWhy.hidden = true;
    this.nudgedFrom = null; // { key, theta }: the saddle "from next to the saddle" started beside
    this.root.replaceChildren(
      this.title,
      el("div", { class: "optimizer-controls" }, [
        el("label", { class: "optimizer-field" }, [this.methodLabel, this.method]),
        el("label", { class: "optimizer-field optimizer-rate-field" }, [this.rateLabel, this.rate.slider, this.rate.input]),
      ]),
      el("div", { class: "optimizer-buttons" }, [this.runButton, this.escapeButton, this.nudgeButton]),
      this.escapeWhy,
      this.status,
      this.chart,
      this.escapeNote,
      this.hint,
    );
    this.chart.hidden = true;
    this.method.addEventListener("change", () => this.renderControls());
    this.runButton.addEventListener("click", () => (this.playing ? this.stop() : this.start()));
    this.escapeButton.addEventListener("click", () => this.escapeAlongU());
    this.nudgeButton.addEventListener("click", () => this.nudgeAndRun());
    this.backButton.addEventListener("click", () => {
      if (this.nudgedFrom) this.setTheta(this.nudgedFrom.theta);
    });
    new ResizeObserver(() => this.renderChart()).observe(this.chart);
  }

  /** Texts in the page's language. */
  setLang(lang) {
    this.lang = lang;
    this.title.textContent = t(lang, "optimizerTitle");
    this.methodLabel.textContent = t(lang, "optimizerMethod");
    this.rateLabel.textContent = t(lang, "optimizerRate");
    this.rate.slider.setAttribute("aria-label", t(lang, "optimizerRateSlider"));
    this.chart.setAttribute("aria-label", t(lang, "optimizerChart"));
    const chosen = this.method.value || "gd";
    this.method.replaceChildren(...METHODS.map((m) => el("option", { text: t(lang, `optimizer_${m}`), attrs: { value: m } })));
    this.method.value = chosen;
    this.renderControls();
    this.renderStatus();
    this.renderEscape();
  }

  /** The formula and data a path belongs to (a path of another loss is not drawn); kept per table. */
  key(s = this.snapshot()) {
    if (this.keyOf?.formulaText !== s.formulaText || this.keyOf.columns !== s.columns) {
      const cols = s.columns.map((c) => `${c.name}:${c.values.join(",")}`).join(";");
      this.keyOf = { formulaText: s.formulaText, columns: s.columns, key: `${s.formulaText}|${cols}` };
    }
    return this.keyOf.key;
  }

  start() {
    const s = this.snapshot();
    if (!s.loss) return;
    const method = this.method.value;
    let result;
    try {
      result = s.loss.trajectory(s.theta, { method, learningRate: this.rate.value, beta: BETA, steps: STEPS });
    } catch (error) {
      this.refuse(refusalOf("trajectory", error));
      return;
    }
    this.play([this.runOf(s, method, result)]);
  }

  /** Says in the status why nothing runs: the core's refusal `message` (null: a failure, reported). */
  refuse(message) {
    if (!message) return;
    this.clear();
    this.status.hidden = false;
    this.status.textContent = limitText(this.lang, "trajectory", message);
  }

  /** A run of the core's trajectory `result` for the snapshot `s`. */
  runOf(s, method, result) {
    const points = result.points;
    return { key: this.key(s), method, points, values: Array.from(result.values), stop: result.stop, shown: 1, crawl: crawlSteps(points, s.win) };
  }

  /** Plays `runs` one after the other; each finished run stays drawn while the next plays. */
  play(runs) {
    this.earlier = [];
    [this.run, ...this.queue] = runs;
    this.animate();
  }

  /** Whether a run is playing (its steps appear frame by frame). */
  get playing() {
    return this.animationStart !== null;
  }

  /**
   * Shows this.run point by point, in the page's frames (advance), or all at once when the
   * user prefers reduced motion.
   */
  animate() {
    this.chart.hidden = false;
    const reduced = prefersReducedMotion();
    if (reduced || this.run.points.length <= 1) {
      this.run.shown = this.run.points.length;
      this.finish();
      return;
    }
    this.animationStart = performance.now();
    this.renderControls();
    this.redraw();
  }

  /** Called at the start of every frame: a playing run shows the steps it has reached by now. */
  advance(now = performance.now()) {
    if (!this.playing || !this.run) return;
    const elapsed = Math.max(0, now - this.animationStart);
    const shown = Math.min(this.run.points.length, 1 + Math.floor((elapsed / 1000) * STEPS_PER_SECOND));
    this.run.shown = shown;
    this.renderStatus();
    this.renderChart();
    if (shown >= this.run.points.length) this.finish();
    else this.redraw(); // the next step in the next frame
  }

  stop() {
    this.animationStart = null;
    this.renderControls();
    this.renderStatus();
  }

  finish() {
    if (this.queue.length) {
      this.earlier.push(this.run);
      this.run = this.queue.shift();
      this.animate();
      return;
    }
    this.animationStart = null;
    this.renderControls();
    this.renderStatus();
    this.renderChart();
    this.redraw();
  }

  /**
   * At a saddle: θ′ walks along u, step after step, while the loss keeps falling; the walk is
   * drawn and charted like an optimizer's run (the loss falls at once, no crawl), and θ′ ends
   * where the loss along u stopped falling.
   */
  escapeAlongU() {
    const s = this.snapshot();
    const run = this.escapeRun(s);
    if (!run) return;
    this.renderEscape();
    this.setTheta(run.points[run.points.length - 1]);
    this.play([run]);
  }

  /**
   * The walk along u from θ′ of the snapshot `s` (noted in this.escape), or null when θ′ is not
   * a saddle or the loss does not fall along u at any step tried.
   */
  escapeRun(s) {
    const walk = escapeWalk(s.loss, s.analysis, s.theta, s.win);
    if (!walk) return null;
    const { points, values, distance } = walk;
    this.escape = { key: this.key(s), from: points[0], to: points[points.length - 1], before: values[0], after: values[values.length - 1], distance };
    return { key: this.key(s), method: "escape", points, values, stop: "escape", shown: 1, crawl: 0 };
  }

  /**
   * The lecture's comparison, θ′ staying on the saddle: gradient descent from a hair away
   * crawls before it falls; then the walk along u leaves at once. Both stay drawn and charted
   * together. Returns false when θ′ is not a saddle with a way out.
   */
  compareCrawlAndEscape() {
    const s = this.snapshot();
    const escape = this.escapeRun(s);
    if (!escape) return false;
    let result;
    try {
      result = s.loss.trajectory(nudgedTheta(s.theta, s.win, s.ix, s.iy), { method: "gd", learningRate: RATE_DEFAULT, steps: STEPS });
    } catch (error) {
      this.refuse(refusalOf("trajectory", error));
      return false;
    }
    this.renderEscape();
    this.play([this.runOf(s, "gd", result), escape]);
    return true;
  }

  /**
   * The lecture's demonstration in one click: at a saddle, θ′ moves a hair away from it
   * (analysis/saddle-escape.js) and gradient descent runs from there, so the class sees it
   * crawl before it falls.
   */
  nudgeAndRun() {
    const s = this.snapshot();
    if (!canEscape(s.analysis)) return;
    this.nudgedFrom = { key: this.key(s), theta: [...s.theta] };
    this.setTheta(nudgedTheta(s.theta, s.win, s.ix, s.iy));
    this.method.value = "gd";
    this.renderControls();
    this.start();
  }

  /** Called every frame with the page's snapshot: buttons and notes follow θ′. */
  update(s) {
    this.last = s;
    const key = this.key(s);
    if (this.run && this.run.key !== key) this.clear();
    if (this.escape && this.escape.key !== key) {
      this.escape = null;
      this.renderEscape();
    }
    this.renderControls();
    const a = s.analysis;
    const stuck = a && a.kind !== "not_critical" && a.kind !== "undefined";
    const hint = stuck && a.refined === "saddle" ? "optimizerHintSaddle" : "optimizerHint";
    if (this.hintKey !== hint || this.hintLang !== this.lang) {
      this.hintKey = hint;
      this.hintLang = this.lang;
      this.hint.textContent = t(this.lang, hint);
    }
  }

  clear() {
    this.stop();
    this.run = null;
    this.earlier = [];
    this.queue = [];
    this.chart.hidden = true;
    this.renderStatus();
  }

  renderControls() {
    const newton = this.method.value === "newton";
    this.rate.disabled = newton;
    this.runButton.textContent = t(this.lang, this.playing ? "optimizerStop" : "optimizerRun");
    this.escapeButton.textContent = t(this.lang, "optimizerEscape");
    const analysis = this.last?.analysis;
    const escapable = canEscape(analysis);
    this.escapeButton.disabled = !escapable;
    this.escapeButton.title = escapable ? "" : t(this.lang, "optimizerEscapeNeedsSaddle");
    this.nudgeButton.textContent = t(this.lang, "optimizerNudge");
    this.nudgeButton.hidden = !escapable;
    // After "from next to the saddle" θ′ is a hair off the saddle, where u is no way out of
    // anything: say why escape is off, and offer the way back.
    const nudged = this.nudgedFrom && this.last && this.nudgedFrom.key === this.key(this.last) && !escapable;
    this.escapeWhy.hidden = !nudged;
    if (nudged) {
      this.escapeWhyText.textContent = t(this.lang, "optimizerEscapeWhyNudged");
      this.backButton.textContent = t(this.lang, "optimizerBackToSaddle");
    }
  }

  renderStatus() {
    const run = this.run;
    if (!run) {
      this.status.textContent = "";
      this.status.hidden = true;
      return;
    }
    this.status.hidden = false;
    const k = run.shown - 1;
    const done = run.shown >= run.points.length;
    const vars = { step: k, first: formatNumber(run.values[0]), value: formatNumber(run.values[k]) };
    this.status.textContent = joinSentences(this.lang, [
      t(this.lang, "optimizerProgress", vars),
      done && t(this.lang, `optimizerStop_${run.stop}`),
      done && run.crawl >= CRAWL_MIN && t(this.lang, "optimizerCrawl", { n: run.crawl }),
    ]);
    // Busy while the steps play: a screen reader then speaks the finished run once instead of
    // every frame's step count.
    this.status.setAttribute("aria-busy", String(!done));
    this.status.dataset.method = run.method;
    this.status.dataset.end = run.points[k].join(",");
    this.status.dataset.first = run.values[0];
    this.status.dataset.last = run.values[k];
    this.status.dataset.steps = k;
    this.status.dataset.done = done ? "true" : "false";
  }

  renderChart() {
    if (!this.run || this.chart.hidden) return;
    drawLossChart(this.chart, this.runs(), this.lang);
    // The curve's numbers, for tests and for pages that embed the explorer.
    this.chart.dataset.values = this.run.values.slice(0, this.run.shown).map((v) => Number(v.toPrecision(6))).join(",");
  }

  renderEscape() {
    const e = this.escape;
    this.escapeNote.hidden = !e;
    if (!e) return;
    this.escapeNote.textContent = t(this.lang, "optimizerEscaped", {
      step: formatNumber(e.distance),
      before: formatNumber(e.before),
      after: formatNumber(e.after),
    });
    this.escapeNote.dataset.before = e.before;
    this.escapeNote.dataset.after = e.after;
  }

  /** The runs drawn now (a comparison's earlier ones, then the last): [{ values, shown, method }]. */
  runs() {
    return this.run ? [...this.earlier, this.run] : [];
  }

  /**
   * The parts of the runs shown so far for the snapshot `s`, for the views' scenes:
   * [{ points, values, method }] (none for another loss than the runs').
   */
  visiblePaths(s) {
    if (!this.run) return [];
    const key = this.key(s);
    return this.runs()
      .filter((run) => run.key === key)
      .map(({ points, values, method, shown }) => ({ points: points.slice(0, shown), values: values.slice(0, shown), method }));
  }
}
