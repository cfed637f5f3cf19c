//! `presslint.toml`: rule selection, severities, per-file ignores, baseline.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobMatcher};
use presslint_core::Severity;
use serde::Deserialize;
use toml::Spanned;

use crate::selection::{RuleSelection, Selector};

/// The configuration file's name.
pub const CONFIG_FILE: &str = "presslint.toml";

/// Why a configuration could not be loaded. Every variant names the file and,
/// where there is one, the line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read configuration `{path}`: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The file is not valid TOML, has an unknown key, or a value of the wrong type.
    #[error("{path}:{line}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line of the offending key or value.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    extend_select: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<Severity>>,
    #[serde(default)]
    per_file_ignores: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    baseline: Option<Spanned<String>>,
    #[serde(default)]
    fail_on: Option<Severity>,
    #[serde(default)]
    rules: RuleOptions,
    #[serde(default)]
    boilerplate: presslint_parse::BoilerplateOptions,
    #[serde(default)]
    limits: Limits,
}

/// `[limits]`: how large an input may be before it is reported instead of read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limits {
    /// Files and JSONL records larger than this are reported (`V006`) and skipped.
    pub max_document_bytes: usize,
    /// Lines longer than this are reported (`V007`).
    pub max_line_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: 16 << 20,
            max_line_bytes: 1 << 20,
        }
    }
}

/// Options of individual rules, under `[rules.<rule-name>]`. Each rule's
/// options type lives in the rule's own file, with its defaults.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
#[non_exhaustive]
pub struct RuleOptions {
    /// `[rules.missing-metadata]` (V401).
    pub missing_metadata: crate::rules::MissingMetadataOptions,
    /// `[rules.invalid-date]` (V402).
    pub invalid_date: crate::rules::InvalidDateOptions,
    /// `[rules.unknown-language]` (V405).
    pub unknown_language: crate::rules::UnknownLanguageOptions,
    /// `[rules.glued-words]` (V301).
    pub glued_words: crate::rules::GluedWordsOptions,
    /// `[rules.near-duplicate]` (D102; its threshold also serves D106).
    pub near_duplicate: crate::rules::NearDuplicateOptions,
    /// `[rules.same-event]` (D105).
    pub same_event: crate::rules::SameEventOptions,
    /// `[rules.repeated-line]` (B502).
    pub repeated_line: crate::rules::RepeatedLineOptions,
    /// `[rules.short-document]` (V501).
    pub short_document: crate::rules::ShortDocumentOptions,
}

/// A glob of paths and the rules ignored in them.
#[derive(Debug, Clone)]
pub struct PerFileIgnore {
    /// The glob as written.
    pub pattern: String,
    matcher: GlobMatcher,
    selectors: Vec<Selector>,
}

