//! The syntax tree handed to the page (`formula::tree`): implicit products marked, constants
//! known, offsets in UTF-16 code units, errors the same as the parser's. Read as S-expressions
//! where a product typed without `*` prints as `·`.

use hessian_explorer::formula::tree::{formula_tree, Node};
use hessian_explorer::parse;

/// The tree as an S-expression: `(· 2 w1)` for an implicit product, `pi!` for a constant.
fn sexp(node: &Node) -> String {
    match node {
        Node::Number { value, .. } => format!("{value}"),
        Node::Name { name, constant, .. } => format!("{name}{}", if *constant { "!" } else { "" }),
        Node::Neg { operand, .. } => format!("(- {})", sexp(operand)),
        Node::Binary {
            op,
            implicit,
            left,
            right,
            ..
        } => {
            let op = if *implicit { "·" } else { op };
            format!("({op} {} {})", sexp(left), sexp(right))
        }
        Node::Call { name, args, .. } => {
            let args: Vec<String> = args.iter().map(sexp).collect();
            format!("({name} {})", args.join(" "))
        }
    }
}

fn check(formula: &str, expected: &str) {
    match formula_tree(formula) {
        Ok(tree) => assert_eq!(sexp(&tree), expected, "formula {formula:?}"),
        Err(error) => panic!("{formula:?} should parse, got {error}"),
    }
}

#[test]
fn products_typed_without_a_star_are_marked() {
    check("w₁w₂x", "(· (· w1 w2) x)");
    check("w₁ w₂ x", "(· (· w1 w2) x)");
    check("2w1*x", "(* (· 2 w1) x)");
    check("(a+b)(c+d)", "(· (+ a b) (+ c d))");
    check("(a*b)c", "(· (* a b) c)");
    check("2 sin(x)", "(· 2 (sin x))");
    check("w1 × w2 · w3", "(* (* w1 w2) w3)");
    check("w1＊w2", "(* w1 w2)");
    check("(ŷ - w₁ w₂ x)^2", "(^ (- ŷ (· (· w1 w2) x)) 2)");
}

#[test]
fn the_tree_is_the_parsers() {
    check("-x^2", "(- (^ x 2))");
    check("2^3^2", "(^ 2 (^ 3 2))");
    check("x²", "(^ x 2)");
    check("+x", "x");
    check("sin(pi x) + e", "(+ (sin (· pi! x)) e!)");
    check("max(a, b^2)", "(max a (^ b 2))");
    check("mean((y - w x)^2)", "(mean (^ (- y (· w x)) 2))");
}

#[test]
fn offsets_are_utf16_code_units() {
    let spans = |formula: &str| -> Vec<(usize, usize)> {
        let Node::Binary { left, right, .. } = formula_tree(formula).unwrap() else {
            panic!("{formula:?} is not a sum")
        };
        [*left, *right]
            .iter()
            .map(|node| match node {
                Node::Name { start, end, .. } => (*start, *end),
                other => panic!("not a name: {other:?}"),
            })
            .collect()
    };
    assert_eq!(spans("θ₁ + w2"), [(0, 2), (5, 7)]);
    // An astral character counts two units, as in a JavaScript string.
    assert_eq!(spans("𝑥 + w2"), [(0, 2), (5, 7)]);
}

#[test]
fn errors_are_the_parsers() {
    for bad in ["sine(x)", "(w1 + w2", "", "w1 +", "2 3"] {
        let tree = formula_tree(bad).unwrap_err();
        let parsed = parse(bad).unwrap_err();
        assert_eq!(
            (tree.code(), tree.span),
            (parsed.code(), parsed.span),
            "{bad:?}"
        );
    }
}
