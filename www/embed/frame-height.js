// The one message an embedded page sends to the page around it: its content height, so that
// the <iframe> can be exactly that tall (no inner scroll bar). Shared by the sender (embed.js)
// and the receivers (hessian-explorer.js, embed-resize.js), so both agree on the shape. Pure.

export const HEIGHT_MESSAGE = "hessian-explorer:height";

/** Above this a height is taken for a bug (a layout feeding back on itself), not a page. */
const MAX_HEIGHT = 20000;

/** The message for a content height in CSS px. */
export function heightMessage(height) {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/**
 * The height a received message asks for, or null when it is not one of ours or is out of
 * range. Anything can arrive through postMessage: it is checked field by field, never trusted.
 */
export function heightFrom(data) {
  if (data === null || typeof data !== "object" || data.type !== HEIGHT_MESSAGE) return null;
  const { height } = data;
  if (typeof height !== "number" || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
  return Math.ceil(height);
}
