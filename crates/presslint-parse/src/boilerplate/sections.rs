//! Verdicts that depend on neighbouring lines: sections under a heading,
//! menus, a credit above the story, and short lines between residue.

use presslint_core::BoilerplateKind;

use super::Line;
use super::lines::{Verdict, has_email, has_phone};

/// Carry a heading's verdict to the lines of its section: the paragraphs of
/// `About Acme` and of a safe-harbour heading, the short lines of a contact block.
pub fn extend_sections(lines: &[Line<'_>], verdicts: &mut [Verdict]) {
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if verdicts[i].is_none() && is_about_heading(line) {
            verdicts[i] = Some((BoilerplateKind::AboutCompany, 0.93));
        } else if verdicts[i].is_none() && is_about_run_on(line) {
            verdicts[i] = Some((BoilerplateKind::AboutCompany, 0.88));
        }
        match verdicts[i] {
            Some((BoilerplateKind::AboutCompany, _)) if is_about_heading(line) || is_about_run_on(line) => {
                // The standing description: at most three paragraphs.
                i = carry(lines, verdicts, i, BoilerplateKind::AboutCompany, 0.9, 3, |l| {
                    l.words >= 8 && !l.is_label()
                });
            }
            Some((BoilerplateKind::SafeHarbor | BoilerplateKind::Disclaimer, confidence))
                if line.words <= 8 =>
            {
                let kind = verdicts[i].map_or(BoilerplateKind::Disclaimer, |v| v.0);
                i = carry(lines, verdicts, i, kind, confidence.min(0.92), 4, |l| {
                    l.words >= 8
                });
            }
            Some((BoilerplateKind::DistributionNotice, _)) if line.lower == "news provided by" => {
                i = carry(
                    lines,
                    verdicts,
                    i,
                    BoilerplateKind::DistributionNotice,
                    0.9,
                    1,
                    |l| l.words <= 8,
                );
            }
            Some((BoilerplateKind::WebWidget, _)) if is_list_heading(line) => {
                // `Read more` or `Related stories` above a list of headlines.
                i = carry(lines, verdicts, i, BoilerplateKind::WebWidget, 0.85, 6, |l| {
                    l.words <= 14 && !l.ends_sentence
                });
            }
            Some((BoilerplateKind::Contact, _)) if line.words <= 8 => {
                i = carry(
                    lines,
                    verdicts,
                    i,
                    BoilerplateKind::Contact,
                    0.9,
                    8,
                    is_contact_detail,
                );
            }
            _ => i += 1,
        }
    }
}