/// A loaded configuration, with defaults for everything not given.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from, if any.
    pub path: Option<PathBuf>,
    /// Which rules run, resolved from the three lists below.
    pub selection: RuleSelection,
    /// `select`: the rules to run (`None`: all).
    pub select: Option<Vec<Selector>>,
    /// `extend-select`: rules to run in addition.
    pub extend_select: Vec<Selector>,
    /// `ignore`: rules not to run.
    pub ignore: Vec<Selector>,
    /// Severity overrides by code or prefix; the most specific wins.
    pub severities: Vec<(Selector, Severity)>,
    /// Rules ignored in some files.
    pub per_file_ignores: Vec<PerFileIgnore>,
    /// Baseline of accepted findings, resolved against the configuration's folder.
    pub baseline: Option<PathBuf>,
    /// Findings at or above this severity fail the run (default: warning).
    pub fail_on: Severity,
    /// Options of individual rules.
    pub rules: RuleOptions,
    /// `[boilerplate]`: the user's own residue patterns and template lines.
    pub boilerplate: presslint_parse::BoilerplateOptions,
    /// `[limits]`: the largest document and line read as text.
    pub limits: Limits,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            path: None,
            selection: RuleSelection::default(),
            select: None,
            extend_select: Vec::new(),
            ignore: Vec::new(),
            severities: Vec::new(),
            per_file_ignores: Vec::new(),
            baseline: None,
            fail_on: Severity::Warning,
            rules: RuleOptions::default(),
            boilerplate: presslint_parse::BoilerplateOptions::default(),
            limits: Limits::default(),
        }
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl Config {
    /// Read and check a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Config::from_toml(&text, path)
    }

    /// Find `presslint.toml` in `start` (a folder, or a file's folder) or any
    /// folder above it, and load it; the default configuration when there is none.
    pub fn discover(start: &Path) -> Result<Config, ConfigError> {
        // `..` resolved first, so that the walk goes up real folders, not the text of the path.
        let start = crate::paths::absolute(start);
        let mut dir = if start.is_dir() {
            Some(start.as_path())
        } else {
            start.parent()
        };
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                return Config::load(&candidate);
            }
            dir = d.parent();
        }
        Ok(Config::default())
    }

    /// Parse a configuration from TOML text; `path` is used in errors and to
    /// resolve the baseline's path.
    pub fn from_toml(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid = |offset: usize, message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            line: line_of(text, offset),
            message,
        };
        let raw: RawConfig = toml::from_str(text).map_err(|err| {
            let offset = err.span().map_or(0, |s| s.start);
            invalid(offset, err.message().trim().to_string())
        })?;
        let selectors = |list: &[Spanned<String>], key: &str| -> Result<Vec<Selector>, ConfigError> {
            list.iter()
                .map(|s| {
                    Selector::parse(s.get_ref()).ok_or_else(|| {
                        invalid(
                            s.span().start,
                            format!(
                                "`{}` in `{key}` is not a rule code or prefix (see `presslint rules`)",
                                s.get_ref()
                            ),
                        )
                    })
                })
                .collect()
        };
        let select = raw
            .select
            .as_deref()
            .map(|s| selectors(s, "select"))
            .transpose()?;
        let extend_select = selectors(&raw.extend_select, "extend-select")?;
        let ignore = selectors(&raw.ignore, "ignore")?;
        let mut severities = Vec::new();
        for (key, value) in &raw.severity {
            let selector = Selector::parse(key).ok_or_else(|| {
                invalid(
                    value.span().start,
                    format!("`{key}` in `severity` is not a rule code or prefix (see `presslint rules`)"),
                )
            })?;
            severities.push((selector, *value.get_ref()));
        }
        let mut per_file_ignores = Vec::new();
        for (pattern, codes) in &raw.per_file_ignores {
            let glob = Glob::new(pattern).map_err(|e| {
                invalid(
                    codes.span().start,
                    format!("`{pattern}` in `per-file-ignores` is not a valid glob: {e}"),
                )
            })?;
            per_file_ignores.push(PerFileIgnore {
                pattern: pattern.clone(),
                matcher: glob.compile_matcher(),
                selectors: selectors(codes.get_ref(), "per-file-ignores")?,
            });
        }
        for pattern in &raw.boilerplate.patterns {
            if presslint_core::BoilerplateKind::from_name(&pattern.kind).is_none() {
                let at = text.find(&format!("\"{}\"", pattern.kind)).unwrap_or(0);
                return Err(invalid(
                    at,
                    format!(
                        "`{}` in `boilerplate.patterns` is not a kind of boilerplate",
                        pattern.kind
                    ),
                ));
            }
            let empty = |v: &Option<String>| v.as_deref().is_some_and(|t| t.trim().is_empty());
            if empty(&pattern.starts_with) || empty(&pattern.contains) {
                let at = text.find("patterns").unwrap_or(0);
                return Err(invalid(
                    at,
                    "a boilerplate pattern's text must not be empty: it would match every line".to_string(),
                ));
            }
            if pattern.starts_with.is_none() && pattern.contains.is_none() {
                let at = text.find("patterns").unwrap_or(0);
                return Err(invalid(
                    at,
                    "a boilerplate pattern needs `starts-with` or `contains`".to_string(),
                ));
            }
        }
        let base = path.parent().unwrap_or(Path::new("."));
        Ok(Config {
            path: Some(path.to_path_buf()),
            selection: RuleSelection::new(select.clone(), extend_select.clone(), ignore.clone()),
            select,
            extend_select,
            ignore,
            severities,
            per_file_ignores,
            baseline: raw.baseline.map(|b| base.join(b.into_inner())),
            fail_on: raw.fail_on.unwrap_or(Severity::Warning),
            rules: raw.rules,
            boilerplate: raw.boilerplate,
            limits: raw.limits,
        })
    }

    /// Apply selections given on the command line: `select` replaces the
    /// configured one, `extend_select` and `ignore` add to theirs.
    pub fn override_selection(
        &mut self,
        select: Option<Vec<Selector>>,
        extend_select: Vec<Selector>,
        ignore: Vec<Selector>,
    ) {
        if select.is_some() {
            self.select = select;
        }
        self.extend_select.extend(extend_select);
        self.ignore.extend(ignore);
        self.selection = RuleSelection::new(
            self.select.clone(),
            self.extend_select.clone(),
            self.ignore.clone(),
        );
    }

    /// The severity of `code` after overrides, or its default.
    pub fn severity_of(&self, code: &str, default: Severity) -> Severity {
        self.severities
            .iter()
            .filter_map(|(selector, severity)| selector.matched_len(code).map(|len| (len, *severity)))
            .max_by_key(|(len, _)| *len)
            .map_or(default, |(_, severity)| severity)
    }

    /// Whether `code` is ignored for the document at `path` by a per-file ignore.
    ///
    /// Globs are matched against the path as reported and against the path
    /// relative to the configuration's folder.
    pub fn ignored_in(&self, code: &str, path: &str) -> bool {
        let relative = self.relative_to_config(path);
        self.per_file_ignores.iter().any(|entry| {
            (entry.matcher.is_match(path) || relative.as_deref().is_some_and(|r| entry.matcher.is_match(r)))
                && entry.selectors.iter().any(|s| s.matched_len(code).is_some())
        })
    }

    fn relative_to_config(&self, path: &str) -> Option<String> {
        let dir = crate::paths::absolute(self.path.as_ref()?.parent()?);
        let abs = crate::paths::absolute(Path::new(path));
        abs.strip_prefix(&dir)
            .ok()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml(text, Path::new("dir/presslint.toml"))
    }

    #[test]
    fn full_configuration() {
        let config = parse(
            "select = [\"B\", \"D\"]\nignore = [\"D101\"]\nfail-on = \"error\"\nbaseline = \"base.json\"\n\
             [severity]\nB = \"info\"\nB101 = \"error\"\n[per-file-ignores]\n\"legacy/**\" = [\"B\"]\n",
        )
        .unwrap();
        assert!(config.selection.is_enabled("B101"));
        assert!(!config.selection.is_enabled("D101"));
        assert!(!config.selection.is_enabled("V001"));
        assert_eq!(config.severity_of("B101", Severity::Warning), Severity::Error);
        assert_eq!(config.fail_on, Severity::Error);
        assert_eq!(config.baseline, Some(PathBuf::from("dir/base.json")));
        assert!(config.ignored_in("B101", "legacy/old.txt"));
        assert!(!config.ignored_in("D101", "legacy/old.txt"));
    }

    #[test]
    fn errors_name_key_and_line() {
        let err = parse("select = [\"B\"]\n\nsellect = [\"D\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("dir/presslint.toml:3:"), "{err}");
        assert!(err.contains("sellect"), "{err}");
        let err = parse("select = [\"B\", \"Q7\"]\n").unwrap_err().to_string();
        assert!(
            err.contains("dir/presslint.toml:1:") && err.contains("`Q7`"),
            "{err}"
        );
        let err = parse("fail-on = \"fatal\"\n").unwrap_err().to_string();
        assert!(err.contains(":1:") && err.contains("fatal"), "{err}");
        let err = parse("\nselect = \"B\"\n").unwrap_err().to_string();
        assert!(err.contains(":2:"), "{err}");
    }
}
