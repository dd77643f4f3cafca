// Presets: the lecture's example and the classic surfaces every optimisation course draws
// (each with a one-line caption in the string tables). A preset is a URL state: choosing one
// (panel/preset-menu.js) writes the hash, and the page applies it as it applies a link. Pure.

import { parseHash, formatHash, DEFAULT_FORMULA, DEFAULT_DATA, DEFAULT_WINDOW } from "./url-state.js";

const square = (r) => ({ x0: -r, x1: r, y0: -r, y1: r });

/**
 * The presets, in menu order. `expect` is the verdict at `point` as the core gives it
 * ({ kind, refined }): the browser test checks it, and it is what the caption promises.
 */
export const PRESETS = [
  {
    id: "lecture",
    formula: DEFAULT_FORMULA,
    data: DEFAULT_DATA,
    point: [0, 0],
    window: DEFAULT_WINDOW,
    expect: { kind: "saddle", refined: "saddle" },
  },
  { id: "saddle", formula: "x^2 - y^2", data: [], point: [0, 0], window: square(2), expect: { kind: "saddle", refined: "saddle" } },
  { id: "monkey", formula: "x^3 - 3 x y^2", data: [], point: [0, 0], window: square(1.5), expect: { kind: "inconclusive", refined: "saddle" } },
  { id: "quartic", formula: "x^2 + y^4", data: [], point: [0, 0], window: square(1.5), expect: { kind: "inconclusive", refined: "minimum" } },
  {
    id: "rosenbrock",
    formula: "(1 - a)^2 + 100 (b - a^2)^2",
    data: [],
    point: [1, 1],
    window: { x0: -2, x1: 2, y0: -1, y1: 3 },
    expect: { kind: "minimum", refined: "minimum" },
  },
  {
    id: "himmelblau",
    formula: "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
    data: [],
    point: [3, 2],
    window: square(5),
    expect: { kind: "minimum", refined: "minimum" },
  },
  {
    id: "three",
    formula: "x^2 + y^2 - z^2 + x y z",
    data: [],
    point: [0, 0, 0],
    window: square(1.5),
    axes: ["x", "y"],
    expect: { kind: "saddle", refined: "saddle" },
  },
  {
    id: "regression",
    formula: "mean((y - (w x + b))^2)",
    data: [
      { name: "x", values: [0, 1, 2, 3, 4] },
      { name: "y", values: [1.2, 2.9, 4.8, 6.9, 9.2] },
    ],
    // The core orders parameters by name (b, w): least squares gives b = 1, w = 2 exactly.
    point: [1, 2],
    window: { x0: 0, x1: 4, y0: -1, y1: 3 },
    axes: ["w", "b"],
    expect: { kind: "minimum", refined: "minimum" },
  },
];

/** The hash that loads `preset`, keeping the language and view the current hash has. */
export function presetHash(preset, currentHash) {
  const { state } = parseHash(currentHash);
  return formatHash({
    ...state,
    formula: preset.formula,
    data: preset.data,
    point: preset.point,
    window: preset.window,
    axes: preset.axes ?? null,
  });
}

/** The preset whose formula and data the page shows, or null (the user's own loss). */
export function matchPreset(formula, columns) {
  const text = (cols) => cols.map((c) => `${c.name}:${c.values.join(",")}`).join(";");
  return PRESETS.find((p) => p.formula === formula && text(p.data) === text(columns)) ?? null;
}
