//! The `presslint` binary: a thin shell around [`presslint_cli::run`].

use std::io::IsTerminal;
use std::process::ExitCode;

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
