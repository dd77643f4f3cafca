// What the overlays show, as text: a visually hidden list under the plot (for screen readers
// and tests: g, the eigenvalues, the Taylor model, the error map's scale) and the error map's
// visible scale.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber } from "../i18n/format.js";
import { lambdaLabel } from "../marks/eigen-axes.js";

export class OverlayReadout {
  /** `readout`: a <ul> for the text; `errorScale`: the element showing the error map's scale. */
  constructor(readout, errorScale) {
    this.readout = readout;
    this.errorScale = errorScale;
    this.text = null;
  }

  /**
   * Writes the overlays switched on (`on`, a Set of ids) for the analysis `a` in `lang`;
   * `errorTop` is the error map's scale top (null before it was drawn), `grid` whether the
   * picture is a plane (the error map exists only there).
   */
  update(on, a, { errorTop, grid }, lang) {
    const items = [];
    if (on.has("g")) items.push(t(lang, "overlayReadG", { g: `(${a.gradient.map((v) => formatNumber(v, 3)).join(", ")})` }));
    if (on.has("eig")) a.eigenvalues.forEach((lambda, k) => items.push(lambdaLabel(k, lambda)));
    if (on.has("taylor")) items.push(t(lang, "overlayReadTaylor"));
    const showError = on.has("err") && errorTop !== null && grid;
    if (showError) items.push(t(lang, "overlayReadError", { top: formatNumber(errorTop, 3) }));
    const text = items.join("|");
    if (text !== this.text) {
      this.text = text;
      this.readout.replaceChildren(...items.map((item) => el("li", { text: item })));
    }
    this.errorScale.hidden = !showError;
    if (showError) {
      this.errorScale.querySelector(".error-scale-name").textContent = t(lang, "overlayErrorScale");
      this.errorScale.querySelector(".error-scale-top").textContent = `≥ ${formatNumber(errorTop, 3)}`;
    }
  }
}
