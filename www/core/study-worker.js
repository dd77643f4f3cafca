// The experiment's Web Worker (a module worker started by experiment/study-runner.js): runs one
// study off the page's thread, so that the page answers clicks and drags while it runs.
//
//   page → worker  { spec, data, columns, lang, runs: [experimentRun options, …] }
//   worker → page  { type: "run", index, result } per run, in order
//                  · { type: "done" } · or { type: "error", error: { code, message } }
//
// One study per worker: the page cancels a study by terminating its worker (at once, even in
// the middle of a run) and starts the next one in a new worker.

import { openStudy, errorMessage } from "./study.js";

self.onmessage = async ({ data: request }) => {
  let study;
  try {
    study = await openStudy(request);
  } catch (error) {
    self.postMessage({ type: "error", error: errorMessage(error) });
    return;
  }
  try {
    request.runs.forEach((options, index) => self.postMessage({ type: "run", index, result: study.run(options) }));
    self.postMessage({ type: "done" });
  } catch (error) {
    self.postMessage({ type: "error", error: errorMessage(error) });
  } finally {
    study.close();
  }
};
