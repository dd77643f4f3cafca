// What an embed shows (www/embed/panels.js): ids, their canonical order, the default, and the
// URL text, through the page's URL table too.
import test from "node:test";
import assert from "node:assert/strict";
import { PANEL_IDS, DEFAULT_EMBED_PANELS, parsePanels, formatPanels, samePanels, embedPanels, hasCards } from "../../www/embed/panels.js";
import { parseHash, formatHash, defaultState } from "../../www/app/url-state.js";

test("panels= reads any order, writes the canonical one, refuses unknown ids and an empty list", () => {
  assert.deepEqual(parsePanels("verdict, plot"), ["plot", "verdict"]);
  assert.equal(formatPanels(["numbers", "plot", "quiz"]), "plot,numbers,quiz");
  assert.throws(() => parsePanels("plot,chart"), /unknown panel chart/);
  assert.throws(() => parsePanels(" , "), /no panel/);
  assert.deepEqual(parsePanels(PANEL_IDS.join(",")), [...PANEL_IDS]);
});

test("the embed's default is the surface, the verdict and the formula; only cards go beside the surface", () => {
  assert.deepEqual(DEFAULT_EMBED_PANELS, ["plot", "verdict", "formula"]);
  assert.deepEqual(embedPanels(null), DEFAULT_EMBED_PANELS);
  assert.ok(samePanels(null, ["formula", "plot", "verdict"]));
  assert.ok(!samePanels(["plot"], null));
  assert.equal(hasCards(["plot", "legend", "overlays", "export", "quiz"]), false);
  assert.equal(hasCards(["plot", "numbers"]), true);
});

test("the URL key: left out by default, written canonically, a bad value falls back with a notice", () => {
  assert.equal(formatHash(defaultState()), "");
  assert.equal(formatHash({ ...defaultState(), embed: true, panels: ["verdict", "plot"] }), "#embed=1&panels=plot,verdict");
  assert.deepEqual(parseHash("#embed=1&panels=numbers,plot").state.panels, ["plot", "numbers"]);
  const bad = parseHash("#panels=plot,wings");
  assert.equal(bad.state.panels, null);
  assert.deepEqual(bad.notices, [{ key: "panels", value: "plot,wings" }]);
});
