use presslint_core::{BlockKind, BoilerplateKind, CivilDate};

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A metadata date that disagrees with the date in the document's own dateline.
    ///
    /// ## What it finds
    /// A document whose metadata `date` is more than one day away from the
    /// date in its dateline — the date inside a wire dateline, or a line that
    /// is only a date near the top. One day is allowed for time zones.
    ///
    /// ## Why it matters
    /// One of the two is wrong. A release re-published months later under a
    /// new date, or metadata filled in from the crawl date, misplaces the
    /// story on every timeline built from the corpus.
    ///
    /// ## Example
    /// ```text
    /// LOS ANGELES, CA, UNITED STATES, November 5, 2020 /EINPresswire.com/ --
    ///                                 ^^^^^^^^^^^^^^^^ the dateline says 2020-11-05,
    ///                                                  the metadata says 2021-03-01
    /// ```
    ///
    /// ## Options
    /// None.
    pub struct DateMismatch {
        code: "V406",
        name: "date-mismatch",
        family: Validation,
        severity: Warning,
    }
}

/// Report a dateline date that is more than a day away from the metadata date.
pub fn check(ctx: &mut DocContext<'_>) {
    let doc = ctx.doc;
    let Some(meta_date) = doc.meta.date.as_deref().and_then(CivilDate::parse_iso) else {
        return;
    };
    let in_dateline = |span: presslint_core::Span| {
        doc.boilerplate
            .iter()
            .any(|b| b.kind == BoilerplateKind::WireDateline && b.span.contains(span))
            || doc
                .blocks
                .iter()
                .take(4)
                .any(|b| b.kind == BlockKind::Dateline && b.span.contains(span))
    };
    let Some((span, date)) = doc
        .dates
        .iter()
        .find(|d| in_dateline(d.span))
        .and_then(|d| Some((d.span, d.date?)))
    else {
        return;
    };
    if (date.days_since_epoch() - meta_date.days_since_epoch()).abs() > 1 {
        ctx.report(
            span,
            format!("the dateline says {date}, the metadata says {meta_date}"),
        );
    }
}
