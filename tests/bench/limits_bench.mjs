// The work budgets, measured in wasm: each call the page makes, at the edge of its limit (the
// slowest it can be and still be accepted), and the critical-point search on the page's
// presets. Prints medians over a few runs; not a test (timings depend on the machine).
//
// Run after `./build.sh build`: `node tests/bench/limits_bench.mjs`.
import fs from "node:fs";
import { timeCalls } from "./timing.mjs";
import { initSync, Loss, quizQuestion } from "../../www/pkg/hessian_explorer.js";

initSync({ module: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const RUNS = Number(process.env.RUNS ?? 7);

/** Wall times of `f` over RUNS runs (after one warm-up), in ms: least, median, most; and its
 *  outcome. On a shared machine the least is the truest. */
function time(f) {
  let outcome;
  const attempt = () => {
    try {
      f();
      outcome = "ok";
    } catch (e) {
      outcome = e.code ?? String(e);
    }
  };
  const { min, median, times } = timeCalls(attempt, RUNS);
  return { min, ms: median, max: times[times.length - 1], outcome };
}

function report(what, f) {
  const { min, ms, max, outcome } = time(f);
  const column = (label, t) => `${label} ${t.toFixed(1).padStart(7)} ms`;
  console.log(`${what.padEnd(70)} ${column("min", min)}  ${column("median", ms)}  ${column("max", max)}   ${outcome}`);
}

const rows = (n) => ({
  x: Array.from({ length: n }, (_, i) => i / n),
  y: Array.from({ length: n }, (_, i) => Math.sin(i)),
});
const LECTURE = ["(y - w1*w2*x)^2", { data: { x: [1], y: [1] } }];

console.log("criticalPoints on the page's presets (default window):");
for (const [name, formula, options, r] of [
  ["lecture", ...LECTURE, 2],
  ["Himmelblau", "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2", {}, 5],
  ["x²y²", "x^2 y^2", {}, 2],
  ["ring", "(x^2 + y^2 - 1)^2", {}, 2],
  ["x² + y⁴", "x^2 + y^4", {}, 1.5],
  ["monkey saddle", "x^3 - 3x y^2", {}, 1.5],
  ["Rosenbrock", "(1 - x)^2 + 100(y - x^2)^2", {}, 2],
]) {
  const loss = new Loss(formula, options);
  report(`  ${name}`, () => loss.criticalPoints({ xRange: [-r, r], yRange: [-r, r] }));
}

console.log("Calls at the edge of the work budget:");
{
  // A network over 1000 rows: about 10,000 steps.
  const net = new Loss("(y - a tanh(b x + c) - d)^2", { data: rows(1000) });
  const theta = [0.3, 0.2, 0.1, 0.4];
  const side = Math.floor(Math.sqrt(net.maxGridPoints));
  report(`  grid ${side}² over 1,000 rows (maxGridPoints ${net.maxGridPoints})`, () =>
    net.grid({ x: "a", y: "b", nx: Math.min(side, net.maxGridSide), ny: side, at: theta }));
  report("  criticalPoints over 1,000 rows", () => net.criticalPoints({ x: "a", y: "b", at: theta }));
  report("  analyze over 1,000 rows", () => net.analyze(theta));
  report("  trajectory, 10,000 steps of gradient descent over 1,000 rows", () => net.trajectory(theta, { steps: 10000 }));
  report("  trajectory, 1,000 Newton steps over 1,000 rows", () => net.trajectory(theta, { method: "newton", steps: 1000 }));
  report("  line of 4096 points over 1,000 rows", () => net.line(theta, [1, 0, 0, 0], { n: 4096 }));
}
{
  // Every instruction a sin or a cos of the point: the grid's slowest kind of step.
  const terms = Array.from({ length: 300 }, (_, k) => `sin(${k + 1} a + b) cos(a - ${k + 1} b)`).join(" + ");
  const trig = new Loss(terms);
  const side = Math.floor(Math.sqrt(trig.maxGridPoints));
  report(`  grid ${side}² of 300 sin·cos terms (at the limit)`, () => trig.grid({ nx: side, ny: side }));
}
{
  const n = 150;
  const quadratic = Array.from({ length: n }, (_, i) => `w${i + 1}^2`).join(" + ") + " + " +
    Array.from({ length: n - 1 }, (_, i) => `w${i + 1} w${i + 2}`).join(" + ");
  const wide = new Loss(quadratic);
  report(`  analyze with ${n} parameters (eigen-decomposition)`, () => wide.analyze(Array(n).fill(0.1)));
}
{
  // A degenerate point of a long loss: the higher-order look at its own limit.
  const degenerate = new Loss("mean(q ((x^2 + y^2)^2 - x^2 y^2 z))", { data: { q: Array.from({ length: 800 }, (_, i) => 1 + i / 800) } });
  report("  analyze at a degenerate point, 800 rows (the look's budget)", () => degenerate.analyze([0, 0, 0]));
}
{
  // A table tilted by 1e-300 (found by the fuzz test): the search runs to its limit.
  const tilted = new Loss("mean(log(1 + exp(-y (w x + b))))", { data: { x: [0.0045, 2 ** 53], y: [1e-300, 2 ** 64] } });
  report("  criticalPoints on a plateau tilted by 1e-300 (metered to the limit)", () => tilted.criticalPoints({ x: "w", at: [0.88, 0] }));
}
report("  new Loss over 200,000 rows (the row limit)", () => new Loss("(y - w x)^2", { data: rows(200000) }).free());
{
  const columns = Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`c${k}`, new Float64Array(200000).fill(k)]));
  report("  new Loss with 5 columns of 200,000 rows (the table's limit)", () => new Loss("sum(c0 w)", { data: columns }).free());
  const plain = Object.fromEntries(Array.from({ length: 5 }, (_, k) => [`c${k}`, new Array(200000).fill(k)]));
  report("  the same table as plain arrays", () => new Loss("sum(c0 w)", { data: plain }).free());
}
report("  new Loss y*sum(w) over 10,000 rows (was 7.8 s)", () => new Loss("y*sum(w)", { data: { y: Array(10000).fill(1), w: Array(10000).fill(1) } }).free());
{
  const big = new Loss(...[LECTURE[0], { data: rows(20000) }]);
  report("  grid nx = 4096 over 20,000 rows (refused: memory)", () => big.grid({ nx: 4096, ny: 2 }));
  report("  criticalPoints over 20,000 rows (refused: work)", () => big.criticalPoints({}));
}
report("  quizQuestion(2, 7, 0)", () => quizQuestion(2, 7, 0));
