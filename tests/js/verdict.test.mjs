// The verdict in words (www/panel/verdict.js).
import test from "node:test";
import assert from "node:assert/strict";
import { verdictText } from "../../www/panel/verdict.js";

const M = "\u2212"; // the minus sign the page prints

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
