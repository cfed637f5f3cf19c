//! What a single line is, judged by its own shape and words.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use presslint_core::BoilerplateKind;

use super::Line;

/// A line's verdict: its kind and how sure we are.
pub type Verdict = Option<(BoilerplateKind, f32)>;

const END_MARKS: &[&str] = &[
    "###", "# # #", "-30-", "- 30 -", "-###-", "ends", "-ends-", "- ends -", "--30--", "enditem", "-end-",
];

const DISTRIBUTION: &[&str] = &[
    "this press release can be viewed online at",
    "this press release was published",
    "this release was published on",
    "view original content",
    "view source version",
    "press release distributed by",
    "distributed by",
    "originally published at",
    "originally published on",
    "originally posted on",
    "this article was originally published",
    "article originally published",
    "distribution channels:",
    "news provided by",
    "source:",
    "logo - http",
    "photo - http",
    "video - http",
    "multimedia - http",
    "logo: http",
];

const DISCLAIMER: &[&str] = &[
    "priority is source transparency",
    "we do not allow opaque clients",
    "our editorial guidelines",
    "is not responsible for the content",
    "the views expressed in this",
    "this content was not written by",
    "does not endorse",
    "has not been verified by",
    "is provided by the issuer",
    "the issuer is solely responsible",
    "this is a paid press release",
    "sponsored content",
    "supplies this news content",
    "accept no responsibility",
    "editorial note:",
    "the trust principles",
    "legal disclaimer",
];

const SAFE_HARBOR_HEADINGS: &[&str] = &[
    "forward-looking statements",
    "forward looking statements",
    "forward-looking statement",
    "safe harbor statement",
    "safe harbour statement",
    "cautionary statement regarding forward-looking statements",
    "cautionary note regarding forward-looking statements",
    "cautionary language concerning forward-looking statements",
    "note regarding forward-looking statements",
    "special note regarding forward-looking statements",
];

const SAFE_HARBOR_MARKERS: &[&str] = &[
    "risks",
    "uncertainties",
    "actual results",
    "undertake no obligation",
    "undertakes no obligation",
    "assume no obligation",
    "assumes no obligation",
    "private securities litigation reform act",
    "safe harbor",
    "differ materially",
    "securities and exchange commission",
    "undue reliance",
    "speak only as of",
    "cautioned",
    "expected growth",
];

const CONTACT_HEADINGS: &[&str] = &[
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "contact",
    "contacts",
    "contact information",
    "media inquiries",
    "media enquiries",
    "press inquiries",
    "press enquiries",
    "for media inquiries",
    "for more information",
    "for more information, contact",
    "for more information, please contact",
    "for further information",
    "for further information, please contact",
    "investor contact",
    "investor contacts",
    "investor relations",
    "investor relations contact",
    "press office",
    "media relations",
];

/// Widget texts recognised whatever their length.
const WIDGETS_ANY_LENGTH: &[&str] = &[
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "by continuing to use this site",
    "get the day's top stories",
    "create a website account",
];

/// Whole lines that are buttons.
const BUTTONS: &[&str] = &[
    "accept",
    "accept all",
    "reject",
    "reject all",
    "manage preferences",
    "sign up",
    "subscribe",
    "share",
    "print",
    "email",
    "yes",
    "no",
    "close",
    "menu",
    "search",
    "log in",
    "sign in",
    "register",
];

const WIDGETS: &[&str] = &[
    "enter your email",
    "newsletter sign-up",
    "newsletter signup",
    "was this page helpful",
    "return to full list",
    "return to ",
    "tagged as",
    "tags:",
    "other news in",
    "share this",
    "share on ",
    "share:",
    "tweet this",
    "read more",
    "related articles",
    "related stories",
    "related news",
    "related:",
    "more from",
    "click here to",
    "follow us on",
    "follow us:",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "subscribe to our",
    "subscribe now",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "accept all cookies",
    "cookie policy",
    "cookie settings",
    "advertisement",
    "print this article",
    "email this article",
    "back to top",
    "skip to content",
    "skip to main content",
    "previous article",
    "next article",
    "leave a comment",
    "you may also like",
    "recommended for you",
    "also read:",
    "see also:",
    "most read",
    "trending now",
];

