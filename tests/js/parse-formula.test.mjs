// parseFormula (src/wasm/formula_tree.rs) through the built www/pkg, as the page and an
// embedder call it: the syntax tree the engine read, products typed without "*" marked,
// offsets into the text as JavaScript counts them, and a bad formula's Error as new Loss gives.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss, parseFormula } from "../../www/pkg/hessian_explorer.js";

await init({
  module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)),
});

/** The tree as an S-expression, "·" for a product typed without a star. */
function sexp(node) {
  switch (node.type) {
    case "number":
      return String(node.value);
    case "name":
      return node.constant ? `${node.name}!` : node.name;
    case "neg":
      return `(- ${sexp(node.operand)})`;
    case "binary":
      return `(${node.implicit ? "·" : node.op} ${sexp(node.left)} ${sexp(node.right)})`;
    case "call":
      return `(${node.name} ${node.args.map(sexp).join(" ")})`;
    default:
      throw new Error(`unknown node ${JSON.stringify(node)}`);
  }
}

test("the lecture's loss: w₁w₂x read as two products without a star", () => {
  assert.equal(sexp(parseFormula("(ŷ - w₁w₂x)^2")), "(^ (- ŷ (· (· w1 w2) x)) 2)");
  assert.equal(sexp(parseFormula("(y - w1*w2*x)^2")), "(^ (- y (* (* w1 w2) x)) 2)");
  // ASCII digits do not end a name: w1w2x is one name, a single parameter.
  assert.equal(sexp(parseFormula("w1w2x")), "w1w2x");
  assert.equal(sexp(parseFormula("2sin(pi w1) - e")), "(- (· 2 (sin (· pi! w1))) e!)");
});

test("offsets are JavaScript string indices: text.slice(start, end) is the node's text", () => {
  const text = "θ₁² + 𝑥·w2";
  const tree = parseFormula(text);
  assert.equal(text.slice(tree.start, tree.end), text);
  assert.equal(text.slice(tree.left.start, tree.left.end), "θ₁²");
  assert.equal(text.slice(tree.left.left.start, tree.left.left.end), "θ₁");
  assert.equal(text.slice(tree.right.left.start, tree.right.left.end), "𝑥");
  assert.equal(tree.right.implicit, false, "· is a star");
});

test("a bad formula throws what new Loss throws: code, message in the language asked for, span", () => {
  for (const bad of ["sine(w1)", "(w1 + w2", "w1 +", ""]) {
    let fromTree;
    let fromLoss;
    try {
      parseFormula(bad, { lang: "zh" });
    } catch (error) {
      fromTree = error;
    }
    try {
      new Loss(bad, { lang: "zh" });
    } catch (error) {
      fromLoss = error;
    }
    assert.ok(fromTree instanceof Error, `${bad}: throws`);
    assert.deepEqual([fromTree.code, fromTree.message, fromTree.start, fromTree.end], [fromLoss.code, fromLoss.message, fromLoss.start, fromLoss.end], bad);
  }
  assert.throws(() => parseFormula("w1", { lang: 3 }), /parseFormula/);
});
