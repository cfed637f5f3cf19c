//! The inner loop of the MinHash signature, compiled for the vector units
//! the CPU has.
//!
//! The signature costs 128 64-bit multiplications per shingle, the largest
//! single piece of arithmetic in the per-document pass. The portable build
//! targets x86-64 without AVX, which has no vector 64-bit multiply, so the
//! loop runs one multiplication at a time. The same loop compiled for AVX2 or
//! AVX-512 runs four to eight at once; which one runs is decided when the
//! program runs, by asking the CPU. Every version computes the same numbers,
//! bit for bit.
//!
//! This is the one place in presslint that uses `unsafe`: calling a function
//! compiled for features the CPU might lack is unsafe, and each call is made
//! only after the CPU has said it has them.

/// For each `(a, b)` of `coefficients`, the least `(a·x + b) mod 2^64 >> 32`
/// over the shingles `x`: the MinHash signature of a non-empty shingle set.
pub(crate) fn min_hashes(shingles: &[u32], coefficients: &[(u64, u64)]) -> Vec<u32> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512dq")
            && std::arch::is_x86_feature_detected!("avx512vl")
        {
            // SAFETY: the CPU has AVX-512F, DQ and VL, the features the
            // function is compiled for, checked just above.
            #[allow(unsafe_code)]
            return unsafe { min_hashes_avx512(shingles, coefficients) };
        }
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2, checked just above.
            #[allow(unsafe_code)]
            return unsafe { min_hashes_avx2(shingles, coefficients) };
        }
    }
    min_hashes_portable(shingles, coefficients)
}

/// The loop as written: one 64-bit multiply-shift per shingle and
/// permutation. A macro rather than a function so that each compiled
/// version has the loop in its own body, where the compiler vectorises it.
macro_rules! multiply_shift_minimums {
    ($shingles:expr, $coefficients:expr) => {
        $coefficients
            .iter()
            .map(|&(a, b)| {
                $shingles
                    .iter()
                    .map(|&x| (a.wrapping_mul(u64::from(x)).wrapping_add(b) >> 32) as u32)
                    .min()
                    .unwrap_or(0)
            })
            .collect()
    };
}

/// The same numbers from 32-bit halves, which AVX2 multiplies four or eight
/// at a time: with `a = hi·2^32 + lo`, the top half of `a·x + b` is
/// `hi·x + ((lo·x + b) >> 32)`, modulo 2^32.
macro_rules! split_minimums {
    ($shingles:expr, $coefficients:expr) => {
        $coefficients
            .iter()
            .map(|&(a, b)| {
                let (hi, lo) = ((a >> 32) as u32, a & 0xffff_ffff);
                $shingles
                    .iter()
                    .map(|&x| {
                        let low = (lo * u64::from(x)).wrapping_add(b);
                        hi.wrapping_mul(x).wrapping_add((low >> 32) as u32)
                    })
                    .min()
                    .unwrap_or(0)
            })
            .collect()
    };
}

/// The loop of [`multiply_shift_minimums`] turned inside out: each shingle
/// updates every permutation's minimum, four shingles a pass. Taken
/// permutation by permutation, most of the time had gone to folding each
/// permutation's lanes into one minimum and to the shingles left over after
/// the last full vector; here the permutations are the lanes (128, a whole
/// number of vectors) and nothing is folded.
macro_rules! shingle_major_minimums {
    ($shingles:expr, $coefficients:expr) => {{
        let shingles: &[u32] = $shingles;
        let (a, b): (Vec<u64>, Vec<u64>) = $coefficients.iter().copied().unzip();
        if shingles.is_empty() {
            return vec![0; a.len()];
        }
        let hash = |a: u64, b: u64, x: u64| (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
        let mut mins = vec![u32::MAX; a.len()];
        let mut quads = shingles.chunks_exact(4);
        for quad in &mut quads {
            let [x0, x1, x2, x3] = [quad[0], quad[1], quad[2], quad[3]].map(u64::from);
            for ((min, &a), &b) in mins.iter_mut().zip(&a).zip(&b) {
                *min = (*min)
                    .min(hash(a, b, x0))
                    .min(hash(a, b, x1))
                    .min(hash(a, b, x2))
                    .min(hash(a, b, x3));
            }
        }
        for &x in quads.remainder() {
            let x = u64::from(x);
            for ((min, &a), &b) in mins.iter_mut().zip(&a).zip(&b) {
                *min = (*min).min(hash(a, b, x));
            }
        }
        mins
    }};
}

fn min_hashes_portable(shingles: &[u32], coefficients: &[(u64, u64)]) -> Vec<u32> {
    multiply_shift_minimums!(shingles, coefficients)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq,avx512vl")]
fn min_hashes_avx512(shingles: &[u32], coefficients: &[(u64, u64)]) -> Vec<u32> {
    shingle_major_minimums!(shingles, coefficients)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn min_hashes_avx2(shingles: &[u32], coefficients: &[(u64, u64)]) -> Vec<u32> {
    split_minimums!(shingles, coefficients)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shingle_major(shingles: &[u32], coefficients: &[(u64, u64)]) -> Vec<u32> {
        shingle_major_minimums!(shingles, coefficients)
    }

    #[test]
    fn every_version_gives_the_same_numbers() {
        let mut next = crate::textutil::test_numbers(0x1234_5678_9abc_def0);
        let coefficients: Vec<(u64, u64)> = (0..128).map(|_| (next() | 1, next())).collect();
        for len in [0, 1, 2, 3, 4, 5, 7, 8, 9, 200, 333] {
            let mut shingles: Vec<u32> = (0..len).map(|_| next() as u32).collect();
            shingles.extend([0, u32::MAX]);
            let expected = min_hashes_portable(&shingles, &coefficients);
            assert_eq!(min_hashes(&shingles, &coefficients), expected);
            // The inside-out loop, compiled here for any CPU.
            assert_eq!(shingle_major(&shingles, &coefficients), expected);
            #[cfg(target_arch = "x86_64")]
            {
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: checked just above.
                    #[allow(unsafe_code)]
                    let avx2 = unsafe { min_hashes_avx2(&shingles, &coefficients) };
                    assert_eq!(avx2, expected);
                }
            }
        }
        // No shingles: the loop as written gives zeros, and so must the others.
        assert_eq!(
            shingle_major(&[], &coefficients),
            min_hashes_portable(&[], &coefficients)
        );
        assert_eq!(
            min_hashes(&[], &coefficients),
            min_hashes_portable(&[], &coefficients)
        );
    }
}
