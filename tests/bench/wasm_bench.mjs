// The wasm benchmark, in one Node process: how fast is the core where the page feels it?
//
// 1. Grids (the drawing hot path): `loss.grid` in wasm against the same formula hand-written
//    as a JS closure and against math.js's compiled expression, on a 512×512 grid.
//    Targets: wasm/JS ≤ 1.5 and mathjs/wasm ≥ 20.
// 2. Analysis of a 50-parameter model summed over 20 data rows: `loss.analyze` and
//    `loss.hessian`. Target: < 20 ms each.
//
// Every grid is checked against the JS closure (max |difference| printed), so the benchmark
// cannot silently compare different work; a disagreement fails the run (exit code 1).
//
// Run with `./build.sh bench` (which builds www/pkg first) or `node tests/bench/wasm_bench.mjs
// [path/to/hessian_explorer_bg.wasm]` (the argument compares another build of the same glue).
import fs from "node:fs";
import * as math from "mathjs";
import { timeCalls } from "./timing.mjs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import { seededRandom } from "../seeded-random.mjs";

const GRID_SIDE = 512; // points per axis
const WARMUP_RUNS = 3;
const TIMED_RUNS = 15; // the median of these is reported
const MATHJS_ROWS = 32; // math.js is timed on this many rows, then scaled to the whole grid
const MATHJS_RUNS = 5;
const ANALYZE_RUNS = 21;
const AGREEMENT_TOLERANCE = 1e-12; // relative to max(1, |value|)
const TARGET_WASM_OVER_JS = 1.5;
const TARGET_MATHJS_OVER_WASM = 20;
const TARGET_ANALYZE_MS = 20;

const GRID_CASES = [
  {
    name: "(1 - w1*w2)^2",
    formula: "(1 - w1*w2)^2",
    range: [-2, 2],
    js: (w1, w2) => {
      const r = 1 - w1 * w2;
      return r * r;
    },
  },
  {
    name: "Himmelblau",
    formula: "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2",
    range: [-5, 5],
    js: (w1, w2) => {
      const a = w1 * w1 + w2 - 11;
      const b = w1 + w2 * w2 - 7;
      return a * a + b * b;
    },
  },
  {
    name: "exp·sin + tanh + log",
    formula: "exp(-w1^2) * sin(3*w2) + tanh(w1*w2) + log(1 + w1^2 + w2^2)",
    range: [-2, 2],
    js: (w1, w2) =>
      Math.exp(-w1 * w1) * Math.sin(3 * w2) + Math.tanh(w1 * w2) + Math.log(1 + w1 * w1 + w2 * w2),
  },
];

const wasmPath = process.argv[2] ?? new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url);
await init({ module_or_path: fs.readFileSync(wasmPath) });

/** The median wall time of `runs` calls of `f` in ms, after `warmup` untimed calls. */
function medianMs(f, runs = TIMED_RUNS, warmup = WARMUP_RUNS) {
  return timeCalls(f, runs, warmup).median;
}

/** x_i = x0 + i·(x1−x0)/(nx−1), the contract's point formula. */
function coordinate([lo, hi], n, i) {
  return lo + (i * (hi - lo)) / (n - 1);
}

/** Fills a fresh Float64Array with f on the grid, row-major values[i + j*nx]. Self-contained:
 * `monomorphic` compiles a private copy of it per formula. */
function jsGrid(f, [lo, hi], nx, ny) {
  const xs = new Float64Array(nx);
  for (let i = 0; i < nx; i++) xs[i] = lo + (i * (hi - lo)) / (nx - 1);
  const out = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = lo + (j * (hi - lo)) / (ny - 1);
    const base = j * nx;
    for (let i = 0; i < nx; i++) out[base + i] = f(xs[i], y);
  }
  return out;
}

/** A private copy of `fill` with its own type feedback, so V8 inlines the one closure it is
 * given. Sharing one loop between the three formulas would make its call site polymorphic
 * and handicap plain JS. */
function monomorphic(fill) {
  return new Function(`return ${fill}`)();
}

/** math.js's compiled expression on the first `rows` rows of the grid. */
function mathjsGrid(compiled, range, nx, ny, rows) {
  const out = new Float64Array(nx * rows);
  const scope = { w1: 0, w2: 0 };
  for (let j = 0; j < rows; j++) {
    scope.w2 = coordinate(range, ny, j);
    for (let i = 0; i < nx; i++) {
      scope.w1 = coordinate(range, nx, i);
      out[i + j * nx] = compiled.evaluate(scope);
    }
  }
  return out;
}

/** max |a_k − b_k| over the first min(len) entries, and whether every one is within tolerance. */
function compare(a, b) {
  let maxDiff = 0;
  let agree = a.length > 0 && b.length > 0;
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const d = Math.abs(a[k] - b[k]);
    if (!(d <= AGREEMENT_TOLERANCE * Math.max(1, Math.abs(b[k])))) agree = false;
    if (!(d <= maxDiff)) maxDiff = d;
  }
  return { maxDiff, agree };
}

const fmt = (x, digits = 2) => x.toFixed(digits);
const pad = (s, n) => String(s).padStart(n);
let failures = 0;

