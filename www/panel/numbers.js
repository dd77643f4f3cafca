// The numbers of an analysis: L(θ′), g, H, eigenvalues and eigenvectors, and the tolerances
// that decide what counts as zero. Knows the DOM but no state: it is given what it shows (the
// explorer's panel and the quiz's feedback both use it).

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber, prettyName } from "../i18n/format.js";
import { eigenSign } from "../analysis/curvature.js";

/**
 * Past this many parameters H and the eigenvectors are not printed (a network's 337 × 337 would
 * be 100 000 cells): the eigenvalues are listed instead, with their signs counted.
 */
const MAX_PRINTED = 12;

/** What each set of elements shows now, so that a frame that changes nothing writes nothing. */
const shown = new WeakMap();

/**
 * Fills the numbers: `els` = { value, gradient, gradientNorm, hessian, eigen, tolerances }.
 * `params` names the components.
 */
export function renderNumbers(els, analysis, params, lang) {
  const last = shown.get(els);
  if (last && last.analysis === analysis && last.params === params && last.lang === lang) return;
  shown.set(els, { analysis, params, lang });
  const a = analysis;
  els.value.textContent = formatNumber(a.value);

  // g, with "≈ 0" when the whole gradient counts as zero: the test is on ‖g‖, not per entry
  // (not after a ‖g‖ that reads 0 already: "0 ≈ 0" says nothing).
  const gZero = a.gradientNorm !== null && a.gradientNorm <= a.tolerances.gradient && formatNumber(a.gradientNorm) !== "0";
  els.gradient.replaceChildren(vectorTable(a.gradient, params));
  els.gradientNorm.replaceChildren(
    el("span", { text: formatNumber(a.gradientNorm) }),
    gZero ? el("span", { class: "approx-zero", text: t(lang, "approxZero") }) : "",
  );

  const printed = params.length <= MAX_PRINTED;
  els.hessian.replaceChildren(printed ? matrixTable(a.hessian, params, lang) : el("p", { class: "hint", text: t(lang, "manyParamsHessian", { n: params.length }) }));

  if (a.eigenvalues.length === 0) {
    els.eigen.replaceChildren(el("p", { class: "muted", text: t(lang, "noEigen") }));
  } else {
    els.eigen.replaceChildren(printed ? eigenTable(a, params, lang) : eigenList(a, lang));
  }

  const tolG = formatNumber(a.tolerances.gradient);
  const tolE = formatNumber(a.tolerances.eigen);
  const eigenRule =
    a.zeroThreshold === null
      ? t(lang, "toleranceEigenRule", { tolE })
      : t(lang, "toleranceEigen", { tolE, threshold: formatNumber(a.zeroThreshold) });
  els.tolerances.replaceChildren(
    `${t(lang, "tolerancesIntro")} `,
    el("span", { class: "rule", text: t(lang, "toleranceGradient", { tolG }) }),
    lang === "zh" ? "；" : "; ",
    el("span", { class: "rule", text: eigenRule }),
  );
}

// A column vector as a one-column table labelled by parameter.
function vectorTable(values, params) {
  return el(
    "table",
    { class: "vector" },
    [
      el(
        "tbody",
        {},
        values.map((v, k) =>
          el("tr", {}, [
            el("th", { text: prettyName(params[k]), attrs: { scope: "row" } }),
            el("td", { class: "num", text: formatNumber(v) }),
          ]),
        ),
      ),
    ],
  );
}

// H as a bracketed matrix with parameter names on both sides.
function matrixTable(rows, params, lang) {
  const head = el("tr", {}, [el("td"), ...params.map((p) => el("th", { text: prettyName(p), attrs: { scope: "col" } }))]);
  const body = rows.map((row, i) =>
    el("tr", {}, [
      el("th", { text: prettyName(params[i]), attrs: { scope: "row" } }),
      ...row.map((v) => el("td", { class: "num", text: formatNumber(v) })),
    ]),
  );
  return el("table", { class: "matrix", attrs: { "aria-label": t(lang, "hessian") } }, [
    el("thead", {}, [head]),
    el("tbody", {}, body),
  ]);
}

// The eigenvalues alone, ascending, each marked by its sign, with the signs counted.
function eigenList(a, lang) {
  const signs = a.eigenvalues.map((lambda) => eigenSign(lambda, a.zeroThreshold));
  const count = (sign) => signs.filter((s) => s === sign).length;
  return el("div", { class: "eigen-list-box" }, [
    el("p", { class: "hint", text: t(lang, "manyParamsEigen", { n: a.eigenvalues.length, positive: count("positive"), negative: count("negative"), zero: count("zero") }) }),
    el(
      "ol",
      { class: "eigen-list", attrs: { "aria-label": t(lang, "eigen") } },
      a.eigenvalues.map((lambda, k) => el("li", { class: `num eigen-${signs[k]}`, text: formatNumber(lambda) })),
    ),
  ]);
}

// One row per eigenvalue: λ (marked "≈ 0" under the threshold, with its sign), then the
// eigenvector's components; the eigenvector u (the way out of a saddle) is tagged.
function eigenTable(a, params, lang) {
  const head = el("tr", {}, [
    el("th", { text: t(lang, "eigenValue"), attrs: { scope: "col" } }),
    ...params.map((p) => el("th", { text: prettyName(p), attrs: { scope: "col" } })),
    el("td"),
  ]);
  // u is the eigenvector of the most negative λ (ascending order: the first), tagged where the
  // verdict talks about it: at a saddle.
  const escapeIndex = a.escape && a.refined === "saddle" ? 0 : -1;
  const body = a.eigenvalues.map((lambda, k) => {
    const sign = eigenSign(lambda, a.zeroThreshold);
    const zero = sign === "zero";
    return el("tr", { class: `eigen-${sign}` }, [
      el("td", { class: "num lambda" }, [
        el("span", { text: formatNumber(lambda) }),
        zero ? el("span", { class: "approx-zero", text: t(lang, "approxZero") }) : "",
      ]),
      ...a.eigenvectors[k].map((c) => el("td", { class: "num", text: formatNumber(c) })),
      el("td", { class: "escape-tag", text: k === escapeIndex ? t(lang, "escapeMark") : "" }),
    ]);
  });
  return el("table", { class: "eigen-table", attrs: { "aria-label": t(lang, "eigen") } }, [
    el("thead", {}, [head]),
    el("tbody", {}, body),
  ]);
}
