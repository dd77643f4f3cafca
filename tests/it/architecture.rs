//! The shape of `src/`, checked: no module depends on itself through others (a cycle makes
//! the layers of the architecture meaningless), and no file grows past what a reader takes
//! in at once.
//!
//! Inside the crate a module names what it uses by the path of the file that defines it
//! (`crate::analysis::verdict::Kind`, not the re-export `crate::analysis::Kind`); re-exports
//! in `mod.rs` and `lib.rs` are for callers outside. So every `crate::…` path is an edge to
//! the file it names, and every `pub use child::…` in a `mod.rs` an edge to that child.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The most lines a source file may have; tables of data (the messages) are exempt.
const MAX_LINES: usize = 400;
const DATA_TABLES: &[&str] = &["error::messages"];

/// Every module of the crate (`formula::lexer`, `analysis`, …) with its source text.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                let mut inner = prefix.to_vec();
                inner.push(name);
                walk(&path, &inner, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut segments = prefix.to_vec();
                if name != "mod" && name != "lib" {
                    segments.push(name);
                }
                out.insert(segments.join("::"), fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &[], &mut out);
    out
}

/// The code of a file without its comments (doc comments name paths in prose).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules `module` uses, each resolved to the longest module path that is a file.
fn dependencies(module: &str, text: &str, all: &BTreeMap<String, String>) -> BTreeSet<String> {
    let resolve = |segments: &[&str]| -> Option<String> {
        (1..=segments.len())
            .rev()
            .map(|k| segments[..k].join("::"))
            .find(|path| all.contains_key(path))
    };
    let mut out = BTreeSet::new();
    let code = code(text);
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let path: Vec<&str> = rest
            .split("::")
            .map(|s| {
                s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")
            })
            .take_while(|s| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_lowercase() || c == '_' || c.is_ascii_digit())
            })
            .collect();
        if let Some(target) = resolve(&path) {
            out.insert(target);
        }
    }
    // A folder's mod.rs re-exporting its children depends on them.
    for line in code.lines() {
        if let Some(rest) = line.trim().strip_prefix("pub use ") {
            let child = rest.split("::").next().unwrap_or("");
            let path = if module.is_empty() {
                child.to_string()
            } else {
                format!("{module}::{child}")
            };
            if all.contains_key(&path) {
                out.insert(path);
            }
        }
    }
    out.remove(module);
    out
}

#[test]
fn no_module_cycle() {
    let all = modules();
    let graph: BTreeMap<&str, BTreeSet<String>> = all
        .iter()
        .filter(|(module, _)| !module.is_empty()) // lib.rs only re-exports
        .map(|(module, text)| (module.as_str(), dependencies(module, text, &all)))
        .collect();
    // Depth-first search; `stack` is the current path, so a back edge shows the cycle.
    fn visit<'a>(
        node: &'a str,
        graph: &'a BTreeMap<&str, BTreeSet<String>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(start) = stack.iter().position(|n| *n == node) {
            panic!("module cycle: {} → {node}", stack[start..].join(" → "));
        }
        stack.push(node);
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done);
        }
        stack.pop();
        done.insert(node);
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, &graph, &mut Vec::new(), &mut done);
    }
    assert!(graph.len() > 20, "the walk found the modules");
}

#[test]
fn no_file_is_too_long() {
    for (module, text) in modules() {
        let lines = text.lines().count();
        assert!(
            lines <= MAX_LINES || DATA_TABLES.contains(&module.as_str()),
            "{module} has {lines} lines (at most {MAX_LINES}): split it by concept"
        );
    }
}
