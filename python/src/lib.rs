//! The `presslint` Python module: [`parse`], [`clean`] and [`lint`] over
//! strings and lists of records, for dataset pipelines.
//!
//! Values cross into Python as the JSON presslint writes everywhere else
//! (`check --format json`, `figures --format json`), decoded by Python's
//! own `json` module: the same field names, and byte offsets into the UTF-8
//! text for every `span`, with the spanned `text` beside it so that no
//! caller has to convert offsets.

use std::path::Path;

use presslint_core::{DocRef, Metadata};
use presslint_lint::clean::{Cleaner, DEFAULT_MIN_CONFIDENCE};
use presslint_lint::input::Unit;
use presslint_lint::selection::Selector;
use presslint_lint::{Config, Format, Linter, RenderOptions, render};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;

/// A Rust value as Python objects, through the JSON presslint writes.
fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (json,))
}

/// Python objects (a record) as JSON text, through Python's `json` module.
fn to_json(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<String> {
    py.import("json")?
        .call_method1("dumps", (value,))?
        .extract::<String>()
}

/// Every object under `value` with a byte `span` into `text` gets the
/// spanned text beside it.
fn add_span_texts(value: &mut Value, text: &str) {
    match value {
        Value::Object(object) => {
            let span = object.get("span").and_then(|s| {
                let start = s.get("start")?.as_u64()? as usize;
                let end = s.get("end")?.as_u64()? as usize;
                text.get(start..end)
            });
            if let Some(spanned) = span
                && !object.contains_key("text")
            {
                object.insert("text".into(), Value::String(spanned.to_string()));
            }
            for (_, child) in object.iter_mut() {
                add_span_texts(child, text);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| add_span_texts(item, text)),
        _ => {}
    }
}

/// A configuration: the file at `config` if given, else the defaults, with
/// `select` replacing its rule selection and `ignore` adding to it.
fn configuration(
    config: Option<&str>,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
) -> PyResult<Config> {
    let mut configuration = match config {
        Some(path) => Config::load(Path::new(path)).map_err(|e| PyValueError::new_err(e.to_string()))?,
        None => Config::default(),
    };
    let selectors = |list: Vec<String>, name: &str| -> PyResult<Vec<Selector>> {
        list.iter()
            .map(|s| {
                Selector::parse(s).ok_or_else(|| {
                    PyValueError::new_err(format!("`{s}` in {name} is not a rule code or prefix"))
                })
            })
            .collect()
    };
    let select = select.map(|s| selectors(s, "select")).transpose()?;
    let ignore = selectors(ignore.unwrap_or_default(), "ignore")?;
    if select.is_some() || !ignore.is_empty() {
        configuration.override_selection(select, Vec::new(), ignore);
    }
    Ok(configuration)
}

/// Parse one document: its metadata, blocks (headline, dateline, lede,
/// paragraphs, boilerplate), the residue found, the dates and figures
/// stated, and the article text without residue.
///
/// `text` is the text of a `.txt` or `.md` file, front matter and all;
/// with `front_matter=False` it is all body. Spans are byte offsets into
/// the UTF-8 body, each with its `text`.
#[pyfunction]
#[pyo3(signature = (text, *, path = "-", front_matter = true))]
fn parse<'py>(py: Python<'py>, text: String, path: &str, front_matter: bool) -> PyResult<Bound<'py, PyAny>> {
    let (document, problem) = if front_matter {
        presslint_parse::parse_file_text(DocRef::file(path), text)
    } else {
        (
            presslint_parse::parse(DocRef::file(path), Metadata::default(), text),
            None,
        )
    };
    let date = presslint_lint::event::document_date(&document);
    let figures = presslint_parse::figures::find_figures(&document.text, date);
    let article = presslint_parse::normalize::article_text(&document);
    let mut value = serde_json::to_value(&document).map_err(|e| PyValueError::new_err(e.to_string()))?;
    value["figures"] = serde_json::to_value(&figures).map_err(|e| PyValueError::new_err(e.to_string()))?;
    for key in ["blocks", "boilerplate", "dates", "figures"] {
        add_span_texts(&mut value[key], &document.text);
    }
    value["article"] = Value::String(article);
    value["front_matter_error"] = problem.map_or(Value::Null, |e| Value::String(e.to_string()));
    to_python(py, &value)
}

/// The text of one document without the residue presslint is sure of
/// (confidence at least `min_confidence`), front matter kept.
fn clean_one(cleaner: &Cleaner, text: &str) -> String {
    cleaner.clean_file_text(DocRef::file("-"), text).text
}

