// The guided tour: a thin layer over the store and the URL state. A step is a URL-state hash
// (its `view`), applied to the explorer as a link is, store.applyUrlState(parseHash(view)),
// plus a caption, the key numbers beside the plot and, maybe, an animation. Between steps the
// explorer is the explorer: the student drags θ′, turns the probe, zooms; "reset this step"
// applies the step's view again.
//
// While a tour plays, the URL holds the tour and the step (tour=lecture&step=3, or tourUrl=…)
// with the reader's language and layout, not the explorer's view: a link opens a step, and
// the step says what the view is. The explorer's keys come back when the tour is left.

import { initialState } from "../app/store.js";
import { MARGIN } from "../surface/axes.js";
import { reportCoreFailure } from "../core/failures.js";
import { t } from "../i18n/i18n.js";
import { viewUrl } from "../embed/share-links.js";
import { describeTourError, TourError } from "./tour-parse.js";
import { loadTour, tourSource, sameSource, LECTURE } from "./tour-source.js";
import { containWindow } from "./fit-window.js";
import { StepAnimation } from "./animations.js";
import { TourPanel } from "./tour-panel.js";
import { wirePresenterKeys } from "./presenter-keys.js";

/** Where a step leaves the probe: the page's own default, v = (1, 1)/√2. */
const PROBE_ANGLE = initialState().probeAngle;

export class TourController {
  /**
   * @param parts { store (app/store.js), root (the tour's <aside>), tab (the header's Tour tab),
   *   plot (the plot's box, for its shape), optimizer (the explorer's OptimizerCard),
   *   screenReader (a11y/screen-reader.js), requestFrame(), urlChanged() (asks for the URL
   *   to be written) }
   */
  constructor({ store, root, tab, plot, optimizer, screenReader, requestFrame, urlChanged }) {
    Object.assign(this, { store, tab, plot, optimizer, screenReader, urlChanged });
    this.source = null; // { tour, tourUrl } while a tour is on (playing, loading or refused)
    this.tour = null; // the checked tour (tour-source.js)
    this.index = 0; // the step shown, from 0
    this.asked = 1; // the step the link asked for, from 1 (kept in the URL while the tour loads or is refused)
    this.error = null; // a TourError: the tour was refused
    this.loadToken = 0;
    this.applying = false; // while a step's view is being applied (configure hears it)
    this.fitted = null; // { from: the step's window, to: the window drawn } while it is unchanged
    this.animation = new StepAnimation({ store, optimizer, requestFrame });
    this.panel = new TourPanel(root, {
      back: () => this.go(this.index - 1),
      next: () => this.go(this.index + 1),
      reset: () => this.go(this.index),
      leave: () => this.leave(),
    });
    // The Tour tab starts the lecture's tour; the Explore tab leaves a tour (the Quiz tab
    // switches the mode, which leaves it too: below).
    tab.addEventListener("click", () => this.active || this.load({ tour: LECTURE, tourUrl: null }, 1));
    document.querySelector(".mode-tab[data-mode=explore]")?.addEventListener("click", () => this.active && this.leave());
    wirePresenterKeys(document, {
      enabled: () => this.playing && !store.state.embed,
      go: (action) => this.go({ next: this.index + 1, back: this.index - 1, first: 0, last: this.tour.steps.length - 1 }[action]),
    });
    store.subscribe((state) => {
      this.animation.noticed(state);
      if (this.active && state.mode === "quiz") this.leave();
      // A step shown in 3-D and turned to 2-D by the student: its window fitted to the plot then.
      const step = this.playing ? this.tour.steps[this.index] : null;
      if (step && state.view === "2d" && this.fitted === null && state.win === step.state.window) queueMicrotask(() => this.fitWindow(state.win));
    });
    this.sync();
  }

  /** Whether a tour is on (the tour's layout and URL), whatever its state. */
  get active() {
    return this.source !== null;
  }

  /** Whether a step is shown. */
  get playing() {
    return this.tour !== null;
  }

  // ---- from and to the URL -------------------------------------------------------------------

  /**
   * Takes the tour's part of a URL state the page applied (url-state.js's fields): a new tour
   * is loaded, a step shown (the link's explorer keys are the step's to set: the same step is
   * shown again), no tour leaves the tour. A step's own application changes nothing here.
   */
  configure(state) {
    if (this.applying) return;
    const source = tourSource(state);
    if (source === null) {
      if (this.active) this.leave({ writeUrl: false });
      return;
    }
    const asked = state.tourStep ?? 1;
    if (!sameSource(source, this.source)) this.load(source, asked);
    // After the store has told every part of the link being applied: a step applied from
    // inside that notice would free the Loss the parts are still being told about.
    else if (this.playing) queueMicrotask(() => this.go(asked - 1, { asked }));
  }

  /** The URL's fields while a tour is on: the tour, the step, the reader's language and layout; null otherwise. */
  urlState(state) {
    if (!this.active) return null;
    return {
      tour: this.source.tour,
      tourUrl: this.source.tourUrl,
      tourStep: this.playing ? this.index + 1 : this.asked,
      lang: state.langExplicit ? state.lang : null,
      projector: state.projector,
      embed: state.embed,
    };
  }

