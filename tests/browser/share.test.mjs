// Sharing: "copy link" puts the page's exact view on the clipboard (every hash key, whoever
// added it, with the language made explicit); the embed dialog's two snippets, pasted into a
// course page, show that same view; without a clipboard the text is offered selected.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, hashParams, watch, openEmbedDialog } from "./harness.mjs";

const h = useHarness();

const CLIPBOARD = ["clipboard-read", "clipboard-write"];

/** The view's hash keys, without lang (compared separately). */
function viewKeys(url) {
  const params = hashParams(url);
  params.delete("lang");
  return Object.fromEntries(params);
}

test("copy link: the clipboard gets this exact view with lang made explicit; it opens the same view elsewhere", async () => {
  const hash = "#f=(y-w1*w2*x)^2&d=x:1,2;y:2,3&p=0.5,-0.25&ax=w2,w1&win=-1,1,-1,1&ov=crit,level,probe&proj=1&view=3d";
  const { page, errors } = await h.open(hash, { locale: "zh-CN", permissions: CLIPBOARD });
  assert.equal(hashParams(page.url()).get("lang"), undefined, "the browser chose Chinese; the URL does not say so");
  await page.getByRole("button", { name: "复制链接" }).click();
  await page.locator("#share-status").getByText("链接已复制：打开后就是现在这个画面。").waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(hashParams(link).get("lang"), "zh");
  assert.deepEqual(viewKeys(link), viewKeys(page.url()));
  assert.equal(new URL(link).pathname, new URL(page.url()).pathname);

  // An English browser opening the link sees the teacher's view, in the teacher's language.
  const other = await h.open(new URL(link).hash, { locale: "en-US" });
  assert.equal(await other.page.locator("html").getAttribute("lang"), "zh-Hans");
  assert.equal(await other.page.locator("#formula").inputValue(), "(y-w1*w2*x)^2");
  assert.equal(await other.page.getByRole("textbox", { name: "y，第 2 行" }).inputValue(), "3");
  assert.equal(await other.page.locator("#verdict").innerText(), await page.locator("#verdict").innerText());
  assert.equal(await other.page.locator("#surface").getAttribute("data-window"), "-1,1,-1,1");
  assert.equal(await other.page.locator("#view3d").isVisible(), true);
  assert.equal(await other.page.locator("#projector-toggle").getAttribute("aria-pressed"), "true");
  assert.deepEqual(viewKeys(other.page.url()), viewKeys(link));
  assert.deepEqual([...errors, ...other.errors], []);
});

test("copy link in quiz mode: the same question for whoever opens it", async () => {
  const { page, errors } = await h.open("#lang=en", { permissions: CLIPBOARD });
  await page.locator(".mode-tab[data-mode=quiz]").click();
  await page.waitForFunction(() => document.querySelector("#quiz").dataset.state === "asking");
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.locator("#share-status").getByText("Link copied: it opens this exact view.").waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const params = hashParams(link);
  assert.equal(params.get("mode"), "quiz");
  assert.match(params.get("seed"), /^\d+$/, "the seed the quiz picked is in the link");
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await context.newPage();
  const otherErrors = watch(other);
  await other.goto(link);
  await other.waitForFunction(() => document.querySelector("#quiz")?.dataset.state === "asking", null, { timeout: 15000 });
  assert.equal(await other.locator("#quiz").getAttribute("data-question"), await page.locator("#quiz").getAttribute("data-question"));
  assert.equal(await other.locator(".quiz-prompt").innerText(), await page.locator(".quiz-prompt").innerText());
  assert.deepEqual([...errors, ...otherErrors], []);
  await context.close();
});

test("without a clipboard the link is shown selected in a dialog, to copy by hand", async () => {
  const { page, errors, context } = await h.open("", { locale: "en-US" });
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await page.getByRole("button", { name: "Copy link" }).click();
  const field = page.locator("#share-link");
  await field.waitFor();
  assert.equal(await page.locator("#share-status").textContent(), "Copying is not allowed here: the text is selected, press Ctrl+C (⌘C).");
  const value = await field.inputValue();
  assert.equal(hashParams(value).get("lang"), "en");
  // The whole link is selected and the field has focus: Ctrl+C is all that is left to do.
  assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart, document.activeElement.selectionEnd]), ["share-link", 0, value.length]);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("#share-dialog"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the embed dialog's snippets, pasted into a course page, show the same view; its copy buttons copy them", async () => {
  const hash = "#f=w1^2%2Bw2^3-3*w2&p=0,1&lang=en&ov=crit,level";
  const { page, errors } = await h.open(hash, { permissions: CLIPBOARD });
  const kind = await page.locator("#verdict").getAttribute("data-kind");
  assert.equal(kind, "minimum");
  await openEmbedDialog(page);
  const dialog = page.getByRole("dialog", { name: "Embed this view in course notes" });
  const iframeSnippet = await page.locator("#share-iframe").inputValue();
  const elementSnippet = await page.locator("#share-element").inputValue();
  assert.match(iframeSnippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#[^"]*embed=1[^"]*" title="Hessian Explorer: an interactive loss surface" width="100%" height="\d+" loading="lazy"><\/iframe>\n<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed-resize\.js"><\/script>$/);
  assert.match(elementSnippet, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/hessian-explorer\.js"><\/script>\n<hessian-explorer formula="w1\^2\+w2\^3-3\*w2" point="0,1" ov="crit,level" lang="en"><\/hessian-explorer>$/);
  await dialog.getByRole("button", { name: "Copy" }).nth(1).click();
  await dialog.getByText("Copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), elementSnippet);
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.waitForFunction(() => !document.querySelector("#share-dialog"));

  // A teacher pastes both into their notes (the example page has the scripts already).
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const notes = await context.newPage();
  const notesErrors = watch(notes);
  await notes.goto(h.url + "examples/index.html");
  await notes.waitForFunction(() => customElements.get("hessian-explorer"));
  await notes.evaluate(
    ([frameHtml, elementHtml]) => {
      const section = document.createElement("section");
      section.id = "pasted";
      // The teacher's own markup, parsed as their page would: this is the snippet's purpose.
      section.innerHTML = frameHtml.split("\n")[0] + elementHtml.split("\n")[1];
      document.querySelector(".notes").prepend(section);
    },
    [iframeSnippet, elementSnippet],
  );
  for (const selector of ["#pasted > iframe", "#pasted hessian-explorer iframe"]) {
    const frame = notes.frameLocator(selector);
    await frame.locator(`#verdict[data-kind=${kind}]`).waitFor({ timeout: 20000 });
    assert.equal(await frame.locator("#formula").inputValue(), "w1^2+w2^3-3*w2");
    assert.equal(await frame.locator("html").getAttribute("lang"), "en");
    assert.ok(await frame.locator("html.embed").count(), "compact layout");
  }
  assert.deepEqual([...errors, ...notesErrors], []);
  await context.close();
});
