// The page's state in the URL hash (www/app/url-state.js).
import test from "node:test";
import assert from "node:assert/strict";
import { parseHash, formatHash, defaultState, DEFAULT_FORMULA, DEFAULT_DATA, MAX_QUIZ_COUNT } from "../../www/app/url-state.js";
import { parseData } from "../../www/app/url-values.js";

test("state: defaults, round trip, readable hash, '+' survives", () => {
  assert.equal(formatHash(defaultState()), "");
  const s = { ...defaultState(), formula: "(y-w1*w2*x)^2 + w1", data: [{ name: "x", values: [1, 2] }, { name: "y", values: [2, -4] }], point: [0.5, -1e-7], lang: "zh", axes: ["w2", "w1"], window: { x0: -1, x1: 3, y0: -2, y1: 2 } };
  const hash = formatHash(s);
  assert.equal(hash, "#f=(y-w1*w2*x)^2+%2B+w1".replace("+%2B+", "%20+%20") + "&d=x:1,2;y:2,-4&p=0.5,-1e-7&lang=zh&ax=w2,w1&win=-1,3,-2,2");
  const { state, notices } = parseHash(hash);
  assert.deepEqual(notices, []);
  assert.deepEqual(state, { ...s, mode: "explore" });
  // A '+' typed by hand in a link is a plus, not a space.
  assert.equal(parseHash("#f=w1+w2").state.formula, "w1+w2");
  assert.equal(parseHash("").state.formula, DEFAULT_FORMULA);
});

test("state: unknown keys ignored; bad values fall back with a notice each", () => {
  const { state, notices } = parseHash("#zzz=1&p=1,abc&lang=fr&win=1,0,0,1&d=x:1;y:1,2&ax=w1&mode=play&f=%E0%A4");
  const d = defaultState();
  assert.equal(state.point, d.point);
  assert.equal(state.lang, d.lang);
  assert.deepEqual(state.window, d.window);
  assert.deepEqual(state.data, d.data);
  assert.equal(state.axes, null);
  assert.equal(state.mode, "explore");
  assert.equal(state.formula, DEFAULT_FORMULA);
  assert.deepEqual(notices.map((n) => n.key), ["p", "lang", "win", "d", "ax", "mode", "f"]);
  assert.deepEqual(parseData(""), []);
  assert.throws(() => parseData("x:1;x:2"));
  assert.throws(() => parseData("1x:1"));
  assert.deepEqual(parseData("ŷ:1,2;x₁:3,4"), [{ name: "ŷ", values: [1, 2] }, { name: "x₁", values: [3, 4] }]);
});

test("state: a tour's keys (tour, tourUrl, step from 1) read and written like the others", () => {
  const json = JSON.stringify({ steps: [{ caption: { en: "A & B = C" }, view: "f=w1^2-w2^2&p=0,0" }] });
  const { state, notices } = parseHash(`#tour=${encodeURIComponent(json)}&step=2`);
  assert.deepEqual(notices, []);
  assert.equal(state.tour, json, "inline JSON survives the hash, & and = included");
  assert.equal(state.tourStep, 2);
  assert.deepEqual(parseHash("#tourUrl=tours/week3.json").state.tourUrl, "tours/week3.json");
  assert.deepEqual(parseHash("#tour=lecture&step=0").notices.map((n) => n.key), ["step"], "steps count from 1");
  assert.deepEqual(parseHash("#step=two").notices.map((n) => n.key), ["step"]);
  assert.equal(formatHash({ tour: "lecture", tourStep: 1, lang: "zh" }), "#lang=zh&tour=lecture&step=1", "step 1 is written: a tour always says its step");
  assert.equal(parseHash(formatHash({ ...defaultState(), tour: json })).state.tour, json);
});

test("count: generated quizzes that end (1 to MAX_QUIZ_COUNT questions); absent by default", () => {
  assert.equal(parseHash("#mode=quiz&count=10").state.quizCount, 10);
  assert.equal(formatHash({ ...defaultState(), quizCount: 5 }), "#count=5");
  for (const bad of ["0", String(MAX_QUIZ_COUNT + 1), "two"]) assert.equal(parseHash(`#count=${bad}`).state.quizCount, null, bad);
});

test("state: a formula given without data has no data table; the lecture's formula keeps its table", () => {
  assert.deepEqual(parseHash("#f=x^2-y^2").state.data, []);
  assert.deepEqual(parseHash("").state.data, DEFAULT_DATA, "no hash: the lecture, with its table");
  assert.deepEqual(parseHash("#p=1,1").state.data, DEFAULT_DATA, "the lecture's formula by default");
  assert.deepEqual(parseHash(`#f=${encodeURIComponent(DEFAULT_FORMULA)}`).state.data, DEFAULT_DATA);
  assert.deepEqual(parseHash("#f=x^2-y^2&d=x:1;y:2").state.data, [{ name: "x", values: [1] }, { name: "y", values: [2] }]);
  assert.deepEqual(parseHash("#f=x^2-y^2&d=x:1;y:1,2").state.data, [], "a bad table falls back to the formula's default");
  // Written back: the default for its formula is left out, anything else written.
  assert.equal(formatHash({ ...defaultState(), formula: "x^2-y^2", data: [] }), "#f=x^2-y^2");
  assert.equal(formatHash({ ...defaultState(), formula: "x^2-y^2", data: DEFAULT_DATA }), "#f=x^2-y^2&d=x:1;ŷ:1".replace("ŷ", encodeURIComponent("ŷ")));
  assert.equal(formatHash({ ...defaultState(), data: [] }), "#d=");
  assert.deepEqual(parseHash("#d=").state.data, [], "the lecture's formula with its table removed");
});
