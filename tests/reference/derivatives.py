#!/usr/bin/env python3
"""Reference values, gradients and Hessians for the autodiff tests, derived with SymPy.

What it does
    Every case below pairs a formula string, written in the Hessian Explorer formula
    language exactly as a student would type it, with the same mathematics written BY HAND
    as a SymPy expression (`loss=lambda p, d: ...`). SymPy differentiates the expression
    symbolically, substitutes the point θ′ (and the data) as exact rationals, evaluates the
    value, gradient and Hessian to 50 significant digits and only then rounds each number
    to the nearest f64. The result is written to `tests/it/reference_table.rs`, which
    `tests/it/reference.rs` checks the Rust autodiff against (1e-12 relative).

    The formula string is never turned into SymPy: the derivation is independent of the
    Rust parser. To catch a typo between the two spellings of a case, the script also has
    a small numeric evaluator of the formula language (mpmath, `FormulaChecker` below) that
    is used ONLY as a cross-check: it must find the same parameters, in natural order, and
    agree with the SymPy expression at θ′ and at nearby points, and its central finite
    differences must agree with the SymPy gradient and Hessian. The script refuses to
    write the table if any check fails.

How to run
    pip install sympy mpmath
    python3 tests/reference/derivatives.py          # rewrites tests/it/reference_table.rs

    If `rustfmt` is on the PATH the script also checks that the table is rustfmt-stable.

How to add a case
    Append a `case(...)` to CASES:
        case(
            "short descriptive name",
            "formula in the formula language",
            theta={"a": 0.3, "b": -1.7},         # parameters in natural order, with θ′
            data={"x": [...], "y": [...]},       # optional: columns of equal length
            loss=lambda p, d: ...,               # the same loss, by hand, in SymPy
        )
    In `loss`, `p.a` is the SymPy symbol of parameter `a` (or `p["θ1"]`), numbers in the
    formula are written exactly (`Q("0.3")`, Python ints, or fractions: never a Python
    float), and data is reached through `d.sum(lambda r: ...)` / `d.mean(lambda r: ...)`,
    where `r.x` is row r's value of column x. Apply the language's rules yourself: a formula
    that uses data outside sum/mean is the MEAN over the rows of the whole formula, so write
    `d.mean(lambda r: <whole formula>)`. Functions: `sp.sin`, `sp.log`, `sp.Abs`, `sp.Min`,
    ..., plus `sigmoid`, `softplus`, `relu` defined below. Pick θ′ away from the kinks of
    abs/relu/min/max and inside the domain of log/sqrt/power, with non-round coordinates.
    Then run the script and commit both files.
"""

import functools
import math
import random
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import mpmath
import sympy as sp

DIGITS = 50
OUTPUT = Path(__file__).resolve().parent.parent / "it" / "reference_table.rs"


# --- Helpers for writing the SymPy side by hand -------------------------------------------


def Q(text):
    """An exact number as written in a formula: Q("0.3") is 3/10, Q("1e-3") is 1/1000."""
    return sp.Rational(text)


def sigmoid(x):
    return 1 / (1 + sp.exp(-x))


def softplus(x):
    return sp.log(1 + sp.exp(x))


def relu(x):
    return sp.Max(0, x)


class Names:
    """`p.w1` or `p["θ1"]`: the value bound to a name."""

    def __init__(self, values):
        self._values = dict(values)

    def __getattr__(self, name):
        try:
            return self._values[unicodedata.normalize("NFC", name)]
        except KeyError:
            raise AttributeError(name) from None

    __getitem__ = __getattr__


class Table:
    """The data table, row by row; values are the exact rationals of the f64 columns."""

    def __init__(self, columns):
        lengths = {len(values) for values in columns.values()}
        assert len(lengths) <= 1, "data columns must have equal length"
        self.n = lengths.pop() if lengths else 0
        self.rows = [
            Names({name: sp.Rational(values[i]) for name, values in columns.items()})
            for i in range(self.n)
        ]

    def sum(self, body):
        assert self.n > 0, "sum/mean without data"
        return sp.Add(*[body(row) for row in self.rows])

    def mean(self, body):
        return self.sum(body) / self.n


# --- The cases ----------------------------------------------------------------------------

CASES = []


def case(name, formula, theta, loss, data=None):
    CASES.append(dict(name=name, formula=formula, theta=theta, loss=loss, data=data or {}))


LECTURE = "(y - w1*w2*x)^2"


def lecture(p, d):
    # One data row, used outside any aggregate: the implicit mean over the (one) row.
    return d.mean(lambda r: (r.y - p.w1 * p.w2 * r.x) ** 2)


case("lecture example at the origin", LECTURE, {"w1": 0.0, "w2": 0.0}, lecture, {"x": [1.0], "y": [1.0]})
case("lecture example on the valley at (1, 1)", LECTURE, {"w1": 1.0, "w2": 1.0}, lecture, {"x": [1.0], "y": [1.0]})
case("lecture example at (0.5, -1.5)", LECTURE, {"w1": 0.5, "w2": -1.5}, lecture, {"x": [1.0], "y": [1.0]})
case("lecture example on the valley at (2, 0.5)", LECTURE, {"w1": 2.0, "w2": 0.5}, lecture, {"x": [1.0], "y": [1.0]})
case(
    "lecture example with Unicode names",
    "(ŷ - w₁ w₂ x)^2",
    {"w1": 0.3, "w2": -0.7},
    lambda p, d: d.mean(lambda r: (r["ŷ"] - p.w1 * p.w2 * r.x) ** 2),
    {"x": [1.5], "ŷ": [0.8]},
)
case(
    "lecture example as pasted: minus sign, w₁w₂x, superscript",
    "(ŷ − w₁w₂x)²",
    {"w1": 0.75, "w2": 1.25},
    lambda p, d: d.mean(lambda r: (r["ŷ"] - p.w1 * p.w2 * r.x) ** 2),
    {"x": [1.0], "ŷ": [1.0]},
)

