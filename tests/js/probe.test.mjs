// The direction probe's v and vᵀHv (www/analysis/probe.js).
import test from "node:test";
import assert from "node:assert/strict";
import { probeVector, probeState } from "../../www/analysis/probe.js";

const SADDLE = { hessian: [[0, -2], [-2, 0]], eigenvalues: [-2, 2] };

test("v is the unit vector of angle φ over the two axis parameters, 0 elsewhere", () => {
  assert.deepEqual(probeVector(0, 3, 0, 2), [1, 0, 0]);
  const v = probeVector(Math.PI / 2, 3, 2, 0);
  assert.ok(Math.abs(v[2]) < 1e-15 && v[0] === 1 && v[1] === 0);
});

test("at the lecture's saddle: 45° reads −2 (down), −45° reads +2 (up); no probe over one axis", () => {
  const down = probeState(SADDLE, Math.PI / 4, 2, 0, 1);
  assert.equal(down.sign, "down");
  assert.ok(Math.abs(down.vhv + 2) < 1e-12);
  assert.equal(probeState(SADDLE, -Math.PI / 4, 2, 0, 1).sign, "up");
  assert.equal(probeState(SADDLE, 0, 2, 0, -1), null);
});
