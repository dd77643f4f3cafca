// What the builder shows about a network: its parameters, the data it reads and its loss as
// a formula (small networks), or the core's error. The core is asked (a Loss is built and
// freed at once, about a millisecond): only it knows the columns' 0/1 targets, its limits and
// the formula's text.

import { createNetworkLoss, generateDataset } from "../core/wasm.js";
import { coreSpec } from "./network-spec.js";

/** The data a network reads: its generated dataset, else the table `columns` ([{ name, values }]). */
export function networkColumns(net, columns) {
  return net.data === null ? columns : generateDataset(net.data);
}

let last = null; // { net, columns, lang, description }: the builder asks every time it is shown

/**
 * { params: [names], formula (text, or undefined past 40 parameters), columns, rows } of `net`
 * over its data (the table `columns` when it has no dataset), or { error } (the core's coded
 * Error, message in `lang`).
 */
export function describeNetwork(net, columns, lang) {
  if (last && last.net === net && last.columns === columns && last.lang === lang) return last.description;
  let description;
  try {
    const data = networkColumns(net, columns);
    const loss = createNetworkLoss(coreSpec(net), null, data, lang);
    description = { params: loss.params, formula: loss.formula ?? undefined, columns: data, rows: data[0]?.values.length ?? 0 };
    loss.free();
  } catch (error) {
    description = { error };
  }
  last = { net, columns, lang, description };
  return description;
}