HIMMELBLAU = "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2"


def himmelblau(p, d):
    return (p.w1**2 + p.w2 - 11) ** 2 + (p.w1 + p.w2**2 - 7) ** 2


case("Himmelblau at (0.3, -1.7)", HIMMELBLAU, {"w1": 0.3, "w2": -1.7}, himmelblau)
case("Himmelblau at its minimum (3, 2)", HIMMELBLAU, {"w1": 3.0, "w2": 2.0}, himmelblau)

ROSENBROCK = "(1 - x)^2 + 100(y - x^2)^2"


def rosenbrock(p, d):
    return (1 - p.x) ** 2 + 100 * (p.y - p.x**2) ** 2


case("Rosenbrock at the classic start (-1.2, 1)", ROSENBROCK, {"x": -1.2, "y": 1.0}, rosenbrock)
case("Rosenbrock at its minimum (1, 1)", ROSENBROCK, {"x": 1.0, "y": 1.0}, rosenbrock)
case(
    "monkey saddle, negative base to an odd power",
    "x^3 - 3x y^2",
    {"x": -0.7, "y": 0.4},
    lambda p, d: p.x**3 - 3 * p.x * p.y**2,
)
case("saddle x^2 - y^2", "x^2 - y^2", {"x": 0.3, "y": -1.7}, lambda p, d: p.x**2 - p.y**2)
case("quartic x^2 + y^4", "x^2 + y^4", {"x": 0.5, "y": -0.25}, lambda p, d: p.x**2 + p.y**4)

# Every function, away from kinks and domain edges.
case("sin times cos", "sin(a)cos(b)", {"a": 0.3, "b": -1.7}, lambda p, d: sp.sin(p.a) * sp.cos(p.b))
case("tan", "tan(0.3a + b)", {"a": 0.7, "b": 0.4}, lambda p, d: sp.tan(Q("0.3") * p.a + p.b))
case("Gaussian bump", "exp(-a^2 - b^2)", {"a": 0.3, "b": -0.6}, lambda p, d: sp.exp(-(p.a**2) - p.b**2))
case("log", "log(1 + a^2 + b^2)", {"a": 0.3, "b": -1.7}, lambda p, d: sp.log(1 + p.a**2 + p.b**2))
case("ln of a positive parameter", "ln(a)", {"a": 2.25}, lambda p, d: sp.log(p.a))
case("sqrt", "sqrt(a^2 + b^2 + 1)", {"a": 0.3, "b": -1.7}, lambda p, d: sp.sqrt(p.a**2 + p.b**2 + 1))
case("abs of a positive argument", "abs(a - b)", {"a": 0.3, "b": -1.7}, lambda p, d: sp.Abs(p.a - p.b))
case(
    "abs of a negative argument",
    "abs(a^2 - b)",
    {"a": 0.3, "b": 1.2},
    lambda p, d: sp.Abs(p.a**2 - p.b),
)
case("tanh", "tanh(a b)", {"a": 0.7, "b": -0.4}, lambda p, d: sp.tanh(p.a * p.b))
case("sigmoid", "sigmoid(a - 2b)", {"a": 0.3, "b": -0.6}, lambda p, d: sigmoid(p.a - 2 * p.b))
case("relu of a positive argument", "relu(a + b)", {"a": 0.3, "b": 0.6}, lambda p, d: relu(p.a + p.b))
case(
    "relu of a negative argument",
    "relu(a + b) + a b",
    {"a": 0.3, "b": -1.7},
    lambda p, d: relu(p.a + p.b) + p.a * p.b,
)
case("softplus", "softplus(a b)", {"a": 0.7, "b": -1.3}, lambda p, d: softplus(p.a * p.b))
case("min, second argument smaller", "min(a, b)", {"a": 0.3, "b": -1.7}, lambda p, d: sp.Min(p.a, p.b))
case(
    "min, first argument smaller",
    "min(a b, a + b)",
    {"a": 0.5, "b": 1.5},
    lambda p, d: sp.Min(p.a * p.b, p.a + p.b),
)
case("max, first argument larger", "max(a^2, b)", {"a": 1.5, "b": 0.4}, lambda p, d: sp.Max(p.a**2, p.b))
case("max, second argument larger", "max(a^2, b)", {"a": 0.3, "b": 1.2}, lambda p, d: sp.Max(p.a**2, p.b))
case("general power a^b", "a^b", {"a": 1.7, "b": 0.6}, lambda p, d: p.a**p.b)
case("exponential 2^a", "2^a", {"a": 0.3}, lambda p, d: sp.Integer(2) ** p.a)
case("negative exponent in parentheses", "a^(-1) b", {"a": 2.5, "b": -0.3}, lambda p, d: p.a ** (-1) * p.b)
case("negative exponent without parentheses", "a^-2 + b", {"a": 1.25, "b": 0.7}, lambda p, d: p.a ** (-2) + p.b)
case("square root as a^0.5", "a^0.5 b", {"a": 2.25, "b": 0.7}, lambda p, d: p.a ** Q("0.5") * p.b)
case("reciprocal", "1/(a b)", {"a": 0.8, "b": -1.3}, lambda p, d: 1 / (p.a * p.b))
case("division is left-associative", "8 / a / b", {"a": 0.8, "b": 1.3}, lambda p, d: (8 / p.a) / p.b)
case("constant e", "e^a", {"a": 0.7}, lambda p, d: sp.E**p.a)
case("constant pi", "pi a^2 b", {"a": 0.7, "b": -0.4}, lambda p, d: sp.pi * p.a**2 * p.b)
case("constant π", "sin(π a) b", {"a": 0.3, "b": -1.2}, lambda p, d: sp.sin(sp.pi * p.a) * p.b)
case(
    "power is right-associative",
    "2^3^2 a + b^2",
    {"a": 0.3, "b": -1.7},
    lambda p, d: sp.Integer(2) ** (sp.Integer(3) ** 2) * p.a + p.b**2,
)
case("unary minus binds looser than power", "-a^2 + b", {"a": 0.3, "b": -1.7}, lambda p, d: -(p.a**2) + p.b)
case(
    "implicit multiplication of parentheses",
    "(a+b)(a-b)",
    {"a": 0.3, "b": -1.7},
    lambda p, d: (p.a + p.b) * (p.a - p.b),
)
case("implicit multiplication of a number and names", "2a b", {"a": 0.3, "b": -1.7}, lambda p, d: 2 * p.a * p.b)
case("implicit multiplication before parentheses", "3(a - 1)^2", {"a": 0.3}, lambda p, d: 3 * (p.a - 1) ** 2)
case(
    "scientific notation",
    "1e-3 (a^4 + b^4) + 2.5 a b",
    {"a": 0.7, "b": -1.3},
    lambda p, d: Q("1e-3") * (p.a**4 + p.b**4) + Q("2.5") * p.a * p.b,
)
case(
    "alternative operators ** × ÷",
    "a**2 × b ÷ 4",
    {"a": 0.7, "b": -1.3},
    lambda p, d: p.a**2 * p.b / 4,
)
case(
    "composition of functions",
    "log(sigmoid(a b)) + sqrt(1 + tanh(a)^2) - cos(softplus(b))",
    {"a": 0.7, "b": -1.3},
    lambda p, d: sp.log(sigmoid(p.a * p.b)) + sp.sqrt(1 + sp.tanh(p.a) ** 2) - sp.cos(softplus(p.b)),
)

