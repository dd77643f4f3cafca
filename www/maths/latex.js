// LaTeX for course notes: numbers as the page shows them, parameter names, vectors and
// matrices, a formula's layout (formula-layout.js), and sentences with their few maths
// symbols put into math mode. Pure. The output compiles with pdfLaTeX and amsmath
// (pmatrix); Chinese text needs XeLaTeX with ctex, as any Chinese document does.

import { formatNumber, splitSubscript } from "../i18n/format.js";

/** Greek letters a formula may use as names, and their LaTeX commands. */
const GREEK = {
  α: "\\alpha", β: "\\beta", γ: "\\gamma", δ: "\\delta", ε: "\\varepsilon", ζ: "\\zeta", η: "\\eta", θ: "\\theta",
  ι: "\\iota", κ: "\\kappa", λ: "\\lambda", μ: "\\mu", ν: "\\nu", ξ: "\\xi", π: "\\pi", ρ: "\\rho", σ: "\\sigma",
  τ: "\\tau", υ: "\\upsilon", φ: "\\varphi", χ: "\\chi", ψ: "\\psi", ω: "\\omega",
};
/** Functions LaTeX knows by name; the others are set with \operatorname. */
const KNOWN_FUNCTIONS = new Set(["sin", "cos", "tan", "exp", "ln", "tanh", "min", "max"]);
/** Characters with a meaning in LaTeX text, and what prints them. */
const TEXT_SPECIALS = { "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", $: "\\$", "&": "\\&", "#": "\\#", "%": "\\%", _: "\\_", "^": "\\^{}", "~": "\\~{}" };
/** Maths symbols in the page's sentences, and their LaTeX (set in $…$ by latexText). */
const TEXT_MATH = { λ: "\\lambda", θ: "\\theta", "′": "'", "−": "-", "≈": "\\approx", "≤": "\\le", "‖": "\\|", "ᵀ": "^{\\top}", "²": "^{2}", "·": "\\cdot" };
const COMBINING_CIRCUMFLEX = "\u0302";
/** Superscript minus and digits, in the order "⁻", 0 … 9 (formatNumber writes exponents so). */
const SUPERSCRIPTS = "⁻⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A number as the page shows it (4 significant digits), in LaTeX: "-2", "1.5 \times 10^{-7}". */
export function latexNumber(x) {
  const text = formatNumber(x);
  if (text === "—") return "\\text{---}";
  const m = /^(\u2212?)([\d.]+) × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
  if (m) {
    const exponent = [...m[3]].map((c) => SUPERSCRIPTS.indexOf(c)).map((k) => (k === 0 ? "-" : String(k - 1))).join("");
    return `${m[1] ? "-" : ""}${m[2]} \\times 10^{${exponent}}`;
  }
  return text.replace("\u2212", "-").replace("∞", "\\infty");
}

/** A name of the formula language in maths: w1 → w_{1}, θ → \theta, ŷ → \hat{y}, bias → \mathit{bias}. */
export function latexName(name) {
  const { base, sub } = splitSubscript(name);
  if (sub !== null) return `${latexName(base)}_{${sub}}`;
  const plain = name.normalize("NFD");
  if (plain.length === 2 && plain[1] === COMBINING_CIRCUMFLEX) return `\\hat{${latexName(plain[0])}}`;
  if (GREEK[name]) return GREEK[name];
  if ([...name].length === 1) return name;
  return `\\mathit{${escapeText(name)}}`;
}

/** A column vector. */
export function latexVector(values) {
  return `\\begin{pmatrix} ${values.map(latexNumber).join(" \\\\ ")} \\end{pmatrix}`;
}