const BYLINE_PREFIXES: &[&str] = &[
    "published:",
    "published on",
    "updated:",
    "last updated",
    "posted:",
    "posted on",
    "posted by",
    "written by",
    "(reporting by",
    "(editing by",
    "(additional reporting by",
    "reporting by",
];

const PHOTO_PREFIXES: &[&str] = &[
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "(photo:",
    "(photo by",
    "image:",
    "image credit",
    "picture:",
    "pictured:",
    "credit:",
    "photograph:",
    "file photo",
    "caption:",
    "image caption:",
];

const PHOTO_SUFFIXES: &[&str] = &[
    "getty images",
    "/afp",
    "/reuters",
    "/ap",
    "shutterstock",
    "/xinhua",
    "via reuters",
];

/// Phrases the checks look for anywhere in a line, besides the
/// [`DISCLAIMER`]s and [`SAFE_HARBOR_MARKERS`].
const ANYWHERE: &[&str] = &[
    "all rights reserved",
    "all right reserved",
    "forward-looking statement",
    "forward looking statement",
    "email us here",
    "contributed to this report",
    " photo: ",
    "(photo by",
    "(photo:",
];

/// Which of the phrases searched for anywhere in a line it contains: bit
/// `k` for the `k`th of [`DISCLAIMER`], then [`SAFE_HARBOR_MARKERS`], then
/// [`ANYWHERE`]. One pass of one automaton over the line, where asking
/// `contains` of each phrase read it forty times.
#[derive(Clone, Copy)]
struct Found(u64);

const _: () = assert!(DISCLAIMER.len() + SAFE_HARBOR_MARKERS.len() + ANYWHERE.len() <= 64);

impl Found {
    /// The phrases, in the order of their bits.
    fn phrases() -> impl Iterator<Item = &'static &'static str> {
        DISCLAIMER.iter().chain(SAFE_HARBOR_MARKERS).chain(ANYWHERE)
    }

    fn in_line(lower: &str) -> Found {
        static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
        let automaton = AUTOMATON
            .get_or_init(|| AhoCorasick::new(Found::phrases()).expect("the phrase lists are short literals"));
        // Most lines hold none of the phrases. The automaton walks every
        // byte; a vector searcher for up to 64 literals (Teddy, where the
        // CPU has the instructions) tells many bytes at a time whether any
        // phrase is there, and the automaton is asked only when one is.
        static ANY: OnceLock<Option<aho_corasick::packed::Searcher>> = OnceLock::new();
        let any = ANY.get_or_init(|| aho_corasick::packed::Searcher::new(Found::phrases()));
        if any.as_ref().is_some_and(|any| any.find(lower).is_none()) {
            return Found(0);
        }
        let mut bits = 0;
        for found in automaton.find_overlapping_iter(lower) {
            bits |= 1 << found.pattern().as_usize();
        }
        Found(bits)
    }

    fn any_disclaimer(self) -> bool {
        self.0 & ((1 << DISCLAIMER.len()) - 1) != 0
    }

    fn safe_harbor_markers(self) -> u32 {
        (self.0 >> DISCLAIMER.len() & ((1 << SAFE_HARBOR_MARKERS.len()) - 1)).count_ones()
    }

    /// Whether the line contains `phrase`, one of [`ANYWHERE`].
    fn has(self, phrase: &str) -> bool {
        let k = ANYWHERE
            .iter()
            .position(|p| *p == phrase)
            .expect("a phrase of ANYWHERE");
        self.0 >> (DISCLAIMER.len() + SAFE_HARBOR_MARKERS.len() + k) & 1 == 1
    }
}

