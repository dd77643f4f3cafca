// The keys a presenter sends: a clicker's PageDown / PageUp (most clickers send these), Space,
// → and ←, Home and End. They step the tour wherever the focus is, except where the key already
// means something: in a text field, a select or a dialog nothing is taken; on the plot the arrow
// keys move θ′ (app/keys.js) and turn the 3-D view; on a button Space and Enter press it.

const NEXT = "next";
const BACK = "back";
const FIRST = "first";
const LAST = "last";
/** Each key's action, and the kinds of focus that keep the key for themselves. */
const KEYS = {
  PageDown: { action: NEXT, keptBy: ["text"] },
  PageUp: { action: BACK, keptBy: ["text"] },
  " ": { action: NEXT, keptBy: ["text", "button"] },
  ArrowRight: { action: NEXT, keptBy: ["text", "plot"] },
  ArrowLeft: { action: BACK, keptBy: ["text", "plot"] },
  Home: { action: FIRST, keptBy: ["text", "plot"] },
  End: { action: LAST, keptBy: ["text", "plot"] },
};

/**
 * What `key` does to the tour when the focus is on an element of kind `focus` ("text",
 * "plot", "button" or "page"): "next", "back", "first", "last" or null. Pure.
 */
export function presenterAction(key, focus) {
  const entry = KEYS[key];
  return entry && !entry.keptBy.includes(focus) ? entry.action : null;
}

/** The kind of focus of the element `target` (see presenterAction). */
function focusKind(target) {
  if (!(target instanceof Element)) return "page";
  if (target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return "text";
  if (target.matches("#surface, #view3d")) return "plot";
  if (target.closest("button, a[href], summary, [role='button'], [role='tab']")) return "button";
  return "page";
}

/**
 * Listens to the keys on `doc` while `enabled()`: `go(action)` gets "next", "back", "first"
 * or "last". Nothing is taken with Ctrl, Alt or ⌘ held, or while a dialog is open.
 */
export function wirePresenterKeys(doc, { enabled, go }) {
  doc.addEventListener("keydown", (event) => {
    if (!enabled() || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    if (doc.querySelector("dialog[open]")) return;
    const action = presenterAction(event.key, focusKind(event.target));
    if (!action) return;
    event.preventDefault(); // Space and PageDown would scroll the page too
    go(action);
  });
}
