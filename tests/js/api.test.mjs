// The JS API of the README, held through the built www/pkg as an embedder uses it.
//
// Run: `./build.sh test`, or after `./build.sh build`: `node --test tests/js/*.test.mjs`.
// Expected values come from hand derivations noted beside each case, not from the core.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";

await init({
  module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)),
});

const TOL = 1e-9; // absolute, for quantities of order 1
const SQRT1_2 = Math.SQRT1_2;
const KINDS = ["minimum", "maximum", "saddle", "inconclusive", "not_critical", "undefined"];
const REFINED_OF_INCONCLUSIVE = ["minimum", "maximum", "saddle", "unknown"];
const REFINED_REASONS = ["leading_term", "nonnegative_loss", "nonpositive_loss", "critical_curve", "flat_to_order", "several_flat_directions", "not_smooth", "work_budget"];

// The lecture's "world's worst network": y = w1·w2·x, one example (x = 1, ŷ = 1).
const LECTURE = ["(y - w1*w2*x)^2", { data: { x: [1], y: [1] } }];
const lecture = () => new Loss(...LECTURE);

// ---- helpers ---------------------------------------------------------------------------------

function close(actual, expected, tol = TOL, what = "value") {
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${what}: expected ${expected}, got ${actual}`,
  );
}

function closeArray(actual, expected, tol = TOL, what = "array") {
  assert.equal(actual.length, expected.length, `${what}: length`);
  expected.forEach((e, k) => {
    if (Array.isArray(e)) closeArray(actual[k], e, tol, `${what}[${k}]`);
    else close(actual[k], e, tol, `${what}[${k}]`);
  });
}

const dot = (a, b) => a.reduce((s, ak, k) => s + ak * b[k], 0);
const norm = (a) => Math.sqrt(dot(a, a));
const add = (a, b, t = 1) => a.map((ak, k) => ak + t * b[k]);
const matVec = (m, v) => m.map((row) => dot(row, v));

/** Runs `f`, which must throw an Error; returns it. */
function thrown(f) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof Error, `expected an Error, got ${e}`);
    assert.equal(typeof e.message, "string");
    assert.ok(e.message.length > 0, "the message is empty");
    return e;
  }
  assert.fail("expected a throw");
}

/** The invariants every analysis must satisfy, whatever the loss and θ′. */
function checkAnalysisInvariants(loss, theta, a, options) {
  assert.ok(KINDS.includes(a.kind), `kind ${a.kind}`);
  const n = loss.params.length;
  const tolerances = {
    gradient: options?.tolGradient ?? loss.tolerances.gradient,
    eigen: options?.tolEigen ?? loss.tolerances.eigen,
  };
  assert.deepEqual(a.tolerances, tolerances);
  if (a.kind === "undefined") {
    assert.equal(a.refined, "undefined");
    assert.deepEqual(a.eigenvalues, []);
    assert.deepEqual(a.eigenvectors, []);
    assert.equal(a.escape, null);
    return;
  }
  // The analysis repeats value, gradient and Hessian exactly as the single calls give them.
  assert.equal(a.value, loss.value(theta));
  assert.deepEqual(a.gradient, loss.gradient(theta));
  assert.deepEqual(a.hessian, loss.hessian(theta));
  close(a.gradientNorm, norm(a.gradient), 1e-12, "gradientNorm");
  assert.equal(a.hessian.length, n);
  for (let r = 0; r < n; r++) {
    assert.equal(a.hessian[r].length, n);
    for (let c = 0; c < n; c++) assert.equal(a.hessian[r][c], a.hessian[c][r], "H symmetric");
  }
  // Eigen-decomposition: ascending, unit, orthogonal, H v = λ v, largest component positive.
  assert.equal(a.eigenvalues.length, n);
  assert.equal(a.eigenvectors.length, n);
  const scale = Math.max(1, ...a.eigenvalues.map(Math.abs));
  for (let k = 1; k < n; k++) assert.ok(a.eigenvalues[k - 1] <= a.eigenvalues[k], "ascending");
  a.eigenvectors.forEach((v, k) => {
    close(norm(v), 1, 1e-12, `|eigenvectors[${k}]|`);
    closeArray(matVec(a.hessian, v), v.map((x) => a.eigenvalues[k] * x), 1e-9 * scale, `H v${k}`);
    const biggest = Math.max(...v.map(Math.abs));
    assert.ok(Math.max(...v) >= biggest - 1e-12, `eigenvectors[${k}] = ${v}: largest component not positive`);
    for (let m = 0; m < k; m++) close(dot(v, a.eigenvectors[m]), 0, 1e-9, `v${k}·v${m}`);
  });
  // Zero threshold and the flat directions it implies.
  close(a.zeroThreshold, tolerances.eigen * scale, 1e-12, "zeroThreshold");
  const flat = a.eigenvalues.filter((l) => Math.abs(l) <= a.zeroThreshold).length;
  assert.equal(a.flatDirections, flat);
  // The verdict follows from the numbers.
  const critical = a.gradientNorm <= tolerances.gradient;
  const negative = a.eigenvalues.some((l) => l < -a.zeroThreshold);
  const positive = a.eigenvalues.some((l) => l > a.zeroThreshold);
  const expected = !critical
    ? "not_critical"
    : negative && positive
      ? "saddle"
      : flat > 0
        ? "inconclusive"
        : positive
          ? "minimum"
          : "maximum";
  assert.equal(a.kind, expected, `kind from g and λ = ${a.eigenvalues}`);
  if (a.kind === "inconclusive") {
    assert.ok(REFINED_OF_INCONCLUSIVE.includes(a.refined), a.refined);
    assert.ok(REFINED_REASONS.includes(a.refinedReason), `refinedReason ${a.refinedReason}`);
    assert.equal(a.refinedOrder !== null, a.refinedReason === "leading_term", "refinedOrder with a leading term");
  } else {
    assert.equal(a.refined, a.kind);
    assert.equal(a.refinedReason, null);
    assert.equal(a.refinedOrder, null);
  }
  // Escape: the unit eigenvector of the most negative eigenvalue, when one is negative.
  if (a.eigenvalues[0] < -a.zeroThreshold) {
    assert.notEqual(a.escape, null);
    closeArray(a.escape, a.eigenvectors[0], 1e-12, "escape");
  } else {
    assert.equal(a.escape, null);
  }
}

// ---- the lecture example ---------------------------------------------------------------------

test("lecture example: params, data columns, value, gradient, Hessian", () => {
  const loss = lecture();
  assert.deepEqual(loss.params, ["w1", "w2"]);
  assert.deepEqual(loss.dataColumns, ["x", "y"]);
  assert.equal(loss.value([0, 0]), 1);
  assert.deepEqual(loss.gradient([0, 0]), [0, 0]);
  assert.deepEqual(loss.hessian([0, 0]), [
    [0, -2],
    [-2, 0],
  ]);
  assert.deepEqual(loss.tolerances, { gradient: 1e-6, eigen: 1e-8 });
});

test("lecture example: the origin is a saddle with escape ±(1,1)/√2", () => {
  const loss = lecture();
  const theta = [0, 0];
  const a = loss.analyze(theta);
  checkAnalysisInvariants(loss, theta, a);
  assert.equal(a.kind, "saddle");
  assert.equal(a.refined, "saddle");
  assert.equal(a.value, 1);
  assert.equal(a.gradientNorm, 0);
  closeArray(a.eigenvalues, [-2, 2], 1e-12, "eigenvalues");
  // Sign convention: largest-magnitude component positive; on a tie, the first one.
  closeArray(a.eigenvectors, [
    [SQRT1_2, SQRT1_2],
    [SQRT1_2, -SQRT1_2],
  ], 1e-12, "eigenvectors");
  closeArray(a.escape.map(Math.abs), [SQRT1_2, SQRT1_2], 1e-12, "escape");
  assert.ok(a.escape[0] * a.escape[1] > 0, "escape is ±(1,1)/√2, not (1,-1)/√2");
  // L(θ′ + t·escape) < L(θ′) for small t (either way: L = (1 − t²)² along it).
  for (const t of [1e-3, 1e-2, 0.1, -1e-3, -0.1]) {
    assert.ok(loss.value(add(theta, a.escape, t)) < a.value, `L(θ′ + ${t}·escape) < L(θ′)`);
  }
  assert.equal(a.zeroThreshold, 2e-8);
  assert.equal(a.flatDirections, 0);
  assert.deepEqual(a.tolerances, { gradient: 1e-6, eigen: 1e-8 });
});

// ---- verdicts: a table -----------------------------------------------------------------------

// Hand derivations: on the valley w1·w2 = 1, H = 2·(w2, w1)ᵀ(w2, w1), eigenvalues 0 and
// 2(w1² + w2²). At the origin of ±(x² + y²), H = ±2I. Off the critical set g ≠ 0.
const VERDICTS = [
  { name: "lecture saddle", loss: LECTURE, theta: [0, 0], kind: "saddle", eigenvalues: [-2, 2] },
  { name: "valley (1, 1)", loss: LECTURE, theta: [1, 1], kind: "inconclusive", refined: "minimum", eigenvalues: [0, 4] },
  { name: "valley (-1, -1)", loss: LECTURE, theta: [-1, -1], kind: "inconclusive", refined: "minimum", eigenvalues: [0, 4] },
  { name: "valley (2, 0.5)", loss: LECTURE, theta: [2, 0.5], kind: "inconclusive", refined: "minimum", eigenvalues: [0, 8.5] },
  { name: "lecture, off the critical set", loss: LECTURE, theta: [0.5, 0.3], kind: "not_critical", gradient: [-0.51, -0.85] },
  { name: "x^2 + y^2 minimum", loss: ["x^2 + y^2"], theta: [0, 0], kind: "minimum", eigenvalues: [2, 2], value: 0 },
  { name: "-(x^2 + y^2) maximum", loss: ["-(x^2 + y^2)"], theta: [0, 0], kind: "maximum", eigenvalues: [-2, -2], value: 0 },
  { name: "x^2 + y^2 away from 0", loss: ["x^2 + y^2"], theta: [1, -2], kind: "not_critical", gradient: [2, -4], value: 5 },
  { name: "x^2 - y^2 saddle", loss: ["x^2 - y^2"], theta: [0, 0], kind: "saddle", eigenvalues: [-2, 2] },
  { name: "x^4 + y^2: flat, then minimum", loss: ["x^4 + y^2"], theta: [0, 0], kind: "inconclusive", refined: "minimum", eigenvalues: [0, 2] },
  { name: "x^3 + y^2: flat, then saddle", loss: ["x^3 + y^2"], theta: [0, 0], kind: "inconclusive", refined: "saddle", eigenvalues: [0, 2] },
  { name: "-x^4 - y^2: flat, then maximum", loss: ["-x^4 - y^2"], theta: [0, 0], kind: "inconclusive", refined: "maximum", eigenvalues: [-2, 0] },
  { name: "3 parameters, mixed", loss: ["a^2 + 2b^2 - 3c^2"], theta: [0, 0, 0], kind: "saddle", eigenvalues: [-6, 2, 4] },
  { name: "log(x) at 0", loss: ["log(x)"], theta: [0], kind: "undefined" },
  { name: "1/x at 0", loss: ["1/x"], theta: [0], kind: "undefined" },
  { name: "log(w1) + w2^2 at (0, 1)", loss: ["log(w1) + w2^2"], theta: [0, 1], kind: "undefined" },
];

for (const c of VERDICTS) {
  test(`analyze: ${c.name} → ${c.kind}${c.refined ? ` / ${c.refined}` : ""}`, () => {
    const loss = new Loss(...c.loss);
    const a = loss.analyze(c.theta);
    checkAnalysisInvariants(loss, c.theta, a);
    assert.equal(a.kind, c.kind);
    assert.equal(a.refined, c.refined ?? c.kind);
    if (c.eigenvalues) closeArray(a.eigenvalues, c.eigenvalues, 1e-9, "eigenvalues");
    if (c.gradient) closeArray(a.gradient, c.gradient, 1e-12, "gradient");
    if (c.value !== undefined) close(a.value, c.value, 1e-12, "value");
  });
}

test("analyze: tolerances are overridable per call and per Loss", () => {
  // At (1e-4, 0) the lecture's gradient is (0, −2e-4): not critical at 1e-6, critical at 1e-3.
  const theta = [1e-4, 0];
  const loss = lecture();
  assert.equal(loss.analyze(theta).kind, "not_critical");
  const options = { tolGradient: 1e-3, tolEigen: 0.1 };
  const a = loss.analyze(theta, options);
  checkAnalysisInvariants(loss, theta, a, options);
  assert.equal(a.kind, "saddle");
  assert.deepEqual(a.tolerances, { gradient: 1e-3, eigen: 0.1 });
  close(a.zeroThreshold, 0.1 * Math.max(...a.eigenvalues.map(Math.abs)), 1e-12, "zeroThreshold");

  const lenient = new Loss(LECTURE[0], { ...LECTURE[1], tolGradient: 1e-3 });
  assert.deepEqual(lenient.tolerances, { gradient: 1e-3, eigen: 1e-8 });
  assert.equal(lenient.analyze(theta).kind, "saddle");
});

test("log(x) at x = 0 is 'undefined', never a throw or a NaN verdict", () => {
  const loss = new Loss("log(x)");
  const a = loss.analyze([0]);
  assert.equal(a.kind, "undefined");
  assert.equal(a.refined, "undefined");
  assert.deepEqual(a.eigenvalues, []);
  assert.deepEqual(a.eigenvectors, []);
  assert.equal(a.escape, null);
  assert.ok(!Number.isFinite(loss.value([0])));
  // And it is an ordinary minimum-free, defined point elsewhere.
  assert.equal(loss.analyze([1]).kind, "not_critical");
});

// ---- values, gradients and Hessians with data ------------------------------------------------

// Hand derivations for L(w) = Σ (y − w x)² with x = (1, 2, 3), y = 2x:
// L(0) = Σ y² = 56, L′(0) = −2 Σ x y = −56, L″ = 2 Σ x² = 28; mean divides by 3.
const DERIVATIVES = [
  { name: "sum over rows", formula: "sum((y - w*x)^2)", theta: [0], value: 56, gradient: [-56], hessian: [[28]] },
  { name: "sum at the fit", formula: "sum((y - w*x)^2)", theta: [2], value: 0, gradient: [0], hessian: [[28]] },
  { name: "mean over rows", formula: "mean((y - w*x)^2)", theta: [0], value: 56 / 3, gradient: [-56 / 3], hessian: [[28 / 3]] },
  // Outside sum/mean a formula is averaged over the rows as a whole: the MSE.
  { name: "implicit mean", formula: "(y - w*x)^2", theta: [0], value: 56 / 3, gradient: [-56 / 3], hessian: [[28 / 3]] },
];
const DATA = { x: [1, 2, 3], y: [2, 4, 6], unused: [0, 0, 0] };

for (const c of DERIVATIVES) {
  test(`derivatives with data: ${c.name}`, () => {
    const loss = new Loss(c.formula, { data: DATA });
    assert.deepEqual(loss.params, ["w"]);
    assert.deepEqual(loss.dataColumns, ["x", "y"]);
    close(loss.value(c.theta), c.value, 1e-12, "value");
    closeArray(loss.gradient(c.theta), c.gradient, 1e-12, "gradient");
    closeArray(loss.hessian(c.theta), c.hessian, 1e-12, "hessian");
  });
}

test("params come in natural order (w2 before w10), data columns excluded", () => {
  assert.deepEqual(new Loss("w10 + w2 + w1 + b").params, ["b", "w1", "w2", "w10"]);
  assert.deepEqual(new Loss("w₁ w₂ x", { data: { x: [1] } }).params, ["w1", "w2"]);
});

// ---- grids -----------------------------------------------------------------------------------

/** x_i = x0 + i·(x1 − x0)/(nx − 1), the contract's point formula. */
const coordinate = ([lo, hi], n, i) => lo + (i * (hi - lo)) / (n - 1);

test("grid: row-major values[i + j*nx], i along x, endpoints included", () => {
  const loss = lecture();
  const options = { x: "w1", y: "w2", xRange: [-2, 1], yRange: [-1, 3], nx: 7, ny: 5, at: [0, 0] };
  const values = loss.grid(options);
  assert.ok(values instanceof Float64Array);
  assert.equal(values.length, 7 * 5);
  for (let j = 0; j < 5; j++) {
    for (let i = 0; i < 7; i++) {
      const theta = [coordinate(options.xRange, 7, i), coordinate(options.yRange, 5, j)];
      close(values[i + j * 7], loss.value(theta), 1e-12, `values[${i} + ${j}*nx]`);
    }
  }
  // The corners are the window's corners exactly.
  close(values[0], loss.value([-2, -1]), 1e-15, "corner (x0, y0)");
  close(values[6], loss.value([1, -1]), 1e-15, "corner (x1, y0)");
  close(values[4 * 7], loss.value([-2, 3]), 1e-15, "corner (x0, y1)");
  close(values[34], loss.value([1, 3]), 1e-15, "corner (x1, y1)");
});

test("grid: 256×256 spot checks, including all four corners", () => {
  const loss = new Loss("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2");
  const range = [-5, 5];
  const n = 256;
  const values = loss.grid({ x: "w1", y: "w2", xRange: range, yRange: range, nx: n, ny: n, at: [0, 0] });
  assert.equal(values.length, n * n);
  for (const [i, j] of [[0, 0], [n - 1, 0], [0, n - 1], [n - 1, n - 1], [17, 200], [128, 3], [255, 77]]) {
    const theta = [coordinate(range, n, i), coordinate(range, n, j)];
    close(values[i + j * n], loss.value(theta), 1e-12, `values[${i} + ${j}*nx]`);
  }
});

test("grid: swapped axes put the y parameter along j", () => {
  const loss = lecture();
  const values = loss.grid({ x: "w2", y: "w1", xRange: [0, 1], yRange: [-2, 2], nx: 3, ny: 4, at: [0, 0] });
  for (let j = 0; j < 4; j++) {
    for (let i = 0; i < 3; i++) {
      const w2 = coordinate([0, 1], 3, i);
      const w1 = coordinate([-2, 2], 4, j);
      close(values[i + j * 3], loss.value([w1, w2]), 1e-12, `values[${i} + ${j}*nx]`);
    }
  }
});

test("grid: `at` fixes the parameters off the axes", () => {
  // Linear, so every value is known exactly: w1 + 10·w2 + 100·w3 with w2 fixed at 7.
  const linear = new Loss("w1 + 10*w2 + 100*w3");
  assert.deepEqual(linear.params, ["w1", "w2", "w3"]);
  const values = linear.grid({ x: "w3", y: "w1", xRange: [0, 1], yRange: [-1, 1], nx: 3, ny: 2, at: [5, 7, 9] });
  closeArray(Array.from(values), [69, 119, 169, 71, 121, 171], 1e-12, "values");

  const nonlinear = new Loss("(w1*w2 - w3)^2 + sin(w3)");
  const at = [0.3, -0.4, 0.5];
  const grid = nonlinear.grid({ x: "w1", y: "w2", xRange: [-1, 1], yRange: [-1, 1], nx: 5, ny: 5, at });
  for (const [i, j] of [[0, 0], [4, 4], [1, 3], [2, 2]]) {
    const theta = [coordinate([-1, 1], 5, i), coordinate([-1, 1], 5, j), 0.5];
    close(grid[i + j * 5], nonlinear.value(theta), 1e-12, `values[${i} + ${j}*nx]`);
  }
});

test("grid: where the loss is undefined the value is NaN or ±Infinity", () => {
  const values = new Loss("log(x)").grid({ x: "x", xRange: [-1, 1], nx: 3 });
  assert.ok(!Number.isFinite(values[0]), "log(-1)");
  assert.ok(!Number.isFinite(values[1]), "log(0)");
  assert.equal(values[2], 0);
});

// ---- critical points -------------------------------------------------------------------------

// Himmelblau's function: four minima (value 0), one maximum, four saddles in [-5, 5]².
const HIMMELBLAU = "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2";
const HIMMELBLAU_MINIMA = [
  [3, 2],
  [-2.805118086952745, 3.131312518250573],
  [-3.779310253377747, -3.283185991286170],
  [3.584428340330492, -1.848126526964404],
];
const HIMMELBLAU_MAXIMUM = [-0.270844590667, -0.923038556480]; // value 181.617…

test("criticalPoints: Himmelblau in [-5, 5]² has 4 minima, 1 maximum, 4 saddles", () => {
  const loss = new Loss(HIMMELBLAU);
  const points = loss.criticalPoints({ x: "w1", y: "w2", xRange: [-5, 5], yRange: [-5, 5], at: [0, 0] });
  assert.equal(points.length, 9, JSON.stringify(points.map((p) => p.point)));
  const count = (kind) => points.filter((p) => p.kind === kind).length;
  assert.equal(count("minimum"), 4);
  assert.equal(count("maximum"), 1);
  assert.equal(count("saddle"), 4);
  for (const p of points) {
    assert.equal(p.refined, p.kind);
    assert.equal(p.curve, null);
    assert.equal(p.point.length, 2);
    assert.ok(p.point.every((v) => v >= -5 && v <= 5), `${p.point} in the window`);
    close(p.value, loss.value(p.point), 1e-9, "value");
    assert.ok(norm(loss.gradient(p.point)) <= 1e-6, `g = 0 at ${p.point}`);
    assert.equal(p.eigenvalues.length, 2);
    assert.ok(p.eigenvalues[0] <= p.eigenvalues[1], "ascending");
    assert.equal(p.kind, loss.analyze(p.point).kind);
  }
  for (const m of HIMMELBLAU_MINIMA) {
    const found = points.filter((p) => p.kind === "minimum" && norm(add(p.point, m, -1)) < 1e-6);
    assert.equal(found.length, 1, `the minimum at ${m}`);
    close(found[0].value, 0, 1e-9, "minimum value");
  }
  const max = points.find((p) => p.kind === "maximum");
  closeArray(max.point, HIMMELBLAU_MAXIMUM, 1e-6, "maximum");
  close(max.value, 181.61652, 1e-6, "maximum value");
});

test("criticalPoints: the lecture example has the saddle and the valley as curves", () => {
  const loss = lecture();
  const points = loss.criticalPoints({ x: "w1", y: "w2", xRange: [-2, 2], yRange: [-2, 2], at: [0, 0] });

  const saddles = points.filter((p) => p.kind === "saddle");
  assert.equal(saddles.length, 1);
  assert.ok(norm(saddles[0].point) < 1e-6, `saddle at the origin, got ${saddles[0].point}`);
  assert.equal(saddles[0].curve, null);
  closeArray(saddles[0].eigenvalues, [-2, 2], 1e-9, "saddle eigenvalues");

  // The valley w1·w2 = 1: one entry per branch (w1 > 0 and w1 < 0), each a traced curve.
  const valley = points.filter((p) => p.curve !== null);
  assert.equal(valley.length, 2, "one entry per branch of the valley");
  assert.equal(points.length, 3);
  assert.deepEqual(valley.map((p) => Math.sign(p.point[0])).sort(), [-1, 1]);
  for (const p of valley) {
    assert.equal(p.kind, "inconclusive");
    assert.equal(p.refined, "minimum");
    close(p.point[0] * p.point[1], 1, 1e-6, "representative point on w1·w2 = 1");
    assert.ok(Array.isArray(p.curve) && p.curve.length >= 10, "a traced curve");
    for (const q of p.curve) {
      assert.equal(q.length, 2);
      close(q[0] * q[1], 1, 1e-6, `curve point ${q} on w1·w2 = 1`);
      assert.ok(q.every((v) => Math.abs(v) <= 2 + 1e-9), `curve point ${q} in the window`);
    }
    // In order: w1 moves monotonically along one branch.
    const steps = p.curve.slice(1).map((q, k) => Math.sign(q[0] - p.curve[k][0]));
    assert.ok(steps.every((s) => s === steps[0] && s !== 0), "the curve is traced in order");
  }
});

// ---- the higher-order look and degenerate critical points (issue 11) --------------------------

// Hand derivations: relaxing y in (y − x²)(y − 1.0001x²) gives y = 1.00005x² and
// φ = −(0.00005)²x⁴ < 0 (a saddle at order 4); x² − y¹² falls along y at order 12; x³ in one
// parameter is an inflection ("saddle": critical, neither minimum nor maximum); x²y is a
// minimum on x = 0 above the origin (curvature 2y > 0) and a maximum below; −y¹⁸ is beyond the
// 16 orders computed; x² + y⁴ is ≥ 0 by its form and 0 at the origin.
const LOOKS = [
  { formula: "(y - x^2)(y - 1.0001x^2)", theta: [0, 0], refined: "saddle", reason: "leading_term", order: 4 },
  { formula: "x^2 - y^12", theta: [0, 0], refined: "saddle", reason: "leading_term", order: 12 },
  { formula: "x^2 - 1e-8 y^4", theta: [0, 0], refined: "saddle", reason: "leading_term", order: 4 },
  { formula: "1e8 + x^2 - y^4", theta: [0, 0], refined: "saddle", reason: "leading_term", order: 4 },
  { formula: "x^3", theta: [0], refined: "saddle", reason: "leading_term", order: 3 },
  { formula: "x^2 + y^4", theta: [0, 0], refined: "minimum", reason: "nonnegative_loss", order: null },
  { formula: "x^2 y", theta: [0, 1], refined: "minimum", reason: "critical_curve", order: null },
  { formula: "x^2 y", theta: [0, -1], refined: "maximum", reason: "critical_curve", order: null },
  { formula: "x^2 - y^18", theta: [0, 0], refined: "unknown", reason: "flat_to_order", order: null },
];

for (const c of LOOKS) {
  test(`analyze: ${c.formula} at ${c.theta} is ${c.refined} (${c.reason})`, () => {
    const loss = new Loss(c.formula);
    const a = loss.analyze(c.theta);
    checkAnalysisInvariants(loss, c.theta, a);
    assert.equal(a.kind, "inconclusive");
    assert.deepEqual([a.refined, a.refinedReason, a.refinedOrder], [c.refined, c.reason, c.order]);
  });
}

test("criticalPoints: one entry per degenerate point, curves split by kind, regions once", () => {
  const list = (formula, window = {}) => new Loss(formula).criticalPoints({ xRange: [-2, 2], yRange: [-2, 2], ...window });
  for (const formula of ["x^2 + y^4", "x^4 + y^4", "x^3 + y^3", "x^3 - 3x y^2", "(y - x^2)(y - 2x^2)"]) {
    const points = list(formula);
    assert.equal(points.length, 1, `${formula}: ${JSON.stringify(points.map((p) => p.point))}`);
    assert.deepEqual(points[0].point, [0, 0], `${formula}: exactly at the origin`);
    assert.equal(points[0].curve, null);
    assert.equal(points[0].region, false);
  }
  assert.equal(list("x^5").length, 1);
  const axes = list("x^2 y^2");
  assert.equal(axes.length, 2);
  assert.ok(axes.every((p) => p.curve && p.refined === "minimum" && p.refinedReason === "nonnegative_loss"));
  const split = list("x^2 y").map((p) => p.refined).sort();
  assert.deepEqual(split, ["maximum", "minimum"]);
  const plateau = list("relu(x) + relu(y)");
  assert.equal(plateau.length, 1);
  assert.equal(plateau[0].region, true);
});

test("limits: grids within the budget, the rest refused with a code naming the limit", () => {
  const small = new Loss("x^2 + y^2");
  assert.ok(small.maxGridPoints >= 2048 * 2048, `${small.maxGridPoints}`);
  assert.equal(small.maxGridSide, 4096);
  const rows = 20000;
  const table = { x: Array.from({ length: rows }, (_, i) => i / rows), y: Array.from({ length: rows }, (_, i) => 1 - i / rows) };
  const big = new Loss("(y - w1*w2*x)^2", { data: table });
  assert.ok(big.maxGridSide < 4096 && big.maxGridPoints < 4096 * 4096);
  const memory = thrown(() => big.grid({ nx: 4096, ny: 2 }));
  assert.equal(memory.code, "too_much_memory");
  const work = thrown(() => big.criticalPoints({}));
  assert.equal(work.code, "too_much_work");
  assert.match(work.message, /50000000/);
  assert.match(thrown(() => new Loss("(y - w1*w2*x)^2", { data: table, lang: "zh" }).criticalPoints({})).message, /[\u4e00-\u9fff]/);
  // Within its own limits, the same loss draws.
  const side = Math.floor(Math.sqrt(Math.min(big.maxGridPoints, big.maxGridSide ** 2)));
  assert.equal(big.grid({ nx: side, ny: side }).length, side * side);
  // A Web Worker raises the limit for its own loss.
  const worker = new Loss("(y - w1*w2*x)^2", { data: table, workLimit: Infinity });
  assert.ok(worker.maxGridPoints > big.maxGridPoints);
  assert.equal(thrown(() => new Loss("x", { workLimit: -1 })).code, "not_finite");
  assert.equal(thrown(() => new Loss(42)).code, "not_a_string");
  assert.equal(thrown(() => new Loss("sum(x) w", { data: { x: new Float64Array(200001) } })).code, "data_too_many_rows");
});

// ---- errors ----------------------------------------------------------------------------------

// Formula errors: `culprit` is formula.slice(start, end), with start/end in UTF-16 code units.
const FORMULA_ERRORS = [
  { formula: "sine(x)", code: "unknown_function", culprit: "sine", mentions: "sin" },
  { formula: "θ₁ + (", culprit: "(" },
  { formula: "θ₁ + (w1", code: "unclosed_paren", culprit: "(" },
  { formula: "w₁ w₂ + (θ₂ * 2", code: "unclosed_paren", culprit: "(" },
  { formula: "𝑥 + sine(𝑥)", code: "unknown_function", culprit: "sine", mentions: "sin" }, // non-BMP name
  { formula: "ŷ + sine(w1)", code: "unknown_function", culprit: "sine" },
  { formula: "w₁ w₂ + foo(w1)", code: "unknown_function", culprit: "foo" },
  { formula: "2 $ w1", culprit: "$" },
  { formula: "w1 + )", culprit: ")" },
  // Full-width forms from a Chinese input method read as ASCII; the span is what was typed.
  { formula: "（w₁ ＋ ｓｉｎｅ（w₂）", code: "unknown_function", culprit: "ｓｉｎｅ" },
  { formula: "（w₁ ＋ w₂", code: "unclosed_paren", culprit: "（" },
];

for (const c of FORMULA_ERRORS) {
  test(`formula error: ${JSON.stringify(c.formula)} points at ${JSON.stringify(c.culprit)}`, () => {
    const e = thrown(() => new Loss(c.formula));
    assert.equal(typeof e.start, "number");
    assert.equal(typeof e.end, "number");
    assert.ok(0 <= e.start && e.start < e.end && e.end <= c.formula.length, `span ${e.start}..${e.end}`);
    assert.equal(c.formula.slice(e.start, e.end), c.culprit);
    assert.equal(typeof e.code, "string");
    if (c.code) assert.equal(e.code, c.code);
    if (c.mentions) assert.ok(e.message.includes(`'${c.mentions}'`), e.message);
    assert.equal(e.en, e.message, "the English message is also on `en`");
  });
}

test("formula error in Chinese with lang: 'zh'", () => {
  const e = thrown(() => new Loss("sine(x)", { lang: "zh" }));
  assert.match(e.message, /[\u4e00-\u9fff]/, "a Chinese message");
  assert.ok(e.message.includes("sin"), e.message);
  assert.equal(e.zh, e.message);
  assert.equal(e.code, "unknown_function");
  assert.equal("sine(x)".slice(e.start, e.end), "sine");
});

// Argument errors: an Error with a message and a code, no span.
const ARGUMENT_ERRORS = [
  { name: "θ too short for value", call: (l) => l.value([1]), code: "wrong_length", mentions: "2" },
  { name: "θ too long for gradient", call: (l) => l.gradient([1, 2, 3]), code: "wrong_length", mentions: "2" },
  { name: "θ too short for hessian", call: (l) => l.hessian([]), code: "wrong_length" },
  { name: "θ too short for analyze", call: (l) => l.analyze([0]), code: "wrong_length" },
  { name: "θ not an array", call: (l) => l.value("ab") },
  { name: "θ with NaN", call: (l) => l.analyze([0, NaN]) },
  { name: "unknown x axis in grid", call: (l) => l.grid({ x: "w3", y: "w2" }), code: "unknown_axis", mentions: "w3" },
  { name: "unknown y axis in criticalPoints", call: (l) => l.criticalPoints({ x: "w1", y: "q" }), code: "unknown_axis", mentions: "q" },
  { name: "infinite xRange", call: (l) => l.grid({ x: "w1", y: "w2", xRange: [0, Infinity] }), code: "not_finite", mentions: "xRange" },
  { name: "NaN yRange", call: (l) => l.grid({ x: "w1", y: "w2", yRange: [NaN, 1] }), code: "not_finite", mentions: "yRange" },
  { name: "infinite range in criticalPoints", call: (l) => l.criticalPoints({ x: "w1", y: "w2", xRange: [-Infinity, 0] }), code: "not_finite" },
  { name: "nx < 2", call: (l) => l.grid({ x: "w1", y: "w2", nx: 1, ny: 5 }), code: "bad_resolution", mentions: "nx" },
  { name: "`at` of the wrong length", call: (l) => l.grid({ x: "w1", y: "w2", at: [0] }) },
];

for (const c of ARGUMENT_ERRORS) {
  test(`argument error: ${c.name}`, () => {
    const e = thrown(() => c.call(lecture()));
    assert.equal(typeof e.code, "string", "a code");
    if (c.code) assert.equal(e.code, c.code);
    if (c.mentions) assert.ok(e.message.includes(c.mentions), e.message);
    assert.equal(e.start, undefined);
    assert.equal(e.end, undefined);
  });
}

test("argument errors speak the Loss's language", () => {
  const loss = new Loss(LECTURE[0], { ...LECTURE[1], lang: "zh" });
  assert.match(thrown(() => loss.value([1])).message, /[\u4e00-\u9fff]/);
  assert.match(thrown(() => loss.grid({ x: "q" })).message, /[\u4e00-\u9fff]/);
});

test("nothing panics: arbitrary formulas either compile or throw a formula error", () => {
  // A panic would kill the module for the whole page: afterwards every call would fail.
  const alphabet = ["w1", "x", "θ", "𝑥", "₂", "²", "(", ")", "+", "-", "*", "/", "^", "**", " ", "1", "2.5", "1e-3",
    "e", "pi", "sin", "log", "sum", "mean", "max", ",", ".", "$", "é", "ŷ"];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 500; k++) {
    const length = 1 + Math.floor(random() * 10);
    const formula = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    let loss;
    try {
      loss = new Loss(formula, { data: { x: [1, 2] } });
    } catch (e) {
      assert.ok(e instanceof Error && typeof e.code === "string", `${JSON.stringify(formula)}: ${e}`);
      assert.ok(0 <= e.start && e.start <= e.end && e.end <= formula.length, `${JSON.stringify(formula)}: span`);
      continue;
    }
    const theta = loss.params.map(() => random() * 4 - 2);
    const a = loss.analyze(theta);
    assert.ok(KINDS.includes(a.kind), `${JSON.stringify(formula)}: kind ${a.kind}`);
    loss.free();
  }
  // The module is still alive.
  assert.equal(lecture().analyze([0, 0]).kind, "saddle");
});
