// The compact layout for a page inside someone else's page (`#…&embed=1`): an <iframe> in
// course notes, or the <hessian-explorer> element. The layout itself is CSS (embed.css, keyed
// on the `embed` class of <html>); this module sets the class and, when the page is framed,
// tells the parent page its height whenever it changes, so the frame never needs a scroll bar.

import { parseHash } from "../app/url-state.js";
import { heightMessage } from "./frame-height.js";
import { embedPanels, hasCards } from "./panels.js";

const framed = window.parent !== window;
let observer = null;
let lastHeight = 0;

/** Turns the compact layout on or off (at load and whenever the hash changes). */
export function setEmbedded(on) {
  document.documentElement.classList.toggle("embed", Boolean(on));
  // Only the compact layout is sized by its width alone; the full page's plot follows the
  // window's height, which a frame sized to its content would grow without end.
  if (framed && on && !observer) startReporting();
}

/**
 * Shows the panels `ids` (embed/panels.js; null: the embed's default) in the compact layout:
 * css/panels.css hides the others and puts the cards beside the surface when there are any.
 */
export function setPanels(ids) {
  const shown = embedPanels(ids);
  document.documentElement.dataset.panels = shown.join(" ");
  document.documentElement.classList.toggle("embed-cards", hasCards(shown));
}

// The height of the content, not of the viewport: <html> is as tall as what it holds (the
// embed layout has nothing sized from the viewport's height, or this would feed back).
function contentHeight() {
  return document.documentElement.getBoundingClientRect().height;
}

function report() {
  const height = Math.ceil(contentHeight());
  if (height === lastHeight || height === 0) return;
  lastHeight = height;
  // Only a number goes out, nothing about the state: any parent may read it.
  window.parent.postMessage(heightMessage(height), "*");
}

function startReporting() {
  observer = new ResizeObserver(report);
  observer.observe(document.documentElement);
  report();
}

// Before the first paint: the class and the panels from the hash the page was opened with
// (main.js keeps them in step with later hash changes through setEmbedded and setPanels).
const opened = parseHash(location.hash).state;
setPanels(opened.panels);
setEmbedded(opened.embed);
