//! The vocabulary of figures: number words, scales, currencies and hedges.

use presslint_core::{Hedge, Scale};

use crate::scan::Folded;

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Whether `word` starts as a number word does, or a word made of one
/// (`twenty-five`, `five-year`, `two-thirds`): by its first two letters, in
/// any case (`zero`, `one`, `two`, `three`, `ten`, `four`, `five`, `six`,
/// `seven`, `eight`, `eleven`, `nine`, `quarter`, `dozen`, `half`).
pub fn may_start_number_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    let (Some(first), Some(second)) = (bytes.first(), bytes.get(1)) else {
        return false;
    };
    matches!(
        (first.to_ascii_lowercase(), second.to_ascii_lowercase()),
        (b'z', b'e')
            | (b'o', b'n')
            | (b't', b'w' | b'h' | b'e')
            | (b'f', b'o' | b'i')
            | (b's', b'i' | b'e')
            | (b'e', b'i' | b'l')
            | (b'n', b'i')
            | (b'q', b'u')
            | (b'd', b'o')
            | (b'h', b'a')
    )
}

/// Whether a word without a hyphen, in lower case, is one of the number
/// words [`cardinal`], [`ordinal`] and [`denominator`] know, or `dozen` or
/// `half`: most words are none of them, and this tells so at once.
pub fn may_be_number_word(lower: &str) -> bool {
    matches!(
        lower,
        "zero"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "thirteenth"
            | "fourteenth"
            | "fifteenth"
            | "sixteenth"
            | "seventeenth"
            | "eighteenth"
            | "nineteenth"
            | "twentieth"
            | "quarter"
            | "dozen"
            | "half"
    )
}

/// The value of a cardinal number word, or of a hyphenated compound (`twenty-five`).
pub fn cardinal(word: &str) -> Option<f64> {
    let lower = Folded::new(word);
    let lower = lower.as_str();
    if let Some(n) = UNITS.iter().position(|w| *w == lower) {
        return Some(n as f64);
    }
    let tens = |w: &str| TENS.iter().position(|t| *t == w).map(|n| (n as f64 + 2.0) * 10.0);
    if let Some(value) = tens(lower) {
        return Some(value);
    }
    let (t, u) = lower.split_once('-')?;
    let unit = UNITS[1..10].iter().position(|w| *w == u)? as f64 + 1.0;
    Some(tens(t)? + unit)
}

/// The denominator a fraction word names after `a` (`third` → 3, `quarter` → 4).
pub fn denominator(word: &str) -> Option<f64> {
    match Folded::new(word).as_str() {
        "third" => Some(3.0),
        "quarter" => Some(4.0),
        "fifth" => Some(5.0),
        "sixth" => Some(6.0),
        "tenth" => Some(10.0),
        _ => None,
    }
}

/// The value of a hyphenated fraction: `two-thirds` → 2/3, `three-quarters` → 3/4.
pub fn fraction(word: &str) -> Option<f64> {
    let (n, d) = word.split_once('-')?;
    let denominator = match Folded::new(d).as_str() {
        "thirds" => 3.0,
        "quarters" => 4.0,
        "fifths" => 5.0,
        "tenths" => 10.0,
        _ => return None,
    };
    Some(cardinal(n)? / denominator)
}

/// The number opening a compound modifier (`five-year`, `seven-month`): its
/// value and the byte length of the number word; `None` for compounds of
/// numbers (`twenty-five`) and for anything else.
pub fn modifier(word: &str) -> Option<(f64, usize)> {
    let (n, rest) = word.split_once('-')?;
    // `Five-Year Plan`: a name, not a count.
    if cardinal(word).is_some()
        || rest.is_empty()
        || fraction(word).is_some()
        || rest.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    // `one-off`, `one-way`: idioms, not counts.
    if n.eq_ignore_ascii_case("one")
        && ["off", "way", "sided", "time", "stop"].contains(&Folded::new(rest).as_str())
    {
        return None;
    }
    Some((cardinal(n)?, n.len()))
}

const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The rank an ordinal word names (`third` → 3).
pub fn ordinal(word: &str) -> Option<f64> {
    let lower = Folded::new(word);
    let lower = lower.as_str();
    ORDINALS.iter().position(|w| *w == lower).map(|n| n as f64 + 1.0)
}

