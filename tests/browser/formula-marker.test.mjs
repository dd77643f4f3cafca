// The formula box's error marker under full-width characters (what a Chinese input method
// types): the core reads （ ） ＋ ＊ and full-width digits as their ASCII twins, and the marker
// lies on the character it names, whether the text fits or scrolls, at 1280 px and on a phone.
//
// Checked by pixels: the box is photographed with the marker hidden, the ink of the glyph under
// the marker's middle is found, and that glyph must lie within the marker.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, screenshot } from "./harness.mjs";

const h = useHarness();

/**
 * The ink columns (page x) of the formula text in the row through the marker's middle, read
 * from a screenshot taken with the marker transparent, and the marker's box.
 */
async function inkUnderMarker(page) {
  const mark = page.locator("#formula-mirror mark");
  const box = await mark.boundingBox();
  const input = await page.locator("#formula").boundingBox();
  // Only the input's own glyphs in the picture (CSSOM styles: the page's CSP allows no <style>).
  await page.evaluate(() => {
    const m = document.querySelector("#formula-mirror mark");
    m.style.background = "none";
    m.style.textDecoration = "none";
  });
  const shot = await page.screenshot({ clip: { x: input.x, y: box.y, width: input.width, height: box.height } });
  const ink = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(image, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
    const columns = [];
    for (let x = 0; x < width; x++) {
      let dark = false;
      for (let y = 0; y < height && !dark; y++) {
        const k = 4 * (y * width + x);
        dark = data[k] + data[k + 1] + data[k + 2] < 300;
      }
      columns.push(dark);
    }
    return columns;
  }, shot.toString("base64"));
  return { ink: ink.map((dark, k) => (dark ? input.x + k : null)).filter((x) => x !== null), box };
}

/** The ink run (a glyph) that contains or is nearest to `x`: [first, last] page x. */
function glyphAt(ink, x) {
  const nearest = ink.reduce((best, c) => (Math.abs(c - x) < Math.abs(best - x) ? c : best), ink[0]);
  let first = ink.indexOf(nearest);
  let last = first;
  while (first > 0 && ink[first - 1] >= ink[first] - 1) first--;
  while (last < ink.length - 1 && ink[last + 1] <= ink[last] + 1) last++;
  return [ink[first], ink[last]];
}

for (const [name, viewport] of [
  ["1280 px", { width: 1280, height: 800 }],
  ["a phone", { width: 390, height: 844 }],
]) {
  test(`full-width input: the error marker lies on the culprit (${name})`, async () => {
    for (const formula of ["（ｗ１ ＋ ｗ２）＾２ ＋ ＊ ｗ１", "（ｙ － ｗ１ ｗ２ ｘ）＾２ ＋ （ｗ１ ＋ ｗ２ ＋ ｗ３ ＋ ｗ４ ＋ ｗ５ ＋ ｗ６）＾２ ＋ ＊ ｗ１"]) {
      const { page, errors } = await h.open("#lang=zh", { viewport });
      await page.locator("#formula").fill(formula);
      await page.waitForSelector("#formula-error:not([hidden])");
      assert.equal(await page.locator("#formula-mirror mark").innerText(), "＊", "the culprit is the second ＊ as typed");
      // The caret at the end: a long formula scrolls, and the mirror must scroll with it.
      await page.locator("#formula").press("End");
      await page.waitForFunction(() => document.querySelector("#formula-mirror").scrollLeft === document.querySelector("#formula").scrollLeft);
      // Where the input itself draws the culprit: its text before the error, measured in the
      // input's own font, from the input's content edge, less its scroll.
      const expectedLeft = await page.evaluate(() => {
        const input = document.querySelector("#formula");
        const style = getComputedStyle(input);
        const ctx = new OffscreenCanvas(1, 1).getContext("2d");
        ctx.font = style.font;
        const start = input.value.lastIndexOf("＊"); // the culprit: the last ＊ of both formulas
        const left = input.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        return left + ctx.measureText(input.value.slice(0, start)).width - input.scrollLeft;
      });
      const { ink, box } = await inkUnderMarker(page);
      assert.ok(Math.abs(box.x - expectedLeft) <= 2, `the marker starts where the input draws the culprit: ${box.x.toFixed(1)} vs ${expectedLeft.toFixed(1)}`);
      const [first, last] = glyphAt(ink, box.x + box.width / 2);
      assert.ok(first >= box.x - 1 && last <= box.x + box.width + 1, `the glyph ${first}–${last} lies within the marker ${box.x.toFixed(1)}–${(box.x + box.width).toFixed(1)}`);
      await screenshot(page, `formula-marker-${viewport.width}`);
      assert.deepEqual(errors, []);
    }
  });
}