/// Classify one line on its own.
pub fn classify(line: &Line<'_>) -> Verdict {
    let lower = line.lower.as_str();
    let found = Found::in_line(lower);
    let bare = lower.trim_end_matches([':', '.']).trim();
    if END_MARKS.contains(&bare) || (bare == "end" && line.from_end <= 1) {
        return Some((BoilerplateKind::EndMark, 0.99));
    }
    if is_copyright(line, found) {
        return Some((BoilerplateKind::Copyright, 0.97));
    }
    // `Source:` opens many a sentence of prose; as a notice it is short.
    let source_line = lower.starts_with("source:") && (line.words <= 6 || !line.ends_sentence);
    // Word counts first: they are at hand, the phrase lists are searched.
    if line.words <= 40
        && DISTRIBUTION
            .iter()
            .any(|p| lower.starts_with(p) && *p != "source:")
        || source_line
        || line.text.starts_with("SOURCE ") && line.words <= 10
    {
        return Some((BoilerplateKind::DistributionNotice, 0.96));
    }
    if line.words == 1
        && (lower.starts_with("http://") || lower.starts_with("https://"))
        && line.from_end <= 8
    {
        return Some((BoilerplateKind::DistributionNotice, 0.85));
    }
    if found.any_disclaimer() || lower.starts_with("disclaimer") {
        return Some((BoilerplateKind::Disclaimer, 0.94));
    }
    if SAFE_HARBOR_HEADINGS.contains(&bare)
        || ((bare.starts_with("forward-looking statement") || bare.starts_with("forward looking statement"))
            && line.words <= 6)
    {
        return Some((BoilerplateKind::SafeHarbor, 0.97));
    }
    if is_safe_harbor_paragraph(lower, found) {
        return Some((BoilerplateKind::SafeHarbor, 0.93));
    }
    let last_word = bare.split_whitespace().next_back().unwrap_or("");
    let contact_word = matches!(last_word, "contact" | "contacts" | "inquiries" | "enquiries");
    if CONTACT_HEADINGS.contains(&bare)
        || contact_heading_with_content(lower)
        || (contact_word && line.words <= 4 && line.text.chars().next().is_some_and(char::is_uppercase))
    {
        return Some((BoilerplateKind::Contact, 0.95));
    }
    if found.has("email us here") || lower.starts_with("visit us on social media") {
        return Some((BoilerplateKind::Contact, 0.97));
    }
    if WIDGETS_ANY_LENGTH.iter().any(|p| lower.starts_with(p))
        || ((line.words <= 8 || !line.ends_sentence) && WIDGETS.iter().any(|p| lower.starts_with(p)))
        || (line.words <= 2 && BUTTONS.contains(&bare))
        || (lower.starts_with("get the ")
            && (lower.contains("briefing") || lower.contains("newsletter"))
            && line.words <= 10)
        || (lower.starts_with("sign up to") && lower.contains("newsletter"))
    {
        return Some((BoilerplateKind::WebWidget, 0.92));
    }
    if is_pipe_menu(line) {
        return Some((BoilerplateKind::Navigation, 0.93));
    }
    if let Some(verdict) = byline(line, found) {
        return Some(verdict);
    }
    if is_photo_credit(line, found) {
        return Some((BoilerplateKind::PhotoCredit, 0.92));
    }
    if is_breadcrumb(line) {
        return Some((BoilerplateKind::Breadcrumb, 0.92));
    }
    if is_office_hours(line) || is_street_address(line) {
        return Some((BoilerplateKind::Address, 0.88));
    }
    if line.words <= 14 && (has_email(line.text) || has_phone(line.text)) && !line.ends_sentence {
        return Some((BoilerplateKind::Contact, 0.9));
    }
    None
}

fn is_copyright(line: &Line<'_>, found: Found) -> bool {
    let lower = line.lower.as_str();
    if line.words > 40 {
        return false;
    }
    lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright ©")
        || lower.starts_with("copyright (c)")
        || lower.starts_with("copyright 1")
        || lower.starts_with("copyright 2")
        || found.has("all rights reserved")
        || found.has("all right reserved")
}

fn is_safe_harbor_paragraph(lower: &str, found: Found) -> bool {
    let about_statements = found.has("forward-looking statement")
        || found.has("forward looking statement")
        || lower.starts_with("certain statements in this");
    about_statements && found.safe_harbor_markers() >= 2
}

/// `Local | Crime | Business | Sports | Opinion`: four or more short labels between bars.
fn is_pipe_menu(line: &Line<'_>) -> bool {
    // Most lines have no bar at all.
    line.text.contains('|')
        && line.text.split(" | ").count() >= 4
        && line
            .text
            .split(" | ")
            .all(|p| (1..=3).contains(&p.split_whitespace().count()))
}

