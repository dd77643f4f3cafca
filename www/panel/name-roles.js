// Under the formula: which names are parameters and which are data, with the data's values
// ("x = 1 (data)"), said in words so that a projector or a phone shows it too. Where a name's
// role is probably not what the student meant, a sentence says so with a one-click fix:
//
//   - the formula reads the table but says y where the table has ŷ (or the reverse): rename
//     the column;
//   - data left the formula with one parameter (x² − y² over the lecture's table
//     is a parabola in y): make the data name a parameter (its column leaves the table).
//
// Every data name also carries a small button that makes it a parameter.

import { el } from "./dom.js";
import { t } from "../i18n/i18n.js";
import { formatNumber, prettyName } from "../i18n/format.js";

/** A column's values are listed in full up to this many rows, else the first ones and a count. */
const LISTED_ROWS = 4;

/** A name without its accents and hats: "ŷ" → "y", so y and ŷ are recognised as one letter. */
function bare(name) {
  return name.normalize("NFD").replace(/\p{M}/gu, "");
}

/** "1", "(1, 2, 3)" or "(0, 0.25, 0.5, 0.75, …)": a column's values for reading. */
function valuesText(values) {
  if (values.length === 1) return formatNumber(values[0]);
  const shown = values.slice(0, LISTED_ROWS).map((v) => formatNumber(v));
  return `(${shown.join(", ")}${values.length > LISTED_ROWS ? ", …" : ""})`;
}

/**
 * The hints for a Loss's names over the table `columns`: [{ kind: "rename", from, to } |
 * { kind: "collapse", name }]. Pure.
 */
export function nameHints(params, dataColumns, columns) {
  const used = new Set(dataColumns);
  const unused = columns.map((c) => c.name).filter((n) => !used.has(n));
  const hints = [];
  // Only a formula that reads the table (some column) is likely to mean the column it missed;
  // and a rename must leave a parameter to draw.
  for (const p of dataColumns.length && params.length > 1 ? params : []) {
    const twin = unused.find((c) => c !== p && bare(c) === bare(p));
    if (twin) hints.push({ kind: "rename", from: twin, to: p });
  }
  // A formula needs a parameter to be drawn at all, so fewer than two means one.
  if (params.length === 1) for (const name of dataColumns) hints.push({ kind: "collapse", name });
  return hints;
}

export class NameRoles {
  /**
   * @param {HTMLElement} root  the box under the formula
   * @param {{ makeParameter: (name: string) => void, renameColumn: (from: string, to: string) => void }} actions
   */
  constructor(root, { makeParameter, renameColumn }) {
    this.root = root;
    this.makeParameter = makeParameter;
    this.renameColumn = renameColumn;
    this.key = null;
  }

  /** Shows the roles of the Loss `loss`'s names over `columns` in `lang` (every frame: cheap when unchanged). */
  update(loss, columns, lang) {
    if (!loss) return;
    const key = [loss, columns, lang];
    if (this.key && key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    const params = loss.params;
    const dataColumns = loss.dataColumns;
    const byName = new Map(columns.map((c) => [c.name, c]));
    const roles = el("p", { class: "name-roles" }, [
      el("span", { class: "roles-label", text: t(lang, params.length === 1 ? "rolesParameter" : "rolesParameters") }),
      ...params.map((p) => el("span", { class: "name-chip is-parameter", text: prettyName(p), attrs: { "data-name": p } })),
    ]);
    if (dataColumns.length) {
      // Each chip says "(data)" itself: no label, so the line fits one row over the lecture's table.
      for (const name of dataColumns) {
        const text = t(lang, "rolesDataValue", { name: prettyName(name), values: valuesText(byName.get(name)?.values ?? []) });
        const button = el("button", { class: "name-fix", text: t(lang, "rolesMakeParameter"), attrs: { type: "button", title: t(lang, "rolesMakeParameterTitle", { name }) } });
        button.addEventListener("click", () => this.makeParameter(name));
        roles.append(el("span", { class: "name-chip is-data", attrs: { "data-name": name } }, [el("span", { text }), button]));
      }
    }
    const unused = columns.filter((c) => !dataColumns.includes(c.name));
    for (const c of unused) {
      roles.append(el("span", { class: "name-chip is-unused", text: t(lang, "rolesUnused", { name: prettyName(c.name) }), attrs: { "data-name": c.name } }));
    }
    const notes = nameHints(params, dataColumns, columns).map((hint) => this.note(hint, params, byName, lang));
    this.root.replaceChildren(roles, ...notes);
  }

  /** One hint as a sentence with its fix. */
  note(hint, params, byName, lang) {
    let text;
    let fix;
    let act;
    if (hint.kind === "rename") {
      text = t(lang, "rolesRenameNote", { formula: hint.to, table: hint.from });
      fix = t(lang, "rolesRenameFix", { from: hint.from, to: hint.to });
      act = () => this.renameColumn(hint.from, hint.to);
    } else {
      const values = valuesText(byName.get(hint.name)?.values ?? []);
      text = t(lang, "rolesCollapseNote", { name: prettyName(hint.name), values, param: prettyName(params[0]) });
      fix = t(lang, "rolesMakeNamedParameter", { name: prettyName(hint.name) });
      act = () => this.makeParameter(hint.name);
    }
    const button = el("button", { class: "small-button name-fix-main", text: fix, attrs: { type: "button" } });
    button.addEventListener("click", act);
    return el("p", { class: "name-warning", attrs: { role: "status", "data-hint": hint.kind } }, [el("span", { text }), " ", button]);
  }
}
