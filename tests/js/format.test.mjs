// Numbers and names as the page shows them (www/i18n/format.js).
import test from "node:test";
import assert from "node:assert/strict";
import { formatNumber, formatForInput, parseNumber, prettyName, prettyFormula, roundTo, decimalsFor } from "../../www/i18n/format.js";

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
  assert.equal(prettyName("w1_2_1"), "w1_2_1", "a network's weight reads as the core names it");
  assert.equal(prettyName("b2_1"), "b2_1");
  assert.equal(prettyName("ŷ"), "ŷ");
});
