// The viridis table (www/surface/colormap.js).
import test from "node:test";
import assert from "node:assert/strict";
import { VIRIDIS, SIZE, colorAt } from "../../www/surface/colormap.js";

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
