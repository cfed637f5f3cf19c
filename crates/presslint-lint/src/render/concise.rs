use std::io::{self, Write};

use super::location_label;
use crate::engine::Report;

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        writeln!(
            out,
            "{}: {} {}",
            location_label(&d.location),
            d.code,
            one_line(&d.message)
        )?;
    }
    Ok(())
}

pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
