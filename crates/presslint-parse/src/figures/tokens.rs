//! The token stream the figure finder reads: words, numbers and symbols with
//! their byte spans; line breaks are kept as symbols because they end
//! headlines and table rows.

use presslint_core::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner hyphens and apostrophes: `pre-tax`, `firm's`.
    Word,
    /// Digits with thousands separators and a decimal part: `1,655.8`.
    Number,
    /// Any other character that is not a space; `\n` included.
    Symbol,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Its kind.
    pub kind: Kind,
    /// Where it is.
    pub span: Span,
}

impl Token {
    /// Its text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
}

/// Split `text` into tokens, in text order.
///
/// ASCII, most of a text, is read a byte at a time; only other characters
/// are decoded.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    let char_at = |at: usize| crate::scan::char_at(text, at);
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let start = i;
        i += c.len_utf8();
        let kind = if c == '\n' {
            Kind::Symbol
        } else if c.is_whitespace() {
            continue;
        } else if c.is_ascii_digit() {
            while let Some(&d) = bytes.get(i) {
                // A separator counts only between digits: `1,655.8` but not `5, 6` or `5.`.
                let separator_then_digit =
                    matches!(d, b',' | b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if !(d.is_ascii_digit() || separator_then_digit) {
                    break;
                }
                i += 1;
            }
            Kind::Number
        } else if is_word_char(c) {
            loop {
                while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                }
                let Some(d) = char_at(i) else { break };
                let joiner_then_letter =
                    matches!(d, '-' | '\'' | '’') && char_at(i + d.len_utf8()).is_some_and(is_word_char);
                if !(is_word_char(d) || joiner_then_letter) {
                    break;
                }
                i += d.len_utf8();
            }
            Kind::Word
        } else {
            Kind::Symbol
        };
        out.push(Token {
            kind,
            span: Span::new(start, i),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first tokeniser, over `char_indices`: what [`tokenize`] must agree with.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c == '\n' {
                out.push(Token {
                    kind: Kind::Symbol,
                    span: Span::new(start, start + 1),
                });
            } else if c.is_whitespace() {
                continue;
            } else if c.is_ascii_digit() {
                let mut end = start + 1;
                while let Some(&(i, d)) = chars.peek() {
                    // A separator counts only between digits: `1,655.8` but not `5, 6` or `5.`.
                    let separator_then_digit = matches!(d, ',' | '.')
                        && text[i + 1..].chars().next().is_some_and(|n| n.is_ascii_digit());
                    if d.is_ascii_digit() || separator_then_digit {
                        end = i + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Token {
                    kind: Kind::Number,
                    span: Span::new(start, end),
                });
            } else if is_word_char(c) {
                let mut end = start + c.len_utf8();
                while let Some(&(i, d)) = chars.peek() {
                    let joiner_then_letter = matches!(d, '-' | '\'' | '’')
                        && text[i + d.len_utf8()..].chars().next().is_some_and(is_word_char);
                    if is_word_char(d) || joiner_then_letter {
                        end = i + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Token {
                    kind: Kind::Word,
                    span: Span::new(start, end),
                });
            } else {
                out.push(Token {
                    kind: Kind::Symbol,
                    span: Span::new(start, start + c.len_utf8()),
                });
            }
        }
        out
    }

    #[test]
    fn tokenizing_by_bytes_agrees_with_tokenizing_by_chars() {
        for text in [
            "",
            "5",
            "rose 76% to $1,130.5m, then 5, 6.\n\nfirm's pre-tax ’s it’s",
            "1,655.8, 5. 3.,4 a-b- -c d'' e’f",
            "Über 12\u{a0}345 漢字 ١٢٣ €5bn\r\n– — end-",
            "x\u{301}y 2020-21 ..5",
            "a\u{b}b\u{c}c\u{1c}d\u{85}e\te\r\n",
        ] {
            assert_eq!(tokenize(text), tokenize_by_chars(text), "{text:?}");
        }
        // Every text of up to three of these pieces.
        let pieces = [
            "a", "Zé", "7", ",", ".", "-", "'", "’", " ", "\n", "\u{b}", "\u{a0}", "漢", "$", "é", "x\u{301}",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            for text in &longer {
                assert_eq!(tokenize(text), tokenize_by_chars(text), "{text:?}");
            }
            texts = longer;
        }
    }

    #[test]
    fn numbers_keep_separators_only_between_digits() {
        let text = "rose 76% to $1,130.5m, then 5, 6.";
        let tokens: Vec<(&str, Kind)> = tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect();
        assert!(tokens.contains(&("1,130.5", Kind::Number)));
        assert!(tokens.contains(&("5", Kind::Number)));
        assert!(tokens.contains(&("m", Kind::Word)));
        assert!(tokens.contains(&("%", Kind::Symbol)));
    }
}
