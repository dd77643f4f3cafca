// The core's seeded quiz generator as the page calls it (www/core/wasm.js's generateQuestion
// is quizQuestion), with the point the page shows tidied by www/analysis/tidy-point.js:
// deterministic per seed; the stated answer is what a fresh analysis says the point is (or,
// for "can the eigenvalues alone decide?", whether its second-order test decides), also at the
// tidied point the page shows and links to.
//
// Run: node --test tests/js/quiz-generator.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss, quizQuestion } from "../../www/pkg/hessian_explorer.js";
import { tidyPoint } from "../../www/analysis/tidy-point.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

/** Seeds per level checked here (index 0 of each), on top of the Rust test's 1000 × 3. */
const SEEDS = 2000;

/** The answer the page grades by, from a fresh analysis (the rule of src/quiz/ and quiz-set.js). */
function expectedAnswer(type, a) {
  if (type === "escape") return "saddle";
  if (type === "decide") return a.kind === "inconclusive" ? "no" : "yes";
  return a.kind === "inconclusive" ? a.refined : a.kind;
}

test(`generator via wasm: deterministic, and for ${SEEDS} seeds per level the answer is what a fresh analysis says, at the shown point too`, () => {
  for (let level = 1; level <= 4; level++) {
    const kinds = new Map();
    for (let seed = 0; seed < SEEDS; seed++) {
      const q = quizQuestion(level, seed, 0);
      assert.deepEqual(quizQuestion(level, seed, 0), q, `level ${level} seed ${seed}`);
      const loss = new Loss(q.formula, {});
      try {
        assert.deepEqual(loss.params, q.params);
        const a = loss.analyze(q.point);
        assert.equal(expectedAnswer(q.type, a), q.answer, `${q.formula} at ${q.point}`);
        assert.equal(a.kind === "inconclusive" ? a.refined : a.kind, q.kind, "kind: what the point is");
        // The page tidies the point it shows; the point must stay the same kind of point.
        const shown = tidyPoint(loss, q.point, q.analysis.kind);
        const b = loss.analyze(shown);
        assert.deepEqual([b.kind, b.refined], [a.kind, a.refined], `tidied ${q.formula} at ${shown}`);
        assert.ok(shown.every((v, k) => Math.abs(v - q.point[k]) <= 1e-9 * Math.max(1, Math.abs(q.point[k]))), `tidied ${shown} is near ${q.point}`);
      } finally {
        loss.free();
      }
      kinds.set(`${q.type}/${q.answer}`, (kinds.get(`${q.type}/${q.answer}`) ?? 0) + 1);
    }
    const expected = {
      1: ["classify/minimum", "classify/maximum", "classify/saddle", "classify/not_critical", "escape/saddle"],
      2: ["classify/minimum", "classify/maximum", "classify/saddle", "escape/saddle"],
      3: ["classify/minimum", "classify/maximum", "classify/saddle", "classify/not_critical", "decide/yes", "decide/no"],
      4: ["classify/minimum", "classify/maximum", "classify/saddle"],
    }[level];
    for (const k of expected) assert.ok(kinds.get(k) > SEEDS / 50, `level ${level} asks ${k}: ${[...kinds]}`);
    assert.ok(!kinds.has("classify/inconclusive") && !kinds.has("classify/unknown"), `level ${level}: ${[...kinds]}`);
  }
});
