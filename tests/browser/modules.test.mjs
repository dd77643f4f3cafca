// The page's pure modules (www/*.js that know nothing of the DOM), run in Node: the
// arithmetic that the browser tests can only see as pixels.
//
// Run: node --test tests/browser/modules.test.mjs (no browser, no wasm needed).
import test from "node:test";
import assert from "node:assert/strict";

import { formatNumber, formatForInput, parseNumber, prettyName, prettyFormula, roundTo, decimalsFor } from "../../www/i18n/format.js";
import { niceTicks, formatTick } from "../../www/surface/ticks.js";
import { createView } from "../../www/surface/view.js";
import { zoomWindow, isValidWindow } from "../../www/surface/window.js";
import { contourSegments } from "../../www/surface/contours/march.js";
import { contourBlocks } from "../../www/surface/contours/blocks.js";
import { chainSegments } from "../../www/surface/contours/chain.js";
import { labelPlacements } from "../../www/surface/contours/labels.js";
import { pixelPolyline, gridToPixels } from "../../www/surface/contours/polyline.js";
import { colorScale, contourLevels, makeScale, TOP_CLIP, GAMMA_LIMIT } from "../../www/surface/levels.js";
import { colorize } from "../../www/surface/heatmap.js";
import { VIRIDIS, SIZE, colorAt } from "../../www/surface/colormap.js";
import { parseHash, formatHash, defaultState, parseData, DEFAULT_FORMULA } from "../../www/app/url-state.js";
import { STRINGS, t, languageFor, keyCounts } from "../../www/i18n/i18n.js";
import { verdictText } from "../../www/panel/verdict.js";

const M = "\u2212"; // the minus sign the page prints

test("formatNumber: 4 significant digits, −0 as 0, exponents, non-finite", () => {
  const cases = [
    [0, "0"],
    [-0, "0"],
    [2, "2"],
    [-2, `${M}2`],
    [Math.SQRT1_2, "0.7071"],
    [1 / 3, "0.3333"],
    [12345.678, "1.235 × 10⁴"],
    [123456, "1.235 × 10⁵"],
    [99999.7, "1 × 10⁵"],
    [0.001, "0.001"],
    [0.000123456, "1.235 × 10⁻⁴"],
    [1e-17, "1 × 10⁻¹⁷"],
    [-2.5e-17, `${M}2.5 × 10⁻¹⁷`],
    [null, "—"],
    [NaN, "—"],
    [Infinity, "∞"],
    [-Infinity, `${M}∞`],
  ];
  for (const [x, want] of cases) assert.equal(formatNumber(x), want, `formatNumber(${x})`);
  assert.equal(formatNumber(1140, 3), "1.14 × 10³");
  assert.equal(formatNumber(999.4, 3), "999");
});

test("numbers for inputs and from people", () => {
  assert.equal(formatForInput(-0), "0");
  assert.equal(formatForInput(0.1 + 0.2), "0.30000000000000004"); // exact: round trips
  assert.equal(parseNumber(" −1.5 "), -1.5);
  assert.equal(parseNumber(".5"), 0.5);
  assert.equal(parseNumber("1e-3"), 0.001);
  assert.ok(Number.isNaN(parseNumber("1.2abc")));
  assert.ok(Number.isNaN(parseNumber("")));
  assert.ok(Number.isNaN(parseNumber("-")));
  assert.equal(roundTo(0.1 + 0.2, 3), 0.3);
  assert.equal(decimalsFor(0.004), 3);
  assert.equal(decimalsFor(1), 0);
  assert.equal(prettyName("w1"), "w₁");
  assert.equal(prettyName("theta12"), "theta₁₂");
  assert.equal(prettyFormula("w1^3 - 3w1 + w2^2"), "w₁^3 − 3w₁ + w₂^2");
  assert.equal(prettyFormula("exp(-x1) * log(y)"), "exp(−x₁) * log(y)");
  assert.equal(prettyName("b"), "b");
  assert.equal(prettyName("ŷ"), "ŷ");
});

