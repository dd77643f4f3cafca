// In the formula's title row, right over the box: the formula as the engine read it, rendered
// as maths (native MathML), so a student sees what was parsed: a dot for every product (w₁w₂x
// is w₁·w₂·x), fractions, powers and the parentheses the grouping needs. Hidden while the
// formula does not parse (the box says why).

import { t } from "../i18n/i18n.js";
import { formulaTree } from "../core/wasm.js";
import { layoutFormula } from "../maths/formula-layout.js";
import { mathml, mathText } from "../maths/mathml.js";

const MATHML = "http://www.w3.org/1998/Math/MathML";

/** A description of maths/mathml.js as MathML elements; text only ever as textContent. */
function toElement({ tag, attrs, text, children }) {
  const node = document.createElementNS(MATHML, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  else for (const child of children) node.append(toElement(child));
  return node;
}

export class FormulaReading {
  /** `root` is #formula-reading (a label and a .reading-math slot). */
  constructor(root) {
    this.root = root;
    this.slot = root.querySelector(".reading-math");
  }

  /** Shows how `text` was read, or hides the line when it does not parse. */
  show(text, lang) {
    let tree;
    try {
      tree = formulaTree(text, lang);
    } catch {
      this.root.hidden = true;
      this.slot.replaceChildren();
      return;
    }
    const description = mathml(layoutFormula(tree));
    const math = toElement(description);
    // Read aloud and copied as the plain text of the symbols (w1·w2·x, not "w sub 1").
    math.setAttribute("alttext", mathText(description));
    this.slot.replaceChildren(math);
    this.root.title = t(lang, "readingHint");
    this.root.dataset.text = mathText(description);
    this.root.hidden = false;
  }
}
