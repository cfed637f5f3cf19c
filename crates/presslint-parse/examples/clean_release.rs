//! `presslint-parse` alone: parse a press release, print its article text
//! with the residue removed, then what was removed and why.
//!
//! `cargo run -p presslint-parse --example clean_release [FILE]`

use presslint_core::{DocRef, Metadata};

const RELEASE: &str = "Harbour Opens New Terminal
LOS ANGELES, CA, UNITED STATES, March 3, 2021 /EINPresswire.com/ -- The harbour opened its new container terminal on Wednesday, adding 40% to its capacity.

Media contact: press@harbour.example | +1 555 0100
This press release can be viewed online at: https://www.einpresswire.com/article/1
";

fn main() -> std::io::Result<()> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => RELEASE.to_string(),
    };
    let doc = presslint_parse::parse(DocRef::file("release.txt"), Metadata::default(), text);
    println!("{}", presslint_parse::normalize::article_text(&doc));
    println!("--- residue");
    for residue in &doc.boilerplate {
        println!(
            "{:?} ({:.2}): {:?}",
            residue.kind,
            residue.confidence,
            residue.span.slice(&doc.text)
        );
    }
    Ok(())
}
