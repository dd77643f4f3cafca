// What the page does when a call into the core fails where it should not (a bug, not a user's
// mistake: a wrong formula is the core's ordinary Error and is shown where it was typed).
// Such a failure is logged as a console error, so that the browser tests, which fail on any,
// see it; and the page shows a notice, so that a person sees it too.

import { t } from "../i18n/i18n.js";

const listeners = new Set();

/** The codes of the core's refusals of work over its budget (README, "Limits"): not bugs. */
const LIMIT_CODES = ["too_much_work", "too_much_memory"];

/**
 * Whether `error` is the core refusing a call over its work or memory budget: an ordinary,
 * expected answer for a large loss, shown to the user in words (its message is in the Loss's
 * language and names the limit), never reported as a failure.
 */
function isLimitError(error) {
  return LIMIT_CODES.includes(error?.code);
}

/**
 * Sorts a failed core call: a refusal over the budget returns its message (in the Loss's
 * language), to be said where it happened (limitText); anything else is reported as a failure
 * and returns null. `where` names the call.
 */
export function refusalOf(where, error) {
  if (isLimitError(error)) return error.message;
  reportCoreFailure(where, error);
  return null;
}

/** A refusal in words: what was not done (`limitWhat_<what>`) and the core's `message`. */
export function limitText(lang, what, message) {
  return t(lang, "limitNote", { what: t(lang, `limitWhat_${what}`), message });
}

/** Reports a failed core call: `where` names the call ("criticalPoints"), `error` is what it threw. */
export function reportCoreFailure(where, error) {
  console.error(`${where}:`, error);
  for (const listener of listeners) listener(where, error);
}

/** Calls `listener(where, error)` on every failure reported (the page shows a notice). */
export function onCoreFailure(listener) {
  listeners.add(listener);
}
