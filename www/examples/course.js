// The example course page's only script: the <hessian-explorer> element, the auto-height of
// plain iframes, and the buttons that show an attribute change updating the element.
import "../hessian-explorer.js";
import "../embed-resize.js";

const element = document.querySelector("#element-zh");
for (const button of document.querySelectorAll("[data-formula]")) {
  button.addEventListener("click", () => {
    element.setAttribute("formula", button.dataset.formula);
    element.setAttribute("point", "0,0");
    for (const other of document.querySelectorAll("[data-formula]")) other.setAttribute("aria-pressed", String(other === button));
  });
}