/// A scale word or newswire suffix; `glued` when it follows the digits with
/// no space (`600m`), where single letters count.
pub fn scale(word: &str, glued: bool) -> Option<Scale> {
    match Folded::new(word).as_str() {
        "thousand" | "thousands" => Some(Scale::Thousand),
        "million" | "millions" | "mln" | "mn" => Some(Scale::Million),
        "billion" | "billions" | "bln" | "bn" => Some(Scale::Billion),
        "trillion" | "trillions" | "tn" | "trn" => Some(Scale::Trillion),
        "k" if glued => Some(Scale::Thousand),
        "m" if glued => Some(Scale::Million),
        "b" if glued => Some(Scale::Billion),
        _ => None,
    }
}

/// Currency symbols and codes written before the amount, longest first.
pub const CURRENCY_PREFIXES: [(&str, &str); 21] = [
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("HKD", "HKD"),
    ("INR", "INR"),
    ("Rs", "INR"),
    ("Rmb", "CNY"),
];

/// A currency named after the amount (`3.4 billion yuan`).
pub fn currency_word(word: &str) -> Option<&'static str> {
    match Folded::new(word).as_str() {
        "dollar" | "dollars" => Some("USD"),
        "euro" | "euros" => Some("EUR"),
        "pound" | "pounds" | "sterling" => Some("GBP"),
        "pence" | "p" => Some("GBX"),
        "yuan" | "renminbi" => Some("CNY"),
        "yen" => Some("JPY"),
        "rupees" | "rupee" => Some("INR"),
        "roubles" | "rubles" => Some("RUB"),
        _ => None,
    }
}

/// Hedges, as lower-case word sequences written right before a figure.
pub const HEDGES: [(&[&str], Hedge); 24] = [
    (&["just", "under"], Hedge::Nearly),
    (&["just", "over"], Hedge::AtLeast),
    (&["more", "than"], Hedge::AtLeast),
    (&["at", "least"], Hedge::AtLeast),
    (&["upwards", "of"], Hedge::AtLeast),
    (&["in", "excess", "of"], Hedge::AtLeast),
    (&["up", "to"], Hedge::AtMost),
    (&["less", "than"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["close", "to"], Hedge::Nearly),
    (&["an", "estimated"], Hedge::About),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["some"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["over"], Hedge::AtLeast),
    (&["above"], Hedge::AtLeast),
    (&["exceeding"], Hedge::AtLeast),
    (&["under"], Hedge::AtMost),
    (&["below"], Hedge::AtMost),
];

/// Verbs and words that say a value went down, for the sign of a change.
pub const FALLS: [&str; 20] = [
    "fell",
    "fall",
    "falls",
    "falling",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "decreased",
    "decrease",
    "down",
    "slipped",
    "slumped",
    "plunged",
    "tumbled",
    "lost",
    "cut",
    "lower",
];

/// Verbs and words that say a value went up.
pub const RISES: [&str; 22] = [
    "rose",
    "rise",
    "rises",
    "rising",
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "grows",
    "growth",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "gained",
    "surged",
    "soared",
    "up",
    "higher",
    "raised",
    "boosted",
];

/// A physical unit word or symbol after a number: its symbol.
pub fn physical(word: &str) -> Option<&'static str> {
    Some(match word {
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mile",
        "metre" | "metres" | "meter" | "meters" => "m",
        "ha" | "hectare" | "hectares" => "ha",
        "acre" | "acres" => "acre",
        "kW" | "kilowatt" | "kilowatts" => "kW",
        "MW" | "megawatt" | "megawatts" => "MW",
        "GW" | "gigawatt" | "gigawatts" => "GW",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "barrel" | "barrels" => "barrel",
        "litre" | "litres" | "liter" | "liters" => "l",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_word_may_be_one() {
        let others = ["third", "quarter", "fifth", "sixth", "tenth", "dozen", "half"];
        for word in UNITS.iter().chain(&TENS).chain(&ORDINALS).chain(&others) {
            assert!(may_be_number_word(word), "{word}");
            // `figure_at` passes over words of other lengths or starts unread.
            assert!((3..=11).contains(&word.len()), "{word}");
            assert!(may_start_number_word(word), "{word}");
            assert!(may_start_number_word(&word.to_uppercase()), "{word}");
            assert!(
                cardinal(word).or(ordinal(word)).or(denominator(word)).is_some()
                    || ["dozen", "half"].contains(word),
                "{word}"
            );
        }
        for word in ["ones", "seconds", "tent", "", "halfway", "dozens"] {
            assert!(!may_be_number_word(word), "{word}");
        }
        for word in ["said", "from", "over", "she", "new", "not", "o", "", "é"] {
            assert!(!may_start_number_word(word), "{word}");
        }
    }
}
