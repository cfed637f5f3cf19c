use presslint_core::Span;
use serde::Deserialize;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// Words run together where markup was stripped.
    ///
    /// ## What it finds
    /// Three shapes of join that extraction leaves behind when a tag between
    /// two pieces of text is removed without a space:
    /// - a lower-case word run into a capitalised word (`websiteThe`), or into
    ///   capitals that go on in capitals (`speechLOS ANGELES`);
    /// - a number of two or more digits run into a capitalised word:
    ///   `May 22, 2021Byiqingdao`;
    /// - a sentence run into the next without a space: `said.The`.
    ///
    /// Names written in camel case start with a capital (`PlayStation`,
    /// `TimeWarner`), with a short lower-case prefix (`iPhone`, `eBay`), or
    /// end in a few capitals (`phpBB`, `miniMIXA`), and are not flagged; units after numbers (`100Mbps`), ordinals and
    /// decades are not either. Web addresses, e-mail addresses and handles
    /// are skipped. Anything else legitimate goes in the allow-list.
    ///
    /// ## Why it matters
    /// Glued words are not words: they defeat search, tokenisers and
    /// spell-checkers, and they are the trace of layout lost on extraction,
    /// so residue is often nearby.
    ///
    /// ## Example
    /// ```text
    /// delivered a keynote speechLOS ANGELES, CA
    ///                     ^^^^^^^^^ `speech` and `LOS` are run together
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.glued-words]
    /// allow = ["easyJet", "macOS"]   # words never flagged, added to the built-in list
    /// ```
    pub struct GluedWords {
        code: "V301",
        name: "glued-words",
        family: Validation,
        severity: Warning,
    }
}

/// Options of `glued-words`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct GluedWordsOptions {
    /// Words that are never flagged, besides the built-in list.
    pub allow: Vec<String>,
}

/// Legitimate words of the flagged shapes, matched case-sensitively.
const BUILT_IN_ALLOW: &[&str] = &[
    "easyJet",
    "easyGroup",
    "easyCar",
    "easyHotel",
    "easyCruise",
    "macOS",
    "watchOS",
    "tvOS",
    "iPadOS",
    "jQuery",
    "ebookers",
    "mySociety",
    "myFC",
    "lastminute",
];

/// Units and suffixes that follow digits legitimately.
const UNITS: &[&str] = &[
    "Mbps", "Gbps", "Kbps", "Mbit", "Gbit", "Mhz", "Ghz", "Khz", "Mwh", "Gwh", "Kwh",
];

/// Report each glued join.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let allow = &ctx.config.rules.glued_words.allow;
    let mut found = Vec::new();
    for_each_glued_token(text, |start, token, next| {
        let next_caps = next.is_some_and(|w| {
            let mut letters = w.chars().filter(|c| c.is_alphabetic());
            letters.clone().count() >= 2 && letters.all(char::is_uppercase)
        });
        if token.contains("://") || token.contains("www.") || token.contains('@') || token.starts_with('#') {
            return;
        }
        for (offset, len, left, right) in joins(token, next_caps) {
            let word = &token[offset..offset + len];
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            if BUILT_IN_ALLOW.contains(&bare) || allow.iter().any(|a| a == bare) {
                continue;
            }
            found.push((
                Span::new(start + offset, start + offset + len),
                left.to_string(),
                right.to_string(),
            ));
        }
    });
    for (span, left, right) in found {
        ctx.report(span, format!("`{left}` and `{right}` are run together"));
    }
}

/// Call `glued` with each white-space-delimited token that
/// [`might_be_glued`], its offset and the token after it. One walk over the
/// bytes, deciding both at once: most tokens are neither kept nor looked at
/// again, and only non-ASCII characters are decoded.
fn for_each_glued_token<'t>(text: &'t str, mut glued: impl FnMut(usize, &'t str, Option<&'t str>)) {
    let bytes = text.as_bytes();
    // In ASCII text, a capital right after a join is a pair of neighbouring
    // bytes, and most texts have none: then no token can be glued.
    let join = |w: &[u8]| {
        w[1].is_ascii_uppercase()
            && (w[0].is_ascii_lowercase() || w[0].is_ascii_digit() || matches!(w[0], b'.' | b'!' | b'?'))
    };
    if text.is_ascii() && !bytes.windows(2).any(join) {
        return;
    }
    // The last token that might be glued, waiting for the token after it.
    let mut waiting: Option<(usize, &str)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (c, width) = char_at(text, i);
        if c.is_whitespace() {
            i += width;
            continue;
        }
        let start = i;
        let (mut previous, mut might) = (' ', false);
        while i < bytes.len() {
            let (c, width) = char_at(text, i);
            if c.is_whitespace() {
                break;
            }
            might |= capital_after_join(previous, c);
            previous = c;
            i += width;
        }
        let token = &text[start..i];
        if let Some((at, before)) = waiting.take() {
            glued(at, before, Some(token));
        }
        if might {
            waiting = Some((start, token));
        }
    }
    if let Some((at, token)) = waiting {
        glued(at, token, None);
    }
}

/// The character at byte `i` and its length, decoding only past ASCII.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// A capital right after a lower-case letter, a digit or a sentence mark.
fn capital_after_join(previous: char, c: char) -> bool {
    c.is_uppercase()
        && (previous.is_lowercase() || previous.is_ascii_digit() || matches!(previous, '.' | '!' | '?'))
}

/// Whether a token has a capital right after a lower-case letter, a digit or
/// a sentence mark: a cheap test that lets most tokens skip [`joins`].
#[cfg(test)]
fn might_be_glued(token: &str) -> bool {
    let mut prev = ' ';
    for c in token.chars() {
        if capital_after_join(prev, c) {
            return true;
        }
        prev = c;
    }
    false
}