/// Give `kind` to the unclassified lines after `start` while `belongs` holds;
/// returns the index after the section.
#[allow(clippy::too_many_arguments)]
fn carry(
    lines: &[Line<'_>],
    verdicts: &mut [Verdict],
    start: usize,
    kind: BoilerplateKind,
    confidence: f32,
    most: usize,
    belongs: impl Fn(&Line<'_>) -> bool,
) -> usize {
    let mut j = start + 1;
    while j < lines.len() && verdicts[j].is_none() && belongs(&lines[j]) && j - start <= most {
        verdicts[j] = Some((kind, confidence));
        j += 1;
    }
    j.max(start + 1)
}

/// `About Acme Corp`, `About Acme Holdings, Inc.`, `About the Company`, `ABOUT ACME:`.
pub fn is_about_heading(line: &Line<'_>) -> bool {
    let mut words = line.text.split_whitespace();
    if !matches!(words.next(), Some("About" | "ABOUT")) {
        return false;
    }
    let Some(first) = words.next() else { return false };
    let capitalised = first.chars().next().is_some_and(char::is_uppercase);
    if !capitalised || line.words > 8 {
        return false;
    }
    // A heading may end in `Inc.` or `Corp.`, but not in a sentence.
    let last = line.text.split_whitespace().next_back().unwrap_or("");
    let abbreviation = [
        "Inc.", "Corp.", "Ltd.", "Co.", "LLC.", "S.A.", "N.V.", "plc.", "Ltd.:", "Inc.:",
    ]
    .contains(&last);
    !line.ends_sentence || abbreviation
}

/// `About Maplehurst Maplehurst Bancorp, Inc. is the holding company ...`: a
/// heading run into its description, the company's name said twice.
fn is_about_run_on(line: &Line<'_>) -> bool {
    let mut words = line.text.split_whitespace();
    if words.next() != Some("About") {
        return false;
    }
    let Some(name) = words.next() else { return false };
    name.chars().next().is_some_and(char::is_uppercase)
        && name.len() >= 3
        && line.words > 8
        && line.text.split_whitespace().skip(2).take(3).any(|w| w == name)
}

/// `Read more:`, `Related stories`, `More from the Courier`, `Other News in Parks`.
fn is_list_heading(line: &Line<'_>) -> bool {
    line.words <= 6
        && [
            "read more",
            "related",
            "more from",
            "other news",
            "you may also like",
            "most read",
            "recommended",
        ]
        .iter()
        .any(|p| line.lower.starts_with(p))
}

/// A block of short lines (no blank line inside) that holds a phone number,
/// an e-mail address, office hours or a street address is a contact block:
/// the names, titles and organisations around those lines belong to it.
pub fn contact_blocks(lines: &[Line<'_>], verdicts: &mut [Verdict]) {
    let mut start = 0;
    while start < lines.len() {
        let mut end = start + 1;
        while end < lines.len() && !lines[end].gap_before {
            end += 1;
        }
        let block = start..end;
        let short = lines[block.clone()]
            .iter()
            .all(|l| l.words <= 12 && (!l.ends_sentence || is_contact_detail(l)));
        // Asked only of blocks of short lines: paragraphs of prose are most
        // of a text, and the phone search reads every digit of them.
        let anchored = || {
            lines[block.clone()]
                .iter()
                .zip(&verdicts[block.clone()])
                .any(|(l, v)| {
                    has_phone(l.text)
                        || has_email(l.text)
                        || matches!(v, Some((BoilerplateKind::Contact | BoilerplateKind::Address, _)))
                })
        };
        if short && end - start >= 2 && anchored() {
            for verdict in &mut verdicts[block] {
                if verdict.is_none() || matches!(verdict, Some((BoilerplateKind::Navigation, _))) {
                    *verdict = Some((BoilerplateKind::Contact, 0.87));
                }
            }
        }
        start = end;
    }
}

/// A place line (`Shinan District, Qingdao`) within two lines of a phone,
/// e-mail or office hours is an address.
pub fn places_near_contacts(lines: &[Line<'_>], verdicts: &mut [Verdict]) {
    for i in 0..lines.len() {
        if verdicts[i].is_some() || !super::lines::is_place_line(&lines[i]) {
            continue;
        }
        let near = (i.saturating_sub(2)..(i + 3).min(lines.len())).any(|j| {
            j != i
                && matches!(
                    verdicts[j],
                    Some((BoilerplateKind::Contact | BoilerplateKind::Address, _))
                )
        });
        if near {
            verdicts[i] = Some((BoilerplateKind::Address, 0.82));
        }
    }
}

/// A line of a contact block: a name, a title, a company, a phone, an e-mail, a web address.
fn is_contact_detail(line: &Line<'_>) -> bool {
    line.words <= 10
        && (!line.ends_sentence
            || has_email(line.text)
            || line.lower.starts_with("www.")
            || line.lower.contains(".com"))
        || has_phone(line.text)
        || has_email(line.text)
}

/// Three or more short labels in a row, with no prose among them, are a menu.
pub fn menus(lines: &[Line<'_>], verdicts: &mut [Verdict]) {
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        // Other residue inside a menu (share buttons, an end mark) does not
        // break it: the menu must be found the same whether that residue is
        // still there or was cleaned away, so that cleaning is idempotent.
        let mut labels = 0;
        while j < lines.len() {
            let free = verdicts[j].is_none() || matches!(verdicts[j], Some((BoilerplateKind::Navigation, _)));
            let other_residue = !free;
            if !(other_residue || is_menu_label(&lines[j])) {
                break;
            }
            labels += usize::from(!other_residue);
            j += 1;
        }
        let scanned = j;
        // A run does not end on other residue.
        while j > i && verdicts[j - 1].is_some_and(|v| v.0 != BoilerplateKind::Navigation) {
            j -= 1;
        }
        let run = labels;
        let followed_by_prose = lines.get(scanned).is_some_and(|l| l.prose_words >= 12);
        // A heading and two words of a list could look alike: demand more
        // labels when prose follows directly.
        if run >= 4 || (run == 3 && !followed_by_prose) {
            let confidence = if run >= 5 { 0.95 } else { 0.85 };
            for verdict in &mut verdicts[i..j] {
                if verdict.is_none() {
                    *verdict = Some((BoilerplateKind::Navigation, confidence));
                }
            }
        }
        i = scanned.max(i + 1);
    }
}

/// A label that can stand in a menu: not a fixture (`Arsenal v Stoke`), a
/// place with its city (`Murrayfield, Edinburgh`) or a dated line.
fn is_menu_label(line: &Line<'_>) -> bool {
    let label = line.is_label() || (line.words <= 4 && line.text.ends_with("...") && line.text.len() <= 32);
    label
        && !line.text.contains([',', '(', ':'])
        && !line.text.contains(" v ")
        && !line.text.contains(" vs")
        && !line.text.chars().any(|c| c.is_ascii_digit())
}

/// A lone credit above the story: a one- or two-word name on the first line,
/// with the prose starting right below and no headline. Unsure by nature, so
/// it is reported with a low confidence that `clean` does not act on.
pub fn top_credit(lines: &[Line<'_>], verdicts: &mut [Verdict]) {
    let Some(first) = lines.iter().position(|_| true) else {
        return;
    };
    let (line, next) = (&lines[first], lines.get(first + 1));
    if verdicts[first].is_none()
        && (1..=2).contains(&line.words)
        && line.is_label()
        && line
            .text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && next.is_some_and(|n| n.words >= 20 && n.ends_sentence)
    {
        verdicts[first] = Some((BoilerplateKind::PhotoCredit, 0.6));
    }
}

/// A short line between two residue lines of the same kind, in the lower
/// half of the text, takes that kind: footers interleave names and addresses
/// with phones and hours.
pub fn sandwiched(lines: &[Line<'_>], verdicts: &mut [Verdict]) {
    let n = lines.len();
    for i in 1..n.saturating_sub(1) {
        let line = &lines[i];
        if verdicts[i].is_some() || line.ends_sentence || line.words > 12 {
            continue;
        }
        // Inside the trailing run of residue, any residue above will do;
        // elsewhere, only in the lower half of the text and between residue
        // of one kind.
        let in_tail = verdicts[i + 1..].iter().all(Option::is_some);
        let lower_half = line.span.start * 2 >= lines[n - 1].span.end;
        if let (Some((above, _)), Some((below, _))) = (verdicts[i - 1], verdicts[i + 1])
            && (in_tail || (above == below && lower_half))
            && below != BoilerplateKind::Markup
        {
            verdicts[i] = Some((below, 0.75));
        }
    }
}
