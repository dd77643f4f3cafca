// A network as the page holds it: the layers, the activation, the loss and where the data comes
// from, as one frozen object, with its compact text for the URL (`net=`), its parameter count
// and a few examples. Pure: the core builds the loss (core/wasm.js createNetworkLoss) and
// checks what only it can (columns that exist, 0/1 targets, its size limits).
//
//   { inputs: ["x1", "x2"] | null,  (null: every data column but the target)
//     target: "y", hidden: [7], activation: "tanh", loss: "squared_error", bias: true,
//     data: { name: "xor", seed: 1, n: 16, noise: 0.2 } | null }  (null: the explorer's data table)
//
// In the URL: net=in:x1,x2;out:y;h:7;act:tanh;loss:se;bias:1;data:xor,1,16,0.2
// (fields in any order, each optional; `h:` alone is no hidden layer, `data:table` the data table).

import { parseWholeIn, parseColumnName, parseNumbers, oneOf } from "../app/url-values.js";

/** The activations the core knows, in menu order ("none" is the core's other name for linear). */
export const ACTIVATIONS = ["tanh", "sigmoid", "softplus", "linear", "relu"];
/** The losses, and their short names in the URL. */
export const LOSSES = ["squared_error", "cross_entropy"];
const LOSS_CODES = { squared_error: "se", cross_entropy: "ce" };
/** The core's generated datasets (src/network/datasets.rs), with their default rows and noise. */
export const DATASETS = Object.freeze({
  lecture: Object.freeze({ n: 1, noise: 0, columns: ["x", "y"] }),
  regression: Object.freeze({ n: 20, noise: 0.1, columns: ["x", "y"] }),
  xor: Object.freeze({ n: 4, noise: 0, columns: ["x1", "x2", "y"] }),
  moons: Object.freeze({ n: 40, noise: 0.1, columns: ["x1", "x2", "y"] }),
});
/** The core's limits (README, "Limits"): hidden layers, units per layer, generated rows. */
export const MAX_LAYERS = 8;
export const MAX_WIDTH = 256;
export const MAX_ROWS = 1000;

/**
 * The network the experiment studies unless a link says otherwise: 2–7–1 tanh, squared error,
 * on 16 noisy XOR points (29 parameters, more than the 16 rows can pin down). Fifty Adam runs
 * take about 2 s and end both ways the lecture's plot can show: some at exact minima of zero
 * loss with flat directions, most where training stalls with negative eigenvalues near.
 */
export const DEFAULT_NETWORK = network({
  inputs: ["x1", "x2"],
  hidden: [7],
  data: { name: "xor", seed: 1, n: 16, noise: 0.2 },
});

/** Networks a teacher may want at once, in menu order (each with a caption in the strings). */
export const NETWORK_EXAMPLES = Object.freeze([
  // The lecture's "world's worst network" y = w₁·w₂·x on its one example: the lecture's loss.
  { id: "lecture", network: network({ inputs: ["x"], hidden: [1], activation: "linear", bias: false, data: { name: "lecture", seed: 1, n: 1, noise: 0 } }) },
  { id: "tiny", network: network({ inputs: ["x"], hidden: [2], data: { name: "lecture", seed: 1, n: 1, noise: 0 } }) },
  { id: "regression", network: network({ inputs: ["x"], hidden: [10], data: { name: "regression", seed: 1, n: 20, noise: 0.1 } }) },
  { id: "xor", network: DEFAULT_NETWORK },
  {
    id: "moons",
    network: network({ inputs: ["x1", "x2"], hidden: [16, 16], loss: "cross_entropy", data: { name: "moons", seed: 1, n: 100, noise: 0.1 } }),
  },
]);

/** A frozen network with every field filled in (the defaults above for those left out). */
export function network({ inputs = null, target = "y", hidden = [], activation = "tanh", loss = "squared_error", bias = true, data = null } = {}) {
  return Object.freeze({
    inputs: inputs === null ? null : Object.freeze([...inputs]),
    target,
    hidden: Object.freeze([...hidden]),
    activation,
    loss,
    bias,
    data: data === null ? null : Object.freeze({ ...data }),
  });
}

