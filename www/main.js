// Boots the page: builds the store and the parts, wires each part's input to the store and the
// store's changes to the parts, loads the core and applies the URL. Nothing is computed here.
//
// One direction of flow (README, "Codemap"): input → store action → subscribers → one
// requestAnimationFrame frame → snapshot → views and panels. Dragging θ′ therefore costs one
// analysis and one composite per frame; the grid (the expensive part) is computed again only
// when the formula, data, window, axes or a fixed (non-axis) parameter changes.

import { loadCore } from "./core/wasm.js";
import { onCoreFailure, limitText } from "./core/failures.js";
import { Store } from "./app/store.js";
import { FrameLoop } from "./app/frame-loop.js";
import { urlStateOf, writeUrl, readUrl } from "./app/url-sync.js";
import { PointerInput } from "./app/pointer.js";
import { Navigation } from "./app/navigation.js";
import { wireKeys } from "./app/keys.js";
import { wireWindowTools } from "./app/window-tools.js";
import { installBench } from "./app/bench-hook.js";
import { PageSync } from "./app/page-sync.js";
import { t, languageFor, LANGUAGES } from "./i18n/i18n.js";
import { prettyName, joinSentences } from "./i18n/format.js";
import { watchSize } from "./canvas/fit.js";
import { surfaceField } from "./surface/field.js";
import { tidyCritical } from "./analysis/tidy-point.js";
import { PlaneView } from "./views/plane-view.js";
import { ExplorerScene } from "./views/explorer-scene.js";
import { View3D } from "./views/view3d.js";
import { EigenSlice } from "./views/eigen-slice.js";
import { ExplorerPanel } from "./panel/explorer-panel.js";
import { FormulaBox } from "./panel/formula-box.js";
import { FormulaReading } from "./panel/formula-reading.js";
import { DataEditor } from "./panel/data-editor.js";
import { OverlayToggles } from "./panel/overlay-toggles.js";
import { NameRoles } from "./panel/name-roles.js";
import { QuizMode } from "./quiz/quiz-mode.js";
import { ExperimentPage } from "./experiment/experiment-page.js";
import { NetworkBuilder } from "./panel/network-builder.js";
import { LossSource } from "./panel/loss-source.js";
import { startCourse } from "./lms/course.js";
import { initShare } from "./embed/share.js";
import { initNotesTools } from "./export/notes-tools.js";
import { ScreenReaderText } from "./a11y/screen-reader.js";
import { TourController } from "./tour/tour-controller.js";
import { wireCopyStep } from "./tour/copy-step.js";

const $ = (selector) => document.querySelector(selector);

// ---- the state, the frame, and the parts -----------------------------------------------------

const store = new Store();
const loop = new FrameLoop(frame);
let urlStale = false; // a change the URL should record was made since the URL was last written

