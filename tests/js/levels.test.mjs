// The colour scale and the contour levels (www/surface/levels.js).
import test from "node:test";
import assert from "node:assert/strict";
import { colorScale, contourLevels, makeScale, TOP_CLIP, GAMMA_LIMIT } from "../../www/surface/levels.js";
import { testGrids } from "./test-grids.mjs";

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
