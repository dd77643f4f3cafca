// "Copy LaTeX" (www/export/latex-snippet.js) against the analysis it is made from: the lecture's
// saddle in both languages, and a point whose numbers need powers of ten. Every number in the
// LaTeX is read back and compared with the core's analyze().
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss, parseFormula } from "../../www/pkg/hessian_explorer.js";
import { latexSnippet } from "../../www/export/latex-snippet.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

/** The numbers of a LaTeX matrix or vector, in reading order ("1.5 \times 10^{-7}" included). */
function numbers(tex) {
  return [...tex.matchAll(/(-?\d+(?:\.\d+)?)(?: \\times 10\^\{(-?\d+)\})?/g)].map(([, m, e]) => Number(m) * 10 ** Number(e ?? 0));
}

/** The body of the \begin{pmatrix} … \end{pmatrix} after `label` on the line that has it. */
function matrixAfter(tex, label) {
  const line = tex.split("\n").find((l) => l.includes(label));
  return line.slice(line.indexOf(label)).match(/\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}/)[1];
}

const close = (actual, expected) => actual.length === expected.length && actual.every((x, k) => Math.abs(x - expected[k]) <= 5e-4 * Math.max(1, Math.abs(expected[k])));

function snippet(formula, data, theta, lang) {
  const loss = new Loss(formula, { data });
  const analysis = loss.analyze(theta);
  const columns = Object.entries(data).map(([name, values]) => ({ name, values }));
  const tex = latexSnippet({ analysis, params: loss.params, theta, tree: parseFormula(formula), columns, lang });
  return { tex, analysis };
}

test("the lecture's saddle: H as the issue writes it, g, θ′, each λ with its eigenvector, the verdict", () => {
  const { tex, analysis } = snippet("(ŷ - w₁ w₂ x)^2", { x: [1], ŷ: [1] }, [0, 0], "en");
  assert.match(tex, /\\\[ H = \\begin\{pmatrix\} 0 & -2 \\\\ -2 & 0 \\end\{pmatrix\} \\\]/);
  assert.match(tex, /\\\[ L\(w_\{1\}, w_\{2\}\) = \\left\(\\hat\{y\} - w_\{1\} \\cdot w_\{2\} \\cdot x\\right\)\^\{2\} \\\]/);
  assert.ok(close(numbers(matrixAfter(tex, "g = ")), analysis.gradient));
  assert.ok(close(numbers(matrixAfter(tex, "\\theta' = ")), [0, 0]));
  analysis.eigenvalues.forEach((lambda, k) => {
    assert.match(tex, new RegExp(`\\\\lambda_\\{${k + 1}\\} = ${lambda}`));
    assert.ok(close(numbers(matrixAfter(tex, `u_{${k + 1}} = `)), analysis.eigenvectors[k]), `u${k + 1}`);
  });
  assert.match(tex, /^Saddle point\. Eigenvalues of both signs: a saddle point\. Moving along u \(the eigenvector of \$\\lambda = -2\$\) lowers the loss\.$/m);
  assert.match(tex, /^% data: x = \(1\); ŷ = \(1\)$/m);
});

test("in Chinese: the verdict in the page's words, with a note on compiling Chinese", () => {
  const { tex } = snippet("(ŷ - w₁ w₂ x)^2", { x: [1], ŷ: [1] }, [0, 0], "zh");
  assert.match(tex, /^% 中文需要用 XeLaTeX 编译并加载 ctex 宏包$/m);
  assert.match(tex, /^鞍点（saddle point）。特征值有正有负：鞍点（saddle point）。沿特征向量 u 方向走（\$\\lambda = -2\$ 的特征向量），loss 会变小。$/m);
});

test("every number of a point off the critical set matches the analysis: H, g, λ", () => {
  const theta = [0.3, -1.7, 0.05];
  const { tex, analysis } = snippet("w1^2 w2 + exp(w3) sin(w2) + 1e-4 w1 w3", {}, theta, "en");
  assert.ok(close(numbers(matrixAfter(tex, "H = ")), analysis.hessian.flat()));
  assert.ok(close(numbers(matrixAfter(tex, "g = ")), analysis.gradient));
  assert.match(tex, /\\lVert g \\rVert = [\d.]+/);
  assert.match(tex, /Not a critical point\. The gradient is not zero: not a critical point; the loss goes down along \$-g\$\./);
});
