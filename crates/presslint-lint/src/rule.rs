//! What a rule is: its identity, its documentation, and how it reports.

use presslint_core::{
    CivilDate, Code, Diagnostic, Document, Family, Fix, LineCol, LineIndex, Location, Related, Severity, Span,
};

use crate::config::Config;

/// Everything known about a rule before it runs: what `presslint rules` lists
/// and `presslint rule CODE` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// The rule's code, such as `B101`.
    pub code: &'static str,
    /// The rule's kebab-case name.
    pub name: &'static str,
    /// The family the rule belongs to.
    pub family: Family,
    /// Severity unless configuration says otherwise.
    pub default_severity: Severity,
    /// A one-line summary: the first line of the documentation.
    pub summary: &'static str,
    /// The rule's documentation in Markdown, from its doc comment.
    pub doc: &'static str,
}

impl RuleInfo {
    /// The code as a [`Code`].
    pub fn code(&self) -> Code {
        Code::new(self.code).expect("rule codes are checked by the registry tests")
    }
}

/// Declare a rule: a unit struct carrying the doc comment, and its
/// [`RuleInfo`] built from the same doc comment, so that the documentation
/// `presslint rule CODE` prints is the rule's own and cannot drift from it.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            code: $code:literal,
            name: $rule:literal,
            family: $family:ident,
            severity: $severity:ident $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        #[derive(Debug, Clone, Copy)]
        pub struct $name;

        impl $name {
            /// The rule's identity and documentation.
            pub const INFO: $crate::rule::RuleInfo = $crate::rule::RuleInfo {
                code: $code,
                name: $rule,
                family: presslint_core::Family::$family,
                default_severity: presslint_core::Severity::$severity,
                summary: $crate::rule::first_line(concat!($($doc, "\n"),+)),
                doc: concat!($($doc, "\n"),+),
            };
        }
    };
}
pub(crate) use declare_rule;

