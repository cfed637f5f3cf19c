use presslint_core::{CivilDate, Span, Weekday};
use presslint_parse::dates::DayMention;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A weekday that does not match the date it is attached to.
    ///
    /// ## What it finds
    /// A date written with its weekday — `Thursday, November 6, 2020`,
    /// `Nov 6, 2020 (Thursday)` — where the calendar puts that date on another
    /// day. A date without its year (`on Thursday, November 6`) takes the
    /// year that puts it nearest the document's own date (its metadata date
    /// or its dateline), and is checked the same way, as is a weekday named
    /// beside `today`, `yesterday` or `tomorrow` (`today (Friday)` in an
    /// article dated Wednesday). The finding names both days so that it can
    /// be checked by hand.
    ///
    /// ## Why it matters
    /// One of the two is wrong, and a reader cannot tell which: the event may
    /// be dated wrongly in every copy that quotes the release.
    ///
    /// ## Example
    /// ```text
    /// The forum opens on Thursday, November 6, 2020 in Qingdao.
    ///                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ Thursday does not match the date: 2020-11-06 is a Friday
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct WeekdayMismatch {
        code: "F301",
        name: "weekday-mismatch",
        family: Figure,
        severity: Warning,
    }
}

/// Report dates whose stated weekday is not the calendar's.
pub fn check(ctx: &mut DocContext<'_>) {
    let mismatches: Vec<_> = ctx
        .doc
        .dates
        .iter()
        .filter_map(|mention| {
            let (date, stated) = (mention.date?, mention.weekday?);
            let actual = date.weekday();
            (actual != stated).then_some((mention.span, date, stated, actual))
        })
        .collect();
    let mut mismatches = mismatches;
    mismatches.extend(yearless_mismatches(ctx.doc, ctx.days()));
    mismatches.extend(relative_mismatches(ctx.doc));
    for (span, date, stated, actual) in mismatches {
        ctx.report(
            span,
            format!(
                "{} does not match the date: {date} is a {}",
                stated.name(),
                actual.name()
            ),
        );
    }
}

/// Weekdays next to a date without a year (`on Thursday, November 6`), the
/// year taken from the document's date, that the calendar contradicts.
fn yearless_mismatches(
    doc: &presslint_core::Document,
    days: &[DayMention],
) -> Vec<(Span, CivilDate, Weekday, Weekday)> {
    let Some(own) = crate::event::document_date(doc) else {
        return Vec::new();
    };
    days.windows(2)
        .filter_map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let gap = &doc.text[a.span.end..b.span.start];
            if gap.len() > 3 || !gap.chars().all(|c| c == ',' || c == ' ' || c == '(') {
                return None;
            }
            let (stated, (month, day)) = match (a.weekday, b.month_day, a.month_day, b.weekday) {
                (Some(w), Some(md), _, _) | (_, _, Some(md), Some(w)) => (w, md),
                _ => return None,
            };
            let date = [own.year - 1, own.year, own.year + 1]
                .iter()
                .filter_map(|&y| CivilDate::new(y, month, day))
                .min_by_key(|d| (d.days_since_epoch() - own.days_since_epoch()).abs())?;
            let actual = date.weekday();
            (actual != stated).then_some((Span::new(a.span.start, b.span.end), date, stated, actual))
        })
        .collect()
}

/// `today (Friday)`, `yesterday, Sunday`: a weekday named beside a day
/// relative to the document's date, that the calendar contradicts.
fn relative_mismatches(doc: &presslint_core::Document) -> Vec<(Span, CivilDate, Weekday, Weekday)> {
    use presslint_parse::relative::{Relative, find_relative_days};
    let Some(own) = crate::event::document_date(doc) else {
        return Vec::new();
    };
    find_relative_days(&doc.text)
        .into_iter()
        .filter_map(|m| {
            let Relative::Day(shift) = m.relative else {
                return None;
            };
            let rest = &doc.text[m.span.end..];
            let gap = rest.len() - rest.trim_start_matches([' ', ',', '(']).len();
            if gap == 0 || gap > 3 {
                return None;
            }
            let word: String = rest[gap..].chars().take_while(|c| c.is_alphabetic()).collect();
            let stated = Weekday::ALL.into_iter().find(|d| d.name() == word)?;
            let date = CivilDate::from_days_since_epoch(own.days_since_epoch() + shift);
            let actual = date.weekday();
            (actual != stated).then_some((
                Span::new(m.span.start, m.span.end + gap + word.len()),
                date,
                stated,
                actual,
            ))
        })
        .collect()
}
