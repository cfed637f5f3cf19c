//! `presslint.toml` on arbitrary text: an error naming the file, or a configuration.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = presslint_lint::Config::from_toml(text, std::path::Path::new("presslint.toml"));
});
