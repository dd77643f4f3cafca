// The presets menu above the formula: a <select> of the presets (app/presets.js) and the
// chosen one's caption. Choosing one writes the URL hash (formula, data, θ′, window, axes) and
// lets the page's hashchange handler apply it, so a preset is also a shareable link.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { PRESETS, presetHash, matchPreset } from "../app/presets.js";

/** The menu: a <select> and the chosen preset's caption, inside `root`. */
export class PresetMenu {
  constructor(root) {
    this.root = root;
    this.lang = "en";
    this.current = null;
    this.label = el("label", { class: "card-title", attrs: { for: "preset-select" } });
    this.select = el("select", { class: "preset-select", attrs: { id: "preset-select" } });
    this.caption = el("p", { class: "preset-caption hint", attrs: { id: "preset-caption", "aria-live": "polite" } });
    this.select.setAttribute("aria-describedby", "preset-caption");
    root.replaceChildren(this.label, this.select, this.caption);
    this.select.addEventListener("change", () => {
      const preset = PRESETS.find((p) => p.id === this.select.value);
      if (!preset) return;
      // A hash change, not a direct call: the page applies it exactly as it applies a link.
      location.hash = presetHash(preset, location.hash) || "#";
    });
    this.render();
  }

  setLang(lang) {
    this.lang = lang;
    this.render();
  }

  /** Marks the preset the page shows (null: the user's own formula). Cheap when unchanged. */
  show(formula, columns) {
    // Called every frame; the page replaces (never mutates) its formula text and columns.
    if (formula === this.shownFormula && columns === this.shownColumns) return;
    this.shownFormula = formula;
    this.shownColumns = columns;
    const id = matchPreset(formula, columns)?.id ?? "custom";
    if (id === this.current) return;
    this.current = id;
    this.select.value = id;
    this.renderCaption();
  }

  render() {
    const lang = this.lang;
    this.label.textContent = t(lang, "presetsLabel");
    const options = [
      el("option", { text: t(lang, "presetsCustom"), attrs: { value: "custom", disabled: "" } }),
      ...PRESETS.map((p) => el("option", { text: t(lang, `presets_${p.id}`), attrs: { value: p.id } })),
    ];
    this.select.replaceChildren(...options);
    this.select.value = this.current ?? "custom";
    this.renderCaption();
  }

  renderCaption() {
    const id = this.current ?? "custom";
    this.caption.textContent = id === "custom" ? t(this.lang, "presetsCustomCaption") : t(this.lang, `presets_${id}_caption`);
  }
}
