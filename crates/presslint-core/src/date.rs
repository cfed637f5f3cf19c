use serde::{Deserialize, Serialize};

use crate::Span;

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// All days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The English name, capitalised.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    /// Year, such as 2020.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl CivilDate {
    /// A date, or `None` when the day does not exist (30 February, month 13).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Parse an ISO 8601 calendar date (`2020-11-05`), ignoring any time part after it.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let s = s.trim();
        let date = s.get(..10)?;
        let rest = &s[10..];
        if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
            return None;
        }
        let b = date.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = date[..4].parse().ok()?;
        let month = date[5..7].parse().ok()?;
        let day = date[8..10].parse().ok()?;
        CivilDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil: exact for every Gregorian date.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (before it when negative).
    pub fn from_days_since_epoch(days: i64) -> Self {
        // Howard Hinnant's civil_from_days, the inverse of `days_since_epoch`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate {
            year: year as i32,
            month,
            day,
        }
    }

    /// The day of the week this date falls on.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        let index = (self.days_since_epoch() + 3).rem_euclid(7) as usize;
        Weekday::ALL[index]
    }
}

impl std::fmt::Display for CivilDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date stated in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Where the whole mention is, weekday included.
    pub span: Span,
    /// The calendar date, when the text gives year, month and day.
    pub date: Option<CivilDate>,
    /// The weekday the text attaches to the date, if any.
    pub weekday: Option<Weekday>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(CivilDate::new(2020, 11, 5).unwrap().weekday(), Weekday::Thursday);
        assert_eq!(CivilDate::new(2000, 2, 29).unwrap().weekday(), Weekday::Tuesday);
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().weekday(), Weekday::Thursday);
        assert_eq!(
            CivilDate::new(1969, 12, 31).unwrap().weekday(),
            Weekday::Wednesday
        );
    }

    #[test]
    fn days_round_trip() {
        for days in [-800_000, -1, 0, 1, 18_571, 20_000, 2_932_896] {
            let date = CivilDate::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days, "{date}");
            assert!(CivilDate::new(date.year, date.month, date.day).is_some());
        }
        assert_eq!(CivilDate::from_days_since_epoch(18_571).to_string(), "2020-11-05");
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(CivilDate::new(2021, 2, 29).is_none());
        assert!(CivilDate::new(1900, 2, 29).is_none());
        assert!(CivilDate::new(2020, 13, 1).is_none());
        assert!(CivilDate::parse_iso("2020-02-30").is_none());
        assert_eq!(
            CivilDate::parse_iso("2020-11-05T10:00:00Z"),
            CivilDate::new(2020, 11, 5)
        );
        assert!(CivilDate::parse_iso("2020/11/05").is_none());
        assert!(CivilDate::parse_iso("2020-11-05x").is_none());
    }
}