# Saturation: where tanh and sigmoid round to ±1 (|x| ≳ 19) a derivative written as 1 − tanh²
# or σ(1 − σ) cancels to 0; the exact values are e^(−2|x|)-small and must keep their relative
# precision (first and second derivatives), up to |x| = 50.
for name, formula, point, loss in [
    ("tanh saturated at 20", "tanh(a)", {"a": 20.0}, lambda p, d: sp.tanh(p.a)),
    ("tanh saturated at -30", "tanh(a)", {"a": -30.0}, lambda p, d: sp.tanh(p.a)),
    ("tanh saturated at 50", "tanh(a)", {"a": 50.0}, lambda p, d: sp.tanh(p.a)),
    ("tanh at 15", "tanh(a)", {"a": 15.0}, lambda p, d: sp.tanh(p.a)),
    ("tanh near 0", "tanh(a)", {"a": 0.001}, lambda p, d: sp.tanh(p.a)),
    ("tanh at the branch point 1/2", "tanh(a)", {"a": 0.5}, lambda p, d: sp.tanh(p.a)),
    ("sigmoid saturated at 40", "sigmoid(a)", {"a": 40.0}, lambda p, d: sigmoid(p.a)),
    ("sigmoid saturated at -50", "sigmoid(a)", {"a": -50.0}, lambda p, d: sigmoid(p.a)),
    ("sigmoid saturated at 50", "sigmoid(a)", {"a": 50.0}, lambda p, d: sigmoid(p.a)),
    ("sigmoid near 0", "sigmoid(a)", {"a": -0.002}, lambda p, d: sigmoid(p.a)),
    ("softplus saturated at 50", "softplus(a)", {"a": 50.0}, lambda p, d: softplus(p.a)),
    ("softplus saturated at -50", "softplus(a)", {"a": -50.0}, lambda p, d: softplus(p.a)),
    ("softplus at -20", "softplus(a)", {"a": -20.0}, lambda p, d: softplus(p.a)),
    ("log-sigmoid saturated at -45", "log(sigmoid(a))", {"a": -45.0}, lambda p, d: sp.log(sigmoid(p.a))),
    ("log-sigmoid saturated at 45", "log(sigmoid(a))", {"a": 45.0}, lambda p, d: sp.log(sigmoid(p.a))),
    ("log(1 + exp) saturated at -50", "log(1 + exp(a))", {"a": -50.0}, lambda p, d: sp.log(1 + sp.exp(p.a))),
    ("log(1 + exp) saturated at 50", "log(1 + exp(a))", {"a": 50.0}, lambda p, d: sp.log(1 + sp.exp(p.a))),
    ("exp of a large negative", "exp(a)", {"a": -50.0}, lambda p, d: sp.exp(p.a)),
    ("log of exp", "log(exp(a))", {"a": 45.0}, lambda p, d: sp.log(sp.exp(p.a))),
    ("tanh saturated in two parameters", "tanh(a b)", {"a": 5.0, "b": 4.0}, lambda p, d: sp.tanh(p.a * p.b)),
    (
        "sigmoid saturated in two parameters",
        "sigmoid(a - 3b)",
        {"a": -20.0, "b": 8.5},
        lambda p, d: sigmoid(p.a - 3 * p.b),
    ),
    (
        "saturated tanh network",
        "(1 - a tanh(b))^2",
        {"a": 0.75, "b": 21.0},
        lambda p, d: (1 - p.a * sp.tanh(p.b)) ** 2,
    ),
]:
    case(name, formula, point, loss)

