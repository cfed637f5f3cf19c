//! Word shingles, MinHash signatures and LSH banding: the machinery of the
//! near-duplicate rules, usable on its own.
//!
//! Hashes are fixed (FNV-1a for shingles, a seeded splitmix64 stream for the
//! permutations), so signatures are the same on every machine and every run,
//! and sketches written by one process can be compared by another.

use presslint_core::Span;

/// How documents are shingled and signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinHashParams {
    /// Words per shingle.
    pub shingle_size: usize,
    /// Number of hash permutations (signature length).
    pub permutations: usize,
    /// Number of LSH bands; `permutations` must be a multiple of it.
    pub bands: usize,
}

impl Default for MinHashParams {
    fn default() -> Self {
        MinHashParams {
            shingle_size: 5,
            permutations: 128,
            bands: 16,
        }
    }
}

/// The words of a text, case folded, split at anything that is not a letter or digit.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect()
}

/// 64-bit FNV-1a of `bytes`: fixed, fast, and good enough to group lines,
/// sentences and terms (a collision only merges two counts).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv1a(bytes, FNV_OFFSET)
}

fn fnv1a(bytes: &[u8], hash: u64) -> u64 {
    bytes.iter().fold(hash, |hash, &b| fnv1a_step(hash, b))
}

/// The hash FNV-1a starts from.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// One byte of FNV-1a: for the walks that hash words as they read them.
#[inline]
pub(crate) fn fnv1a_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
}

/// The hashes of the words of a text — the words of [`words`], each hashed
/// as [`fnv1a64`] of its lower-case UTF-8 — without allocating the words.
pub fn word_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(words_expected(text));
    word_hashes_into(text, &mut out);
    out
}

/// Room for the words of `text` without growing: English news runs to
/// about six bytes a word with the space after it, and fewer in short words.
fn words_expected(text: &str) -> usize {
    text.len() / 5 + 8
}

/// [`word_hashes`] into `out`, after what it holds: one buffer can serve
/// many short texts.
pub fn word_hashes_into(text: &str, out: &mut Vec<u64>) {
    for_each_word(text, |hash, _| out.push(hash));
}

/// Call `found` with each word of `text` (a run of letters and digits) in
/// turn: its [`fnv1a64`] of the lower-case UTF-8, and where it is.
#[inline]
fn for_each_word(text: &str, mut found: impl FnMut(u64, Span)) {
    let (mut hash, mut start) = (FNV_OFFSET, None);
    let mut buf = [0u8; 4];
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            hash = fnv1a_step(hash, c.to_ascii_lowercase() as u8);
            start.get_or_insert(i);
        } else if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                hash = fnv1a(lower.encode_utf8(&mut buf).as_bytes(), hash);
            }
            start.get_or_insert(i);
        } else if let Some(from) = start.take() {
            found(hash, Span::new(from, i));
            hash = FNV_OFFSET;
        }
    }
    if let Some(from) = start {
        found(hash, Span::new(from, text.len()));
    }
}

/// The words of a text as [`word_hashes`] gives them, each with where it
/// is: one walk over a document serves its article's shingles and each of
/// its sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocatedWords {
    /// The words' hashes, in text order.
    pub hashes: Vec<u64>,
    /// Where each word is, in the same order.
    pub spans: Vec<Span>,
}

impl LocatedWords {
    /// The words of `text`.
    pub fn new(text: &str) -> Self {
        let mut words = LocatedWords {
            hashes: Vec::with_capacity(words_expected(text)),
            spans: Vec::with_capacity(words_expected(text)),
        };
        for_each_word(text, |hash, span| {
            words.hashes.push(hash);
            words.spans.push(span);
        });
        words
    }

    /// The hashes of the words of `span` of the text: the [`word_hashes`] of
    /// that part, or `None` when a word crosses its edge (the part's own
    /// words would then differ from the text's).
    pub fn within(&self, span: Span) -> Option<&[u64]> {
        let from = self.spans.partition_point(|w| w.end <= span.start);
        let to = self.spans.partition_point(|w| w.start < span.end).max(from);
        let inside = &self.spans[from..to];
        let crosses = inside.first().is_some_and(|w| w.start < span.start)
            || inside.last().is_some_and(|w| w.end > span.end);
        (!crosses).then(|| &self.hashes[from..to])
    }

    /// The hashes of the words outside `cut` (sorted spans, which may
    /// overlap): the [`word_hashes`] of the text with each cut replaced by a
    /// line break, or `None` when a word crosses a cut's edge.
    pub fn outside(&self, cut: &[Span]) -> Option<Vec<u64>> {
        let mut kept = Vec::with_capacity(self.hashes.len());
        let mut cuts = cut.iter().peekable();
        for (&hash, word) in self.hashes.iter().zip(&self.spans) {
            while cuts.next_if(|c| c.end <= word.start).is_some() {}
            // The cuts left end after this word starts; any that starts
            // before it ends overlaps it.
            let mut overlapping = cuts.clone().take_while(|c| c.start < word.end);
            match overlapping.next() {
                None => kept.push(hash),
                Some(c) if c.start <= word.start && c.end >= word.end => {}
                Some(_) => return None,
            }
        }
        Some(kept)
    }
}

