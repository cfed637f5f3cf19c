//! `presslint figures`.

use std::io::{Read, Write};

use presslint_lint::figure_report::{self, DocumentFigures};

use crate::EXIT_OK;
use crate::args::{FiguresArgs, ListFormat};

pub fn run(
    args: FiguresArgs,
    stdin: impl Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<u8, String> {
    let (linter, inputs) = crate::reading_linter(args.config.as_deref(), &args.paths)?;
    let (documents, problems) = linter.parse_inputs(&inputs, stdin);
    for problem in &problems {
        let _ = writeln!(stderr, "presslint: {}: {}", problem.location.doc, problem.message);
    }
    let reports: Vec<DocumentFigures> = figure_report::report(&documents);
    let written = match args.format {
        ListFormat::Human => {
            let texts: Vec<&str> = documents.iter().map(|d| d.text.as_str()).collect();
            figure_report::render_human(&reports, &texts, stdout)
        }
        ListFormat::Json => serde_json::to_writer_pretty(&mut *stdout, &reports)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(stdout)),
    };
    written.map_err(|e| format!("cannot write output: {e}"))?;
    Ok(EXIT_OK)
}
