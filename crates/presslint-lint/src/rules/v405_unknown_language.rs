use presslint_core::Span;
use serde::Deserialize;

use crate::rule::{DocContext, declare_rule};

declare_rule! {
    /// A metadata language that is not a known language tag.
    ///
    /// ## What it finds
    /// A `lang` whose primary subtag is not an ISO 639-1 code (`en`, `zh`,
    /// `pt`), nor one of the configured extra codes, or whose shape is not
    /// that of a BCP 47 tag (`en-GB`, `zh-Hans-CN`). Case does not matter.
    ///
    /// ## Why it matters
    /// Language drives tokenisation, filtering and every language-specific
    /// rule; `english` or `eng_US` slips past filters that expect `en`.
    ///
    /// ## Example
    /// ```text
    /// warning[V405]: metadata lang `english` is not a language tag (expected e.g. `en` or `en-GB`)
    /// ```
    ///
    /// ## Options
    /// ```toml
    /// [rules.unknown-language]
    /// languages = ["yue", "und"]   # further primary subtags to accept
    /// ```
    pub struct UnknownLanguage {
        code: "V405",
        name: "unknown-language",
        family: Validation,
        severity: Warning,
    }
}

/// Options of `unknown-language`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct UnknownLanguageOptions {
    /// Primary subtags accepted besides the ISO 639-1 codes.
    pub languages: Vec<String>,
}

/// The ISO 639-1 two-letter language codes.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv \
cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii \
ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms \
mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn \
so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// Report a language tag that is malformed or names no known language.
pub fn check(ctx: &mut DocContext<'_>) {
    let Some(lang) = ctx.doc.meta.lang.clone() else {
        return;
    };
    let extra = &ctx.config.rules.unknown_language.languages;
    let tag = lang.trim();
    let subtags: Vec<&str> = tag.split('-').collect();
    let well_formed = subtags
        .iter()
        .all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    let primary = subtags[0].to_ascii_lowercase();
    let known = ISO_639_1.split_ascii_whitespace().any(|code| code == primary)
        || extra.iter().any(|e| e.eq_ignore_ascii_case(&primary));
    let message = if !well_formed || !(2..=3).contains(&primary.len()) {
        format!("metadata lang `{lang}` is not a language tag (expected e.g. `en` or `en-GB`)")
    } else if !known {
        format!("metadata lang `{lang}`: `{primary}` is not a known language code")
    } else {
        return;
    };
    ctx.report(Span::new(0, 0), message).evidence = format!("lang {lang}");
}