/// The hash of a sequence of word hashes: a shingle, or a whole sentence.
pub fn sequence_hash(words: &[u64]) -> u64 {
    words.iter().fold(FNV_OFFSET, |hash, &w| {
        (hash ^ w).wrapping_mul(FNV_PRIME).rotate_left(29)
    })
}

/// The set of shingle hashes of a sequence of word hashes (see
/// [`word_hashes`]), sorted and without repeats. A text shorter than one
/// shingle is one shingle of all its words.
pub fn shingles_of(words: &[u64], size: usize) -> Vec<u32> {
    let size = size.max(1);
    let fold = |h: u64| (h ^ (h >> 32)) as u32;
    let mut out: Vec<u32> = if words.len() <= size {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![fold(sequence_hash(words))]
        }
    } else {
        words.windows(size).map(|w| fold(sequence_hash(w))).collect()
    };
    out.sort_unstable();
    out.dedup();
    out.shrink_to_fit();
    out
}

/// The set of shingle hashes of a word sequence, sorted and without
/// repeats: [`shingles_of`] the words' hashes.
pub fn shingles(words: &[String], size: usize) -> Vec<u32> {
    let hashes: Vec<u64> = words
        .iter()
        .map(|w| fnv1a64(w.to_lowercase().as_bytes()))
        .collect();
    shingles_of(&hashes, size)
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The fixed permutation coefficients `(a, b)` for `n` permutations.
fn coefficients(n: usize) -> Vec<(u64, u64)> {
    let mut state = 0x7072_6573_736c_696e; // a fixed seed
    (0..n)
        .map(|_| {
            // An odd multiplier, as multiply-shift hashing needs.
            (splitmix64(&mut state) | 1, splitmix64(&mut state))
        })
        .collect()
}

/// The MinHash signature of a shingle set (empty for an empty set).
pub fn signature(shingles: &[u32], permutations: usize) -> Vec<u32> {
    if shingles.is_empty() {
        return Vec::new();
    }
    // Multiply-shift hashing: (a·x + b) mod 2^64, top 32 bits — as good as
    // a prime modulus for MinHash, and several times faster.
    crate::min_hash_kernel::min_hashes(shingles, &coefficients(permutations))
}

/// Exact Jaccard similarity of two sorted sets.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = intersection(a, b);
    common as f64 / (a.len() + b.len() - common) as f64
}

/// How much of `a` is in `b` (|a ∩ b| / |a|).
pub fn containment(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    intersection(a, b) as f64 / a.len() as f64
}

/// Size of the intersection of two sorted sets.
pub fn intersection<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The LSH band keys of a signature: one hash per band of `permutations /
/// bands` rows, the band's number mixed in so that equal rows in different
/// bands do not meet. Two documents are candidates when any key is equal.
pub fn band_keys(signature: &[u32], bands: usize) -> Vec<u64> {
    if signature.is_empty() {
        return Vec::new();
    }
    let rows = (signature.len() / bands.max(1)).max(1);
    signature
        .chunks(rows)
        .take(bands.max(1))
        .enumerate()
        .map(|(band, slice)| {
            let mut hash = FNV_OFFSET ^ band as u64;
            for v in slice {
                hash = fnv1a(&v.to_le_bytes(), hash);
            }
            hash
        })
        .collect()
}

