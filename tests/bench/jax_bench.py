#!/usr/bin/env python3
"""JAX's side of the network benchmark: the same networks, data and points as ours.

`tests/bench/network_bench.mjs` writes the cases (network spec, data table, θ′ with the
parameter names in our order) to a JSON file; this script builds each loss in JAX, times
`jit(hessian)`, `jit(eigvalsh ∘ hessian)` (Hessian + full spectrum) and `jit(eigh ∘ hessian)`
(with eigenvectors) on the CPU in float64, and prints JSON: per case the fastest and the median
time in ms and the extreme eigenvalues (so the caller checks that both sides computed the same
thing).

    pip install "jax[cpu]"      # ./build.sh bench does this when JAX is missing
    python3 tests/bench/jax_bench.py target/bench/cases.json

The tests never need JAX: only the benchmark runs this.
"""

import json
import sys
import time

import jax

jax.config.update("jax_enable_x64", True)
jax.config.update("jax_platforms", "cpu")
import jax.numpy as jnp  # noqa: E402  (after the float64 switch)
import numpy as np  # noqa: E402

ACTIVATIONS = {
    "tanh": jnp.tanh,
    "sigmoid": jax.nn.sigmoid,
    "softplus": jax.nn.softplus,
    "linear": lambda z: z,
    "relu": jax.nn.relu,
}


def build_loss(case):
    """The mean loss over the rows as a function of θ (our parameter order), as ours is."""
    spec, data, names = case["spec"], case["data"], case["params"]
    index = {name: k for k, name in enumerate(names)}
    widths = [len(spec["inputs"])] + list(spec["hidden"]) + [1]
    layers = []
    for layer in range(1, len(widths)):
        w = np.array(
            [[index[f"w{layer}_{j}_{i}"] for i in range(1, widths[layer - 1] + 1)] for j in range(1, widths[layer] + 1)]
        )
        b = np.array([index[f"b{layer}_{j}"] for j in range(1, widths[layer] + 1)]) if spec["bias"] else None
        layers.append((w, b))
    x = jnp.array(np.array([data[c] for c in spec["inputs"]]).T)
    y = jnp.array(data[spec["target"]])
    act = ACTIVATIONS[spec["activation"]]

    def loss(theta):
        h = x
        for k, (w, b) in enumerate(layers):
            z = h @ theta[w].T
            if b is not None:
                z = z + theta[b]
            h = z if k == len(layers) - 1 else act(z)
        f = h[:, 0]
        if spec["loss"] == "cross_entropy":
            return jnp.mean(jax.nn.softplus(f) - y * f)
        return jnp.mean((y - f) ** 2)

    return loss


def timed(f, theta, runs):
    """(min, median) ms of `runs` calls after two warm-ups (compilation included in the first)."""
    for _ in range(2):
        jax.block_until_ready(f(theta))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        jax.block_until_ready(f(theta))
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    return {"min": times[0], "median": times[len(times) // 2]}


def main():
    cases = json.load(open(sys.argv[1]))
    out = {"version": jax.__version__, "cases": {}}
    for case in cases:
        loss = build_loss(case)
        theta = jnp.array(case["theta"])
        runs = 21 if len(theta) <= 200 else 7
        hessian = jax.jit(jax.hessian(loss))
        spectrum = jax.jit(lambda t: jnp.linalg.eigvalsh(jax.hessian(loss)(t)))
        analyze = jax.jit(lambda t: jnp.linalg.eigh(jax.hessian(loss)(t)))
        lam = np.asarray(spectrum(theta))
        out["cases"][case["name"]] = {
            "params": len(theta),
            "value": float(loss(theta)),
            "hessian": timed(hessian, theta, runs),
            "spectrum": timed(spectrum, theta, runs),
            "analyze": timed(analyze, theta, runs),
            "lambda": [float(lam[0]), float(lam[-1])],
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
