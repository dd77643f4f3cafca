// Colouring a grid into pixels (www/surface/heatmap.js), against a binary search.
import test from "node:test";
import assert from "node:assert/strict";
import { colorize } from "../../www/surface/heatmap.js";
import { colorScale, makeScale } from "../../www/surface/levels.js";
import { VIRIDIS, SIZE } from "../../www/surface/colormap.js";
import { testGrids } from "./test-grids.mjs";

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
