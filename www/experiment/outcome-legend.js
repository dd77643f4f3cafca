// The markers of the study's plots, each with its meaning and how many runs have it: the same
// painter draws the key as the plots draw the runs (marks/critical-points.js).

import { el } from "../panel/dom.js";
import { fitCanvas } from "../canvas/fit.js";
import { KIND_FILL } from "../canvas/theme.js";
import { drawCriticalPoint } from "../marks/critical-points.js";
import { runMarker } from "./study-summary.js";

/** A key's canvas, CSS px square. */
const KEY_SIZE = 22;

/**
 * Fills `list` (a <ul>) with one item per entry { outcome, text, count } (study-text.js
 * outcomeEntries): the marker, the meaning, the count.
 */
export function renderOutcomeLegend(list, entries) {
  // The same outcomes in the same words: only the counts change (as runs arrive).
  const items = [...list.children];
  const same = items.length === entries.length && items.every((item, k) => item.dataset.outcome === entries[k].outcome && item.dataset.text === entries[k].text);
  if (same) {
    items.forEach((item, k) => (item.querySelector(".outcome-count").textContent = String(entries[k].count)));
    return;
  }
  list.replaceChildren(
    ...entries.map((entry) => {
      const key = el("canvas", { class: "outcome-key", attrs: { "aria-hidden": "true" } });
      return el("li", { attrs: { "data-outcome": entry.outcome, "data-text": entry.text } }, [key, el("span", { text: entry.text }), el("strong", { class: "outcome-count", text: String(entry.count) })]);
    }),
  );
  // Drawn once laid out (a canvas has no size before).
  requestAnimationFrame(() => {
    list.querySelectorAll("li").forEach((item, k) => drawKey(item.querySelector("canvas"), entries[k].outcome));
  });
}

function drawKey(canvas, outcome) {
  const fitted = fitCanvas(canvas, 4);
  if (!fitted) return;
  const { ctx } = fitted;
  ctx.clearRect(0, 0, KEY_SIZE, KEY_SIZE);
  // A stand-in run with this outcome, marked as the plots mark it.
  const run = { converged: outcome !== "not_critical", kind: outcome, spectrum: { eigenvalues: outcome === "undefined" ? [] : [1] } };
  const marker = runMarker(run);
  drawCriticalPoint(ctx, KEY_SIZE / 2, KEY_SIZE / 2, marker.shape, { hollow: marker.hollow, fill: KIND_FILL[marker.kind] });
}