/// `Media Contact: Jane Roe, +1 555 0100` — a heading with its content on the same line.
fn contact_heading_with_content(lower: &str) -> bool {
    [
        "media contact:",
        "press contact:",
        "contact:",
        "media contacts:",
        "contacts:",
        "media inquiries:",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

fn byline(line: &Line<'_>, found: Found) -> Verdict {
    let text = line.text;
    let lower = line.lower.as_str();
    if line.words <= 25 && BYLINE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || (lower.starts_with("updated ") && line.words <= 10)
        || (lower.starts_with("editor:") && line.words <= 6)
        || found.has("contributed to this report")
        || matches!(
            lower,
            "associated press" | "reuters" | "agence france-presse" | "xinhua"
        )
        || is_desk_code(line.text)
        || is_date_time_line(line)
        || is_name_and_title(line)
    {
        return Some((BoilerplateKind::Byline, 0.92));
    }
    // `(By Fanying)`, `By Jane Doe`, `By Jane Doe, Staff Reporter`, `By jdoe`.
    let inner = text.trim_start_matches('(').trim_end_matches([')', '.']);
    if let Some(name) = inner.strip_prefix("By ").or_else(|| inner.strip_prefix("BY ")) {
        let words = name.split_whitespace().count();
        let first_ok = name.chars().next().is_some_and(|c| c.is_alphabetic());
        if first_ok && (1..=8).contains(&words) && !line.ends_sentence_strictly() {
            return Some((BoilerplateKind::Byline, 0.93));
        }
    }
    // `May 22, 2021Byiqingdao`: a date glued to `By` and a name.
    if line.words <= 6
        && let Some(i) = text.find("By")
        && i > 0
        && text[..i].ends_with(|c: char| c.is_ascii_digit())
    {
        return Some((BoilerplateKind::Byline, 0.95));
    }
    None
}

/// AFP's desk codes at the foot of a story: `hs/am/lb`, `jdr/pb`.
fn is_desk_code(text: &str) -> bool {
    // At most five parts of at most four letters, and their slashes.
    text.len() <= 24
        && (2..=5).contains(&text.split('/').count())
        && text
            .split('/')
            .all(|p| (2..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// A line that is a timestamp: `December 19, 2022 08:05 AM Eastern Standard Time`,
/// `2021-04-05 19:47:22`, `Updated 9:28 PM CDT, December 3, 2019`.
fn is_date_time_line(line: &Line<'_>) -> bool {
    if line.words > 12 {
        return false;
    }
    let text = line.text;
    let bytes = text.as_bytes();
    let has_time = bytes
        .windows(4)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit())
        || bytes
            .windows(5)
            .any(|w| w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit() && w[0].is_ascii_digit());
    let has_date = !crate::dates::find_dates(text).is_empty()
        || bytes.windows(10).any(|w| {
            let s = std::str::from_utf8(w).unwrap_or("");
            presslint_core::CivilDate::parse_iso(s).is_some()
                || (w[2] == b'/'
                    && w[5] == b'/'
                    && w.iter()
                        .enumerate()
                        .all(|(i, b)| i == 2 || i == 5 || b.is_ascii_digit()))
        });
    has_time && has_date
}

/// `Tom Ferriday, Staff Writer`, `Priya Nandakumar, Chief Reporter`.
fn is_name_and_title(line: &Line<'_>) -> bool {
    // Two or three words of name and at most four of title, and the comma
    // if it stands alone (`Jane Roe , Writer`): a longer line is spared the
    // search for the comma.
    if line.words > 8 {
        return false;
    }
    let Some((name, title)) = line.text.split_once(", ") else {
        return false;
    };
    let name_ok = (2..=3).contains(&name.split_whitespace().count())
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let title_lower = title.to_lowercase();
    let title_ok = title.split_whitespace().count() <= 4
        && [
            "reporter",
            "writer",
            "correspondent",
            "editor",
            "columnist",
            "staff",
        ]
        .iter()
        .any(|t| title_lower.contains(t));
    name_ok && title_ok && !line.ends_sentence
}

fn is_photo_credit(line: &Line<'_>, found: Found) -> bool {
    let lower = line.lower.as_str();
    (line.words <= 30 && PHOTO_PREFIXES.iter().any(|p| lower.starts_with(p)))
        || ((found.has(" photo: ") || found.has("(photo by") || found.has("(photo:")) && line.words <= 35)
        || (line.words <= 12
            && PHOTO_SUFFIXES
                .iter()
                .any(|s| lower.trim_end_matches([')', '.']).ends_with(s)))
}

/// `HOMEBusinessBusiness NewsText` or `Home > World > Asia`.
fn is_breadcrumb(line: &Line<'_>) -> bool {
    if line.words > 10 || line.ends_sentence || line.text.len() > 300 {
        return false;
    }
    let text = line.text;
    for sep in [" > ", " » ", " / ", " | ", " › "] {
        if !text.contains(sep) {
            continue;
        }
        let mut parts = 0;
        let mut capitals = true;
        for part in text.split(sep) {
            parts += 1;
            capitals &= part.trim().chars().next().is_some_and(char::is_uppercase);
        }
        if parts >= 3 && capitals {
            return true;
        }
    }
    // Labels glued together (`HOMEBusiness`, `NewsText`): joins inside words
    // where at least three letters stand on the left, so that names such as
    // `iPod` or `ITunes` do not count.
    let mut joins = 0;
    let mut chars: Vec<char> = Vec::new();
    for word in text.split_whitespace() {
        if word.len() < 5 {
            continue;
        }
        chars.clear();
        chars.extend(word.chars());
        for k in 3..chars.len().saturating_sub(1) {
            let left_letters = chars[..k].iter().rev().take_while(|c| c.is_alphabetic()).count();
            let lower_upper = chars[k - 1].is_lowercase() && chars[k].is_uppercase();
            let upper_title =
                chars[k - 1].is_uppercase() && chars[k].is_uppercase() && chars[k + 1].is_lowercase();
            if (lower_upper || upper_title) && left_letters >= 3 {
                joins += 1;
            }
        }
    }
    joins >= 2 && text.starts_with(|c: char| c.is_uppercase())
}

fn is_office_hours(line: &Line<'_>) -> bool {
    let lower = line.lower.as_str();
    if line.words > 14 || line.ends_sentence {
        return false;
    }
    let days = [
        "monday", "mon ", "mon-", "mon.", "tuesday", "friday", "fri ", "fri.", "weekdays", "saturday",
        "sunday",
    ];
    let has_day = days.iter().any(|d| lower.contains(d));
    let has_time = lower.contains("am") && lower.chars().any(|c| c.is_ascii_digit())
        || lower.contains(":00")
        || lower.contains(":30");
    lower.starts_with("opening hours") || lower.starts_with("office hours") || (has_day && has_time)
}

/// A street word and a place but no number: `Shinan District, Qingdao`.
pub fn is_place_line(line: &Line<'_>) -> bool {
    let lower = line.lower.as_str();
    line.words <= 8
        && !line.ends_sentence
        && line.text.contains(',')
        && [
            "street",
            "road",
            "avenue",
            "district",
            "boulevard",
            "square",
            "plaza",
        ]
        .iter()
        .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
        && title_words_ratio(line.text) >= 0.6
}

fn is_street_address(line: &Line<'_>) -> bool {
    if line.words > 12 || line.ends_sentence {
        return false;
    }
    const STREET: &[&str] = &[
        "street",
        "st.",
        "road",
        "rd.",
        "avenue",
        "ave.",
        "boulevard",
        "blvd",
        "suite",
        "floor",
        "lane",
        "drive",
        "plaza",
        "district",
        "p.o. box",
        "po box",
    ];
    // Without a number (`Shinan District, Qingdao`) it could be a venue in a
    // story; such lines count only next to contact details (see `sections`).
    if !line.text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let has_street = line
        .lower
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .any(|w| STREET.iter().any(|s| w == s.trim_end_matches('.') || w == *s));
    has_street && title_words_ratio(line.text) >= 0.6
}

fn title_words_ratio(text: &str) -> f32 {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return 0.0;
    }
    let titled = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '(')
        })
        .count();
    titled as f32 / words.len() as f32
}

