// Numbers and names as the page shows them. Pure: no DOM, no language.
//
// The rule is honesty: a value is shown as computed (4 significant digits), never rounded to
// a prettier one; whether it *counts* as zero is a separate mark ("≈ 0") decided by the
// analysis' documented thresholds, not by this formatting.

/** Significant digits shown for a number. */
const DIGITS = 4;
/**
 * Magnitudes below EXP_SMALL are written as a × 10ⁿ; so are those with more integer digits
 * than the significant digits shown (12345 with 4 digits is 1.235 × 10⁴, not "12350").
 */
const EXP_SMALL = 1e-3;

// U+2212 MINUS SIGN: the typographic minus, as wide as "+", reads better than "-" in tables.
const MINUS = "\u2212";
const SUPERSCRIPT = { "-": "\u207b", 0: "⁰", 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷", 8: "⁸", 9: "⁹" };
const SUBSCRIPT = { 0: "₀", 1: "₁", 2: "₂", 3: "₃", 4: "₄", 5: "₅", 6: "₆", 7: "₇", 8: "₈", 9: "₉" };

/**
 * A number for reading: 4 significant digits, trailing zeros dropped, −0 shown as 0, very
 * small or large magnitudes as "1.234 × 10⁻¹⁷". `null`/NaN (the core sends NaN as null) is
 * "—", infinities are "∞" / "−∞".
 */
export function formatNumber(x, digits = DIGITS) {
  if (x === null || x === undefined || Number.isNaN(x)) return "—";
  if (x === Infinity) return "∞";
  if (x === -Infinity) return MINUS + "∞";
  if (x === 0) return "0"; // also −0
  const sign = x < 0 ? MINUS : "";
  const a = Math.abs(x);
  // Round first: 99999.7 must switch to the exponent form it rounds into.
  const rounded = Number(a.toPrecision(digits));
  if (rounded < EXP_SMALL || rounded >= 10 ** digits) {
    const [mantissa, exponent] = rounded.toExponential(digits - 1).split("e");
    return `${sign}${trimZeros(mantissa)} × 10${superscript(String(Number(exponent)))}`;
  }
  return sign + trimZeros(rounded.toPrecision(digits));
}

/** "1.500" → "1.5", "2.000" → "2"; leaves integers alone. */
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function superscript(digits) {
  return [...digits].map((c) => SUPERSCRIPT[c] ?? c).join("");
}

/**
 * A number for an input box or the URL: ASCII, shortest text that reads back as the same
 * number (so a critical point found by the core survives a round trip), −0 as 0.
 */
export function formatForInput(x) {
  if (!Number.isFinite(x)) return "";
  return x === 0 ? "0" : String(x);
}

/**
 * Parses a number typed by a person: ASCII or Unicode minus, surrounding spaces, "1e-3",
 * ".5". Returns NaN for anything else (empty text included), never a partial parse like
 * parseFloat("1.2abc").
 */
export function parseNumber(text) {
  const t = String(text).trim().replace(/\u2212/g, "-");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}

/**
 * Rounds x to the given number of decimals without binary noise (0.30000000000000004):
 * positions chosen by dragging are kept this tidy, so the URL and the inputs stay short.
 */
export function roundTo(x, decimals) {
  return Number(x.toFixed(Math.max(0, Math.min(decimals, 20))));
}

/** Decimals that resolve `resolution` (e.g. 0.004 → 3): enough for one pixel's worth. */
export function decimalsFor(resolution) {
  if (!(resolution > 0) || !Number.isFinite(resolution)) return 6;
  return Math.max(0, Math.ceil(-Math.log10(resolution)));
}

/**
 * A name split into its base and the digits that end it, the one rule for subscripts on the
 * page, in the formula's reading and in LaTeX: "w1" → w and 1, "θ12" → θ and 12. A name with
 * a digit before its last letters, or ending "_" + digits (a network's w1_2_1), has none.
 */
export function splitSubscript(name) {
  const m = /^(\D+?)(\d+)$/.exec(name);
  return m && !m[1].endsWith("_") ? { base: m[1], sub: m[2] } : { base: name, sub: null };
}

/** A parameter name as the lecture writes it: "w1" → "w₁", "theta12" → "theta₁₂" (splitSubscript). */
export function prettyName(name) {
  const { base, sub } = splitSubscript(name);
  return sub === null ? name : base + [...sub].map((c) => SUBSCRIPT[c]).join("");
}

/**
 * A formula as the lecture prints it, for reading (never for parsing): names with trailing
 * digits get subscripts and "-" becomes the minus sign, "w1^3 - 3w1" → "w₁^3 − 3w₁".
 * No function name ends in a digit, so only parameter and data names change.
 */
export function prettyFormula(text) {
  return text.replace(/[A-Za-z_][A-Za-z0-9_]*/g, prettyName).replace(/-/g, "−");
}

/** A vector as "(a, b, c)" with formatNumber. */
export function formatVector(v, digits = DIGITS) {
  return `(${v.map((x) => formatNumber(x, digits)).join(", ")})`;
}

// Joining words in the page's language: Chinese puts no space between sentences, writes a
// list with 、 and clauses with the full-width comma.

/** Sentences one after another, empty ones left out. */
export function joinSentences(lang, sentences) {
  return sentences.filter(Boolean).join(lang === "zh" ? "" : " ");
}

/** A list of names or numbers: "a, b, c" / "a、b、c". */
export function joinList(lang, items) {
  return items.join(lang === "zh" ? "、" : ", ");
}

/** Clauses of one sentence, empty ones left out: "a, b" / "a，b". */
export function joinClauses(lang, clauses) {
  return clauses.filter(Boolean).join(lang === "zh" ? "，" : ", ");
}
