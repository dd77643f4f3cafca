// Networks as losses, criticalPointNear and experiment runs, through the built www/pkg as the
// page's Web Worker will use them (see the README). Expected values come from hand
// derivations noted beside each case.
//
// Run: `./build.sh test`, or after `./build.sh build`: `node --test tests/js/*.test.mjs`.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss, dataset } from "../../www/pkg/hessian_explorer.js";

await init({
  module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)),
});

const TOL = 1e-9;
const close = (a, b, tol = TOL) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);
const norm = (v) => Math.hypot(...v);

/** Runs `f`, which must throw an Error with `code`; returns it. */
function throwsCode(f, code) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof Error, `expected an Error, got ${e}`);
    assert.equal(e.code, code, e.message);
    assert.ok(e.message.length > 0);
    return e;
  }
  assert.fail(`expected a throw with code ${code}`);
}

// The lecture's y = w1·w2·x as a 1–1–1 linear network without biases.
const LECTURE_SPEC = { inputs: ["x"], target: "y", hidden: [1], activation: "linear", bias: false };

test("dataset: seeded tables of named columns", () => {
  assert.deepEqual(dataset("lecture", 0), { x: [1], y: [1] });
  const xor = dataset("xor", 0);
  assert.deepEqual(Object.keys(xor), ["x1", "x2", "y"]);
  assert.deepEqual(xor.y, [0, 1, 1, 0]);
  const moons = dataset("moons", 3, { n: 30, noise: 0.05 });
  assert.deepEqual(moons, dataset("moons", 3, { n: 30, noise: 0.05 }), "same seed, same table");
  assert.notDeepEqual(moons, dataset("moons", 4, { n: 30, noise: 0.05 }));
  assert.equal(moons.y.filter((y) => y === 1).length, 15);
  assert.equal(dataset("regression", 1).x.length, 20);
  throwsCode(() => dataset("spiral", 0), "unknown_dataset");
  throwsCode(() => dataset("moons", 0, { n: 1e6 }), "bad_count");
  throwsCode(() => dataset("moons", 0, { noise: -1 }), "bad_number");
});

test("Loss.network: the lecture's network is the lecture's loss", () => {
  const net = Loss.network(LECTURE_SPEC, { dataset: { name: "lecture" } });
  assert.deepEqual(net.params, ["w1_1_1", "w2_1_1"]);
  assert.equal(net.formula, "(y - w2_1_1*(w1_1_1*x))^2");
  // L = (1 − w1·w2)²: at the origin H = [[0, −2], [−2, 0]], a saddle.
  const a = net.analyze([0, 0]);
  assert.equal(a.kind, "saddle");
  assert.deepEqual(a.eigenvalues, [-2, 2]);
  close(net.value([2, 0.25]), 0.25); // (1 − 0.5)²
  assert.equal(new Loss("w1^2").formula, undefined, "no formula for a formula's loss");
});

test("Loss.network: tape and formula agree on a small tanh network", () => {
  const data = dataset("regression", 2, { n: 7 });
  const net = Loss.network({ inputs: ["x"], hidden: [3], activation: "tanh" }, { data });
  assert.equal(net.params.length, 10);
  const compiled = new Loss(net.formula, { data });
  assert.deepEqual(compiled.params, net.params);
  const theta = net.initialPoint(5, 1).map((t, k) => t + 0.1 * Math.sin(k));
  close(net.value(theta), compiled.value(theta), 1e-12);
  net.hessian(theta).forEach((row, i) => row.forEach((h, j) => close(h, compiled.hessian(theta)[i][j], 1e-12)));
});

test("Loss.network: 2–16–16–1 (337 parameters) is analysed in one go", () => {
  const net = Loss.network({ inputs: ["x1", "x2"], hidden: [16, 16], loss: "cross_entropy" }, { dataset: { name: "moons", seed: 1, n: 100 } });
  assert.equal(net.params.length, 337);
  assert.equal(net.formula, undefined, "too large to read");
  const a = net.analyze(net.initialPoint(1, 0));
  assert.equal(a.eigenvalues.length, 337);
  assert.ok(a.eigenvalues.every(Number.isFinite));
});

test("Loss.network: wrong specs are coded errors, in the language asked for", () => {
  const data = { x: [1, 2], y: [0, 1] };
  throwsCode(() => Loss.network({ hidden: [0] }, { data }), "network_bad_width");
  throwsCode(() => Loss.network({ hidden: [2.5] }, { data }), "network_bad_width");
  throwsCode(() => Loss.network({ inputs: ["z"] }, { data }), "network_unknown_column");
  throwsCode(() => Loss.network({ hidden: [300, 300] }, { data }), "network_bad_width");
  throwsCode(() => Loss.network({ hidden: [200, 200] }, { data }), "network_too_many_params");
  throwsCode(() => Loss.network({ loss: "hinge" }, { data }), "network_unknown_loss");
  throwsCode(() => Loss.network({}, {}), "bad_data");
  throwsCode(() => Loss.network({ loss: "cross_entropy" }, { data: { x: [1], y: [0.5] } }), "network_not_binary");
  const zh = throwsCode(() => Loss.network({ activation: "gelu" }, { data, lang: "zh" }), "network_unknown_activation");
  assert.match(zh.message, /激活函数/);
  throwsCode(() => new Loss("w^2").initialPoint(1, 0), "not_a_network");
  throwsCode(() => new Loss("w^2").experimentRun({}), "not_a_network");
});

