// The quiz's scene over its 2-D view. Until the student answers, nothing on the canvas
// reveals the verdict: only θ′ is drawn (and, in an escape question, the arrow being aimed);
// afterwards the level set through θ′, the critical points and u (or −g) explain it, as in the
// explorer, with the student's own direction beside u; at a point the eigenvalues alone cannot
// decide, its flat direction, in the explorer's words.

import { WHITE } from "../canvas/theme.js";
import { levelSetLines } from "../surface/level-set.js";
import { ARROW_LENGTH } from "../marks/arrow.js";
import { criticalMarks } from "../marks/critical-points.js";
import { wayDownArrow, planeDirection } from "../marks/way-down.js";
import { eigenAxesMark, flatLabel } from "../marks/eigen-axes.js";

/** Length of the student's arrow in an escape question, CSS px: longer than u, so both show when they agree. */
const STUDENT_ARROW = ARROW_LENGTH + 34;

/** The axes' parameter indices of question `q`. */
export function questionAxes(q) {
  return [q.x, q.y].map((name) => q.params.indexOf(name));
}

/**
 * The scene for question `q` drawn over `field` in `view` at device pixel ratio `dpr`:
 * `record` is the student's answer (null before it), `critical` the question's critical
 * points, `aim` the pixel angle of the arrow being aimed (null: none), `lang` the words' language.
 */
export function quizScene({ q, record, critical, aim, field, view, dpr, lang }) {
  const a = q.analysis;
  const [ix, iy] = questionAxes(q);
  const x = view.px(q.point[ix]);
  const y = view.py(q.point[iy]);
  const scene = { bounds: view.rect, arrows: [], theta: { x, y } };
  const direction = planeDirection(view, ix, iy);
  const studentArrow = (dx, dy) => ({ x, y, dx, dy, color: WHITE, label: "v", dashed: true, length: STUDENT_ARROW });
  if (record) {
    if (Number.isFinite(a.value)) scene.levelSet = levelSetLines(field, a.value, view.rect, dpr);
    // White markers: the quiz's legend (the static keys under the plot) shows white shapes.
    scene.critical = criticalMarks(critical, (p) => [view.px(p[ix]), view.py(p[iy])], { plain: true });
    const wayDown = wayDownArrow(a, x, y, direction);
    if (wayDown) scene.arrows.push(wayDown);
    const flat = flatLabel(a, lang);
    if (flat) {
      const keepClear = scene.critical.points.map((p) => [p.x, p.y]);
      scene.eigenAxes = eigenAxesMark(a, x, y, view, ix, iy, null, { axes: false, flatLabel: flat, keepClear });
    }
    if (q.type === "escape") {
      const [dx, dy] = direction(record.given.direction);
      scene.arrows.push(studentArrow(dx, dy));
    }
  }
  if (aim !== null) scene.arrows.push(studentArrow(Math.cos(aim), Math.sin(aim)));
  return scene;
}
