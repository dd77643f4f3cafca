// The attempts as CSV (www/quiz/attempts-csv.js), read back with an RFC 4180 parser written
// here: one row per answer in the page's language, fields with commas and quotes kept whole,
// no field a spreadsheet would run as a formula, a byte-order mark and CRLF for Excel.
import test from "node:test";
import assert from "node:assert/strict";
import { attemptsCsv, csvField, answerText } from "../../www/quiz/attempts-csv.js";
import { parseHash } from "../../www/app/url-state.js";

/** RFC 4180: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"' && text[k + 1] === '"') field += text[++k];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") rows.at(-1).push(field), (field = "");
    else if (c === "\r" && text[k + 1] === "\n") rows.at(-1).push(field), (field = ""), rows.push([]), k++;
    else field += c;
  }
  rows.pop(); // after the last CRLF
  return rows;
}

const records = [
  { formula: '-w1^2 + w2^2, "sum"', data: [], point: [0, -1.5], axes: ["w1", "w2"], window: { x0: -2, x1: 2, y0: -3, y1: 1 }, type: "classify", answer: "saddle", given: "minimum", correct: false, time: "2024-05-01T12:03:04.000Z" },
  { formula: "=HYPERLINK(\"http://x\")", data: [{ name: "x", values: [1] }], point: [1, 1], axes: ["w1", "w2"], window: { x0: -2, x1: 2, y0: -2, y1: 2 }, type: "escape", answer: "saddle", given: { direction: [0.70710678, 0.70710678], curvature: -2 }, correct: true, time: "2024-05-01T12:05:00.000Z" },
  { formula: "@w1 + w2", data: [], point: [0, 0], type: "decide", answer: "yes", given: "no", correct: false },
];

test("one row per answer, in English: link, formula, θ′, the answers, right or not, when", () => {
  const text = attemptsCsv(records, "en", "https://notes.example/he/index.html#mode=quiz&seed=3");
  assert.ok(text.startsWith("\ufeff"), "a byte-order mark: Excel reads UTF-8");
  assert.ok(text.endsWith("\r\n"));
  const rows = parseCsv(text.slice(1));
  assert.deepEqual(rows[0], ["#", "Question link", "Formula", "Point θ′", "Answer given", "Right answer", "Correct", "Time"]);
  assert.equal(rows.length, 4);
  const [, first, second, third] = rows;
  assert.equal(first[0], "1");
  assert.equal(first[2], `'-w1^2 + w2^2, "sum"`, "one field, quotes kept, the leading minus neutralised");
  assert.equal(first[3], "(0, −1.5)");
  assert.deepEqual(first.slice(4, 7), ["Local minimum", "Saddle point", "no"]);
  assert.match(first[7], /^2024-05-0[12] \d\d:\d\d:04$/);
  const link = new URL(first[1]);
  assert.equal(link.origin + link.pathname, "https://notes.example/he/index.html");
  const opened = parseHash(link.hash).state;
  assert.deepEqual([opened.formula, opened.point, opened.mode, opened.lang, opened.window], [records[0].formula, [0, -1.5], "explore", "en", records[0].window]);
  assert.equal(second[2], `'=HYPERLINK("http://x")`);
  assert.deepEqual(second.slice(4, 7), ["direction v = (0.707, 0.707), vᵀHv = −2", "a direction with vᵀHv < 0", "yes"]);
  assert.deepEqual(parseHash(new URL(second[1]).hash).state.data, [{ name: "x", values: [1] }]);
  assert.deepEqual(third.slice(2, 8), ["'@w1 + w2", "(0, 0)", "No: a zero eigenvalue leaves it open", "Yes: their signs decide", "no", ""], "a 'can the eigenvalues decide?' question in the quiz's words");
});

test("in Chinese", () => {
  const rows = parseCsv(attemptsCsv(records.slice(0, 1), "zh", "file:///notes/hessian-explorer.html").slice(1));
  assert.deepEqual(rows[0], ["序号", "题目链接", "公式", "点 θ′", "你的答案", "正确答案", "是否正确", "时间"]);
  assert.deepEqual(rows[1].slice(4, 7), ["局部最小值（local minima）", "鞍点（saddle point）", "否"]);
  assert.equal(parseHash(new URL(rows[1][1]).hash).state.lang, "zh");
});

test("fields: quoted only when needed, neutralised when a spreadsheet would evaluate them", () => {
  assert.deepEqual(["plain", "a,b", 'say "hi"', "line\nbreak", "=1+1", "+1", "-1", "@sum", "\tx", 3, null].map(csvField), ["plain", '"a,b"', '"say ""hi"""', '"line\nbreak"', "'=1+1", "'+1", "'-1", "'@sum", "'\tx", "3", ""]);
  assert.equal(answerText("en", "not_critical"), "Not a critical point");
  assert.equal(answerText("zh", "no_such_answer"), "no_such_answer");
});
