// The explorer's store (www/app/store.js) with the real core: actions replace the state and
// tell the subscribers; a snapshot derives the axes, the analysis, the field and the critical
// points, each computed again only when what it depends on changed.
//
// Run: node --test tests/js/store.test.mjs (needs www/pkg, no browser).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init from "../../www/pkg/hessian_explorer.js";
import { Store, initialState } from "../../www/app/store.js";
import { parseHash } from "../../www/app/url-state.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

/** A store with the core loaded and the URL `hash` applied, and the changes it reported. */
function storeFor(hash) {
  const store = new Store(initialState());
  const changes = [];
  store.subscribe((_state, change) => changes.push(change));
  store.coreReady();
  store.applyUrlState(parseHash(hash));
  return { store, changes };
}

test("a link applied as a whole: the lecture's saddle, derived once and kept while nothing changes", () => {
  const { store, changes } = storeFor("");
  assert.ok(changes.at(-1).fromUrl, "subscribers hear that a link was applied");
  const s = store.snapshot();
  assert.deepEqual([s.params, s.axes, s.theta, s.ix, s.iy], [["w1", "w2"], ["w1", "w2"], [0, 0], 0, 1]);
  assert.equal(s.analysis.kind, "saddle");
  assert.equal(s.field.type, "grid");
  assert.ok(s.critical.some((cp) => cp.kind === "saddle") && s.critical.some((cp) => cp.curve), "the saddle and the valley of minima");
  assert.ok(Object.isFrozen(s) && Object.isFrozen(store.state));
  const again = store.snapshot();
  assert.equal(again.analysis, s.analysis, "the analysis is memoized");
  assert.equal(again.field, s.field);
  assert.equal(again.critical, s.critical);
});

test("θ′ moves: a new analysis on the same surface; a fixed parameter moves: a new surface", () => {
  const { store } = storeFor("#f=x^2 + y^2 - z^2&d=&p=0,0,0");
  const before = store.snapshot();
  store.setTheta([0.5, 0, 0]);
  const moved = store.snapshot();
  assert.notEqual(moved.analysis, before.analysis);
  assert.equal(moved.analysis.kind, "not_critical");
  assert.equal(moved.field, before.field, "the axes' plane is the same slice");
  store.setTheta([0.5, 0, 0]);
  assert.equal(store.snapshot().analysis, moved.analysis, "the same θ′ again: not analysed again");
  store.setTheta([0.5, 0, 1]);
  assert.notEqual(store.snapshot().field, before.field, "z is fixed in this slice: another slice");
  store.setWindow({ x0: -1, x1: 1, y0: -1, y1: 1 });
  assert.notEqual(store.snapshot().field.win, before.field.win);
});

test("editing the formula: a wrong one is shown and the last good Loss stays; θ′ is kept by name", () => {
  const { store } = storeFor("#f=w1^2 - w2^2&d=&p=0.5,0.25");
  const good = store.state.loss;
  store.editFormula("w1^2 - w2^2 +");
  assert.ok(store.state.compileError instanceof Error);
  assert.equal(store.state.loss, good);
  assert.equal(store.state.formulaText, "w1^2 - w2^2 +");
  store.editFormula("w2^2 + w3^2 - w1^2");
  assert.equal(store.state.compileError, null);
  assert.deepEqual(store.state.params, ["w1", "w2", "w3"]);
  assert.deepEqual(store.state.theta, [0.5, 0.25, 0], "w1 and w2 keep their values, w3 starts at 0");
  store.editFormula("2 + 3");
  assert.equal(store.state.compileError.code, "no_params");
});

test("a bad link: notices for each bad value, the lecture's example under a formula that does not compile", () => {
  const { store, changes } = storeFor("#f=(w1 + &p=1,2,3&ax=w1,w9&win=1,0,0,1");
  const s = store.state;
  assert.ok(s.compileError);
  assert.equal(s.formulaText, "(w1 + ");
  assert.deepEqual(s.params, ["w1", "w2"], "the lecture's example is drawn");
  assert.deepEqual(s.notices.map((n) => n.key), ["noticeBadValue", "noticeFormula", "noticePoint", "noticeAxes"]);
  assert.equal(changes.at(-1).url, true, "the link is written back as the page reads it");
  const fine = storeFor("#p=1,2");
  assert.equal(fine.changes.at(-1).url, false, "a good link is left as it was written");
});

