// "Copy LaTeX": the maths at θ′ for course notes, from the same analysis the page shows: the
// loss as the engine read it, θ′ and L(θ′), g and ‖g‖, H, each eigenvalue with its
// eigenvector, and the verdict sentence in the page's language. Pure.
//
//   \[ H = \begin{pmatrix} 0 & -2 \\ -2 & 0 \end{pmatrix} \]

import { t } from "../i18n/i18n.js";
import { verdictText } from "../panel/verdict.js";
import { layoutFormula } from "../maths/formula-layout.js";
import { latexFormula, latexMatrix, latexName, latexNumber, latexText, latexVector } from "../maths/latex.js";

/**
 * The snippet for the analysis `analysis` (the core's analyze) at `theta` of the loss over
 * `params`, whose formula's tree (parseFormula) is `tree` (null: no formula line), with data
 * `columns` ([{ name, values }] the formula reads), in `lang`.
 */
export function latexSnippet({ analysis: a, params, theta, tree, columns, lang }) {
  const lines = [`% ${t(lang, "exportLatexComment")}`];
  if (lang === "zh") lines.push(`% ${t(lang, "exportLatexChinese")}`);
  if (columns.length) lines.push(`% ${t(lang, "exportLatexData", { data: columns.map((c) => `${c.name} = (${c.values.join(", ")})`).join("; ") })}`);
  const args = params.map(latexName).join(", ");
  if (tree) lines.push(`\\[ L(${args}) = ${latexFormula(layoutFormula(tree))} \\]`);
  lines.push(`\\[ \\theta' = ${latexVector(theta)}, \\quad L(\\theta') = ${latexNumber(a.value)} \\]`);
  lines.push(`\\[ g = \\nabla L(\\theta') = ${latexVector(a.gradient)}, \\quad \\lVert g \\rVert = ${latexNumber(a.gradientNorm)} \\]`);
  lines.push(`\\[ H = ${latexMatrix(a.hessian)} \\]`);
  if (a.eigenvalues.length) {
    const pairs = a.eigenvalues.map((lambda, k) => `\\lambda_{${k + 1}} = ${latexNumber(lambda)}, \\quad u_{${k + 1}} = ${latexVector(a.eigenvectors[k])}`);
    lines.push(`\\[ ${pairs.join(" ;\\qquad ")} \\]`);
  }
  const verdict = verdictText(a, lang);
  const title = verdict.tag ? t(lang, "exportLatexTitleTag", { title: verdict.title, tag: verdict.tag }) : verdict.title;
  lines.push(latexText(t(lang, "exportLatexVerdict", { title, sentence: verdict.sentence })));
  return lines.join("\n") + "\n";
}
