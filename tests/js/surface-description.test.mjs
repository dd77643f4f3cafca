// The surface near θ′ in words (www/a11y/surface-description.js), for a screen reader: at the
// lecture's saddle, the cross of the level set said in words.
import test from "node:test";
import assert from "node:assert/strict";
import { STEP_SHARE, neighbours, describeSurface, announcement } from "../../www/a11y/surface-description.js";

/** The lecture's loss, (1 − w₁w₂)², as the module calls it: only value(). */
const LECTURE = { value: (p) => (1 - p[0] * p[1]) ** 2 };
const WIN = { x0: -2, x1: 2, y0: -2, y1: 2 };
const SADDLE = { kind: "saddle", refined: "saddle", eigenvalues: [-2, 2], value: 1, gradientNorm: 0 };

test("the eight neighbours one step (STEP_SHARE of the window) away: lower along the diagonals of one sign, higher along the others", () => {
  const around = neighbours(LECTURE, [0, 0], 0, 1, WIN, ["w₁", "w₂"]);
  const change = Object.fromEntries(around.map((n) => [n.name, n.change]));
  assert.deepEqual(change, { "+w₁": "level", "−w₁": "level", "+w₂": "level", "−w₂": "level", "+w₁+w₂": "lower", "−w₁−w₂": "lower", "+w₁−w₂": "higher", "−w₁+w₂": "higher" });
  const step = STEP_SHARE * (WIN.x1 - WIN.x0);
  assert.equal(around.find((n) => n.name === "+w₁+w₂").value, (1 - step * step) ** 2);
  // Where the loss is not defined, the neighbour says so.
  const log = { value: (p) => Math.log(p[0]) };
  assert.equal(neighbours(log, [0.1], 0, -1, WIN, ["x"]).find((n) => n.name === "−x").change, "undefined");
});

test("the description and the announcement, in English and in Chinese", () => {
  assert.equal(
    describeSurface({ loss: LECTURE, theta: [0, 0], ix: 0, iy: 1, win: WIN, names: ["w₁", "w₂"], analysis: SADDLE, lang: "en" }),
    "Near θ′ = (0, 0) the loss is 1. One step towards +w₁+w₂, −w₁−w₂ it is lower (down to 0.9216). Towards +w₁−w₂, −w₁+w₂ it is higher (up to 1.082). Towards +w₁, −w₁, +w₂, −w₂ it stays about the same. A step is 0.2 in w₁ and 0.2 in w₂. Verdict: Saddle point.",
  );
  const minimum = { kind: "minimum", refined: "minimum", eigenvalues: [2], value: 0, gradientNorm: 0 };
  assert.equal(
    describeSurface({ loss: { value: (p) => p[0] ** 2 }, theta: [0], ix: 0, iy: -1, win: WIN, names: ["w"], analysis: minimum, lang: "zh" }),
    "在 θ′ = (0) 附近，loss 是 0。往 +w、−w 走一步，loss 变大（最高到 0.04）。一步是 w 方向 0.2。结论：局部最小值（local minima）。",
  );
  assert.equal(announcement({ theta: [0, 0], analysis: SADDLE, lang: "en" }), "Saddle point. θ′ = (0, 0). L = 1, ‖g‖ = 0, eigenvalues −2, 2.");
});
