// A tour's text or object read into steps, and every problem of its shape named with the step
// it is in. Pure: no DOM, no core (whether a step's formula compiles is tour-check.js's part).
//
//   { "title": { "en": "…", "zh": "…" },
//     "steps": [ { "caption": { "en": "…", "zh": "…" }, "view": "f=w1^2-w2^2&p=0,0&ov=crit,u" }, … ] }
//
// A step's `view` is a URL-state hash (app/url-state.js): anything a link shows, a step shows.
// Only the keys of the view itself are allowed; the language, projector mode, the embed
// layout, the quiz and the tour keys belong to whoever reads the tour. Optional step fields:
// `heading` ({ en, zh }), `numbers` (the key numbers shown beside the plot), `animate`
// ("probe" or "escape") and `verdict` (what the caption claims at θ′; tour-check.js holds the
// engine to it). A caption or heading in one language only is shown in it in both, with a
// notice (`missing`).
//
// Every problem is a TourError naming the step (1-based) and what is wrong; the wording in
// both languages lives in i18n/strings/tour.js.

import { t } from "../i18n/i18n.js";
import { MessageError, messageIn } from "../i18n/message-error.js";
import { hashEntries, parseHash } from "../app/url-state.js";

/** More steps than this is not a lesson but a mistake. */
export const MAX_STEPS = 100;
/** The URL keys a step's view may set. */
export const VIEW_KEYS = Object.freeze(["f", "d", "p", "ax", "win", "ov", "view", "cam", "sl"]);
/** The key numbers a step may show beside the plot (tour/key-numbers.js), in display order. */
export const KEY_NUMBERS = Object.freeze(["verdict", "loss", "g", "H", "eigen", "vhv", "ratio", "runs"]);
/** What a step shows when it does not say. */
export const DEFAULT_NUMBERS = Object.freeze(["verdict", "g", "H", "eigen"]);
/** A step's animations (tour/animations.js). */
const ANIMATIONS = Object.freeze(["probe", "escape"]);
/** What a step may claim at θ′: the core's `kind` or `refined`. */
const VERDICTS = Object.freeze(["minimum", "maximum", "saddle", "inconclusive", "not_critical"]);
/** The languages of captions. */
const LANGS = ["en", "zh"];
const TOUR_FIELDS = ["title", "steps"];
const STEP_FIELDS = ["heading", "caption", "view", "numbers", "animate", "verdict"];

/** What is wrong with a tour: `key` is a string of i18n/strings/tour.js, `vars` fills it. */
export class TourError extends MessageError {
  name = "TourError";
}

/** The problem as one sentence in `lang`: "This tour cannot be played: step 2 …". */
export function describeTourError(error, lang) {
  return t(lang, "tourRefused", { message: error instanceof TourError ? messageIn(error, lang) : String(error?.message ?? error) });
}

/**
 * Reads a tour: JSON text or an object of the shape above. Returns { title, steps } where
 * title is { en, zh, missing } and each step { heading, caption, view, state, numbers,
 * animate, verdict }, captions and headings as { en, zh, missing } with both languages
 * filled (`missing` lists those taken from the other), `state` the parsed view
 * (url-state.js's fields). Throws TourError.
 */
export function parseTour(source) {
  let json = source;
  if (typeof source === "string") {
    const text = source.trim();
    if (text === "") throw new TourError("tourEmpty");
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new TourError("tourNotJson", { detail: error.message });
    }
  }
  if (!isObject(json) || !Array.isArray(json.steps)) throw new TourError("tourNotObject");
  for (const field of Object.keys(json)) if (!TOUR_FIELDS.includes(field)) throw new TourError("tourUnknownField", { field });
  const title = json.title === undefined ? null : bilingual(json.title, () => new TourError("tourBadTitle"));
  if (json.steps.length === 0) throw new TourError("tourEmpty");
  if (json.steps.length > MAX_STEPS) throw new TourError("tourTooMany", { count: json.steps.length, max: MAX_STEPS });
  return { title, steps: json.steps.map(parseStep) };
}

function parseStep(raw, k) {
  const n = k + 1;
  if (!isObject(raw)) throw new TourError("tourStepNotObject", { n });
  for (const field of Object.keys(raw)) {
    if (!STEP_FIELDS.includes(field)) throw new TourError("tourStepUnknownField", { n, field, known: STEP_FIELDS.join(", ") });
  }
  const caption = bilingual(raw.caption, () => new TourError("tourStepBadCaption", { n }));
  const heading = raw.heading === undefined ? null : bilingual(raw.heading, () => new TourError("tourStepBadHeading", { n }));
  if (typeof raw.view !== "string") throw new TourError("tourStepNoView", { n });
  const state = parseView(raw.view, n);
  let numbers = DEFAULT_NUMBERS;
  if (raw.numbers !== undefined) {
    const ok = Array.isArray(raw.numbers) && raw.numbers.every((id) => KEY_NUMBERS.includes(id));
    if (!ok) throw new TourError("tourStepBadNumbers", { n, known: KEY_NUMBERS.join(", ") });
    numbers = KEY_NUMBERS.filter((id) => raw.numbers.includes(id));
  }
  const animate = raw.animate ?? null;
  if (animate !== null && !ANIMATIONS.includes(animate)) throw new TourError("tourStepBadAnimate", { n, value: String(animate), known: ANIMATIONS.join(", ") });
  const verdict = raw.verdict ?? null;
  if (verdict !== null && !VERDICTS.includes(verdict)) throw new TourError("tourStepBadVerdict", { n, value: String(verdict), known: VERDICTS.join(", ") });
  return { heading, caption, view: raw.view.replace(/^#/, ""), state, numbers, animate, verdict };
}

/** A step's view as url-state.js's fields; refuses keys that are not the view's and bad values. */
function parseView(view, n) {
  for (const [key] of hashEntries(view)) {
    if (!VIEW_KEYS.includes(key)) throw new TourError("tourStepViewKey", { n, key, known: VIEW_KEYS.join(", ") });
  }
  const parsed = parseHash(view);
  if (parsed.notices.length) {
    const { key, value } = parsed.notices[0];
    throw new TourError("tourStepViewValue", { n, key, value });
  }
  return parsed.state;
}

/**
 * { en, zh } text with at least one language: the missing one takes the other's text and is
 * listed in `missing`. `fail()` makes the error for anything else.
 */
function bilingual(raw, fail) {
  if (!isObject(raw)) throw fail();
  const keys = Object.keys(raw);
  const text = (lang) => (typeof raw[lang] === "string" && raw[lang].trim() !== "" ? raw[lang].trim() : null);
  if (keys.some((key) => !LANGS.includes(key) || (raw[key] !== undefined && typeof raw[key] !== "string"))) throw fail();
  const [en, zh] = LANGS.map(text);
  if (en === null && zh === null) throw fail();
  return { en: en ?? zh, zh: zh ?? en, missing: LANGS.filter((lang) => text(lang) === null) };
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
