// The formula laid out as the engine read it (www/maths/formula-layout.js): a dot for every
// product (marked when typed without "*"), fractions, powers, and the parentheses the grouping
// needs, decided from the tree. Read here as a plain string of the layout.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { parseFormula } from "../../www/pkg/hessian_explorer.js";
import { layoutFormula } from "../../www/maths/formula-layout.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

/** The layout as text: x_1 for a subscript, {a}/{b} a fraction, a^{b} a power, ⋅! an implicit dot. */
function text(box) {
  switch (box.t) {
    case "row":
      return box.items.map(text).join("");
    case "num":
      return box.text;
    case "ident":
      return box.sub === null ? box.base : `${box.base}_${box.sub}`;
    case "const":
      return box.name;
    case "op":
      return box.implicit ? `${box.text}!` : box.text;
    case "frac":
      return `{${text(box.num)}}/{${text(box.den)}}`;
    case "sup":
      return `${text(box.base)}^{${text(box.exp)}}`;
    case "paren":
      return `(${text(box.inner)})`;
    case "fn":
      return `${box.name}(${box.args.map(text).join(",")})`;
    case "sqrt":
      return `√(${text(box.inner)})`;
    case "abs":
      return `|${text(box.inner)}|`;
    case "sum":
      return `Σ(${text(box.inner)})`;
    default:
      throw new Error(box.t);
  }
}

const read = (formula) => text(layoutFormula(parseFormula(formula)));

test("products show their dot; one typed without a star is marked", () => {
  assert.equal(read("w₁w₂x"), "w_1⋅!w_2⋅!x");
  assert.equal(read("(ŷ - w₁ w₂ x)^2"), "(ŷ−w_1⋅!w_2⋅!x)^{2}");
  assert.equal(read("2w1*x"), "2⋅!w_1⋅x");
  assert.equal(read("(a+b)(c+d)"), "(a+b)⋅!(c+d)");
});

test("parentheses follow the grouping the engine read, not the text", () => {
  assert.equal(read("a - (b - c)"), "a−(b−c)");
  assert.equal(read("(a - b) - c"), "a−b−c");
  assert.equal(read("a*(b*c)"), "a⋅(b⋅c)");
  assert.equal(read("-x^2"), "−x^{2}");
  assert.equal(read("(-x)^2"), "(−x)^{2}");
  assert.equal(read("-(a+b)"), "−(a+b)");
  assert.equal(read("a + -b"), "a+(−b)");
  assert.equal(read("2^3^2"), "2^{3^{2}}");
  assert.equal(read("(2^3)^2"), "(2^{3})^{2}");
  assert.equal(read("(a/b)^2"), "({a}/{b})^{2}");
  assert.equal(read("a/b/c"), "{{a}/{b}}/{c}");
  assert.equal(read("x²"), "x^{2}");
});

test("functions, constants, numbers", () => {
  assert.equal(read("sin(pi w1) + e"), "sin(π⋅!w_1)+e");
  assert.equal(read("log(x) + ln(y)"), "ln(x)+ln(y)", "the engine's log is the natural one");
  assert.equal(read("sqrt(abs(w1))"), "√(|w_1|)");
  assert.equal(read("max(w1, w2^2)"), "max(w_1,w_2^{2})");
  assert.equal(read("mean((y - w x)^2)"), "mean((y−w⋅!x)^{2})");
  assert.equal(read("sum(x)"), "Σ(x)");
  assert.equal(read("1e-7 w + 2.5e9 + 1e3"), "10^{−7}⋅!w+2500000000+1000");
  assert.equal(read("θ12 + bias"), "θ_12+bias");
  assert.equal(read("3.5e-8"), "3.5×10^{−8}");
});
