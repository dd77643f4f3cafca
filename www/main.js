// Wires the page: URL state ↔ controls ↔ the core ↔ the canvas and the panel.
//
// One direction of flow. Inputs (typing, dragging, the URL) change `app` and mark what is
// stale in `app.dirty`; one requestAnimationFrame callback, frame(), recomputes what is
// stale and redraws. Dragging θ′ therefore costs one analysis and one composite per frame;
// the grid (the expensive part) is recomputed only when the formula, data, window, axes or a
// fixed (non-axis) parameter changes.

import { loadCore, createLoss } from "./core/wasm.js";
import { parseHash, formatHash, DEFAULT_FORMULA, DEFAULT_DATA, DEFAULT_WINDOW } from "./app/url-state.js";
import { t, languageFor, LANGUAGES } from "./i18n/i18n.js";
import { formatVector, roundTo, decimalsFor, prettyName } from "./i18n/format.js";
import { zoomWindow, centerWindow, fitCriticalWindow } from "./surface/window.js";
import { GRID_SIZE, surfaceField } from "./surface/field.js";
import { PlaneView } from "./views/plane-view.js";
import { ExplorerScene, thetaPixel as scenePixel } from "./views/explorer-scene.js";
import { reportCoreFailure } from "./core/failures.js";
import { sliceArgs } from "./core/slice-args.js";
import { tidyCritical } from "./analysis/tidy-point.js";
import { findCriticalPoints } from "./analysis/critical-points.js";
import { probeState } from "./analysis/probe.js";
import { angleAt, hitsProbe } from "./marks/probe.js";
import { renderVerdict, renderNumbers } from "./panel/numbers.js";
import { FormulaBox } from "./panel/formula-box.js";
import { DataEditor } from "./panel/data-editor.js";
import { ThetaControls } from "./panel/theta-controls.js";
import { el } from "./panel/dom.js";
import { QuizMode } from "./quiz/quiz-mode.js";
import { Navigation } from "./app/navigation.js";
import { DEFAULT_OVERLAYS } from "./app/overlay-set.js";
import { OverlayToggles } from "./panel/overlay-toggles.js";
import { OverlayReadout } from "./panel/overlay-readout.js";
import { ProbeBox } from "./panel/probe-box.js";
import { SlicePanel, sliceDirections } from "./panel/slice-panel.js";
import { setProjector } from "./canvas/theme.js";
import { PresetMenu } from "./app/presets.js";
import { OptimizerCard } from "./panel/optimizer-card.js";
import { View3D } from "./views/view3d.js";
import { renderFullHessianNote } from "./panel/full-hessian-note.js";
import { CriticalLegend } from "./panel/critical-legend.js";
import { EigenSlice } from "./views/eigen-slice.js";
import { installBench } from "./app/bench-hook.js";
import { setEmbedded } from "./embed/embed.js";
import { initShare } from "./embed/share.js";
import { ScreenReaderText } from "./a11y/screen-reader.js";

/** A press this close to θ′ drags it from where it is (no jump), CSS px. */
const GRAB_RADIUS = 18;
/** A click this close to a critical point (or a valley) puts θ′ exactly on it, CSS px. */
const SNAP_RADIUS = 12;
/** An arrow key moves θ′ by this share of the window's extent (Shift: ten times more). */
const NUDGE = 0.01;
/** One zoom step scales the window by this factor. */
const ZOOM_FACTOR = 1.5;
/** The slice panel's t runs over ± this share of the window's smaller extent. */
const SLICE_SPAN = 0.35;

const $ = (selector) => document.querySelector(selector);

