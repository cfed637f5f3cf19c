use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A weekday that does not match the date it is attached to.
    ///
    /// ## What it finds
    /// A date written with its weekday — `Thursday, November 6, 2020`,
    /// `Nov 6, 2020 (Thursday)` — where the calendar puts that date on another
    /// day. The finding names both days so that it can be checked by hand.
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
