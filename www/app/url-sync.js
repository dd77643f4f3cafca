// The page's state in the address bar: written after a change (in the next frame, so a drag
// writes once per frame at most), read when the hash is edited by hand.

import { parseHash, formatHash } from "./url-state.js";

/** The URL state (url-state.js's fields) of the explorer's `state` and the quiz's own fields. */
export function urlStateOf(state, quizFields) {
  const defaultAxes = state.params.slice(0, 2).join(",");
  return {
    formula: state.formulaText,
    data: state.columns,
    network: state.network,
    point: state.theta.length ? state.theta : null,
    lang: state.langExplicit ? state.lang : null,
    mode: state.mode,
    axes: state.axes.length === 2 && state.axes.join(",") !== defaultAxes ? state.axes : null,
    window: state.win,
    ...quizFields,
    study: state.study,
    studyRun: state.studyRun,
    overlays: state.overlays,
    projector: state.projector,
    view: state.view,
    camera: state.camera,
    slice: state.slice,
    embed: state.embed,
    panels: state.panels,
  };
}

/**
 * The hash the page last read or wrote. A hash that differs was set by someone else (a link,
 * the element's attribute, a test, the reader's hand) and its hashchange is still to come:
 * writing over it would lose it.
 */
let known = null;

/**
 * Writes `urlState` to the hash; replaceState, never pushState: dragging must not flood the
 * history. Skipped while a hash set from outside waits for its hashchange (it is applied then).
 */
export function writeUrl(urlState) {
  if (known !== null && location.hash !== known) return;
  const hash = formatHash(urlState);
  if (hash !== location.hash) history.replaceState(history.state, "", hash === "" ? location.pathname + location.search : hash);
  known = location.hash; // as the browser keeps it (it may encode what formatHash left readable)
}

/** The parsed hash ({ state, notices }) of the page's URL now. */
export function readUrl() {
  known = location.hash;
  return parseHash(location.hash);
}