// The page's whole state. `columns` and `loss` are the last *valid* ones: while the formula
// or the data being typed is wrong, the last good surface stays drawn.
const app = {
  lang: "en",
  langExplicit: false, // from the URL or the toggle: then written back to the URL
  mode: "explore",
  view: "2d", // "2d" or "3d" (the 3-D view of the same slice)
  camera: null, // the 3-D view's { azimuth, elevation } (view3d-math.js)
  slice: "axes", // with more than two parameters: "axes" or "eigen" (eigen-slice.js)
  embed: false, // the compact layout for iframes and <hessian-explorer> (embed.js)
  formulaText: DEFAULT_FORMULA,
  columns: DEFAULT_DATA,
  coreLoaded: false,
  loss: null,
  params: [],
  theta: [],
  remembered: new Map(), // parameter name → value, so that editing the formula keeps θ′
  axes: [],
  win: DEFAULT_WINDOW,
  field: null,
  critical: [],
  analysis: null,
  notices: [],
  dirty: { surface: true, critical: true, url: false },
  drag: null, // { offsetX, offsetY, moved, onMarker, probe } while a pointer is down
  pendingPointer: null,
  overlays: DEFAULT_OVERLAYS, // ids from overlay-set.js
  projector: false,
  probeAngle: Math.PI / 4, // the probe's v: (1, 1)/√2, the lecture saddle's way down
  sliceDirection: "eig1",
};

// ---- elements and components -----------------------------------------------------------------

const canvas = $("#surface");
const surface = new PlaneView(canvas, $("#colorbar"));
const explorerScene = new ExplorerScene();
const verdictBox = $("#verdict");
const numbers = {
  value: $("#value"),
  gradient: $("#gradient"),
  gradientNorm: $("#gradient-norm"),
  hessian: $("#hessian"),
  eigen: $("#eigen"),
  tolerances: $("#tolerances"),
};
const formulaBox = new FormulaBox($("#formula"), $("#formula-mirror"), $("#formula-error"), (text) => {
  app.formulaText = text;
  rebuildLoss();
});
const dataEditor = new DataEditor($("#data"), {
  onChange: (columns) => {
    app.columns = columns;
    rebuildLoss();
  },
  onInvalid: () => {},
});
const thetaControls = new ThetaControls($("#theta"), {
  onValue: (k, value) => setTheta(app.theta.map((v, i) => (i === k ? value : v))),
  onAxes: (axes) => {
    app.axes = axes;
    thetaControls.setParams(app.params, app.axes, app.theta, app.lang, sliderRange());
    invalidate({ surface: true, critical: true, url: true });
  },
});
const presetMenu = new PresetMenu($("#presets"));
const criticalLegend = new CriticalLegend($("#critical-legend"));
const eigenSlice = new EigenSlice(
  $("#eigen-slice"),
  $("#slice-switch"),
  (slice) => {
    app.slice = slice;
    applySlice();
    invalidate({ url: true });
  },
  (theta) => setTheta(theta),
);
function applySlice() {
  eigenSlice.setSlice(app.slice, { params: app.params.length, view: app.view, mode: app.mode });
}
const optimizer = new OptimizerCard($("#optimizer"), app, { setTheta: (theta) => setTheta(theta), redraw: () => schedule() });
const view3d = new View3D($("#view3d"), $("#view-switch"), (view) => {
  app.view = view;
  view3d.setMode(view, app.params.length > 1);
  applySlice();
  invalidate({ url: true });
}, (camera) => {
  app.camera = camera;
  invalidate({ url: true });
}, (point) => setTheta(tidyCritical(app.loss, point)));

// Quiz mode (quiz-mode.js) draws on the same canvas; in quiz mode frame() hands over to it.
const quiz = new QuizMode({ plane: surface, root: $("#quiz"), schedule, urlChanged: () => invalidate({ url: true }) });

function setMode(mode) {
  if (mode === app.mode || !app.coreLoaded) return;
  app.mode = mode;
  applyMode();
  invalidate({ url: true });
}

function applyMode() {
  const inQuiz = app.mode === "quiz";
  document.body.classList.toggle("mode-quiz", inQuiz);
  for (const tab of document.querySelectorAll(".mode-tab")) tab.setAttribute("aria-selected", String(tab.dataset.mode === app.mode));
  if (inQuiz) {
    quiz.activate();
  } else {
    quiz.deactivate();
    invalidate({ surface: true }); // the canvas showed the quiz's surface
  }
  applySlice();
}

