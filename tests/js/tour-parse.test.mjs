// A tour's shape (www/tour/tour-parse.js): what is read from a tour's JSON, and every problem
// refused with the step it is in, in both languages. No core here (tour-check.test.mjs).
//
// Run: node --test tests/js/tour-parse.test.mjs
import test from "node:test";
import assert from "node:assert/strict";
import { parseTour, describeTourError, TourError, MAX_STEPS, VIEW_KEYS, KEY_NUMBERS, DEFAULT_NUMBERS } from "../../www/tour/tour-parse.js";

const step = (fields = {}) => ({ caption: { en: "An English caption.", zh: "中文说明。" }, view: "f=w1^2-w2^2&p=0,0", ...fields });
const tour = (steps, extra = {}) => JSON.stringify({ title: { en: "T", zh: "导" }, steps, ...extra });

/** The TourError `source` is refused with: its key, and the message in both languages. */
function refusal(source) {
  try {
    parseTour(source);
  } catch (error) {
    assert.ok(error instanceof TourError, `a TourError, got ${error}`);
    return { key: error.key, en: describeTourError(error, "en"), zh: describeTourError(error, "zh") };
  }
  assert.fail(`not refused: ${source}`);
}

test("a tour's steps: caption, view as the URL's fields, the step's options with their defaults", () => {
  const parsed = parseTour(tour([step(), step({ view: "#p=1,1&ov=eig,crit", numbers: ["eigen", "verdict"], animate: "probe", verdict: "minimum", heading: { en: "H", zh: "标" } })]));
  assert.deepEqual(parsed.title, { en: "T", zh: "导", missing: [] });
  const [first, second] = parsed.steps;
  assert.deepEqual(first.caption, { en: "An English caption.", zh: "中文说明。", missing: [] });
  assert.equal(first.state.formula, "w1^2-w2^2");
  assert.deepEqual(first.state.point, [0, 0]);
  assert.deepEqual([first.numbers, first.animate, first.verdict, first.heading], [DEFAULT_NUMBERS, null, null, null]);
  assert.equal(second.view, "p=1,1&ov=eig,crit", "a leading # is dropped");
  assert.deepEqual(second.state.overlays, ["crit", "eig"]);
  assert.deepEqual(second.numbers, ["verdict", "eigen"], "key numbers in display order");
  assert.deepEqual([second.animate, second.verdict, second.heading.zh], ["probe", "minimum", "标"]);
  assert.deepEqual(parseTour(JSON.parse(tour([step()]))), parseTour(tour([step()])), "an object reads as its JSON text does");
  assert.equal(parseTour(JSON.stringify({ steps: [step()] })).title, null, "the title is optional");
  assert.ok(DEFAULT_NUMBERS.every((id) => KEY_NUMBERS.includes(id)));
});

test("a caption in one language is shown in both, and the missing one is listed for the notice", () => {
  const parsed = parseTour(tour([step({ caption: { en: "Only English." } }), step({ caption: { zh: "只有中文。", en: "  " } })]));
  assert.deepEqual(parsed.steps[0].caption, { en: "Only English.", zh: "Only English.", missing: ["zh"] });
  assert.deepEqual(parsed.steps[1].caption, { en: "只有中文。", zh: "只有中文。", missing: ["en"] });
});

test("a tour that does not parse is refused with the step and the problem, in both languages", () => {
  const cases = [
    ["", "tourEmpty", /no steps/, /没有任何步骤/],
    ["{ steps: [", "tourNotJson", /not valid JSON/, /不是有效的 JSON/],
    ["[1, 2]", "tourNotObject", /"steps"/, /"steps"/],
    [tour([step()], { author: "me" }), "tourUnknownField", /“author”/, /“author”/],
    [tour([step()], { title: "T" }), "tourBadTitle", /“title”/, /“title”/],
    [tour([]), "tourEmpty", /no steps/, /没有任何步骤/],
    [tour(Array.from({ length: MAX_STEPS + 1 }, () => step())), "tourTooMany", /101 steps; at most 100/, /101 个步骤，最多只能有 100/],
    [tour([step(), "p=0,0"]), "tourStepNotObject", /step 2 is not an object/, /第 2 步不是/],
    [tour([step({ captions: {} })]), "tourStepUnknownField", /step 1 has an unknown field “captions”/, /第 1 步有一个不认识的字段“captions”/],
    [tour([step(), step({ caption: "plain" })]), "tourStepBadCaption", /step 2: “caption”/, /第 2 步：“caption”/],
    [tour([step({ caption: { en: "", zh: "" } })]), "tourStepBadCaption", /step 1/, /第 1 步/],
    [tour([step({ caption: { en: "x", fr: "y" } })]), "tourStepBadCaption", /step 1/, /第 1 步/],
    [tour([step({ heading: { en: 3 } })]), "tourStepBadHeading", /step 1: “heading”/, /第 1 步：“heading”/],
    [tour([step(), step(), step({ view: undefined })]), "tourStepNoView", /step 3 has no “view”/, /第 3 步没有“view”/],
    [tour([step({ view: "f=w1^2&lang=zh" })]), "tourStepViewKey", /step 1: “lang” is not a key of a view/, /第 1 步：“lang”不是画面的键/],
    [tour([step({ view: "p=0,0&mode=quiz" })]), "tourStepViewKey", /“mode”/, /“mode”/],
    [tour([step({ view: "p=0,0&tour=lecture" })]), "tourStepViewKey", /“tour”/, /“tour”/],
    [tour([step({ view: "p=0,abc" })]), "tourStepViewValue", /step 1: the view's value for “p” \(0,abc\) is not valid/, /第 1 步：画面里“p”的值（0,abc）无效/],
    [tour([step({ view: "ov=level,sparkles" })]), "tourStepViewValue", /“ov”/, /“ov”/],
    [tour([step({ numbers: ["H", "lambda"] })]), "tourStepBadNumbers", /step 1: “numbers”/, /第 1 步：“numbers”/],
    [tour([step({ animate: "spin" })]), "tourStepBadAnimate", /“spin”; it may be one of: probe, escape/, /“spin”/],
    [tour([step({ verdict: "valley" })]), "tourStepBadVerdict", /“valley”/, /“valley”/],
  ];
  for (const [source, key, en, zh] of cases) {
    const r = refusal(source);
    assert.equal(r.key, key, source.slice(0, 60));
    assert.match(r.en, /^This tour cannot be played: /);
    assert.match(r.zh, /^这个导览无法播放：/);
    assert.match(r.en, en, r.en);
    assert.match(r.zh, zh, r.zh);
  }
});

test("a view may set exactly the view's keys, each at its URL form", () => {
  assert.deepEqual(VIEW_KEYS, ["f", "d", "p", "ax", "win", "ov", "view", "cam", "sl"]);
  const all = parseTour(tour([step({ view: "f=(y-w1*w2*x)^2&d=x:1;y:1&p=0.5,0&ax=w2,w1&win=-1,1,-2,2&ov=none&view=3d&cam=300,20&sl=eigen" })])).steps[0].state;
  assert.deepEqual(
    [all.formula, all.data, all.point, all.axes, all.window, all.overlays, all.view, all.camera, all.slice],
    ["(y-w1*w2*x)^2", [{ name: "x", values: [1] }, { name: "y", values: [1] }], [0.5, 0], ["w2", "w1"], { x0: -1, x1: 1, y0: -2, y1: 2 }, [], "3d", { azimuth: 300, elevation: 20 }, "eigen"],
  );
});
