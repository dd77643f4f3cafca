// Languages: every string key the page uses exists in English and in 简体中文.
//
// Two nets. Here, a static scan of www/**/*.js and *.html for the keys written in the code:
// the string literals in the key argument of t() (including both arms of a ternary), the
// fixed prefix of template keys (`kind_${kind}`: some key with that prefix must exist), and
// data-i18n / data-i18n-label attributes. The other net is in the browser
// (tests/browser/i18n-keys.test.mjs): no ⟦missing key⟧ on the page in either language.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STRINGS } from "../../www/i18n/i18n.js";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));

/** www's own source files (not the generated pkg/, not the string tables themselves). */
function sourceFiles(dir = WWW) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!["pkg", "strings"].includes(entry.name)) files.push(...sourceFiles(full));
    } else if (/\.(js|html)$/.test(entry.name) && full !== path.join(WWW, "i18n", "i18n.js")) {
      files.push(full);
    }
  }
  return files;
}

/** The text of the argument list starting at `open` (an index just after "("), to its ")". */
function argumentsAt(text, open) {
  let depth = 1;
  let quote = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return text.slice(open, i);
    }
  }
  return "";
}

/** The second top-level argument of an argument list (the key, in t(lang, key, vars)). */
function secondArgument(args) {
  let depth = 0;
  let quote = null;
  const commas = [];
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) commas.push(i);
  }
  if (commas.length === 0) return "";
  return args.slice(commas[0] + 1, commas[1] ?? args.length).trim();
}

/** Keys used in the code: { exact: Map key → file, prefixes: Map prefix → file }. */
function usedKeys() {
  const exact = new Map();
  const prefixes = new Map();
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(file, "utf8");
    const where = path.relative(WWW, file);
    // t itself, or the name it is imported as (import { t as tr } from "./i18n.js").
    const names = ["t", ...[...text.matchAll(/import\s*\{[^}]*\bt\s+as\s+(\w+)[^}]*\}\s*from\s*["'][^"']*i18n\.js["']/g)].map((m) => m[1])];
    for (const name of names) {
      for (const call of text.matchAll(new RegExp(`(?<![\\w.$])${name}\\(`, "g"))) {
        const key = secondArgument(argumentsAt(text, call.index + call[0].length));
        // Literals compared in a ternary's condition (q.type === "escape" ? …) are not keys.
        for (const literal of key.matchAll(/(?<![=!]==?\s*)"(\w+)"(?!\s*[=!]==?)/g)) exact.set(literal[1], where);
        for (const template of key.matchAll(/`(\w*)\$\{/g)) if (template[1]) prefixes.set(template[1], where);
      }
    }
    for (const attr of text.matchAll(/data-i18n(?:-label)?="(\w+)"/g)) exact.set(attr[1], where);
    for (const attr of text.matchAll(/"data-i18n(?:-label)?":\s*"(\w+)"/g)) exact.set(attr[1], where);
  }
  return { exact, prefixes };
}

test("the scan finds the keys (it reads the code it means to)", () => {
  const { exact, prefixes } = usedKeys();
  // A few keys known to be used in different ways: direct, attribute, ternary, aliased import.
  for (const key of ["noParams", "title", "quizTabQuiz", "shareCopied", "shareCopyByHand", "shareCopyLink"]) assert.ok(exact.has(key), key);
  for (const prefix of ["kind_", "verdict_", "quizAnswer_"]) assert.ok(prefixes.has(prefix), prefix);
  assert.ok(exact.size > 150, `${exact.size} keys found`);
});

test("every key used in www/ exists in English and in Chinese", () => {
  const { exact, prefixes } = usedKeys();
  const missing = [];
  for (const lang of ["en", "zh"]) {
    for (const [key, file] of exact) if (!(key in STRINGS[lang])) missing.push(`${lang}: ${key} (${file})`);
    for (const [prefix, file] of prefixes) {
      if (!Object.keys(STRINGS[lang]).some((k) => k.startsWith(prefix))) missing.push(`${lang}: ${prefix}… (${file})`);
    }
  }
  assert.deepEqual(missing, []);
  // And no string is left untranslated by accident: a Chinese string equal to the English
  // one is only fine when it has no letters to translate (symbols, names, formulas).
  const same = Object.keys(STRINGS.en).filter((k) => STRINGS.zh[k] === STRINGS.en[k] && /[A-Za-z]{4,}/.test(STRINGS.en[k].replace(/\{\w+\}/g, "")));
  assert.deepEqual(same, [], "Chinese strings that are still the English text");
});
