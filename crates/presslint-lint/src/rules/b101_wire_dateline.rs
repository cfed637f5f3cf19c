use presslint_core::{BoilerplateKind, Fix, Span};
use presslint_parse::wire::wire_name;

use super::residue::removal;
use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A wire service's dateline left in the article text.
    ///
    /// ## What it finds
    /// The place, date and wire tag that distribution services put in front
    /// of a release — `LOS ANGELES, CA, UNITED STATES, November 5, 2020
    /// /EINPresswire.com/ --`, `NEW YORK, Nov. 5, 2020 /PRNewswire/ --`,
    /// `SAN JOSE, Calif.--(BUSINESS WIRE)--`, and the GlobeNewswire, Accesswire
    /// and Newswire forms — wherever they stand, including glued to the end
    /// of the previous sentence where markup was stripped
    /// (`keynote speechLOS ANGELES, ...`).
    ///
    /// ## Why it matters
    /// The dateline is the wire's wrapper, not the article: it makes the same
    /// story look different when syndicated through two wires, puts a place
    /// the story is not about into the text, and reads as noise in a dataset.
    ///
    /// ## Example
    /// ```text
    /// Wang Qingxian attended the conference and delivered a keynote speechLOS ANGELES,
    /// CA, UNITED STATES, November 5, 2020 /EINPresswire.com/ -- Qingdao and Shanghai ...
    /// ```
    /// The fix removes the dateline, leaving a line break where it was glued
    /// to the previous sentence.
    ///
    /// ## Options
    /// None.
    pub struct WireDateline {
        code: "B101",
        name: "wire-dateline",
        family: Boilerplate,
        severity: Warning,
    }
}

/// Report every wire dateline the parser found.
pub fn check(ctx: &mut DocContext<'_>) {
    let text = &ctx.doc.text;
    let found: Vec<(Span, f32)> = ctx
        .doc
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::WireDateline)
        .map(|b| (b.span, b.confidence))
        .collect();
    for (span, confidence) in found {
        let covered = span.slice(text);
        let wire = wire_name(covered).unwrap_or("wire");
        let glued = text[..span.start]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace());
        let message = if glued {
            format!("{wire} dateline glued to the preceding text")
        } else {
            format!("{wire} dateline left in the article text")
        };
        let edit = removal(text, span);
        let diagnostic = ctx.report(span, message);
        if confidence >= 0.9 {
            diagnostic.fix = Some(Fix {
                message: "remove the dateline".to_string(),
                edits: vec![edit],
            });
        }
    }
}
