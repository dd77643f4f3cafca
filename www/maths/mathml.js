// A layout (formula-layout.js) as MathML Core, the maths markup browsers render natively
// (Chromium since 109, Firefox, Safari): no library, no fonts to ship. Pure: the result is a
// plain description { tag, attrs, text | children } that panel/formula-reading.js turns into
// elements with textContent (the formula is the user's text: never parsed as markup).

/** Function names written upright before their argument list, as in print. */
const FUNCTION_APPLICATION = "\u2061";

/** The <math> description of `box` (inline, to sit in a line of text). */
export function mathml(box) {
  return node("math", {}, [convert(box)]);
}

function node(tag, attrs, children) {
  return { tag, attrs, children };
}

function leaf(tag, text, attrs = {}) {
  return { tag, attrs, text };
}

/**
 * `inner` between fences that grow only around something tall (a fraction, a root): around a
 * line of symbols a stretched parenthesis would look bigger than the one typed.
 */
function fenced(inner, open = "(", close = ")") {
  const attrs = tall(inner) ? {} : { stretchy: "false" };
  return node("mrow", {}, [leaf("mo", open, attrs), inner, leaf("mo", close, attrs)]);
}

function tall(description) {
  return description.tag === "mfrac" || description.tag === "msqrt" || (description.children ?? []).some(tall);
}

function convert(box) {
  switch (box.t) {
    case "row":
      return node("mrow", {}, box.items.map(convert));
    case "num":
      return leaf("mn", box.text);
    case "ident": {
      // One letter is italic by MathML's own rule; longer names (bias, rate) stay upright.
      const base = leaf("mi", box.base);
      return box.sub === null ? base : node("msub", {}, [base, leaf("mn", box.sub)]);
    }
    case "const":
      return box.name === "e" ? leaf("mi", "e", { mathvariant: "normal" }) : leaf("mi", "π");
    case "op":
      // A product typed without a star is marked, so the page can show the dot it added.
      return leaf("mo", box.text, box.implicit ? { class: "implicit" } : {});
    case "frac":
      return node("mfrac", {}, [convert(box.num), convert(box.den)]);
    case "sup":
      return node("msup", {}, [convert(box.base), convert(box.exp)]);
    case "paren":
      return fenced(convert(box.inner));
    case "sqrt":
      return node("msqrt", {}, [convert(box.inner)]);
    case "abs":
      return fenced(convert(box.inner), "|", "|");
    case "sum":
      return node("mrow", {}, [leaf("mo", "\u2211", { largeop: "true" }), fenced(convert(box.inner))]);
    case "fn": {
      const args = [];
      box.args.forEach((arg, k) => {
        if (k > 0) args.push(leaf("mo", ","));
        args.push(convert(arg));
      });
      return node("mrow", {}, [leaf("mi", box.name), leaf("mo", FUNCTION_APPLICATION), fenced(node("mrow", {}, args))]);
    }
    default:
      throw new Error(`unknown layout ${box.t}`);
  }
}

/** The plain text of a description (what a copy of the rendered formula would give). */
export function mathText(description) {
  if (description.text !== undefined) return description.text === FUNCTION_APPLICATION ? "" : description.text;
  return description.children.map(mathText).join("");
}