for (const tab of document.querySelectorAll(".mode-tab")) tab.addEventListener("click", () => setMode(tab.dataset.mode));
const overlayToggles = new OverlayToggles($("#overlay-toggles"), (ids) => {
  if (ids.includes("probe") && !app.overlays.includes("probe")) app.sliceDirection = "probe";
  app.overlays = ids;
  invalidate({ url: true });
});
const overlayReadout = new OverlayReadout($("#overlay-readout"), $("#error-scale"));
const probeBox = new ProbeBox($("#probe-box"), (angle) => {
  app.probeAngle = angle;
  app.sliceDirection = "probe";
  schedule();
});
const slicePanel = new SlicePanel($("#slice-panel"), (id) => {
  app.sliceDirection = id;
  schedule();
});
const navigation = new Navigation(canvas, { getView: () => surface.view, getWindow: () => app.win, setWindow });
// The surface in words for screen readers, and the verdict spoken once θ′ rests.
const screenReader = new ScreenReaderText({
  description: $("#surface-description"),
  live: $("#announcer"),
  read: () => {
    if (app.mode === "quiz" || !app.loss || !app.analysis || !app.field) return null;
    const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
    const grid = app.field.type === "grid";
    return { loss: app.loss, theta: app.theta, ix, iy: grid ? iy : -1, win: app.win, names: app.axes.map(prettyName), analysis: app.analysis, lang: app.lang };
  },
});

// ---- language --------------------------------------------------------------------------------

function applyLanguage() {
  const lang = app.lang;
  document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
  document.title = t(lang, "pageTitle");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(lang, node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-label]")) {
    node.setAttribute("aria-label", t(lang, node.dataset.i18nLabel));
    node.title = t(lang, node.dataset.i18nLabel);
  }
  const toggle = $("#lang-toggle");
  toggle.textContent = t(lang, "langToggle");
  toggle.setAttribute("aria-label", t(lang, "langToggleLabel"));
  toggle.lang = lang === "zh" ? "en" : "zh-Hans";
  dataEditor.setLang(lang);
  quiz.setLang(lang);
  overlayToggles.setLang(lang);
  presetMenu.setLang(lang);
  optimizer.setLang(lang);
  view3d.setLang(lang);
  eigenSlice.setLang(lang);
  renderNotices();
}

// ---- projector mode --------------------------------------------------------------------------

function applyProjector() {
  setProjector(app.projector);
  $("#projector-toggle").setAttribute("aria-pressed", String(app.projector));
  surface.repaint(); // the base layer's fonts and contour lines follow the mode
  schedule();
}

$("#projector-toggle").addEventListener("click", () => {
  app.projector = !app.projector;
  applyProjector();
  invalidate({ url: true });
});

$("#lang-toggle").addEventListener("click", () => {
  app.lang = LANGUAGES[(LANGUAGES.indexOf(app.lang) + 1) % LANGUAGES.length];
  app.langExplicit = true;
  applyLanguage();
  // The core words its errors in the language it was created with: create it again.
  if (app.coreLoaded) rebuildLoss({ keepSurface: true });
  thetaControls.setParams(app.params, app.axes, app.theta, app.lang, sliderRange());
  invalidate({ url: true });
});

initShare({ copyButton: $("#copy-link"), embedButton: $("#embed-open"), status: $("#share-status") });

// ---- notices (bad values in the URL) ---------------------------------------------------------

function renderNotices() {
  const box = $("#notices");
  box.replaceChildren(
    ...app.notices.map((n) => el("p", { class: "notice" }, [el("span", { text: t(app.lang, n.key, n.vars) })])),
  );
  if (app.notices.length) {
    const dismiss = el("button", { class: "notice-dismiss", text: t(app.lang, "noticeDismiss"), attrs: { type: "button" } });
    dismiss.addEventListener("click", () => {
      app.notices = [];
      renderNotices();
    });
    box.append(dismiss);
  }
  box.hidden = app.notices.length === 0;
}

