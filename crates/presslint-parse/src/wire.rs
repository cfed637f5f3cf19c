//! Wire-service datelines: `CITY, STATE, COUNTRY, Month D, YYYY /EINPresswire.com/ --`
//! and the equivalents of other wires, found wherever they stand — at the
//! start of a line or glued to the end of the previous sentence where markup
//! was stripped.

use presslint_core::{BoilerplateKind, BoilerplateSpan, Span};

use crate::scan::skip_blanks;

/// The wire tags recognised, with the wire's name. A space in a tag matches
/// any run of white space, and white space may pad the inside of its
/// brackets or slashes (`/ ACCESSWIRE /`, `(BUSINESS  WIRE)`); PR Newswire's
/// regional tags (`/PRNewswire-Asia/`) count too.
pub const WIRE_TAGS: [(&str, &str); 13] = [
    ("/EINPresswire.com/", "EIN Presswire"),
    ("/PRNewswire/", "PR Newswire"),
    ("(BUSINESS WIRE)", "Business Wire"),
    ("(GLOBE NEWSWIRE)", "GlobeNewswire"),
    ("/ACCESSWIRE/", "Accesswire"),
    ("/Newswire.com/", "Newswire"),
    ("(Newswire.com)", "Newswire"),
    ("(Reuters)", "Reuters"),
    ("(AP)", "AP"),
    ("(AFP)", "AFP"),
    ("(Xinhua)", "Xinhua"),
    ("(UPI)", "UPI"),
    ("(dpa)", "dpa"),
];

/// The wire whose tag appears in `text`, if any.
pub fn wire_name(text: &str) -> Option<&'static str> {
    let opens = tag_openings(text);
    WIRE_TAGS
        .iter()
        .find_map(|&(tag, wire)| find_tag(text, &opens, tag, 0).map(|_| wire))
}

/// Where a tag could open: every `/` and `(` of the text, in order. Tags
/// are looked for from these rather than by searching the whole text for
/// each tag's word.
fn tag_openings(text: &str) -> Vec<usize> {
    memchr::memchr2_iter(b'/', b'(', text.as_bytes()).collect()
}

/// The next occurrence of `tag` whose word starts at or after `from`: its
/// start and end. `opens` are the text's [`tag_openings`].
fn find_tag(text: &str, opens: &[usize], tag: &str, from: usize) -> Option<(usize, usize)> {
    let open = *tag.as_bytes().first()?;
    let inner = &tag[1..tag.len() - 1];
    let core = inner.split([' ', '.']).next().unwrap_or(inner);
    let bytes = text.as_bytes();
    // Only white space may stand between the opening and the tag's word.
    let first = opens.partition_point(|&o| skip_blanks(bytes, o + 1) < from);
    opens[first..]
        .iter()
        .filter(|&&o| bytes[o] == open)
        .find_map(|&o| {
            let core_start = skip_blanks(bytes, o + 1);
            if !text[core_start..].starts_with(core) {
                return None;
            }
            match_rest(text, core_start, inner, tag).map(|end| (o, end))
        })
}

/// Match the rest of a tag from its core word on, with flexible spaces.
fn match_rest(text: &str, mut pos: usize, inner: &str, tag: &str) -> Option<usize> {
    for (k, word) in inner.split(' ').enumerate() {
        if k > 0 {
            let skipped = text[pos..].len() - text[pos..].trim_start_matches([' ', '\t']).len();
            if skipped == 0 {
                return None;
            }
            pos += skipped;
        }
        if !text[pos..].starts_with(word) {
            return None;
        }
        pos += word.len();
    }
    // `/PRNewswire-PRWeb/`, `/PRNewswire-Asia/`.
    if tag == "/PRNewswire/" && text[pos..].starts_with('-') {
        pos += 1 + text[pos + 1..]
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
    }
    let close = tag.chars().next_back()?;
    let rest = text[pos..].trim_start_matches([' ', '\t']);
    rest.starts_with(close)
        .then(|| text.len() - rest.len() + close.len_utf8())
}

/// How far before a tag a dateline may start, in bytes.
const LOOKBACK: usize = 240;

/// A wire dateline found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct WireDateline {
    /// The boilerplate span covering place, date, tag and dashes.
    pub boilerplate: BoilerplateSpan,
    /// The wire's name.
    pub wire: &'static str,
    /// Where the tag itself is.
    pub tag: Span,
}

