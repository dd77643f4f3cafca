// The 3-D view's geometry: an orthographic camera and painter's ordering. Pure.

/**
 * A projection for azimuth `az` and elevation `el` (radians) into a width × height canvas:
 * (x, y, z) in model units (x, y ∈ [−1, 1], z ∈ [−h, h], z up) → [px, py, depth] with depth
 * growing away from the viewer. Fitted so the box's bounding sphere fills the canvas.
 */
export function projector(az, el, width, height, h) {
  const ca = Math.cos(az);
  const sa = Math.sin(az);
  const ce = Math.cos(el);
  const se = Math.sin(el);
  const radius = Math.sqrt(2 + h * h);
  const scale = (0.5 * Math.min(width, height * 1.15)) / radius;
  const cx = width / 2;
  const cy = height / 2;
  return (x, y, z) => {
    // Turn about z by the azimuth, then tilt the view down by the elevation.
    const xr = ca * x - sa * y;
    const yr = sa * x + ca * y; // towards the back of the box
    const up = ce * z - se * -yr; // viewer's up
    const depth = ce * yr + se * z * -1; // away from the viewer (nearer the top when looking down)
    return [cx + scale * xr, cy - scale * up, depth];
  };
}

/** Faces sorted far to near (painter's algorithm): larger depth first. */
export function quadOrder(faces) {
  return faces.sort((a, b) => b.depth - a.depth);
}

/** The camera a fresh 3-D view starts with, in whole degrees: the lecture's saddle reads well. */
export const DEFAULT_CAMERA = Object.freeze({ azimuth: 325, elevation: 32 });
/** Elevation stays in [0, 89]: the surface is seen from above or from the side, never from below. */
export const MAX_ELEVATION = 89;

/** A camera with the azimuth wrapped into [0, 360) and the elevation clamped, whole degrees. */
export function normalCamera(azimuth, elevation) {
  const az = Math.round(azimuth);
  return { azimuth: ((az % 360) + 360) % 360, elevation: Math.min(MAX_ELEVATION, Math.max(0, Math.round(elevation))) };
}

/** "azimuth,elevation" in degrees (the URL's cam key) → a camera; throws on anything else. */
export function parseCamera(text) {
  const parts = text.split(",");
  if (parts.length !== 2 || !parts.every((s) => /^-?\d{1,3}$/.test(s))) throw new Error("cam is azimuth,elevation in whole degrees");
  const [azimuth, elevation] = parts.map(Number);
  if (azimuth < 0 || azimuth >= 360 || elevation < 0 || elevation > MAX_ELEVATION) throw new Error("cam out of range");
  return { azimuth, elevation };
}

export function formatCamera(camera) {
  return `${camera.azimuth},${camera.elevation}`;
}
