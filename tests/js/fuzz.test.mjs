// Fuzzing the whole JS API through the built www/pkg: random and adversarial arguments
// (wrong types, NaN, ±Infinity, huge arrays, nested garbage, odd Unicode) to every function.
// Each call must return a value or throw an Error with a string `code`, never a wasm trap
// (RuntimeError: the module would be dead for the whole page), and finish within a time
// bound. The module must still work at the end.
//
// Run: `node --test tests/js/fuzz.test.mjs` after `./build.sh build`. A longer run:
// `FUZZ_CALLS=200000 node --test tests/js/fuzz.test.mjs` (it prints the counts and the
// slowest call).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss, quizQuestion } from "../../www/pkg/hessian_explorer.js";

await init({
  module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)),
});

const CALLS = Number(process.env.FUZZ_CALLS ?? 3000);
const SLOW_MS = 1500; // per call: well inside a second of work, with a margin for a shared machine

// A seeded generator (mulberry32): the same run every time.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20240611);
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const NUMBERS = [0, -0, 1, -1, 0.5, 2, -2, 1e-300, 5e-324, 1e308, -1e308, Number.MAX_VALUE, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 64, 4096, 4097, 1e9];
const FORMULAS = [
  "(y - w1*w2*x)^2", "x^2 + y^4", "x^3 - 3x y^2", "(y - x^2)(y - 2x^2)", "x^2 y^2", "x^2 y", "(x^2 + y^2 - 1)^2",
  "relu(x) + relu(y)", "sin(1/x) + y^2", "log(x) + sqrt(y)", "x^y", "max(x, y)^3", "tanh(50 x) + sigmoid(-40 y)",
  "sum((y - w x)^2)", "mean(log(1 + exp(-y (w x + b))))", "1", "θ₁² + θ₂²", "w₁ w₂ x", "ŷ - w x",
  "x^6 - x^6 + y - y", "1e308 x^2 + y", "exp(exp(exp(x)))", "a^2 + b^2 - c^2 + d^2",
];
const JUNK_STRINGS = ["", " ", "((((((", "sin(", "𝑥 + 😀", "\uD800", "\u202Ex+y", "1.2.3", "$", "x".repeat(20000), "sine(x)", "x,y", "null"];

function number() {
  return random() < 0.6 ? (random() - 0.5) * 10 ** int(-3, 3) : pick(NUMBERS);
}

function array(length) {
  return Array.from({ length }, number);
}

/** Any value at all, with a bias toward what the API expects. */
function value(depth = 0) {
  const r = random();
  if (r < 0.3) return number();
  if (r < 0.45) return array(int(0, 5));
  if (r < 0.5) return pick([undefined, null, true, false, 1n, Symbol("s"), () => 1]);
  if (r < 0.6) return random() < 0.5 ? pick(JUNK_STRINGS) : pick(FORMULAS);
  if (r < 0.65) return random() < 0.5 ? new Float64Array(array(int(0, 4))) : array(int(0, 3)).map(String);
  if (r < 0.68) return new Array(pick([1000, 100000, 1000001])).fill(pick(NUMBERS)); // huge
  if (depth < 2) return { a: value(depth + 1), xRange: value(depth + 1), nested: [value(depth + 1)] };
  return {};
}

/** An options object for a window, a grid or a line: mostly well formed (so that the calls get
 *  deep into the core), each field sometimes anything at all. */
function options(names) {
  const o = {};
  const keys = ["x", "y", "xRange", "yRange", "nx", "ny", "at", "origin", "u", "v", "tRange", "n", "tolGradient", "tolEigen", "method", "learningRate", "beta", "steps", "tolerance"];
  const odd = () => random() < 0.04;
  for (const key of keys) {
    if (random() < 0.5) continue;
    if (odd()) o[key] = value();
    else if (key === "x" || key === "y") o[key] = names.length ? pick(names) : "w1";
    else if (key.endsWith("Range")) o[key] = [number(), number()];
    else if (["nx", "ny", "n"].includes(key)) o[key] = int(2, 90);
    else if (key === "steps") o[key] = int(0, 300);
    else if (["at", "origin", "u", "v"].includes(key)) o[key] = array(names.length);
    else if (key === "method") o[key] = pick(["gd", "momentum", "newton", "newton", "adam"]);
    else o[key] = number();
  }
  return random() < 0.05 ? value() : o;
}

