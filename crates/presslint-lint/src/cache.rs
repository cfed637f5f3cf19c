//! The cache of per-document results, for incremental runs: a document's
//! findings and sketch, stored under the SHA-256 of its bytes, its identity,
//! the presslint version, the configuration and the day of the run. A
//! document whose key is found is neither decoded nor parsed again.
//!
//! Entries are small JSON files in a two-level folder tree (`ab/abcdef….json`),
//! each renamed into place, so that two runs sharing a cache never see half
//! an entry. A corrupt or unreadable entry is ignored and recomputed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use presslint_core::Diagnostic;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::sketch::DocSketch;

/// What the per-document pass produced for one document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// Its findings.
    pub diagnostics: Vec<Diagnostic>,
    /// Its sketch, if it could be read as a document.
    pub sketch: Option<DocSketch>,
}

/// A cache folder and the salt every key of this run shares.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    salt: [u8; 32],
    hits: AtomicUsize,
    misses: AtomicUsize,
}

/// How a run used the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Documents whose results were read from the cache.
    pub hits: usize,
    /// Documents computed (and stored).
    pub misses: usize,
}

impl Cache {
    /// A cache in `dir` for runs whose results depend on `context`: the
    /// configuration, the selected sketch parts and the day of the run.
    pub fn new(dir: &Path, context: &str) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update([0]);
        hasher.update(crate::sketch::SKETCH_VERSION.to_le_bytes());
        hasher.update(context.as_bytes());
        Cache {
            dir: dir.to_path_buf(),
            salt: hasher.finalize().into(),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
        }
    }

    /// The key of a document: its identity and bytes under this run's salt.
    pub fn key(&self, identity: &str, bytes: &[u8]) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.salt);
        hasher.update((identity.len() as u64).to_le_bytes());
        hasher.update(identity.as_bytes());
        hasher.update(bytes);
        hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// The stored entry for `key`, if there is a readable one.
    pub fn get(&self, key: &str) -> Option<Entry> {
        let entry = std::fs::read(self.path(key))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok());
        if entry.is_some() {
            self.hits.fetch_add(1, Ordering::Relaxed);
        }
        entry
    }

    /// Store `entry` under `key`. A cache that cannot be written costs speed,
    /// not correctness: errors are ignored.
    pub fn put(&self, key: &str, entry: &Entry) {
        self.misses.fetch_add(1, Ordering::Relaxed);
        let path = self.path(key);
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        // Renamed into place, so that a reader never sees half an entry, but
        // not synced to disk: an entry lost in a crash is only recomputed,
        // and a sync per document would cost more than computing it.
        if let Ok(bytes) = serde_json::to_vec(entry) {
            let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
            if std::fs::write(&tmp, &bytes).is_err() || std::fs::rename(&tmp, &path).is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
        }
    }

    /// Hits and misses so far.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }
}
