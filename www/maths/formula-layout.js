// The formula as the engine read it, laid out for printing as maths: the core's syntax tree
// (parseFormula, src/formula/tree.rs) → a small layout tree that the MathML and LaTeX writers
// (mathml.js, latex.js) turn into their own notation. Pure: no DOM, no language.
//
// What the reader must be able to see is how the engine grouped the formula, so this module
// decides the parentheses from the tree (not from the text typed): a product always shows its
// dot (a product typed without `*` is marked `implicit`), a power's base is bracketed unless
// it is a single symbol, a quotient becomes a fraction, and a sum nested on the right of a
// sum (only parentheses in the text make one) keeps its parentheses.
//
// Layout nodes:
//   { t: "row", items }            side by side
//   { t: "num", text }             a number as written for reading ("2.5"); mantissa × 10ⁿ is a row
//   { t: "ident", base, sub }      a name: "w1" → base "w", sub "1"; sub null when none
//   { t: "const", name }           π or e
//   { t: "op", text, implicit }    + − · , (implicit: a product typed without a star)
//   { t: "frac", num, den }
//   { t: "sup", base, exp }
//   { t: "paren", inner }          ( … )
//   { t: "fn", name, args }        sin(…), max(a, b), mean(…): args are layouts
//   { t: "sqrt", inner }  { t: "abs", inner }  { t: "sum", inner } (Σ over the data's rows)

import { splitSubscript } from "../i18n/format.js";

// Binding strength of what a node prints as: a sum binds loosest, a single symbol tightest.
const SUM = 1;
const PRODUCT = 2;
const NEGATION = 3;
const POWER = 4;
const ATOM = 5;

/** The typographic minus sign (U+2212) and the multiplication dot (U+22C5). */
const MINUS = "\u2212";
const DOT = "\u22c5";

/** The layout of the core's tree `node` (see the top of this file). */
export function layoutFormula(node) {
  return layout(node).box;
}

/** { box, level }: the layout and how tightly it binds (for the parent's parentheses). */
function layout(node) {
  switch (node.type) {
    case "number":
      return { box: numberBox(node.value), level: ATOM };
    case "name":
      return { box: node.constant ? { t: "const", name: node.name === "e" ? "e" : "π" } : identBox(node.name), level: ATOM };
    case "neg": {
      const operand = layout(node.operand);
      return { box: row([op(MINUS), wrap(operand, operand.level <= NEGATION - 1 || isNegation(node.operand))]), level: NEGATION };
    }
    case "binary":
      return binary(node);
    case "call":
      return { box: callBox(node.name, node.args.map((arg) => layout(arg).box)), level: ATOM };
    default:
      throw new Error(`unknown node type ${node.type}`);
  }
}

function binary(node) {
  const left = layout(node.left);
  const right = layout(node.right);
  switch (node.op) {
    case "+":
    case "-":
      // Left-associative: a sum on the right came from parentheses, and a negation there
      // (a + −b) is bracketed so that two signs never stand side by side.
      return {
        box: row([left.box, op(node.op === "+" ? "+" : MINUS), wrap(right, right.level <= SUM || isNegation(node.right))]),
        level: SUM,
      };
    case "*":
      return {
        box: row([wrap(left, left.level < PRODUCT), op(DOT, { implicit: node.implicit }), wrap(right, right.level <= PRODUCT || isNegation(node.right))]),
        level: PRODUCT,
      };
    case "/":
      return { box: { t: "frac", num: left.box, den: right.box }, level: ATOM };
    case "^":
      // x², (a + b)², (−x)², (a/b)², (a^b)^c: only a single symbol goes bare under an exponent.
      return { box: { t: "sup", base: wrap(left, left.level < ATOM || left.box.t === "frac" || left.box.t === "sup"), exp: right.box }, level: POWER };
    default:
      throw new Error(`unknown operator ${node.op}`);
  }
}

const isNegation = (node) => node.type === "neg";

function wrap({ box }, bracket) {
  return bracket ? { t: "paren", inner: box } : box;
}

function row(items) {
  return { t: "row", items };
}

function op(text, { implicit = false } = {}) {
  return { t: "op", text, implicit };
}

/** "w1" → w with subscript 1, "θ12" → θ with subscript 12; other names as typed. */
function identBox(name) {
  return { t: "ident", ...splitSubscript(name) };
}

/** A number for reading: as JavaScript writes it, or mantissa × 10ⁿ for its exponent form. */
function numberBox(value) {
  const text = String(value);
  const m = /^(\d+(?:\.\d+)?)e([+-]\d+)$/.exec(text);
  if (!m) return { t: "num", text };
  const exponent = Number(m[2]);
  const power = { t: "sup", base: { t: "num", text: "10" }, exp: { t: "num", text: exponent < 0 ? `${MINUS}${-exponent}` : String(exponent) } };
  return m[1] === "1" ? power : row([{ t: "num", text: m[1] }, op("\u00d7"), power]);
}

function callBox(name, args) {
  if (name === "sqrt") return { t: "sqrt", inner: args[0] };
  if (name === "abs") return { t: "abs", inner: args[0] };
  if (name === "sum") return { t: "sum", inner: args[0] };
  // The engine reads log as the natural logarithm: it is shown as ln, which says so.
  return { t: "fn", name: name === "log" ? "ln" : name, args };
}
