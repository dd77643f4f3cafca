// The Loss the explorer shows: compiled from the formula and the data in the page's language,
// and the two axes chosen among its parameters.

import { createLoss, createNetworkLoss } from "../core/wasm.js";
import { t } from "../i18n/i18n.js";
import { coreSpec } from "../experiment/network-spec.js";
import { networkColumns } from "../experiment/network-description.js";

/**
 * Compiles `formula` over `columns` with messages in `lang`. Returns the Loss, or throws the
 * core's Error (message, code, and start/end for formula errors); a formula without
 * parameters is refused here (nothing to explore), with the code "no_params".
 */
export function compileLoss(formula, columns, lang) {
  const loss = createLoss(formula, columns, lang);
  if (loss.params.length === 0) {
    loss.free();
    const error = new Error(t(lang, "noParams"));
    error.code = "no_params";
    throw error;
  }
  return loss;
}

/**
 * The Loss of the network `net` (experiment/network-spec.js) over its dataset, or over the
 * table `columns` when it has none, with messages in `lang`. Throws the core's coded Error.
 */
export function compileNetwork(net, columns, lang) {
  const data = networkColumns(net, columns);
  const loss = createNetworkLoss(coreSpec(net), null, data, lang);
  return loss;
}

/** The axes: the wanted ones if they are two different parameters, else the first ones. */
export function chooseAxes(params, wanted) {
  if (params.length === 1) return [params[0]];
  const ok = wanted && wanted.length === 2 && wanted[0] !== wanted[1] && wanted.every((n) => params.includes(n));
  return ok ? [...wanted] : params.slice(0, 2);
}

/** Whether a compile error is about the data table (shown there) rather than the formula. */
export function isDataError(error) {
  return typeof error.code === "string" && error.code.startsWith("data_");
}
