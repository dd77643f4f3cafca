// A tiny element builder. Text always goes in as textContent: user-provided text (formulas,
// column names, core messages) is never parsed as HTML.

/**
 * el("td", { class: "num", text: "2", attrs: { "aria-label": "…" } }, [children…])
 */
export function el(tag, { class: className, text, attrs } = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * A status line that says something for `ms` and then clears itself (a confirmation such as
 * "Copied"): returns say(text); a new text restarts the clock.
 */
export function flashStatus(node, ms) {
  let timer = 0;
  return (text) => {
    node.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (node.textContent = ""), ms);
  };
}
