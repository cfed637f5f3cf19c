use presslint_core::{Hedge, Role, Scale};

use super::*;

fn read(text: &str) -> Vec<(String, f64, Option<Scale>, String)> {
    find_figures(text, None)
        .into_iter()
        .map(|f| {
            (
                f.span.slice(text).to_string(),
                f.value,
                f.scale,
                f.unit.label().to_string(),
            )
        })
        .collect()
}

#[test]
fn money_percentages_and_scales() {
    let text = "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.";
    assert_eq!(
        read(text),
        [
            ("76%".to_string(), 76.0, None, "%".to_string()),
            (
                "$1.13bn".to_string(),
                1.13,
                Some(Scale::Billion),
                "USD".to_string()
            ),
            (
                "£600m".to_string(),
                600.0,
                Some(Scale::Million),
                "GBP".to_string()
            ),
            ("three".to_string(), 3.0, None, String::new()),
            (
                "$639m".to_string(),
                639.0,
                Some(Scale::Million),
                "USD".to_string()
            ),
        ]
    );
}

#[test]
fn currencies_written_after_and_as_codes() {
    let figures = read("It cost 3.4 billion yuan, RMB 5 billion and 1.2 million pounds; 40 pence a share.");
    let units: Vec<&str> = figures.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(units, ["CNY", "CNY", "GBP", "GBX"]);
    assert_eq!(figures[0].0, "3.4 billion yuan");
}

#[test]
fn number_words_ordinals_and_halves() {
    let figures = read(
        "A dozen firms and twenty-five banks met for the third time; half of them left in the 14th round.",
    );
    let values: Vec<(f64, &str)> = figures.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        values,
        [
            (12.0, ""),
            (25.0, ""),
            (3.0, "ordinal"),
            (0.5, ""),
            (14.0, "ordinal")
        ]
    );
}

#[test]
fn years_dates_times_names_and_phones_are_not_figures() {
    assert!(read("In 2004 the FTSE 100 rose on 5 November 2020 at 10:30 and again in 2004-05.").is_empty());
    assert!(read("Call 020 7946 0000 about the Airbus A380 or Windows 2000 in the 1990s.").is_empty());
    assert!(read("No one knows; the one-off gain was one another's.").is_empty());
}

#[test]
fn intervals_follow_precision_and_hedges() {
    let one = |text: &str| find_figures(text, None).remove(0);
    let exact = one("output of 660.8 billion");
    assert!((exact.interval.low - 660.75e9).abs() < 1.0 && (exact.interval.high - 660.85e9).abs() < 1.0);
    let round = one("staff of 600");
    assert_eq!((round.interval.low, round.interval.high), (599.5, 600.5));
    let scaled = one("a $5bn deal");
    assert_eq!((scaled.interval.low, scaled.interval.high), (4.5e9, 5.5e9));
    let about = one("about 1,000 jobs");
    assert_eq!(about.hedge, Some(Hedge::About));
    assert!(about.interval.low < 900.0 && about.interval.high > 1100.0);
    let more = one("more than 600 staff");
    assert_eq!(
        (more.hedge, more.interval.high),
        (Some(Hedge::AtLeast), f64::INFINITY)
    );
    let up_to = one("up to 40% of the shares");
    assert_eq!(up_to.interval.low, 0.0);
}

#[test]
fn ranges_share_their_unit() {
    let figures = read("Growth of 5-7% and between $2 and $3bn.");
    assert_eq!(figures[0].3, "%");
    assert_eq!(figures[1].3, "%");
    assert_eq!(figures.len(), 4);
}

#[test]
fn roles_and_keys() {
    let text =
        "Sales at Harbor Foods rose 10% to $120m from $100m in 2020.\nThe group has 106 pilot reform tasks.";
    let figures = find_figures(text, None);
    let roles: Vec<Role> = figures.iter().map(|f| f.role).collect();
    assert_eq!(roles, [Role::Change, Role::Current, Role::Previous, Role::Plain]);
    let key = figures[1].key.as_ref().unwrap();
    assert_eq!(
        (
            key.measure.as_str(),
            key.subject.as_deref(),
            key.period.as_deref(),
            key.family.as_str()
        ),
        ("sales", Some("harborfoods"), Some("2020"), "USD")
    );
    assert_eq!(figures[3].key.as_ref().unwrap().measure, "pilot reform task");
    // A forecast states no fact to compare.
    assert!(
        find_figures("Profit is expected to reach $5bn.", None)[0]
            .key
            .is_none()
    );
}

#[test]
fn relative_years_resolve_against_the_document_date() {
    let date = CivilDate::new(2021, 3, 4);
    let figures = find_figures("Exports reached $5bn last year.", date);
    assert_eq!(figures[0].key.as_ref().unwrap().period.as_deref(), Some("2020"));
}

#[test]
fn fractions_modifiers_and_ordinal_words() {
    let figures = read("In his first term a third of the staff left a five-year high; two-thirds stayed.");
    let values: Vec<(String, f64, String)> = figures.into_iter().map(|f| (f.0, f.1, f.3)).collect();
    assert_eq!(
        values,
        [
            ("first".to_string(), 1.0, "ordinal".to_string()),
            ("a third".to_string(), 1.0 / 3.0, String::new()),
            ("five".to_string(), 5.0, String::new()),
            ("two-thirds".to_string(), 2.0 / 3.0, String::new()),
        ]
    );
}
