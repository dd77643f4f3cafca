// Runs a study away from the page's work: in a Web Worker (core/study-worker.js) on a static
// host, so the page stays responsive; in the single-file build (tools/bundle.mjs), which has no
// separate worker file to start, on the page's thread one run per task, so the page still
// answers between runs (a run of the default network takes about 40 ms). Both report the same
// way: each run in order as it finishes, done or an error. Cancel stops at once.

import { openStudy, errorMessage } from "../core/study.js";

/** "worker" or "page": where studies run (the single-file build marks its <html>). */
function defaultMode() {
  const singleFile = document.documentElement.dataset.build === "single-file";
  return typeof Worker === "function" && !singleFile ? "worker" : "page";
}

export class StudyRunner {
  /**
   * @param {{ run: (index: number, result: object) => void,
   *           done: () => void, error: (error: { code: string, message: string }) => void }} report
   */
  constructor(report, mode = defaultMode()) {
    this.report = report;
    this.mode = mode;
    this.worker = null;
    this.generation = 0; // the study running (page mode): a cancelled one's next slice stops
    this.running = false;
  }

  /**
   * Starts a study, cancelling the one running: `request` = { spec, data, columns, lang, runs }
   * (runs: one experimentRun options object per run; see core/study-worker.js).
   */
  start(request) {
    this.cancel();
    this.running = true;
    if (this.mode === "worker") this.startWorker(request);
    else this.startOnPage(request);
  }

  /** Stops the running study, if any: nothing more is reported for it. */
  cancel() {
    this.generation++;
    this.worker?.terminate();
    this.worker = null;
    this.running = false;
  }

  startWorker(request) {
    const worker = new Worker(new URL("../core/study-worker.js", import.meta.url), { type: "module" });
    this.worker = worker;
    worker.onmessage = ({ data: message }) => {
      if (worker !== this.worker) return; // a message that left before the cancel
      this.handle(message);
      if (message.type === "done" || message.type === "error") {
        worker.terminate();
        this.worker = null;
      }
    };
    // The worker's script did not load or threw: say so as the study's error.
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      event.preventDefault();
      this.cancel();
      this.report.error({ code: "worker", message: event.message || "the Web Worker failed" });
    };
    worker.postMessage(request);
  }

  async startOnPage(request) {
    const generation = this.generation;
    let study;
    try {
      study = await openStudy(request);
    } catch (error) {
      if (generation === this.generation) this.handle({ type: "error", error: errorMessage(error) });
      return;
    }
    try {
      if (generation !== this.generation) return;
      for (let index = 0; index < request.runs.length; index++) {
        // One run per task: clicks, drags and frames are handled in between.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return;
        this.handle({ type: "run", index, result: study.run(request.runs[index]) });
      }
      this.handle({ type: "done" });
    } catch (error) {
      if (generation === this.generation) this.handle({ type: "error", error: errorMessage(error) });
    } finally {
      study.close();
    }
  }

  /** Passes a message of the worker's protocol on to the report. */
  handle(message) {
    if (message.type === "run") this.report.run(message.index, message.result);
    else {
      this.running = false;
      if (message.type === "done") this.report.done();
      else this.report.error(message.error);
    }
  }
}
