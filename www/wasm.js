// The only module that imports the generated core (www/pkg/, built by ./build.sh build).
//
// Everything else receives a `Loss` from here, so a change of the package's name or of how it
// is initialised touches one file.

import init, { Loss } from "./pkg/hessian_explorer.js";

let ready = null;

/** Loads and instantiates the wasm once; resolves to { Loss }. Rejects if it cannot load. */
export function loadCore() {
  ready ??= init().then(() => ({ Loss }));
  return ready;
}

/**
 * A Loss for `formula` over `columns` ([{ name, values }]) with messages in `lang`.
 * Throws the core's Error (message, code, and start/end for formula errors) on bad input.
 */
export function createLoss(formula, columns, lang) {
  const data = Object.fromEntries(columns.map((c) => [c.name, Array.from(c.values)]));
  return new Loss(formula, { data, lang });
}
