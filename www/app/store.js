// The explorer's state in one place, and what is derived from it.
//
// One direction of flow: inputs (typing, dragging, a link, a tour step) call an action here;
// the action replaces the state (it is never changed in place) and tells the subscribers, who
// ask for a frame; the frame takes a snapshot and each view and panel draws from it. A
// snapshot is the state plus what is derived from it, each derived value computed once and
// kept while what it depends on stays:
//
//   ix, iy     the axes' parameter indices (iy = −1 over one parameter)
//   analysis   the core's analysis at θ′, on (Loss, θ′, tolerances): a frame that only redraws
//              (a probe turn, a resize) does not analyse again
//   field      the surface (surface/field.js), on (Loss, window, axes, the fixed parameters)
//   critical   the critical points in the window, on the same and the field; not searched
//              (criticalSkipped) past SEARCH_MAX_PARAMS parameters
//   limits     what the core refused as over its work budget (a large data table): [{ where,
//              message }], the message in the Loss's language, for the page to show
//
// `columns`, `loss`, `params` are the last *valid* ones: while the formula or the data being
// typed is wrong, the last good surface stays drawn and `compileError` says what is wrong.
// With a `network` (experiment/network-spec.js) the loss is that network's, over its dataset
// or the data table, and the formula text waits until the network is put away.

import { DEFAULT_FORMULA, DEFAULT_DATA, DEFAULT_WINDOW } from "./url-state.js";
import { DEFAULT_OVERLAYS } from "./overlay-set.js";
import { compileLoss, compileNetwork, chooseAxes } from "./loss.js";
import { DEFAULT_STUDY } from "../experiment/study-spec.js";
import { DEFAULT_CAMERA } from "../views/camera.js";
import { refusalOf } from "../core/failures.js";
import { surfaceField } from "../surface/field.js";
import { findCriticalPoints } from "../analysis/critical-points.js";
import { prettyName } from "../i18n/format.js";

/**
 * Past this many parameters the window is not searched for critical points: each of the
 * search's starts costs a full Hessian (1–2 s in all for a 337-parameter network). The
 * verdict at θ′ is unaffected (one full analysis).
 */
const SEARCH_MAX_PARAMS = 100;

/** The state before the core has loaded and before any link is read. */
export function initialState() {
  return Object.freeze({
    lang: "en",
    langExplicit: false, // from the URL or the toggle: then written back to the URL
    mode: "explore",
    view: "2d", // "2d" or "3d" (the 3-D view of the same slice)
    camera: DEFAULT_CAMERA, // the 3-D view's { azimuth, elevation } (views/camera.js)
    slice: "axes", // with more than two parameters: "axes" or "eigen" (views/eigen-slice.js)
    embed: false, // the compact layout for iframes and <hessian-explorer> (embed/embed.js)
    panels: null, // what that layout shows (embed/panels.js; null: its default)
    projector: false,
    formulaText: DEFAULT_FORMULA,
    columns: DEFAULT_DATA,
    network: null, // a network as the loss (experiment/network-spec.js), or null: the formula
    study: DEFAULT_STUDY, // the experiment's settings (experiment/study-spec.js)
    studyRun: 0, // the experiment's run shown
    compileError: null, // the core's Error for formulaText and columns, or null
    coreLoaded: false,
    loss: null,
    params: [],
    theta: [],
    remembered: Object.freeze({}), // parameter name → value, so that editing the formula keeps θ′
    axes: [],
    win: DEFAULT_WINDOW,
    tolerances: null, // the analysis' tolerances (null: the core's documented defaults)
    overlays: DEFAULT_OVERLAYS, // ids from overlay-set.js
    probeAngle: Math.PI / 4, // the probe's v: (1, 1)/√2, the lecture saddle's way down
    sliceDirection: "eig1", // the slice panel's direction
    notices: Object.freeze([]), // [{ key, vars }] of i18n strings, shown above the layout
  });
}

export class Store {
  constructor(state = initialState()) {
    this.current = state;
    this.listeners = new Set();
    this.analysis = memo();
    this.field = memo();
    this.critical = memo();
  }

  /** The state: a frozen object, replaced (never changed) by every action. */
  get state() {
    return this.current;
  }

  /**
   * Calls `listener(state, change)` after every change; `change.fromUrl` is the parsed URL
   * state when the change applied one, `change.url` false when the change is not one the URL
   * records. Returns a function that unsubscribes.
   */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the fields of `patch`; `change` goes to the subscribers (see subscribe). */
  update(patch, change = {}) {
    this.current = Object.freeze({ ...this.current, ...patch });
    for (const listener of this.listeners) listener(this.current, change);
  }

