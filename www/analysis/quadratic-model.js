// The quadratic Taylor model around θ′ on the plotted slice. Pure.
//
//   q(θ′ + d) = L(θ′) + dᵀg + ½ dᵀHd
//
// On the slice only the two axis components of d vary (the other parameters stay at θ′), so q
// needs g and H restricted to the axes: no call into the core. The Taylor contours, the error
// map and the 3-D view's patch all sample this one function.

/**
 * q as a function of the offset (dx, dy) from θ′ along the axes ix, iy, for the analysis `a`
 * at θ′.
 */
export function quadraticModel(a, ix, iy) {
  const L = a.value;
  const gx = a.gradient[ix];
  const gy = a.gradient[iy];
  const hxx = a.hessian[ix][ix];
  const hxy = a.hessian[ix][iy];
  const hyy = a.hessian[iy][iy];
  return (dx, dy) => L + gx * dx + gy * dy + 0.5 * (hxx * dx * dx + 2 * hxy * dx * dy + hyy * dy * dy);
}

/**
 * q on an n × n grid over `win` (values[i + j*n], endpoints included, j = 0 at the bottom),
 * for the analysis `a` at `theta`, axes at parameter indices ix, iy.
 */
export function modelGrid(a, theta, ix, iy, win, n) {
  const q = quadraticModel(a, ix, iy);
  const tx = theta[ix];
  const ty = theta[iy];
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const dy = win.y0 + ((win.y1 - win.y0) * j) / (n - 1) - ty;
    for (let i = 0; i < n; i++) {
      const dx = win.x0 + ((win.x1 - win.x0) * i) / (n - 1) - tx;
      values[i + j * n] = q(dx, dy);
    }
  }
  return values;
}
