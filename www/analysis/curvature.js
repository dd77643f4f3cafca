// How the loss curves along a direction: vᵀHv and its sign, and the sign of an eigenvalue.
// Pure. At a critical point g = 0, so L(θ′ + t·v) ≈ L(θ′) + ½ t²·vᵀHv: the sign says up or down.

/** vᵀHv this close to 0 (relative to the largest |λ|) reads as "flat". */
const FLAT = 1e-9;

/** vᵀHv for the matrix H (rows) and the vector v. */
export function curvature(hessian, v) {
  let sum = 0;
  for (let i = 0; i < v.length; i++) for (let j = 0; j < v.length; j++) sum += v[i] * hessian[i][j] * v[j];
  return sum;
}

/** "up" | "down" | "flat" for vᵀHv, given the largest |λ| for scale. */
export function curvatureSign(vhv, maxAbsLambda) {
  if (Math.abs(vhv) <= FLAT * Math.max(1, maxAbsLambda)) return "flat";
  return vhv > 0 ? "up" : "down";
}

/**
 * "positive" | "negative" | "zero" for an eigenvalue, `zeroThreshold` being the analysis'
 * own rule for "counts as zero" (null or 0: only an exact 0).
 */
export function eigenSign(lambda, zeroThreshold) {
  if (Math.abs(lambda) <= (zeroThreshold ?? 0)) return "zero";
  return lambda > 0 ? "positive" : "negative";
}

/**
 * What θ′'s flat directions (eigenvectors of λ ≈ 0) are along, when it has some to show: at a
 * critical point whose second-order test is inconclusive, "minimum" (a valley runs there),
 * "maximum" (a ridge) or "other" (higher orders decide); null at any other point.
 */
export function flatKind(a) {
  if (!a || a.kind !== "inconclusive") return null;
  return a.refined === "minimum" || a.refined === "maximum" ? a.refined : "other";
}
