// Text labels that never collide: each is placed at the first of its candidate positions
// whose box (measured in the context's current font) is inside the bounds and clear of every
// label placed before it; a label with no such position is left out rather than drawn over
// another. Labels are placed in the order given, so the most important come first.

/** Room kept around each label's box, CSS px. */
const PAD = 2;

export class LabelPlacer {
  /** @param {{ left, top, width, height }} bounds  where labels may go (CSS px) */
  constructor(bounds) {
    this.bounds = bounds;
    this.boxes = [];
  }

  /** Keeps a region free (e.g. a hint already drawn): later labels avoid it. */
  reserve(box) {
    this.boxes.push(box);
  }

  /**
   * Draws `text` with `ctx` (font and fill set by the caller) at the first free candidate
   * [{ x, y, align, baseline }]; returns the box used, or null when none was free.
   */
  place(ctx, text, candidates) {
    const width = ctx.measureText(text).width;
    const height = fontHeight(ctx);
    for (const c of candidates) {
      const box = boxOf(c, width, height);
      if (!this.inside(box) || this.boxes.some((b) => overlaps(b, box))) continue;
      ctx.textAlign = c.align ?? "center";
      ctx.textBaseline = c.baseline ?? "middle";
      ctx.fillText(text, c.x, c.y);
      this.boxes.push(box);
      return box;
    }
    return null;
  }

  inside(box) {
    const b = this.bounds;
    return box.left >= b.left && box.top >= b.top && box.left + box.width <= b.left + b.width && box.top + box.height <= b.top + b.height;
  }
}

/** The height of a line of text in the context's font, CSS px. */
function fontHeight(ctx) {
  const m = ctx.measureText("Mg");
  return (m.actualBoundingBoxAscent ?? 10) + (m.actualBoundingBoxDescent ?? 3);
}

/** The box of text `width` × `height` drawn at candidate `c`, padded. */
function boxOf(c, width, height) {
  const align = c.align ?? "center";
  const baseline = c.baseline ?? "middle";
  const left = align === "left" ? c.x : align === "right" ? c.x - width : c.x - width / 2;
  const top = baseline === "top" ? c.y : baseline === "bottom" ? c.y - height : c.y - height / 2;
  return { left: left - PAD, top: top - PAD, width: width + 2 * PAD, height: height + 2 * PAD };
}

function overlaps(a, b) {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
