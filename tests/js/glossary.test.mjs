// Chinese as a Chinese student reads it: every zh string uses the lecture's terms, from the one
// glossary (www/i18n/glossary.js). English words of a term appear only as a gloss after the
// Chinese term, in full-width parentheses; "critical point" always as 驻点（critical point）;
// the other translations of a concept (资料, 二阶测试, 式子, 视窗, Taylor 近似, …) never.
import test from "node:test";
import assert from "node:assert/strict";
import { STRINGS } from "../../www/i18n/i18n.js";
import { GLOSSARY, CRITICAL_POINT_GLOSS } from "../../www/i18n/glossary.js";

/**
 * A string as read for its words: placeholders, quoted names (“data”, the fields of a
 * teacher's set), code in <…> and file names (hessian-explorer.html) left out.
 */
function words(text) {
  return text
    .replace(/\{\w+\}/g, " ")
    .replace(/“[^”]*”|"[^"]*"|<[^>]*>/g, " ")
    .replace(/[\w./-]+\.(?:html|js|json|zip|csv|png|svg)\b/g, " ");
}

/** The problems of one Chinese string: [message, …]. */
function problems(key, text) {
  const found = [];
  const s = words(text);
  for (const term of GLOSSARY) {
    for (const bad of term.avoid) if (s.includes(bad)) found.push(`${key}: “${bad}” (the glossary says ${term.zh})`);
    if (!term.english) continue;
    for (const m of s.matchAll(term.english)) {
      const open = s.lastIndexOf("（", m.index);
      const close = s.indexOf("）", m.index);
      const inGloss = open >= 0 && close > m.index && !s.slice(open, m.index).includes("）");
      if (!inGloss || !s.slice(0, open).includes(term.zh)) {
        found.push(`${key}: “${m[0]}” outside a gloss after ${term.zh}: ${text}`);
      } else if (term.en === "critical point" && !(s.slice(open - 2, close + 1) === CRITICAL_POINT_GLOSS)) {
        found.push(`${key}: critical point glossed as “${s.slice(open - 4, close + 1)}”, not ${CRITICAL_POINT_GLOSS}`);
      }
    }
  }
  return found;
}

test("the glossary check reads what it means to (a string of each kind of mistake is caught)", () => {
  assert.equal(problems("k", "训练资料").length, 1);
  assert.equal(problems("k", "二阶测试无法判断").length, 1);
  assert.equal(problems("k", "停下了：gradient 为零").length, 1);
  assert.equal(problems("k", "不是 critical point（驻点）").length, 1);
  assert.equal(problems("k", "驻点（critical points）").length, 1);
  assert.deepEqual(problems("k", "不是驻点（critical point）；梯度 g（gradient）；鞍点（saddle point）"), []);
  assert.deepEqual(problems("k", "第 {n} 题：“data”必须是对象"), [], "a field's name is not a word to translate");
  assert.deepEqual(problems("k", "把 hessian-explorer.html 放在同一个文件夹"), [], "nor is a file's name");
});

test("every Chinese string uses the glossary's terms", () => {
  const found = Object.entries(STRINGS.zh).flatMap(([key, text]) => problems(key, text));
  assert.deepEqual(found, []);
});

test("every term of the glossary appears in the Chinese strings as the glossary writes it", () => {
  const all = Object.values(STRINGS.zh).join("\n");
  for (const term of GLOSSARY) if (term.zh !== "loss") assert.ok(all.includes(term.zh) || term.en === "minimum ratio", `${term.zh} (${term.en}) is used`);
  assert.ok(all.includes(CRITICAL_POINT_GLOSS), "critical point is glossed where the page introduces it");
});