test("spectrum: the eigenvalues without eigenvectors, counted", () => {
  // x² − y² + 0·z: eigenvalues −2, 0, 2 (one of each sign).
  const s = new Loss("x^2 - y^2 + 0*z").spectrum([0, 0, 0]);
  assert.deepEqual(s.eigenvalues, [-2, 0, 2]);
  assert.deepEqual([s.positive, s.negative, s.zero], [1, 1, 1]);
  assert.equal(s.minimumRatio, 1 / 3);
  assert.equal(s.minimumRatioNonzero, 1 / 2);
  assert.equal(s.index, 1 / 3);
  assert.equal(s.zeroThreshold, 2e-8); // tolEigen · max(1, max|λ|)
  const net = Loss.network({ inputs: ["x"], hidden: [5] }, { dataset: { name: "regression", seed: 4 } });
  const theta = net.initialPoint(2, 0);
  const a = net.analyze(theta);
  net.spectrum(theta).eigenvalues.forEach((l, k) => close(l, a.eigenvalues[k], 1e-10));
  const undefinedHere = new Loss("log(w)").spectrum([-1]);
  assert.deepEqual(undefinedHere.eigenvalues, []);
  assert.equal(undefinedHere.minimumRatio, null);
});

test("initialPoint: Glorot starts, seeded per run", () => {
  const net = Loss.network({ inputs: ["x1", "x2"], hidden: [4] }, { dataset: { name: "xor" } });
  const a = net.initialPoint(7, 0);
  assert.equal(a.length, 17);
  assert.deepEqual(a, net.initialPoint(7, 0));
  assert.notDeepEqual(a, net.initialPoint(7, 1));
  const limit = Math.sqrt(6 / (2 + 4)); // the first layer's weights
  net.params.forEach((name, k) => {
    if (name.startsWith("b")) assert.equal(a[k], 0, name);
    if (name.startsWith("w1_")) assert.ok(Math.abs(a[k]) <= limit, name);
  });
});

test("criticalPointNear: saddles, maxima and minima to ‖g‖ ≤ 1e-10", () => {
  const lecture = new Loss("(y - w1*w2*x)^2", { data: { x: [1], y: [1] } });
  const saddle = lecture.criticalPointNear([0.1, -0.05]);
  assert.deepEqual(Object.keys(saddle).sort(), ["converged", "gradientNorm", "point", "reason", "steps", "value"]);
  assert.equal(saddle.converged, true);
  assert.equal(saddle.reason, "converged");
  assert.ok(saddle.gradientNorm <= 1e-10 && norm(saddle.point) < 1e-9);
  assert.equal(lecture.analyze(saddle.point).kind, "saddle");
  // On the valley w1·w2 = 1 (a continuum of minima).
  const valley = lecture.criticalPointNear([1.2, 0.9]);
  close(valley.point[0] * valley.point[1], 1, 1e-10);
  // Himmelblau's local maximum at (−0.270845, −0.923039).
  const himmelblau = new Loss("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2");
  const maximum = himmelblau.criticalPointNear([-0.3, -0.9], { tolerance: 1e-11 });
  assert.ok(maximum.converged && maximum.gradientNorm <= 1e-11);
  close(maximum.point[0], -0.270845, 1e-5);
  assert.equal(himmelblau.analyze(maximum.point).kind, "maximum");
  // No critical point: a clear outcome, not a throw.
  const none = new Loss("exp(w)").criticalPointNear([0], { maxSteps: 3 });
  assert.equal(none.converged, false);
  assert.ok(["max_steps", "stalled"].includes(none.reason), none.reason);
  assert.ok(none.steps <= 3);
  throwsCode(() => lecture.criticalPointNear([1, 2, 3]), "wrong_length");
  throwsCode(() => lecture.criticalPointNear([1, 2], { tolerance: -1 }), "not_finite");
});

test("experimentRun: one seeded run, its spectrum counted", () => {
  const net = Loss.network({ inputs: ["x"], hidden: [4], activation: "tanh" }, { dataset: { name: "regression", seed: 1 } });
  const n = net.params.length;
  for (const method of ["gd", "adam", "newton"]) {
    const r = net.experimentRun({ seed: 3, run: 2, method, maxTrainSteps: 500 });
    const again = net.experimentRun({ seed: 3, run: 2, method, maxTrainSteps: 500 });
    assert.ok(r.timeMs >= 0);
    delete r.timeMs;
    delete again.timeMs;
    assert.deepEqual(r, again, `${method}: deterministic`);
    assert.deepEqual(r.start, net.initialPoint(3, 2));
    const s = r.spectrum;
    assert.deepEqual(Object.keys(s).sort(), ["eigenvalues", "index", "minimumRatio", "minimumRatioNonzero", "negative", "positive", "zero", "zeroThreshold"]);
    assert.equal(s.eigenvalues.length, n);
    assert.equal(s.positive + s.negative + s.zero, n);
    close(s.minimumRatio, s.positive / n, 0);
    assert.equal(r.converged, r.gradientNorm <= 1e-10);
    assert.ok(s.zeroThreshold > 0);
    assert.ok(["minimum", "maximum", "saddle", "inconclusive", "not_critical", "undefined"].includes(r.kind));
    if (method === "newton") assert.equal(r.trainingStop, null);
    else assert.ok(["small_gradient", "steps", "diverged"].includes(r.trainingStop));
  }
  // The lecture's network: Newton lands on the saddle (ratio ½) or the valley (one zero).
  const lecture = Loss.network(LECTURE_SPEC, { dataset: { name: "lecture" } });
  const r = lecture.experimentRun({ seed: 1, run: 0, method: "newton" });
  assert.equal(r.converged, true);
  assert.ok(r.kind === "saddle" ? r.spectrum.minimumRatio === 0.5 : r.spectrum.zero === 1, JSON.stringify(r));
  throwsCode(() => lecture.experimentRun({ method: "sgd" }), "experiment_unknown_method");
  throwsCode(() => lecture.experimentRun({ method: "gd", learningRate: -1 }), "bad_number");
});
