//! Which rules run: `select`, `extend-select` and `ignore` by code or prefix.

use crate::rules::REGISTRY;

/// A rule selector: a full code (`B101`) or a prefix of codes (`B`, `B1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector(String);

impl Selector {
    /// Parse a selector; it must be a prefix of at least one registered code
    /// (`ALL` selects everything).
    pub fn parse(text: &str) -> Option<Self> {
        let upper = text.trim().to_ascii_uppercase();
        if upper == "ALL" {
            return Some(Selector(String::new()));
        }
        let known = !upper.is_empty() && REGISTRY.iter().any(|r| r.info.code.starts_with(&upper));
        known.then_some(Selector(upper))
    }

    /// How many characters of `code` the selector matches, or `None`.
    pub fn matched_len(&self, code: &str) -> Option<usize> {
        code.starts_with(&self.0).then_some(self.0.len())
    }
}

/// The resolved set of selectors.
///
/// A rule is enabled when its most specific matching `select` or
/// `extend-select` selector is more specific than its most specific matching
/// `ignore` selector: `select = ["B"]` with `ignore = ["B1"]` turns off
/// `B101`, and adding `extend-select = ["B101"]` turns it back on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSelection {
    select: Vec<Selector>,
    ignore: Vec<Selector>,
}

impl Default for RuleSelection {
    fn default() -> Self {
        RuleSelection {
            select: vec![Selector(String::new())],
            ignore: Vec::new(),
        }
    }
}

impl RuleSelection {
    /// A selection from its three lists; `select: None` means every rule.
    pub fn new(select: Option<Vec<Selector>>, extend_select: Vec<Selector>, ignore: Vec<Selector>) -> Self {
        let mut select = select.unwrap_or_else(|| vec![Selector(String::new())]);
        select.extend(extend_select);
        RuleSelection { select, ignore }
    }

    /// Whether the rule with `code` is enabled.
    pub fn is_enabled(&self, code: &str) -> bool {
        let best = |list: &[Selector]| list.iter().filter_map(|s| s.matched_len(code)).max();
        match (best(&self.select), best(&self.ignore)) {
            (Some(s), Some(i)) => s > i,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(list: &[&str]) -> Vec<Selector> {
        list.iter().map(|s| Selector::parse(s).unwrap()).collect()
    }

    #[test]
    fn most_specific_selector_wins() {
        let s = RuleSelection::new(Some(sel(&["B"])), vec![], sel(&["B1"]));
        assert!(!s.is_enabled("B101"));
        assert!(!s.is_enabled("D101"));
        let s = RuleSelection::new(Some(sel(&["B"])), sel(&["B101"]), sel(&["B1"]));
        assert!(s.is_enabled("B101"));
        let s = RuleSelection::new(None, vec![], sel(&["v"]));
        assert!(s.is_enabled("D101"));
        assert!(!s.is_enabled("V001"));
    }

    #[test]
    fn unknown_selectors_are_refused() {
        assert!(Selector::parse("X1").is_none());
        assert!(Selector::parse("B9").is_none());
        assert!(Selector::parse("").is_none());
        assert!(Selector::parse("all").is_some());
    }
}
