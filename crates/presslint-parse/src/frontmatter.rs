//! Front matter: YAML between `---` lines or TOML between `+++` lines at the
//! top of a text file.

use presslint_core::Metadata;
use serde_json::{Map, Value};

use crate::metadata;

/// The result of splitting a text file into front matter and body.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    /// Metadata read from the block (empty when there was none).
    pub meta: Metadata,
    /// Byte offset where the body starts.
    pub body_start: usize,
    /// 1-based line on which the body starts.
    pub body_line: usize,
}

/// Why a front matter block could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct FrontMatterError {
    /// 1-based line of the file where the problem is.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Split front matter off `text`. Text without front matter yields empty
/// metadata and a body that starts at byte 0.
pub fn split(text: &str) -> Result<FrontMatter, FrontMatterError> {
    let none = FrontMatter {
        meta: Metadata::default(),
        body_start: 0,
        body_line: 1,
    };
    let mut lines = LineIter::new(text);
    let Some((_, first)) = lines.next() else {
        return Ok(none);
    };
    let fence = match first.trim_end() {
        "---" => "---",
        "+++" => "+++",
        _ => return Ok(none),
    };
    let content_start = lines.pos;
    let mut close = None;
    while let Some((start, line)) = lines.next() {
        let t = line.trim_end();
        if t == fence || (fence == "---" && t == "...") {
            close = Some((start, lines.pos));
            break;
        }
    }
    let Some((content_end, body_start)) = close else {
        return Err(FrontMatterError {
            line: 1,
            message: format!("front matter opened with `{fence}` is never closed"),
        });
    };
    let content = &text[content_start..content_end];
    let map = if fence == "---" {
        parse_yaml(content)?
    } else {
        parse_toml(content)?
    };
    let mut meta = Metadata::default();
    metadata::merge_into(&mut meta, map);
    Ok(FrontMatter {
        meta,
        body_start,
        // Counted the way display positions count lines, lone CRs included.
        body_line: presslint_core::LineIndex::new(&text[..body_start]).line_count(),
    })
}

/// Lines with their start offsets; `pos` is where the next line starts.
struct LineIter<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> LineIter<'t> {
    fn new(text: &'t str) -> Self {
        LineIter { text, pos: 0 }
    }
}

impl<'t> Iterator for LineIter<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text[start..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    }
}

fn parse_toml(content: &str) -> Result<Map<String, Value>, FrontMatterError> {
    let table: toml::Table = toml::from_str(content).map_err(|err| {
        let line = err
            .span()
            .map(|span| content[..span.start.min(content.len())].matches('\n').count() + 2)
            .unwrap_or(1);
        FrontMatterError {
            line,
            message: format!("TOML front matter does not parse: {}", err.message()),
        }
    })?;
    Ok(table.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
}

fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect()),
    }
}

/// The YAML that front matter uses in practice: mappings of scalars, quoted
/// strings, inline `[a, b]` lists, block `- item` lists, nested mappings by
/// indentation, `|` and `>` block scalars, and comments. Anchors, tags and
/// flow mappings are reported as errors rather than misread.
fn parse_yaml(content: &str) -> Result<Map<String, Value>, FrontMatterError> {
    let lines: Vec<YamlLine> = content
        .split('\n')
        .enumerate()
        .map(|(i, raw)| {
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let indent = raw.len() - raw.trim_start_matches(' ').len();
            YamlLine {
                number: i + 2,
                indent,
                text: raw.trim(),
                raw,
            }
        })
        .collect();
    let mut pos = 0;
    let value = parse_yaml_map(&lines, &mut pos, 0, 0)?;
    if let Some(line) = lines[pos..].iter().find(|l| !l.is_blank()) {
        return Err(yaml_error(line.number, "unexpected indentation"));
    }
    Ok(value)
}

/// Deepest nesting of mappings read; deeper front matter is an error, not a stack overflow.
const MAX_DEPTH: usize = 64;

struct YamlLine<'t> {
    number: usize,
    indent: usize,
    text: &'t str,
    raw: &'t str,
}

impl YamlLine<'_> {
    fn is_blank(&self) -> bool {
        self.text.is_empty() || self.text.starts_with('#')
    }
}

fn yaml_error(line: usize, message: &str) -> FrontMatterError {
    FrontMatterError {
        line,
        message: format!("YAML front matter does not parse: {message}"),
    }
}

fn skip_blank(lines: &[YamlLine], pos: &mut usize) {
    while *pos < lines.len() && lines[*pos].is_blank() {
        *pos += 1;
    }
}

