// The page's import graph, read from the source: no module cycle in www/, every name imported
// from a www/ module exported by it, and no export that nothing uses. A cycle makes the order
// modules run in depend on who imports first; a name imported but not exported is undefined
// at run time (ESLint does not follow imports); an unused export is dead code that still has
// to be read and kept working.
//
// Imports are found with a regular expression over `import … from "…"`, `export … from "…"`
// and `import("…")` with a literal path: the page's code only writes them so (ESLint keeps
// the rest honest). The generated www/pkg/ is outside the graph.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WWW = path.join(ROOT, "www");
const PKG = path.join(WWW, "pkg");

/** Exports kept for those outside this repository: embedders script the custom element. */
const PUBLIC_EXPORTS = new Set(["www/hessian-explorer.js HessianExplorerElement"]);

/** The .js and .mjs files under `dir`, skipping `skip` folders. */
function sourceFiles(dir, skip = []) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(full) && entry.name !== "node_modules" && entry.name !== "artifacts") files.push(...sourceFiles(full, skip));
    } else if (/\.m?js$/.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

/** The specifiers a file imports: static, re-exported and dynamic with a literal path. */
function specifiers(text) {
  const found = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gms)) found.push(m[1]);
  for (const m of text.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]);
  return found;
}

/** www's graph: file → the www files it imports (relative imports only; pkg/ left out). */
function wwwGraph() {
  const graph = new Map();
  for (const file of sourceFiles(WWW, [PKG])) {
    const text = fs.readFileSync(file, "utf8");
    const targets = specifiers(text)
      .filter((s) => s.startsWith("."))
      .map((s) => path.resolve(path.dirname(file), s))
      .filter((target) => !target.startsWith(PKG + path.sep));
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle's files, each found once (from the depth-first search's back edges). */
function cycles(graph) {
  const found = [];
  const state = new Map(); // file → "open" while on the stack, "done" after
  const stack = [];
  const visit = (file) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push(stack.slice(stack.indexOf(next)).concat(next));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const relative = (file) => path.relative(ROOT, file).split(path.sep).join("/");

test("the scan reads the graph it means to (imports found, the core imported once)", () => {
  const graph = wwwGraph();
  assert.ok(graph.size > 40, `${graph.size} modules`);
  const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
  assert.ok(edges > 100, `${edges} imports`);
  // Every relative import points at a file that exists.
  const missing = [];
  for (const [file, targets] of graph) for (const target of targets) if (!fs.existsSync(target)) missing.push(`${relative(file)} → ${relative(target)}`);
  assert.deepEqual(missing, []);
  // Only one module imports the generated core.
  const pkgImporters = sourceFiles(WWW, [PKG]).filter((file) => specifiers(fs.readFileSync(file, "utf8")).some((s) => /(^|\/)pkg\//.test(s)));
  assert.deepEqual(pkgImporters.map(relative), ["www/core/wasm.js"]);
  // The cycle search finds a cycle when there is one.
  assert.equal(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]])).length, 1);
});

test("no module cycle in www/", () => {
  assert.deepEqual(cycles(wwwGraph()).map((cycle) => cycle.map(relative).join(" → ")), []);
});

/** The names a file exports (`export function f`, `export const c`, `export { a, b as c }`, `export default`). */
function exportedNames(file) {
  const text = fs.readFileSync(file, "utf8");
  const names = new Set([...text.matchAll(/^export\s+(?:async\s+)?(?:function\*?|class|const|let)\s+(\w+)/gm)].map((m) => m[1]));
  for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm)) for (const part of m[1].split(",")) if (part.trim()) names.add(part.trim().split(/\s+as\s+/).at(-1));
  if (/^export\s+default\b/m.test(text)) names.add("default");
  return names;
}

