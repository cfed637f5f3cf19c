//! Figures: the numbers a text states, each as an interval with its unit and,
//! where the text allows, the fact it is a value of.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A scale word or newswire suffix: `thousand`/`k`, `million`/`m`/`mln`,
/// `billion`/`bn`, `trillion`/`tn`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// × 1,000.
    Thousand,
    /// × 1,000,000.
    Million,
    /// × 10⁹.
    Billion,
    /// × 10¹².
    Trillion,
}

impl Scale {
    /// The multiplier.
    pub fn factor(self) -> f64 {
        match self {
            Scale::Thousand => 1e3,
            Scale::Million => 1e6,
            Scale::Billion => 1e9,
            Scale::Trillion => 1e12,
        }
    }

    /// The scale's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Thousand => "thousand",
            Scale::Million => "million",
            Scale::Billion => "billion",
            Scale::Trillion => "trillion",
        }
    }
}

/// What kind of quantity a figure is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "code")]
pub enum Unit {
    /// Money, with its ISO 4217 code (`USD`, `GBP`, `EUR`, `CNY`; `GBX` for pence).
    Currency(String),
    /// A percentage.
    Percent,
    /// A difference of percentages.
    PercentagePoint,
    /// A rank: `third`, `14th`.
    Ordinal,
    /// A physical unit, by its symbol: `km`, `mile`, `ha`, `acre`, `MW`, `t`, `barrel`.
    Physical(String),
    /// A count or a measure without a unit of its own.
    Plain,
}

impl Unit {
    /// How the unit is written in reports: the currency code, `%`, `pp`, `ordinal`, or empty.
    pub fn label(&self) -> &str {
        match self {
            Unit::Currency(code) => code,
            Unit::Percent => "%",
            Unit::PercentagePoint => "pp",
            Unit::Ordinal => "ordinal",
            Unit::Physical(symbol) => symbol,
            Unit::Plain => "",
        }
    }

    /// Units whose values can be compared: the same currency, or the same kind.
    pub fn family(&self) -> &str {
        match self {
            Unit::Currency(code) if code == "GBX" => "GBP",
            Unit::Currency(code) => code,
            Unit::Percent => "percent",
            Unit::PercentagePoint => "percentage-point",
            Unit::Ordinal => "ordinal",
            Unit::Physical(symbol) => symbol,
            Unit::Plain => "count",
        }
    }

    /// What a physical unit measures (`length`, `area`, `power`, `mass`,
    /// `volume`); `None` for other units.
    pub fn dimension(&self) -> Option<&'static str> {
        let Unit::Physical(symbol) = self else { return None };
        Some(match symbol.as_str() {
            "km" | "mile" | "m" => "length",
            "ha" | "acre" => "area",
            "kW" | "MW" | "GW" => "power",
            "t" => "mass",
            "barrel" | "l" => "volume",
            _ => "other",
        })
    }
}

/// A word that makes a figure approximate or a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    /// `about`, `around`, `some`, `roughly`, `approximately`: ±10%.
    About,
    /// `nearly`, `almost`, `just under`: from 10% below up to the value.
    Nearly,
    /// `more than`, `over`, `above`, `at least`, `just over`: the value or more.
    AtLeast,
    /// `up to`, `less than`, `under`, `fewer than`, `at most`: the value or less.
    AtMost,
}

impl Hedge {
    /// The hedge's meaning in a report.
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::About => "about",
            Hedge::Nearly => "nearly",
            Hedge::AtLeast => "at least",
            Hedge::AtMost => "at most",
        }
    }
}

/// A closed range of values, scale applied; either end may be infinite for
/// a bound (`more than 600` is `[600, ∞]`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Smallest value the statement allows.
    pub low: f64,
    /// Largest value the statement allows.
    pub high: f64,
}

impl Interval {
    /// Whether the two intervals share no value.
    pub fn disjoint(&self, other: &Interval) -> bool {
        self.high < other.low || other.high < self.low
    }

    /// Whether `value` lies inside.
    pub fn contains(&self, value: f64) -> bool {
        self.low <= value && value <= self.high
    }
}

/// What a figure's place in its sentence makes it: the new value of a change,
/// the old one, the change itself, a total, or none of these.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// No particular role.
    #[default]
    Plain,
    /// `to $1.13bn`: the value after a change.
    Current,
    /// `from $639m`, `a year earlier`: the value before a change.
    Previous,
    /// `rose 76%`, `by 5%`: the size of a change.
    Change,
    /// `a total of`, `in all`: the sum of the figures listed before it.
    Total,
}

/// The fact a figure is a value of: what is measured, of whom or where, for
/// which period, in which unit family. Two figures are compared only when
/// their keys are equal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FactKey {
    /// The measure, normalised: `net profit`, `revenue`, `pilot reform task`.
    pub measure: String,
    /// Whose or where, normalised: `timewarner`, `qingdao`.
    pub subject: Option<String>,
    /// The period: `2004`, `2004-Q4`, `2020-H1`; `None` when the text names none.
    pub period: Option<String>,
    /// [`Unit::family`] of the figure.
    pub family: String,
}

/// One number stated in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Where it is: currency, number, scale and percent sign together.
    pub span: Span,
    /// The numeral as written, scale not applied: `1.13` for `$1.13bn`.
    pub value: f64,
    /// The scale word or suffix, if any.
    pub scale: Option<Scale>,
    /// Its unit.
    pub unit: Unit,
    /// A hedge before it, if any.
    pub hedge: Option<Hedge>,
    /// The values the statement allows, scale applied: its stated precision
    /// widened by the hedge.
    pub interval: Interval,
    /// Its role in its sentence.
    pub role: Role,
    /// The fact it is a value of, when the text says clearly enough.
    pub key: Option<FactKey>,
    /// Digits after the decimal point as written (the precision of the statement).
    pub decimals: u8,
}

impl Figure {
    /// The value with its scale applied.
    pub fn magnitude(&self) -> f64 {
        self.value * self.scale.map_or(1.0, Scale::factor)
    }
}