/// The glued joins inside one whitespace-delimited token: (offset, length of
/// the glued word, left part, right part).
fn joins(token: &str, next_word_is_capitals: bool) -> Vec<(usize, usize, &str, &str)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = token.char_indices().collect();
    let end_of_letters = |from: usize| {
        chars[from..]
            .iter()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(token.len(), |&(o, _)| o)
    };
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let at_word_start = i == 0 || !chars[i - 1].1.is_alphanumeric();
        if !at_word_start {
            i += 1;
            continue;
        }
        if c.is_lowercase() {
            // A lower-case word run into a capital: `speechLOS`.
            let lower = chars[i..].iter().take_while(|(_, c)| c.is_lowercase()).count();
            if let Some(&(cap, next)) = chars.get(i + lower)
                && lower >= 3
                && next.is_uppercase()
            {
                let end = end_of_letters(i + lower);
                let right = &token[cap..end];
                // A capitalised word (`websiteThe`) or a run of capitals that
                // goes on in capitals after the token (`speechLOS ANGELES`);
                // product names such as `phpBB` or `miniMIXA` are neither.
                let title = right.chars().skip(1).all(char::is_lowercase) && right.chars().count() >= 3;
                let caps_go_on = right.chars().all(char::is_uppercase)
                    && right.chars().count() >= 2
                    && end == token.len()
                    && next_word_is_capitals;
                if title || caps_go_on {
                    out.push((start, end - start, &token[start..cap], right));
                }
            }
        } else if c.is_ascii_digit() {
            // A number run into a capitalised word: `2021Byiqingdao`.
            let digits = chars[i..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
            if let Some(&(cap, next)) = chars.get(i + digits)
                && digits >= 2
                && next.is_uppercase()
            {
                let end = end_of_letters(i + digits);
                let word = &token[cap..end];
                let lower_after = word.chars().skip(1).filter(|c| c.is_lowercase()).count();
                if lower_after >= 2 && word.chars().skip(1).all(char::is_lowercase) && !UNITS.contains(&word)
                {
                    out.push((start, end - start, &token[start..cap], word));
                }
            }
        }
        i += 1;
    }
    // A sentence run into the next: `said.The`.
    for (k, &(dot, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') || k < 2 {
            continue;
        }
        let lower_before = chars[..k]
            .iter()
            .rev()
            .take_while(|(_, c)| c.is_lowercase())
            .count();
        let word_start_k = k - lower_before;
        let clean_start = word_start_k == 0 || !chars[word_start_k - 1].1.is_alphanumeric();
        if lower_before < 2 || !clean_start {
            continue;
        }
        let Some(&(cap, next)) = chars.get(k + 1) else {
            continue;
        };
        let rest_lower = chars[k + 2..]
            .iter()
            .take_while(|(_, c)| c.is_lowercase())
            .count();
        if next.is_uppercase() && rest_lower >= 2 {
            let end = end_of_letters(k + 1);
            if end == token.len() || !token[end..].starts_with('.') {
                let start = chars[word_start_k].0;
                out.push((start, end - start, &token[start..dot], &token[cap..end]));
            }
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::{for_each_glued_token, joins, might_be_glued};
    use crate::textutil::words_with_offsets;

    #[test]
    fn glued_tokens_are_the_tokens_that_might_be_glued() {
        for text in [
            "",
            "plain words only",
            "the speechLOS ANGELES, CA and websiteThe end.",
            "U.S.Army 2020Report iPhone\u{a0}éÉtat ÀB\u{2003}x.Y",
            "  lastWord",
            "aB",
            "firstWord then\tnextWord\n\nAnd endings!Yes",
        ] {
            let tokens: Vec<(usize, &str)> = words_with_offsets(text).collect();
            let expected: Vec<(usize, &str, Option<&str>)> = tokens
                .iter()
                .enumerate()
                .filter(|(_, (_, t))| might_be_glued(t))
                .map(|(n, &(at, t))| (at, t, tokens.get(n + 1).map(|&(_, w)| w)))
                .collect();
            let mut found = Vec::new();
            for_each_glued_token(text, |at, t, next| found.push((at, t, next)));
            assert_eq!(found, expected, "{text:?}");
        }
    }

    fn glued(token: &str) -> Vec<(&str, &str)> {
        joins(token, false)
            .into_iter()
            .map(|(_, _, l, r)| (l, r))
            .collect()
    }

    #[test]
    fn flags_the_three_shapes() {
        assert_eq!(joins("speechLOS", true)[0].2, "speech");
        assert!(joins("speechLOS", false).is_empty());
        assert_eq!(glued("2021Byiqingdao"), [("2021", "Byiqingdao")]);
        assert_eq!(glued("said.The"), [("said", "The")]);
        assert_eq!(glued("(websiteThe"), [("website", "The")]);
    }

    #[test]
    fn leaves_legitimate_forms_alone() {
        for token in [
            "iPhone",
            "McDonald",
            "eBay",
            "COVID-19",
            "3D",
            "H1N1",
            "PhD",
            "PlayStation",
            "TimeWarner",
            "1990s",
            "100Mbps",
            "10th",
            "4G",
            "3Com",
            "U.S.",
            "Ph.D.",
            "e.g.",
            "Mr.Smith",
            "St.Louis",
            "£5.3bn",
            "ABC.",
            "site.co.uk",
            "v2.0",
            "phpBB",
            "miniMIXA",
        ] {
            assert!(glued(token).is_empty(), "{token} was flagged: {:?}", glued(token));
        }
    }
}