// ---- the loss --------------------------------------------------------------------------------

/**
 * Compiles the formula over the data in the current language. Returns the Loss, or throws
 * the core's Error; a formula without parameters is refused here (nothing to explore).
 */
function compile(formula, columns) {
  const loss = createLoss(formula, columns, app.lang);
  if (loss.params.length === 0) {
    loss.free();
    const error = new Error(t(app.lang, "noParams"));
    error.code = "no_params";
    throw error;
  }
  return loss;
}

/** After an edit: a new Loss if the formula and data compile, else the error is shown. */
function rebuildLoss({ keepSurface = false } = {}) {
  if (!app.coreLoaded) return;
  let loss;
  try {
    loss = compile(app.formulaText, app.columns);
  } catch (error) {
    showCompileError(error);
    return;
  }
  formulaBox.clearError();
  $("#formula-stale").hidden = true;
  document.body.classList.remove("stale");
  dataEditor.validate();
  const sameFormula = app.loss && keepSurface;
  installLoss(loss);
  invalidate({ surface: !sameFormula, critical: !sameFormula, url: true });
}

function showCompileError(error) {
  const isData = typeof error.code === "string" && error.code.startsWith("data_");
  if (isData) {
    formulaBox.clearError();
    dataEditor.showCoreError(error.message);
  } else {
    formulaBox.showError(error.message, error.start, error.end);
  }
  $("#formula-stale").hidden = !app.loss;
  document.body.classList.toggle("stale", Boolean(app.loss));
  invalidate({ url: true });
}

/** Makes `loss` current: parameters, θ′ (kept by name), axes, controls. */
function installLoss(loss) {
  const old = app.loss;
  app.loss = loss;
  if (old && old !== loss) old.free();
  app.params = loss.params;
  app.theta = app.params.map((p) => app.remembered.get(p) ?? 0);
  app.axes = chooseAxes(app.params, app.axes);
  thetaControls.setParams(app.params, app.axes, app.theta, app.lang, sliderRange());
  const used = new Set(loss.dataColumns);
  dataEditor.setUnused(app.columns.map((c) => c.name).filter((n) => !used.has(n)));
  $("#slice-note").hidden = app.params.length <= 2;
  view3d.setMode(app.view, app.params.length > 1);
  applySlice();
}

/** The axes: the wanted ones if they are two different parameters, else the first ones. */
function chooseAxes(params, wanted) {
  if (params.length === 1) return [params[0]];
  const ok = wanted && wanted.length === 2 && wanted[0] !== wanted[1] && wanted.every((n) => params.includes(n));
  return ok ? [...wanted] : params.slice(0, 2);
}

function sliderRange() {
  return Math.max(Math.abs(app.win.x0), Math.abs(app.win.x1), Math.abs(app.win.y0), Math.abs(app.win.y1));
}

// ---- θ′ --------------------------------------------------------------------------------------

/** Moves θ′; a change of a fixed (non-axis) parameter changes the slice, so the surface too. */
function setTheta(theta) {
  const axisIndex = new Set(app.axes.map((a) => app.params.indexOf(a)));
  const sliceChanged = theta.some((v, k) => !axisIndex.has(k) && v !== app.theta[k]);
  app.theta = theta;
  app.params.forEach((p, k) => app.remembered.set(p, theta[k]));
  invalidate({ surface: sliceChanged, critical: sliceChanged, url: true });
}

/** θ′ with its axis components set to (x, y), rounded to about a pixel. */
function thetaAt(x, y) {
  const view = surface.view;
  const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
  const theta = [...app.theta];
  theta[ix] = roundTo(x, decimalsFor(1 / view.sx));
  if (iy >= 0 && app.field.type === "grid") theta[iy] = roundTo(y, decimalsFor(1 / view.sy));
  return theta;
}