# Three or more parameters.
case(
    "four parameters",
    "(a - 1)^2 + (b + 2)^2 + (c - a b)^2 + sin(c d)",
    {"a": 0.3, "b": -1.7, "c": 0.8, "d": 1.25},
    lambda p, d: (p.a - 1) ** 2 + (p.b + 2) ** 2 + (p.c - p.a * p.b) ** 2 + sp.sin(p.c * p.d),
)
case(
    "five parameters",
    "w1 w2 + w2 w3 - w3 w4 + exp(w4 w5 / 4) + (w1 + w2 + w3 + w4 + w5)^2 / 10",
    {"w1": 0.3, "w2": -1.7, "w3": 0.8, "w4": 1.25, "w5": -0.6},
    lambda p, d: p.w1 * p.w2
    + p.w2 * p.w3
    - p.w3 * p.w4
    + sp.exp(p.w4 * p.w5 / 4)
    + (p.w1 + p.w2 + p.w3 + p.w4 + p.w5) ** 2 / 10,
)
case(
    "natural order of parameters: w2 before w10",
    "(w2 - w10)^2 + w1 w10 + sin(w2)",
    {"w1": 0.3, "w2": -1.7, "w10": 0.8},
    lambda p, d: (p.w2 - p.w10) ** 2 + p.w1 * p.w10 + sp.sin(p.w2),
)

# Data tables.
REGRESSION = {"x": [0.5, 1.5, -1.0, 2.25], "y": [1.2, 2.9, -1.1, 4.0]}
case(
    "linear regression, sum of squares",
    "sum((y - (w x + b))^2)",
    {"b": 0.3, "w": 1.7},
    lambda p, d: d.sum(lambda r: (r.y - (p.w * r.x + p.b)) ** 2),
    REGRESSION,
)
case(
    "linear regression, mean squared error",
    "mean((y - w x - b)^2)",
    {"b": -0.4, "w": 0.9},
    lambda p, d: d.mean(lambda r: (r.y - p.w * r.x - p.b) ** 2),
    REGRESSION,
)
case(
    "logistic loss",
    "mean(log(1 + exp(-y (w x + b))))",
    {"b": 0.3, "w": -0.8},
    lambda p, d: d.mean(lambda r: sp.log(1 + sp.exp(-r.y * (p.w * r.x + p.b)))),
    {"x": [0.5, -1.2, 2.0, 0.3, -0.7], "y": [1.0, -1.0, 1.0, -1.0, 1.0]},
)
case(
    "data outside any aggregate: implicit mean over the rows",
    "(y - w x)^2",
    {"w": 0.7},
    lambda p, d: d.mean(lambda r: (r.y - p.w * r.x) ** 2),
    {"x": [0.5, 1.5, -1.0], "y": [0.9, 2.1, -0.4]},
)
case(
    "sum plus a penalty on the parameter",
    "sum((y - w x)^2) + 0.1 w^2",
    {"w": 0.7},
    lambda p, d: d.sum(lambda r: (r.y - p.w * r.x) ** 2) + Q("0.1") * p.w**2,
    {"x": [0.5, 1.5, -1.0], "y": [0.9, 2.1, -0.4]},
)
case(
    "implicit mean around an explicit sum",
    "(y - w x - b)^2 + 0.1 sum(x^2) w^2",
    {"b": 0.3, "w": 1.7},
    # Each row's term contains the whole-table sum, which is the same for every row.
    lambda p, d: d.mean(lambda r: (r.y - p.w * r.x - p.b) ** 2 + Q("0.1") * d.sum(lambda s: s.x**2) * p.w**2),
    REGRESSION,
)
case(
    "tiny neural network",
    "mean((y - a tanh(b x + c))^2)",
    {"a": 1.3, "b": -0.8, "c": 0.25},
    lambda p, d: d.mean(lambda r: (r.y - p.a * sp.tanh(p.b * r.x + p.c)) ** 2),
    {"x": [-2.0, -0.75, 0.1, 1.2, 2.5], "y": [1.1, 0.4, 0.3, -0.6, -1.2]},
)

