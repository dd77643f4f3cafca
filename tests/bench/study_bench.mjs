// The study benchmark, in headless Chromium. First the page's own path: the experiment opened
// from a link (mode=experiment), its study run in the page's Web Worker (www/core/study-worker.js)
// while the page draws the runs as they arrive; the time is the page's, from the click (or the
// link) to the last run drawn, the worker's start and wasm instantiation included. Then N
// experiment runs called straight on the main thread (`loss.experimentRun` once per run) for a
// few candidate studies. Target: the default study (50 runs of a ~30-parameter network on a
// small dataset) in ≤ 10 s. Prints each study's total and its slowest run, and the share of
// runs whose polish reached ‖g‖ ≤ 1e-10. A missed target prints MISSED and exits 0 (timings
// are noisy).
//
// Run: node tests/bench/study_bench.mjs (needs /usr/bin/chromium or $CHROMIUM_PATH and a
// built www/pkg; ./build.sh bench runs it).
import { serve, launch } from "../browser/harness.mjs";

const RUNS = 50;
const TARGET_STUDY_S = 10;
const STUDIES = [
  { name: "1-10-1 tanh, regression (20 rows), Adam", spec: { inputs: ["x"], hidden: [10] }, dataset: { name: "regression", seed: 1 }, options: { method: "adam" } },
  { name: "1-10-1 tanh, regression (20 rows), GD", spec: { inputs: ["x"], hidden: [10] }, dataset: { name: "regression", seed: 1 }, options: { method: "gd" } },
  { name: "1-10-1 tanh, regression (20 rows), Newton", spec: { inputs: ["x"], hidden: [10] }, dataset: { name: "regression", seed: 1 }, options: { method: "newton" } },
  { name: "2-6-1 tanh, moons (40 rows), squared error, Adam", spec: { inputs: ["x1", "x2"], hidden: [6] }, dataset: { name: "moons", seed: 1 }, options: { method: "adam" } },
  { name: "2-6-1 tanh, moons (40 rows), squared error, Newton", spec: { inputs: ["x1", "x2"], hidden: [6] }, dataset: { name: "moons", seed: 1 }, options: { method: "newton" } },
];

/** The page's studies: links to the experiment (its default network is the 2–7–1 XOR one). */
const PAGE_STUDIES = [
  { name: "page default: 2-7-1 tanh, XOR (16 rows), Adam", hash: "#mode=experiment" },
  { name: "page: 2-7-1 tanh, XOR (16 rows), GD", hash: "#mode=experiment&study=runs:50;seed:1;method:gd;steps:5000" },
  { name: "page: 2-7-1 tanh, XOR (16 rows), Newton", hash: "#mode=experiment&study=runs:50;seed:1;method:newton;steps:5000" },
];

const server = await serve();
const browser = await launch();
let missed = 0;
try {
  console.log(`| study in the page (${RUNS} runs, Web Worker, headless Chromium) | total s | mean ms/run | converged |`);
  console.log("|---|---|---|---|");
  for (const study of PAGE_STUDIES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url + study.hash);
    await page.waitForFunction(() => document.querySelector("#experiment")?.dataset.status === "done", null, { timeout: 120000 });
    const r = await page.evaluate(() => ({
      ms: Number(document.querySelector("#experiment").dataset.elapsedMs),
      runner: document.querySelector("#experiment").dataset.runner,
      converged: document.querySelectorAll(".run-table tbody tr:not([data-outcome=not_critical]):not([data-outcome=undefined])").length,
    }));
    if (r.runner !== "worker") throw new Error(`the study ran on the ${r.runner}, not in a Web Worker`);
    const seconds = r.ms / 1000;
    const mark = seconds <= TARGET_STUDY_S ? "" : " MISSED";
    if (mark) missed++;
    console.log(`| ${study.name} | ${seconds.toFixed(2)}${mark} | ${(r.ms / RUNS).toFixed(1)} | ${r.converged}/${RUNS} |`);
    await context.close();
  }
  console.log("");
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForSelector("body.ready", { timeout: 15000 });
  console.log(`| study (${RUNS} runs, headless Chromium) | parameters | total s | mean ms/run | slowest run ms | converged | minimum ratio (median) |`);
  console.log("|---|---|---|---|---|---|---|");
  for (const study of STUDIES) {
    const r = await page.evaluate(
      async ([study, runs]) => {
        const m = await import("./pkg/hessian_explorer.js");
        await m.default();
        const loss = m.Loss.network(study.spec, { dataset: study.dataset });
        const t0 = performance.now();
        const results = [];
        for (let run = 0; run < runs; run++) results.push(loss.experimentRun({ seed: 1, run, ...study.options }));
        const total = performance.now() - t0;
        const ratios = results.map((x) => x.spectrum.minimumRatio).sort((a, b) => a - b);
        return {
          params: loss.params.length,
          total,
          slowest: Math.max(...results.map((x) => x.timeMs)),
          converged: results.filter((x) => x.converged).length,
          ratio: ratios[Math.floor(ratios.length / 2)],
        };
      },
      [study, RUNS],
    );
    const seconds = r.total / 1000;
    const mark = seconds <= TARGET_STUDY_S ? "" : " MISSED";
    if (mark) missed++;
    console.log(`| ${study.name} | ${r.params} | ${seconds.toFixed(2)}${mark} | ${(r.total / RUNS).toFixed(1)} | ${r.slowest.toFixed(1)} | ${r.converged}/${RUNS} | ${r.ratio.toFixed(2)} |`);
  }
  console.log(`target: a ${RUNS}-run study in ≤ ${TARGET_STUDY_S} s${missed ? ` (${missed} MISSED)` : ""}`);
} finally {
  await browser.close();
  server.close();
}
