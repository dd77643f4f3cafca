// The string tables (www/i18n/i18n.js): both languages with the same keys and placeholders.
import test from "node:test";
import assert from "node:assert/strict";
import { STRINGS, t, languageFor, keyCounts } from "../../www/i18n/i18n.js";

test("i18n: both languages have the same keys and the same placeholders", () => {
  const en = Object.keys(STRINGS.en).sort();
  assert.deepEqual(Object.keys(STRINGS.zh).sort(), en);
  const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
  for (const k of en) assert.equal(holes(STRINGS.zh[k]), holes(STRINGS.en[k]), k);
  for (const lang of ["en", "zh"]) {
    const twice = [...keyCounts(lang)].filter(([, n]) => n > 1).map(([k]) => k);
    assert.deepEqual(twice, [], `keys defined in more than one table (${lang})`);
  }
  assert.equal(t("en", "thetaInput", { name: "w1" }), "θ′ w1");
  assert.equal(t("en", "nope"), "⟦nope⟧");
  assert.equal(languageFor("zh-CN"), "zh");
  assert.equal(languageFor("zh-Hant-TW"), "zh");
  assert.equal(languageFor("en-US"), "en");
  assert.equal(languageFor(undefined), "en");
});
