// A teacher's quiz set: parsing, validating, and turning each item into a question whose
// answer the engine computes. Pure: no DOM; the core comes in as a function (createLoss).
//
// The set is JSON, in the URL (`set=`) or in a file next to the page (`setUrl=`):
//
//   [ { "formula": "(y - w1 w2 x)^2", "data": { "x": [1], "y": [1] }, "point": [0, 0] },
//     { "formula": "w1^2 + w2^2 + w3^2", "point": [0, 0, 0], "axes": ["w1", "w3"],
//       "window": [-2, 2, -2, 2] },
//     { "formula": "(1 - w1 w2)^2", "point": [1, 1], "type": "decide" },
//     { "formula": "w1^2 - w2^2", "point": [0, 0], "type": "escape" } ]
//
// "classify" (the default) asks what kind of point it is and is graded by what the point IS
// (the engine's refined verdict: a point of the lecture's valley is a minimum); "decide" asks
// whether the eigenvalues alone can tell (no when the second-order test is inconclusive);
// "escape" asks for a direction down from a saddle.
//
// or { "questions": [ … ] }. A short form for links: items separated by "|", each
// formula@point or formula@point@data with data as the explorer writes it (x:1,2;y:3,4):
//
//   w1^2-w2^2@0,0|(y-w1*w2*x)^2@0,0@x:1;y:1
//
// "|" and "@" are not part of the formula language, so the split is unambiguous. Every
// problem is a QuizSetError naming the question (1-based) and what is wrong; the wording
// in both languages lives in i18n/strings/quiz.js.

import { t } from "../i18n/i18n.js";
import { MessageError, messageIn } from "../i18n/message-error.js";
import { parseData, parseNumbers } from "../app/url-values.js";

/** The types of question a set may ask (see above). */
const TYPES = ["classify", "decide", "escape"];
/** The fields a question may have; any other is reported (a typo would be silently lost). */
const SET_FIELDS = ["formula", "data", "point", "axes", "window", "type"];
/** More questions than this is not a quiz but a mistake (or an attack on the page). */
export const MAX_SET = 200;
/** Half the side of the window drawn around the point when the item gives none. */
const DEFAULT_HALF_WIDTH = 2;

/** What is wrong with a set: `key` is a string of i18n/strings/quiz.js, `vars` fills it. */
export class QuizSetError extends MessageError {
  name = "QuizSetError";
}

/** The error as one sentence in `lang`: "The teacher's set cannot be used: question 2 …". */
export function describeSetError(error, lang) {
  return t(lang, "quizSetError", { message: error instanceof QuizSetError ? messageIn(error, lang) : String(error?.message ?? error) });
}

/**
 * Parses a set's text (JSON or the short form) into items
 * [{ formula, data: [{ name, values }], point, axes: [x, y] | null, window | null, type }].
 * Throws QuizSetError. Says nothing yet about whether the formulas compile: buildQuestions.
 */
export function parseSet(text) {
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") throw new QuizSetError("quizSetEmpty");
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let json;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new QuizSetError("quizSetNotJson", { detail: error.message });
    }
    return parseJsonSet(json);
  }
  return checkCount(trimmed.split("|").map(parseCompactItem));
}

/** Items from parsed JSON: a list, or an object with a list in "questions". */
function parseJsonSet(json) {
  const list = Array.isArray(json) ? json : json && typeof json === "object" && Array.isArray(json.questions) ? json.questions : null;
  if (!list) throw new QuizSetError("quizSetNotList");
  return checkCount(list.map(parseJsonItem));
}

function checkCount(items) {
  if (items.length === 0) throw new QuizSetError("quizSetEmpty");
  if (items.length > MAX_SET) throw new QuizSetError("quizSetTooMany", { count: items.length, max: MAX_SET });
  return items;
}

function parseJsonItem(raw, k) {
  const n = k + 1;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new QuizSetError("quizSetItemNotObject", { n });
  for (const field of Object.keys(raw)) {
    if (!SET_FIELDS.includes(field)) throw new QuizSetError("quizSetUnknownField", { n, field });
  }
  if (typeof raw.formula !== "string" || raw.formula.trim() === "") throw new QuizSetError("quizSetNoFormula", { n });
  const isNumbers = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number" && Number.isFinite(x));
  if (!isNumbers(raw.point)) throw new QuizSetError("quizSetBadPoint", { n });
  let data = [];
  if (raw.data !== undefined) {
    const ok =
      raw.data && typeof raw.data === "object" && !Array.isArray(raw.data) && Object.values(raw.data).every(isNumbers);
    const lengths = ok ? new Set(Object.values(raw.data).map((v) => v.length)) : null;
    if (!ok || lengths.size > 1) throw new QuizSetError("quizSetBadData", { n });
    data = Object.entries(raw.data).map(([name, values]) => ({ name, values: [...values] }));
  }
  let axes = null;
  if (raw.axes !== undefined) {
    const a = raw.axes;
    if (!Array.isArray(a) || a.length !== 2 || !a.every((s) => typeof s === "string" && s !== "") || a[0] === a[1]) {
      throw new QuizSetError("quizSetBadAxes", { n });
    }
    axes = [...a];
  }
  let window = null;
  if (raw.window !== undefined) {
    const w = raw.window;
    if (!isNumbers(w) || w.length !== 4 || !(w[1] > w[0]) || !(w[3] > w[2])) throw new QuizSetError("quizSetBadWindow", { n });
    window = { x0: w[0], x1: w[1], y0: w[2], y1: w[3] };
  }
  const type = raw.type ?? "classify";
  if (!TYPES.includes(type)) throw new QuizSetError("quizSetBadType", { n });
  return { formula: raw.formula, data, point: [...raw.point], axes, window, type };
}

