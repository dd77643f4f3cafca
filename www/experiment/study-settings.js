// The study's settings as the page edits them: runs, seed, training steps and the method,
// with the method's explanation. A box holding something that is not a whole number in its
// range is marked and explained, and the settings are sent on only when all of them are valid.

import { el } from "../panel/dom.js";
import { t } from "../i18n/i18n.js";
import { METHODS, MAX_RUNS, MAX_TRAIN_STEPS, study } from "./study-spec.js";
import { parseWholeIn } from "../app/url-values.js";

/** The boxes: their setting, string key and range. */
const NUMBERS = [
  ["runs", "studyRuns", 1, MAX_RUNS],
  ["seed", "studySeed", 0, Number.MAX_SAFE_INTEGER],
  ["steps", "studySteps", 1, MAX_TRAIN_STEPS],
];

export class StudySettings {
  /** `onChange(study)`: new valid settings; `onInvalid()`: a box holds a bad value. */
  constructor({ onChange, onInvalid }) {
    this.valid = true;
    const box = (name) => el("input", { class: "net-number", attrs: { id: `exp-${name}`, type: "text", inputmode: "numeric", autocomplete: "off" } });
    this.fields = Object.fromEntries(NUMBERS.map(([name]) => [name, box(name)]));
    this.fields.method = el("select", { class: "net-select", attrs: { id: "exp-method" } }, METHODS.map((m) => el("option", { attrs: { value: m } })));
    this.labels = Object.fromEntries(Object.keys(this.fields).map((name) => [name, el("label", { class: "net-label", attrs: { for: `exp-${name}` } })]));
    const row = (name) => el("div", { class: `net-field exp-${name}` }, [this.labels[name], this.fields[name]]);
    this.hint = el("p", { class: "hint exp-method-hint" });
    this.error = el("p", { class: "error", attrs: { role: "alert", hidden: "" } });
    this.root = el("div", { class: "exp-settings" }, [el("div", { class: "net-group" }, NUMBERS.map(([name]) => row(name))), row("method"), this.hint, this.error]);
    const read = () => {
      const s = this.read();
      if (s) onChange(s);
      else onInvalid();
    };
    this.root.addEventListener("input", read);
    this.root.addEventListener("change", read);
  }

  setLang(lang) {
    this.lang = lang;
    for (const [name, key] of NUMBERS) this.labels[name].textContent = t(lang, key);
    this.labels.method.textContent = t(lang, "studyMethod");
    for (const option of this.fields.method.options) option.textContent = t(lang, `method_${option.value}`);
    this.error.textContent = t(lang, "studyBadSettings", { maxRuns: MAX_RUNS, maxSteps: MAX_TRAIN_STEPS });
  }

  /** The settings in the boxes, or null (the bad boxes marked) when one is not valid. */
  read() {
    const values = {};
    for (const [name, , min, max] of NUMBERS) {
      const box = this.fields[name];
      try {
        values[name] = parseWholeIn(box.value.trim(), min, max);
        box.removeAttribute("aria-invalid");
      } catch {
        box.setAttribute("aria-invalid", "true");
      }
    }
    this.valid = NUMBERS.every(([name]) => name in values);
    this.error.hidden = this.valid;
    return this.valid ? study({ ...values, method: this.fields.method.value }) : null;
  }

  /** Shows the study `s` (a box being typed in, or holding a bad value, is left alone). */
  show(s) {
    for (const [name] of NUMBERS) {
      const box = this.fields[name];
      if (box !== document.activeElement && !box.getAttribute("aria-invalid")) box.value = String(s[name]);
    }
    this.fields.method.value = s.method;
    this.hint.textContent = t(this.lang, `methodHint_${s.method}`);
  }
}