function snap() {
  const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
  return { ...app, ix, iy };
}

/** Where θ′ is drawn, in CSS px of the canvas. */
function thetaPixel() {
  return scenePixel(snap(), surface.view);
}

/** The critical point (or valley point) nearest to pixel (px, py) within SNAP_RADIUS: a full θ. */
function snapTarget(px, py) {
  if (app.field?.type !== "grid" || !app.overlays.includes("crit")) return null;
  const view = surface.view;
  const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
  let best = null;
  let bestDistance = SNAP_RADIUS;
  const consider = (point) => {
    const d = Math.hypot(view.px(point[ix]) - px, view.py(point[iy]) - py);
    if (d <= bestDistance) {
      best = point;
      bestDistance = d;
    }
  };
  for (const cp of app.critical) {
    consider(cp.point);
    if (cp.curve) cp.curve.forEach(consider);
  }
  return best;
}

// ---- pointer and keyboard on the canvas ------------------------------------------------------

// A press on θ′ drags θ′; on the probe's handle turns the probe; on empty space a click
// moves θ′ there (snapping onto a critical point) and a drag pans the window. A second
// finger turns the gesture into a pinch zoom (navigation.js).
canvas.addEventListener("pointerdown", (event) => {
  if (app.mode === "quiz") return quiz.pointerdown(event);
  if ((event.pointerType === "mouse" && event.button !== 0) || !app.field) return;
  if (navigation.down(event)) {
    app.drag = null;
    app.pendingPointer = null;
    return;
  }
  const view = surface.view;
  const px = event.offsetX;
  const py = event.offsetY;
  if (!view.contains(px, py)) {
    navigation.up(event);
    return;
  }
  event.preventDefault();
  canvas.focus({ preventScroll: true, focusVisible: false }); // keys work next; a pointer needs no ring
  canvas.setPointerCapture(event.pointerId);
  const [mx, my] = thetaPixel();
  const onMarker = Math.hypot(mx - px, my - py) <= GRAB_RADIUS;
  const probe = !onMarker && hitsProbe(surface.scene?.probe ?? null, px, py, event.pointerType);
  app.drag = { offsetX: onMarker ? mx - px : 0, offsetY: onMarker ? my - py : 0, moved: false, onMarker, probe, startX: px, startY: py };
});

canvas.addEventListener("pointermove", (event) => {
  if (navigation.move(event) || !app.drag) return;
  const { startX, startY } = app.drag;
  // A few pixels of jitter during a click is not a drag.
  if (!app.drag.moved && Math.hypot(event.offsetX - startX, event.offsetY - startY) < 3) return;
  app.drag.moved = true;
  if (app.drag.probe) {
    const [mx, my] = thetaPixel();
    app.probeAngle = angleAt(mx, my, event.offsetX, event.offsetY, surface.view);
    app.sliceDirection = "probe";
    schedule();
  } else if (app.drag.onMarker || app.field.type !== "grid") {
    app.pendingPointer = [event.offsetX + app.drag.offsetX, event.offsetY + app.drag.offsetY];
    schedule();
  } else {
    navigation.startPan(event, startX, startY);
    navigation.move(event);
  }
});

function endDrag(event) {
  navigation.up(event);
  if (!app.drag) return;
  const drag = app.drag;
  app.drag = null;
  if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
  if (drag.moved || drag.probe || event.type === "pointercancel") return;
  // A click: on θ′ next to a critical point it snaps there; elsewhere θ′ moves to the click
  // (onto the critical point or valley under it, if any).
  const target = snapTarget(drag.startX, drag.startY);
  if (target) setTheta(tidyCritical(app.loss, target));
  else if (!drag.onMarker) setTheta(thetaAt(surface.view.x(drag.startX), surface.view.y(drag.startY)));
}
canvas.addEventListener("pointerup", endDrag);
canvas.addEventListener("pointercancel", endDrag);

