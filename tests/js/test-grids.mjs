// Grids that stress the surface's fast paths, shared by the tests of levels.js, heatmap.js
// and the contours.

import { seededRandom } from "../seeded-random.mjs";

// Grids that stress the fast paths: lopsided (γ < 1), steep (γ > 1), an exp() blow-up in a
// corner, heavy ties, holes, and the ripples of the browser benchmark.
export function testGrids(n) {
  const rand = seededRandom(7);
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
