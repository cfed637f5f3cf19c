use presslint_core::{Figure, Unit};

use crate::rule::{DocContext, declare_rule};
use crate::rules::figures::{describe, word_before};

declare_rule! {
    /// A part larger than its whole, or an impossible share.
    ///
    /// ## What it finds
    /// - `120 of the 106 tasks`: a count stated as part of a smaller count;
    /// - `of the 106 pilot tasks, 120 have been completed`: the same, the
    ///   whole named first;
    /// - `carries 106 pilot reform tasks, and 120 have been implemented`: a
    ///   count followed by the part of it that is done;
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

fn count(f: &Figure) -> bool {
    f.unit == Unit::Plain && f.hedge.is_none()
}

/// Report parts larger than their wholes and shares above 100%.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let figures = ctx.figures();
    let mut found = Vec::new();
    for (k, part) in figures.iter().enumerate() {
        let Some(next) = figures.get(k + 1) else { continue };
        let between = &text[part.span.end..next.span.start];
        let words: Vec<&str> = between.split_whitespace().collect();
        // `120 of the 106 tasks`.
        let of_the = matches!(words.as_slice(), ["of"] | ["of", "the" | "its" | "their" | "all"]);
        if of_the && count(part) && count(next) && part.interval.low > next.interval.high {
            found.push((part.span, part.clone(), next.clone()));
            continue;
        }
        // `of the 106 tasks, 120 have been`: here `part` is the whole.
        let whole = part;
        let named_first = word_before(text, whole.span.start) == "the"
            && text[..whole.span.start]
                .trim_end()
                .to_lowercase()
                .ends_with("of the")
            && between.trim_end().ends_with(',')
            && between.split_whitespace().count() <= 4
            && between
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || c == ',' || c == '-');
        if named_first && count(whole) && count(next) && next.interval.low > whole.interval.high {
            found.push((next.span, next.clone(), whole.clone()));
            continue;
        }
        // `carries 106 pilot reform tasks, and 120 have been implemented`.
        let counted = whole.key.as_ref().is_some_and(|k| k.family == "count");
        let joined = [", and", ", of which", " of which", ", while"]
            .iter()
            .any(|j| between.trim_end().ends_with(j))
            && between.split_whitespace().count() <= 6
            && !between.contains(['.', ';']);
        let after = text[next.span.end..].trim_start();
        let done = ["have been", "has been", "had been", "were ", "are now", "have "]
            .iter()
            .any(|w| after.starts_with(w));
        if counted && joined && done && count(next) && next.interval.low > whole.interval.high {
            found.push((next.span, next.clone(), whole.clone()));
        }
    }
    for share in figures
        .iter()
        .filter(|f| f.unit == Unit::Percent && f.interval.low > 100.0)
    {
        let after = text[share.span.end..].trim_start();
        let mut words = after.split_whitespace();
        let of = words.next() == Some("of");
        let next = words.next().unwrap_or("");
        let noun = if ["the", "its", "their", "all"].contains(&next) {
            words.next().unwrap_or("")
        } else {
            next
        };
        let noun = noun
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if of && WHOLES.contains(&noun.as_str()) {
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
