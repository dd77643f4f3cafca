// "Copy as tour step" (www/tour/copy-step.js): the explorer's view as a tour's step, which a
// tour reads back into the same view.
//
// Run: node --test tests/js/copy-step.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init from "../../www/pkg/hessian_explorer.js";
import { Store, initialState } from "../../www/app/store.js";
import { parseHash } from "../../www/app/url-state.js";
import { stepLine, stepView } from "../../www/tour/copy-step.js";
import { parseTour } from "../../www/tour/tour-parse.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

function stateFor(hash) {
  const store = new Store(initialState());
  store.coreReady();
  store.applyUrlState(parseHash(hash));
  return store.state;
}

test("the view's keys only, the way a link writes them; the defaults left out", () => {
  assert.equal(stepView(stateFor("")), "", "the lecture's example at the origin is the default view");
  const state = stateFor("#f=w1^2-w2^2+w3&p=0.5,0,1&ax=w1,w3&win=-1,1,-2,2&ov=probe,crit&view=3d&cam=300,20&sl=eigen&lang=zh&proj=1&mode=explore&embed=1");
  assert.equal(stepView(state), "f=w1^2-w2^2+w3&p=0.5,0,1&ax=w1,w3&view=3d&cam=300,20&sl=eigen&win=-1,1,-2,2&ov=crit,probe");
});

test("the JSON line reads back, once captioned, as a step showing the same view", () => {
  const state = stateFor("#f=(y-w1*w2*x)^2&d=x:1,2;y:2,3&p=0.25,-0.5&ov=eig&lang=en");
  const line = stepLine(state);
  const step = JSON.parse(line);
  assert.deepEqual(step.caption, { en: "", zh: "" }, "the captions are the teacher's to write");
  step.caption.en = "Two examples.";
  const parsed = parseTour({ steps: [step] }).steps[0].state;
  assert.deepEqual([parsed.formula, parsed.data, parsed.point, parsed.overlays], [state.formulaText, state.columns, state.theta, state.overlays]);
  assert.throws(() => parseTour({ steps: [JSON.parse(line)] }), /tourStepBadCaption/, "uncaptioned, it is refused");
});
