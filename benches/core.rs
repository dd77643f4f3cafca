//! Native benchmarks: `cargo bench --bench core` (or `./build.sh bench`) prints a table.
//!
//! Medians of repeated runs, after a warm-up. The grid is compared with the same formula
//! hand-written as a Rust closure over the same points, so the ratio is the price of
//! interpreting the tape.

use std::hint::black_box;
use std::time::Instant;

use hessian_explorer::analysis::linalg::{eigenvalues, Eigen};
use hessian_explorer::eval::autodiff;
use hessian_explorer::network::{
    dataset, initial_point, Activation, DatasetOptions, LossFunction, NetworkSpec,
};
use hessian_explorer::{Data, GridSpec, Loss, Tolerances, Window};

/// The median time of `runs` calls, in milliseconds.
fn median_ms(runs: usize, f: impl FnMut()) -> f64 {
    min_median_ms(runs, f).1
}

/// The fastest and the median time of `runs` calls after one warm-up, in milliseconds (on a
/// shared machine the minimum is the steadier figure).
fn min_median_ms(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    f();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[0], times[runs / 2])
}

const SIDE: usize = 512;

fn closure_grid(range: (f64, f64), f: impl Fn(f64, f64) -> f64) -> Vec<f64> {
    let xs: Vec<f64> = (0..SIDE)
        .map(|i| GridSpec::coordinate(range, SIDE, i))
        .collect();
    let mut out = Vec::with_capacity(SIDE * SIDE);
    for j in 0..SIDE {
        let y = GridSpec::coordinate(range, SIDE, j);
        out.extend(xs.iter().map(|&x| f(x, y)));
    }
    out
}

fn bench_grid(name: &str, formula: &str, range: (f64, f64), f: impl Fn(f64, f64) -> f64 + Copy) {
    let loss = Loss::new(formula).unwrap();
    let spec = GridSpec {
        x: 0,
        y: Some(1),
        x_range: range,
        y_range: range,
        nx: SIDE,
        ny: SIDE,
        at: vec![0.0, 0.0],
    };
    let tape = median_ms(21, || {
        black_box(loss.grid(black_box(&spec)).unwrap());
    });
    let closure = median_ms(21, || {
        black_box(closure_grid(black_box(range), f));
    });
    let a = loss.grid(&spec).unwrap();
    let b = closure_grid(range, f);
    let diff = a
        .iter()
        .zip(&b)
        .map(|(x, y)| (x - y).abs() / y.abs().max(1.0))
        .fold(0.0, f64::max);
    println!(
        "| grid 512×512: {name:<34} | {tape:>8.2} ms | {closure:>8.2} ms | {:>5.2}× | {diff:.1e} |",
        tape / closure
    );
}

