// The formula editor: a text input over a "mirror" that repeats its text invisibly, so a
// span of it can be underlined where the core says the mistake is.
//
// The input has a transparent background and sits on top; the mirror behind it has the same
// font, padding and border, transparent text, and a <mark> around the culprit whose
// background and wavy underline show through. The mirror follows the input's horizontal
// scroll. Offsets are UTF-16 code units, as the core reports them (README, "The JS API"), which
// is what String.prototype.slice uses.

export class FormulaBox {
  /**
   * @param {HTMLInputElement} input
   * @param {HTMLElement} mirror
   * @param {HTMLElement} message  where the error is said in words
   * @param {(text: string) => void} onInput  called on every keystroke
   */
  constructor(input, mirror, message, onInput) {
    this.input = input;
    this.mirror = mirror;
    this.message = message;
    this.error = null;
    input.addEventListener("input", () => {
      this.renderMirror();
      onInput(input.value);
    });
    // Keep the mark under its text when the input scrolls (long formulas, caret moves).
    const sync = () => {
      this.mirror.scrollLeft = this.input.scrollLeft;
    };
    for (const type of ["scroll", "keyup", "click", "select", "focus"]) input.addEventListener(type, sync);
  }

  get text() {
    return this.input.value;
  }

  /** Replaces the text (from the URL), keeping any error shown until the next check. */
  setText(text) {
    if (this.input.value !== text) this.input.value = text;
    this.renderMirror();
  }

  /** Shows `message`; marks [start, end) of the text when given (an empty span at the end too). */
  showError(message, start, end) {
    this.error = Number.isInteger(start) && Number.isInteger(end) ? { start, end } : { start: null, end: null };
    this.message.textContent = message;
    this.message.hidden = false;
    this.input.setAttribute("aria-invalid", "true");
    this.renderMirror();
  }

  clearError() {
    this.error = null;
    this.message.textContent = "";
    this.message.hidden = true;
    this.input.removeAttribute("aria-invalid");
    this.renderMirror();
  }

  renderMirror() {
    const text = this.input.value;
    const parts = [];
    if (this.error && this.error.start !== null) {
      const start = Math.max(0, Math.min(this.error.start, text.length));
      const end = Math.max(start, Math.min(this.error.end, text.length));
      const mark = document.createElement("mark");
      // An empty span ("the formula ends too early") marks the place after the text.
      mark.textContent = end > start ? text.slice(start, end) : "\u00a0";
      if (end === start) mark.className = "at-end";
      parts.push(text.slice(0, start), mark, text.slice(end));
    } else {
      parts.push(text);
    }
    // A trailing space keeps the mirror as wide as the input's scrollable text.
    this.mirror.replaceChildren(...parts, "\u00a0");
    this.mirror.scrollLeft = this.input.scrollLeft;
  }
}
