// θ′ typed in: one input per parameter; with more than two parameters, two selects choose
// the axes and the other parameters get a slider (they fix the slice that is drawn). While
// the picture is the slice along two eigenvectors, no parameter is an axis of it: the selects
// step aside and each row says how far its parameter moves along u₁ and u₂.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatForInput, formatNumber, parseNumber, prettyName } from "../i18n/format.js";

/** Slider steps across its range. */
const SLIDER_STEPS = 400;
/** A component of u₁ or u₂ this small is printed as 0 (the slice's own rounding, not noise). */
const SHOWN_ZERO = 0.005;

export class ThetaControls {
  /**
   * @param {HTMLElement} root  contains .axes and .theta-inputs
   * @param {{ onValue: (index: number, value: number) => void, onAxes: (axes: string[]) => void }} handlers
   */
  constructor(root, { onValue, onAxes }) {
    this.axesBox = root.querySelector(".axes");
    this.inputsBox = root.querySelector(".theta-inputs");
    this.onValue = onValue;
    this.onAxes = onAxes;
    this.params = [];
    this.inputsBox.addEventListener("input", (event) => {
      const target = event.target;
      const k = Number(target.dataset.index);
      if (!Number.isInteger(k)) return;
      const value = target.type === "range" ? Number(target.value) : parseNumber(target.value);
      const ok = Number.isFinite(value);
      if (target.type !== "range") {
        if (ok) target.removeAttribute("aria-invalid");
        else target.setAttribute("aria-invalid", "true");
      }
      if (ok) onValue(k, value);
    });
    // Leaving a box with a bad number puts the current value back.
    this.inputsBox.addEventListener("focusout", (event) => {
      const target = event.target;
      if (target.classList?.contains("theta-input") && target.getAttribute("aria-invalid")) {
        target.removeAttribute("aria-invalid");
        target.value = formatForInput(this.theta[Number(target.dataset.index)]);
      }
    });
    this.axesBox.addEventListener("change", () => {
      const [x, y] = [...this.axesBox.querySelectorAll("select")].map((s) => s.value);
      // Choosing the other axis' parameter for an axis swaps the two.
      onAxes(x === y ? [this.axes[1], this.axes[0]] : [x, y]);
    });
  }

  /**
   * Rebuilds for a parameter list; `axes` are names, `theta` values, `range` the slider ±
   * bound; `eigen`: the picture is the slice along two eigenvectors (see setSliceRoles).
   */
  setParams(params, axes, theta, lang, range, eigen = false) {
    this.params = params;
    this.axes = axes;
    this.theta = theta;
    this.lang = lang;
    this.eigen = eigen;
    const many = params.length > 2;
    this.axesBox.hidden = !many || eigen;
    if (many) {
      const select = (label, value) =>
        el("label", { class: "axis-select" }, [
          el("span", { text: label }),
          el(
            "select",
            {},
            params.map((p) => {
              const option = el("option", { text: prettyName(p), attrs: { value: p } });
              option.selected = p === value;
              return option;
            }),
          ),
        ]);
      this.axesBox.replaceChildren(select(t(lang, "axisX"), axes[0]), select(t(lang, "axisY"), axes[1]));
    } else {
      this.axesBox.replaceChildren();
    }
    const rows = params.map((name, k) => {
      const role = name === axes[0] ? "axisX" : name === axes[1] ? "axisY" : "fixed";
      const id = `theta-${k}`;
      const children = [
        el("label", { class: "theta-name", text: prettyName(name), attrs: { for: id } }),
        el("input", {
          class: "theta-input",
          attrs: {
            id,
            value: formatForInput(theta[k]),
            inputmode: "decimal",
            autocomplete: "off",
            spellcheck: "false",
            "data-index": k,
            "aria-label": t(lang, "thetaInput", { name }),
          },
        }),
        el("span", { class: `theta-role role-${eigen ? "eigen" : role}`, text: params.length > 1 && !eigen ? t(lang, role) : "" }),
      ];
      if (role === "fixed") {
        const bound = Math.max(range, Math.abs(theta[k]));
        children.push(
          el("input", {
            class: "theta-slider",
            attrs: {
              type: "range",
              min: -bound,
              max: bound,
              step: (2 * bound) / SLIDER_STEPS,
              value: theta[k],
              "data-index": k,
              "aria-label": t(lang, "thetaSlider", { name }),
            },
          }),
        );
      }
      return el("div", { class: `theta-row ${role === "fixed" ? "is-fixed" : ""}` }, children);
    });
    this.inputsBox.replaceChildren(...rows);
  }

  /**
   * In the slice along two eigenvectors: each row's role is its parameter's share of u₁
   * (across) and u₂ (up), "u₁ 0.69 · u₂ 0", components under SHOWN_ZERO printed as 0.
   */
  setSliceRoles(u1, u2) {
    if (!this.eigen) return;
    const share = (c) => (Math.abs(c) < SHOWN_ZERO ? "0" : formatNumber(c, 2));
    this.inputsBox.querySelectorAll(".theta-role").forEach((span, k) => {
      const text = t(this.lang, "thetaRoleEigen", { a: share(u1[k]), b: share(u2[k]) });
      if (span.textContent !== text) span.textContent = text;
    });
  }

  /** Shows new values without rebuilding; a box being typed in is left alone. */
  update(theta) {
    this.theta = theta;
    for (const input of this.inputsBox.querySelectorAll("input[data-index]")) {
      if (input === document.activeElement) continue;
      const v = theta[Number(input.dataset.index)];
      if (input.type === "range") input.value = v;
      else {
        input.value = formatForInput(v);
        input.removeAttribute("aria-invalid");
      }
    }
  }
}