const canvas = $("#surface");
const plane = new PlaneView(canvas, $("#colorbar"));
const scene = new ExplorerScene();
const panel = new ExplorerPanel($, store, () => loop.request());
const formulaBox = new FormulaBox($("#formula"), $("#formula-mirror"), $("#formula-error"), (text) => store.editFormula(text));
const formulaReading = new FormulaReading($("#formula-reading"));
const dataEditor = new DataEditor($("#data"), { onChange: (columns) => store.editData(columns), onInvalid: () => {} });
const nameRoles = new NameRoles($("#name-roles"), { makeParameter: (name) => store.makeParameter(name), renameColumn: (from, to) => store.renameColumn(from, to) });
const overlayToggles = new OverlayToggles($("#overlay-toggles"), (ids) => store.setOverlays(ids));
const view3d = new View3D(
  $("#view3d"),
  $("#view-switch"),
  (view) => store.update({ view }),
  (camera) => store.update({ camera }),
  (point) => store.setTheta(tidyCritical(store.state.loss, point)),
);
const eigenSlice = new EigenSlice($("#eigen-slice"), $("#slice-switch"), (slice) => store.update({ slice }), (theta) => store.setTheta(theta));
// A SCORM package's quiz (lms/course.js) keeps its progress in the LMS; null on the page itself.
const course = startCourse();
// Quiz mode draws on the same canvas; in quiz mode the frame hands over to it.
const quiz = new QuizMode({ plane, root: $("#quiz"), schedule: () => loop.request(), urlChanged: () => requestUrlWrite(), progress: course?.progress });
// The loss from a network (panel/network-builder.js), and the experiment (experiment/): both
// edit the store's one network; a run of the experiment opens in the explorer on its end point.
const networkBuilder = new NetworkBuilder($("#network-builder"), { id: "net", onChange: (net) => store.setNetwork(net), tableNote: "netTableNote" });
const lossSource = new LossSource($("#loss-source"), (source) => store.setNetwork(source === "network" ? pageSync.lastNetwork : null));
const experiment = new ExperimentPage($("#experiment"), { store, openRun: (net, point) => store.openNetworkPoint(net, point) });
const navigation = new Navigation(canvas, { getView: () => plane.view, getWindow: () => store.state.win, setWindow: (win) => store.setWindow(win) });
const pointer = new PointerInput(canvas, { store, plane, navigation, quiz, requestFrame: () => loop.request() });
wireKeys(canvas, store);
wireWindowTools(store, { zoomIn: $("#zoom-in"), zoomOut: $("#zoom-out"), reset: $("#reset-view"), fit: $("#fit-view"), center: $("#center-view") });
// The surface in words for screen readers, and the verdict spoken once θ′ rests.
const screenReader = new ScreenReaderText({
  description: $("#surface-description"),
  live: $("#announcer"),
  read: () => {
    if (store.state.mode === "quiz" || !store.state.loss) return null;
    const s = store.snapshot();
    if (!s.analysis || !s.field) return null;
    const grid = s.field.type === "grid";
    return { loss: s.loss, theta: s.theta, ix: s.ix, iy: grid ? s.iy : -1, win: s.win, names: s.axes.map(prettyName), analysis: s.analysis, lang: s.lang };
  },
});
initShare({ copyButton: $("#copy-link"), embedButton: $("#embed-open"), status: $("#share-status") });
// The guided tour (tour/): steps applied as links, the presenter's controls and keys.
const tour = new TourController({
  store,
  root: $("#tour"),
  tab: $("#tour-tab"),
  plot: $("#plot"),
  optimizer: panel.optimizer,
  screenReader,
  requestFrame: () => loop.request(),
  urlChanged: () => requestUrlWrite(),
});
wireCopyStep($("#copy-tour-step"), { getState: () => store.state, status: $("#share-status") });
initNotesTools($("#export-tools"), { snapshot: () => store.snapshot(), paths: (s) => panel.optimizer.visiblePaths(s) });
const parts = { dataEditor, quiz, overlayToggles, panel, view3d, eigenSlice, networkBuilder, lossSource, course, tour, formulaBox, formulaReading, nameRoles, plane };
const pageSync = new PageSync($, store, parts);

// ---- the header's buttons --------------------------------------------------------------------

for (const tab of document.querySelectorAll(".mode-tab[data-mode]")) {
  tab.addEventListener("click", () => {
    const mode = tab.dataset.mode;
    if (mode !== store.state.mode && store.state.coreLoaded) store.update({ mode });
  });
}
$("#projector-toggle").addEventListener("click", () => store.update({ projector: !store.state.projector }));
$("#lang-toggle").addEventListener("click", () => store.setLang(LANGUAGES[(LANGUAGES.indexOf(store.state.lang) + 1) % LANGUAGES.length]));
window.addEventListener("hashchange", () => store.applyUrlState(readUrl()));
// A core failure is a bug: logged as an error (core/failures.js) and shown as a notice.
onCoreFailure((where, error) => store.addNotice({ key: "noticeCoreFailure", vars: { where, message: error?.message ?? String(error) } }));

// ---- from the store to the parts -------------------------------------------------------------

store.subscribe((state, change) => {
  if (change.fromUrl) showLink(change.fromUrl.state);
  const entering = pageSync.entersExperiment(state.mode);
  if (change.table) dataEditor.setColumns(state.columns);
  pageSync.sync(state);
  // A link or the tab shows the experiment: its study runs unless its results are there.
  if (state.mode === "experiment") experiment.sync(state, { autorun: entering || Boolean(change.fromUrl) });
  if (change.url ?? !change.fromUrl) requestUrlWrite();
  loop.request();
});