function data() {
  const r = random();
  if (r < 0.5) return undefined;
  if (r < 0.8) {
    const rows = int(1, 5);
    return { x: array(rows), y: array(rows) };
  }
  if (r < 0.85) return { x: new Array(200001).fill(0.5) }; // over the row limit
  if (r < 0.9) return { x: array(3), y: array(4) }; // ragged
  return value();
}

let current = "(y - w1*w2*x)^2"; // the formula of the loss being called, for the report
const stats = { calls: 0, values: 0, errors: 0, codes: new Map(), slowest: { ms: 0, what: "" } };

/** A short description of arguments, for the report of the slowest call. */
function describe(args) {
  const short = (x) => {
    if (Array.isArray(x) || ArrayBuffer.isView(x)) return x.length > 6 ? `[${x.length} items]` : `[${Array.from(x).map(short)}]`;
    if (x && typeof x === "object") return `{${Object.entries(x).map(([k, v]) => `${k}: ${short(v)}`).join(", ")}}`;
    return typeof x === "bigint" || typeof x === "symbol" ? String(x) : JSON.stringify(x) ?? String(x);
  };
  return args.map(short).join(", ").slice(0, 300);
}

/** Runs `f(...args)` (the arguments made before the clock starts): a value, or an Error with
 *  a string code; never a trap; within SLOW_MS. */
function call(what, args, f) {
  stats.calls++;
  const start = performance.now();
  let outcome;
  try {
    f(...args);
    stats.values++;
  } catch (e) {
    outcome = e;
  }
  const ms = performance.now() - start;
  if (ms > stats.slowest.ms) stats.slowest = { ms, what, args: describe(args), formula: current };
  assert.ok(ms < SLOW_MS, `${what} took ${ms.toFixed(0)} ms`);
  if (outcome !== undefined) {
    assert.ok(!(outcome instanceof WebAssembly.RuntimeError), `${what}: wasm trap ${outcome}`);
    assert.ok(outcome instanceof Error, `${what}: threw a non-Error ${String(outcome)}`);
    assert.equal(typeof outcome.code, "string", `${what}: an Error without a code: ${outcome.message}`);
    stats.errors++;
    stats.codes.set(outcome.code, (stats.codes.get(outcome.code) ?? 0) + 1);
  }
}