  // ---- the tour ------------------------------------------------------------------------------

  /** Loads the tour of `source` and shows step `asked` (from 1); a refused tour shows why. */
  async load(source, asked) {
    const token = ++this.loadToken;
    Object.assign(this, { source, asked, tour: null, error: null });
    this.animation.stop();
    this.sync();
    this.panel.showLoading(this.store.state.lang);
    let tour;
    try {
      tour = await loadTour(source);
    } catch (error) {
      if (token !== this.loadToken) return;
      if (!(error instanceof TourError)) reportCoreFailure("tour", error);
      this.error = error;
      this.render();
      this.urlChanged();
      return;
    }
    if (token !== this.loadToken) return;
    this.tour = tour;
    this.go(asked - 1, { asked });
  }

  /**
   * Shows step `index` (from 0, kept within the tour): its view applied as a link, the probe
   * and the optimizer back to where a step starts, the window fitted to the plot, the caption
   * shown and announced, the animation started. Going to the step shown resets it. `asked`:
   * the step a link asked for (from 1), to say so when the tour has no such step.
   */
  go(index, { asked = null } = {}) {
    if (!this.playing) return;
    const count = this.tour.steps.length;
    this.index = Math.max(0, Math.min(count - 1, index));
    const step = this.tour.steps[this.index];
    this.animation.stop();
    this.optimizer.clear();
    const s = this.store.state;
    const state = { ...step.state, lang: null, projector: s.projector, embed: s.embed, ...this.urlState(s) };
    this.applying = true;
    try {
      this.store.applyUrlState({ state, notices: [] });
    } finally {
      this.applying = false;
    }
    this.store.update({ probeAngle: PROBE_ANGLE }, { url: false });
    if (asked !== null && asked !== this.index + 1) this.store.addNotice({ key: "tourStepOutOfRange", vars: { steps: count, asked, shown: this.index + 1 } });
    this.fitted = null;
    this.fitWindow(step.state.window);
    this.render();
    this.announce();
    this.animation.start(step.animate);
    this.urlChanged();
  }

  /** Leaves the tour: the explorer as it is now, with its own URL again. */
  leave({ writeUrl = true } = {}) {
    this.loadToken++;
    Object.assign(this, { source: null, tour: null, error: null, fitted: null });
    this.animation.stop();
    this.sync();
    if (writeUrl) this.urlChanged();
  }

  // ---- each frame ----------------------------------------------------------------------------

  /** Called at the start of every frame: the animation's next step. */
  advance(now) {
    this.animation.advance(now);
  }

  /** Called every frame with the page's snapshot: the key numbers follow θ′. */
  update(s) {
    if (!this.playing) return;
    this.panel.numbers.update(s, this.tour.steps[this.index].numbers, s.lang, this.optimizer.runs());
  }

  /** The page's language or layout changed: the texts again. */
  setLang() {
    this.render();
  }

  /** The plot changed size: a window the tour fitted is fitted again to the new shape. */
  resized() {
    if (this.fitted && this.store.state.win === this.fitted.to) this.fitWindow(this.fitted.from);
  }

  // ---- inside ----------------------------------------------------------------------------------

  /** The layout and the header's tabs follow whether a tour is on. */
  sync() {
    document.body.classList.toggle("touring", this.active);
    this.tab.setAttribute("aria-selected", String(this.active));
    const mode = this.store.state.mode;
    for (const tab of document.querySelectorAll(".mode-tab[data-mode]")) tab.setAttribute("aria-selected", String(!this.active && tab.dataset.mode === mode));
    this.panel.root.hidden = !this.active;
  }

  render() {
    this.sync();
    if (!this.active) return;
    const lang = this.store.state.lang;
    if (this.error) this.panel.showError(describeTourError(this.error, lang), lang);
    else if (!this.playing) this.panel.showLoading(lang);
    else this.panel.showStep(this.tour, this.index, lang, { embedded: this.store.state.embed, fullHref: viewUrl(location.href, lang, { embed: false }) });
  }

  /**
   * The window drawn for a step's window `win`: widened to the plot's shape on a plane of two
   * parameters in 2-D (fit-window.js), so one unit is as long along both axes.
   */
  fitWindow(win) {
    const s = this.store.state;
    if (s.params.length < 2 || s.view !== "2d") return;
    const width = this.plot.clientWidth - MARGIN.left - MARGIN.right;
    const height = this.plot.clientHeight - MARGIN.top - MARGIN.bottom;
    const to = containWindow(win, width / height);
    this.fitted = { from: win, to };
    this.store.setWindow(to);
  }

  /** Speaks "Step 3 of 10. Heading. Caption" once, politely, through the page's live region. */
  announce() {
    const lang = this.store.state.lang;
    const step = this.tour.steps[this.index];
    const heading = step.heading ? `${step.heading[lang]}${lang === "zh" ? "。" : ". "}` : "";
    this.screenReader.say(t(lang, "tourAnnounce", { step: this.index + 1, steps: this.tour.steps.length, heading, caption: step.caption[lang] }));
  }
}
