// The experiment (mode=experiment): the lecture's minimum-ratio study of a network. Its setup
// (the network builder, the runs' settings), the study run off the page's thread with progress
// and cancel, and what it found as runs arrive: the counts, the lecture's scatter, a run's
// spectrum, loss against index and the table of runs. The network, the settings and the run
// shown live in the store (and so in the URL); the results live here, for the settings they
// were computed for, and are dropped when the settings change.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { formatData } from "../app/url-values.js";
import { NetworkBuilder } from "../panel/network-builder.js";
import { DEFAULT_NETWORK, coreSpec, formatNetwork } from "./network-spec.js";
import { formatStudy, runOptions } from "./study-spec.js";
import { StudySettings } from "./study-settings.js";
import { describeNetwork } from "./network-description.js";
import { StudyRunner } from "./study-runner.js";
import { summarize, runMarker } from "./study-summary.js";
import { outcomeEntries, summarySentences, scatterCaption, indexCaption, spectrumCaption } from "./study-text.js";
import { renderOutcomeLegend } from "./outcome-legend.js";
import { RunTable } from "./run-table.js";
import { drawScatter, hitTest } from "./plots/scatter.js";
import { drawHistogram } from "./plots/histogram.js";

/** The two minimum ratios the scatter can put on its x axis. */
const RATIOS = ["all", "nonzero"];

export class ExperimentPage {
  /**
   * @param {HTMLElement} root  emptied and filled with the experiment
   * @param {{ store: import("../app/store.js").Store, openRun: (net, point) => void }} options
   */
  constructor(root, { store, openRun }) {
    this.store = store;
    this.openRun = openRun;
    this.lang = null;
    this.key = null; // the study the results belong to (studyKey)
    this.results = [];
    this.status = "idle"; // idle | running | done | cancelled | error
    this.message = "";
    this.ratio = "all";
    this.placed = { scatter: [], index: [] };
    this.frameAsked = false;
    this.newRows = []; // runs arrived since the last frame
    this.shown = new Map(); // what each part last showed (see showOnce)

    const text = (tag, cls) => el(tag, { class: cls });
    this.heading = el("h2", { class: "exp-heading", attrs: { id: "experiment-heading" } });
    this.intro = text("p", "exp-intro");
    this.networkHeading = text("h3", "card-title");
    this.studyHeading = text("h3", "card-title");
    this.builderRoot = el("div");
    this.settings = new StudySettings({ onChange: (study) => store.update({ study }), onInvalid: () => this.showControls() });
    this.runButton = el("button", { class: "exp-run", attrs: { type: "button" } });
    this.cancelButton = el("button", { class: "small-button exp-cancel", attrs: { type: "button" } });
    this.progress = el("progress", { class: "exp-progress", attrs: { max: 1, value: 0 } });
    this.statusText = el("p", { class: "exp-status" });
    // Said once when a study starts and once when it ends, not at every run (the bar shows those).
    this.announcer = el("p", { class: "visually-hidden", attrs: { role: "status", "aria-live": "polite" } });
    this.announced = null;
    this.summaryHeading = text("h3", "card-title");
    this.legendHeading = text("h4", "exp-legend-heading");
    this.legend = el("ul", { class: "outcome-legend" });
    this.sentences = el("div", { class: "exp-sentences" });
    this.zerosHeading = text("h3", "card-title");
    this.zeros = el("p", { class: "exp-zeros" });
    this.ratioLabel = el("span", { class: "exp-ratio-label" });
    this.ratioButtons = RATIOS.map((r) => el("button", { class: "view-button", attrs: { type: "button", "data-ratio": r, "aria-pressed": String(r === this.ratio) } }));
    this.plots = {
      scatter: this.figure("scatter", [el("div", { class: "exp-ratio-switch" }, [this.ratioLabel, el("span", { class: "view-switch" }, this.ratioButtons)])]),
      spectrum: this.figure("spectrum", []),
      index: this.figure("index", []),
    };
    this.openButton = el("button", { class: "small-button exp-open-run", attrs: { type: "button" } });
    this.openHint = el("p", { class: "hint" });
    this.plots.spectrum.caption.after(el("div", { class: "exp-open" }, [this.openButton, this.openHint]));
    this.tableHeading = text("h3", "card-title");
    this.tableNote = el("p", { class: "hint" });
    this.tableRoot = el("div");
    root.replaceChildren(
      el("section", { class: "card exp-head" }, [this.heading, this.intro]),
      el("div", { class: "exp-layout" }, [
        el("div", { class: "exp-setup" }, [
          el("section", { class: "card" }, [this.networkHeading, this.builderRoot]),
          el("section", { class: "card exp-study" }, [
            this.studyHeading,
            this.settings.root,
            el("div", { class: "exp-actions" }, [this.runButton, this.cancelButton]),
            this.progress,
            this.statusText,
            this.announcer,
          ]),
        ]),
        el("div", { class: "exp-results" }, [
          el("section", { class: "card exp-summary" }, [this.summaryHeading, this.legendHeading, this.legend, this.sentences]),
          el("div", { class: "exp-plots" }, [
            this.plots.scatter.root,
            this.plots.spectrum.root,
            this.plots.index.root,
            el("section", { class: "card exp-zeros-card" }, [this.zerosHeading, this.zeros]),
          ]),
        ]),
        el("section", { class: "card exp-table" }, [this.tableHeading, this.tableNote, this.tableRoot]),
      ]),
    );

    this.builder = new NetworkBuilder(this.builderRoot, {
      id: "exp-net",
      onChange: (net) => store.setNetwork(net),
      onOpen: () => {
        store.openNetworkPoint(this.network(), null, { slice: "axes" });
        window.scrollTo({ top: 0 });
      },
      tableNote: "netTableNoteExperiment",
    });
    this.table = new RunTable(this.tableRoot, { select: (k) => this.select(k), open: (k) => this.open(k) });
    this.runner = new StudyRunner({
      run: (index, result) => {
        this.results[index] = result;
        this.newRows.push(index); // added to the table in the next frame, with the plots
        this.askFrame();
      },
      done: () => this.finish("done"),
      error: (error) => this.finish("error", error.message),
    });
    this.runButton.addEventListener("click", () => this.start());
    this.openButton.addEventListener("click", () => this.open(store.state.studyRun));
    this.cancelButton.addEventListener("click", () => this.cancel());
    for (const button of this.ratioButtons) {
      button.addEventListener("click", () => {
        this.ratio = button.dataset.ratio;
        for (const b of this.ratioButtons) b.setAttribute("aria-pressed", String(b === button));
        this.askFrame();
      });
    }
    for (const name of ["scatter", "index"]) {
      this.plots[name].canvas.addEventListener("click", (event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const index = hitTest(this.placed[name], event.clientX - box.left, event.clientY - box.top);
        if (index !== null) this.select(index);
      });
    }
    new ResizeObserver(() => {
      this.shown.clear(); // every canvas is drawn again at its new size
      this.askFrame();
    }).observe(this.plots.scatter.canvas);
  }

