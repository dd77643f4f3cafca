// A formula's layout as MathML Core (www/maths/mathml.js): the element names a browser renders
// natively, subscripts and powers as msub and msup, a fraction as mfrac, the dot of a product
// typed without "*" marked, and the text a copy gives.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { parseFormula } from "../../www/pkg/hessian_explorer.js";
import { layoutFormula } from "../../www/maths/formula-layout.js";
import { mathml, mathText } from "../../www/maths/mathml.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const of = (formula) => mathml(layoutFormula(parseFormula(formula)));

/** Markup for reading the description in a test (the page builds elements, never markup). */
function markup(d) {
  const attrs = Object.entries(d.attrs).map(([k, v]) => ` ${k}="${v}"`).join("");
  return d.text !== undefined ? `<${d.tag}${attrs}>${d.text}</${d.tag}>` : `<${d.tag}${attrs}>${d.children.map(markup).join("")}</${d.tag}>`;
}

test("w₁w₂x: subscripts, and the dots the engine added marked", () => {
  assert.equal(
    markup(of("w₁w₂x")),
    '<math><mrow><mrow><msub><mi>w</mi><mn>1</mn></msub><mo class="implicit">⋅</mo><msub><mi>w</mi><mn>2</mn></msub></mrow><mo class="implicit">⋅</mo><mi>x</mi></mrow></math>',
  );
  assert.equal(mathText(of("w₁w₂x")), "w1⋅w2⋅x");
  assert.equal(mathText(of("w1*w2")), "w1⋅w2");
  assert.doesNotMatch(markup(of("w1*w2")), /implicit/);
});

test("fractions, powers, functions and fences are MathML Core elements", () => {
  assert.equal(markup(of("a/b")), "<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>");
  assert.equal(markup(of("(a+b)^2")), '<math><msup><mrow><mo stretchy="false">(</mo><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="false">)</mo></mrow><mn>2</mn></msup></math>');
  assert.equal(markup(of("sin(x)")), '<math><mrow><mi>sin</mi><mo>\u2061</mo><mrow><mo stretchy="false">(</mo><mrow><mi>x</mi></mrow><mo stretchy="false">)</mo></mrow></mrow></math>');
  assert.match(markup(of("(1/x)^2")), /<mo>\(<\/mo><mfrac>/, "around a fraction the parentheses grow");
  assert.equal(mathText(of("sin(x)")), "sin(x)", "the invisible function application is not copied");
  assert.equal(markup(of("sqrt(e)")), '<math><msqrt><mi mathvariant="normal">e</mi></msqrt></math>');
  assert.equal(markup(of("sum(x)")), '<math><mrow><mo largeop="true">∑</mo><mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow></mrow></math>');
  // Every tag is one MathML Core renders.
  const core = new Set(["math", "mrow", "mi", "mn", "mo", "msub", "msup", "mfrac", "msqrt"]);
  const tags = (d) => [d.tag, ...(d.children ?? []).flatMap(tags)];
  for (const formula of ["(ŷ - w₁ w₂ x)^2", "mean((y - w x)^2) + abs(w)/2", "-x^2 + 1e-3 max(a, b)"]) {
    for (const tag of tags(of(formula))) assert.ok(core.has(tag), `${formula}: <${tag}>`);
  }
});
