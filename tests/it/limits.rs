//! No call can freeze or crash the page: work over the budget is refused, before it starts,
//! with a code; the issue's reproducers answer in bounded time.

use std::time::{Duration, Instant};

use hessian_explorer::loss::budget::{MAX_DATA_ROWS, WORK_LIMIT};
use hessian_explorer::optimize::Method;
use hessian_explorer::{Data, GridSpec, Loss, Tolerances, Window};

/// A loss over `rows` rows of data (x = i/rows, y = 1 − i/rows).
fn with_rows(formula: &str, rows: usize) -> Loss {
    let x: Vec<f64> = (0..rows).map(|i| i as f64 / rows as f64).collect();
    let y: Vec<f64> = x.iter().map(|v| 1.0 - v).collect();
    let data = Data::new().with_column("x", x).with_column("y", y);
    Loss::with_data(formula, &data).unwrap()
}

/// A formula of `terms` terms in two parameters (300 fit the formula's 10,000 bytes), every
/// step moving with both.
fn long_formula(terms: usize) -> Loss {
    let body: Vec<String> = (1..=terms)
        .map(|k| format!("sin({k} a + b) cos(a - {k} b)"))
        .collect();
    Loss::new(&body.join(" + ")).unwrap()
}

fn grid(nx: usize, ny: usize, at: Vec<f64>) -> GridSpec {
    GridSpec {
        x: 0,
        y: Some(1),
        x_range: (-1.0, 1.0),
        y_range: (-1.0, 1.0),
        nx,
        ny,
        at,
    }
}

/// Checks that `call` fails with `code` within a second.
fn check<T>(what: &str, code: &str, call: impl FnOnce() -> Result<T, String>) {
    let start = Instant::now();
    let result = call();
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{what} took {:?}",
        start.elapsed()
    );
    match result {
        Err(found) => assert_eq!(found, code, "{what}"),
        Ok(_) => panic!("{what}: expected {code}, got a value"),
    }
}

fn code<T>(result: Result<T, hessian_explorer::ArgumentError>) -> Result<T, String> {
    result.map_err(|e| e.code().to_string())
}

#[test]
fn calls_over_the_budget_are_refused_with_a_code() {
    let rows = with_rows("(y - w1*w2*x)^2", 20_000);
    let long = long_formula(300);
    check("grid nx = 4096 over 20,000 rows", "too_much_memory", || {
        code(rows.grid(&grid(4096, 2, vec![0.0, 0.0])))
    });
    check("grid 4096² over a long formula", "too_much_work", || {
        code(long.grid(&grid(4096, 4096, vec![0.0, 0.0])))
    });
    check("critical points over 20,000 rows", "too_much_work", || {
        let window = Window {
            axes: vec![0, 1],
            ranges: vec![(-2.0, 2.0), (-2.0, 2.0)],
            at: vec![0.0, 0.0],
        };
        code(rows.critical_points(&window, Tolerances::default()))
    });
    check(
        "a line of 4096 points over 20,000 rows",
        "too_much_work",
        || code(rows.line(&[0.0, 0.0], &[1.0, 1.0], (-1.0, 1.0), 4096)),
    );
    check(
        "10,000 Newton steps over 20,000 rows",
        "too_much_work",
        || code(rows.trajectory(&[0.5, 0.5], Method::Newton, 10_000, 1e-9)),
    );
    // 512 parameters: the eigen-decomposition alone (512³/2 steps) is over the limit, in an
    // analysis and in a search.
    let all: Vec<String> = (1..=512).map(|i| format!("w{i}^2")).collect();
    let most = Loss::new(&all.join(" + ")).unwrap();
    check("the analysis of 512 parameters", "too_much_work", || {
        code(most.analyze(&[0.1; 512], Tolerances::default()))
    });
    check("critical points of 512 parameters", "too_much_work", || {
        let window = Window {
            axes: vec![0, 1],
            ranges: vec![(-1.0, 1.0), (-1.0, 1.0)],
            at: vec![0.0; 512],
        };
        code(most.critical_points(&window, Tolerances::default()))
    });
}

#[test]
fn a_worker_may_raise_the_limit() {
    // 250² points of 300 terms: over the page's limit, within a worker's.
    let spec = grid(250, 250, vec![0.0, 0.0]);
    let error = long_formula(300).grid(&spec).unwrap_err();
    assert_eq!(error.code(), "too_much_work");
    assert!(
        error.to_string().contains(&WORK_LIMIT.to_string()),
        "{error}"
    );
    let raised = long_formula(300).with_work_limit(u64::MAX);
    assert_eq!(raised.grid(&spec).unwrap().len(), 250 * 250);
    // The page reads how large a grid it may ask for.
    let (points, side) = long_formula(300).grid_limits();
    assert!(points < 200 * 200 && side == 4096, "{points} {side}");
    assert!(long_formula(300)
        .grid(&grid(points / 100, 100, vec![0.0, 0.0]))
        .is_ok());
}

#[test]
fn compiling_is_linear_in_the_rows() {
    // y·sum(w) over every row: sum(w) is the same on each row and is compiled once.
    for rows in [10_000, 20_000] {
        let ones = vec![1.0; rows];
        let data = Data::new()
            .with_column("y", ones.clone())
            .with_column("w", ones);
        let start = Instant::now();
        let loss = Loss::with_data("y*sum(w)", &data).unwrap();
        assert!(
            start.elapsed() < Duration::from_millis(500),
            "{rows}: {:?}",
            start.elapsed()
        );
        // mean over the rows of y_r·Σw = Σw = rows.
        assert_eq!(loss.value(&[]).unwrap(), rows as f64);
    }
    // Eleven columns of 200,000 rows: more numbers than a table may hold.
    let long = vec![0.5; MAX_DATA_ROWS];
    let wide = (0..11).fold(Data::new(), |d, k| {
        d.with_column(format!("c{k}"), long.clone())
    });
    let error = Loss::with_data("sum(c0) w", &wide).unwrap_err();
    assert_eq!(error.code(), "data_too_large");
    let too_many = vec![0.5; MAX_DATA_ROWS + 1];
    let data = Data::new().with_column("x", too_many);
    let error = Loss::with_data("sum((x - a)^2)", &data).unwrap_err();
    assert_eq!(error.code(), "data_too_many_rows");
}

#[test]
fn the_issues_reproducers_answer() {
    // Newton from nowhere, with a negative tolerance: runs its steps, no panic.
    let constant = Loss::new("1").unwrap();
    let path = constant.trajectory(&[], Method::Newton, 200, -1.0).unwrap();
    assert!(path.points.iter().all(|p| p.is_empty()));
    // Any quiz level, seed and index.
    for (level, seed, index) in [(0, u64::MAX, u64::MAX), (1, 1 << 53, 0), (9, 7, 1 << 40)] {
        let q = hessian_explorer::quiz::question(level, seed, index);
        assert!(!q.formula.is_empty());
    }
}