fn main() {
    println!("Native benchmarks (median of 21 runs unless noted)\n");
    println!("| case | tape | closure | ratio | max rel. diff |");
    println!("|---|---|---|---|---|");
    bench_grid("(1 - w1*w2)^2", "(1 - w1*w2)^2", (-2.0, 2.0), |a, b| {
        (1.0 - a * b).powi(2)
    });
    bench_grid(
        "Himmelblau",
        "(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2",
        (-5.0, 5.0),
        |a, b| (a * a + b - 11.0).powi(2) + (a + b * b - 7.0).powi(2),
    );
    bench_grid(
        "exp·sin + tanh + log",
        "exp(-w1^2) * sin(3*w2) + tanh(w1*w2) + log(1 + w1^2 + w2^2)",
        (-2.0, 2.0),
        |a, b| (-(a * a)).exp() * (3.0 * b).sin() + (a * b).tanh() + (1.0 + a * a + b * b).ln(),
    );

    println!("\n| case | median |");
    println!("|---|---|");
    let data = Data::new()
        .with_column("x", vec![1.0])
        .with_column("y", vec![1.0]);
    let lecture = Loss::with_data("(y - w1*w2*x)^2", &data).unwrap();
    let tol = Tolerances::default();
    let runs = 2001;
    let saddle = median_ms(runs, || {
        black_box(lecture.analyze(black_box(&[0.0, 0.0]), tol).unwrap());
    });
    println!(
        "| analyze, lecture saddle (0, 0), 2 parameters | {:.2} µs |",
        saddle * 1e3
    );
    let moving = median_ms(runs, || {
        black_box(lecture.analyze(black_box(&[0.3, -0.7]), tol).unwrap());
    });
    println!(
        "| analyze, lecture non-critical (0.3, −0.7) | {:.2} µs |",
        moving * 1e3
    );
    let valley = median_ms(201, || {
        black_box(lecture.analyze(black_box(&[2.0, 0.5]), tol).unwrap());
    });
    println!(
        "| analyze, lecture valley (2, 0.5): inconclusive → refined minimum | {:.2} µs |",
        valley * 1e3
    );

    let (formula, net_data, theta) = network();
    let net = Loss::with_data(&formula, &net_data).unwrap();
    assert_eq!(net.params().len(), 50);
    let hessian = median_ms(21, || {
        black_box(net.derivatives(black_box(&theta)).unwrap());
    });
    println!(
        "| Hessian, 50 parameters × 20 rows (tape {} steps) | {:.3} ms |",
        net.tape().len(),
        hessian
    );
    let analyze = median_ms(21, || {
        black_box(net.analyze(black_box(&theta), tol).unwrap());
    });
    println!("| analyze, 50 parameters × 20 rows | {:.3} ms |", analyze);

    let window = Window {
        axes: vec![0, 1],
        ranges: vec![(-2.0, 2.0), (-2.0, 2.0)],
        at: vec![0.0, 0.0],
    };
    let points = median_ms(11, || {
        black_box(lecture.critical_points(black_box(&window), tol).unwrap());
    });
    println!(
        "| critical points, lecture in [−2, 2]² (saddle + 2 valleys) | {:.2} ms |",
        points
    );
    let himmelblau = Loss::new("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2").unwrap();
    let window = Window {
        axes: vec![0, 1],
        ranges: vec![(-5.0, 5.0), (-5.0, 5.0)],
        at: vec![0.0, 0.0],
    };
    let points = median_ms(11, || {
        black_box(himmelblau.critical_points(black_box(&window), tol).unwrap());
    });
    println!(
        "| critical points, Himmelblau in [−5, 5]² (9 points) | {:.2} ms |",
        points
    );

    bench_networks();
}

/// The networks compared with JAX (`tests/bench/network_bench.mjs` builds the same ones
/// through the JS API and hands them to `tests/bench/jax_bench.py`): 1–H–1 tanh networks'
/// squared error over the 20-row table x = −2 … 2, y = sin x (25, 97, 193 parameters) and a
/// 2–16–16–1 tanh network's cross-entropy on 100 half-moon points (337), each at its seeded
/// Glorot start (seed 1, run 0).
pub fn network_cases() -> Vec<(String, Loss, Vec<f64>)> {
    let xs: Vec<f64> = (0..20).map(|i| -2.0 + 4.0 * f64::from(i) / 19.0).collect();
    let ys: Vec<f64> = xs.iter().map(|x| x.sin()).collect();
    let table = Data::new().with_column("x", xs).with_column("y", ys);
    let moons = dataset(
        "moons",
        1,
        DatasetOptions {
            n: Some(100),
            noise: None,
        },
    )
    .unwrap();
    let spec = |inputs: &[&str], hidden: Vec<usize>, loss| NetworkSpec {
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        target: "y".into(),
        hidden,
        activation: Activation::Tanh,
        loss,
        bias: true,
    };
    let mut cases = Vec::new();
    for h in [8, 32, 64] {
        let s = spec(&["x"], vec![h], LossFunction::SquaredError);
        let loss = Loss::network(&s, &table).unwrap();
        cases.push((format!("1-{h}-1 tanh"), loss, initial_point(&s, 1, 0)));
    }
    let s = spec(&["x1", "x2"], vec![16, 16], LossFunction::CrossEntropy);
    let loss = Loss::network(&s, &moons).unwrap();
    cases.push(("2-16-16-1 tanh".to_string(), loss, initial_point(&s, 1, 0)));
    cases
}

