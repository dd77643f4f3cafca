// The training-data table: editable column names and numbers, rows and columns added and
// removed. It keeps the draft as typed (strings), flags what is not a number or not a name,
// and reports the table as [{ name, values }] only when all of it is valid.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { parseNumber, formatForInput } from "../i18n/format.js";

// A column name: a letter or _, then letters, digits, _ or subscript digits (like ŷ, x₁).
const NAME = /^[\p{L}_][\p{L}\p{N}_₀-₉]*$/u;

export class DataEditor {
  /**
   * @param {HTMLElement} root  contains table.data-table, the buttons and p.data-error
   * @param {{ onChange: (columns) => void, onInvalid: () => void }} handlers
   */
  constructor(root, { onChange, onInvalid }) {
    this.root = root;
    this.table = root.querySelector("table");
    this.errorBox = root.querySelector(".data-error");
    this.addRowButton = root.querySelector(".add-row");
    this.addColumnButton = root.querySelector(".add-column");
    this.onChange = onChange;
    this.onInvalid = onInvalid;
    this.lang = "en";
    this.names = [];
    this.rows = []; // rows[r][c]: text as typed
    this.unused = new Set();
    this.addRowButton.addEventListener("click", () => {
      this.rows.push(this.names.map(() => "0"));
      this.render();
      this.changed();
      this.focusCell(this.rows.length - 1, 0);
    });
    this.addColumnButton.addEventListener("click", () => {
      this.names.push(this.freshName());
      for (const row of this.rows) row.push("0");
      if (this.rows.length === 0) this.rows.push(["0"]);
      this.render();
      this.changed();
      this.table.querySelector(`thead input[data-col="${this.names.length - 1}"]`)?.select();
    });
    // One listener for every cell: typing edits the draft without re-rendering (focus stays).
    this.table.addEventListener("input", (event) => {
      const input = event.target;
      const col = Number(input.dataset.col);
      if (input.dataset.row === undefined) this.names[col] = input.value.trim();
      else this.rows[Number(input.dataset.row)][col] = input.value;
      this.changed();
    });
    this.table.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.dataset.removeRow !== undefined) {
        this.rows.splice(Number(button.dataset.removeRow), 1);
      } else if (button.dataset.removeCol !== undefined) {
        const col = Number(button.dataset.removeCol);
        this.names.splice(col, 1);
        for (const row of this.rows) row.splice(col, 1);
        if (this.names.length === 0) this.rows = [];
      }
      this.render();
      this.changed();
    });
  }

  /** Loads a table (from the URL) and renders it. */
  setColumns(columns) {
    this.names = columns.map((c) => c.name);
    const n = columns.length ? columns[0].values.length : 0;
    this.rows = Array.from({ length: n }, (_, r) => columns.map((c) => formatForInput(c.values[r])));
    this.render();
    this.validate();
  }

  setLang(lang) {
    this.lang = lang;
    this.render();
    this.validate();
  }

  /** Marks the columns the formula does not read (a likely typo: ŷ in the table, y in L). */
  setUnused(names) {
    this.unused = new Set(names);
    for (const input of this.table.querySelectorAll("thead input")) this.markUnused(input);
  }

  markUnused(input) {
    const unused = this.unused.has(input.value.trim());
    input.closest("th").classList.toggle("unused", unused);
    input.title = unused ? t(this.lang, "unusedColumn") : "";
  }

  freshName() {
    for (const candidate of ["x", "y", "z", "a", "b", "c"]) if (!this.names.includes(candidate)) return candidate;
    let k = 1;
    while (this.names.includes(`x${k}`)) k++;
    return `x${k}`;
  }

  render() {
    const lang = this.lang;
    const head = el("tr", {}, [
      ...this.names.map((name, c) =>
        el("th", { attrs: { scope: "col" } }, [
          el("div", { class: "col-head" }, [
            el("input", {
              class: "col-name",
              attrs: {
                value: name,
                "data-col": c,
                "aria-label": t(lang, "dataColumnName", { n: c + 1 }),
                spellcheck: "false",
                autocomplete: "off",
                autocapitalize: "off",
              },
            }),
            el("button", {
              class: "icon-button remove",
              text: "×",
              attrs: { type: "button", "data-remove-col": c, "aria-label": t(lang, "removeColumn", { name }) },
            }),
          ]),
        ]),
      ),
      el("td"),
    ]);
    const body = this.rows.map((row, r) =>
      el("tr", {}, [
        ...row.map((text, c) =>
          el("td", {}, [
            el("input", {
              class: "cell",
              attrs: {
                value: text,
                "data-row": r,
                "data-col": c,
                inputmode: "decimal",
                autocomplete: "off",
                "aria-label": t(lang, "dataCell", { name: this.names[c] || c + 1, row: r + 1 }),
              },
            }),
          ]),
        ),
        el("td", {}, [
          el("button", {
            class: "icon-button remove",
            text: "×",
            attrs: { type: "button", "data-remove-row": r, "aria-label": t(lang, "removeRow", { row: r + 1 }) },
          }),
        ]),
      ]),
    );
    this.table.replaceChildren(el("thead", {}, [head]), el("tbody", {}, body));
    // No table at all (a formula given without data): said, rather than an empty grid.
    this.table.hidden = this.names.length === 0;
    this.noneNote ??= this.table.closest(".table-scroll").insertAdjacentElement("afterend", el("p", { class: "hint data-none" }));
    this.noneNote.textContent = t(lang, "dataNone");
    this.noneNote.hidden = this.names.length > 0;
    this.addRowButton.textContent = t(lang, "addRow");
    this.addColumnButton.textContent = t(lang, "addColumn");
    this.addRowButton.disabled = this.names.length === 0;
    for (const input of this.table.querySelectorAll("thead input")) this.markUnused(input);
  }

  focusCell(row, col) {
    this.table.querySelector(`input[data-row="${row}"][data-col="${col}"]`)?.select();
  }

  changed() {
    const columns = this.validate();
    if (columns) this.onChange(columns);
    else this.onInvalid();
  }

  /** Flags bad cells and names; returns the columns when everything is valid, else null. */
  validate() {
    const lang = this.lang;
    const problems = [];
    const seen = new Set();
    this.names.forEach((name, c) => {
      const input = this.table.querySelector(`thead input[data-col="${c}"]`);
      let bad = false;
      if (!NAME.test(name)) {
        problems.push(t(lang, "badColumnName", { n: c + 1 }));
        bad = true;
      } else if (seen.has(name)) {
        problems.push(t(lang, "duplicateColumn", { name }));
        bad = true;
      }
      seen.add(name);
      setInvalid(input, bad);
      if (input) this.markUnused(input);
    });
    this.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        const bad = !Number.isFinite(parseNumber(text));
        if (bad) problems.push(t(lang, "badNumber", { text, name: this.names[c] || c + 1, row: r + 1 }));
        setInvalid(this.table.querySelector(`input[data-row="${r}"][data-col="${c}"]`), bad);
      }),
    );
    if (this.names.length > 0 && this.rows.length === 0) problems.push(t(lang, "emptyData"));
    this.errorBox.textContent = problems.length ? `${problems[0]} ${t(lang, "dataStale")}` : "";
    this.errorBox.hidden = problems.length === 0;
    if (problems.length) return null;
    return this.names.map((name, c) => ({ name, values: this.rows.map((row) => parseNumber(row[c])) }));
  }

  /** Shows an error the core found in valid-looking data (e.g. a name that is a function). */
  showCoreError(message) {
    this.errorBox.textContent = `${message} ${t(this.lang, "dataStale")}`;
    this.errorBox.hidden = false;
  }
}

function setInvalid(input, bad) {
  if (!input) return;
  if (bad) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}
