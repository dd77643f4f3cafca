// θ′ typed in: one input per parameter; with more than two parameters, two selects choose
// the axes and the other parameters get a slider (they fix the slice that is drawn).

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatForInput, parseNumber, prettyName } from "../i18n/format.js";

/** Slider steps across its range. */
const SLIDER_STEPS = 400;

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

  /** Rebuilds for a parameter list; `axes` are names, `theta` values, `range` the slider ± bound. */
  setParams(params, axes, theta, lang, range) {
    this.params = params;
    this.axes = axes;
    this.theta = theta;
    const many = params.length > 2;
    this.axesBox.hidden = !many;
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
        el("span", { class: `theta-role role-${role}`, text: params.length > 1 ? t(lang, role) : "" }),
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
