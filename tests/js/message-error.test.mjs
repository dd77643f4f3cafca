// Errors told in the reader's language (www/i18n/message-error.js): the string's key and vars
// travel, the words are chosen when shown; a var given in both languages is taken in the one shown.
//
// Run: node --test tests/js/message-error.test.mjs
import test from "node:test";
import assert from "node:assert/strict";
import { MessageError, messageIn } from "../../www/i18n/message-error.js";

test("the key and vars travel; the words come in the language asked for", () => {
  const error = new MessageError("tourStepFormula", { n: 2, formula: "w1^^2", start: 4, end: 4, message: { en: "expected a value", zh: "这里需要一个值" } });
  assert.ok(error instanceof Error);
  assert.deepEqual([error.key, error.vars.n], ["tourStepFormula", 2]);
  assert.equal(messageIn(error, "en"), "step 2: the formula “w1^^2” has an error at characters 4–4: expected a value");
  assert.equal(messageIn(error, "zh"), "第 2 步：公式“w1^^2”在第 4–4 个字符有错误：这里需要一个值");
  assert.equal(messageIn(new MessageError("tourStepData", { n: 1, message: { en: "only English" } }), "zh"), "第 1 步：only English", "a var in one language is shown as it is");
  assert.equal(messageIn(new MessageError("tourEmpty"), "en"), "it has no steps.");
});