/** The input columns: the network's own, or every column of `columns` but the target. */
export function inputColumns(net, columns) {
  return net.inputs ?? columns.filter((name) => name !== net.target);
}

/** The number of parameters of `net` with `inputCount` inputs: weights, and biases if it has them. */
export function parameterCount(net, inputCount) {
  const widths = [inputCount, ...net.hidden, 1];
  let count = 0;
  for (let l = 1; l < widths.length; l++) count += widths[l] * (widths[l - 1] + (net.bias ? 1 : 0));
  return count;
}

/** The spec object of the core's Loss.network. */
export function coreSpec(net) {
  const spec = { target: net.target, hidden: [...net.hidden], activation: net.activation, loss: net.loss, bias: net.bias };
  if (net.inputs !== null) spec.inputs = [...net.inputs];
  return spec;
}

/** Whether two networks are the same (as their URL text). */
export function sameNetwork(a, b) {
  if (a === null || b === null) return a === b;
  return formatNetwork(a) === formatNetwork(b);
}

// ---- the URL's compact text ------------------------------------------------------------------

/** `net`'s compact text (see the top of this file). */
export function formatNetwork(net) {
  const parts = [];
  if (net.inputs !== null) parts.push(`in:${net.inputs.join(",")}`);
  parts.push(`out:${net.target}`, `h:${net.hidden.join(",")}`, `act:${net.activation}`, `loss:${LOSS_CODES[net.loss]}`, `bias:${net.bias ? 1 : 0}`);
  const d = net.data;
  parts.push(d === null ? "data:table" : `data:${[d.name, d.seed, d.n, d.noise].map(String).join(",")}`);
  return parts.join(";");
}

/** The network written by formatNetwork (fields in any order, each optional). Throws on bad text. */
export function parseNetwork(text) {
  const fields = {};
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) throw new Error(`missing ':' in ${part}`);
    const name = part.slice(0, colon).trim();
    if (name in fields) throw new Error(`${name} given twice`);
    fields[name] = part.slice(colon + 1).trim();
  }
  const out = {};
  for (const [name, value] of Object.entries(fields)) {
    switch (name) {
      case "in":
        out.inputs = value.split(",").map(parseColumnName);
        if (new Set(out.inputs).size !== out.inputs.length) throw new Error("an input given twice");
        break;
      case "out":
        out.target = parseColumnName(value);
        break;
      case "h":
        out.hidden = value === "" ? [] : value.split(",").map((w) => parseWholeIn(w, 1, MAX_WIDTH));
        if (out.hidden.length > MAX_LAYERS) throw new Error("too many layers");
        break;
      case "act":
        out.activation = value === "none" ? "linear" : oneOf(ACTIVATIONS)(value);
        break;
      case "loss":
        out.loss = LOSSES.find((l) => l === value || LOSS_CODES[l] === value) ?? fail(`unknown loss ${value}`);
        break;
      case "bias":
        out.bias = oneOf(["0", "1"])(value) === "1";
        break;
      case "data":
        out.data = value === "table" ? null : parseDataset(value);
        break;
      default:
        throw new Error(`unknown field ${name}`);
    }
  }
  if (out.inputs?.includes(out.target ?? "y")) throw new Error("the target is an input");
  return network(out);
}

/** "xor,1,16,0.2": a dataset's name, seed, rows and noise (the last two: its defaults if left out). */
function parseDataset(text) {
  const [name, seed = "1", n, noise] = text.split(",").map((s) => s.trim());
  const defaults = DATASETS[oneOf(Object.keys(DATASETS))(name)];
  return {
    name,
    seed: parseWholeIn(seed, 0, Number.MAX_SAFE_INTEGER),
    n: n === undefined ? defaults.n : parseWholeIn(n, 1, MAX_ROWS),
    noise: noise === undefined ? defaults.noise : nonNegative(noise),
  };
}

/** A number ≥ 0, alone. */
function nonNegative(text) {
  const numbers = parseNumbers(text, { min: 1 });
  if (numbers.length !== 1 || numbers[0] < 0) throw new Error(`not a number ≥ 0: ${text}`);
  return numbers[0];
}

function fail(message) {
  throw new Error(message);
}