canvas.addEventListener("keydown", (event) => {
  if (app.mode === "quiz") return;
  const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  if (event.key === "+" || event.key === "=") return zoom(1 / ZOOM_FACTOR, event);
  if (event.key === "-") return zoom(ZOOM_FACTOR, event);
  const move = moves[event.key];
  if (!move || !app.field) return;
  event.preventDefault();
  const factor = NUDGE * (event.shiftKey ? 10 : 1);
  const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
  const theta = [...app.theta];
  const stepX = factor * (app.win.x1 - app.win.x0);
  theta[ix] = roundTo(theta[ix] + move[0] * stepX, decimalsFor(stepX) + 1);
  if (iy >= 0 && app.field.type === "grid") {
    const stepY = factor * (app.win.y1 - app.win.y0);
    theta[iy] = roundTo(theta[iy] + move[1] * stepY, decimalsFor(stepY) + 1);
  }
  setTheta(theta);
});

// ---- view window -----------------------------------------------------------------------------

function setWindow(win) {
  if (win === app.win || app.mode === "quiz") return; // the quiz keeps its own window
  app.win = win;
  invalidate({ surface: true, critical: true, url: true });
}

function zoom(factor, event) {
  event?.preventDefault();
  setWindow(zoomWindow(app.win, factor));
}

$("#zoom-in").addEventListener("click", () => zoom(1 / ZOOM_FACTOR));
$("#zoom-out").addEventListener("click", () => zoom(ZOOM_FACTOR));
$("#reset-view").addEventListener("click", () => setWindow(DEFAULT_WINDOW));
$("#fit-view").addEventListener("click", () => {
  const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
  if (!app.loss || iy < 0) return setWindow(DEFAULT_WINDOW);
  const criticalPoints = (w) => app.loss.criticalPoints(sliceArgs(app.axes, w, app.theta));
  setWindow(fitCriticalWindow(criticalPoints, app.theta, ix, iy, app.win, DEFAULT_WINDOW) ?? DEFAULT_WINDOW);
});
$("#center-view").addEventListener("click", () => {
  const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
  if (ix < 0) return;
  const cy = iy >= 0 ? app.theta[iy] : (app.win.y0 + app.win.y1) / 2;
  setWindow(centerWindow(app.win, app.theta[ix], cy));
});

// ---- the frame -------------------------------------------------------------------------------

let frameRequested = false;

function invalidate(parts = {}) {
  for (const [k, v] of Object.entries(parts)) if (v) app.dirty[k] = true;
  schedule();
}

function schedule() {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(frame);
}

function frame() {
  frameRequested = false;
  if (app.mode === "quiz") {
    quiz.frame();
    if (app.dirty.url) {
      app.dirty.url = false;
      writeUrl();
    }
    return;
  }
  if (!app.loss) return;
  if (app.pendingPointer) {
    const [px, py] = app.pendingPointer;
    app.pendingPointer = null;
    const view = surface.view;
    if (view) setTheta(thetaAt(clamp(view.x(px), app.win.x0, app.win.x1), clamp(view.y(py), app.win.y0, app.win.y1)));
  }
  try {
    app.analysis = app.loss.analyze(app.theta);
  } catch (error) {
    reportCoreFailure("analyze", error); // a bug, not a user error: θ′ always has one value per parameter
    return;
  }
  if (app.dirty.surface) {
    app.dirty.surface = false;
    computeField();
    surface.show(app.field);
    $("#colorbar-box").hidden = app.field.type !== "grid";
  }
  surface.show(app.field); // after the quiz, which showed its own
  if (app.dirty.critical) {
    app.dirty.critical = false;
    computeCritical();
  }
  surface.draw(explorerScene.build(snap(), surface.view, surface.dpr, optimizer.visiblePath()));
  view3d.update(snap(), optimizer.visiblePath());
  eigenSlice.update(snap());
  renderPanel();
  if (app.dirty.url) {
    app.dirty.url = false;
    writeUrl();
  }
}