test(`fuzz: ${CALLS} random calls to every JS API function`, () => {
  let loss = new Loss("(y - w1*w2*x)^2", { data: { x: [1], y: [1] } });
  for (let i = 0; i < CALLS; i++) {
    const names = loss.params;
    const theta = () => (random() < 0.75 ? array(names.length) : value());
    const which = int(0, 12);
    switch (which) {
      case 0: {
        const formula = random() < 0.8 ? pick(FORMULAS) : value();
        const opts = random() < 0.9
          ? { data: data(), lang: pick(["en", "zh", 5]), tolGradient: random() < 0.8 ? undefined : number(), workLimit: random() < 0.9 ? undefined : number() }
          : value();
        call("new Loss", [formula, opts], (f, o) => {
          const made = new Loss(f, o);
          loss.free();
          loss = made;
          current = describe([f, o]);
        });
        break;
      }
      case 1:
        call("value", [theta()], (t) => loss.value(t));
        break;
      case 2:
        call("gradient", [theta()], (t) => loss.gradient(t));
        break;
      case 3:
        call("hessian", [theta()], (t) => loss.hessian(t));
        break;
      case 4:
        call("analyze", [theta(), random() < 0.5 ? undefined : options(names)], (t, o) => loss.analyze(t, o));
        break;
      case 5:
        call("grid (axes)", [options(names)], (o) => loss.grid(o));
        break;
      case 6:
        call("grid (plane)", [{ ...options(names), u: theta(), v: theta() }], (o) => loss.grid(o));
        break;
      case 7:
        call("line", [theta(), theta(), options(names)], (a, b, o) => loss.line(a, b, o));
        break;
      case 8:
        call("trajectory", [theta(), options(names)], (t, o) => loss.trajectory(t, o));
        break;
      case 9:
        call("criticalPoints", [options(names)], (o) => loss.criticalPoints(o));
        break;
      case 10: {
        const args = [random() < 0.5 ? int(-2, 7) : value(), random() < 0.5 ? int(0, 2 ** 31) : value(), random() < 0.5 ? int(0, 100) : value()];
        call("quizQuestion", args, quizQuestion);
        break;
      }
      case 11:
        call("getters", [], () => [loss.params, loss.dataColumns, loss.tolerances, loss.maxGridPoints, loss.maxGridSide]);
        break;
      default:
        call("new Loss (junk)", [value(), value()], (f, o) => new Loss(f, o).free());
    }
  }
  const codes = [...stats.codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ");
  console.log(`# fuzz: ${stats.calls} calls, ${stats.values} values, ${stats.errors} coded errors (${codes}); slowest ${stats.slowest.what} ${stats.slowest.ms.toFixed(1)} ms (${stats.slowest.args}) on ${stats.slowest.formula}`);
  // The module is alive and still right.
  const lecture = new Loss("(y - w1*w2*x)^2", { data: { x: [1], y: [1] } });
  assert.equal(lecture.analyze([0, 0]).kind, "saddle");
  assert.ok(stats.errors > 0 && stats.values > 0);
});

test("adversarial arguments, one by one", () => {
  const loss = new Loss("x^2 + y^4");
  const million = new Array(1e6).fill(0);
  const table = { x: new Array(20000).fill(1), y: new Array(20000).fill(2) };
  const cases = [
    ["formula not a string", () => new Loss(42)],
    ["formula as an object", () => new Loss({ toString: () => "x" })],
    ["a formula of a million characters", (f) => new Loss(f), "x+".repeat(500000) + "x"],
    ["θ of a million numbers", () => loss.value(million)],
    ["θ as a string", () => loss.gradient("0,0")],
    ["θ with BigInts", () => loss.hessian([1n, 2n])],
    ["a huge `at`", () => loss.grid({ at: million })],
    ["nx = 4096 with a long table", () => new Loss("(y - w1*w2*x)^2", { data: table }).grid({ nx: 4096, ny: 2 })],
    ["a data column over the limit", () => new Loss("sum(x) w", { data: { x: new Float64Array(300000) } })],
    ["data as a string", () => new Loss("x w", { data: "x:1,2" })],
    ["workLimit NaN", () => new Loss("x", { workLimit: NaN })],
    ["criticalPoints over ±1e308", () => loss.criticalPoints({ xRange: [-1e308, 1e308], yRange: [-Number.MAX_VALUE, Number.MAX_VALUE] })],
    ["Newton with a negative tolerance", () => new Loss("1").trajectory([], { method: "newton", tolerance: -1 })],
    ["quizQuestion(1, 2**53, 0)", () => quizQuestion(1, 2 ** 53, 0)],
    ["quizQuestion with BigInts", () => quizQuestion(2n, 2n ** 70n, -1n)],
    ["quizQuestion with nothing", () => quizQuestion()],
    ["analyze with tolerances of every kind", () => loss.analyze([0, 0], { tolGradient: Infinity, tolEigen: -1 })],
  ];
  for (const [what, f, arg] of cases) call(what, [arg], f);
  // The reproducers that must answer, not refuse:
  const q = quizQuestion(1, 2 ** 53, 0);
  assert.equal(q.seed, 0, "2^53 is taken modulo 2^53");
  const saddles = loss.criticalPoints({ xRange: [-1e308, 1e308], yRange: [-1e308, 1e308] });
  assert.ok(saddles.every((p) => p.point.every(Number.isFinite)));
  const path = new Loss("1").trajectory([], { method: "newton", tolerance: -1 });
  assert.equal(path.stop, "steps");
});