test("every name imported from a www/ module is exported by it", () => {
  const missing = [];
  const users = sourceFiles(ROOT, [PKG, path.join(ROOT, "target"), path.join(ROOT, "dist")]).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
  for (const file of users) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bimport\s+([^;]*?)\s+from\s*["'](\.[^"']+)["']/g)) {
      const target = path.resolve(path.dirname(file), m[2]);
      if (!target.startsWith(WWW + path.sep) || target.startsWith(PKG + path.sep) || !fs.existsSync(target)) continue;
      const exported = exportedNames(target);
      const names = [...m[1].matchAll(/\{([^}]*)\}/g)].flatMap((inner) => inner[1].split(",").map((p) => p.trim().split(/\s+as\s+/)[0]).filter(Boolean));
      if (/^\w/.test(m[1])) names.push("default");
      for (const name of names) if (!exported.has(name)) missing.push(`${relative(file)}: ${name} from ${m[2]}`);
    }
  }
  assert.deepEqual(missing, []);
});

test("every export of www/ is imported somewhere (the page, its tests or its tools)", () => {
  // Who imports which names from which file, across www/, tests/ and tools/.
  const users = sourceFiles(ROOT, [PKG, path.join(ROOT, "target"), path.join(ROOT, "dist")]).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
  const imported = new Map(); // absolute file → Set of names (or "*")
  for (const file of users) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(?:import|export)\s*(\*\s*as\s*\w+|\{[^}]*\}|\w+(?:\s*,\s*\{[^}]*\})?)\s*from\s*["'](\.[^"']+)["']/g)) {
      const target = path.resolve(path.dirname(file), m[2]);
      const names = imported.get(target) ?? new Set();
      if (m[1].startsWith("*")) names.add("*");
      for (const inner of m[1].matchAll(/\{([^}]*)\}/g)) for (const part of inner[1].split(",")) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]);
      if (/^\w+/.test(m[1])) names.add("default");
      imported.set(target, names);
    }
    // Dynamic imports in page.evaluate callbacks: `const { a, b } = await import("./x.js")`, with
    // the path relative to the page (www/index.html).
    for (const m of text.matchAll(/\{([^}]*)\}\s*=\s*await\s+import\(\s*["'](\.[^"']+)["']\s*\)/g)) {
      const target = file.startsWith(WWW) ? path.resolve(path.dirname(file), m[2]) : path.resolve(WWW, m[2]);
      const names = imported.get(target) ?? new Set();
      for (const part of m[1].split(",")) if (part.trim()) names.add(part.trim().split(/\s*:\s*/)[0]);
      imported.set(target, names);
    }
    for (const m of text.matchAll(/(\w+)\s*=\s*await\s+import\(\s*["'](\.[^"']+)["']\s*\)/g)) {
      const target = file.startsWith(WWW) ? path.resolve(path.dirname(file), m[2]) : path.resolve(WWW, m[2]);
      imported.set(target, new Set([...(imported.get(target) ?? []), "*"]));
    }
  }
  const unused = [];
  for (const file of sourceFiles(WWW, [PKG])) {
    const text = fs.readFileSync(file, "utf8");
    const names = imported.get(file) ?? new Set();
    if (names.has("*")) continue;
    for (const m of text.matchAll(/^export\s+(?:async\s+)?(?:function\*?|class|const|let)\s+(\w+)/gm)) {
      const id = `${relative(file)} ${m[1]}`;
      if (!names.has(m[1]) && !PUBLIC_EXPORTS.has(id)) unused.push(id);
    }
    if (/^export\s+default\b/m.test(text) && !names.has("default")) unused.push(`${relative(file)} default`);
  }
  assert.deepEqual(unused, []);
});

/** The most lines a page module may have (string tables aside), and the boot file's own bound. */
const MAX_LINES = 400;
const MAX_BOOT_LINES = 300;
const STRING_TABLES = path.join(WWW, "i18n", "strings") + path.sep;

test("no www/ module is longer than a reader takes in at once; main.js only boots", () => {
  const lines = (file) => fs.readFileSync(file, "utf8").split("\n").length - 1;
  const long = sourceFiles(WWW, [PKG])
    .filter((file) => !file.startsWith(STRING_TABLES) && lines(file) > MAX_LINES)
    .map((file) => `${relative(file)}: ${lines(file)} lines`);
  assert.deepEqual(long, []);
  const boot = lines(path.join(WWW, "main.js"));
  assert.ok(boot <= MAX_BOOT_LINES, `www/main.js: ${boot} lines`);
});
