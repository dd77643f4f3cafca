#!/usr/bin/env python3
"""Reference Taylor coefficients for the jet (Taylor-mode) tests, derived with SymPy.

What it does
    Every case pairs a formula string in the Hessian Explorer formula language with the same
    function written BY HAND in SymPy, a point θ′ and a direction d. SymPy expands
    f(θ′ + t·d) in t to the given order symbolically, with θ′ and d as exact rationals (the f64
    values), evaluates each coefficient to 50 significant digits and only then rounds it to the
    nearest f64. The result is written to `tests/it/series_table.rs`, which
    `tests/it/series.rs` checks the Rust jets against: every coefficient within its own
    rounding bound (the bound must contain the truth) and within 1e-12 of the truth, relative
    to the largest coefficient.

    The formula string is never turned into SymPy: the cross-check against the Rust parser is
    `tests/reference/derivatives.py`'s job; the functions here are the same ones.

How to run
    pip install sympy
    python3 tests/reference/series.py          # rewrites tests/it/series_table.rs

How to add a case
    Append a `case(...)` to CASES: name, formula, theta (parameters in natural order), the
    direction (same keys), the order, and `loss=lambda p: ...` with `p.a` the symbol of
    parameter `a`. Write numbers exactly (`Q("0.3")`), never as Python floats.
"""

import math
import shutil
import subprocess
import sys
from pathlib import Path

import sympy as sp

# The helpers the cases are written with are derivatives.py's (same folder).
from derivatives import Names, Q, literal, rust_string, sigmoid, softplus  # noqa: E402

DIGITS = 50
OUTPUT = Path(__file__).resolve().parent.parent / "it" / "series_table.rs"


CASES = []


def case(name, formula, theta, direction, order, loss):
    assert list(theta) == list(direction), name
    CASES.append(dict(name=name, formula=formula, theta=theta, direction=direction, order=order, loss=loss))


# Elementary functions along a line: every recurrence of src/eval/jet_functions.rs.
case("exp", "exp(a)", {"a": 0.3}, {"a": 1.0}, 12, lambda p: sp.exp(p.a))
case("ln", "ln(a)", {"a": 1.5}, {"a": -0.5}, 12, lambda p: sp.log(p.a))
case("sqrt", "sqrt(a)", {"a": 2.25}, {"a": 1.0}, 12, lambda p: sp.sqrt(p.a))
case("sin cos", "sin(a) cos(b)", {"a": 0.3, "b": -1.7}, {"a": 1.0, "b": 0.5}, 10, lambda p: sp.sin(p.a) * sp.cos(p.b))
case("tan", "tan(a)", {"a": 0.4}, {"a": 1.0}, 10, lambda p: sp.tan(p.a))
case("tanh", "tanh(a)", {"a": 0.3}, {"a": 1.0}, 12, lambda p: sp.tanh(p.a))
case("tanh saturated at 20", "tanh(a)", {"a": 20.0}, {"a": 1.0}, 10, lambda p: sp.tanh(p.a))
case("tanh saturated at -30", "tanh(a)", {"a": -30.0}, {"a": 0.5}, 8, lambda p: sp.tanh(p.a))
case("sigmoid", "sigmoid(a)", {"a": 0.7}, {"a": -1.0}, 10, lambda p: sigmoid(p.a))
case("sigmoid saturated at -40", "sigmoid(a)", {"a": -40.0}, {"a": 1.0}, 8, lambda p: sigmoid(p.a))
case("softplus", "softplus(a)", {"a": 0.5}, {"a": 1.0}, 10, lambda p: softplus(p.a))
case("softplus saturated at 35", "softplus(a)", {"a": 35.0}, {"a": 1.0}, 8, lambda p: softplus(p.a))
case("general power", "a^b", {"a": 1.7, "b": 0.6}, {"a": 0.5, "b": -1.0}, 8, lambda p: p.a**p.b)
case("square root as a power", "a^0.5", {"a": 2.25}, {"a": 1.0}, 10, lambda p: p.a ** Q("0.5"))
case("negative power", "a^-2", {"a": 1.25}, {"a": 1.0}, 10, lambda p: p.a ** (-2))
case("cube of a negative", "a^3 b", {"a": -0.7, "b": 0.4}, {"a": 1.0, "b": 1.0}, 6, lambda p: p.a**3 * p.b)
case("quotient", "1/(a b)", {"a": 0.8, "b": -1.3}, {"a": 1.0, "b": 0.5}, 10, lambda p: 1 / (p.a * p.b))
case("abs away from its kink", "abs(a - b)", {"a": 0.3, "b": -1.7}, {"a": 1.0, "b": 1.0}, 6, lambda p: sp.Abs(p.a - p.b))
case("max away from a tie", "max(a^2, b)", {"a": 1.5, "b": 0.4}, {"a": 1.0, "b": 1.0}, 6, lambda p: sp.Max(p.a**2, p.b))
case(
    "composition",
    "log(sigmoid(a b)) + sqrt(1 + tanh(a)^2) - cos(softplus(b))",
    {"a": 0.7, "b": -1.3},
    {"a": 1.0, "b": -0.5},
    8,
    lambda p: sp.log(sigmoid(p.a * p.b)) + sp.sqrt(1 + sp.tanh(p.a) ** 2) - sp.cos(softplus(p.b)),
)