function parseCompactItem(part, k) {
  const n = k + 1;
  const pieces = part.split("@");
  if (pieces.length < 2 || pieces.length > 3 || pieces[0].trim() === "") throw new QuizSetError("quizSetCompact", { n });
  let point;
  try {
    point = parseNumbers(pieces[1], { min: 1 });
  } catch {
    throw new QuizSetError("quizSetBadPoint", { n });
  }
  let data = [];
  if (pieces.length === 3) {
    try {
      data = parseData(pieces[2]);
    } catch {
      throw new QuizSetError("quizSetBadData", { n });
    }
  }
  return { formula: pieces[0].trim(), data, point, axes: null, window: null, type: "classify" };
}

/**
 * The questions of a set, each checked by the engine: the formula must compile over its
 * data, have at least two parameters, one number per parameter in the point, the loss must be
 * defined there and the engine must be able to tell what the point is. The answer follows
 * the generator's rule (src/quiz/): what the point is (refined) for "classify", whether the
 * second-order test decides ("yes"/"no") for "decide", "saddle" for "escape".
 * `createLoss(formula, columns)` is the core's constructor (www/core/wasm.js); the Loss is freed.
 * Returns questions shaped like the generator's (src/quiz.rs), plus `data`. Throws
 * QuizSetError for the first item that fails.
 */
export function buildQuestions(items, createLoss) {
  return items.map((item, k) => buildQuestion(item, k, createLoss));
}

function buildQuestion(item, k, createLoss) {
  const n = k + 1;
  let loss;
  try {
    loss = createLoss(item.formula, item.data);
  } catch (error) {
    const both = { en: error.en ?? error.message, zh: error.zh ?? error.message };
    if (typeof error.start === "number") {
      throw new QuizSetError("quizSetFormula", { n, formula: item.formula, start: error.start + 1, end: Math.max(error.end, error.start + 1), message: both });
    }
    throw new QuizSetError("quizSetData", { n, message: both });
  }
  try {
    const params = loss.params;
    if (params.length < 2) throw new QuizSetError("quizSetParams", { n, params: params.join(", ") || "—" });
    if (item.point.length !== params.length) {
      throw new QuizSetError("quizSetPointLength", { n, point: `(${item.point.join(", ")})`, params: params.join(", ") });
    }
    const axes = item.axes ?? params.slice(0, 2);
    if (!axes.every((a) => params.includes(a))) {
      throw new QuizSetError("quizSetAxesUnknown", { n, axes: axes.join(", "), params: params.join(", ") });
    }
    const analysis = loss.analyze(item.point);
    if (analysis.kind === "undefined") throw new QuizSetError("quizSetUndefined", { n });
    const { kind, decidedBy } = whatThePointIs(analysis);
    if (kind === "unknown") {
      const reason = Object.fromEntries(["en", "zh"].map((lang) => [lang, t(lang, `reason_${analysis.refinedReason}`, { order: analysis.refinedOrder })]));
      throw new QuizSetError("quizSetUnknown", { n, reason });
    }
    // An escape is graded by vᵀHv < 0, so it needs a negative eigenvalue, not only a saddle.
    if (item.type === "escape" && analysis.kind !== "saddle") {
      throw new QuizSetError("quizSetEscapeNotSaddle", { n, kind: { en: t("en", `kind_${analysis.kind}`), zh: t("zh", `kind_${analysis.kind}`) } });
    }
    if (item.type === "decide" && kind === "not_critical") throw new QuizSetError("quizSetDecideNotCritical", { n });
    const [ix, iy] = axes.map((a) => params.indexOf(a));
    const h = DEFAULT_HALF_WIDTH;
    const win = item.window ?? { x0: item.point[ix] - h, x1: item.point[ix] + h, y0: item.point[iy] - h, y1: item.point[iy] + h };
    return {
      index: k,
      type: item.type,
      formula: item.formula,
      data: item.data,
      params: [...params],
      point: [...item.point],
      x: axes[0],
      y: axes[1],
      xRange: [win.x0, win.x1],
      yRange: [win.y0, win.y1],
      answer: answerOf(item.type, analysis, kind),
      kind,
      decidedBy,
      analysis,
    };
  } finally {
    loss.free();
  }
}

/**
 * What the point is (the refined verdict: "minimum", "maximum", "saddle", "not_critical" or
 * "unknown") and what decided it ("eigenvalues", "higher_order" or "gradient"), as the
 * generator's questions carry them.
 */
function whatThePointIs(analysis) {
  if (analysis.kind === "not_critical") return { kind: "not_critical", decidedBy: "gradient" };
  if (analysis.kind === "inconclusive") return { kind: analysis.refined, decidedBy: "higher_order" };
  return { kind: analysis.kind, decidedBy: "eigenvalues" };
}

/** The right answer to a question of `type` about a point that is `kind`. */
function answerOf(type, analysis, kind) {
  if (type === "decide") return analysis.kind === "inconclusive" ? "no" : "yes";
  if (type === "escape") return "saddle";
  return kind;
}

/** A short, stable name for a set's text (FNV-1a), so progress can tell sets apart. */
export function setId(text) {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
