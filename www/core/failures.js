// What the page does when a call into the core fails where it should not (a bug, not a user's
// mistake: a wrong formula is the core's ordinary Error and is shown where it was typed).
// Such a failure is logged as a console error, so that the browser tests, which fail on any,
// see it; and the page shows a notice, so that a person sees it too.

const listeners = new Set();

/** Reports a failed core call: `where` names the call ("criticalPoints"), `error` is what it threw. */
export function reportCoreFailure(where, error) {
  console.error(`${where}:`, error);
  for (const listener of listeners) listener(where, error);
}

/** Calls `listener(where, error)` on every failure reported (the page shows a notice). */
export function onCoreFailure(listener) {
  listeners.add(listener);
}
