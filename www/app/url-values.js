// The text formats of the URL's values (app/url-state.js's key table reads and writes every
// key with these): numbers, a data table, axes, a window, whole numbers, a choice. Each parser
// throws on bad text, which the table turns into the key's default and a notice.

/**
 * Data as "x:1,2,3;y:2,4,6": columns separated by ";", a name, ":", numbers separated by
 * ",". Every column needs a name and the same number of rows (at least one). The empty text
 * is an empty table. Returns [{ name, values }].
 */
export function parseData(text) {
  if (text.trim() === "") return [];
  const columns = text.split(";").map((part) => {
    const colon = part.indexOf(":");
    if (colon < 0) throw new Error("missing ':'");
    const name = parseColumnName(part.slice(0, colon).trim());
    return { name, values: parseNumbers(part.slice(colon + 1), { min: 1 }) };
  });
  const rows = columns[0].values.length;
  if (columns.some((c) => c.values.length !== rows)) throw new Error("columns differ in length");
  if (new Set(columns.map((c) => c.name)).size !== columns.length) throw new Error("duplicate column");
  return columns;
}

/** A data column's name: a letter or "_", then letters, digits and subscript digits. */
export function parseColumnName(text) {
  if (!/^[\p{L}_][\p{L}\p{N}_₀-₉]*$/u.test(text)) throw new Error(`bad column name ${text}`);
  return text;
}

/** The inverse of parseData. */
export function formatData(columns) {
  return columns.map((c) => `${c.name}:${c.values.map(formatNumber).join(",")}`).join(";");
}

/** Comma-separated finite numbers ("0,-1.5,2e-3"), at least `min` of them. */
export function parseNumbers(text, { min = 0 } = {}) {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length === 1 && parts[0] === "") {
    if (min > 0) throw new Error("no numbers");
    return [];
  }
  const numbers = parts.map((s) => {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) throw new Error(`not a number: ${s}`);
    return Number(s);
  });
  if (numbers.length < min || !numbers.every(Number.isFinite)) throw new Error("bad numbers");
  return numbers;
}

/** Two different parameter names, "w1,w2". */
export function parseAxes(text) {
  const names = text.split(",").map((s) => s.trim());
  if (names.length !== 2 || names.some((n) => n === "") || names[0] === names[1]) {
    throw new Error("need two different names");
  }
  return names;
}

/** "x0,x1,y0,y1" with x0 < x1 and y0 < y1, all finite. */
export function parseWindow(text) {
  const [x0, x1, y0, y1] = parseNumbers(text, { min: 4 });
  if (text.split(",").length !== 4 || !(x1 > x0) || !(y1 > y0)) throw new Error("bad window");
  return { x0, x1, y0, y1 };
}

/** A whole number 0 … 2⁵³ − 1 written in decimal digits. */
export function parseWhole(text) {
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) throw new Error("not a whole number");
  return Number(text);
}

/** A whole number `min` … `max` written in decimal digits. */
export function parseWholeIn(text, min, max) {
  const n = parseWhole(text);
  if (n < min || n > max) throw new Error(`${text} is outside ${min}…${max}`);
  return n;
}

/** A parser that accepts exactly one of `values`. */
export function oneOf(values) {
  return (text) => {
    if (!values.includes(text)) throw new Error(`not one of ${values.join(", ")}`);
    return text;
  };
}

/** The shortest text that reads back as the same number (so positions found by the core survive). */
export function formatNumber(x) {
  return x === 0 ? "0" : String(x);
}

/** Two lists of numbers, equal entry by entry. */
export function sameNumbers(a, b) {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}
