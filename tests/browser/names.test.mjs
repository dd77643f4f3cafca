// Names and their roles, visible: which names are parameters and which are data (with their
// values) under the formula; a formula given without data has no data table (a link, the
// element's attribute, the embed snippet); a data name that flattens the picture is said in
// words with a one-click fix, and so is y in the formula against ŷ in the table.
import test from "node:test";
import assert from "node:assert/strict";
import { useHarness, watch, waitForHash, screenshot } from "./harness.mjs";

const h = useHarness();

const text = async (scope, selector) => (await scope.locator(selector).innerText()).trim();
const chips = (scope, kind) => scope.locator(`#name-roles .name-chip.is-${kind}`).allInnerTexts();

test("#f=x^2-y^2 is the textbook saddle with parameters x and y, and no data table", async () => {
  const { page, errors } = await h.open("#f=x^2-y^2");
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  assert.deepEqual(await chips(page, "parameter"), ["x", "y"]);
  assert.equal(await page.locator("#name-roles .name-chip.is-data").count(), 0);
  assert.equal(await text(page, ".data-none"), "No data table: every name in the formula is a parameter.");
  assert.equal(await page.locator(".data-table").isVisible(), false);
  // The lecture's default keeps its table, and says which names are data, with their values.
  await page.evaluate(() => (location.hash = ""));
  await page.waitForFunction(() => document.querySelector("#name-roles .is-data"));
  assert.deepEqual(await chips(page, "parameter"), ["w₁", "w₂"]);
  assert.deepEqual(await page.locator("#name-roles .is-data > span").allInnerTexts(), ["x = 1 (data)", "ŷ = 1 (data)"]);
  assert.equal(await page.locator(".data-table").isVisible(), true);
  assert.deepEqual(errors, []);
});

test("typing x^2 - y^2 over the lecture's table: the page says x is data and makes it a parameter in one click", async () => {
  const { page, errors } = await h.open("");
  await page.fill("#formula", "x^2 - y^2");
  const warning = page.locator('.name-warning[data-hint="collapse"]');
  await warning.waitFor();
  assert.match(await warning.innerText(), /^x is a column of the data table \(x = 1\), so it is data, not a parameter: L is drawn over y alone\./);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "maximum", "what the page computes before the fix");
  await screenshot(page, "names-collapse");
  await warning.getByRole("button", { name: "Make x a parameter" }).click();
  await page.waitForFunction(() => document.querySelector("#verdict").dataset.kind === "saddle");
  assert.deepEqual(await chips(page, "parameter"), ["x", "y"]);
  assert.deepEqual(await page.locator(".data-table thead input").evaluateAll((inputs) => inputs.map((i) => i.value)), ["ŷ"], "x left the table");
  assert.equal(await page.locator(".name-warning").count(), 0);
  await waitForHash(page, "d", "ŷ:1");
  assert.deepEqual(errors, []);
});

test("(y - w1 w2 x)^2 over a table with ŷ: the page offers to rename the column, and the lecture's saddle comes back", async () => {
  const { page, errors } = await h.open("#lang=zh");
  await page.fill("#formula", "(y - w1 w2 x)^2");
  const warning = page.locator('.name-warning[data-hint="rename"]');
  await warning.waitFor();
  assert.equal(await text(page, '.name-warning[data-hint="rename"] > span'), "公式里写的是 y，数据表里却是 ŷ：所以 y 成了参数，ŷ 没有用到。");
  assert.deepEqual(await chips(page, "parameter"), ["w₁", "w₂", "y"]);
  await warning.getByRole("button", { name: "把 ŷ 列改名为 y" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#name-roles .is-parameter").length === 2);
  assert.deepEqual(await page.locator("#name-roles .is-data > span").allInnerTexts(), ["x = 1（数据）", "y = 1（数据）"]);
  assert.equal(await page.locator("#verdict").getAttribute("data-kind"), "saddle");
  assert.deepEqual(await page.locator(".data-table thead input").evaluateAll((inputs) => inputs.map((i) => i.value)), ["x", "y"]);
  assert.deepEqual(errors, []);
});

test("<hessian-explorer formula=\"x^2 - y^2\">: a saddle over x and y, no data table; the embed snippet of such a view keeps it so", async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(h.url + "examples/index.html");
  await page.waitForFunction(() => customElements.get("hessian-explorer"));
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const widget = document.createElement("hessian-explorer");
    widget.id = "plain";
    widget.setAttribute("formula", "x^2 - y^2");
    widget.setAttribute("lang", "en");
    document.body.prepend(widget);
  });
  const frame = page.frameLocator("#plain iframe");
  await frame.locator("#verdict[data-kind=saddle]").waitFor({ timeout: 20000 });
  assert.deepEqual(await chips(frame, "parameter"), ["x", "y"]);
  assert.equal(await frame.locator(".data-table").isVisible(), false);
  await context.close();

  // The embed dialog of the view #f=x^2-y^2 hands out an element without data.
  const opened = await h.open("#f=x^2-y^2");
  await opened.page.click("#embed-open");
  const snippet = await opened.page.locator("textarea").last().inputValue();
  assert.match(snippet, /<hessian-explorer formula="x\^2-y\^2" lang="en"><\/hessian-explorer>/);
  assert.deepEqual(errors, []);
  assert.deepEqual(opened.errors, []);
});
