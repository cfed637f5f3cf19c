//! Baselines: findings that were accepted, so that only new ones are reported.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::paths::relative;

use presslint_core::Diagnostic;
use serde::{Deserialize, Serialize};

/// Version of the baseline format this build reads and writes.
pub const BASELINE_VERSION: u32 = 1;

/// Why a baseline could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BaselineError {
    /// The file could not be read or written.
    #[error("cannot {action} baseline `{path}`: {source}")]
    Io {
        /// "read" or "write".
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The file is not a baseline.
    #[error("baseline `{path}` is not valid: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        message: String,
    },
    /// The file was written by a format version this build does not read.
    #[error(
        "baseline `{path}` has format version {found}, this presslint reads version {BASELINE_VERSION}; regenerate it with --update-baseline"
    )]
    Version {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
}

/// What identifies an accepted finding: the rule, the document, and a hash of
/// the evidence text with white space folded — not its line, so that editing
/// elsewhere in a document does not break the baseline.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Rule code.
    pub code: String,
    /// Document path, relative to the baseline's folder, with `/` separators.
    pub path: String,
    /// Record id for JSONL records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// SHA-256 of the normalised evidence.
    pub hash: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    #[serde(rename = "generated-by")]
    generated_by: String,
    findings: Vec<Fingerprint>,
}

/// A set of accepted findings (a multiset: two identical findings need two entries).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    counts: BTreeMap<Fingerprint, usize>,
}

impl Baseline {
    /// Read a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            action: "read",
            path: path.to_path_buf(),
            source,
        })?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| BaselineError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let found = value.get("version").and_then(serde_json::Value::as_u64);
        if let Some(found) = found.filter(|v| *v != u64::from(BASELINE_VERSION)) {
            return Err(BaselineError::Version {
                path: path.to_path_buf(),
                found: u32::try_from(found).unwrap_or(u32::MAX),
            });
        }
        let file: BaselineFile = serde_json::from_value(value).map_err(|e| BaselineError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let mut counts = BTreeMap::new();
        for fingerprint in file.findings {
            *counts.entry(fingerprint).or_insert(0) += 1;
        }
        Ok(Baseline { counts })
    }

    /// A baseline accepting exactly `diagnostics`, for a file at `path`.
    pub fn from_diagnostics(path: &Path, diagnostics: &[Diagnostic]) -> Baseline {
        let dir = baseline_dir(path);
        let mut counts = BTreeMap::new();
        for d in diagnostics {
            *counts.entry(fingerprint(d, &dir)).or_insert(0) += 1;
        }
        Baseline { counts }
    }

    /// The entries for which `keep` holds.
    pub fn retain(mut self, keep: impl Fn(&Fingerprint) -> bool) -> Baseline {
        self.counts.retain(|f, _| keep(f));
        self
    }

    /// Add every entry of `other`.
    pub fn extend(&mut self, other: Baseline) {
        for (f, n) in other.counts {
            *self.counts.entry(f).or_insert(0) += n;
        }
    }

    /// Number of accepted findings.
    pub fn len(&self) -> usize {
        self.counts.values().sum()
    }

    /// Whether no finding is accepted.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// The file's contents: sorted, one finding a line, so that diffs are readable.
    pub fn to_json(&self) -> String {
        let findings: Vec<&Fingerprint> = self
            .counts
            .iter()
            .flat_map(|(f, n)| std::iter::repeat_n(f, *n))
            .collect();
        let mut out = format!(
            "{{\n  \"version\": {BASELINE_VERSION},\n  \"generated-by\": \"presslint {}\",\n  \"findings\": [",
            env!("CARGO_PKG_VERSION")
        );
        for (i, f) in findings.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            out.push_str(&serde_json::to_string(f).expect("fingerprints serialize"));
        }
        out.push_str(if findings.is_empty() {
            "]\n}\n"
        } else {
            "\n  ]\n}\n"
        });
        out
    }

    /// Write the baseline to `path` atomically.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        crate::atomic::write_atomic(path, self.to_json().as_bytes()).map_err(|source| BaselineError::Io {
            action: "write",
            path: path.to_path_buf(),
            source,
        })
    }

    /// Split `diagnostics` into those the baseline (at `path`) does not accept,
    /// in their order, and the count of those it does.
    pub fn filter(&self, path: &Path, diagnostics: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
        let dir = baseline_dir(path);
        let mut remaining = self.counts.clone();
        let mut kept = Vec::new();
        let mut suppressed = 0;
        for d in diagnostics {
            match remaining.get_mut(&fingerprint(&d, &dir)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    suppressed += 1;
                }
                _ => kept.push(d),
            }
        }
        (kept, suppressed)
    }
}

fn baseline_dir(path: &Path) -> PathBuf {
    let abs = crate::paths::absolute(path);
    abs.parent().unwrap_or(Path::new("/")).to_path_buf()
}

/// The fingerprint of a finding for a baseline kept in `dir`.
pub fn fingerprint(d: &Diagnostic, dir: &Path) -> Fingerprint {
    let doc = &d.location.doc;
    let path = if doc.path == "-" {
        doc.path.clone()
    } else {
        let abs = crate::paths::absolute(Path::new(&doc.path));
        relative(&abs, dir)
    };
    let evidence: Vec<&str> = d.evidence.split_whitespace().collect();
    Fingerprint {
        code: d.code.to_string(),
        path,
        id: doc.id.clone(),
        hash: presslint_parse::normalize::sha256_hex(&evidence.join(" ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baselines_round_trip_through_json() {
        let baseline = Baseline::default();
        assert!(baseline.to_json().contains("\"findings\": []"));
    }
}
