// The single-file build (tools/bundle.mjs, ./build.sh bundle): built into a temporary
// folder, opened from disk (file://) with no server, it loads the inlined wasm, draws the
// lecture's saddle and asks for nothing but itself.
import test, { before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL, fileURLToPath } from "node:url";
import { launch, ready, watch, screenshot, failOnPageErrors } from "./harness.mjs";
import { surfaceColourCount } from "./canvas-reading.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let browser;
let dir;
let file;
let report;
failOnPageErrors();

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hessian-bundle-"));
  file = path.join(dir, "hessian-explorer.html");
  report = execFileSync(process.execPath, [path.join(ROOT, "tools/bundle.mjs"), file], { encoding: "utf8" });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the bundle is one HTML file that links nothing: scripts, styles, wasm and icon inline", () => {
  const html = fs.readFileSync(file, "utf8");
  assert.match(report, /\d+ bytes .* gzip \d+ bytes/);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=["'](?!\$\{)/, "no external script (snippet templates aside)");
  assert.doesNotMatch(html, /<link rel="stylesheet"/);
  assert.match(html, /<link rel="icon" href="data:image\/svg\+xml;base64,/);
  // The wasm's magic number "\0asm", base64-encoded, starts the inlined bytes.
  assert.match(html, /atob\("AGFzbQ/);
  assert.equal((html.match(/<script type="module">/g) ?? []).length, 1);
});

test("opened from file:// it draws the lecture's saddle, switches language and runs the quiz, with no other request", async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport, locale: "en-US" });
    const page = await context.newPage();
    const errors = watch(page);
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await ready(page);
    assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
    assert.match(await page.locator("#verdict").innerText(), /Saddle point/);
    // The surface is drawn: the canvas has many colours, not a blank.
    const colours = await surfaceColourCount(page);
    assert.ok(colours > 50, `${colours} colours on the surface`);
    await screenshot(page, `bundle-${viewport.width}`);

    // The embed dialog offers only what works from one file: an iframe, no scripts.
    await page.locator("#embed-open").click();
    const frameSnippet = await page.locator("#share-iframe").inputValue();
    assert.match(frameSnippet, /^<iframe src="file:[^"]*embed=1[^"]*"[^>]*><\/iframe>$/);
    assert.equal(await page.locator("#share-element").count(), 0);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("#share-dialog"));

    await page.locator("#lang-toggle").click();
    await page.locator("#verdict").getByText("鞍点（saddle point）", { exact: true }).waitFor();
    await page.locator(".mode-tab[data-mode=quiz]").click();
    await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
    // A link into the bundle works too (the hash is the whole state).
    await page.goto(`${url}#f=w1^2%2Bw2^2&p=0,0&lang=en`);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "minimum");
    assert.deepEqual(
      requests.filter((r) => !r.startsWith(url) && !r.startsWith("data:")),
      [],
      "nothing is fetched but the file itself",
    );
    assert.deepEqual(errors, []);
    await context.close();
  }
});