/** A matrix given as rows. */
export function latexMatrix(rows) {
  return `\\begin{pmatrix} ${rows.map((row) => row.map(latexNumber).join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;
}

/** A layout of formula-layout.js in LaTeX. */
export function latexFormula(box) {
  switch (box.t) {
    case "row":
      return box.items.map(latexFormula).join(" ");
    case "num":
      return box.text.replace("\u2212", "-");
    case "ident":
      return latexName(box.sub === null ? box.base : box.base + box.sub);
    case "const":
      return box.name === "e" ? "\\mathrm{e}" : "\\pi";
    case "op":
      return { "\u2212": "-", "\u22c5": "\\cdot", "\u00d7": "\\times" }[box.text] ?? box.text;
    case "frac":
      return `\\frac{${latexFormula(box.num)}}{${latexFormula(box.den)}}`;
    case "sup":
      return `${latexFormula(box.base)}^{${latexFormula(box.exp)}}`;
    case "paren":
      return `\\left(${latexFormula(box.inner)}\\right)`;
    case "sqrt":
      return `\\sqrt{${latexFormula(box.inner)}}`;
    case "abs":
      return `\\left|${latexFormula(box.inner)}\\right|`;
    case "sum":
      return `\\sum \\left(${latexFormula(box.inner)}\\right)`;
    case "fn": {
      const name = KNOWN_FUNCTIONS.has(box.name) ? `\\${box.name}` : `\\operatorname{${box.name}}`;
      return `${name}\\left(${box.args.map(latexFormula).join(", ")}\\right)`;
    }
    default:
      throw new Error(`unknown layout ${box.t}`);
  }
}

/** Text with LaTeX's special characters escaped (no maths). */
function escapeText(text) {
  return [...text].map((c) => TEXT_SPECIALS[c] ?? c).join("");
}

/**
 * A sentence of the page (verdict_*) as LaTeX text: specials escaped, and each run of maths
 * ("λ = −2", "θ′", "−g", "1.5 × 10⁻⁷") set in math mode, so pdfLaTeX needs no Unicode maths.
 */
export function latexText(sentence) {
  const chars = [...sentence];
  const isMath = (c) => c in TEXT_MATH || c === "×" || SUPERSCRIPTS.includes(c);
  const joins = (c) => /[0-9.=\s]/.test(c);
  let out = "";
  let k = 0;
  while (k < chars.length) {
    if (!isMath(chars[k])) {
      out += TEXT_SPECIALS[chars[k]] ?? chars[k];
      k += 1;
      continue;
    }
    // A run: from a maths symbol, back over the numbers, "=" and spaces before it (and one
    // letter stuck to it), forward likewise; never starting or ending on a space or a period.
    let from = k;
    while (from > 0 && joins(chars[from - 1]) && !/[.]/.test(chars[from - 1])) from -= 1;
    if (from === k && k > 0 && /[A-Za-z]/.test(chars[k - 1]) && !(k > 1 && /[A-Za-z]/.test(chars[k - 2]))) from -= 1;
    while (from < k && /\s/.test(chars[from])) from += 1;
    let to = k + 1;
    while (to < chars.length && (isMath(chars[to]) || joins(chars[to]))) to += 1;
    if (to < chars.length && /[A-Za-z]/.test(chars[to]) && !(to + 1 < chars.length && /[A-Za-z]/.test(chars[to + 1]))) to += 1;
    while (to > k + 1 && /[\s.]/.test(chars[to - 1])) to -= 1;
    out = out.slice(0, out.length - (k - from)) + `$${mathRun(chars.slice(from, to))}$`;
    k = to;
  }
  return out;
}

/** Maths characters of a run in LaTeX; superscript digits gathered into one ^{…}. */
function mathRun(chars) {
  let out = "";
  for (let k = 0; k < chars.length; k++) {
    if (SUPERSCRIPTS.includes(chars[k]) && chars[k] !== "²") {
      let exponent = "";
      while (k < chars.length && SUPERSCRIPTS.includes(chars[k])) exponent += String(SUPERSCRIPTS.indexOf(chars[k++]) - 1).replace("-1", "-");
      k -= 1;
      out += `^{${exponent}}`;
    } else {
      out += chars[k] === "×" ? " \\times " : TEXT_MATH[chars[k]] ?? chars[k];
    }
  }
  return out.replace(/\s+/g, " ").trim();
}
