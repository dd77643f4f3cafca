//! The grammar, read as S-expressions: precedence, associativity, implicit multiplication.

use hessian_explorer::parse;

fn check(formula: &str, expected: &str) {
    match parse(formula) {
        Ok(tree) => assert_eq!(tree.to_string(), expected, "formula {formula:?}"),
        Err(error) => panic!("{formula:?} should parse, got {error}"),
    }
}

#[test]
fn precedence_and_associativity() {
    check("1 + 2 * 3", "(+ 1 (* 2 3))");
    check("1 - 2 - 3", "(- (- 1 2) 3)");
    check("8 / 4 / 2", "(/ (/ 8 4) 2)");
    check("2^3^2", "(^ 2 (^ 3 2))");
    check("-x^2", "(- (^ x 2))");
    check("-2^-1", "(- (^ 2 (- 1)))");
    check("(1 - w1*w2)^2", "(^ (- 1 (* w1 w2)) 2)");
    check("+x", "x");
    check("a ** b", "(^ a b)");
}

#[test]
fn implicit_multiplication() {
    check("2w1", "(* 2 w1)");
    check("w₁ w₂ x", "(* (* w1 w2) x)");
    check("(a+b)(c+d)", "(* (+ a b) (+ c d))");
    check("2(x+1)", "(* 2 (+ x 1))");
    check("2x^2", "(* 2 (^ x 2))");
    check("x (y + 1)", "(* x (+ y 1))");
    check("2 sin(x)", "(* 2 (sin x))");
    check("3(a - 1)^2", "(* 3 (^ (- a 1) 2))");
}

#[test]
fn calls_names_and_pasted_symbols() {
    check("sin (x)", "(sin x)");
    check("max(a, b^2)", "(max a (^ b 2))");
    check("sum((y - w x)^2)", "(sum (^ (- y (* w x)) 2))");
    check("(ŷ − w₁w₂x)²", "(^ (- ŷ (* (* w1 w2) x)) 2)");
    check("(ŷ − w₁ w₂ x)²", "(^ (- ŷ (* (* w1 w2) x)) 2)");
    check("θ × 2 ÷ π", "(/ (* θ 2) π)");
    check("x²y", "(* (^ x 2) y)");
    check("2e", "(* 2 e)");
    check("1e-3x", "(* 0.001 x)");
    check(".5w", "(* 0.5 w)");
}

/// What a Chinese input method types: full-width brackets, operators, commas, digits and
/// letters, and the ideographic space, read as their ASCII twins.
#[test]
fn full_width_forms_from_a_chinese_input_method() {
    check("（ŷ － w₁ w₂ x）＾２", "(^ (- ŷ (* (* w1 w2) x)) 2)");
    check("max（a，b）＋１", "(+ (max a b) 1)");
    check("２ｗ１\u{3000}＊\u{3000}ｘ", "(* (* 2 w1) x)");
    check("（a＋b）／（c－d）", "(/ (+ a b) (- c d))");
}
