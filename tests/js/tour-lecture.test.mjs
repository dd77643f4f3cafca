// The lecture's tour (www/tour/lecture.js): it passes the checks a teacher's tour passes, tells
// the lecture's chain in its order, and every number its captions state is the engine's at the
// step's θ′: the captions cannot drift from what the page shows. The Chinese uses the glossary.
//
// Run: node --test tests/js/tour-lecture.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init from "../../www/pkg/hessian_explorer.js";
import { Store, initialState } from "../../www/app/store.js";
import { formatNumber } from "../../www/i18n/format.js";
import { eigenSign } from "../../www/analysis/curvature.js";
import { LECTURE_TOUR } from "../../www/tour/lecture.js";
import { loadTour, LECTURE } from "../../www/tour/tour-source.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const tour = await loadTour({ tour: LECTURE, tourUrl: null });
/** A caption with its no-break spaces (which keep a formula's parts on one line) read as spaces. */
const plain = (text) => text.replace(/\u00a0/g, " ");

/** The page's snapshot (app/store.js) for step `n` (from 1): its view applied as the tour applies it. */
function shown(n) {
  const store = new Store(initialState());
  store.coreReady();
  store.applyUrlState({ state: tour.steps[n - 1].state, notices: [] });
  return store.snapshot();
}

const matrix = (rows) => `[${rows.map((row) => `[${row.map((v) => formatNumber(v)).join(", ")}]`).join(", ")}]`;

test("the lecture's chain in order, 8 to 12 steps, every word in both languages", () => {
  assert.ok(tour.steps.length >= 8 && tour.steps.length <= 12);
  assert.deepEqual(
    tour.steps.map((s) => s.heading.en),
    ["Why it matters", "The error surface", "Taylor around θ′", "At a critical point, g = 0", "The sign of vᵀHv", "Eigenvalues decide", "The worked example", "The valleys: the test cannot decide", "Escaping along u", "Many parameters"],
  );
  for (const [k, s] of tour.steps.entries()) {
    assert.deepEqual([s.caption.missing, s.heading.missing], [[], []], `step ${k + 1}`);
    // Two or three sentences: short enough for the projector's column.
    for (const lang of ["en", "zh"]) assert.ok(s.caption[lang].length <= (lang === "en" ? 340 : 170), `step ${k + 1} ${lang}: ${s.caption[lang].length}`);
  }
  assert.deepEqual(tour.title.missing, []);
  assert.equal(tour.steps.filter((s) => s.animate === "probe").length, 1);
  assert.equal(tour.steps.at(-2).animate, "escape", "escaping along u, after the valleys");
});

test("the numbers in the captions are the engine's at each step's θ′", () => {
  const origin = shown(2);
  assert.deepEqual([origin.theta, origin.analysis.kind, origin.analysis.value], [[0, 0], "saddle", 1]);
  assert.match(tour.steps[1].caption.en, /y = w₁·w₂·x, one training example \(x = 1, ŷ = 1\)/);

  const taylor = shown(3);
  assert.equal(taylor.analysis.kind, "not_critical", "Taylor is introduced away from a critical point, where g ≠ 0");
  assert.ok(taylor.overlays.includes("taylor") && taylor.overlays.includes("g"));
  assert.equal(shown(4).analysis.gradientNorm, 0, "at the critical point g = 0");

  const bowl = shown(6).analysis;
  assert.deepEqual(bowl.eigenvalues.map((v) => formatNumber(v)), ["1", "3"]);
  assert.match(plain(tour.steps[5].caption.en), /they are 1 and 3: a local minimum/);
  assert.match(plain(tour.steps[5].caption.zh), /特征值是 1 和 3：局部最小值/);

  const worked = shown(7).analysis;
  assert.equal(matrix(worked.hessian), "[[0, −2], [−2, 0]]");
  assert.ok(plain(tour.steps[6].caption.en).includes(`H = ${matrix(worked.hessian)}`) && plain(tour.steps[6].caption.zh).includes(`H = ${matrix(worked.hessian)}`));
  assert.deepEqual(worked.eigenvalues, [-2, 2]);
  assert.match(plain(tour.steps[6].caption.en), /eigenvalues are 2 and −2/);

  const valley = shown(8).analysis;
  assert.equal(matrix(valley.hessian), "[[2, 2], [2, 2]]");
  assert.ok(plain(tour.steps[7].caption.en).includes(`H = ${matrix(valley.hessian)}`));
  assert.deepEqual(valley.eigenvalues.map((v) => eigenSign(v, valley.zeroThreshold)), ["zero", "positive"]);
  assert.equal(formatNumber(valley.eigenvalues[1]), "4");
  assert.deepEqual([valley.kind, valley.refined], ["inconclusive", "minimum"]);
  assert.match(plain(tour.steps[7].caption.en), /eigenvalues 4 and 0/);

  const escape = shown(9).analysis;
  assert.deepEqual(escape.escape.map((v) => v.toFixed(6)), [Math.SQRT1_2, Math.SQRT1_2].map((v) => v.toFixed(6)), "u = (1, 1)/√2");
  assert.equal(formatNumber(escape.eigenvalues[0]), "−2");

  const many = shown(10).analysis;
  const signs = many.eigenvalues.map((v) => eigenSign(v, many.zeroThreshold));
  assert.deepEqual(signs, ["negative", "positive", "positive"]);
  assert.match(plain(tour.steps[9].caption.en), /2\/3/);
  assert.equal(`${signs.filter((s) => s === "positive").length}/${signs.length}`, "2/3");
});

test("the Chinese captions use the glossary's terms", () => {
  const zh = tour.steps.map((s) => s.caption.zh).join("\n");
  for (const word of ["资料", "式子", "视窗"]) assert.ok(!zh.includes(word), `never ${word}`);
  assert.ok(zh.indexOf("驻点（critical point）") === zh.indexOf("驻点"), "驻点 is glossed where it first appears");
  for (const term of ["鞍点", "局部最小值", "局部最大值", "海森矩阵", "特征值", "特征向量", "梯度", "误差曲面", "泰勒级数近似", "二阶检验", "数据", "参数", "最小值比例", "训练", "网络"]) {
    assert.ok(zh.includes(term), term);
  }
  assert.equal(LECTURE_TOUR.steps.length, tour.steps.length);
});