  /** The state with what is derived from it (see the top of this file); a frozen object. */
  snapshot() {
    const s = this.current;
    const ix = s.params.indexOf(s.axes[0]);
    const iy = s.axes.length > 1 ? s.params.indexOf(s.axes[1]) : -1;
    const criticalSkipped = s.params.length > SEARCH_MAX_PARAMS;
    if (!s.loss) return Object.freeze({ ...s, ix, iy, analysis: null, field: null, critical: [], criticalSkipped, limits: [] });
    // Each derived value comes as { value, limit }: `limit` is the core's message when it
    // refused the call as over its budget.
    const analysis = this.analysis([s.loss, s.theta.join(","), JSON.stringify(s.tolerances)], () =>
      // A failure other than a limit is a bug, not a user error: θ′ always has one value per parameter.
      derive("analyze", null, () => s.loss.analyze(s.theta, s.tolerances ?? undefined)),
    );
    const fixed = s.theta.filter((_, k) => k !== ix && k !== iy).join(",");
    const sliceKey = [s.loss, s.axes.join(","), [s.win.x0, s.win.x1, s.win.y0, s.win.y1].join(","), fixed];
    const field = this.field(sliceKey, () => derive("grid", null, () => surfaceField(s.loss, s.axes, s.win, s.theta)));
    const critical = this.critical([...sliceKey, field.value], () =>
      field.value?.type === "grid" && !criticalSkipped
        ? derive("criticalPoints", [], () => findCriticalPoints(s.loss, s.axes, s.win, s.theta))
        : { value: [], limit: null },
    );
    const limits = [analysis, field, critical].map((d) => d.limit).filter(Boolean);
    return Object.freeze({ ...s, ix, iy, analysis: analysis.value, field: field.value, critical: critical.value, criticalSkipped, limits });
  }

  // ---- actions -------------------------------------------------------------------------------

  /** Moves θ′ (one value per parameter); a change of a fixed parameter changes the slice too. */
  setTheta(theta) {
    const remembered = { ...this.current.remembered };
    this.current.params.forEach((p, k) => (remembered[p] = theta[k]));
    this.update({ theta, remembered: Object.freeze(remembered) });
  }

  /** Shows another window of parameter space (not in quiz mode: the quiz keeps its question's). */
  setWindow(win) {
    if (win === this.current.win || this.current.mode === "quiz") return;
    this.update({ win });
  }

  /** The overlays switched on; switching the probe on makes the slice panel follow it. */
  setOverlays(overlays) {
    const probeNow = overlays.includes("probe") && !this.current.overlays.includes("probe");
    this.update({ overlays, ...(probeNow ? { sliceDirection: "probe" } : {}) });
  }

  /** The probe's angle (radians, parameter space); the slice panel follows the probe. */
  setProbeAngle(probeAngle) {
    this.update({ probeAngle, sliceDirection: "probe" });
  }

  /** The formula as typed: compiled at once; a wrong one leaves the last good Loss in place. */
  editFormula(formulaText) {
    this.update({ formulaText });
    this.compile();
  }

  /** The data table, when all of it is valid. */
  editData(columns) {
    this.update({ columns });
    this.compile();
  }

  /** The network to use as the loss (null: the formula again). */
  setNetwork(network) {
    this.update({ network });
    this.compile();
  }

  /**
   * Shows the network `net` in the explorer, at `point` (one value per parameter; null: θ′ as
   * it is), sliced along its two extreme eigenvectors (or `slice`), with u on: how the
   * experiment opens a run. The window is centred on θ′'s axis coordinates, so that the 2-D
   * view has it in sight.
   */
  openNetworkPoint(net, point, { slice = "eigen" } = {}) {
    if (this.current.network !== net) this.setNetwork(net);
    const s = this.current;
    if (!s.loss || s.compileError) return;
    if (point && point.length === s.params.length) this.setTheta(point);
    const theta = this.current.theta;
    const [cx, cy] = [s.params.indexOf(s.axes[0]), s.params.indexOf(s.axes[1])].map((k) => theta[k] ?? 0);
    const half = Math.max(s.win.x1 - s.win.x0, s.win.y1 - s.win.y0) / 2;
    const round = (x) => Math.round(x * 100) / 100; // a tidy window in the link
    this.update({
      mode: "explore",
      view: "2d",
      slice,
      overlays: s.overlays.includes("u") ? s.overlays : Object.freeze([...s.overlays, "u"]),
      win: Object.freeze({ x0: round(cx - half), x1: round(cx + half), y0: round(cy - half), y1: round(cy + half) }),
    });
  }

  /**
   * Makes the data name `name` a parameter: its column leaves the table (the data editor shows
   * the new table: change.table).
   */
  makeParameter(name) {
    this.update({ columns: Object.freeze(this.current.columns.filter((c) => c.name !== name)) }, { table: true });
    this.compile();
  }

  /** Renames the data column `from` to `to` (the formula says ŷ, the table y, or the reverse). */
  renameColumn(from, to) {
    const columns = this.current.columns.map((c) => (c.name === from ? Object.freeze({ ...c, name: to }) : c));
    this.update({ columns: Object.freeze(columns) }, { table: true });
    this.compile();
  }

  /** The page's language; the core words its errors in the language it was created with, so it is created again. */
  setLang(lang) {
    this.update({ lang, langExplicit: true });
    this.compile();
  }

  /** Marks the core loaded (actions that need it work from now on). */
  coreReady() {
    this.update({ coreLoaded: true }, { url: false });
  }