/// Candidate pairs `(i, j)` with `i < j`: documents with an equal band key
/// (see [`band_keys`]). Buckets larger than `max_bucket` are skipped (a band
/// shared by thousands of documents is template text, not a duplicate
/// cluster worth all its pairs).
pub fn candidates(keys: &[&[u64]], max_bucket: usize) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let bands = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    // One band at a time, sorted rather than hashed: a flat vector of
    // (key, document) is a fraction of a map of vectors at a million documents.
    let mut column: Vec<(u64, u32)> = Vec::with_capacity(keys.len());
    for band in 0..bands {
        column.clear();
        column.extend(
            keys.iter()
                .enumerate()
                .filter_map(|(doc, k)| Some((*k.get(band)?, u32::try_from(doc).ok()?))),
        );
        column.sort_unstable();
        for bucket in column.chunk_by(|a, b| a.0 == b.0) {
            if bucket.len() < 2 || bucket.len() > max_bucket {
                continue;
            }
            for (k, &(_, i)) in bucket.iter().enumerate() {
                for &(_, j) in &bucket[k + 1..] {
                    pairs.push((i as usize, j as usize));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located_test_texts() -> Vec<String> {
        let pieces = [
            "Bridge", "tolls", "12", "Über", "x\u{301}", "İ", "-", ".", "\n", "’", "漢字", "\u{a0}", "",
        ];
        crate::textutil::test_texts(&pieces, 400, 12, 0x9e37_79b9_7f4a_7c15)
    }

    /// Every span of `text` with both ends on character boundaries.
    fn spans_of(text: &str) -> Vec<Span> {
        let ends: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
        ends.iter()
            .flat_map(|&a| {
                ends.iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect()
    }

    /// Whether an edge of `span` falls inside a word of `text`.
    fn cuts_a_word(text: &str, span: Span) -> bool {
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        [span.start, span.end]
            .iter()
            .any(|&at| word(text[..at].chars().next_back()) && word(text[at..].chars().next()))
    }

    #[test]
    fn located_words_are_the_word_hashes_and_where_they_are() {
        for text in located_test_texts() {
            let located = LocatedWords::new(&text);
            assert_eq!(located.hashes, word_hashes(&text), "{text:?}");
            for (&hash, span) in located.hashes.iter().zip(&located.spans) {
                assert_eq!(word_hashes(span.slice(&text)), [hash], "{text:?}");
            }
        }
    }

    #[test]
    fn words_within_a_span_are_its_word_hashes_unless_a_word_crosses_an_edge() {
        for text in located_test_texts().iter().take(60) {
            let located = LocatedWords::new(text);
            for span in spans_of(text) {
                match located.within(span) {
                    Some(hashes) => assert_eq!(hashes, word_hashes(span.slice(text)), "{text:?} {span:?}"),
                    None => assert!(cuts_a_word(text, span), "{text:?} {span:?}"),
                }
            }
        }
    }

    #[test]
    fn words_outside_cuts_are_the_word_hashes_of_what_is_left() {
        let mut next = crate::textutil::test_numbers(7);
        for text in located_test_texts() {
            let located = LocatedWords::new(&text);
            let spans = spans_of(&text);
            for _ in 0..20 {
                let mut cut: Vec<Span> = (0..next() % 4)
                    .map(|_| spans[(next() % spans.len() as u64) as usize])
                    .collect();
                cut.sort();
                // What is left, as the article text is built: the union of the cuts goes, a line break marks each.
                let (mut left, mut pos) = (String::new(), 0);
                for c in &cut {
                    if c.start < pos {
                        pos = pos.max(c.end);
                        continue;
                    }
                    left.push_str(&text[pos..c.start]);
                    left.push('\n');
                    pos = c.end;
                }
                left.push_str(&text[pos..]);
                match located.outside(&cut) {
                    Some(hashes) => assert_eq!(hashes, word_hashes(&left), "{text:?} {cut:?}"),
                    None => assert!(cut.iter().any(|&c| cuts_a_word(&text, c)), "{text:?} {cut:?}"),
                }
            }
        }
    }

    fn set(text: &str) -> Vec<u32> {
        shingles(&words(text), 3)
    }

    #[test]
    fn word_hashes_are_the_hashes_of_the_words() {
        for text in [
            "Qingdao's ÉLAN, 2021-25: straße",
            "",
            "  leading and trailing  ",
            "ends in ß",
            "İstanbul Σ ΟΔΟΣ 漢字\u{a0}x١٢",
            "--",
        ] {
            let expected: Vec<u64> = words(text).iter().map(|w| fnv1a64(w.as_bytes())).collect();
            assert_eq!(word_hashes(text), expected, "{text:?}");
            assert_eq!(shingles_of(&word_hashes(text), 2), shingles(&words(text), 2));
        }
    }

    #[test]
    fn jaccard_and_containment() {
        let a = set("the port opened a new terminal on monday after two years of work");
        let b = set("the port opened a new terminal on monday after three years of work");
        let j = jaccard(&a, &b);
        assert!(j > 0.4 && j < 0.9, "{j}");
        assert_eq!(jaccard(&a, &a), 1.0);
        let body = set("the port opened a new terminal");
        assert_eq!(containment(&body, &a), 1.0);
    }

    #[test]
    fn signatures_estimate_jaccard_and_are_stable() {
        let text: String = (0..300).map(|i| format!("w{i} ")).collect();
        let edited = text.replace("w150 ", "changed ");
        let (a, b) = (set(&text), set(&edited));
        let (sa, sb) = (signature(&a, 128), signature(&b, 128));
        let agree = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / 128.0;
        assert!(
            (agree - jaccard(&a, &b)).abs() < 0.1,
            "{agree} vs {}",
            jaccard(&a, &b)
        );
        assert_eq!(sa, signature(&a, 128));
        let keys = [
            band_keys(&sa, 16),
            band_keys(&sb, 16),
            band_keys(&signature(&set("something else entirely here"), 128), 16),
        ];
        let pairs = candidates(&[&keys[0], &keys[1], &keys[2]], 100);
        assert_eq!(pairs, [(0, 1)]);
    }
}
