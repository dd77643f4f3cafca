//! The one random generator of the core: SplitMix64, tiny and fully specified, so that a
//! seed means the same quiz questions, the same sampled directions and the same network
//! initialisations forever (a crate's generator could change its stream between versions).

/// A seeded stream of pseudo-random numbers.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// The stream for `seed`; its first output is already mixed, so nearby seeds give
    /// unrelated streams.
    pub fn new(seed: u64) -> Rng {
        let mut rng = Rng(seed);
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in [0, 1), with 53 random bits.
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A standard normal number (Box–Muller).
    pub fn gaussian(&mut self) -> f64 {
        let u1 = 1.0 - self.uniform(); // in (0, 1]: its logarithm is finite
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }

    /// An integer in `lo..=hi` (`lo` ≤ `hi`).
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        let span = hi.wrapping_sub(lo) as u64;
        match span.checked_add(1) {
            Some(count) => lo.wrapping_add((self.next_u64() % count) as i64),
            None => self.next_u64() as i64,
        }
    }

    /// A non-zero integer in `-limit..=limit` (`limit` ≥ 1).
    pub fn nonzero(&mut self, limit: i64) -> i64 {
        let magnitude = self.int(1, limit);
        if self.coin() {
            magnitude
        } else {
            -magnitude
        }
    }

    pub fn coin(&mut self) -> bool {
        self.next_u64() & 1 == 1
    }

    /// One of `items` (not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn same_seed_same_stream_and_ranges_hold() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..1000 {
            assert_eq!(a.next_u64(), b.next_u64());
            let k = a.int(-3, 3);
            assert!((-3..=3).contains(&k));
            let u = a.uniform();
            assert!((0.0..1.0).contains(&u));
            assert!(a.gaussian().is_finite());
            b.int(-3, 3);
            b.uniform();
            b.gaussian();
        }
    }
}