function requestUrlWrite() {
  urlStale = true;
  loop.request();
}

/** What a link sets directly in the parts that otherwise keep what the user typed or turned. */
function showLink(urlState) {
  quiz.configure(urlState);
  tour.configure(urlState);
  view3d.setCamera(urlState.camera);
  dataEditor.setColumns(urlState.data);
}

// ---- the frame -------------------------------------------------------------------------------

function frame() {
  if (store.state.mode === "quiz") {
    quiz.frame();
  } else if (store.state.mode === "explore" && store.state.loss) {
    pointer.flush();
    const s = store.snapshot();
    showLimits(s);
    if (!s.analysis || !s.field) return;
    render(s);
  }
  if (urlStale) {
    urlStale = false;
    writeUrl(tour.urlState(store.state) ?? urlStateOf(store.state, quiz.urlState()));
  }
}

/** What the core refused to compute as over its budget, said under the plot in the page's language. */
function showLimits(s) {
  const box = $("#limits");
  const text = joinSentences(s.lang, s.limits.map((l) => limitText(s.lang, l.where, l.message)));
  if (box.textContent !== text) box.textContent = text;
  box.hidden = text === "";
}

/** Draws the explorer from the snapshot `s`: the 2-D view, the 3-D view, the eigenvector slice, the panel. */
function render(s) {
  if (plane.field !== s.field) {
    plane.show(s.field); // a new surface, or the explorer's again after the quiz's
    $("#colorbar-box").hidden = s.field.type !== "grid";
  }
  panel.optimizer.advance(); // a playing run's next steps
  tour.advance(); // a step's animation
  const paths = panel.optimizer.visiblePaths(s);
  const drawn = scene.build(s, plane.view, plane.dpr, paths);
  plane.draw(drawn);
  // The keys of what is on the picture only: the undefined hatch where the loss has holes, the
  // flat direction where one is drawn.
  $(".key-hole").hidden = !s.field.holes;
  $(".key-flat").hidden = !drawn.eigenAxes?.axes.some((axis) => axis.flat);
  view3d.update(s, paths);
  eigenSlice.update(s);
  panel.update(s, scene.errorTop);
  tour.update(s);
  screenReader.changed();
}

// ---- size, start -----------------------------------------------------------------------------

watchSize($("#plot"), () => {
  const box = $("#plot");
  plane.resize(box.clientWidth, box.clientHeight, window.devicePixelRatio || 1);
  tour.resized();
  loop.request();
});

async function start() {
  const parsed = readUrl();
  // The language and the layout at once (the words before the core loads; embed.js already
  // laid the page out for an iframe from the same hash).
  store.update({ lang: parsed.state.lang ?? languageFor(navigator.language), embed: parsed.state.embed }, { url: false });
  const status = $("#status");
  status.textContent = t(store.state.lang, "loading");
  status.hidden = false;
  try {
    await loadCore();
  } catch (error) {
    status.textContent = t(store.state.lang, "loadFailed", { message: error.message });
    status.classList.add("error");
    throw error;
  }
  status.hidden = true;
  store.coreReady();
  store.applyUrlState(course ? course.launch(parsed) : parsed);
  document.body.classList.add("ready");
}

// ?bench=1: the browser benchmark (tests/bench/browser_bench.mjs) times the real code paths.
if (new URLSearchParams(location.search).has("bench")) {
  installBench({
    store,
    update: () => render(store.snapshot()),
    // mark(stage, canvas): the hook's stopwatch, read after each stage (flushing `canvas`).
    rebuild: (size, mark) => {
      const s = store.snapshot();
      const field = surfaceField(s.loss, s.axes, s.win, s.theta, { size, mark });
      plane.base.setField(field); // the base layer alone: the colour bar is not part of what is timed
      mark("heatmap + base layer", plane.base.canvas);
      plane.draw(scene.build({ ...s, field }, plane.view, plane.dpr, []));
      mark("composite + overlays", canvas);
    },
  });
}

start();
