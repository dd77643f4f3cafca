// A tour checked by the engine (www/tour/tour-check.js) and where tours come from
// (www/tour/tour-source.js): formula errors with their position, θ′ and axes that do not fit,
// a step that claims another verdict than the engine finds, animations without what they
// animate; the lecture's tour and the example file pass.
//
// Run: node --test tests/js/tour-check.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init from "../../www/pkg/hessian_explorer.js";
import { parseTour, describeTourError, TourError } from "../../www/tour/tour-parse.js";
import { checkTour } from "../../www/tour/tour-check.js";
import { loadTour, tourSource, sameSource, LECTURE } from "../../www/tour/tour-source.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

const EXAMPLE = fs.readFileSync(new URL("../../www/tour-example.json", import.meta.url), "utf8");
const ok = { caption: { en: "A saddle.", zh: "鞍点。" }, view: "f=w1^2-w2^2&p=0,0" };

/** The TourError a tour of `steps` is refused with by the engine, in both languages. */
function refusal(steps) {
  try {
    checkTour(parseTour({ steps }));
  } catch (error) {
    assert.ok(error instanceof TourError, `a TourError, got ${error}`);
    return { key: error.key, en: describeTourError(error, "en"), zh: describeTourError(error, "zh") };
  }
  assert.fail(`not refused: ${JSON.stringify(steps)}`);
}

test("the engine refuses a step it cannot show as its caption says, naming the step and the problem", () => {
  const cases = [
    // The position counts characters from 1; the core's own message comes in the page's language.
    [[ok, { ...ok, view: "f=w1^^2&p=0,0" }], "tourStepFormula", /step 2: the formula “w1\^\^2” has an error at characters 4–4: /, /第 2 步：公式“w1\^\^2”在第 4–4 个字符有错误：/],
    [[{ ...ok, view: "f=sine(w1)+w2" }], "tourStepFormula", /characters 1–4: unknown function 'sine' \(did you mean 'sin'\?\)/, /第 1–4 个字符/],
    [[{ ...ok, view: "f=3+4" }], "tourStepNoParams", /step 1: the formula “3\+4” has no parameters/, /第 1 步：公式“3\+4”没有可以探索的参数/],
    [[ok, ok, { ...ok, view: "f=w1^2-w2^2&p=0,0,0" }], "tourStepPointLength", /step 3: θ′ \(p=\) has 3 numbers but the formula has 2 parameters \(w1, w2\)/, /第 3 步：θ′（p=）有 3 个数，但公式有 2 个参数/],
    [[{ ...ok, view: "f=w1^2-w2^2&ax=w1,w3" }], "tourStepAxes", /the axes w1, w3 are not two parameters/, /坐标轴 w1, w3 不是/],
    [[{ ...ok, verdict: "minimum" }], "tourStepVerdict", /step 1 says “Local minimum”, but at θ′ = \(0, 0\) the engine finds: Saddle point/, /第 1 步说是“局部最小值（local minima）”，但在 θ′ = \(0, 0\)，计算的结果是：鞍点/],
    [[{ ...ok, view: "f=w1^2+w2^4&p=0,0", verdict: "saddle" }], "tourStepVerdict", /finds: Inconclusive, after a higher-order look: minimum/, /无法判断/],
    [[{ ...ok, animate: "probe" }], "tourStepProbe", /step 1: the “probe” animation needs .* \(ov=…,probe\)/, /第 1 步：“probe”动画/],
    [[{ ...ok, view: "f=w1^2&ov=probe", animate: "probe" }], "tourStepProbe", /two parameters/, /两个参数/],
    [[{ ...ok, view: "f=w1^2+w2^2&p=0,0", animate: "escape" }], "tourStepEscape", /step 1: the “escape” animation needs a saddle point at θ′, but the engine finds: Local minimum/, /局部最小值/],
  ];
  for (const [steps, key, en, zh] of cases) {
    const r = refusal(steps);
    assert.equal(r.key, key, JSON.stringify(steps));
    assert.match(r.en, en, r.en);
    assert.match(r.zh, zh, r.zh);
  }
  // A ragged data table is refused by the URL's own parser, as a bad value of d.
  assert.equal(refusal([{ ...ok, view: "f=(y-w1*w2*x)^2&d=x:1,2;y:1" }]).key, "tourStepViewValue");
});

test("what a step claims is checked against kind or refined: a valley point may say inconclusive or minimum", () => {
  const valley = { caption: { en: "v" }, view: "p=1,1" };
  for (const verdict of ["inconclusive", "minimum"]) assert.doesNotThrow(() => checkTour(parseTour({ steps: [{ ...valley, verdict }] })));
  assert.equal(refusal([{ ...valley, verdict: "saddle" }]).key, "tourStepVerdict");
});

test("sources: the lecture by name, a tour inline, a file; anything else refused", async () => {
  assert.equal(tourSource({ tour: null, tourUrl: null }), null);
  assert.ok(sameSource(tourSource({ tour: LECTURE, tourUrl: null }), { tour: "lecture", tourUrl: null }));
  assert.ok(!sameSource({ tour: LECTURE, tourUrl: null }, { tour: null, tourUrl: "a.json" }));
  const lecture = await loadTour({ tour: LECTURE, tourUrl: null });
  assert.equal(lecture.steps.length, 10);
  const inline = await loadTour({ tour: JSON.stringify({ steps: [ok] }), tourUrl: null });
  assert.equal(inline.steps[0].caption.zh, "鞍点。");
  const example = await loadTour({ tour: null, tourUrl: "tour-example.json" }, async (url) => (url === "tour-example.json" ? EXAMPLE : assert.fail(url)));
  assert.deepEqual(example.steps.map((s) => s.verdict), ["minimum", "saddle", "saddle"]);
  assert.deepEqual(example.steps.map((s) => s.caption.missing), [[], [], []], "the example is written in both languages");
  for (const [source, key] of [
    [{ tour: "lectures", tourUrl: null }, "tourUnknownName"],
    [{ tour: LECTURE, tourUrl: "a.json" }, "tourBothSources"],
  ]) {
    await assert.rejects(loadTour(source), (error) => error instanceof TourError && error.key === key);
  }
  const unknown = await loadTour({ tour: "lectures", tourUrl: null }).catch((error) => error);
  assert.match(describeTourError(unknown, "en"), /“lectures” is not a tour: use tour=lecture/);
});
