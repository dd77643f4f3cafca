//! Every error, as data: the input beside the code, the span's text and the message
//! (rust-analyzer's `test_data/parser/err` habit).

use hessian_explorer::{Data, Lang, Loss};

/// Checks that `formula` fails with `code`, that its span covers `culprit`, and that the
/// English message contains `words`.
fn check(formula: &str, code: &str, culprit: &str, words: &str) {
    check_with(formula, &Data::new(), code, culprit, words);
}

fn check_with(formula: &str, data: &Data, code: &str, culprit: &str, words: &str) {
    let error = match Loss::with_data(formula, data) {
        Ok(_) => panic!("{formula:?} should fail with {code}"),
        Err(error) => error,
    };
    let message = error.message(Lang::En);
    assert_eq!(error.code(), code, "{formula:?}: {message}");
    assert_eq!(
        &formula[error.span.start..error.span.end],
        culprit,
        "{formula:?}: {message}"
    );
    assert!(
        message.contains(words),
        "{formula:?}: {message:?} lacks {words:?}"
    );
    assert!(!error.message(Lang::Zh).is_empty());
}

#[test]
fn syntax_errors() {
    check("sine(x)", "unknown_function", "sine", "did you mean 'sin'?");
    check(
        "foo(x)",
        "unknown_function",
        "foo",
        "to multiply, write 'foo*(…)'",
    );
    check(
        "(1 - w",
        "unclosed_paren",
        "(",
        "expected ')' to close the '(' at 1",
    );
    check(
        "f(x) + (a b, c)",
        "unknown_function",
        "f",
        "unknown function 'f'",
    );
    check("(a, b)", "unclosed_paren", ",", "but found ','");
    check("x + 1)", "unmatched_close", ")", "no matching '('");
    check("x +", "unexpected_end", "+", "ends too early");
    check("θ₁ + (", "unexpected_end", "(", "ends too early");
    check("x * * y", "expected_operand", "*", "found '*'");
    check("x $ y", "unexpected_char", "$", "'$'");
    check("1.2.3 x", "invalid_number", "1.2.3", "not a valid number");
    check("1e999", "number_out_of_range", "1e999", "too large");
    check("x 2", "missing_operator", "2", "missing an operator");
    check("sin x", "missing_call_parens", "sin", "sin(…)");
    check("e(x+1)", "constant_called", "e", "constant");
    check(
        "max(x)",
        "wrong_arity",
        "max(x)",
        "takes 2 arguments, but 1 was given",
    );
    check(
        "sin(x, y)",
        "wrong_arity",
        "sin(x, y)",
        "takes 1 argument, but 2 were given",
    );
    check("   ", "empty", "   ", "empty");
    // Spans point at the full-width characters as typed, not at their ASCII twins.
    check(
        "（w１ ＋ ２",
        "unclosed_paren",
        "（",
        "expected ')' to close the '(' at 1",
    );
    check("w１ ＋＋＊ ２", "expected_operand", "＊", "found '＊'");
    check("sum(x^2)", "aggregate_without_data", "sum", "no data");
}

#[test]
fn data_errors_name_the_column() {
    let ragged = Data::new()
        .with_column("x", vec![1.0, 2.0])
        .with_column("y", vec![1.0]);
    check_with(
        "(y - w x)^2",
        &ragged,
        "data_length",
        "y",
        "'y' has 1 rows but 'x' has 2",
    );
    let nan = Data::new().with_column("x", vec![1.0, f64::NAN]);
    check_with("(1 - w x)^2", &nan, "data_not_finite", "x", "row 2");
    let empty = Data::new().with_column("x", vec![]);
    check_with("w x", &empty, "data_empty", "x", "no rows");
    let bad = Data::new().with_column("2x", vec![1.0]);
    check_with("w", &bad, "data_bad_name", "", "cannot name a data column");
    let twice = Data::new()
        .with_column("x", vec![1.0])
        .with_column("x₁", vec![1.0])
        .with_column("x1", vec![2.0]);
    check_with("w x", &twice, "data_duplicate", "", "appears twice");
    let rows = Data::new().with_column("x", vec![1.0, 2.0]);
    check_with(
        "sum(sum(x) w)",
        &rows,
        "nested_aggregate",
        "sum",
        "cannot be inside",
    );
}

#[test]
fn limits_give_errors_not_crashes() {
    let deep = format!("{}x{}", "(".repeat(3000), ")".repeat(3000));
    assert_eq!(Loss::new(&deep).unwrap_err().code(), "too_deep");
    let minus = format!("{}x", "-".repeat(5000));
    assert_eq!(Loss::new(&minus).unwrap_err().code(), "too_deep");
    let power = vec!["x"; 3000].join("^");
    assert_eq!(Loss::new(&power).unwrap_err().code(), "too_deep");
    let chain = vec!["x"; 2000].join("+");
    assert_eq!(Loss::new(&chain).unwrap_err().code(), "too_deep");
    let long = "x+".repeat(6000) + "x";
    assert_eq!(Loss::new(&long).unwrap_err().code(), "too_long");
    let many: Vec<String> = (0..=hessian_explorer::MAX_PARAMS)
        .map(|i| format!("p{i}"))
        .collect();
    assert_eq!(
        Loss::new(&many.join("+")).unwrap_err().code(),
        "too_many_params"
    );
    let rows = Data::new().with_column("x", (0..3000).map(f64::from).collect());
    let big = format!(
        "sum({})",
        (0..100)
            .map(|i| format!("(x - w{i})^2"))
            .collect::<Vec<_>>()
            .join("+")
    );
    let error = Loss::with_data(&big, &rows).err().map(|e| e.code());
    assert_eq!(error, Some("too_large"));
}

#[test]
fn spans_in_utf16_slice_the_culprit() {
    for (formula, culprit) in [
        ("θ₁ + (", "("),
        ("ŷ - sine(w)", "sine"),
        ("w₁ w₂ $", "$"),
        ("𝑥 + foo(1)", "foo"),
    ] {
        let error = Loss::new(formula).unwrap_err();
        let (start, end) = error.span.to_utf16(formula);
        let units: Vec<u16> = formula.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[start..end]).unwrap(),
            culprit,
            "{formula:?}"
        );
    }
}

#[test]
fn chinese_messages() {
    let error = Loss::new("sine(x)").unwrap_err();
    assert_eq!(
        error.message(Lang::Zh),
        "未知函数 'sine'（你是不是想写 'sin'？）"
    );
    assert_eq!(Lang::parse("zh-CN"), Lang::Zh);
    assert_eq!(Lang::parse("en-US"), Lang::En);
}

#[test]
fn a_count_of_one_is_singular() {
    let loss = Loss::new("x^2").unwrap();
    let error = loss
        .analyze(&[], hessian_explorer::Tolerances::default())
        .unwrap_err();
    assert_eq!(error.message(Lang::En), "θ′ needs 1 number but has 0");
    let loss = Loss::new("x^2 + y^2").unwrap();
    let error = loss
        .analyze(&[1.0], hessian_explorer::Tolerances::default())
        .unwrap_err();
    assert_eq!(error.message(Lang::En), "θ′ needs 2 numbers but has 1");
}