function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

function computeField(size = GRID_SIZE, mark = () => {}) {
  app.field = surfaceField(app.loss, app.axes, app.win, app.theta, { size, mark });
}

function computeCritical() {
  app.critical = [];
  if (app.field.type !== "grid") return;
  try {
    const [ix, iy] = app.axes.map((a) => app.params.indexOf(a));
    app.critical = findCriticalPoints(app.loss, app.axes, app.win, app.theta, ix, iy);
  } catch (error) {
    reportCoreFailure("criticalPoints", error);
  }
}

function renderPanel() {
  const a = app.analysis;
  renderVerdict(verdictBox, a, app.lang);
  renderNumbers(numbers, a, app.params, app.lang);
  thetaControls.update(app.theta);
  presetMenu.show(app.formulaText, app.columns);
  optimizer.update();
  criticalLegend.update(app.critical, app.lang, app.field.type === "grid" && app.overlays.includes("crit"));
  renderFullHessianNote($("#full-hessian"), app.params.length, app.lang);
  const point = formatVector(app.theta);
  const [xName, yName] = app.axes.map(prettyName);
  canvas.setAttribute(
    "aria-label",
    app.field.type === "grid" ? t(app.lang, "canvasLabel", { x: xName, y: yName, point }) : t(app.lang, "canvasLabel1", { x: xName, point }),
  );
  renderDirections();
  screenReader.changed();
}

/** The probe's read-out, the slice panel and the overlays' text. */
function renderDirections() {
  const [ix, iy] = app.axes.map((name) => app.params.indexOf(name));
  const on = new Set(app.overlays);
  const probe = app.field.type === "grid" ? probeState(app.analysis, app.probeAngle, app.theta.length, ix, iy) : null;
  $("#probe-box").hidden = !probe || !on.has("probe");
  if (probe && on.has("probe")) probeBox.update({ ...probe, names: app.axes.map(prettyName) }, app.lang);
  const { win } = app;
  const span = SLICE_SPAN * (app.field.type === "grid" ? Math.min(win.x1 - win.x0, win.y1 - win.y0) : win.x1 - win.x0);
  slicePanel.update({
    loss: app.loss,
    theta: app.theta,
    analysis: app.analysis,
    directions: sliceDirections(app.analysis, on.has("probe") ? probe?.v : null, app.lang),
    chosen: app.sliceDirection,
    span,
    lang: app.lang,
  });
  overlayReadout.update(on, app.analysis, { errorTop: explorerScene.errorTop, grid: app.field.type === "grid" }, app.lang);
}

// ---- URL -------------------------------------------------------------------------------------

function currentState() {
  const defaultAxes = app.params.slice(0, 2).join(",");
  return {
    formula: app.formulaText,
    data: app.columns,
    point: app.theta.length ? app.theta : null,
    lang: app.langExplicit ? app.lang : null,
    mode: app.mode,
    axes: app.axes.length === 2 && app.axes.join(",") !== defaultAxes ? app.axes : null,
    window: app.win,
    ...quiz.urlState(),
    overlays: app.overlays,
    projector: app.projector,
    view: app.view,
    camera: app.camera,
    slice: app.slice,
    embed: app.embed,
  };
}

// replaceState, never pushState: dragging must not flood the history with one entry a frame.
function writeUrl() {
  const hash = formatHash(currentState());
  if (hash === location.hash || (hash === "" && location.hash === "")) return;
  history.replaceState(history.state, "", hash === "" ? location.pathname + location.search : hash);
}

