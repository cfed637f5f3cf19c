use std::borrow::Cow;

use presslint_core::{Figure, Unit};

use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::describe;
use crate::textutil::strip_possessive;

declare_rule! {
    /// A part larger than its whole, or an impossible share.
    ///
    /// ## What it finds
    /// - `120 of the 106 tasks`: a count stated as part of a smaller count;
    /// - `of the 106 pilot tasks, 120 have been completed`: the same, the
    ///   whole named first;
    /// - `carries 106 pilot reform tasks, and 120 have been implemented`: a
    ///   count followed by the part of it that is done;
    /// - `Of the $2.5 billion raised, $2.8 billion will be used`, `covers 40
    ///   hectares, of which 52 hectares are woodland`: amounts and measures too;
    /// - `135% of the staff`: a share above 100% of something that cannot be
    ///   exceeded — people, staff, voters, households, shares, seats. Shares
    ///   of amounts that can grow (`150% of last year's level`) are left alone.
    ///
    /// Both figures are compared as intervals, so `about 110 of the 106`
    /// stays silent.
    ///
    /// ## Why it matters
    /// A part that exceeds its whole is a typo in one of the two numbers, and
    /// progress reports (`120 of 106 reform tasks implemented`) are exactly
    /// where such figures are repeated uncritically.
    ///
    /// ## Example
    /// ```text
    /// Of the 106 pilot reform tasks, 120 have been implemented.
    ///                                ^^^ part `120` (119.5–120.5) is larger than its whole `106` (105.5–106.5)
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct PartExceedsWhole {
        code: "F203",
        name: "part-exceeds-whole",
        family: Figure,
        severity: Warning,
    }
}

/// Things a share of which cannot exceed 100%.
const WHOLES: [&str; 22] = [
    "staff",
    "workers",
    "employees",
    "people",
    "population",
    "voters",
    "households",
    "members",
    "residents",
    "students",
    "respondents",
    "seats",
    "votes",
    "shares",
    "companies",
    "firms",
    "children",
    "adults",
    "patients",
    "users",
    "customers",
    "workforce",
];

/// Whether the words right before `pos`, in its sentence, are `of the` (or
/// `of its`), or those and a possessive (`Of the region's`).
fn of_the_before(text: &str, pos: usize) -> bool {
    let lead = &text[..pos];
    let sentence = lead
        .rfind(['.', '!', '?', ';', ':', '"', '\n'])
        .map_or(lead, |k| &lead[k + 1..]);
    // Only its last three words matter, lower-cased; `last[0]` is the last.
    let mut last: [Cow<str>; 3] = Default::default();
    let mut n = 0;
    for word in sentence.split_whitespace().rev().take(3) {
        last[n] = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(word.to_lowercase())
        };
        n += 1;
    }
    let of_the = |k: usize| n >= k && last[k - 1] == "of" && ["the", "its", "their"].contains(&&*last[k - 2]);
    let possessive = n > 0 && strip_possessive(&last[0]).is_some();
    of_the(2) || (of_the(3) && possessive)
}

/// Words that may stand between `of` and a whole: `of the`, `of its`.
const DETERMINERS: [&str; 6] = ["the", "its", "their", "all", "a", "an"];

/// A part and a whole that can be compared: unhedged amounts in one unit
/// (counts, money or a physical unit).
fn comparable(part: &Figure, whole: &Figure) -> bool {
    part.hedge.is_none()
        && whole.hedge.is_none()
        && part.unit == whole.unit
        && matches!(part.unit, Unit::Plain | Unit::Currency(_) | Unit::Physical(_))
}

/// Report parts larger than their wholes and shares above 100%.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for (k, part) in figures.iter().enumerate() {
        let Some(next) = figures.get(k + 1) else { continue };
        if next.span.start < part.span.end {
            continue;
        }
        let between = &text[part.span.end..next.span.start];
        // No test below reads past the thirteenth word.
        let mut first_words = [""; 13];
        let mut n = 0;
        for word in between.split_whitespace().take(first_words.len()) {
            first_words[n] = word;
            n += 1;
        }
        let words = &first_words[..n];
        // `120 of the 106 tasks`, `3,400 of the plant's 3,150 workers`, `52 hectares of a 40-hectare reserve`.
        let of_the = words.first() == Some(&"of")
            && words.len() <= 3
            && words[1..]
                .iter()
                .all(|w| DETERMINERS.contains(w) || strip_possessive(w).is_some());
        if of_the && comparable(part, next) && part.interval.low > next.interval.high {
            found.push((part.span, part.clone(), next.clone()));
            continue;
        }
        // `Of the 106 tasks, 120 have been`, `Of the region's 2.4 million
        // households, 2.6 million ...`: here `part` is the whole.
        let whole = part;
        let named_first = of_the_before(text, whole.span.start)
            && between.trim_end().ends_with(',')
            && words.len() <= 12
            && !between.contains(['.', ';', '!', '?']);
        if named_first && comparable(whole, next) && next.interval.low > whole.interval.high {
            found.push((next.span, next.clone(), whole.clone()));
            continue;
        }
        // `covers 40 hectares, of which 52 hectares are`; `carries 106 pilot
        // reform tasks, and 120 have been implemented`.
        let of_which = between.trim_end().ends_with(", of which") && words.len() <= 8;
        let counted = whole.key.as_ref().is_some_and(|k| k.family == "count");
        let joined = [", and", ", while"]
            .iter()
            .any(|j| between.trim_end().ends_with(j))
            && words.len() <= 6
            && !between.contains(['.', ';']);
        let after = text[next.span.end..].trim_start();
        let done = ["have been", "has been", "had been", "were ", "are now", "have "]
            .iter()
            .any(|w| after.starts_with(w));
        if (of_which || (counted && joined && done))
            && comparable(whole, next)
            && next.interval.low > whole.interval.high
        {
            found.push((next.span, next.clone(), whole.clone()));
        }
    }
    for share in figures
        .iter()
        .filter(|f| f.unit == Unit::Percent && f.interval.low > 100.0)
    {
        // `135% of the staff`, `112 percent of Corvane's 600 production workers`.
        let after = text[share.span.end..].trim_start();
        let mut words = after.split_whitespace();
        let of = words.next() == Some("of");
        let whole = words
            .take(5)
            .take_while(|w| {
                !w.ends_with(['.', ',', ';']) || WHOLES.contains(&w.trim_end_matches(['.', ',', ';']))
            })
            .any(|w| {
                WHOLES.contains(
                    &w.trim_end_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            });
        if of && whole {
            found.push((share.span, share.clone(), share.clone()));
        }
    }
    for (span, part, whole) in found {
        if part.span == whole.span {
            ctx.report(
                span,
                format!(
                    "a share of {} of something that cannot exceed 100%",
                    describe(&part, text)
                ),
            );
        } else {
            let related = ctx.related(whole.span, "the whole");
            ctx.report(
                span,
                format!(
                    "part {} is larger than its whole {}",
                    describe(&part, text),
                    describe(&whole, text)
                ),
            )
            .related
            .push(related);
        }
    }
}
