// Timing a call in the Node benchmarks: the wall time of each of `runs` calls after `warmup`
// untimed ones (the first calls compile and warm caches), sorted, with its min and median.

/** { min, median, times } in ms of `runs` calls of `f`, after `warmup` untimed calls. */
export function timeCalls(f, runs, warmup = 1) {
  for (let k = 0; k < warmup; k++) f();
  const times = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(runs / 2)], times };
}
