// With more than two parameters the picture is a slice, but the verdict is not: this line in
// the verdict card says so, with n, so nobody reads a 2-D picture as the whole story.

import { t } from "../i18n/i18n.js";

/** Shows (n > 2) or hides the "full n×n Hessian" line in `node`. */
export function renderFullHessianNote(node, n, lang) {
  node.hidden = n <= 2;
  if (n > 2) node.textContent = t(lang, "manyParamsFull", { n });
}