/// Times each network case: the Hessian alone, the eigenvalues alone, the eigenvalues with
/// eigenvectors, Hessian + eigenvalues (what JAX's `eigvalsh(hessian(f))` does) and the full
/// analysis; prints a table and writes `target/bench/native-network.json` for the side-by-side
/// table of `./build.sh bench`.
fn bench_networks() {
    println!("\n| network (parameters) | Hessian | eigenvalues | eigen + vectors | Hessian + eigenvalues | analyze |");
    println!("|---|---|---|---|---|---|");
    let mut json = Vec::new();
    for (name, loss, theta) in network_cases() {
        let n = loss.params().len();
        let runs = if n > 200 { 7 } else { 21 };
        let tape = loss.tape();
        let (_, _, h) = autodiff::hessian(tape, &theta);
        let hessian = min_median_ms(runs, || {
            black_box(autodiff::hessian(tape, black_box(&theta)));
        });
        let values = min_median_ms(runs, || {
            black_box(eigenvalues(black_box(&h)));
        });
        let vectors = min_median_ms(runs, || {
            black_box(Eigen::of(black_box(&h)));
        });
        let spectrum = min_median_ms(runs, || {
            black_box(loss.spectrum(black_box(&theta), 1e-8).unwrap());
        });
        let analyze = min_median_ms(runs, || {
            black_box(
                loss.analyze(black_box(&theta), Tolerances::default())
                    .unwrap(),
            );
        });
        let cell = |(min, median): (f64, f64)| format!("{min:.3} / {median:.3} ms");
        println!(
            "| {name} ({n}) | {} | {} | {} | {} | {} |",
            cell(hessian),
            cell(values),
            cell(vectors),
            cell(spectrum),
            cell(analyze)
        );
        let pair = |(min, median): (f64, f64)| format!("{{\"min\": {min}, \"median\": {median}}}");
        let lambda = eigenvalues(&h).unwrap();
        json.push(format!(
            "\"{name}\": {{\"params\": {n}, \"hessian\": {}, \"eigenvalues\": {}, \"eigen\": {}, \"spectrum\": {}, \"analyze\": {}, \"lambda\": [{}, {}]}}",
            pair(hessian),
            pair(values),
            pair(vectors),
            pair(spectrum),
            pair(analyze),
            lambda[0],
            lambda[n - 1]
        ));
    }
    println!("(min / median of 21 runs, 7 for 337 parameters)");
    let out = std::path::Path::new("target/bench");
    if std::fs::create_dir_all(out).is_ok() {
        let text = format!("{{{}}}\n", json.join(",\n"));
        let _ = std::fs::write(out.join("native-network.json"), text);
    }
}

/// A one-hidden-layer network with 25 tanh units (50 parameters) on 20 rows: the formula,
/// its data and a fixed point.
pub fn network() -> (String, Data, Vec<f64>) {
    let terms: Vec<String> = (1..=25).map(|k| format!("a{k}*tanh(b{k}*x)")).collect();
    let formula = format!("sum((y - ({}))^2)", terms.join(" + "));
    let xs: Vec<f64> = (0..20).map(|i| -2.0 + 4.0 * f64::from(i) / 19.0).collect();
    let ys: Vec<f64> = xs.iter().map(|x| x.sin()).collect();
    let data = Data::new().with_column("x", xs).with_column("y", ys);
    let theta = (0..50).map(|i| (f64::from(i) * 0.7).sin() * 0.5).collect();
    (formula, data, theta)
}
