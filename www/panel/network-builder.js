// The network builder: a network as the loss (experiment/network-spec.js), chosen from examples
// or put together (data, inputs, hidden layers, activation, loss, biases), with its size, its
// data at a glance and, for small networks, its loss as a formula. The explorer's panel and the
// experiment each have one; both edit the page's one network through `onChange`.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { parseNumber } from "../i18n/format.js";
import { drawDataPreview } from "./data-preview.js";
import { ACTIVATIONS, LOSSES, DATASETS, MAX_LAYERS, MAX_WIDTH, MAX_ROWS, NETWORK_EXAMPLES, network, sameNetwork, inputColumns } from "../experiment/network-spec.js";
import { parseWholeIn } from "../app/url-values.js";

/** Units of a hidden layer added with "+ Layer". */
const NEW_LAYER_WIDTH = 4;
/** The data choices: the core's datasets, then the explorer's table. */
const DATA_CHOICES = [...Object.keys(DATASETS), "table"];

export class NetworkBuilder {
  /**
   * @param {HTMLElement} root  emptied and filled with the builder
   * @param {{ id: string, onChange: (net) => void, onOpen?: () => void, tableNote: string }} options
   *   id prefixes the elements' ids (two builders share the page); onOpen, when given, adds the
   *   "open in the explorer" button; tableNote is the string key that says where the table is edited
   */
  constructor(root, { id, onChange, onOpen = null, tableNote }) {
    this.id = id;
    this.onChange = onChange;
    this.tableNoteKey = tableNote;
    this.lang = "en";
    this.net = null;
    this.columns = []; // the column names the network can read
    const field = (name, control) => {
      control.id = `${id}-${name}`;
      const label = el("label", { class: "net-label", attrs: { for: control.id } });
      return { label, control, row: el("div", { class: `net-field net-${name}` }, [label, control]) };
    };
    this.example = field("example", el("select", { class: "net-select" }));
    this.data = field("data", el("select", { class: "net-select" }, DATA_CHOICES.map((d) => el("option", { attrs: { value: d } }))));
    this.seed = field("seed", numberBox());
    this.rows = field("rows", numberBox());
    this.noise = field("noise", numberBox());
    this.activation = field("activation", el("select", { class: "net-select" }, ACTIVATIONS.map((a) => el("option", { attrs: { value: a } }))));
    this.loss = field("loss", el("select", { class: "net-select" }, LOSSES.map((l) => el("option", { attrs: { value: l } }))));
    this.target = field("target", el("select", { class: "net-select" }));
    this.bias = el("input", { attrs: { type: "checkbox", id: `${id}-bias` } });
    this.biasLabel = el("label", { class: "net-check", attrs: { for: `${id}-bias` } });
    this.inputsTitle = el("span", { class: "net-label" });
    this.inputs = el("span", { class: "net-inputs" });
    this.hiddenTitle = el("span", { class: "net-label" });
    this.layers = el("span", { class: "net-layers" });
    this.addLayer = el("button", { class: "small-button", attrs: { type: "button" } });
    this.dataParams = el("div", { class: "net-data-params" }, [this.seed.row, this.rows.row, this.noise.row]);
    this.tableNote = el("p", { class: "hint net-table-note" });
    this.reluWarning = el("p", { class: "net-warning", attrs: { role: "note" } });
    this.inputError = el("p", { class: "error net-input-error", attrs: { role: "alert" } });
    this.size = el("p", { class: "net-size" });
    this.preview = el("canvas", { class: "net-preview", attrs: { role: "img" } });
    this.formulaLabel = el("p", { class: "hint net-formula-label" });
    this.formula = el("code", { class: "net-formula" });
    this.error = el("p", { class: "error net-error", attrs: { role: "alert" } });
    this.open = onOpen ? el("button", { class: "small-button net-open", attrs: { type: "button" } }) : null;
    root.replaceChildren(
      el("div", { class: "net-builder" }, [
        this.example.row,
        el("div", { class: "net-group" }, [this.data.row, this.dataParams]),
        this.tableNote,
        el("div", { class: "net-group" }, [el("div", { class: "net-field" }, [this.inputsTitle, this.inputs]), this.target.row]),
        el("div", { class: "net-field net-hidden" }, [this.hiddenTitle, this.layers, this.addLayer]),
        el("div", { class: "net-group" }, [this.activation.row, this.loss.row, el("div", { class: "net-field" }, [this.bias, this.biasLabel])]),
        this.reluWarning,
        this.inputError,
        this.error,
        el("div", { class: "net-summary" }, [this.preview, el("div", { class: "net-summary-text" }, [this.size, this.formulaLabel, this.formula])]),
        this.open,
      ]),
    );
    this.example.control.addEventListener("change", () => {
      const chosen = NETWORK_EXAMPLES.find((e) => e.id === this.example.control.value);
      if (chosen) this.emit(chosen.network);
    });
    this.data.control.addEventListener("change", () => this.changeData());
    this.addLayer.addEventListener("click", () => this.emit(network({ ...this.net, hidden: [...this.net.hidden, NEW_LAYER_WIDTH] })));
    this.layers.addEventListener("click", (event) => {
      const k = event.target.closest("button")?.dataset.remove;
      if (k !== undefined) this.emit(network({ ...this.net, hidden: this.net.hidden.filter((_, i) => i !== Number(k)) }));
    });
    root.addEventListener("change", (event) => {
      if (event.target !== this.example.control && event.target !== this.data.control) this.emitFromControls();
    });
    // Numbers apply as they are typed (when valid), as the θ′ boxes do.
    root.addEventListener("input", (event) => {
      if (event.target.type === "text") this.emitFromControls();
    });
    this.open?.addEventListener("click", onOpen);
  }