/** Applies a parsed URL state: at load, and when the hash is edited by hand. */
function applyState({ state, notices }) {
  app.notices = notices.map((n) => ({ key: "noticeBadValue", vars: { key: n.key, value: n.value } }));
  if (state.lang) {
    app.lang = state.lang;
    app.langExplicit = true;
  }
  app.mode = state.mode;
  quiz.configure(state);
  app.view = state.view;
  app.camera = state.camera;
  app.slice = state.slice;
  view3d.setCamera(state.camera);
  app.embed = state.embed;
  setEmbedded(app.embed);
  app.win = state.window;
  app.overlays = state.overlays;
  if (app.overlays.includes("probe")) app.sliceDirection = "probe"; // the curve along the probe's v
  overlayToggles.set(app.overlays);
  app.projector = state.projector;
  applyProjector();
  app.formulaText = state.formula;
  app.columns = state.data;
  formulaBox.setText(state.formula);
  dataEditor.setColumns(state.data);
  applyLanguage();

  let loss;
  try {
    loss = compile(state.formula, state.data);
    formulaBox.clearError();
    $("#formula-stale").hidden = true;
    document.body.classList.remove("stale");
  } catch (error) {
    // The link's formula or data does not compile: say where, and draw the lecture's example.
    showCompileError(error);
    app.notices.push({ key: "noticeFormula" });
    if (!app.loss) {
      loss = compile(DEFAULT_FORMULA, DEFAULT_DATA);
      $("#formula-stale").hidden = false;
      document.body.classList.add("stale");
    }
  }
  if (loss) {
    app.remembered.clear();
    const params = loss.params;
    if (state.point && state.point.length === params.length) {
      params.forEach((p, k) => app.remembered.set(p, state.point[k]));
    } else if (state.point) {
      app.notices.push({ key: "noticePoint", vars: { got: state.point.length, n: params.length } });
    }
    const axes = chooseAxes(params, state.axes);
    if (state.axes && axes.join(",") !== state.axes.join(",")) {
      app.notices.push({ key: "noticeAxes", vars: { value: state.axes.join(","), x: axes[0], y: axes[1] ?? "" } });
    }
    app.axes = axes;
    installLoss(loss);
  }
  renderNotices();
  invalidate({ surface: true, critical: true });
  applyMode();
}

window.addEventListener("hashchange", () => applyState(parseHash(location.hash)));

// ---- size ------------------------------------------------------------------------------------

function resize() {
  const box = $("#plot");
  surface.resize(box.clientWidth, box.clientHeight, window.devicePixelRatio || 1);
  schedule();
}
new ResizeObserver(resize).observe($("#plot"));
// A zoom of the browser or a move to another screen changes devicePixelRatio without a resize.
function watchPixelRatio() {
  matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
    "change",
    () => {
      resize();
      watchPixelRatio();
    },
    { once: true },
  );
}
watchPixelRatio();

// ---- start -----------------------------------------------------------------------------------

async function start() {
  const parsed = parseHash(location.hash);
  app.lang = parsed.state.lang ?? languageFor(navigator.language);
  applyLanguage();
  const status = $("#status");
  status.textContent = t(app.lang, "loading");
  status.hidden = false;
  try {
    await loadCore();
    app.coreLoaded = true;
  } catch (error) {
    status.textContent = t(app.lang, "loadFailed", { message: error.message });
    status.classList.add("error");
    throw error;
  }
  status.hidden = true;
  applyState(parsed);
  document.body.classList.add("ready");
}

// ?bench=1: the browser benchmark (tests/bench/browser_bench.mjs) times the real code paths.
if (new URLSearchParams(location.search).has("bench")) {
  installBench({
    app,
    update: () => {
      app.analysis = app.loss.analyze(app.theta);
      surface.draw(explorerScene.build(snap(), surface.view, surface.dpr, optimizer.visiblePath()));
      renderPanel();
    },
    // mark(stage, canvas): the hook's stopwatch, read after each stage (flushing `canvas`).
    rebuild: (size, mark) => {
      computeField(size, mark);
      surface.show(app.field);
      mark("heatmap + base layer", surface.base.canvas);
      surface.draw(explorerScene.build(snap(), surface.view, surface.dpr, optimizer.visiblePath()));
      mark("composite + overlays", canvas);
    },
  });
}

start();
