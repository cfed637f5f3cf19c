//! `presslint check`.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use presslint_core::Severity;
use presslint_lint::selection::Selector;
use presslint_lint::{Baseline, Config, Format, Linter, Progress, RenderOptions, Report, render};

use crate::args::{CheckArgs, ColorChoice, OutputFormat};
use crate::{EXIT_FINDINGS, EXIT_OK, Terminal, progress};

fn selectors(list: &[String], flag: &str) -> Result<Vec<Selector>, String> {
    list.iter()
        .map(|s| {
            Selector::parse(s).ok_or_else(|| {
                format!("`{s}` in {flag} is not a rule code or prefix (see `presslint rules`)")
            })
        })
        .collect()
}

fn load_config(args: &CheckArgs) -> Result<Config, String> {
    let mut config = crate::load_config(args.config.as_deref(), &args.paths)?;
    let select = args
        .select
        .as_deref()
        .map(|s| selectors(s, "--select"))
        .transpose()?;
    config.override_selection(
        select,
        selectors(&args.extend_select, "--extend-select")?,
        selectors(&args.ignore, "--ignore")?,
    );
    if let Some(baseline) = &args.baseline {
        config.baseline = Some(baseline.clone());
    }
    Ok(config)
}

fn format(f: OutputFormat) -> Format {
    match f {
        OutputFormat::Human => Format::Human,
        OutputFormat::Concise => Format::Concise,
        OutputFormat::Json => Format::Json,
        OutputFormat::Sarif => Format::Sarif,
        OutputFormat::Github => Format::Github,
        OutputFormat::Html => Format::Html,
    }
}

fn use_color(choice: ColorChoice, args: &CheckArgs, terminal: Terminal) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal.stdout
                && args.output_file.is_none()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

pub fn run(
    args: CheckArgs,
    stdin: impl Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
    terminal: Terminal,
) -> Result<u8, String> {
    let config = load_config(&args)?;
    let baseline_path = config.baseline.clone();
    if args.update_baseline && baseline_path.is_none() {
        return Err("--update-baseline needs a baseline file: give --baseline FILE or set `baseline` in presslint.toml".into());
    }
    if args.paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        return Err("`-` (standard input) can be given only once".into());
    }
    if let Some(baseline) = &args.baseline
        && !args.update_baseline
        && !baseline.exists()
    {
        return Err(format!("the baseline `{}` does not exist", baseline.display()));
    }
    // A path that does not exist is a typo on the command line, not bad input:
    // running on without it could pass CI having checked nothing.
    crate::require_paths(&args.paths)?;
    let fail_on = config.fail_on;
    let selection = config.selection.clone();
    // Only the source-showing formats print snippets; the rest need not hold them.
    let snippets = matches!(args.format, OutputFormat::Human | OutputFormat::Html);
    let mut builder = Linter::builder()
        .config(config)
        .use_baseline(!args.update_baseline && !args.no_baseline)
        .snippets(snippets);
    if let Some(threads) = args.threads {
        builder = builder.threads(usize::from(threads));
    }
    if let Some(dir) = &args.cache {
        builder = builder.cache(dir.clone());
    }
    let progress_counter = Arc::new(Progress::default());
    builder = builder.progress(progress_counter.clone());
    let linter = builder.build().map_err(|e| e.to_string())?;
    let inputs = crate::inputs(&args.paths);

    let report = if let Some(dir) = &args.sketches {
        let (sketches, findings) = crate::sketch_cmd::read_sketches(dir)?;
        linter.check_sketches(sketches, findings)
    } else if terminal.stderr && !args.quiet {
        let finished = AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| progress::show(&progress_counter, &finished));
            let report = linter.check_inputs(&inputs, stdin);
            finished.store(true, std::sync::atomic::Ordering::Relaxed);
            report
        })
    } else {
        linter.check_inputs(&inputs, stdin)
    };

    if args.update_baseline {
        let path = baseline_path.expect("checked above");
        return update_baseline(&path, &report, &selection, stderr);
    }

    let render_started = std::time::Instant::now();
    let options = RenderOptions {
        color: use_color(args.color, &args, terminal),
        statistics: args.statistics,
        quiet: args.quiet,
    };
    // Rendered straight into its destination: at a million documents the
    // JSON report is over 600 MB, which a buffer would hold twice over.
    match &args.output_file {
        Some(path) => presslint_lint::atomic::write_atomic_with(path, |file| {
            let mut out = std::io::BufWriter::new(file);
            render(&report, format(args.format), options, &mut out)?;
            out.flush()
        })
        .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?,
        None => {
            let mut out = std::io::BufWriter::new(stdout);
            render(&report, format(args.format), options, &mut out)
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot write output: {e}"))?;
        }
    }
    if args.timings {
        let t = &report.timings;
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        let _ = writeln!(
            stderr,
            "presslint: timing read {:.0} ms, documents {:.0} ms, corpus {:.0} ms, finish {:.0} ms, render {:.0} ms",
            ms(t.read),
            ms(t.documents),
            ms(t.corpus),
            ms(t.finish),
            ms(render_started.elapsed())
        );
        let stages: Vec<String> = t
            .document_stages
            .iter()
            .map(|(name, time)| format!("{name} {:.0} ms", ms(*time)))
            .collect();
        let _ = writeln!(
            stderr,
            "presslint: timing of the documents, across threads: {}",
            stages.join(", ")
        );
        let rules: Vec<String> = t
            .corpus_rules
            .iter()
            .map(|(code, time)| format!("{code} {:.0} ms", ms(*time)))
            .collect();
        if !rules.is_empty() {
            let _ = writeln!(
                stderr,
                "presslint: timing of the corpus rules, after their shared index ({:.0} ms), side by side: {}",
                ms(t.corpus_index),
                rules.join(", ")
            );
        }
        if let Some(cache) = report.cache {
            let _ = writeln!(
                stderr,
                "presslint: cache {} documents reused, {} computed",
                cache.hits, cache.misses
            );
        }
    }
    let code = exit_code(&report, fail_on, args.exit_zero);
    // The process ends now: it need not wait for every finding to be freed.
    presslint_lint::drop_in_background(report);
    Ok(code)
}

/// Write the current findings to the baseline, keeping the entries of rules
/// that did not run, so that `--select B --update-baseline` does not drop the
/// accepted findings of every other rule.
fn update_baseline(
    path: &Path,
    report: &Report,
    selection: &presslint_lint::selection::RuleSelection,
    stderr: &mut dyn Write,
) -> Result<u8, String> {
    let mut baseline = Baseline::from_diagnostics(path, &report.diagnostics);
    if path.exists() {
        let previous = Baseline::load(path).map_err(|e| e.to_string())?;
        baseline.extend(previous.retain(|f| !selection.is_enabled(&f.code)));
    }
    baseline.write(path).map_err(|e| e.to_string())?;
    let _ = writeln!(
        stderr,
        "presslint: wrote {} finding{} to the baseline `{}`",
        baseline.len(),
        if baseline.len() == 1 { "" } else { "s" },
        path.display()
    );
    Ok(EXIT_OK)
}

fn exit_code(report: &Report, fail_on: Severity, exit_zero: bool) -> u8 {
    let failing = report.diagnostics.iter().any(|d| d.severity >= fail_on);
    if failing && !exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