test("niceTicks: steps of 1, 2, 5 × 10ⁿ, exact labels", () => {
  assert.deepEqual(niceTicks(-2, 2, 5).values, [-2, -1, 0, 1, 2]);
  const { values, step } = niceTicks(0, 1, 5);
  assert.equal(step, 0.2);
  assert.deepEqual(values, [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(1, 1, 5).values, []);
  assert.equal(formatTick(-0.5, 0.5), `${M}0.5`);
  assert.equal(formatTick(-0, 1), "0");
  assert.equal(formatTick(0.30000000000000004, 0.1), "0.3");
});

test("view: window ↔ pixels round trip, y up", () => {
  const v = createView({ x0: -2, x1: 2, y0: -1, y1: 3 }, { left: 10, top: 20, width: 400, height: 200 });
  assert.equal(v.px(-2), 10);
  assert.equal(v.px(2), 410);
  assert.equal(v.py(3), 20); // top of the plot is the largest y
  assert.equal(v.py(-1), 220);
  assert.ok(Math.abs(v.x(v.px(0.7)) - 0.7) < 1e-12);
  assert.ok(Math.abs(v.y(v.py(0.3)) - 0.3) < 1e-12);
  assert.ok(v.contains(10, 20) && !v.contains(9, 20));
  const z = zoomWindow({ x0: -2, x1: 2, y0: -2, y1: 2 }, 0.5);
  assert.deepEqual(z, { x0: -1, x1: 1, y0: -1, y1: 1 });
  assert.ok(!isValidWindow({ x0: 1, x1: 1, y0: 0, y1: 1 }));
});

test("viridis: 256 entries from dark purple to yellow, perceptual ends", () => {
  assert.equal(VIRIDIS.length, 3 * SIZE);
  assert.deepEqual(colorAt(0), [0x44, 0x01, 0x54]);
  assert.deepEqual(colorAt(1), [0xfd, 0xe7, 0x25]);
  assert.deepEqual(colorAt(0.5), [0x21, 0x91, 0x8c]);
  // Lightness (a rough luma) increases monotonically: the map reads as "higher = brighter".
  let last = -1;
  for (let k = 0; k < SIZE; k++) {
    const luma = 0.2126 * VIRIDIS[3 * k] + 0.7152 * VIRIDIS[3 * k + 1] + 0.0722 * VIRIDIS[3 * k + 2];
    assert.ok(luma >= last - 0.5, `luma at ${k}`);
    last = luma;
  }
});

// A cone: distance from (c, c), sampled on n × n; its contour at level r is a closed loop.
function cone(n, c) {
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = Math.hypot(i - c, j - c);
  return values;
}

test("contours: all levels in one pass; points lie on the level; loops close", () => {
  const n = 41;
  const values = cone(n, 20);
  const levels = [5.5, 10.25, 15.5]; // never exactly a grid value: no degenerate corners
  const segs = contourSegments(values, n, n, levels);
  assert.equal(segs.length, 3);
  segs.forEach((seg, k) => {
    assert.ok(seg.length > 0 && seg.length % 4 === 0);
    // Every end point is on the circle of radius level (up to linear interpolation error).
    for (let s = 0; s < seg.length; s += 2) {
      const r = Math.hypot(seg[s] - 20, seg[s + 1] - 20);
      assert.ok(Math.abs(r - levels[k]) < 0.05, `level ${levels[k]}: r = ${r}`);
    }
    // A closed loop: every end point is shared by exactly two segments.
    const count = new Map();
    for (let s = 0; s < seg.length; s += 2) {
      const key = `${seg[s].toFixed(6)},${seg[s + 1].toFixed(6)}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    for (const [key, c] of count) assert.equal(c, 2, `end point ${key} of level ${levels[k]}`);
  });
});

test("contours: saddle cells, holes, bad input", () => {
  // The lecture's saddle: L = (1 − xy)² at level 1 is the two axes (xy = 0) and xy = 2.
  const n = 21;
  const values = new Float64Array(n * n);
  const at = (i) => -2 + (4 * i) / (n - 1);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = (1 - at(i) * at(j)) ** 2;
  const [seg] = contourSegments(values, n, n, [0.5]);
  assert.ok(seg.length > 0);
  // A NaN corner silences its cells only.
  values[10 + 10 * n] = NaN;
  const [withHole] = contourSegments(values, n, n, [0.5]);
  for (let s = 0; s < withHole.length; s += 2) {
    const near = Math.abs(withHole[s] - 10) < 1 && Math.abs(withHole[s + 1] - 10) < 1;
    assert.ok(!near || Number.isFinite(withHole[s]));
  }
  assert.throws(() => contourSegments(new Float64Array(3), 2, 2, [0]), /invalid size/);
  assert.throws(() => contourSegments(new Float64Array(4), 2, 2, [1, 1]), /increasing/);
  assert.throws(() => contourSegments(values, n, n, [0.5], contourBlocks(new Float64Array(9), 3, 3)), /another grid/);
  const labels = labelPlacements([seg], n, n, { margin: 1, minGap: 3 });
  assert.ok(labels.length >= 1 && labels.every((l) => l.level === 0));
});

test("colour scale and contour levels: the lecture's lopsided surface gets short levels, evenly spread in colour", () => {
  const n = 257;
  const values = new Float64Array(n * n);
  const at = (i) => -2 + (4 * i) / (n - 1);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = (1 - at(i) * at(j)) ** 2;
  const scale = colorScale(values);
  assert.equal(scale.lo, 0);
  assert.ok(scale.gamma < 1, `lopsided surface: gamma ${scale.gamma} stretches the low values`);
  const levels = contourLevels(scale);
  assert.ok(levels.length >= 6, levels.join());
  for (let k = 1; k < levels.length; k++) assert.ok(levels[k] > levels[k - 1]);
  for (const l of levels) assert.ok(String(l).replace(/^0\.0*/, "").replace(".", "").length <= 3, `short: ${l}`);
  // Scale and inverse agree.
  assert.ok(Math.abs(scale.v(scale.t(3)) - 3) < 1e-9);
  assert.equal(colorScale([NaN, Infinity]), null);
  const flat = colorScale([2, 2, 2]);
  assert.deepEqual(contourLevels(flat), []);
  assert.deepEqual(contourLevels(makeScale(1000, 1001, 1)).length, 9);
});

test("state: defaults, round trip, readable hash, '+' survives", () => {
  assert.equal(formatHash(defaultState()), "");
  const s = { ...defaultState(), formula: "(y-w1*w2*x)^2 + w1", data: [{ name: "x", values: [1, 2] }, { name: "y", values: [2, -4] }], point: [0.5, -1e-7], lang: "zh", axes: ["w2", "w1"], window: { x0: -1, x1: 3, y0: -2, y1: 2 } };
  const hash = formatHash(s);
  assert.equal(hash, "#f=(y-w1*w2*x)^2+%2B+w1".replace("+%2B+", "%20+%20") + "&d=x:1,2;y:2,-4&p=0.5,-1e-7&lang=zh&ax=w2,w1&win=-1,3,-2,2");
  const { state, notices } = parseHash(hash);
  assert.deepEqual(notices, []);
  assert.deepEqual(state, { ...s, mode: "explore" });
  // A '+' typed by hand in a link is a plus, not a space.
  assert.equal(parseHash("#f=w1+w2").state.formula, "w1+w2");
  assert.equal(parseHash("").state.formula, DEFAULT_FORMULA);
});

test("state: unknown keys ignored; bad values fall back with a notice each", () => {
  const { state, notices } = parseHash("#zzz=1&p=1,abc&lang=fr&win=1,0,0,1&d=x:1;y:1,2&ax=w1&mode=play&f=%E0%A4");
  const d = defaultState();
  assert.equal(state.point, d.point);
  assert.equal(state.lang, d.lang);
  assert.deepEqual(state.window, d.window);
  assert.deepEqual(state.data, d.data);
  assert.equal(state.axes, null);
  assert.equal(state.mode, "explore");
  assert.equal(state.formula, DEFAULT_FORMULA);
  assert.deepEqual(notices.map((n) => n.key), ["p", "lang", "win", "d", "ax", "mode", "f"]);
  assert.deepEqual(parseData(""), []);
  assert.throws(() => parseData("x:1;x:2"));
  assert.throws(() => parseData("1x:1"));
  assert.deepEqual(parseData("ŷ:1,2;x₁:3,4"), [{ name: "ŷ", values: [1, 2] }, { name: "x₁", values: [3, 4] }]);
});

test("i18n: both languages have the same keys and the same placeholders", () => {
  const en = Object.keys(STRINGS.en).sort();
  assert.deepEqual(Object.keys(STRINGS.zh).sort(), en);
  const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
  for (const k of en) assert.equal(holes(STRINGS.zh[k]), holes(STRINGS.en[k]), k);
  for (const lang of ["en", "zh"]) {
    const twice = [...keyCounts(lang)].filter(([, n]) => n > 1).map(([k]) => k);
    assert.deepEqual(twice, [], `keys defined in more than one table (${lang})`);
  }
  assert.equal(t("en", "thetaInput", { name: "w1" }), "θ′ w1");
  assert.equal(t("en", "nope"), "⟦nope⟧");
  assert.equal(languageFor("zh-CN"), "zh");
  assert.equal(languageFor("zh-Hant-TW"), "zh");
  assert.equal(languageFor("en-US"), "en");
  assert.equal(languageFor(undefined), "en");
});

test("verdict sentences in the lecture's terms", () => {
  const saddle = { kind: "saddle", refined: "saddle", eigenvalues: [-2, 2] };
  assert.equal(verdictText(saddle, "en").sentence, `Eigenvalues of both signs: a saddle point. Moving along u (the eigenvector of λ = ${M}2) lowers the loss.`);
  assert.match(verdictText(saddle, "zh").sentence, /鞍点（saddle point）/);
  const valley = { kind: "inconclusive", refined: "minimum", eigenvalues: [0, 4] };
  const v = verdictText(valley, "en");
  assert.equal(v.title, "Inconclusive");
  assert.match(v.sentence, /second-order test cannot decide.*minimum/);
  assert.match(v.tag, /minimum/);
  for (const kind of ["minimum", "maximum", "not_critical", "undefined"]) {
    for (const lang of ["en", "zh"]) {
      const text = verdictText({ kind, refined: kind, eigenvalues: [] }, lang);
      assert.ok(!text.sentence.includes("⟦") && !text.title.includes("⟦"), `${kind} ${lang}`);
    }
  }
  assert.match(verdictText({ kind: "minimum", refined: "minimum" }, "zh").sentence, /局部最小值（local minima）/);
});

test("chainSegments: a closed contour becomes one polyline back to its start", () => {
  const n = 41;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = Math.hypot(i - 20, j - 20);
  const [seg] = contourSegments(values, n, n, [7.5]);
  const lines = chainSegments(seg);
  assert.equal(lines.length, 1);
  const line = lines[0];
  assert.equal(line.length, seg.length / 2 + 2); // every segment once, plus the closing point
  assert.deepEqual(Array.from(line.slice(0, 2)), Array.from(line.slice(-2)));
  // Two separate branches stay two polylines.
  const open = [0, 0, 1, 0, 1, 0, 2, 1, 5, 5, 6, 6];
  assert.deepEqual(chainSegments(open).map((l) => Array.from(l)), [[0, 0, 1, 0, 2, 1], [5, 5, 6, 6]]);
});

// ---- Fast paths against plain reference implementations (the code they replaced) ----------

// A deterministic pseudo-random sequence (mulberry32), so failures reproduce.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Grids that stress the fast paths: lopsided (γ < 1), steep (γ > 1), an exp() blow-up in a
// corner, heavy ties, holes, and the ripples of the browser benchmark.
function testGrids(n) {
  const rand = random(7);
  const make = (f) => {
    const values = new Float64Array(n * n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[i + j * n] = f(-2 + (4 * i) / (n - 1), -2 + (4 * j) / (n - 1));
    return values;
  };
  return {
    lecture: make((x, y) => (1 - x * y) ** 2),
    steep: make((x, y) => -((x * x + y * y) ** 0.25)),
    blowUp: make((x, y) => Math.exp(4 * x * y) + x),
    ties: make((x, y) => Math.round(3 * x) + (y > 0 ? 1 : 0)),
    holes: make((x, y) => (x * y < -1 ? NaN : x > 1.9 ? Infinity : Math.log(1 + x * x + y * y))),
    ripples: make((x, y) => Math.sin(4.5 * x) * Math.cos(4.5 * y) + 0.1 * (x * x + y * y) + 1e-9 * rand()),
  };
}

test("colorScale: the order statistics by quickselect equal a sort's", () => {
  for (const [name, values] of Object.entries(testGrids(97))) {
    const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
    const scale = colorScale(values);
    const ref = referenceScale(finite);
    assert.deepEqual([scale.lo, scale.hi, scale.gamma], [ref.lo, ref.hi, ref.gamma], name);
  }
});

// colorScale from a sort: the order statistics read off the sorted finite values.
function referenceScale(sorted) {
  const n = sorted.length;
  const lo = sorted[0];
  let hi = sorted[Math.min(n - 1, Math.floor((1 - TOP_CLIP) * n))];
  if (!(hi > lo)) hi = sorted[n - 1];
  const m = (sorted[Math.floor(n / 2)] - lo) / (hi - lo);
  let gamma = m > 0 && m < 1 ? Math.log(0.5) / Math.log(m) : 1;
  gamma = Math.round(Math.min(GAMMA_LIMIT, Math.max(1 / GAMMA_LIMIT, gamma)) * 20) / 20;
  return { lo, hi, gamma };
}

test("colorize: every pixel gets the entry a binary search over the thresholds gives", () => {
  const n = 97;
  for (const [name, values] of Object.entries(testGrids(n))) {
    const scale = colorScale(values);
    const pixels = new Uint32Array(n * n).fill(0xffffffff); // reused buffers hold old pixels
    colorize(values, n, n, scale, pixels);
    const bytes = new Uint8Array(pixels.buffer);
    const thresholds = Array.from({ length: SIZE - 1 }, (_, k) => scale.v((k + 1) / SIZE));
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const v = values[i + j * n];
        const p = 4 * (i + (n - 1 - j) * n); // row 0 of the image is the top of the window
        const rgba = Array.from(bytes.subarray(p, p + 4));
        if (!Number.isFinite(v)) {
          assert.deepEqual(rgba, [0, 0, 0, 0], `${name}: hole at ${i},${j}`);
          continue;
        }
        const entry = thresholds.filter((t) => t <= v).length;
        assert.deepEqual(rgba, [VIRIDIS[3 * entry], VIRIDIS[3 * entry + 1], VIRIDIS[3 * entry + 2], 255], `${name} at ${i},${j}: v = ${v}`);
      }
    }
  }
  // Values exactly on a threshold take the upper entry; a flat scale paints one colour.
  const scale = makeScale(0, 1, 1);
  const on = Float64Array.from({ length: 9 }, (_, k) => scale.v((k * 31 + 1) / SIZE));
  const pixels = new Uint32Array(9);
  colorize(on, 9, 1, scale, pixels);
  const bytes = new Uint8Array(pixels.buffer);
  for (let k = 0; k < 9; k++) assert.equal(bytes[4 * k], VIRIDIS[3 * (k * 31 + 1)], `on threshold ${k}`);
  colorize(new Float64Array([3, 3, 3, 3]), 2, 2, colorScale([3, 3, 3, 3]), pixels.subarray(0, 4));
  assert.equal(new Set(pixels.subarray(0, 4)).size, 1);
});

// contourSegments as it was first written: level by level, cell by cell, into plain arrays.
// The banded single pass with typed output must give the same numbers in the same order.
const REFERENCE_CASES = [[], [3, 0], [0, 1], [3, 1], [1, 2], null, [0, 2], [3, 2], [2, 3], [0, 2], null, [1, 2], [3, 1], [0, 1], [3, 0], []];
const REFERENCE_SADDLES = { 5: [[3, 0, 1, 2], [0, 1, 2, 3]], 10: [[0, 1, 2, 3], [3, 0, 1, 2]] };
function referenceSegments(values, nx, ny, levels) {
  return levels.map((level) => {
    const seg = [];
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        const [v00, v10, v01, v11] = [values[i + j * nx], values[i + 1 + j * nx], values[i + (j + 1) * nx], values[i + 1 + (j + 1) * nx]];
        if (![v00, v10, v01, v11].every(Number.isFinite)) continue;
        const index = (v00 > level ? 1 : 0) | (v10 > level ? 2 : 0) | (v11 > level ? 4 : 0) | (v01 > level ? 8 : 0);
        const edges = REFERENCE_CASES[index] ?? REFERENCE_SADDLES[index][(v00 + v10 + v01 + v11) / 4 > level ? 1 : 0];
        for (const edge of edges) {
          if (edge === 0) seg.push(i + (level - v00) / (v10 - v00), j);
          else if (edge === 1) seg.push(i + 1, j + (level - v10) / (v11 - v10));
          else if (edge === 2) seg.push(i + (level - v01) / (v11 - v01), j + 1);
          else seg.push(i, j + (level - v00) / (v01 - v00));
        }
      }
    }
    return seg;
  });
}

// chainSegments as it was first written: end points matched through a Map keyed "x,y".
function referenceChain(seg) {
  const at = new Map();
  for (let e = 0; e < seg.length / 2; e++) {
    const key = `${seg[2 * e] + 0},${seg[2 * e + 1] + 0}`;
    if (!at.has(key)) at.set(key, []);
    at.get(key).push(e);
  }
  const used = new Uint8Array(seg.length / 4);
  const walk = (e, out) => {
    for (;;) {
      const candidate = at.get(`${seg[2 * e] + 0},${seg[2 * e + 1] + 0}`).find((c) => !used[c >> 1]);
      if (candidate === undefined) return;
      used[candidate >> 1] = 1;
      e = candidate ^ 1;
      out.push(seg[2 * e], seg[2 * e + 1]);
    }
  };
  const lines = [];
  for (let s = 0; s < seg.length / 4; s++) {
    if (used[s]) continue;
    used[s] = 1;
    const forward = Array.from(seg.slice(4 * s, 4 * s + 4));
    walk(2 * s + 1, forward);
    const backward = [];
    walk(2 * s, backward);
    const joined = [];
    for (let k = backward.length - 2; k >= 0; k -= 2) joined.push(backward[k], backward[k + 1]);
    lines.push(joined.concat(forward));
  }
  return lines;
}

test("contourSegments and chainSegments: typed output equals the reference's, number for number", () => {
  // 97: 96 cells a side, whole blocks; 53: 52 cells, a partial block at the top and right.
  for (const n of [97, 53]) for (const [name, values] of Object.entries(testGrids(n))) {
    const levels = contourLevels(colorScale(values));
    const blocks = contourBlocks(values, n, n);
    // Also a level exactly on sample values (ties at corners) and one level alone.
    for (const set of [levels, [levels[0]], [0, 1]]) {
      const fast = contourSegments(values, n, n, set);
      const ref = referenceSegments(values, n, n, set);
      // Skipping the blocks no level crosses changes nothing.
      const skipping = contourSegments(values, n, n, set, blocks);
      assert.deepEqual(skipping.map((seg) => Array.from(seg)), ref, `${name} ${n}: with blocks`);
      assert.equal(fast.length, set.length, name);
      fast.forEach((seg, k) => {
        assert.ok(seg instanceof Float64Array, `${name}: typed output`);
        assert.deepEqual(Array.from(seg), ref[k], `${name}: segments of level ${set[k]}`);
        const lines = chainSegments(seg);
        assert.ok(lines.every((line) => line instanceof Float64Array), `${name}: typed polylines`);
        assert.deepEqual(lines.map((line) => Array.from(line)), referenceChain(ref[k]), `${name}: polylines of level ${set[k]}`);
      });
    }
  }
});

test("pixelPolyline: maps to pixels, drops points closer than the tolerance, keeps both ends", () => {
  // A 6 × 51 grid over a 10 × 100 px rectangle at (10, 0): x = 10 + 2i, y = 100 − 2j.
  const toPixels = gridToPixels({ left: 10, top: 0, width: 10, height: 100 }, 6, 51);
  assert.deepEqual(toPixels, { x0: 10, sx: 2, y0: 100, sy: -2 });
  // Steps of 0.2 grid units = 0.4 px along x: with a 1 px tolerance every third point stays.
  const line = [];
  for (let k = 0; k <= 10; k++) line.push(0.2 * k, 1);
  const p = pixelPolyline(line, toPixels, 1);
  assert.ok(p instanceof Float64Array);
  assert.deepEqual(Array.from(p.slice(0, 2)), [10, 98]);
  assert.deepEqual(Array.from(p.slice(-2)), [14, 98]); // the last point, even if close
  for (let k = 2; k < p.length - 2; k += 2) assert.ok(Math.hypot(p[k] - p[k - 2], p[k + 1] - p[k - 1]) >= 1);
  assert.equal(p.length, 2 * 5); // x = 10, 11.2, 12.4, 13.6, 14
  // A tolerance of 0 keeps every point.
  assert.equal(pixelPolyline(line, toPixels, 0).length, line.length);
  // Into a given buffer: the same points, in a view of it; a buffer too short is not used.
  const into = new Float64Array(64).fill(-1);
  const q = pixelPolyline(line, toPixels, 1, into);
  assert.equal(q.buffer, into.buffer);
  assert.deepEqual(Array.from(q), Array.from(p));
  const short = new Float64Array(4);
  assert.notEqual(pixelPolyline(line, toPixels, 1, short).buffer, short.buffer);
});
