//! Paths compared as text: `.` and `..` resolved without the file system.

use std::path::{Component, Path, PathBuf};

/// Resolve `.` and `..` without touching the file system.
pub fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to the folder `dir` (both absolute and lexical), with `/`
/// separators and `..` where `path` lies outside `dir`.
pub fn relative(path: &Path, dir: &Path) -> String {
    let p: Vec<Component> = path.components().collect();
    let d: Vec<Component> = dir.components().collect();
    let common = p.iter().zip(&d).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), d.len() - common).collect();
    parts.extend(
        p[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The absolute form of `path` with `.` and `..` resolved (against the
/// current folder when relative).
pub fn absolute(path: &Path) -> PathBuf {
    lexical(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(relative(Path::new("/a/b/c.txt"), Path::new("/a")), "b/c.txt");
        assert_eq!(relative(Path::new("/a/c.txt"), Path::new("/a/b")), "../c.txt");
        assert_eq!(lexical(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
    }
}