# Networks as the network builder spells them (`network::formula`); tests/it/network.rs
# checks the tape built straight from the layers against these rows too.
case(
    "network 1-2-1, tanh, biases, squared error",
    "(y - (w2_1_1*tanh(w1_1_1*x + b1_1) + w2_1_2*tanh(w1_2_1*x + b1_2) + b2_1))^2",
    {"b1_1": 0.1, "b1_2": -0.35, "b2_1": 0.2, "w1_1_1": 0.9, "w1_2_1": -1.3, "w2_1_1": 0.75, "w2_1_2": 1.1},
    lambda p, d: d.mean(
        lambda r: (
            r.y
            - (
                p["w2_1_1"] * sp.tanh(p["w1_1_1"] * r.x + p["b1_1"])
                + p["w2_1_2"] * sp.tanh(p["w1_2_1"] * r.x + p["b1_2"])
                + p["b2_1"]
            )
        )
        ** 2
    ),
    {"x": [-1.5, 0.25, 1.75], "y": [0.6, -0.2, 0.9]},
)


def xor_network_output(p, r):
    """The 2-2-1 sigmoid network's output (a logit) on row r."""
    h1 = sigmoid(p["w1_1_1"] * r.x1 + p["w1_1_2"] * r.x2 + p["b1_1"])
    h2 = sigmoid(p["w1_2_1"] * r.x1 + p["w1_2_2"] * r.x2 + p["b1_2"])
    return p["w2_1_1"] * h1 + p["w2_1_2"] * h2 + p["b2_1"]


case(
    "network 2-2-1, sigmoid, biases, cross-entropy on XOR",
    "softplus(w2_1_1*sigmoid(w1_1_1*x1 + w1_1_2*x2 + b1_1) + w2_1_2*sigmoid(w1_2_1*x1 + w1_2_2*x2 + b1_2) + b2_1)"
    " - y*(w2_1_1*sigmoid(w1_1_1*x1 + w1_1_2*x2 + b1_1) + w2_1_2*sigmoid(w1_2_1*x1 + w1_2_2*x2 + b1_2) + b2_1)",
    {"b1_1": 0.15, "b1_2": -0.4, "b2_1": 0.3, "w1_1_1": 1.2, "w1_1_2": -0.7, "w1_2_1": 0.45, "w1_2_2": 0.95, "w2_1_1": -1.1, "w2_1_2": 0.8},
    # −[y log σ(f) + (1 − y) log(1 − σ(f))] = softplus(f) − y·f.
    lambda p, d: d.mean(lambda r: softplus(xor_network_output(p, r)) - r.y * xor_network_output(p, r)),
    {"x1": [0.0, 0.0, 1.0, 1.0], "x2": [0.0, 1.0, 0.0, 1.0], "y": [0.0, 1.0, 1.0, 0.0]},
)

# Unicode parameters.
case(
    "Greek parameters with subscripts",
    "(θ₁ - 1)^2 + θ₂^2",
    {"θ1": 0.3, "θ2": -1.7},
    lambda p, d: (p["θ1"] - 1) ** 2 + p["θ2"] ** 2,
)
case(
    "Greek parameters α and β",
    "α^2 β + sin(β)",
    {"α": 0.7, "β": -0.4},
    lambda p, d: p["α"] ** 2 * p["β"] + sp.sin(p["β"]),
)


# --- Natural order ------------------------------------------------------------------------


def natural_cmp(a, b):
    """Digit runs compare as numbers (`w2` < `w10`), everything else by code point."""

    def chunks(s):
        out, cur = [], ""
        for c in s:
            if cur and (c.isascii() and c.isdigit()) != (cur[-1].isascii() and cur[-1].isdigit()):
                out.append(cur)
                cur = ""
            cur += c
        return out + ([cur] if cur else [])

    for x, y in zip(chunks(a), chunks(b)):
        if x.isascii() and x.isdigit() and y.isascii() and y.isdigit():
            order = (int(x) > int(y)) - (int(x) < int(y)) or (len(x) > len(y)) - (len(x) < len(y))
        else:
            order = (x > y) - (x < y)
        if order:
            return order
    return (len(chunks(a)) > len(chunks(b))) - (len(chunks(a)) < len(chunks(b)))


def natural_sorted(names):
    return sorted(names, key=functools.cmp_to_key(natural_cmp))


# --- Cross-check only: a numeric evaluator of the formula language ------------------------