// ---- 1. Grids ------------------------------------------------------------------------------
console.log(`Hessian Explorer wasm benchmark (Node ${process.version}, ${GRID_SIDE}×${GRID_SIDE} grids,`);
console.log(`median of ${TIMED_RUNS} runs after ${WARMUP_RUNS} warm-ups; math.js timed on ${MATHJS_ROWS} of ${GRID_SIDE} rows and scaled ×${GRID_SIDE / MATHJS_ROWS})`);
console.log();
const header = [
  "formula".padEnd(22),
  pad("wasm ms", 9),
  pad("JS ms", 9),
  pad("math.js ms", 11),
  pad("wasm/JS", 8),
  pad("mathjs/wasm", 12),
  pad("max|wasm-JS|", 13),
  pad("max|mathjs-JS|", 15),
].join(" ");
console.log(header);
console.log("-".repeat(header.length));

for (const c of GRID_CASES) {
  const loss = new Loss(c.formula);
  const options = { x: "w1", y: "w2", xRange: c.range, yRange: c.range, nx: GRID_SIDE, ny: GRID_SIDE, at: [0, 0] };
  const wasmValues = loss.grid(options);
  const fill = monomorphic(jsGrid);
  const jsValues = fill(c.js, c.range, GRID_SIDE, GRID_SIDE);
  const compiled = math.compile(c.formula);
  const mathjsValues = mathjsGrid(compiled, c.range, GRID_SIDE, GRID_SIDE, MATHJS_ROWS);

  const wasmJs = compare(wasmValues, jsValues);
  const mathjsJs = compare(mathjsValues, jsValues);
  if (wasmValues.length !== GRID_SIDE * GRID_SIDE || !wasmJs.agree || !mathjsJs.agree) {
    failures++;
    console.error(`DISAGREEMENT on ${c.name}: the implementations do not compute the same values`);
  }

  const wasmMs = medianMs(() => loss.grid(options));
  const jsMs = medianMs(() => fill(c.js, c.range, GRID_SIDE, GRID_SIDE));
  const mathjsMs =
    medianMs(() => mathjsGrid(compiled, c.range, GRID_SIDE, GRID_SIDE, MATHJS_ROWS), MATHJS_RUNS, 1) *
    (GRID_SIDE / MATHJS_ROWS);
  loss.free();

  const wasmOverJs = wasmMs / jsMs;
  const mathjsOverWasm = mathjsMs / wasmMs;
  const mark = (ok) => (ok ? " " : "!");
  console.log(
    [
      c.name.padEnd(22),
      pad(fmt(wasmMs), 9),
      pad(fmt(jsMs), 9),
      pad(fmt(mathjsMs, 1), 11),
      pad(fmt(wasmOverJs) + mark(wasmOverJs <= TARGET_WASM_OVER_JS), 8),
      pad(fmt(mathjsOverWasm, 1) + mark(mathjsOverWasm >= TARGET_MATHJS_OVER_WASM), 12),
      pad(wasmJs.maxDiff.toExponential(1), 13),
      pad(mathjsJs.maxDiff.toExponential(1), 15),
    ].join(" "),
  );
}
console.log(`targets: wasm/JS ≤ ${TARGET_WASM_OVER_JS}, mathjs/wasm ≥ ${TARGET_MATHJS_OVER_WASM} ("!" marks a miss)`);

// ---- 2. Analysis of a 50-parameter model -----------------------------------------------------
const UNITS = 25;
const ROWS = 20;
const model = Array.from({ length: UNITS }, (_, k) => `a${k + 1}*tanh(b${k + 1}*x)`).join(" + ");
const formula = `sum((y - (${model}))^2)`;
const xs = Array.from({ length: ROWS }, (_, k) => -2 + (4 * k) / (ROWS - 1));
const data = { x: xs, y: xs.map(Math.sin) };
const loss = new Loss(formula, { data });

// A fixed pseudo-random θ′ in [-1, 1]ⁿ, keyed by parameter name.
const random = seededRandom(20240607);
const theta = loss.params.map(() => 2 * random() - 1);
const n = loss.params.length;
const analysis = loss.analyze(theta);
if (n !== 2 * UNITS || analysis.eigenvalues.length !== n) {
  failures++;
  console.error(`expected ${2 * UNITS} parameters and eigenvalues, got ${n} and ${analysis.eigenvalues.length}`);
}
const analyzeMs = medianMs(() => loss.analyze(theta), ANALYZE_RUNS);
const hessianMs = medianMs(() => loss.hessian(theta), ANALYZE_RUNS);
const valueMs = medianMs(() => loss.value(theta), ANALYZE_RUNS);

console.log();
console.log(`${n}-parameter model summed over ${ROWS} rows (formula of ${formula.length} chars), median of ${ANALYZE_RUNS}:`);
console.log(`  loss.value(θ′)     ${pad(fmt(valueMs, 3), 8)} ms`);
console.log(`  loss.hessian(θ′)   ${pad(fmt(hessianMs, 3), 8)} ms${hessianMs < TARGET_ANALYZE_MS ? "" : "  ! target"}`);
console.log(`  loss.analyze(θ′)   ${pad(fmt(analyzeMs, 3), 8)} ms${analyzeMs < TARGET_ANALYZE_MS ? "" : "  ! target"}   (kind ${analysis.kind}, λ ∈ [${fmt(analysis.eigenvalues[0], 3)}, ${fmt(analysis.eigenvalues[n - 1], 3)}])`);
console.log(`target: < ${TARGET_ANALYZE_MS} ms`);
loss.free();

if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