# Degenerate points of the issue: the coefficient that decides is exact.
case("monkey saddle along a ray", "x^3 - 3x y^2", {"x": 0.0, "y": 0.0}, {"x": 0.6, "y": 0.8}, 16, lambda p: p.x**3 - 3 * p.x * p.y**2)
case("x^2 - y^12 along y", "x^2 - y^12", {"x": 0.0, "y": 0.0}, {"x": 0.0, "y": 1.0}, 16, lambda p: p.x**2 - p.y**12)
case("1e8 + x^2 - y^4 along y", "1e8 + x^2 - y^4", {"x": 0.0, "y": 0.0}, {"x": 0.0, "y": 1.0}, 8, lambda p: Q("1e8") + p.x**2 - p.y**4)
case("x^2 - 1e-8 y^4 along y", "x^2 - 1e-8 y^4", {"x": 0.0, "y": 0.0}, {"x": 0.0, "y": 1.0}, 8, lambda p: p.x**2 - Q("1e-8") * p.y**4)
case(
    "Peano along a straight line",
    "(y - x^2)(y - 2x^2)",
    {"x": 0.0, "y": 0.0},
    {"x": 0.6, "y": 0.8},
    8,
    lambda p: (p.y - p.x**2) * (p.y - 2 * p.x**2),
)
case(
    "the lecture's valley along its flat direction",
    "(1 - w1 w2)^2",
    {"w1": 2.0, "w2": 0.5},
    {"w1": 0.96, "w2": -0.28},
    8,
    lambda p: (1 - p.w1 * p.w2) ** 2,
)
case("a quartic off its minimum", "(w1 - 1)^4 + (w2 + 0.5)^4", {"w1": 0.75, "w2": 0.0}, {"w1": 1.0, "w2": 1.0}, 8, lambda p: (p.w1 - 1) ** 4 + (p.w2 + Q("0.5")) ** 4)


# --- Derivation and output -----------------------------------------------------------------


def coefficients(c):
    names = list(c["theta"])
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    t = sp.Symbol("t", real=True)
    expr = c["loss"](Names(symbols))
    assert not expr.atoms(sp.Float), f"{c['name']}: write numbers exactly"
    line = {symbols[n]: sp.Rational(c["theta"][n]) + t * sp.Rational(c["direction"][n]) for n in names}
    along = expr.subs(line)
    out = []
    for k in range(c["order"] + 1):
        exact = sp.diff(along, t, k).subs(t, 0) / sp.factorial(k)
        if exact == 0:
            out.append(0.0)
            continue
        value = exact.evalf(DIGITS, strict=True)
        result = float(str(value))
        assert math.isfinite(result), (c["name"], k)
        out.append(result)
    return out


def render(rows):
    out = [
        "// @generated by tests/reference/series.py (SymPy, evaluated with 50 significant digits).",
        "// Do not edit by hand: add a case to the script and run `python3 tests/reference/series.py`.",
        "use super::series::Case;",
        "",
        "pub const CASES: &[Case] = &[",
    ]
    for c, coefficients in rows:
        out.append("    Case {")
        out.append(f"        name: {rust_string(c['name'])},")
        out.append(f"        formula: {rust_string(c['formula'])},")
        out.append("        theta: &[" + ", ".join(literal(v) for v in c["theta"].values()) + "],")
        out.append("        direction: &[" + ", ".join(literal(v) for v in c["direction"].values()) + "],")
        out.append("        coefficients: &[")
        for value in coefficients:
            out.append(f"            {literal(value)},")
        out.append("        ],")
        out.append("    },")
    out.append("];")
    return "\n".join(out) + "\n"


def main():
    rows = []
    for c in CASES:
        rows.append((c, coefficients(c)))
        print(f"ok  {c['name']}", file=sys.stderr)
    OUTPUT.write_text(render(rows), encoding="utf-8")
    if shutil.which("rustfmt"):
        # The table is laid out plainly; rustfmt gives it the layout `cargo fmt` keeps.
        subprocess.run(["rustfmt", "--edition", "2021", str(OUTPUT)], check=True)
    print(f"wrote {len(rows)} cases to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
