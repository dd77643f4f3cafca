// The network benchmark: exact Hessian + full spectrum, ours against JAX, side by side.
//
// Builds the networks of `benches/core.rs`'s `network_cases` through the JS API (the same spec,
// data and seeded point), times them in wasm (Node), writes them to target/bench/cases.json
// for `tests/bench/jax_bench.py`, runs that when JAX is installed, reads the native figures
// `cargo bench --bench core` left in target/bench/native-network.json, and prints one table.
// Every figure is "min / median" in ms over repeated runs (21, or 7 for 337 parameters): on a
// shared 2-core machine the minimum is the steadier one. The extreme eigenvalues must agree
// (1e-9 relative) or the run fails: the three sides must compute the same thing.
//
// Run with `./build.sh bench`, or after `./build.sh build` and `cargo bench --bench core`:
// `node tests/bench/network_bench.mjs`.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { timeCalls } from "./timing.mjs";
import init, { Loss, dataset } from "../../www/pkg/hessian_explorer.js";

const OUT_DIR = new URL("../../target/bench/", import.meta.url);
const TARGET_RATIO = 2; // ours / JAX, Hessian + full spectrum
const AGREEMENT = 1e-9; // relative, extreme eigenvalues

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

// The cases of benches/core.rs (network_cases): same table, same specs, same seeded points.
const xs = Array.from({ length: 20 }, (_, i) => -2 + (4 * i) / 19);
const table = { x: xs, y: xs.map(Math.sin) };
const moons = dataset("moons", 1, { n: 100 });
const tanh = (inputs, hidden, loss) => ({ inputs, target: "y", hidden, activation: "tanh", loss, bias: true });
const CASES = [
  ...[8, 32, 64].map((h) => ({ name: `1-${h}-1 tanh`, spec: tanh(["x"], [h], "squared_error"), data: table })),
  { name: "2-16-16-1 tanh", spec: tanh(["x1", "x2"], [16, 16], "cross_entropy"), data: moons },
];

const wasm = {};
const cases = [];
for (const c of CASES) {
  const loss = Loss.network(c.spec, { data: c.data });
  const theta = loss.initialPoint(1, 0);
  const runs = theta.length > 200 ? 7 : 21;
  const spectrum = loss.spectrum(theta);
  wasm[c.name] = {
    params: theta.length,
    hessian: timeCalls(() => loss.hessian(theta), runs),
    spectrum: timeCalls(() => loss.spectrum(theta), runs),
    analyze: timeCalls(() => loss.analyze(theta), runs),
    lambda: [spectrum.eigenvalues[0], spectrum.eigenvalues.at(-1)],
  };
  cases.push({ name: c.name, spec: c.spec, data: c.data, params: loss.params, theta });
  loss.free();
}
fs.mkdirSync(OUT_DIR, { recursive: true });
const casesPath = new URL("cases.json", OUT_DIR);
fs.writeFileSync(casesPath, JSON.stringify(cases));

const read = (name) => {
  try {
    return JSON.parse(fs.readFileSync(new URL(name, OUT_DIR), "utf8"));
  } catch {
    return null;
  }
};
const native = read("native-network.json");
const python = process.env.PYTHON ?? "python3";
const jaxRun = spawnSync(python, [new URL("jax_bench.py", import.meta.url).pathname, casesPath.pathname], { encoding: "utf8" });
let jax = null;
if (jaxRun.status === 0) jax = JSON.parse(jaxRun.stdout);
else console.log(`JAX not run (${(jaxRun.stderr || String(jaxRun.error)).trim().split("\n").at(-1)}): pip install "jax[cpu]"`);

const cell = (t) => (t ? `${t.min.toFixed(3)} / ${t.median.toFixed(3)}` : "–");
const ratio = (ours, theirs) => (ours && theirs ? (ours.min / theirs.min).toFixed(2) : "–");
let failures = 0;
console.log(`\nExact Hessian + full spectrum: ours against JAX ${jax?.version ?? "(not run)"} (CPU, jit, float64), same network, data and point`);
console.log("ms, min / median of 21 runs (7 for 337 parameters); ratio = ours (min) / JAX (min)\n");
console.log("| network (parameters) | what | wasm (Node) | native | JAX | wasm / JAX | native / JAX |");
console.log("|---|---|---|---|---|---|---|");
for (const { name } of CASES) {
  const w = wasm[name];
  const n = native?.[name];
  const j = jax?.cases?.[name];
  const rows = [
    ["Hessian", "hessian", "hessian"],
    ["Hessian + eigenvalues", "spectrum", "spectrum"],
    ["Hessian + eigenvectors (analyze / eigh)", "analyze", "analyze"],
  ];
  for (const [what, ours, theirs] of rows) {
    const r = ratio(w[ours], j?.[theirs]);
    const miss = what === "Hessian + eigenvalues" && j && Number(r) > TARGET_RATIO ? " MISSED" : "";
    console.log(`| ${name} (${w.params}) | ${what} | ${cell(w[ours])} | ${cell(n?.[ours])} | ${cell(j?.[theirs])} | ${r}${miss} | ${ratio(n?.[ours], j?.[theirs])} |`);
  }
  for (const [side, other] of [["native", n], ["JAX", j]]) {
    if (!other) continue;
    w.lambda.forEach((l, k) => {
      if (!(Math.abs(l - other.lambda[k]) <= AGREEMENT * Math.max(1, Math.abs(l)))) {
        failures++;
        console.error(`DISAGREEMENT on ${name}: eigenvalue ${l} (wasm) vs ${other.lambda[k]} (${side})`);
      }
    });
  }
}
console.log(`\n(wasm "Hessian" and "analyze" include handing the n×n result to JavaScript; "Hessian + eigenvalues" is loss.spectrum; target: wasm / JAX ≤ ${TARGET_RATIO} for Hessian + eigenvalues)`);
if (failures > 0) process.exit(1);
