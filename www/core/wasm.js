// The only module that imports the generated core (www/pkg/, built by ./build.sh build).
//
// Everything else receives a `Loss` from here, so a change of the package's name or of how it
// is initialised touches one file.

import init, { Loss, quizQuestion, dataset, parseFormula } from "../pkg/hessian_explorer.js";
import { WASM_BYTES } from "./wasm-source.js";

let ready = null;

/** Loads and instantiates the wasm once; resolves to { Loss }. Rejects if it cannot load. */
export function loadCore() {
  ready ??= init(WASM_BYTES === undefined ? undefined : { module_or_path: WASM_BYTES }).then(() => ({ Loss }));
  return ready;
}

/**
 * A Loss for `formula` over `columns` ([{ name, values }]) with messages in `lang`.
 * Throws the core's Error (message, code, and start/end for formula errors) on bad input.
 */
export function createLoss(formula, columns, lang) {
  return new Loss(formula, { data: dataObject(columns), lang });
}

/**
 * The Loss of a network (`spec`: the core's Loss.network spec) over `data`: a generated
 * dataset { name, seed, n, noise }, or null for the table `columns` ([{ name, values }]).
 * Throws the core's coded Error (message in `lang`) on a network it cannot build.
 */
export function createNetworkLoss(spec, data, columns, lang) {
  const source = data === null ? { data: dataObject(columns) } : { dataset: { ...data } };
  return Loss.network(spec, { ...source, lang });
}

/** The generated dataset { name, seed, n, noise } as columns [{ name, values }]; throws the core's coded Error. */
export function generateDataset({ name, seed, n, noise }) {
  return Object.entries(dataset(name, seed, { n, noise })).map(([column, values]) => ({ name: column, values }));
}

/**
 * Question `index` of the generated quiz set (`level` 1–4, `seed`): the core's
 * quizQuestion, with its answer checked by the analysis (src/quiz.rs). Call after loadCore.
 */
export function generateQuestion(level, seed, index) {
  return quizQuestion(level, seed, index);
}

/** The page's columns [{ name, values }] as the core's data object { name: [numbers…] }. */
function dataObject(columns) {
  return Object.fromEntries(columns.map((c) => [c.name, Array.from(c.values)]));
}

/**
 * The syntax tree of `formula` as the engine reads it (src/formula/tree.rs: products typed
 * without a star marked `implicit`). Throws the core's Error for a formula that does not parse.
 */
export function formulaTree(formula, lang) {
  return parseFormula(formula, { lang });
}