  /**
   * Compiles formulaText over columns: a new Loss (θ′ kept by name) or, on error, the error
   * shown and the last good Loss kept.
   */
  compile() {
    const s = this.current;
    if (!s.coreLoaded) return;
    let loss;
    try {
      loss = buildLoss(s.network, s.formulaText, s.columns, s.lang);
    } catch (error) {
      this.update({ compileError: error });
      return;
    }
    this.update({ compileError: null, ...this.installing(loss) });
  }

  /**
   * Applies a parsed URL state ({ state, notices } from url-state.js's parseHash) as a whole:
   * at load, when the hash is edited by hand, and for anything that drives the page by links
   * (a preset, a tour's step). Bad values become notices; a formula that does not compile is
   * shown with its error over the lecture's example.
   */
  applyUrlState(parsed) {
    const { state } = parsed;
    const s = this.current;
    const notices = parsed.notices.map((n) => ({ key: "noticeBadValue", vars: { key: n.key, value: n.value } }));
    const lang = state.lang ?? s.lang;
    const patch = {
      lang,
      langExplicit: state.lang ? true : s.langExplicit,
      mode: state.mode,
      view: state.view,
      camera: state.camera,
      slice: state.slice,
      embed: state.embed,
      panels: state.panels,
      win: state.window,
      overlays: state.overlays,
      projector: state.projector,
      formulaText: state.formula,
      columns: state.data,
      network: state.network,
      study: state.study,
      studyRun: state.studyRun,
      compileError: null,
      ...(state.overlays.includes("probe") ? { sliceDirection: "probe" } : {}), // the curve along the probe's v
    };
    let loss = null;
    try {
      loss = buildLoss(state.network, state.formula, state.data, lang);
    } catch (error) {
      // The link's formula, data or network does not compile: say where, and draw the lecture's example.
      patch.compileError = error;
      notices.push({ key: state.network ? "noticeNetwork" : "noticeFormula" });
      if (!s.loss) {
        loss = compileLoss(DEFAULT_FORMULA, DEFAULT_DATA, lang);
      }
    }
    if (loss) {
      const remembered = {};
      if (state.point && state.point.length === loss.params.length) {
        loss.params.forEach((p, k) => (remembered[p] = state.point[k]));
      } else if (state.point) {
        notices.push({ key: "noticePoint", vars: { point: `(${state.point.join(", ")})`, params: loss.params.map(prettyName).join(", ") } });
      }
      const axes = chooseAxes(loss.params, state.axes);
      if (state.axes && axes.join(",") !== state.axes.join(",")) {
        notices.push({ key: "noticeAxes", vars: { value: state.axes.join(","), x: prettyName(axes[0]), y: prettyName(axes[1] ?? "") } });
      }
      Object.assign(patch, { remembered: Object.freeze(remembered) }, this.installing(loss, axes, remembered, patch.compileError ? null : state.network));
    }
    // A link whose formula does not compile is written back as the page reads it.
    this.update({ ...patch, notices: Object.freeze(notices) }, { fromUrl: parsed, url: Boolean(patch.compileError) });
  }

  /** Adds a notice ({ key, vars } of an i18n string) above the layout. */
  addNotice(notice) {
    this.update({ notices: Object.freeze([...this.current.notices, notice]) }, { url: false });
  }

  dismissNotices() {
    this.update({ notices: Object.freeze([]) }, { url: false });
  }

  /**
   * The fields that make `loss` current: its parameters, θ′ by name from `remembered`, the
   * axes (the wanted ones if they fit). A network none of whose parameters is remembered
   * starts where training would, at its seeded random start (seed 1, run 0), not at the
   * origin, where its hidden units all do the same and its slices are flat. The Loss it
   * replaces is freed.
   */
  installing(loss, wanted = this.current.axes, remembered = this.current.remembered, network = this.current.network) {
    const old = this.current.loss;
    if (old && old !== loss) old.free();
    const params = loss.params;
    const fresh = network && !params.some((p) => p in remembered);
    const theta = fresh ? loss.initialPoint(1, 0) : params.map((p) => remembered[p] ?? 0);
    return { loss, params, theta, axes: chooseAxes(params, wanted) };
  }
}

/**
 * The Loss of the network, or else of the formula, over `columns` in `lang`. Throws the core's
 * Error.
 */
function buildLoss(network, formula, columns, lang) {
  return network ? compileNetwork(network, columns, lang) : compileLoss(formula, columns, lang);
}

/**
 * { value: compute(), limit: null }, or when the core refuses: { value: fallback, limit } with
 * the core's message for a call over its budget, or a reported failure (a bug) otherwise.
 */
function derive(where, fallback, compute) {
  try {
    return { value: compute(), limit: null };
  } catch (error) {
    const message = refusalOf(where, error);
    return { value: fallback, limit: message && { where, message } };
  }
}

/**
 * A one-value cache: memo()(keys, compute) returns compute()'s value, computed again only when
 * one of `keys` differs (===) from the last call's.
 */
function memo() {
  let lastKeys = null;
  let value;
  return (keys, compute) => {
    if (!lastKeys || keys.length !== lastKeys.length || keys.some((k, i) => k !== lastKeys[i])) {
      value = compute();
      lastKeys = keys;
    }
    return value;
  };
}
