// Security: the strict Content-Security-Policy the page is served with, and script payloads
// in every URL key and every attribute of <hessian-explorer>.
//
// The payload tests run with the CSP bypassed: the policy would block an inline handler even
// if the page inserted one as HTML, and that must not be what saves us. Each payload sets a
// window flag and calls alert(); a test fails if the flag is set, a dialog opens, or any
// element anywhere (shadow roots and frames included) carries an on… attribute or an
// unexpected <script>.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, ready, watch, CSP, openExampleWidgets, openEmbedDialog } from "./harness.mjs";
import { KEYS } from "../../www/app/url-state.js";

/** HTML that would run if inserted as markup anywhere: an attribute break-out, a tag, a script. */
const HTML_PAYLOAD = `"'><img src=x onerror="window.__xss='img';alert(1)"><svg onload="window.__xss='svg'"></svg><script>window.__xss='script'</script>`;
/** A script URL: would run if used as a link, a frame's src or a location. */
const URL_PAYLOAD = "javascript:window.__xss='url';alert(1)//";

/** Keys that only quiz mode reads: opened with mode=quiz so that their code runs. */
const QUIZ_FIELDS = new Set(["quizLevel", "quizSeed", "quizIndex", "quizSet", "quizSetUrl"]);

const h = useHarness();

