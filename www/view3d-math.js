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