  /** A figure card: title, extra controls, canvas and caption. */
  figure(name, extras) {
    const title = el("h3", { class: "card-title" });
    const canvas = el("canvas", { class: `exp-canvas exp-canvas-${name}`, attrs: { role: "img" } });
    const caption = el("figcaption", { class: "exp-caption" });
    const root = el("figure", { class: `card exp-figure exp-figure-${name}` }, [title, ...extras, canvas, caption]);
    return { root, title, canvas, caption };
  }

  /** The network studied: the page's, or the experiment's default. */
  network(s = this.store.state) {
    return s.network ?? DEFAULT_NETWORK;
  }

  /** What the results depend on: the network, its data, the settings (not the language). */
  studyKey(s) {
    const net = this.network(s);
    return [formatNetwork(net), formatStudy(s.study), net.data === null ? formatData(s.columns) : ""].join("|");
  }

  /**
   * Brings the experiment in line with the store's state `s` (called on every change). New
   * settings drop the results (and stop a study running for the old ones); `autorun` starts
   * the study when there are no results for these settings (a link opened, the tab chosen).
   */
  sync(s, { autorun = false } = {}) {
    if (s.lang !== this.lang) this.setLang(s.lang);
    const key = this.studyKey(s);
    if (key !== this.key) {
      this.runner.cancel();
      this.key = key;
      this.results = [];
      this.newRows = [];
      this.table.clear();
      this.status = "idle";
      this.message = "";
    }
    this.builder.show(this.network(s), describeNetwork(this.network(s), s.columns, s.lang), s.columns);
    this.table.select(s.studyRun);
    if (autorun && this.status === "idle" && s.mode === "experiment") this.start();
    this.showControls();
    this.askFrame();
  }

