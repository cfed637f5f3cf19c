//! The `presslint` binary: a thin shell around [`presslint_cli::run`].

use std::io::IsTerminal;
use std::process::ExitCode;

// A run over a million documents keeps gigabytes of sketches and findings,
// built in small pieces on every thread at once. glibc's malloc grows each
// thread's arena a page at a time, one `mprotect` call each; jemalloc takes
// memory in large extents. Measured at a million documents: about 10% less
// CPU time and 100 MB less peak memory (docs/performance.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let terminal = presslint_cli::Terminal {
        stdout: stdout.is_terminal(),
        stderr: stderr.is_terminal(),
    };
    let code = presslint_cli::run(
        std::env::args_os(),
        std::io::stdin().lock(),
        &mut stdout.lock(),
        &mut stderr.lock(),
        terminal,
    );
    ExitCode::from(code)
}