/// Remove boilerplate residue: datelines, distribution notices, disclaimers,
/// contact blocks, menus, photo credits and the rest.
///
/// `documents` is a string (the cleaned string is returned), a list of
/// strings, or a list of records (dicts with a `text` field; copies are
/// returned with `text` cleaned and every other field kept).
#[pyfunction]
#[pyo3(signature = (documents, *, config = None, min_confidence = DEFAULT_MIN_CONFIDENCE))]
fn clean<'py>(
    py: Python<'py>,
    documents: &Bound<'py, PyAny>,
    config: Option<&str>,
    min_confidence: f32,
) -> PyResult<Bound<'py, PyAny>> {
    let cleaner = Cleaner::new(configuration(config, None, None)?, min_confidence);
    if let Ok(text) = documents.cast::<PyString>() {
        let text = text.to_str()?.to_owned();
        return Ok(PyString::new(py, &py.detach(|| clean_one(&cleaner, &text))).into_any());
    }
    let list = documents
        .cast::<PyList>()
        .map_err(|_| PyTypeError::new_err("clean() takes a string or a list of strings or records"))?;
    let out = PyList::empty(py);
    for (k, item) in list.iter().enumerate() {
        if let Ok(text) = item.cast::<PyString>() {
            out.append(clean_one(&cleaner, text.to_str()?))?;
        } else if let Ok(record) = item.cast::<PyDict>() {
            let copy = record.copy()?;
            let text = record
                .get_item("text")?
                .ok_or_else(|| PyValueError::new_err(format!("record {k} has no `text` field")))?;
            let text = text
                .extract::<String>()
                .map_err(|_| PyTypeError::new_err(format!("the `text` of record {k} is not a string")))?;
            copy.set_item("text", clean_one(&cleaner, &text))?;
            out.append(copy)?;
        } else {
            return Err(PyTypeError::new_err(format!(
                "item {k} is neither a string nor a record (dict)"
            )));
        }
    }
    Ok(out.into_any())
}

/// Lint documents together: every per-document rule on each, and the corpus
/// rules (duplicates, same-event coverage, figures across documents,
/// templates) across them all.
///
/// `documents` is a string, a list of strings (texts, with optional front
/// matter), or a list of records (dicts as in a JSONL corpus: `text` and
/// metadata such as `id`, `title`, `date`, `source`). Item N of the list is
/// named `{name}#line-N`, or `{name}#ID` for a record with an `id`.
///
/// Returns the findings as dicts, exactly as in the `diagnostics` of
/// `presslint check --format json`, in the same order. No baseline is read.
#[pyfunction]
#[pyo3(signature = (documents, *, config = None, select = None, ignore = None, threads = None, name = "input"))]
fn lint<'py>(
    py: Python<'py>,
    documents: &Bound<'py, PyAny>,
    config: Option<&str>,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
    threads: Option<usize>,
    name: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let units: Vec<Unit> = if let Ok(text) = documents.cast::<PyString>() {
        vec![Unit::Text {
            doc: DocRef::file(name),
            bytes: text.to_str()?.as_bytes().to_vec(),
        }]
    } else {
        let list = documents
            .cast::<PyList>()
            .map_err(|_| PyTypeError::new_err("lint() takes a string or a list of strings or records"))?;
        let mut units = Vec::with_capacity(list.len());
        for (k, item) in list.iter().enumerate() {
            let line = k + 1;
            if let Ok(text) = item.cast::<PyString>() {
                units.push(Unit::Text {
                    doc: DocRef::record(name, line, None),
                    bytes: text.to_str()?.as_bytes().to_vec(),
                });
            } else if item.cast::<PyDict>().is_ok() {
                units.push(Unit::JsonLine {
                    path: name.to_string(),
                    line,
                    offset: 0,
                    bytes: to_json(py, &item)?.into_bytes(),
                });
            } else {
                return Err(PyTypeError::new_err(format!(
                    "item {k} is neither a string nor a record (dict)"
                )));
            }
        }
        units
    };
    let mut builder = Linter::builder()
        .config(configuration(config, select, ignore)?)
        .use_baseline(false);
    if let Some(threads) = threads {
        builder = builder.threads(threads.max(1));
    }
    let linter = builder
        .build()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let rendered = py.detach(|| -> std::io::Result<Vec<u8>> {
        let report = linter.check_units(units);
        let mut out = Vec::new();
        render(&report, Format::Json, RenderOptions::default(), &mut out)?;
        Ok(out)
    });
    let rendered = rendered.map_err(|e| PyValueError::new_err(e.to_string()))?;
    let report: Value =
        serde_json::from_slice(&rendered).map_err(|e| PyValueError::new_err(e.to_string()))?;
    to_python(py, &report["diagnostics"])
}

/// The rules presslint knows: code, name, family, default severity and
/// summary of each, as dicts.
#[pyfunction]
fn rules<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    let rules: Vec<Value> = presslint_lint::rules::REGISTRY
        .iter()
        .map(|rule| {
            serde_json::json!({
                "code": rule.info.code,
                "name": rule.info.name,
                "family": rule.info.family,
                "severity": rule.info.default_severity,
                "summary": rule.info.summary,
            })
        })
        .collect();
    to_python(py, &Value::Array(rules))
}

/// Parse, clean and lint press releases and news articles: duplicate
/// coverage, boilerplate residue and inconsistent figures.
#[pymodule]
fn presslint(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("JSON_FORMAT_VERSION", presslint_lint::render::JSON_FORMAT_VERSION)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(lint, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    Ok(())
}