  setLang(lang) {
    this.lang = lang;
    const label = (f, key) => (f.label.textContent = t(lang, key));
    label(this.example, "netExample");
    label(this.data, "netData");
    label(this.seed, "netSeed");
    label(this.rows, "netRows");
    label(this.noise, "netNoise");
    label(this.activation, "netActivation");
    label(this.loss, "netLoss");
    label(this.target, "netTarget");
    this.biasLabel.textContent = t(lang, "netBias");
    this.inputsTitle.textContent = t(lang, "netInputs");
    this.hiddenTitle.textContent = t(lang, "netHidden");
    this.addLayer.textContent = t(lang, "netAddLayer");
    this.reluWarning.textContent = t(lang, "netReluWarning");
    this.tableNote.textContent = t(lang, this.tableNoteKey);
    if (this.open) this.open.textContent = t(lang, "netOpen");
    this.example.control.replaceChildren(
      el("option", { text: t(lang, "netExampleCustom"), attrs: { value: "custom", disabled: "" } }),
      ...NETWORK_EXAMPLES.map((e) => el("option", { text: t(lang, `netExample_${e.id}`), attrs: { value: e.id } })),
    );
    for (const option of this.data.control.options) option.textContent = t(lang, `data_${option.value}`);
    for (const option of this.activation.control.options) option.textContent = t(lang, `act_${option.value}`);
    for (const option of this.loss.control.options) option.textContent = t(lang, `loss_${option.value}`);
    this.shown = null; // everything is shown again in the new words
  }

  /**
   * Shows `net` and what the core says of it (`description`: experiment/network-description.js);
   * `tableColumns` ([{ name, values }]) are the explorer's data table. Cheap when unchanged.
   */
  show(net, description, tableColumns) {
    const key = [net, description, tableColumns, this.lang];
    if (this.shown && key.every((k, i) => k === this.shown[i])) return;
    this.shown = key;
    this.net = net;
    const lang = this.lang;
    const names = net.data === null ? tableColumns.map((c) => c.name) : DATASETS[net.data.name].columns;
    this.columns = names;
    const focused = document.activeElement;
    const set = (control, value) => {
      if (control !== focused) {
        control.value = value;
        control.removeAttribute("aria-invalid");
      }
    };
    this.example.control.value = NETWORK_EXAMPLES.find((e) => sameNetwork(e.network, net))?.id ?? "custom";
    set(this.data.control, net.data === null ? "table" : net.data.name);
    const generated = net.data !== null && net.data.name !== "lecture";
    this.dataParams.hidden = !generated;
    if (net.data !== null) {
      set(this.seed.control, String(net.data.seed));
      set(this.rows.control, String(net.data.n));
      set(this.noise.control, String(net.data.noise));
    }
    this.tableNote.hidden = net.data !== null;
    set(this.activation.control, net.activation);
    set(this.loss.control, net.loss);
    this.bias.checked = net.bias;
    this.reluWarning.hidden = net.activation !== "relu";
    this.target.row.hidden = net.data !== null;
    this.target.control.replaceChildren(...names.map((n) => el("option", { text: n, attrs: { value: n } })));
    this.target.control.value = net.target;
    const used = new Set(inputColumns(net, names));
    this.inputs.replaceChildren(
      ...names
        .filter((n) => n !== net.target)
        .map((name) => {
          const box = el("input", { attrs: { type: "checkbox", "data-input": name, "aria-label": t(lang, "netInput", { name }) } });
          box.checked = used.has(name);
          return el("label", { class: "net-check" }, [box, el("span", { text: name })]);
        }),
    );
    this.showLayers(net.hidden, focused);
    this.addLayer.disabled = net.hidden.length >= MAX_LAYERS;
    this.inputError.hidden = true;
    this.showDescription(net, description);
  }