  setLang(lang) {
    this.lang = lang;
    this.heading.textContent = t(lang, "experimentHeading");
    this.intro.textContent = t(lang, "experimentIntro");
    this.networkHeading.textContent = t(lang, "networkHeading");
    this.studyHeading.textContent = t(lang, "studyHeading");
    this.settings.setLang(lang);
    this.runButton.textContent = t(lang, "studyRun");
    this.cancelButton.textContent = t(lang, "studyCancel");
    this.summaryHeading.textContent = t(lang, "summaryHeading");
    this.legendHeading.textContent = t(lang, "legendHeading");
    this.zerosHeading.textContent = t(lang, "zerosHeading");
    this.plots.scatter.title.textContent = t(lang, "scatterTitle");
    this.plots.index.title.textContent = t(lang, "indexTitle");
    this.plots.scatter.canvas.setAttribute("aria-label", t(lang, "scatterCanvas"));
    this.plots.index.canvas.setAttribute("aria-label", t(lang, "indexCanvas"));
    this.ratioLabel.textContent = t(lang, "scatterAxis");
    this.ratioButtons.forEach((b) => (b.textContent = t(lang, `ratio_${b.dataset.ratio}`)));
    this.openHint.textContent = t(lang, "openRunHint");
    this.tableHeading.textContent = t(lang, "tableHeading");
    this.tableNote.textContent = t(lang, "tableNote");
    this.builder.setLang(lang);
    this.table.setLang(lang, this.results);
  }

  /** Runs the study of the current settings (replacing any running one). */
  start() {
    const s = this.store.state;
    const net = this.network(s);
    const description = describeNetwork(net, s.columns, s.lang);
    if (description.error || !this.settings.valid) return;
    this.results = [];
    this.newRows = [];
    this.table.clear();
    this.status = "running";
    this.startedAt = performance.now();
    this.runner.start({
      spec: coreSpec(net),
      data: net.data,
      columns: net.data === null ? s.columns.map((c) => ({ name: c.name, values: Array.from(c.values) })) : [],
      lang: s.lang,
      runs: Array.from({ length: s.study.runs }, (_, k) => runOptions(s.study, k)),
    });
    this.showControls();
    this.askFrame();
  }

  cancel() {
    if (!this.runner.running) return;
    this.runner.cancel();
    this.finish("cancelled");
  }

  finish(status, message = "") {
    this.status = status;
    this.message = message;
    this.endedAt = performance.now();
    this.showControls();
    this.askFrame();
  }

  select(index) {
    this.store.update({ studyRun: index });
  }

  /** Opens run `index` in the explorer, at its end point, seen from the top of the page. */
  open(index) {
    const run = this.results[index];
    if (!run) return;
    this.openRun(this.network(), run.point);
    window.scrollTo({ top: 0 });
  }

  /** The buttons, the settings' boxes and the status line. */
  showControls() {
    const s = this.store.state;
    const lang = this.lang;
    this.settings.show(s.study);
    const running = this.status === "running";
    const description = describeNetwork(this.network(s), s.columns, s.lang);
    this.runButton.disabled = running || Boolean(description.error) || !this.settings.valid;
    this.cancelButton.disabled = !running;
    const done = this.results.filter(Boolean).length;
    const total = s.study.runs;
    this.progress.max = total;
    this.progress.value = done;
    this.progress.hidden = this.status === "idle";
    const seconds = (((running ? performance.now() : this.endedAt) - this.startedAt) / 1000).toFixed(1);
    let status;
    if (description.error) status = t(lang, "studyBadNetwork", { message: description.error.message });
    else if (running) status = t(lang, "studyProgress", { done, total, seconds });
    else if (this.status === "done") status = t(lang, "studyDone", { total, seconds, where: t(lang, `studyWhere_${this.runner.mode}`) });
    else if (this.status === "cancelled") status = t(lang, "studyCancelled", { done, total });
    else if (this.status === "error") status = t(lang, "studyError", { message: this.message });
    else status = t(lang, "studyIdle", { runs: total, seed: s.study.seed, last: total - 1 });
    this.statusText.textContent = status;
    if (this.announced !== this.status) {
      this.announced = this.status;
      this.announcer.textContent = status;
    }
    this.progress.setAttribute("aria-label", t(lang, "studyProgressLabel"));
    const root = this.heading.closest("#experiment");
    root?.setAttribute("data-status", this.status);
    root?.setAttribute("data-done", String(done));
    root?.setAttribute("data-runner", this.runner.mode);
    // The study's wall time, worker start included (tests/bench/study_bench.mjs reads it).
    if (this.status === "done") root?.setAttribute("data-elapsed-ms", (this.endedAt - this.startedAt).toFixed(0));
    else root?.removeAttribute("data-elapsed-ms");
  }