test("modes and overlays: no window change in quiz mode; switching the probe on makes the slice follow it", () => {
  const { store } = storeFor("#mode=quiz");
  const win = store.state.win;
  store.setWindow({ x0: -1, x1: 1, y0: -1, y1: 1 });
  assert.equal(store.state.win, win);
  store.update({ mode: "explore" });
  store.setOverlays(["crit", "probe"]);
  assert.equal(store.state.sliceDirection, "probe");
  store.update({ sliceDirection: "eig1" });
  store.setOverlays(["crit", "probe", "g"]);
  assert.equal(store.state.sliceDirection, "eig1", "only switching the probe on changes the direction");
  store.setProbeAngle(1);
  assert.deepEqual([store.state.probeAngle, store.state.sliceDirection], [1, "probe"]);
});

test("a network as the loss: from a link, at its seeded start, the formula back when it is put away", async () => {
  const { store, changes } = storeFor("#net=in:x1,x2;out:y;h:7;act:tanh;loss:se;bias:1;data:xor,1,16,0.2");
  let s = store.snapshot();
  assert.equal(s.params.length, 29);
  const { Loss } = await import("../../www/pkg/hessian_explorer.js");
  const twin = Loss.network({ inputs: ["x1", "x2"], hidden: [7] }, { dataset: { name: "xor", seed: 1, n: 16, noise: 0.2 } });
  assert.deepEqual(s.theta, twin.initialPoint(1, 0), "θ′ starts where training starts, not at the origin");
  twin.free();
  assert.equal(s.analysis.kind, "not_critical");
  assert.equal(s.criticalSkipped, false);
  store.setNetwork(null);
  s = store.snapshot();
  assert.deepEqual(s.params, ["w1", "w2"], "the formula's loss again");
  assert.equal(changes.filter((c) => c.fromUrl).length, 1);
});

test("a large network: analysed in one go, its window not searched, its surface coarser", () => {
  const { store } = storeFor("#net=in:x1,x2;out:y;h:16,16;act:tanh;loss:ce;bias:1;data:moons,1,100,0.1");
  const s = store.snapshot();
  assert.equal(s.params.length, 337);
  assert.equal(s.analysis.eigenvalues.length, 337);
  assert.equal(s.criticalSkipped, true);
  assert.deepEqual(s.critical, []);
  // As many samples as the core's work budget affords (loss.maxGridPoints), fewer than a formula's.
  assert.ok(s.field.nx < 256 && s.field.nx >= 8, `${s.field.nx} samples a side`);
  assert.ok(s.field.nx * s.field.ny <= s.loss.maxGridPoints);
});

test("a run opened from the experiment: the network at its point, sliced along eigenvectors, u on", () => {
  const { store } = storeFor("#mode=experiment");
  const net = parseHash("#net=in:x1,x2;h:2;data:xor").state.network;
  const point = [0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8, 0.9];
  store.openNetworkPoint(net, point);
  const s = store.snapshot();
  assert.equal(s.network, net);
  assert.deepEqual(s.theta, point);
  assert.equal(s.mode, "explore");
  assert.equal(s.slice, "eigen");
  assert.ok(s.overlays.includes("u"));
  assert.ok(s.win.x0 < point[0] && point[0] < s.win.x1 && s.win.y0 < point[1] && point[1] < s.win.y1, "θ′ is in the window");
});

test("a link whose network the core refuses: a notice, and the builder has the error to show", () => {
  const { store } = storeFor("#net=in:x;h:2;loss:ce;data:regression");
  const s = store.state;
  assert.equal(s.compileError.code, "network_not_binary");
  assert.ok(s.notices.some((n) => n.key === "noticeNetwork"));
  assert.ok(s.loss, "something is still drawn");
});