  /** The hidden layers' boxes: rebuilt when their number changes, else their values set. */
  showLayers(hidden, focused) {
    const boxes = [...this.layers.querySelectorAll("input")];
    if (boxes.length !== hidden.length || this.layersLang !== this.lang) {
      this.layersLang = this.lang;
      this.layers.replaceChildren(
        ...(hidden.length === 0 ? [el("span", { class: "hint", text: t(this.lang, "netNoHidden") })] : []),
        ...hidden.map((width, k) =>
          el("span", { class: "net-layer" }, [
            numberBox({ value: String(width), "data-layer": k, "aria-label": t(this.lang, "netLayer", { k: k + 1 }) }),
            el("button", { class: "icon-button", text: "×", attrs: { type: "button", "data-remove": k, "aria-label": t(this.lang, "netRemoveLayer", { k: k + 1 }) } }),
          ]),
        ),
      );
      return;
    }
    boxes.forEach((box, k) => {
      if (box !== focused) box.value = String(hidden[k]);
    });
  }

  showDescription(net, description) {
    const lang = this.lang;
    this.error.hidden = !description.error;
    this.error.textContent = description.error ? t(lang, "netError", { message: description.error.message }) : "";
    const ok = !description.error;
    this.size.hidden = !ok;
    this.formulaLabel.hidden = !ok;
    this.formula.hidden = !ok || description.formula === undefined;
    if (this.open) this.open.disabled = !ok;
    if (!ok) {
      this.preview.hidden = true;
      return;
    }
    const params = description.params.length;
    this.size.textContent = t(lang, "netSize", { params, rows: description.rows });
    this.formulaLabel.textContent = description.formula === undefined ? t(lang, "netFormulaTooLarge", { params }) : t(lang, "netFormulaLabel");
    this.formula.textContent = description.formula ?? "";
    this.preview.hidden = false;
    const drawn = drawDataPreview(this.preview, description.columns, inputColumns(net, this.columns), net.target);
    this.preview.hidden = !drawn;
    this.preview.setAttribute("aria-label", t(lang, "netPreview", { rows: description.rows }));
  }

  /** A new data source: the dataset's own columns as inputs, or the table's last column as the target. */
  changeData() {
    const choice = this.data.control.value;
    if (choice === "table") {
      const names = this.shown?.[2].map((c) => c.name) ?? [];
      const target = names.at(-1) ?? "y";
      this.emit(network({ ...this.net, data: null, target, inputs: names.filter((n) => n !== target) }));
      return;
    }
    const defaults = DATASETS[choice];
    const old = this.net.data;
    const data = { name: choice, seed: old?.seed ?? 1, n: defaults.n, noise: defaults.noise };
    this.emit(network({ ...this.net, data, target: "y", inputs: defaults.columns.filter((c) => c !== "y") }));
  }

  /** The network the controls describe, sent on when every box holds a valid number. */
  emitFromControls() {
    const numbers = {};
    const lang = this.lang;
    // Each box's value, or the box marked and the message that says what it needs.
    const check = (box, parse, message) => {
      try {
        const value = parse(box.value.trim());
        box.removeAttribute("aria-invalid");
        return value;
      } catch {
        box.setAttribute("aria-invalid", "true");
        throw new Error(message);
      }
    };
    try {
      if (this.net.data !== null && this.net.data.name !== "lecture") {
        numbers.seed = check(this.seed.control, (s) => parseWholeIn(s, 0, Number.MAX_SAFE_INTEGER), t(lang, "netBadNumber", { min: 0, max: Number.MAX_SAFE_INTEGER }));
        numbers.n = check(this.rows.control, (s) => parseWholeIn(s, 1, MAX_ROWS), t(lang, "netBadNumber", { min: 1, max: MAX_ROWS }));
        numbers.noise = check(this.noise.control, parseNoise, t(lang, "netBadNoise"));
      }
      const layerMessage = t(lang, "netBadNumber", { min: 1, max: MAX_WIDTH });
      numbers.hidden = [...this.layers.querySelectorAll("input")].map((box) => check(box, (s) => parseWholeIn(s, 1, MAX_WIDTH), layerMessage));
    } catch (error) {
      this.inputError.hidden = false;
      this.inputError.textContent = error.message;
      return;
    }
    this.inputError.hidden = true;
    const target = this.net.data === null ? this.target.control.value : "y";
    const inputs = [...this.inputs.querySelectorAll("input:checked")].map((box) => box.dataset.input).filter((n) => n !== target);
    const data = this.net.data === null ? null : { ...this.net.data, ...(this.net.data.name === "lecture" ? {} : { seed: numbers.seed, n: numbers.n, noise: numbers.noise }) };
    this.emit(
      network({
        inputs,
        target,
        hidden: numbers.hidden,
        activation: this.activation.control.value,
        loss: this.loss.control.value,
        bias: this.bias.checked,
        data,
      }),
    );
  }

  emit(net) {
    if (!sameNetwork(net, this.net)) this.onChange(net);
  }
}

/** A small box for a number (text, so that a half-typed number is not rejected by the browser). */
function numberBox(attrs = {}) {
  return el("input", { class: "net-number", attrs: { type: "text", inputmode: "decimal", autocomplete: "off", spellcheck: "false", ...attrs } });
}

/** Noise: a number ≥ 0. */
function parseNoise(text) {
  const x = parseNumber(text);
  if (!(x >= 0) || !Number.isFinite(x)) throw new Error("noise is a number ≥ 0");
  return x;
}
