// The single-file build (tools/bundle.mjs, ./build.sh bundle): built into a temporary
// folder, opened from disk (file://) with no server, it loads the inlined wasm, draws the
// lecture's saddle and asks for nothing but itself. Its Embed dialog and Copy link point at it
// by a relative address, and its element script, written beside it, works in notes in the
// same folder, opened from disk or served.
import test, { before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL, fileURLToPath } from "node:url";
import { launch, ready, watch, screenshot, failOnPageErrors, serve } from "./harness.mjs";
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
  assert.ok(fs.existsSync(path.join(dir, "hessian-explorer.js")), "the element script beside the page");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the bundle is one HTML file that links nothing: scripts, styles, wasm and icon inline", () => {
  const html = fs.readFileSync(file, "utf8");
  assert.match(report, /hessian-explorer\.html: \d+ bytes .* gzip \d+ bytes/);
  assert.match(report, /hessian-explorer\.js: \d+ bytes .* gzip \d+ bytes/);
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

    // The embed dialog offers what works next to the file: relative addresses, no module script.
    await page.locator("#embed-open").click();
    await page.waitForFunction(() => document.querySelector(".panels-height")?.dataset.height);
    const frameSnippet = await page.locator("#share-iframe").inputValue();
    assert.match(frameSnippet, /^<iframe src="hessian-explorer\.html#[^"]*embed=1[^"]*" [^>]*height="\d+"[^>]*><\/iframe>$/);
    assert.match(await page.locator("#share-iframe-hint").innerText(), /same folder as your notes page/);
    assert.match(await page.locator("#share-element").inputValue(), /^<script src="hessian-explorer\.js"><\/script>\n<hessian-explorer formula="[^"]+" data="x:1;ŷ:1" lang="en"><\/hessian-explorer>$/);
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

test("the experiment runs in the single file too, on the page's own thread a run at a time, with the worker's numbers", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  const net = "in:x1,x2;out:y;h:4;act:tanh;loss:se;bias:1;data:xor,1,4,0";
  await page.goto(`${pathToFileURL(file).href}#mode=experiment&net=${net}&study=runs:6;seed:1;method:newton;steps:5000`);
  await page.waitForFunction(() => document.querySelector("#experiment")?.dataset.status === "done", null, { timeout: 30000 });
  assert.equal(await page.locator("#experiment").getAttribute("data-runner"), "page");
  assert.match(await page.locator(".exp-status").innerText(), /on the page's own thread/);
  assert.equal(await page.locator(".run-table tbody tr").count(), 6);
  // The same runs as the core gives anywhere (the worker on a static host calls the same code).
  const { default: init, Loss } = await import("../../www/pkg/hessian_explorer.js");
  await init({ module_or_path: fs.readFileSync(path.join(ROOT, "www/pkg/hessian_explorer_bg.wasm")) });
  const loss = Loss.network({ inputs: ["x1", "x2"], hidden: [4] }, { dataset: { name: "xor", seed: 1, n: 4, noise: 0 } });
  const expected = Array.from({ length: 6 }, (_, run) => loss.experimentRun({ seed: 1, run, method: "newton", maxTrainSteps: 5000 }));
  loss.free();
  const shown = await page.locator(".run-table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(3, 6).map((td) => Number(td.textContent))));
  assert.deepEqual(shown, expected.map((r) => [r.spectrum.positive, r.spectrum.negative, r.spectrum.zero]));
  // Cancel works there too: a long study (tens of ms a run) stopped part way, and the page
  // answered the click between two runs.
  const slow = "in:x;out:y;h:10;act:tanh;loss:se;bias:1;data:regression,1,20,0.1";
  await page.goto(`${pathToFileURL(file).href}#mode=experiment&net=${slow}&study=runs:200;seed:1;method:adam;steps:5000`);
  await page.waitForFunction(() => Number(document.querySelector("#experiment").dataset.done) >= 2, null, { timeout: 30000 });
  await page.locator(".exp-cancel").click();
  await page.waitForFunction(() => document.querySelector("#experiment").dataset.status === "cancelled");
  assert.ok((await page.locator(".run-table tbody tr").count()) < 200);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the dialog's snippets work in notes next to the file: opened from disk and served; Copy link is relative", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${pathToFileURL(file).href}#f=w1^2%2Bw2^2&lang=en`);
  await ready(page);
  await page.locator("#copy-link").click();
  await page.locator("#share-status").getByText("relative link").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "hessian-explorer.html#f=w1^2%2Bw2^2&lang=en");
  await page.locator("#embed-open").click();
  await page.waitForFunction(() => document.querySelector(".panels-height")?.dataset.height);
  const notes = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title><link rel="icon" href="data:,"></head><body>
${await page.locator("#share-iframe").inputValue()}
${await page.locator("#share-element").inputValue()}
</body></html>`;
  fs.writeFileSync(path.join(dir, "notes.html"), notes);
  await context.close();

  // An LMS or a web server serves the folder as it is (no CSP of ours: the page's script is inline).
  const server = await serve(dir + path.sep, { csp: null });
  try {
    for (const url of [pathToFileURL(path.join(dir, "notes.html")).href, `${server.url}notes.html`]) {
      const reader = await browser.newContext({ viewport: { width: 900, height: 900 }, locale: "en-US" });
      const notesPage = await reader.newPage();
      const notesErrors = watch(notesPage);
      await notesPage.goto(url);
      for (const selector of ["body > iframe", "hessian-explorer iframe"]) {
        const frame = notesPage.frameLocator(selector);
        await frame.locator("#verdict[data-kind=minimum]").waitFor({ timeout: 20000 });
        assert.ok(await frame.locator("html.embed").count(), `${url}: ${selector} in the compact layout`);
      }
      // The element takes its content's height from the page's message.
      await notesPage.waitForFunction(() => {
        const frame = document.querySelector("hessian-explorer").shadowRoot.querySelector("iframe");
        return Math.abs(parseFloat(frame.style.height) - 720) > 1;
      });
      await screenshot(notesPage, `bundle-notes-${url.startsWith("file:") ? "file" : "served"}`, { fullPage: true });
      assert.deepEqual(notesErrors, []);
      await reader.close();
    }
  } finally {
    await server.close();
  }
  assert.deepEqual(errors, []);
});
