// The experiment's plots' pure parts (www/experiment/plots/): binning a spectrum by sign, the
// ranges of the axes.
import test from "node:test";
import assert from "node:assert/strict";
import { binBySign } from "../../www/experiment/plots/histogram.js";
import { paddedRange } from "../../www/experiment/plots/frame.js";

test("a spectrum binned by sign: every eigenvalue in one bin, zeros by the threshold", () => {
  const eigenvalues = [-2, -1e-9, 0, 1e-9, 0.2, 2.5];
  const bins = binBySign(eigenvalues, 1e-8, [-2.5, 2.5], 5);
  assert.equal(bins.length, 5);
  assert.deepEqual(bins[0], { negative: 1, zero: 0, positive: 0 });
  assert.deepEqual(bins[2], { negative: 0, zero: 3, positive: 1 }, "the bulk near zero: three zeros and 0.2");
  assert.deepEqual(bins[4], { negative: 0, zero: 0, positive: 1 }, "the top value lands in the last bin");
  const total = bins.reduce((n, b) => n + b.negative + b.zero + b.positive, 0);
  assert.equal(total, eigenvalues.length);
});

test("axis ranges: padded, kept from 0 when asked, never empty", () => {
  const [lo, hi] = paddedRange([0, 10], { floor: 0 });
  assert.equal(lo, 0);
  assert.ok(hi > 10);
  const [a, b] = paddedRange([-1, 1]);
  assert.ok(a < -1 && b > 1);
  assert.deepEqual(paddedRange([]), [0, 1]);
  const [c, d] = paddedRange([2, 2]);
  assert.ok(c < 2 && d > 2);
  const [e, f] = paddedRange([0, 0], { floor: 0 });
  assert.ok(e === 0 && f > 0);
});
