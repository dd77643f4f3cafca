// One study's runs as the core computes them: the network's Loss built once, then one
// experimentRun per run. The Web Worker (core/study-worker.js) runs a study here off the page's
// thread; the single-file build, which has no worker file to start, runs it here on the page's
// thread one run at a time (experiment/study-runner.js). Either way the same calls give the
// same numbers.

import { loadCore, createNetworkLoss } from "./wasm.js";

/**
 * Loads the core and builds the study's Loss: `request` = { spec, data, columns, lang } as
 * createNetworkLoss takes them. Resolves to { run(options), close() }: `run` is the
 * core's experimentRun (one run, a plain object), `close` frees the Loss. Rejects with the
 * core's coded Error when the network cannot be built.
 */
export async function openStudy({ spec, data, columns, lang }) {
  await loadCore();
  const loss = createNetworkLoss(spec, data, columns, lang);
  return {
    run: (options) => loss.experimentRun(options),
    close: () => loss.free(),
  };
}

/** An Error as a message can carry it (structured clone drops `code`): { code, message }. */
export function errorMessage(error) {
  return { code: error?.code ?? "internal", message: error?.message ?? String(error) };
}
