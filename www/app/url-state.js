// The page's state in the URL hash: ONE declarative table of keys. Pure (no DOM, no window).
//
//   #f=(y-w1*w2*x)^2&d=x:1;y:1&p=0,0&lang=zh&mode=explore&ax=w1,w2&win=-2,2,-2,2&embed=1
//
// Each key has a field name in the state object, a default (or `defaultWith(state)`, a default
// that depends on the other fields), a parser (text → value, or throws when the text is bad)
// and a formatter (value → text). A key whose value equals its
// default is left out of the hash, so the plain page has a clean URL. Unknown keys are
// ignored; a bad value falls back to the default and is reported as a notice for the page to
// show. Checks that need the formula (does `p` have one number per parameter? are `ax`
// parameters?) are the caller's: this module knows nothing of the core.

import { DEFAULT_OVERLAYS, parseOverlays, formatOverlays, sameOverlays } from "./overlay-set.js";
import { DEFAULT_CAMERA, parseCamera, formatCamera } from "../views/camera.js";
import { parseNetwork, formatNetwork, sameNetwork } from "../experiment/network-spec.js";
import { DEFAULT_STUDY, parseStudy, formatStudy, sameStudy } from "../experiment/study-spec.js";
import { parsePanels, formatPanels, samePanels } from "../embed/panels.js";
import { parseData, formatData, parseNumbers, parseAxes, parseWindow, parseWhole, parseWholeIn, oneOf, formatNumber, sameNumbers } from "./url-values.js";

/** The lecture's "world's worst network": L = (ŷ − w₁w₂x)², one example x = 1, ŷ = 1. */
export const DEFAULT_FORMULA = "(ŷ - w₁ w₂ x)^2";
export const DEFAULT_DATA = Object.freeze([
  Object.freeze({ name: "x", values: Object.freeze([1]) }),
  Object.freeze({ name: "ŷ", values: Object.freeze([1]) }),
]);
export const DEFAULT_WINDOW = Object.freeze({ x0: -2, x1: 2, y0: -2, y1: 2 });

/**
 * The data table a formula gets when the link says none: the lecture's table for the lecture's
 * formula, none for any other (a link, an attribute or a snippet with `f=x^2-y^2` means x and y
 * are parameters, not the lecture's x = 1 and a parameter y).
 */
export function defaultDataFor(formula) {
  return formula === DEFAULT_FORMULA ? DEFAULT_DATA : Object.freeze([]);
}
export const LANGS = ["en", "zh"];
export const MODES = ["explore", "quiz", "experiment"];
/** Quiz levels (see src/quiz.rs): 1 quadratic forms … 4 three or more parameters. */
export const QUIZ_LEVELS = [1, 2, 3, 4];
/** The most generated questions a quiz with a `count` asks (a teacher's set has its own limit). */
export const MAX_QUIZ_COUNT = 200;
export const VIEWS = ["2d", "3d"];
/** With more than two parameters, the picture slices along two axes or two eigenvectors. */
export const SLICES = ["axes", "eigen"];

// Characters left readable in the hash: legal in a URL fragment (RFC 3986 pchar) and not one
// of our separators "&" "=" or "%" itself.
const READABLE = { "%2C": ",", "%3A": ":", "%3B": ";", "%5E": "^", "%2B": "+", "%2F": "/", "%40": "@" };