fn parse_yaml_map(
    lines: &[YamlLine],
    pos: &mut usize,
    indent: usize,
    depth: usize,
) -> Result<Map<String, Value>, FrontMatterError> {
    let mut map = Map::new();
    loop {
        skip_blank(lines, pos);
        let Some(line) = lines.get(*pos) else { break };
        if line.indent < indent {
            break;
        }
        if line.indent > indent {
            return Err(yaml_error(line.number, "unexpected indentation"));
        }
        let Some((key, rest)) = split_key(line.text) else {
            return Err(yaml_error(line.number, "expected `key: value`"));
        };
        if map.contains_key(&key) {
            return Err(yaml_error(line.number, &format!("key `{key}` appears twice")));
        }
        *pos += 1;
        let rest = strip_comment(rest).trim();
        let value = if rest.is_empty() {
            parse_yaml_nested(lines, pos, indent, depth + 1)?
        } else if rest == "|" || rest == ">" || rest.starts_with("|-") || rest.starts_with(">-") {
            block_scalar(lines, pos, indent, rest.starts_with('>'), rest.ends_with('-'))
        } else {
            parse_yaml_scalar(rest, line.number)?
        };
        map.insert(key, value);
    }
    Ok(map)
}

fn parse_yaml_nested(
    lines: &[YamlLine],
    pos: &mut usize,
    indent: usize,
    depth: usize,
) -> Result<Value, FrontMatterError> {
    if depth > MAX_DEPTH {
        let line = lines.get(*pos).map_or(1, |l| l.number);
        return Err(yaml_error(
            line,
            &format!("nested deeper than {MAX_DEPTH} levels"),
        ));
    }
    skip_blank(lines, pos);
    let Some(next) = lines.get(*pos) else {
        return Ok(Value::Null);
    };
    if next.text.starts_with("- ") || next.text == "-" {
        if next.indent < indent {
            return Ok(Value::Null);
        }
        let list_indent = next.indent;
        let mut items = Vec::new();
        loop {
            skip_blank(lines, pos);
            let Some(item) = lines.get(*pos) else { break };
            if item.indent != list_indent || !(item.text.starts_with("- ") || item.text == "-") {
                break;
            }
            *pos += 1;
            let rest = strip_comment(&item.text[1..]).trim();
            items.push(if rest.is_empty() {
                Value::Null
            } else {
                parse_yaml_scalar(rest, item.number)?
            });
        }
        return Ok(Value::Array(items));
    }
    if next.indent > indent {
        return Ok(Value::Object(parse_yaml_map(lines, pos, next.indent, depth)?));
    }
    Ok(Value::Null)
}

fn block_scalar(lines: &[YamlLine], pos: &mut usize, indent: usize, folded: bool, strip: bool) -> Value {
    // The block's indentation is that of its first non-blank line; a later
    // line indented less ends the block, as in YAML.
    let block_indent = lines[*pos..]
        .iter()
        .find(|l| !l.text.is_empty())
        .map_or(indent + 1, |l| l.indent)
        .max(indent + 1);
    let mut parts: Vec<&str> = Vec::new();
    while let Some(line) = lines.get(*pos) {
        if !line.text.is_empty() && line.indent < block_indent {
            break;
        }
        parts.push(line.raw.get(block_indent..).unwrap_or(""));
        *pos += 1;
    }
    while parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    let mut text = if folded {
        // Folding joins lines with a space; a blank line stays a line break.
        let mut out = String::new();
        for part in &parts {
            if part.is_empty() {
                out.push('\n');
            } else {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push(' ');
                }
                out.push_str(part);
            }
        }
        out
    } else {
        parts.join("\n")
    };
    if !strip && !text.is_empty() {
        text.push('\n');
    }
    Value::String(text)
}

fn split_key(text: &str) -> Option<(String, &str)> {
    if let Some(quote @ ('"' | '\'')) = text.chars().next() {
        let end = text[1..].find(quote)? + 1;
        let rest = text[end + 1..].strip_prefix(':')?;
        return Some((text[1..end].to_string(), rest));
    }
    let colon = text
        .find(": ")
        .or_else(|| text.ends_with(':').then(|| text.len() - 1))?;
    let key = text[..colon].trim();
    (!key.is_empty() && !key.starts_with(['-', '[', '{', '&', '*', '!']))
        .then(|| (key.to_string(), &text[colon + 1..]))
}

fn strip_comment(text: &str) -> &str {
    if text.starts_with(['"', '\'']) {
        return text;
    }
    match text.find(" #") {
        Some(i) => &text[..i],
        None if text.starts_with('#') => "",
        None => text,
    }
}