/// Every wire dateline in `text`, in text order.
pub fn find_wire_datelines(text: &str) -> Vec<WireDateline> {
    let mut out: Vec<WireDateline> = Vec::new();
    let opens = tag_openings(text);
    for (tag, wire) in WIRE_TAGS {
        let mut from = 0;
        while let Some((tag_start, tag_end)) = find_tag(text, &opens, tag, from) {
            from = tag_end;
            let end = if tag == "/ACCESSWIRE/" {
                after_accesswire_date(text, tag_end)
            } else {
                after_dashes(text, tag_end)
            };
            // A tag without its dashes is a mention of the wire, not a dateline.
            if end == tag_end {
                continue;
            }
            let (start, place_and_date) = dateline_start(text, tag_start);
            // An agency's name in brackets is a dateline only behind a place.
            if tag.starts_with('(') && !tag.contains("WIRE") && !tag.contains("Newswire") && !place_and_date {
                continue;
            }
            let confidence = if place_and_date { 0.99 } else { 0.85 };
            out.push(WireDateline {
                boilerplate: BoilerplateSpan {
                    kind: BoilerplateKind::WireDateline,
                    span: Span::new(start, end),
                    confidence,
                },
                wire,
                tag: Span::new(tag_start, tag_end),
            });
        }
    }
    out.sort_by_key(|d| d.boilerplate.span);
    out.dedup_by(|b, a| a.boilerplate.span.overlaps(b.boilerplate.span));
    out
}

/// ACCESSWIRE puts the date after its tag: `/ ACCESSWIRE / November 27, 2020 /`.
fn after_accesswire_date(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let mut cut = line_end.min(40);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &rest[..cut];
    match window.find(" /").or_else(|| window.find('/')) {
        Some(slash) if crate::dates::find_dates(&window[..slash]).len() == 1 => {
            let after = pos + slash + window[slash..].find('/').unwrap_or(0) + 1;
            after + text[after..].len() - text[after..].trim_start_matches([' ', '\t']).len()
        }
        _ => after_dashes(text, pos),
    }
}

/// The end of the dashes (`--`, `-`, `—`, `–`) and spaces after a tag.
fn after_dashes(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let dashes = trimmed.trim_start_matches(['-', '—', '–']);
    if dashes.len() == trimmed.len() {
        return pos;
    }
    let after = dashes.trim_start_matches([' ', '\t']);
    pos + rest.len() - after.len()
}

/// Where the place-and-date prefix before a tag starts, walking back segment
/// by comma-separated segment while each is a place or a date; the second
/// value says whether any such segment was found.
fn dateline_start(text: &str, tag_start: usize) -> (usize, bool) {
    // A dateline is short: look back no further than this, so that a long line
    // with many tags stays linear.
    let mut window = tag_start.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(window) {
        window += 1;
    }
    let line_start = text[window..tag_start]
        .rfind(['\n', '\r'])
        .map_or(window, |i| window + i + 1);
    let head = text[line_start..tag_start].trim_end_matches([' ', '\t', '-']);
    let mut start = line_start + head.len();
    let mut found = false;
    let mut rest = head;
    loop {
        let (segment, seg_start) = match rest.rfind(',') {
            Some(i) => (&rest[i + 1..], i + 1),
            None => (rest, 0),
        };
        let trimmed = segment.trim_start();
        let lead = segment.len() - trimmed.len();
        if trimmed.is_empty() {
            break;
        }
        if is_date_part(trimmed) {
            start = line_start + seg_start + lead;
            found = true;
        } else {
            let keep = place_suffix(trimmed);
            if keep == 0 {
                break;
            }
            start = line_start + seg_start + lead + (trimmed.len() - keep);
            found = true;
            if keep < trimmed.len() {
                break;
            }
        }
        if seg_start == 0 {
            break;
        }
        rest = &rest[..seg_start - 1];
    }
    (start, found)
}

/// A segment such as `November 5`, `Nov. 05`, `5 Nov` or `2020`.
fn is_date_part(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let is_number = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let is_month = |w: &str| {
        let w = w.trim_end_matches('.');
        w.len() >= 3
            && [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
                "Sept",
            ]
            .iter()
            .any(|m| m.starts_with(w))
    };
    match words.as_slice() {
        [year] => year.len() == 4 && is_number(year),
        [a, b] => (is_month(a) && is_number(b)) || (is_number(a) && is_month(b)),
        _ => false,
    }
}