/** The keys, in the order they are written. */
export const KEYS = [
  {
    key: "f",
    field: "formula",
    default: DEFAULT_FORMULA,
    // Any text is a formula to the URL; whether it parses is the core's question.
    parse: (text) => text,
    format: (formula) => formula,
  },
  {
    key: "d",
    field: "data",
    default: DEFAULT_DATA,
    defaultWith: (state) => defaultDataFor(state.formula),
    parse: parseData,
    format: formatData,
    equal: (a, b) => formatData(a) === formatData(b),
  },
  {
    // A network as the loss (experiment/network-spec.js): the explorer shows it instead of the
    // formula, and the experiment studies it (without it, the experiment's default network).
    key: "net",
    field: "network",
    default: null,
    parse: parseNetwork,
    format: formatNetwork,
    equal: sameNetwork,
  },
  {
    key: "p",
    field: "point",
    default: null, // null: the origin, however many parameters the formula has
    parse: (text) => parseNumbers(text, { min: 1 }),
    format: (point) => point.map(formatNumber).join(","),
    equal: (a, b) => (a === null ? b === null || b.every((v) => v === 0) : b !== null && sameNumbers(a, b)),
  },
  {
    key: "lang",
    field: "lang",
    default: null, // null: from the browser's language
    parse: oneOf(LANGS),
    format: (lang) => lang,
  },
  {
    key: "mode",
    field: "mode",
    default: "explore",
    parse: oneOf(MODES),
    format: (mode) => mode,
  },
  {
    key: "ax",
    field: "axes",
    default: null, // null: the formula's first two parameters
    parse: parseAxes,
    format: (axes) => axes.join(","),
    equal: (a, b) => (a === null || b === null ? a === b : a.join(",") === b.join(",")),
  },
  {
    key: "view",
    field: "view",
    default: "2d",
    parse: oneOf(VIEWS),
    format: (view) => view,
  },
  {
    // The 3-D view's camera (view3d.js): a shared link shows the surface from the same side.
    key: "cam",
    field: "camera",
    default: DEFAULT_CAMERA,
    parse: parseCamera,
    format: formatCamera,
    equal: (a, b) => a.azimuth === b.azimuth && a.elevation === b.elevation,
  },
  {
    // With more than two parameters: slice along two axes or two eigenvectors (eigen-slice.js).
    key: "sl",
    field: "slice",
    default: "axes",
    parse: oneOf(SLICES),
    format: (slice) => slice,
  },
  {
    key: "win",
    field: "window",
    default: DEFAULT_WINDOW,
    parse: parseWindow,
    format: (w) => [w.x0, w.x1, w.y0, w.y1].map(formatNumber).join(","),
    equal: (a, b) => a.x0 === b.x0 && a.x1 === b.x1 && a.y0 === b.y0 && a.y1 === b.y1,
  },
  // Quiz mode (www/quiz-mode.js): the same link gives every student the same questions.
  {
    key: "level",
    field: "quizLevel",
    default: 1,
    parse: (text) => Number(oneOf(QUIZ_LEVELS.map(String))(text)),
    format: String,
  },
  {
    key: "seed",
    field: "quizSeed",
    default: null, // null: the quiz picks one and writes it here, so the link can be shared
    parse: parseWhole,
    format: String,
  },
  {
    key: "q",
    field: "quizIndex",
    default: 0, // the question's index within the set, so a reload continues there
    parse: parseWhole,
    format: String,
  },
  {
    key: "count",
    field: "quizCount",
    default: null, // generated questions go on and on; with a count they end, with a summary (a SCORM package's quiz)
    parse: (text) => parseWholeIn(text, 1, MAX_QUIZ_COUNT),
    format: String,
  },
  {
    key: "set",
    field: "quizSet",
    default: null, // a teacher's set inline (JSON or the compact form; quiz-set.js parses it)
    parse: (text) => text,
    format: (text) => text,
  },
  {
    key: "setUrl",
    field: "quizSetUrl",
    default: null, // a teacher's set as a JSON file next to the page
    parse: (text) => text,
    format: (text) => text,
  },
  // The experiment (www/experiment/): its runs' settings and the run shown, so a link gives
  // the same study, run for run.
  {
    key: "study",
    field: "study",
    default: DEFAULT_STUDY,
    parse: parseStudy,
    format: formatStudy,
    equal: sameStudy,
  },
  {
    key: "run",
    field: "studyRun",
    default: 0,
    parse: parseWhole,
    format: String,
  },
  // A guided tour (www/tour/): "lecture", or a teacher's tour as JSON inline (tour=) or in a
  // file next to the page (tourUrl=); step is 1-based, written whenever a tour plays.
  {
    key: "tour",
    field: "tour",
    default: null,
    parse: (text) => text,
    format: (text) => text,
  },
  {
    key: "tourUrl",
    field: "tourUrl",
    default: null,
    parse: (text) => text,
    format: (text) => text,
  },
  {
    key: "step",
    field: "tourStep",
    default: null, // null: the first step
    parse: (text) => {
      const step = parseWhole(text);
      if (step < 1) throw new Error("steps count from 1");
      return step;
    },
    format: String,
  },
  {
    key: "ov",
    field: "overlays",
    default: DEFAULT_OVERLAYS,
    parse: parseOverlays,
    format: formatOverlays,
    equal: sameOverlays,
  },
  {
    key: "proj",
    field: "projector",
    default: false,
    parse: (text) => oneOf(["0", "1"])(text) === "1",
    format: (on) => (on ? "1" : "0"),
    equal: (a, b) => Boolean(a) === Boolean(b),
  },
  {
    // The compact layout for an <iframe> or <hessian-explorer> in someone else's page (embed.js).
    key: "embed",
    field: "embed",
    default: false,
    parse: (text) => {
      if (text !== "1") throw new Error("embed is 1 or absent");
      return true;
    },
    format: () => "1",
  },
  {
    // What an embed shows (embed/panels.js): "plot,verdict,formula" unless the link says.
    key: "panels",
    field: "panels",
    default: null,
    parse: parsePanels,
    format: formatPanels,
    equal: (a, b) => (a === null || b === null ? a === b : samePanels(a, b)),
  },
];