fn parse_yaml_scalar(text: &str, line: usize) -> Result<Value, FrontMatterError> {
    match text.chars().next() {
        Some('"') => {
            let mut out = String::new();
            let mut chars = text[1..].chars();
            while let Some(c) = chars.next() {
                match c {
                    '"' => {
                        let rest: String = chars.collect();
                        let rest = strip_comment(rest.trim());
                        if !rest.trim().is_empty() {
                            return Err(yaml_error(line, "text after a quoted string"));
                        }
                        return Ok(Value::String(out));
                    }
                    '\\' => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('t') => out.push('\t'),
                        Some(other) => out.push(other),
                        None => break,
                    },
                    _ => out.push(c),
                }
            }
            Err(yaml_error(line, "unterminated double-quoted string"))
        }
        Some('\'') => {
            let body = &text[1..];
            let mut out = String::new();
            let mut rest = body;
            loop {
                let Some(i) = rest.find('\'') else {
                    return Err(yaml_error(line, "unterminated single-quoted string"));
                };
                out.push_str(&rest[..i]);
                if rest[i + 1..].starts_with('\'') {
                    out.push('\'');
                    rest = &rest[i + 2..];
                } else {
                    if !strip_comment(rest[i + 1..].trim()).trim().is_empty() {
                        return Err(yaml_error(line, "text after a quoted string"));
                    }
                    return Ok(Value::String(out));
                }
            }
        }
        Some('[') => {
            let inner = text
                .strip_prefix('[')
                .and_then(|t| t.strip_suffix(']'))
                .ok_or_else(|| yaml_error(line, "unterminated `[` list"))?;
            if inner.trim().is_empty() {
                return Ok(Value::Array(Vec::new()));
            }
            inner
                .split(',')
                .map(|item| parse_yaml_scalar(item.trim(), line))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Some('{') => Err(yaml_error(
            line,
            "flow mappings `{...}` are not supported; use indented keys",
        )),
        Some('&' | '*' | '!') => Err(yaml_error(line, "anchors, aliases and tags are not supported")),
        _ => Ok(match text {
            "true" | "True" | "TRUE" => Value::Bool(true),
            "false" | "False" | "FALSE" => Value::Bool(false),
            "null" | "~" | "Null" | "NULL" => Value::Null,
            _ => text
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::String(text.to_string())),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_fills_fields_and_extras() {
        let text = "---\ntitle: \"Port opens: a new era\"\ndate: 2020-11-05\nsource: Example Wire # a comment\ntags:\n  - ports\n  - trade\nauthor:\n  name: 'O''Neil'\nsummary: |\n  Two lines\n  of text.\n---\nBody starts here.\n";
        let fm = split(text).unwrap();
        assert_eq!(fm.meta.title.as_deref(), Some("Port opens: a new era"));
        assert_eq!(fm.meta.date.as_deref(), Some("2020-11-05"));
        assert_eq!(fm.meta.source.as_deref(), Some("Example Wire"));
        assert_eq!(fm.meta.extra["tags"], serde_json::json!(["ports", "trade"]));
        assert_eq!(fm.meta.extra["author"], serde_json::json!({"name": "O'Neil"}));
        assert_eq!(
            fm.meta.extra["summary"],
            serde_json::json!("Two lines\nof text.\n")
        );
        assert_eq!(&text[fm.body_start..], "Body starts here.\n");
        assert_eq!(fm.body_line, 14);
    }

    #[test]
    fn toml_front_matter() {
        let text = "+++\ntitle = \"Hello\"\ndate = 2021-05-22\nweight = 3\n+++\nBody\n";
        let fm = split(text).unwrap();
        assert_eq!(fm.meta.title.as_deref(), Some("Hello"));
        assert_eq!(fm.meta.date.as_deref(), Some("2021-05-22"));
        assert_eq!(fm.meta.extra["weight"], serde_json::json!(3));
        assert_eq!(fm.body_line, 6);
    }

    #[test]
    fn no_front_matter_means_whole_text_is_body() {
        let fm = split("Headline\n---\nmore").unwrap();
        assert_eq!(fm.body_start, 0);
        assert_eq!(fm.meta, Metadata::default());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let mut text = String::from("---\n");
        for depth in 0..5000 {
            text.push_str(&" ".repeat(depth));
            text.push_str("a:\n");
        }
        text.push_str("---\nBody\n");
        let err = split(&text).unwrap_err();
        assert!(err.message.contains("nested deeper"), "{err}");
    }

    #[test]
    fn block_scalars_take_the_first_lines_indentation() {
        let fm = split("---\nsummary: |\n\n    indented\n    more\nnext: >\n  one\n  two\n\n  three\n---\n")
            .unwrap();
        assert_eq!(fm.meta.extra["summary"], serde_json::json!("\nindented\nmore\n"));
        assert_eq!(fm.meta.extra["next"], serde_json::json!("one two\nthree\n"));
        let err = split("---\nk: >\n   x\n  y\n---\n").unwrap_err();
        assert_eq!(err.line, 4, "{err}");
    }

    #[test]
    fn body_line_counts_lone_carriage_returns() {
        let fm = split("---\ntitle: a\rb\n---\nBody").unwrap();
        assert_eq!(fm.body_line, 5);
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(split("---\ntitle: x\n").unwrap_err().line, 1);
        let err = split("---\ntitle: x\n  oops: y\n---\n").unwrap_err();
        assert_eq!(err.line, 3);
        let err = split("---\ntitle: \"open\n---\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = split("+++\ntitle = \n+++\n").unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        let err = split("---\na: 1\na: 2\n---\n").unwrap_err();
        assert!(err.message.contains("twice"), "{err}");
    }
}
