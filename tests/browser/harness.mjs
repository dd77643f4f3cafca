// Shared by the browser tests: a tiny static server for www/ and a headless Chromium driven
// by playwright-core, with every console error and page error collected: each test asserts
// there were none, and after each test the harness fails it on any it did not expect (the
// page reports a failed core call as a console error: core/failures.js).
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM_PATH); playwright-core brings no
// browser of its own. The server listens on 127.0.0.1 on an ephemeral port and sends the
// strict Content-Security-Policy the page is meant to run under (no inline script, no inline
// style, wasm allowed): a violation is a console error, so every test also checks the CSP.

import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { before, after, afterEach } from "node:test";
import { chromium } from "playwright-core";
import { hashEntries } from "../../www/app/url-state.js";
import { createView } from "../../www/surface/view.js";

export const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));

/** The policy the page must work under (a static host may send it as a header). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ts": "text/plain; charset=utf-8",
};

/**
 * Serves `root` statically, with the CSP above (`csp: null`: none, as an LMS serves an
 * uploaded package whose one page carries its script inline). Resolves to { url, close }.
 */
export function serve(root = WWW, { csp = CSP } = {}) {
  const server = http.createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if (pathname.endsWith("/")) file = path.join(file, "index.html");
      const body = await fs.readFile(file);
      res.writeHead(200, {
        "content-type": MIME[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(csp ? { "content-security-policy": csp } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Launches Debian's Chromium headless. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * setup() for a whole test file: `const h = useHarness()` at the top level; h.url, h.open,
 * h.browser … are there from the first test on, and everything is closed after the last.
 */
export function useHarness() {
  const h = {};
  before(async () => Object.assign(h, await setup()));
  after(async () => h.close?.());
  failOnPageErrors();
  return h;
}

/** The error lists of the pages watched (watch) during the current test, each with the RegExp of the errors it allows (or null). */
const watched = new Map();

/**
 * After each test of the file, fails it on any console error, page error or failed request
 * of a page it watched (watch) that the test did not allow, even if the test never looked.
 */
export function failOnPageErrors() {
  afterEach(() => {
    const unexpected = [...watched].flatMap(([errors, allow]) => errors.filter((e) => !allow?.test(e)));
    watched.clear();
    assert.deepEqual(unexpected, [], "errors on a page during the test");
  });
}

/**
 * The example course page at `url`, once both its widgets (the English iframe and the
 * Chinese element, scrolled into view so that it loads) show the lecture's saddle.
 */
export async function openExampleWidgets(page, url) {
  await page.goto(url + "examples/index.html");
  await page.frameLocator("#frame-en").locator("#verdict[data-kind=saddle]").waitFor({ timeout: 20000 });
  await page.locator("#element-zh").scrollIntoViewIfNeeded();
  // Playwright's CSS selectors pierce open shadow roots: the element's own frame.
  await page.frameLocator("#element-zh iframe").locator("#verdict[data-kind=saddle]").waitFor({ timeout: 20000 });
}

/**
 * One server and one browser for a test file: `const h = await setup()` in `before`,
 * `await h.close()` in `after`. `h.open(hash, options)` opens the page in a fresh context
 * and waits until the core has loaded and drawn; it returns { page, errors } where errors
 * collects console errors and uncaught page errors for the test to assert empty.
 */
export async function setup() {
  const server = await serve();
  const browser = await launch();
  const contexts = [];
  return {
    url: server.url,
    browser,
    // Any further option (bypassCSP, reducedMotion, permissions, …) goes to the new context.
    async open(hash = "", { viewport = { width: 1280, height: 800 }, locale = "en-US", deviceScaleFactor = 1, ...contextOptions } = {}) {
      const context = await browser.newContext({ viewport, locale, deviceScaleFactor, ...contextOptions });
      contexts.push(context);
      const page = await context.newPage();
      const errors = watch(page);
      await page.goto(server.url + hash);
      await ready(page);
      return { page, errors, context };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Collects a page's console errors, uncaught errors and failed requests, for a test to assert
 * empty; `allow` (a RegExp) marks the ones a test expects, which the check after each test
 * (failOnPageErrors) lets pass.
 */
export function watch(page, { allow = null } = {}) {
  const errors = [];
  watched.set(errors, allow);
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  return errors;
}

/**
 * Opens the Embed dialog and waits until its live preview has loaded and said its height (a
 * dialog closed earlier cancels the preview's requests half-way, which the harness counts).
 */
export async function openEmbedDialog(page) {
  await page.locator("#embed-open").click();
  await page.locator("#share-dialog").waitFor();
  await page.waitForFunction(() => document.querySelector(".panels-height")?.dataset.height, null, { timeout: 20000 });
}

/** Waits until the page has loaded the core and shown a verdict. */
export async function ready(page) {
  await page.waitForSelector("body.ready", { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector("#verdict")?.dataset.kind, null, { timeout: 15000 });
}

/**
 * Pixel position (page coordinates) of the parameter-space point (x, y) on the surface, from
 * the plot rectangle and window the canvas announces in data-plot and data-window.
 */
export async function pixelOf(page, x, y) {
  const canvas = page.locator("#surface");
  const box = await canvas.boundingBox();
  const [left, top, width, height] = (await canvas.getAttribute("data-plot")).split(",").map(Number);
  const [x0, x1, y0, y1] = (await canvas.getAttribute("data-window")).split(",").map(Number);
  // The page's own mapping (surface/view.js), from the rectangle and window it announces.
  const view = createView({ x0, x1, y0, y1 }, { left, top, width, height });
  return { x: box.x + view.px(x), y: box.y + view.py(y) };
}

/** The hash parameters of the page's URL as a Map (values decoded), read as the page reads them (app/url-state.js). */
export function hashParams(url) {
  return new Map(hashEntries(new URL(url).hash).map(([key, raw]) => [key, decodeURIComponent(raw)]));
}

/**
 * Waits until the hash parameter `key` of the page's URL is `value` (undefined: absent); the
 * page writes the URL in its next animation frame, so a test must not read it at once.
 */
export async function waitForHash(page, key, value, timeout = 5000) {
  try {
    // The page writes its URL with history.replaceState: a navigation within the document.
    await page.waitForURL((url) => hashParams(url.href).get(key) === value, { timeout });
  } catch {
    throw new Error(`hash ${key}: expected ${value}, got ${hashParams(page.url()).get(key)} (${page.url()})`);
  }
}

/**
 * What the surface canvas shows, as a data URL of its pixels, after the next frame: equal
 * strings mean an unchanged picture (CSS effects such as dimming are not part of it).
 */
export async function canvasPixels(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector("#surface").toDataURL())))),
  );
}

/** Saves a screenshot under tests/browser/artifacts/ (git-ignored); returns its path. */
export async function screenshot(page, name, options = {}) {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}