/** The state with every field at its default. */
export function defaultState() {
  return Object.fromEntries(KEYS.map((k) => [k.field, k.default]));
}

/** The hash "#a=1&b=2" as [[key, raw value], …] in order (values still encoded; "a" alone is ["a", ""]). */
export function hashEntries(hash) {
  return String(hash ?? "")
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part, ""] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

/**
 * Reads a hash ("#f=…&p=…", the "#" optional). Returns { state, notices }: state has every
 * field (defaults where the hash says nothing or something bad), notices lists the bad
 * values as { key, value } in hash order. A repeated key: the last one wins.
 */
export function parseHash(hash) {
  const state = defaultState();
  const notices = [];
  const given = new Set(); // fields the hash set to a good value
  for (const [name, raw] of hashEntries(hash)) {
    const entry = KEYS.find((k) => k.key === name);
    if (!entry) continue; // unknown keys are ignored (other tools may add their own)
    let value;
    try {
      value = decodeURIComponent(raw);
    } catch {
      notices.push({ key: name, value: raw });
      continue;
    }
    try {
      state[entry.field] = entry.parse(value);
      given.add(entry.field);
    } catch {
      state[entry.field] = entry.default;
      given.delete(entry.field);
      notices.push({ key: name, value });
    }
  }
  for (const entry of KEYS) {
    if (entry.defaultWith && !given.has(entry.field)) state[entry.field] = entry.defaultWith(state);
  }
  return { state, notices };
}

/** Writes a state as a hash ("#…"), leaving out fields at their defaults; "" if all are. */
export function formatHash(state) {
  const parts = [];
  for (const entry of KEYS) {
    const value = state[entry.field];
    if (value === undefined || isDefault(entry, value, state)) continue;
    parts.push(`${entry.key}=${encodeValue(entry.format(value))}`);
  }
  return parts.length ? `#${parts.join("&")}` : "";
}

function isDefault(entry, value, state) {
  const fallback = entry.defaultWith ? entry.defaultWith(state) : entry.default;
  if (entry.equal) return entry.equal(fallback, value);
  return value === fallback;
}

/** encodeURIComponent, then the fragment-safe punctuation put back so links stay readable. */
export function encodeValue(text) {
  return encodeURIComponent(text).replace(/%2C|%3A|%3B|%5E|%2B|%2F|%40/g, (m) => READABLE[m]);
}