class FormulaChecker:
    """Evaluates a formula string with mpmath. Used only to cross-check the hand-written
    SymPy expressions (same parameters, same values, same finite differences)."""

    FUNCTIONS = {
        "sin": mpmath.sin,
        "cos": mpmath.cos,
        "tan": mpmath.tan,
        "exp": mpmath.exp,
        "log": mpmath.log,
        "ln": mpmath.log,
        "sqrt": mpmath.sqrt,
        "abs": abs,
        "tanh": mpmath.tanh,
        "sigmoid": lambda x: 1 / (1 + mpmath.exp(-x)),
        "relu": lambda x: max(mpmath.mpf(0), x),
        "softplus": lambda x: mpmath.log(1 + mpmath.exp(x)),
        "min": min,
        "max": max,
    }
    AGGREGATES = ("sum", "mean")
    SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
    SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    OPERATORS = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/", "^": "^"}

    def __init__(self, formula, columns):
        self.tokens = self.lex(formula)
        self.pos = 0
        self.tree = self.parse_sum()
        assert self.peek()[0] == "end", f"trailing input in {formula!r}: {self.tokens[self.pos:]}"
        self.columns = columns
        names = set()
        self.collect(self.tree, names)
        self.params = natural_sorted(n for n in names if n not in columns and n not in ("pi", "π", "e"))
        self.implicit_mean = self.data_outside_aggregate(self.tree)

    @classmethod
    def lex(cls, text):
        tokens, i = [], 0
        text = unicodedata.normalize("NFC", text)
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isascii() and c.isdigit() or c == "." and text[i + 1 : i + 2].isdigit():
                j = i
                while j < len(text) and (text[j].isascii() and text[j].isdigit() or text[j] == "."):
                    j += 1
                if j < len(text) and text[j] in "eE":
                    k = j + 1 + (text[j + 1 : j + 2] in ("+", "-"))
                    if text[k : k + 1].isascii() and text[k : k + 1].isdigit():
                        j = k
                        while j < len(text) and text[j].isascii() and text[j].isdigit():
                            j += 1
                tokens.append(("num", text[i:j]))  # converted when evaluated, at the working precision
                i = j
            elif c.isalpha() or c == "_":
                name, subscripted = "", False
                while i < len(text):
                    c = text[i]
                    if c in cls.SUBSCRIPTS:
                        name += str(cls.SUBSCRIPTS.index(c))
                        subscripted = True
                    elif subscripted or c in cls.SUPERSCRIPTS:
                        break
                    elif c.isalnum() or c == "_" or unicodedata.combining(c):
                        name += c
                    else:
                        break
                    i += 1
                name = unicodedata.normalize("NFC", name)
                if text[i : i + 1] == "(" and name not in cls.FUNCTIONS and name not in cls.AGGREGATES:
                    raise ValueError(f"{name}( is a call of an unknown function in {text!r}")
                tokens.append(("name", name))
            elif c in cls.SUPERSCRIPTS:
                j = i
                while j < len(text) and text[j] in cls.SUPERSCRIPTS:
                    j += 1
                tokens.append(("sup", int("".join(str(cls.SUPERSCRIPTS.index(s)) for s in text[i:j]))))
                i = j
            elif text.startswith("**", i):
                tokens.append(("op", "^"))
                i += 2
            elif c in cls.OPERATORS:
                tokens.append(("op", cls.OPERATORS[c]))
                i += 1
            elif c in "(),":
                tokens.append(("op", c))
                i += 1
            else:
                raise ValueError(f"unexpected {c!r} in {text!r}")
        return tokens + [("end", None)]

    def peek(self):
        return self.tokens[self.pos]

    def take(self, op=None):
        token = self.tokens[self.pos]
        if op is not None:
            assert token == ("op", op), f"expected {op!r}, got {token}"
        self.pos += 1
        return token

    def parse_sum(self):
        left = self.parse_product()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            left = (op, left, self.parse_product())
        return left

    def parse_product(self):
        left = self.parse_unary()
        while True:
            kind, value = self.peek()
            if kind == "op" and value in ("*", "/"):
                self.take()
                left = (value, left, self.parse_unary())
            elif kind in ("num", "name") or (kind, value) == ("op", "("):
                left = ("*", left, self.parse_power())  # implicit multiplication
            else:
                return left

    def parse_unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.parse_unary())
        if self.peek() == ("op", "+"):
            self.take()
            return self.parse_unary()
        return self.parse_power()

    def parse_power(self):
        base = self.parse_primary()
        if self.peek()[0] == "sup":
            base = ("^", base, ("num", str(self.take()[1])))
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.parse_unary())  # right-associative; binds tighter than unary minus
        return base

    def parse_primary(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if value in self.FUNCTIONS or value in self.AGGREGATES:
                self.take("(")
                args = [self.parse_sum()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.parse_sum())
                self.take(")")
                return ("call", value, args)
            return ("name", value)
        if (kind, value) == ("op", "("):
            inner = self.parse_sum()
            self.take(")")
            return inner
        raise ValueError(f"unexpected {(kind, value)}")

    def collect(self, node, names):
        if node[0] == "name":
            names.add(node[1])
        elif node[0] == "call":
            for arg in node[2]:
                self.collect(arg, names)
        elif node[0] != "num":
            for child in node[1:]:
                self.collect(child, names)

    def data_outside_aggregate(self, node):
        if node[0] == "name":
            return node[1] in self.columns
        if node[0] == "call":
            return node[1] not in self.AGGREGATES and any(map(self.data_outside_aggregate, node[2]))
        if node[0] == "num":
            return False
        return any(map(self.data_outside_aggregate, node[1:]))

    def value(self, theta):
        """The loss at θ (a list of mpf in the order of self.params)."""
        env = dict(zip(self.params, theta), pi=mpmath.pi, π=mpmath.pi, e=mpmath.e)
        rows = max((len(v) for v in self.columns.values()), default=0)
        if self.implicit_mean:
            return mpmath.fsum(self.eval(self.tree, env, i) for i in range(rows)) / rows
        return self.eval(self.tree, env, None)

    def eval(self, node, env, row):
        kind = node[0]
        if kind == "num":
            return mpmath.mpf(node[1])
        if kind == "name":
            if node[1] in self.columns:
                return mpmath.mpf(self.columns[node[1]][row])
            return env[node[1]]
        if kind == "neg":
            return -self.eval(node[1], env, row)
        if kind == "call":
            name, args = node[1], node[2]
            if name in self.AGGREGATES:
                rows = len(next(iter(self.columns.values())))
                total = mpmath.fsum(self.eval(args[0], env, i) for i in range(rows))
                return total / rows if name == "mean" else total
            return self.FUNCTIONS[name](*(self.eval(a, env, row) for a in args))
        a, b = self.eval(node[1], env, row), self.eval(node[2], env, row)
        if kind == "^":
            result = mpmath.power(a, b)
            assert not isinstance(result, mpmath.mpc), "complex power"
            return result
        if kind == "+":
            return a + b
        if kind == "-":
            return a - b
        if kind == "*":
            return a * b
        return a / b


# --- Derivation, checks and output --------------------------------------------------------


def evaluate(expr, point):
    """`expr` at the exact point, to DIGITS significant digits, rounded to the nearest f64."""
    exact = expr.subs(point)
    if exact == 0:
        return 0.0
    value = exact.evalf(DIGITS, strict=True)
    finer = exact.evalf(DIGITS + 20, strict=True)
    assert abs(value - finer) <= sp.Float(10) ** (5 - DIGITS) * abs(finer), (expr, value, finer)
    result = float(str(value))  # decimal → f64 is correctly rounded
    assert math.isfinite(result), f"not finite: {expr} = {value}"
    return result


def derive(c):
    names = list(c["theta"])
    assert names == natural_sorted(names), f"{c['name']}: parameters not in natural order: {names}"
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    expr = c["loss"](Names(symbols), Table(c["data"]))
    assert not expr.atoms(sp.Float), f"{c['name']}: write numbers exactly (Q('0.3')), not as Python floats"
    assert expr.free_symbols == set(symbols.values()), f"{c['name']}: {expr.free_symbols} vs {names}"
    xs = [symbols[n] for n in names]
    point = {symbols[n]: sp.Rational(v) for n, v in c["theta"].items()}  # the exact f64 values
    value = evaluate(expr, point)
    gradient = [evaluate(sp.diff(expr, x), point) for x in xs]
    hessian = [[evaluate(sp.diff(expr, x, y), point) for y in xs] for x in xs]
    for i in range(len(xs)):
        for j in range(i):
            assert hessian[i][j] == hessian[j][i], c["name"]
    return expr, xs, value, gradient, hessian


def cross_check(c, expr, xs, value, gradient, hessian, rng):
    """The formula string, read by FormulaChecker, must be the same function as `expr`."""
    name = c["name"]
    checker = FormulaChecker(c["formula"], c["data"])
    assert checker.params == list(c["theta"]), f"{name}: formula has parameters {checker.params}"
    theta = [mpmath.mpf(v) for v in c["theta"].values()]
    with mpmath.workdps(60):
        # Same value at θ′ and at points nearby.
        for k in range(4):
            point = [t + (0 if k == 0 else mpmath.mpf(rng.uniform(-0.01, 0.01))) for t in theta]
            expected = expr.subs({x: sp.Rational(str(v)) for x, v in zip(xs, point)}).evalf(40)
            got = checker.value(point)
            assert abs(got - mpmath.mpf(str(expected))) <= mpmath.mpf("1e-30") * max(1, abs(got)), (
                f"{name}: formula {got} vs SymPy {expected} at {point}"
            )

        # Central differences of the formula against the SymPy gradient and Hessian.
        def f(shift):
            return checker.value([t + s for t, s in zip(theta, shift)])

        n = len(theta)
        unit = lambda i, h: [h if k == i else 0 for k in range(n)]  # noqa: E731
        plus = lambda u, v: [a + b for a, b in zip(u, v)]  # noqa: E731
        h = mpmath.mpf("1e-15")
        fd_gradient = [(f(unit(i, h)) - f(unit(i, -h))) / (2 * h) for i in range(n)]
        h = mpmath.mpf("1e-12")
        fd_hessian = [
            [
                (
                    f(plus(unit(i, h), unit(j, h)))
                    - f(plus(unit(i, h), unit(j, -h)))
                    - f(plus(unit(i, -h), unit(j, h)))
                    + f(plus(unit(i, -h), unit(j, -h)))
                )
                / (4 * h * h)
                for j in range(n)
            ]
            for i in range(n)
        ]
    assert abs(float(checker.value(theta)) - value) <= 1e-15 * max(1, abs(value)), name
    g_scale = max([1.0] + [abs(g) for g in gradient])
    for i, g in enumerate(gradient):
        assert abs(float(fd_gradient[i]) - g) <= 1e-12 * g_scale, f"{name}: g[{i}] {fd_gradient[i]} vs {g}"
    h_scale = max([1.0] + [abs(x) for row in hessian for x in row])
    for i, row in enumerate(hessian):
        for j, x in enumerate(row):
            assert abs(float(fd_hessian[i][j]) - x) <= 1e-12 * h_scale, f"{name}: H[{i}][{j}] {fd_hessian[i][j]} vs {x}"


# clippy::approx_constant (deny by default) rejects a literal that spells one of these
# constants, so the table must not contain one; pick another point if this fires.
CLIPPY_CONSTANTS = [
    (math.e, 4), (1 / math.pi, 4), (1 / math.sqrt(2), 5), (2 / math.pi, 5),
    (2 / math.sqrt(math.pi), 5), (math.pi / 2, 5), (math.pi / 3, 5), (math.pi / 4, 5),
    (math.pi / 6, 5), (math.pi / 8, 5), (math.log(10), 5), (math.log(2), 5),
    (math.log10(math.e), 5), (math.log2(math.e), 5), (math.log2(10), 5), (math.log10(2), 5),
    (math.pi, 3), (math.sqrt(2), 5), (math.tau, 3),
]  # fmt: skip


def spells_constant(literal):
    literal = literal.lstrip("-")
    for constant, min_digits in CLIPPY_CONSTANTS:
        if len(literal) > min_digits and (
            repr(constant).startswith(literal) or literal == f"{constant:.{len(literal) - 2}f}"
        ):
            return True
    return False


def literal(x):
    """Shortest text that round-trips the f64, always with `.` or `e` so Rust reads an f64."""
    assert math.isfinite(x), x
    text = repr(float(x))
    if "." not in text and "e" not in text:
        text += ".0"
    assert float(text) == x
    assert not spells_constant(text), f"{text} looks like a std constant to clippy::approx_constant"
    return text


# A tiny pretty-printer that lays out the table the way rustfmt 1.x does with its default
# settings (max_width 100, array/call width 60, short array elements ≤ 10 characters laid
# out several per line), so that `cargo fmt` leaves the generated file alone.
MAX_WIDTH = 100
LIST_WIDTH = 60
SHORT_ITEM = 10


class Lit(str):
    pass


class Arr(list):
    pass


class Tup(list):
    pass


def flat(node):
    if isinstance(node, Arr):
        return "&[" + ", ".join(map(flat, node)) + "]"
    if isinstance(node, Tup):
        return "(" + ", ".join(map(flat, node)) + ")"
    return node


def one_line_ok(node):
    if isinstance(node, (Arr, Tup)):
        return all(map(one_line_ok, node)) and len(", ".join(map(flat, node))) <= LIST_WIDTH
    return True


def layout(node, indent, prefix, suffix):
    """Lines for `prefix` + node + `suffix`, the first line starting at `indent`."""
    pad = " " * indent
    if not isinstance(node, (Arr, Tup)):
        # A literal too long for the line stays whole, as rustfmt leaves a long string.
        return [pad + prefix + node + suffix]
    text = flat(node)
    if one_line_ok(node) and indent + len(prefix) + len(text) + len(suffix) <= MAX_WIDTH:
        return [pad + prefix + text + suffix]
    inner = " " * (indent + 4)
    if isinstance(node, Arr) and len(node) == 1 and isinstance(node[0], Tup):
        # A lone tuple overflows into the brackets: `&[(` … `)]`.
        lines = [pad + prefix + "&[("]
        for item in node[0]:
            lines += layout(item, indent + 4, "", ",")
        return lines + [pad + ")]" + suffix]
    opening = "&[" if isinstance(node, Arr) else "("
    closing = "]" if isinstance(node, Arr) else ")"
    lines = [pad + prefix + opening]
    if isinstance(node, Arr) and all(isinstance(x, Lit) and len(x) <= SHORT_ITEM for x in node):
        line = ""
        for item in node:
            candidate = (line + " " if line else "") + item + ","
            if line and indent + 4 + len(candidate) > MAX_WIDTH:
                lines.append(inner + line)
                candidate = item + ","
            line = candidate
        lines.append(inner + line)
    else:
        for item in node:
            lines += layout(item, indent + 4, "", ",")
    return lines + [pad + closing + suffix]


def rust_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(rows):
    out = [
        "// @generated by tests/reference/derivatives.py (SymPy, evaluated with 50 significant digits).",
        "// Do not edit by hand: add a case to the script and run `python3 tests/reference/derivatives.py`.",
        "use super::reference::Case;",
        "",
        "pub const CASES: &[Case] = &[",
    ]
    for c, value, gradient, hessian in rows:
        data = Arr(Tup([Lit(rust_string(k)), Arr(Lit(literal(v)) for v in vs)]) for k, vs in c["data"].items())
        fields = [
            ("name", Lit(rust_string(c["name"]))),
            ("formula", Lit(rust_string(c["formula"]))),
            ("data", data),
            ("params", Arr(Lit(rust_string(p)) for p in c["theta"])),
            ("theta", Arr(Lit(literal(v)) for v in c["theta"].values())),
            ("value", Lit(literal(value))),
            ("gradient", Arr(Lit(literal(g)) for g in gradient)),
            ("hessian", Arr(Arr(Lit(literal(x)) for x in row) for row in hessian)),
        ]
        out.append("    Case {")
        for key, node in fields:
            out += layout(node, 8, key + ": ", ",")
        out.append("    },")
    out.append("];")
    return "\n".join(out) + "\n"


def main():
    rng = random.Random(20240611)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    rows = []
    for c in CASES:
        expr, xs, value, gradient, hessian = derive(c)
        cross_check(c, expr, xs, value, gradient, hessian, rng)
        rows.append((c, value, gradient, hessian))
        print(f"ok  {c['name']}", file=sys.stderr)
    OUTPUT.write_text(render(rows), encoding="utf-8")
    print(f"wrote {len(rows)} cases to {OUTPUT}", file=sys.stderr)
    if shutil.which("rustfmt"):
        check = subprocess.run(["rustfmt", "--edition", "2021", "--check", str(OUTPUT)], capture_output=True, text=True)
        if check.returncode != 0:
            print("warning: rustfmt would reformat the table:\n" + check.stdout, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