/// Length of the longest suffix of `segment` that reads as a place name:
/// up to five words that each start with a capital letter. Inside a word, a
/// lower-case letter followed by a capital marks text glued on where markup
/// was stripped (`speechLOS ANGELES`), and the place starts at that capital.
fn place_suffix(segment: &str) -> usize {
    let mut kept = 0;
    let words: Vec<(usize, &str)> = segment
        .split(' ')
        .scan(0, |offset, w| {
            let here = *offset;
            *offset += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    for (count, &(offset, word)) in words.iter().rev().enumerate() {
        if count == 5 {
            break;
        }
        let first_upper = word.chars().next().is_some_and(|c| c.is_uppercase()) && !is_weekday(word);
        let clean = word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’'));
        if first_upper && clean {
            kept = segment.len() - offset;
            continue;
        }
        // A glued word: keep from its last lower-to-upper transition.
        if let Some(cut) = glued_capital(word) {
            kept = segment.len() - offset - cut;
        }
        break;
    }
    kept
}

fn is_weekday(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    .iter()
    .any(|d| word.eq_ignore_ascii_case(d))
}

fn glued_capital(word: &str) -> Option<usize> {
    let mut prev_lower = false;
    let mut cut = None;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            cut = Some(i);
        }
        prev_lower = c.is_lowercase();
    }
    let cut = cut?;
    word[cut..].chars().all(char::is_alphabetic).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find_wire_datelines(text)
            .iter()
            .map(|d| d.boilerplate.span.slice(text))
            .collect()
    }

    #[test]
    fn ein_presswire_at_line_start() {
        let text =
            "Title\nLOS ANGELES, CA, UNITED STATES, September 4, 2020 /EINPresswire.com/ -- On the evening";
        assert_eq!(
            found(text),
            ["LOS ANGELES, CA, UNITED STATES, September 4, 2020 /EINPresswire.com/ -- "]
        );
    }

    #[test]
    fn glued_to_the_previous_sentence() {
        let text =
            "a keynote speechLOS ANGELES, CA, UNITED STATES, November 5, 2020 /EINPresswire.com/ -- Qingdao";
        assert_eq!(
            found(text),
            ["LOS ANGELES, CA, UNITED STATES, November 5, 2020 /EINPresswire.com/ -- "]
        );
    }

    #[test]
    fn other_wires() {
        assert_eq!(
            found("NEW YORK, Nov. 5, 2020 /PRNewswire/ -- Acme said"),
            ["NEW YORK, Nov. 5, 2020 /PRNewswire/ -- "]
        );
        assert_eq!(
            found("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. today"),
            ["SAN JOSE, Calif.--(BUSINESS WIRE)--"]
        );
        assert_eq!(
            found("We said so. Austin, Texas, Nov. 05, 2020 (GLOBE NEWSWIRE) -- Acme"),
            ["Austin, Texas, Nov. 05, 2020 (GLOBE NEWSWIRE) -- "]
        );
    }

    #[test]
    fn a_tag_quoted_in_prose_is_not_a_dateline() {
        assert!(found("the line \"/PRNewswire/\" is a tag, and /EINPresswire.com/ is a site").is_empty());
        assert_eq!(found("/PRNewswire/ -- Acme said"), ["/PRNewswire/ -- "]);
    }

    #[test]
    fn many_tags_on_one_long_line_stay_fast() {
        let text = "x ".repeat(200_000) + &"/PRNewswire/ -- a ".repeat(5_000);
        let start = std::time::Instant::now();
        assert_eq!(find_wire_datelines(&text).len(), 5_000);
        // Generous: quadratic behaviour took seconds.
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn accesswire_followed_by_multibyte_text() {
        let text = format!("NEW YORK /ACCESSWIRE/ {}", "é".repeat(40));
        let _ = find_wire_datelines(&text);
    }

    #[test]
    fn prose_is_not_swallowed() {
        let text = "the company said on Monday, November 2, 2020 /EINPresswire.com/ -- x";
        assert_eq!(found(text), ["November 2, 2020 /EINPresswire.com/ -- "]);
    }
}