/// The first non-empty line of a doc comment, trimmed (usable in constants).
pub const fn first_line(doc: &'static str) -> &'static str {
    let bytes = doc.as_bytes();
    let mut start = 0;
    while start < bytes.len() && (bytes[start] == b' ' || bytes[start] == b'\n') {
        start += 1;
    }
    let mut end = start;
    while end < bytes.len() && bytes[end] != b'\n' {
        end += 1;
    }
    let (_, tail) = bytes.split_at(start);
    let (line, _) = tail.split_at(end - start);
    match std::str::from_utf8(line) {
        Ok(s) => s,
        Err(_) => "",
    }
}

/// A rule that looks at one document at a time.
pub type DocCheck = fn(&mut DocContext<'_>);

/// What a single-document rule sees and where it reports.
pub struct DocContext<'a> {
    /// The parsed document.
    pub doc: &'a Document,
    /// The configuration, with the rules' options.
    pub config: &'a Config,
    /// The day the run happens on, for rules that judge dates.
    pub today: CivilDate,
    index: LineIndex,
    /// The last position resolved, so that findings along one long line
    /// count its characters once rather than once each.
    cursor: std::cell::Cell<Option<(usize, LineCol)>>,
    rule: Option<RuleInfo>,
    severity: Severity,
    out: Vec<Diagnostic>,
    /// The figures of the article text, found once for all figure rules.
    figures: std::cell::OnceCell<Vec<presslint_core::Figure>>,
    /// The days the text names besides its full dates, found once for the
    /// figure extractor and the date rules.
    days: std::cell::OnceCell<Vec<presslint_parse::dates::DayMention>>,
    /// The sentences of the article blocks, found once for the figure rules
    /// and the sketch.
    sentences: std::cell::OnceCell<Vec<Span>>,
    /// Whether the text is all ASCII, asked by every rule about other characters.
    ascii: std::cell::OnceCell<bool>,
}

impl<'a> DocContext<'a> {
    /// A context for running rules over `doc`.
    pub fn new(doc: &'a Document, config: &'a Config, today: CivilDate) -> Self {
        DocContext {
            doc,
            config,
            today,
            index: LineIndex::new(&doc.text),
            cursor: std::cell::Cell::new(None),
            rule: None,
            severity: Severity::Warning,
            out: Vec::new(),
            figures: std::cell::OnceCell::new(),
            days: std::cell::OnceCell::new(),
            sentences: std::cell::OnceCell::new(),
            ascii: std::cell::OnceCell::new(),
        }
    }

    /// Whether the document's text is all ASCII, so that no rule about
    /// other characters can find anything in it.
    pub fn text_is_ascii(&self) -> bool {
        *self.ascii.get_or_init(|| self.doc.text.is_ascii())
    }

    /// Make `rule`, at `severity`, the one whose findings are reported next.
    pub fn start_rule(&mut self, rule: RuleInfo, severity: Severity) {
        self.rule = Some(rule);
        self.severity = severity;
    }

    /// A location in this document.
    pub fn location(&self, span: Span) -> Location {
        let start = self.line_col(span.start);
        let end = self.line_col(span.end);
        Location::resolve_at(
            self.doc.doc.clone(),
            &self.doc.text,
            &self.index,
            self.doc.first_line,
            span,
            start,
            end,
        )
    }

    /// The display position of `offset`, counted on from the last one resolved
    /// when it lies further along the same line.
    fn line_col(&self, offset: usize) -> LineCol {
        let text = &self.doc.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let position = match self.cursor.get() {
            Some((from, at)) if from <= offset && self.index.line_of(from) == self.index.line_of(offset) => {
                LineCol {
                    line: at.line,
                    column: at.column + text[from..offset].chars().count(),
                }
            }
            _ => self.index.line_col(text, offset),
        };
        self.cursor.set(Some((offset, position)));
        position
    }

    /// Report a finding of the current rule at `span`; the span's text is the evidence.
    pub fn report(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        let rule = self.rule.expect("start_rule is called before a rule reports");
        let evidence = span.slice(&self.doc.text).to_string();
        self.out.push(Diagnostic {
            code: rule.code(),
            rule: rule.name.to_string(),
            severity: self.severity,
            message: message.into(),
            location: self.location(span),
            related: Vec::new(),
            fix: None,
            evidence,
        });
        self.out.last_mut().expect("just pushed")
    }

    /// A related note at `span` of this document.
    pub fn related(&self, span: Span, message: impl Into<String>) -> Related {
        Related {
            location: self.location(span),
            message: message.into(),
        }
    }

    /// The findings reported so far.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.out
    }

    /// The figures of the document's article text (residue left out), in text order.
    pub fn figures(&self) -> &[presslint_core::Figure] {
        self.figures
            .get_or_init(|| crate::rules::figures::article_figures_besides(self.doc, self.days()))
    }

    /// The sentences of the document's article blocks, in text order (see
    /// [`presslint_parse::sentences::sentences`]).
    pub fn sentences(&self) -> &[Span] {
        self.sentences
            .get_or_init(|| presslint_parse::sentences::sentences(&self.doc.text, &self.doc.blocks))
    }

    /// The days the document's text names without a year, and its bare
    /// weekdays, outside its full dates (`doc.dates`), in text order.
    pub fn days(&self) -> &[presslint_parse::dates::DayMention] {
        self.days.get_or_init(|| {
            presslint_parse::dates::find_day_mentions_besides(&self.doc.text, &self.doc.dates)
        })
    }

    /// The line index of the document's text.
    pub fn index(&self) -> &LineIndex {
        &self.index
    }
}

/// A fix made of one edit.
pub fn single_edit(message: &str, span: Span, replacement: impl Into<String>) -> Fix {
    Fix {
        message: message.to_string(),
        edits: vec![presslint_core::Edit {
            span,
            replacement: replacement.into(),
        }],
    }
}
