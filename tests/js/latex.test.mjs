// LaTeX for notes (www/maths/latex.js): numbers as the page shows them, names, vectors and
// matrices, a formula's layout, and the page's sentences with their maths in math mode.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { parseFormula } from "../../www/pkg/hessian_explorer.js";
import { layoutFormula } from "../../www/maths/formula-layout.js";
import { latexFormula, latexMatrix, latexName, latexNumber, latexText, latexVector } from "../../www/maths/latex.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

test("numbers: four significant digits as on the page, a plain minus, powers of ten", () => {
  assert.deepEqual([-2, 0, 0.70710678, 123456, 1.23456e-17, -Infinity, null].map(latexNumber), ["-2", "0", "0.7071", "1.235 \\times 10^{5}", "1.235 \\times 10^{-17}", "-\\infty", "\\text{---}"]);
});

test("names, vectors and the issue's matrix", () => {
  assert.deepEqual(["w1", "θ", "ŷ", "y\u0302", "bias", "θ12", "x", "a_b"].map(latexName), ["w_{1}", "\\theta", "\\hat{y}", "\\hat{y}", "\\mathit{bias}", "\\theta_{12}", "x", "\\mathit{a\\_b}"]);
  assert.equal(latexMatrix([[0, -2], [-2, 0]]), "\\begin{pmatrix} 0 & -2 \\\\ -2 & 0 \\end{pmatrix}");
  assert.equal(latexVector([Math.SQRT1_2, -Math.SQRT1_2]), "\\begin{pmatrix} 0.7071 \\\\ -0.7071 \\end{pmatrix}");
});

test("a formula as the engine read it", () => {
  const tex = (f) => latexFormula(layoutFormula(parseFormula(f)));
  assert.equal(tex("(ŷ - w₁ w₂ x)^2"), "\\left(\\hat{y} - w_{1} \\cdot w_{2} \\cdot x\\right)^{2}");
  assert.equal(tex("sin(pi w1)/2 + relu(e)"), "\\frac{\\sin\\left(\\pi \\cdot w_{1}\\right)}{2} + \\operatorname{relu}\\left(\\mathrm{e}\\right)");
  assert.equal(tex("sqrt(abs(x)) - 1e-3"), "\\sqrt{\\left|x\\right|} - 0.001");
  assert.equal(tex("1e-7 w"), "10^{-7} \\cdot w");
});

test("sentences: specials escaped, maths runs in math mode, Chinese left as it is", () => {
  assert.equal(
    latexText("Eigenvalues of both signs: a saddle point. Moving along u (the eigenvector of λ = −2) lowers the loss."),
    "Eigenvalues of both signs: a saddle point. Moving along u (the eigenvector of $\\lambda = -2$) lowers the loss.",
  );
  assert.equal(latexText("the loss goes down along −g."), "the loss goes down along $-g$.");
  assert.equal(latexText("（λ = −1.5 × 10⁻⁷ 的特征向量）"), "（$\\lambda = -1.5 \\times 10^{-7}$ 的特征向量）");
  assert.equal(latexText("100% & #1 at θ′, x_1 {a} ~ ^ \\"), "100\\% \\& \\#1 at $\\theta'$, x\\_1 \\{a\\} \\~{} \\^{} \\textbackslash{}");
});