/// Whether the text holds an e-mail address.
pub fn has_email(text: &str) -> bool {
    if !text.contains('@') {
        return false;
    }
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | ',' | ';'))
        .any(|w| {
            let w = w.trim_end_matches('.');
            match w.split_once('@') {
                Some((user, domain)) => {
                    !user.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            }
        })
}

/// Whether the text holds a phone number: seven to fifteen digits behind a
/// `+`, or in three or more groups (`626-378-1851`, `(212) 555 0100`), or in
/// the local `555-0100` shape. Dates (`2021-05-22`) and ranges of years
/// (`2020-2021`) do not count.
pub fn has_phone(text: &str) -> bool {
    if text.bytes().filter(u8::is_ascii_digit).count() < 7 {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !(chars[i].is_ascii_digit() || chars[i] == '+' || chars[i] == '(') {
            i += 1;
            continue;
        }
        let plus = chars[i] == '+' || (chars[i] == '(' && chars.get(i + 1) == Some(&'+'));
        let mut groups: Vec<usize> = Vec::new();
        let mut current = 0;
        while i < chars.len()
            && (chars[i].is_ascii_digit() || matches!(chars[i], ' ' | '-' | '.' | '(' | ')' | '+'))
        {
            if chars[i].is_ascii_digit() {
                current += 1;
            } else if current > 0 {
                groups.push(current);
                current = 0;
            }
            // A space ends the run unless a digit or bracket follows.
            if chars[i] == ' ' && !chars.get(i + 1).is_some_and(|c| c.is_ascii_digit() || *c == '(') {
                break;
            }
            i += 1;
        }
        if current > 0 {
            groups.push(current);
        }
        let digits: usize = groups.iter().sum();
        let date_like = matches!(
            groups.as_slice(),
            [4, 2, 2] | [2, 2, 4] | [1, 2, 4] | [2, 1, 4] | [1, 1, 4] | [4, 4]
        );
        let plausible = (7..=15).contains(&digits) && !date_like && groups.iter().all(|g| *g <= 8);
        if plausible && (plus || groups.len() >= 3 || groups.as_slice() == [3, 4]) {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_phrases_are_those_the_line_contains() {
        let phrases: Vec<&str> = Found::phrases().copied().collect();
        let mut lines = vec![
            String::new(),
            "the port opened a new terminal on monday.".to_string(),
            "all rights reserved. forward-looking statements: photo: ".to_string(),
        ];
        // Each phrase alone, inside prose, and with the next one overlapping it.
        for (k, phrase) in phrases.iter().enumerate() {
            lines.push(phrase.to_string());
            lines.push(format!("as we said, {phrase} and more"));
            let next = phrases[(k + 1) % phrases.len()];
            lines.push(format!("{phrase}{}", &next[next.len() / 2..]));
            lines.push(format!("{}{next}", &phrase[..phrase.len() / 2]));
        }
        for line in &lines {
            let expected = phrases
                .iter()
                .enumerate()
                .filter(|(_, p)| line.contains(*p))
                .fold(0u64, |bits, (k, _)| bits | 1 << k);
            assert_eq!(Found::in_line(line).0, expected, "{line:?}");
        }
    }

    #[test]
    fn phones_and_emails() {
        assert!(has_phone("+1 626-378-1851"));
        assert!(has_phone("(+86) 0532-68873099"));
        assert!(has_phone("Tel: (212) 555-0100"));
        assert!(!has_phone("In 2020-2021 sales were 1,234,567."));
        assert!(!has_phone("the 1500m final in 3:48.82"));
        assert!(!has_phone("from 2020-2021 and on 2021-05-22 or 22.05.2021"));
        assert!(has_phone("call 555-0100 now"));
        assert!(has_email("press@example.com"));
        assert!(!has_email("@handle and a@b"));
    }

    #[test]
    fn names_with_titles_up_to_eight_words() {
        let verdict = |text: &str| {
            let line = &crate::boilerplate::lines(text)[0];
            is_name_and_title(line)
        };
        assert!(verdict("Tom Ferriday, Staff Writer"));
        assert!(verdict("Jane Ann Roe , Senior Staff Writer Here"));
        assert!(!verdict("Jane Ann Roe , Senior Staff Writer Here Too"));
        assert!(!verdict("the port, Staff Writer"));
    }
}
