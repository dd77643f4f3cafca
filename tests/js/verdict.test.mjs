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

test("a point critical only to the tolerance: the verdict says it is the point θ′ stands for, and why no eigenvalue is 0 here", async () => {
  const fs = await import("node:fs");
  const { initSync, Loss } = await import("../../www/pkg/hessian_explorer.js");
  initSync({ module: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });
  const lecture = new Loss("(1 - w1*w2)^2");
  // 1e-7 off the valley: g = 2.8e-7, eigenvalues −2e-7 and 4 (neither under the zero threshold).
  const near = lecture.analyze([1.0000001, 1]);
  assert.equal(near.kind, "inconclusive");
  assert.equal(near.flatDirections, 0);
  const en = verdictText(near, "en").sentence;
  assert.match(en, /second-order test cannot decide.* θ′ itself is critical only to the tolerance \(‖g‖ = 2\.828 × 10⁻⁷\).*that is −2 × 10⁻⁷ at θ′ is zero\.$/);
  const zh = verdictText(near, "zh").sentence;
  assert.match(zh, /无法判断；.*。θ′ 本身只是在容许的误差内是驻点/);
  // On the valley itself the eigenvalue is 0 at θ′: nothing to add.
  assert.doesNotMatch(verdictText(lecture.analyze([1, 1]), "en").sentence, /tolerance/);
});
