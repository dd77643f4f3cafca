// A network as the page holds it (www/experiment/network-spec.js): its URL text, its size,
// and its examples, held against the core that builds it.
//
// Run: node --test tests/js/network-spec.test.mjs (needs www/pkg).
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import init, { Loss } from "../../www/pkg/hessian_explorer.js";
import {
  DEFAULT_NETWORK,
  NETWORK_EXAMPLES,
  network,
  parseNetwork,
  formatNetwork,
  sameNetwork,
  parameterCount,
  inputColumns,
  coreSpec,
} from "../../www/experiment/network-spec.js";
import { describeNetwork, networkColumns } from "../../www/experiment/network-description.js";

await init({ module_or_path: fs.readFileSync(new URL("../../www/pkg/hessian_explorer_bg.wasm", import.meta.url)) });

test("the URL text: written in full, read back to the same network, fields in any order", () => {
  assert.equal(formatNetwork(DEFAULT_NETWORK), "in:x1,x2;out:y;h:7;act:tanh;loss:se;bias:1;data:xor,1,16,0.2");
  for (const { network: net } of NETWORK_EXAMPLES) assert.deepEqual(parseNetwork(formatNetwork(net)), net);
  const table = network({ inputs: null, target: "ŷ", hidden: [], activation: "linear", bias: false });
  assert.equal(formatNetwork(table), "out:ŷ;h:;act:linear;loss:se;bias:0;data:table");
  assert.deepEqual(parseNetwork(formatNetwork(table)), table);
  // Order free, defaults for what is left out, "none" is linear, a dataset's rows and noise default.
  const net = parseNetwork("data:moons,3;h:16,16;act:none;loss:cross_entropy");
  assert.deepEqual(net, network({ hidden: [16, 16], activation: "linear", loss: "cross_entropy", data: { name: "moons", seed: 3, n: 40, noise: 0.1 } }));
  assert.ok(sameNetwork(net, parseNetwork(formatNetwork(net))));
  assert.ok(!sameNetwork(net, DEFAULT_NETWORK) && sameNetwork(null, null) && !sameNetwork(null, net));
  assert.ok(Object.isFrozen(net) && Object.isFrozen(net.hidden) && Object.isFrozen(net.data));
});

test("bad URL text is refused (the page falls back with a notice)", () => {
  for (const bad of [
    "h:0", // a layer of no units
    "h:257", // wider than the core allows
    "h:1,1,1,1,1,1,1,1,1", // nine layers
    "h:2.5",
    "act:gelu",
    "loss:hinge",
    "bias:2",
    "data:spiral",
    "data:moons,1,0", // no rows
    "data:moons,1,1001",
    "data:moons,1,40,-1", // negative noise
    "in:x,x", // an input twice
    "in:y", // the target as an input
    "in:1x",
    "h:2;h:3", // a field twice
    "width:3", // an unknown field
    "tanh", // no field name
  ]) {
    assert.throws(() => parseNetwork(bad), Error, bad);
  }
});

test("parameter counts agree with the core's, for every example and a few more", () => {
  const cases = [
    ...NETWORK_EXAMPLES.map((e) => e.network),
    network({ inputs: ["x1", "x2"], hidden: [3, 2], bias: false, data: { name: "xor", seed: 1, n: 4, noise: 0 } }),
    network({ inputs: ["x1"], hidden: [], data: { name: "moons", seed: 1, n: 10, noise: 0 } }),
  ];
  for (const net of cases) {
    const loss = Loss.network(coreSpec(net), { dataset: net.data });
    assert.equal(parameterCount(net, inputColumns(net, ["x1", "x2", "x", "y"].filter((c) => loss.dataColumns.includes(c))).length), loss.params.length, formatNetwork(net));
    loss.free();
  }
  // 2–16–16–1 with biases: 16·3 + 16·17 + 17 = 337, as the issue counts.
  assert.equal(parameterCount(NETWORK_EXAMPLES.at(-1).network, 2), 337);
  // The lecture's network is the lecture's loss: two weights, w1·w2·x.
  assert.equal(parameterCount(NETWORK_EXAMPLES[0].network, 1), 2);
});

test("the description: parameters, data and formula from the core, or its coded error", () => {
  const lecture = describeNetwork(NETWORK_EXAMPLES[0].network, [], "en");
  assert.deepEqual(lecture.params, ["w1_1_1", "w2_1_1"]);
  assert.equal(lecture.formula, "(y - w2_1_1*(w1_1_1*x))^2");
  assert.equal(lecture.rows, 1);
  const moons = describeNetwork(NETWORK_EXAMPLES.at(-1).network, [], "en");
  assert.equal(moons.params.length, 337);
  assert.equal(moons.formula, undefined, "too large to read as a formula");
  assert.equal(moons.rows, 100);
  // The explorer's table as data: its columns, checked by the core.
  const table = [
    { name: "x", values: [1, 2] },
    { name: "ŷ", values: [0.5, 2] },
  ];
  const net = network({ target: "ŷ", hidden: [1], loss: "cross_entropy" });
  const bad = describeNetwork(net, table, "zh");
  assert.equal(bad.error.code, "network_not_binary");
  assert.match(bad.error.message, /[\u4e00-\u9fff]/, "the message in the language asked for");
  assert.equal(networkColumns(net, table), table);
  const good = network({ ...net, loss: "squared_error" });
  const ok = describeNetwork(good, table, "en");
  assert.equal(ok.params.length, 4);
  assert.equal(describeNetwork(good, table, "en"), ok, "asked again: the same answer, not a new Loss");
});