  /** Redraws in the next animation frame, once however many runs arrive before it. */
  askFrame() {
    if (this.frameAsked) return;
    this.frameAsked = true;
    requestAnimationFrame(() => {
      this.frameAsked = false;
      this.render();
    });
  }

  /**
   * The plots, the counts, the captions and the new rows, from the results so far. The canvases
   * are drawn first, while the layout is clean (their size is read), and the DOM is changed
   * after, so a frame lays the page out once; a part whose content did not change is left alone.
   */
  render() {
    const s = this.store.state;
    if (s.mode !== "experiment" || this.lang === null) return;
    const lang = this.lang;
    const runs = this.results.map((run, index) => run && { index, run, marker: runMarker(run) }).filter(Boolean);
    const ratioOf = (run) => (this.ratio === "all" ? run.spectrum.minimumRatio : run.spectrum.minimumRatioNonzero);
    const ticks = [0, 0.25, 0.5, 0.75, 1];
    this.showOnce("scatter", [runs.length, this.key, this.ratio, s.studyRun, lang], () => {
      const points = runs.map((r) => ({ ...r, x: ratioOf(r.run), y: r.run.value }));
      const x = { range: [-0.02, 1.02], label: t(lang, this.ratio === "all" ? "xRatioAll" : "xRatioNonzero"), ticks, guide: 1 };
      this.placed.scatter = drawScatter(this.plots.scatter.canvas, points, { x, y: { label: t(lang, "yLoss") }, selected: s.studyRun });
    });
    this.showOnce("index", [runs.length, this.key, s.studyRun, lang], () => {
      const points = runs.map((r) => ({ ...r, x: r.run.spectrum.index, y: r.run.value }));
      const x = { range: [-0.02, 1.02], label: t(lang, "xIndex"), ticks, guide: null };
      this.placed.index = drawScatter(this.plots.index.canvas, points, { x, y: { label: t(lang, "yLoss") }, selected: s.studyRun });
    });
    const selected = this.results[s.studyRun];
    this.showOnce("histogram", [selected, lang], () => {
      drawHistogram(this.plots.spectrum.canvas, selected?.spectrum.eigenvalues ?? [], selected?.spectrum.zeroThreshold ?? 0, { x: t(lang, "xEigen"), y: t(lang, "yCount") });
    });

    for (const index of this.newRows) this.table.add(index, this.results[index]);
    this.newRows = [];
    this.showControls();
    const summary = summarize(this.results);
    const description = describeNetwork(this.network(s), s.columns, s.lang);
    renderOutcomeLegend(this.legend, outcomeEntries(summary, lang));
    setParagraphs(this.sentences, summarySentences(summary, lang));
    this.zeros.textContent = t(lang, "summaryZeros", { params: description.params?.length ?? "n", rows: description.rows ?? "N" });
    setParagraphs(this.plots.scatter.caption, scatterCaption(summary, lang));
    setParagraphs(this.plots.index.caption, indexCaption(summary, lang));
    setParagraphs(this.plots.spectrum.caption, spectrumCaption(selected, s.studyRun, lang));
    this.plots.spectrum.title.textContent = t(lang, "spectrumTitle", { run: s.studyRun });
    this.plots.spectrum.canvas.setAttribute("aria-label", t(lang, "spectrumCanvas", { run: s.studyRun }));
    this.openButton.textContent = t(lang, "openRun", { run: s.studyRun });
    this.openButton.disabled = !selected;
  }

  /** Runs `draw` unless `key`'s values are those it last drew `part` with. */
  showOnce(part, key, draw) {
    const last = this.shown.get(part);
    if (last && last.length === key.length && last.every((v, k) => v === key[k])) return;
    this.shown.set(part, key);
    draw();
  }
}

/** `box`'s paragraphs, one per text (the first the lecture's, the rest this study's); unchanged texts are left alone. */
function setParagraphs(box, texts) {
  const now = [...box.children].map((p) => p.textContent);
  if (now.length === texts.length && now.every((text, k) => text === texts[k])) return;
  box.replaceChildren(...texts.map((text, k) => el("p", { class: k === 0 ? "exp-lecture" : "exp-here", text })));
}