/** Fails on a dialog (alert, confirm, prompt): a payload that ran. */
function watchDialogs(page) {
  const dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

/**
 * What a payload would leave behind in a document and its shadow roots: the flag, elements
 * with on… attributes, scripts other than the page's own module scripts, <img src=x>.
 */
function traces() {
  const found = [];
  if (window.__xss !== undefined) found.push(`flag ${window.__xss}`);
  const visit = (root) => {
    for (const node of root.querySelectorAll("*")) {
      for (const attr of node.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${node.localName}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${node.localName}[${attr.name}=${attr.value}]`);
      }
      if (node.localName === "script" && !(node.type === "module" && node.src && !node.textContent)) found.push("script");
      if (node.localName === "img" && node.getAttribute("src") === "x") found.push("img");
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** All the text a reader sees: the body's text and the values of text fields. */
function visibleText() {
  const fields = [...document.querySelectorAll("input, textarea")].map((f) => f.value);
  return [document.body.innerText, ...fields].join("\n");
}

/** Waits for the page (and, in quiz mode, the quiz) to settle, then for images to fail. */
async function settle(page) {
  await page.waitForSelector("body.ready", { timeout: 15000 });
  await page.waitForFunction(
    () =>
      document.body.classList.contains("mode-quiz")
        ? ["asking", "right", "wrong", "error"].includes(document.querySelector("#quiz").dataset.state)
        : Boolean(document.querySelector("#verdict").dataset.kind),
    null,
    { timeout: 15000 },
  );
  await afterPayloadHandlers(page);
}

/**
 * Waits until a payload inserted as markup would have run its handlers: the onerror of a
 * broken image and the onload of an svg fire asynchronously, after the document has drawn the
 * element and the image has failed. Two frames drawn and every image settled (traces() also
 * finds the inserted elements themselves, handler or not). `target`: a Page or a Frame.
 */
async function afterPayloadHandlers(target) {
  await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await target.waitForFunction(() => [...document.images].every((image) => image.complete));
}

/** Opens the page at `hash` as it is (no wait); `allow` marks the errors a test expects (watch). */
async function openRaw(hash, options = {}, { allow = null } = {}) {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", ...options });
  const page = await context.newPage();
  const errors = watch(page, { allow });
  const dialogs = watchDialogs(page);
  await page.goto(h.url + hash);
  return { page, errors, dialogs, context };
}

test("the page is served with the strict policy and runs under it without a single violation", async () => {
  // The harness's policy includes the one the issue names, directive by directive.
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"]) {
    assert.ok(CSP.split(";").map((d) => d.trim()).includes(directive), directive);
  }
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  // Violations are counted from the first byte (an init script is not subject to the policy).
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = watch(page);
  const response = await page.goto(h.url);
  assert.equal(response.headers()["content-security-policy"], CSP);
  await ready(page);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  // Exercise what builds DOM or styles at run time: language, 3-D view, quiz, dialogs.
  await page.locator("#lang-toggle").click();
  await page.locator("#verdict").getByText("鞍点（saddle point）", { exact: true }).waitFor();
  await openEmbedDialog(page);
  await page.locator(".share-close").click();
  await page.locator(".mode-tab[data-mode=quiz]").click();
  await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
  await page.locator(".mode-tab[data-mode=explore]").click();
  await page.waitForFunction(() => !document.body.classList.contains("mode-quiz"));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);

  // The example course page, its iframe and its element, under the same policy.
  const example = await context.newPage();
  const exampleErrors = watch(example);
  await openExampleWidgets(example, h.url);
  for (const frame of example.frames()) assert.deepEqual(await frame.evaluate(() => window.__violations), [], frame.url());
  assert.deepEqual(exampleErrors, []);
  await context.close();
});

test("under exactly the issue's policy (no img-src data: either) the page, quiz, experiment (its Web Worker) and example work", async () => {
  const EXACT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  // Every response of the test server gets the header in place of the harness's.
  await context.route("**/*", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": EXACT } });
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = watch(page);
  const response = await page.goto(h.url + "#ov=crit,u,level,probe,taylor,err&view=3d");
  assert.equal(response.headers()["content-security-policy"], EXACT);
  await ready(page);
  await page.locator(".mode-tab[data-mode=quiz]").click();
  await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
  // A study: a module worker from a same-origin file, which loads the wasm itself.
  await page.goto(h.url + "#mode=experiment&net=in:x1,x2;h:4;data:xor,1,4,0&study=runs:4;seed:1;method:newton;steps:5000");
  await page.waitForFunction(() => document.querySelector("#experiment")?.dataset.status === "done", null, { timeout: 30000 });
  assert.equal(await page.locator("#experiment").getAttribute("data-runner"), "worker");
  assert.equal(await page.locator(".run-table tbody tr").count(), 4);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await openExampleWidgets(page, h.url);
  for (const frame of page.frames()) assert.deepEqual(await frame.evaluate(() => window.__violations), [], frame.url());
  assert.deepEqual(errors, []);
  await context.close();
});

test("a script payload in every URL key is shown as text and never runs", async () => {
  for (const entry of KEYS) {
    const prefix = QUIZ_FIELDS.has(entry.field) ? "mode=quiz&" : "";
    const hash = `#${prefix}${entry.key}=${encodeURIComponent(HTML_PAYLOAD)}`;
    // With setUrl (tourUrl) the quiz (the tour) asks this site for the payload as a path: that 404 is expected.
    const allow = entry.key === "setUrl" || entry.key === "tourUrl" ? /404|Failed to load resource/ : null;
    const { page, dialogs, context } = await openRaw(hash, { bypassCSP: true }, { allow });
    await settle(page);
    assert.deepEqual(await page.evaluate(traces), [], `#${entry.key}`);
    assert.deepEqual(dialogs, [], `#${entry.key}`);
    // Every key either shows the payload (as the formula, a notice, the quiz's error) or drops
    // it; where it shows, it is the literal text, markup and all.
    const text = await page.evaluate(visibleText);
    if (text.includes("<img")) assert.ok(text.includes(HTML_PAYLOAD) || text.includes(HTML_PAYLOAD.slice(0, 40)), `#${entry.key}: partial text`);
    await context.close();
  }
});

test("the formula and a notice show the payload as literal text; a payload set is an error", async () => {
  const { page, dialogs, context } = await openRaw(`#f=${encodeURIComponent(HTML_PAYLOAD)}&d=${encodeURIComponent(HTML_PAYLOAD)}`, { bypassCSP: true });
  await settle(page);
  assert.equal(await page.locator("#formula").inputValue(), HTML_PAYLOAD);
  assert.ok((await page.locator("#notices").innerText()).includes(`(${HTML_PAYLOAD})`));
  assert.deepEqual(await page.evaluate(traces), []);
  await context.close();

  const quiz = await openRaw(`#mode=quiz&set=${encodeURIComponent(HTML_PAYLOAD)}`, { bypassCSP: true });
  await settle(quiz.page);
  assert.equal(await quiz.page.locator("#quiz").getAttribute("data-state"), "error");
  assert.deepEqual(await quiz.page.evaluate(traces), []);
  await quiz.context.close();

  // A teacher's JSON set whose every field carries the payload: the error quotes it as text.
  const set = JSON.stringify([{ formula: HTML_PAYLOAD, data: { [HTML_PAYLOAD]: [1] }, point: [0], type: HTML_PAYLOAD, axes: [HTML_PAYLOAD, "w"] }]);
  const json = await openRaw(`#mode=quiz&set=${encodeURIComponent(set)}`, { bypassCSP: true });
  await settle(json.page);
  assert.equal(await json.page.locator("#quiz").getAttribute("data-state"), "error");
  assert.deepEqual(await json.page.evaluate(traces), []);
  assert.deepEqual([...dialogs, ...quiz.dialogs, ...json.dialogs], []);
  await json.context.close();
});

test("javascript: URLs in every key at once, in explore and quiz mode, never run", async () => {
  for (const mode of ["explore", "quiz"]) {
    const parts = KEYS.filter((k) => k.key !== "mode").map((k) => `${k.key}=${encodeURIComponent(URL_PAYLOAD)}`);
    const { page, dialogs, context } = await openRaw(`#mode=${mode}&${parts.join("&")}`, { bypassCSP: true });
    await settle(page);
    // The copy-link and embed dialog build snippets from this very URL.
    await openEmbedDialog(page);
    await afterPayloadHandlers(page);
    assert.deepEqual(await page.evaluate(traces), [], mode);
    assert.deepEqual(dialogs, [], mode);
    await context.close();
  }
});

test("a script payload in every attribute of <hessian-explorer> never runs, in the host or the frame", async () => {
  // The frame's own 404 for a payload used as a quiz-set path is expected; nothing else is.
  const expected = /404|Failed to load resource/;
  const { page, errors, dialogs, context } = await openRaw("examples/index.html", { bypassCSP: true }, { allow: expected });
  await page.waitForFunction(() => customElements.get("hessian-explorer"));
  const names = await page.evaluate(() => customElements.get("hessian-explorer").observedAttributes);
  assert.ok(["formula", "data", "point", "mode", "lang", "ov", "view", "set"].every((n) => names.includes(n)), names.join(","));
  for (const payload of [HTML_PAYLOAD, URL_PAYLOAD]) {
    // One element with every attribute set to the payload from the start.
    await page.evaluate(
      ({ names, payload }) => {
        const widget = document.createElement("hessian-explorer");
        widget.id = "attack";
        for (const name of names) widget.setAttribute(name, payload);
        document.querySelector(".notes").prepend(widget);
      },
      { names, payload },
    );
    const frame = await attackFrame(page);
    await frame.waitForSelector("body.ready", { timeout: 20000 });
    await afterPayloadHandlers(frame);
    assert.deepEqual(await frame.evaluate(traces), [], "frame");
    // Then one attribute at a time changed to it on a clean element (the update path).
    await page.evaluate(() => {
      const widget = document.querySelector("#attack");
      for (const name of widget.getAttributeNames()) if (name !== "id") widget.removeAttribute(name);
    });
    for (const name of names) {
      await page.evaluate(({ name, payload }) => document.querySelector("#attack").setAttribute(name, payload), { name, payload });
      await afterPayloadHandlers(frame);
      assert.deepEqual(await frame.evaluate(traces), [], `frame after ${name}`);
      await page.evaluate((name) => document.querySelector("#attack").removeAttribute(name), name);
    }
    assert.deepEqual(await page.evaluate(traces), [], "host");
    await page.evaluate(() => document.querySelector("#attack").remove());
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors.filter((e) => !expected.test(e)), []);
  await context.close();
});

/** The frame inside the #attack element's shadow root. */
async function attackFrame(page) {
  const handle = await page.waitForFunction(() => document.querySelector("#attack")?.shadowRoot.querySelector("iframe"));
  const frame = await handle.asElement().contentFrame();
  assert.ok(frame, "the element renders a frame");
  return frame;
}
