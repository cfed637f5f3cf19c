//! A progress line on standard error for long runs.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use presslint_lint::Progress;

/// Runs shorter than this show no progress at all.
const QUIET_PERIOD: Duration = Duration::from_millis(800);

/// Show `progress` on standard error until `finished` is set, once the run
/// has taken longer than [`QUIET_PERIOD`]; the line is erased at the end.
pub fn show(progress: &Arc<Progress>, finished: &AtomicBool) {
    let start = Instant::now();
    let mut shown = false;
    while !finished.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(100));
        if start.elapsed() < QUIET_PERIOD {
            continue;
        }
        let done = progress.done.load(Ordering::Relaxed);
        let total = progress.total.load(Ordering::Relaxed);
        let mut err = std::io::stderr().lock();
        let _ = if total == 0 {
            write!(err, "\rpresslint: reading inputs…")
        } else {
            write!(
                err,
                "\rpresslint: checked {done}/{total} documents ({:.0}%)",
                100.0 * done as f64 / total as f64
            )
        };
        let _ = err.flush();
        shown = true;
    }
    if shown {
        let _ = write!(std::io::stderr(), "\r\x1b[2K");
    }
}
