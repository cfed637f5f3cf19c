//! Properties that hold for any input: parsing and linting never panic,
//! spans stay inside the text on character boundaries, JSON output parses
//! back, and output does not depend on the number of threads.

use presslint_core::{DocRef, Metadata};
use presslint_lint::{Format, Linter, RenderOptions, render};
use proptest::prelude::*;

/// Text built from pieces that exercise the recognisers — datelines, dates,
/// weekdays, front-matter fences, line endings, multi-byte and combining
/// characters, right-to-left text — mixed with arbitrary characters.
fn press_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("LOS ANGELES, CA, UNITED STATES, November 5, 2020 /EINPresswire.com/ -- ".to_string()),
        Just("/PRNewswire/ --".to_string()),
        Just("(BUSINESS WIRE)--".to_string()),
        Just("Thursday, November 5, 2020".to_string()),
        Just("Nov. 31, 2021 (Friday)".to_string()),
        Just("today (Friday), YESTERDAY, tomorrow\u{e9}".to_string()),
        Just("May 22, 2021Byiqingdao".to_string()),
        Just("---\n".to_string()),
        Just("+++\n".to_string()),
        Just("title: \"x\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("Qingdao，attended".to_string()),
        Just("e\u{301}\u{302}".to_string()),
        Just("مرحبا بالعالم".to_string()),
        Just("\u{200b}\u{feff}".to_string()),
        Just("Profits rose 10% to $1.13bn from $639m".to_string()),
        Just("one third of a dozen, two-thirds".to_string()),
        Just("Of the 106 tasks, 120 have been".to_string()),
        Just("prev 1,655.8, Feb 872.0, total 2,692.4".to_string()),
        Just("5-7% between 5 and 7, twenty-five five-year".to_string()),
        Just("about £600m, US$5m, RMB 5 billion, 3.4 billion yuan".to_string()),
        Just("135% of the staff; 14th".to_string()),
        "[0-9,.%$£ a-z-]{0,16}".prop_map(|s| s),
        // A long line without a break, of words, figures and combining marks.
        proptest::collection::vec(
            prop_oneof![Just("word "), Just("12.5% "), Just("e\u{301} "), Just("مرحبا ")],
            300..900
        )
        .prop_map(|words| words.concat()),
        "[A-Za-z ,.]{0,12}".prop_map(|s| s),
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn figures_are_ordered_valid_and_contain_their_values(text in press_text()) {
        let date = presslint_core::CivilDate::new(2020, 11, 6);
        let figures = presslint_parse::figures::find_figures(&text, date);
        let mut end = 0;
        for f in &figures {
            prop_assert!(f.span.is_valid_for(&text) && !f.span.is_empty(), "{:?}", f.span);
            prop_assert!(f.span.start >= end, "figures overlap at {}", f.span.start);
            end = f.span.end;
            let magnitude = f.magnitude();
            let slack = 1e-9 * magnitude.abs().max(1.0);
            prop_assert!(
                f.interval.low - slack <= magnitude && magnitude <= f.interval.high + slack,
                "{} outside {:?}", magnitude, f.interval
            );
        }
    }

    #[test]
    fn relative_days_are_found_as_the_full_finder_finds_them(text in press_text()) {
        use presslint_parse::relative::{Relative, find_relative, find_relative_days};
        let days: Vec<_> = find_relative(&text)
            .into_iter()
            .filter(|m| matches!(m.relative, Relative::Day(_)))
            .collect();
        prop_assert_eq!(find_relative_days(&text), days);
    }

    #[test]
    fn word_hashes_are_the_hashes_of_the_words(text in press_text()) {
        use presslint_lint::similarity::{fnv1a64, word_hashes, words};
        let expected: Vec<u64> = words(&text).iter().map(|w| fnv1a64(w.as_bytes())).collect();
        prop_assert_eq!(word_hashes(&text), expected);
    }

    #[test]
    fn located_words_give_each_sentence_and_the_article_their_own_words(text in press_text()) {
        use presslint_lint::similarity::{LocatedWords, word_hashes};
        let (doc, _) = presslint_parse::parse_file_text(DocRef::file("p.txt"), text);
        let located = LocatedWords::new(&doc.text);
        prop_assert_eq!(&located.hashes, &word_hashes(&doc.text));
        for span in presslint_parse::sentences::sentences(&doc.text, &doc.blocks) {
            if let Some(words) = located.within(span) {
                prop_assert_eq!(words, &word_hashes(span.slice(&doc.text))[..]);
            }
        }
        let mut cut: Vec<_> = doc.boilerplate.iter().map(|b| b.span).collect();
        cut.sort();
        if let Some(words) = located.outside(&cut) {
            let article = presslint_parse::normalize::article_text(&doc);
            prop_assert_eq!(words, word_hashes(&article));
        }
    }

    #[test]
    fn parsing_is_total_and_spans_are_valid(text in press_text()) {
        let (doc, _) = presslint_parse::parse_file_text(DocRef::file("p.txt"), text);
        let spans = doc.blocks.iter().map(|b| b.span)
            .chain(doc.boilerplate.iter().map(|b| b.span))
            .chain(doc.dates.iter().map(|d| d.span));
        for span in spans {
            prop_assert!(span.is_valid_for(&doc.text), "{span:?} in {:?}", doc.text);
        }
        for pair in doc.blocks.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start);
        }
    }

    #[test]
    fn any_bytes_decode_and_parse(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let decoded = presslint_parse::decode::decode(&bytes);
        if let Some(issue) = &decoded.encoding {
            prop_assert!(issue.offset < bytes.len());
            prop_assert!(decoded.text.is_char_boundary(issue.text_offset));
        }
        let _ = presslint_parse::parse_file_text(DocRef::file("b.txt"), decoded.text);
        let _ = presslint_parse::record::parse_record(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn linting_never_panics_and_locations_point_into_their_documents(
        texts in proptest::collection::vec(press_text(), 1..5)
    ) {
        let docs: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (DocRef::file(format!("d{i}.txt")), Metadata::default(), t.clone()))
            .collect();
        let report = Linter::builder().threads(2).build().unwrap().check_documents(docs);
        for d in &report.diagnostics {
            let index: usize = d.location.doc.path[1..d.location.doc.path.len() - 4].parse().unwrap();
            prop_assert!(d.location.span.is_valid_for(&texts[index]));
            prop_assert!(d.location.start <= d.location.end);
        }
        let mut out = Vec::new();
        render(&report, Format::Json, RenderOptions::default(), &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        prop_assert_eq!(value["diagnostics"].as_array().unwrap().len(), report.diagnostics.len());
        for format in [Format::Human, Format::Concise, Format::Sarif, Format::Github] {
            let mut out = Vec::new();
            render(&report, format, RenderOptions::default(), &mut out).unwrap();
        }
    }

    #[test]
    fn output_does_not_depend_on_thread_count(
        picks in proptest::collection::vec(0usize..6, 1..24)
    ) {
        // Few distinct texts, so that duplicates are common.
        let pool = [
            "Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened.",
            "Port Opens\n\nThe port opened.",
            "Ferry News\n\nThe ferry sails on Friday, March 5, 2021.",
            "Ferry News\n\nThe ferry sails on Thursday, March 5, 2021.",
            "",
            "Port Opens\n\nThe  port opened.",
        ];
        let docs = || -> Vec<_> {
            picks
                .iter()
                .enumerate()
                .map(|(i, &p)| (DocRef::file(format!("doc-{i:02}.txt")), Metadata::default(), pool[p].to_string()))
                .collect()
        };
        let json = |threads: usize| {
            let report = Linter::builder().threads(threads).build().unwrap().check_documents(docs());
            let mut out = Vec::new();
            render(&report, Format::Json, RenderOptions::default(), &mut out).unwrap();
            out
        };
        prop_assert_eq!(json(1), json(4));
    }
}

/// Texts built from residue and prose lines, as real releases are.
fn release_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Port Opens New Terminal".to_string()),
        Just("HAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened a terminal.".to_string()),
        Just("The terminal cost 310 million euros and took four years to build, officials said.".to_string()),
        Just("Media Contact:".to_string()),
        Just("Jane Roe".to_string()),
        Just("+1 555-010-0199".to_string()),
        Just("###".to_string()),
        Just("About Acme Robotics".to_string()),
        Just(
            "Acme Robotics builds warehouse robots for retailers and grocers in three countries.".to_string()
        ),
        Just("Home".to_string()),
        Just("News".to_string()),
        Just("Events".to_string()),
        Just("© 2021 Acme. All rights reserved.".to_string()),
        Just("The caf&#233; reopened.".to_string()),
        Just(String::new()),
        "[A-Za-z ,.]{0,40}".prop_map(|s| s),
    ];
    (
        proptest::collection::vec(line, 0..14),
        prop_oneof![Just("\n"), Just("\r\n")],
    )
        .prop_map(|(lines, newline)| lines.join(newline))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn cleaning_is_idempotent_and_only_removes(text in release_text()) {
        let cleaner = presslint_lint::clean::Cleaner::new(
            presslint_lint::Config::default(),
            presslint_lint::clean::DEFAULT_MIN_CONFIDENCE,
        );
        let once = cleaner.clean_file_text(DocRef::file("t.txt"), &text);
        let twice = cleaner.clean_file_text(DocRef::file("t.txt"), &once.text);
        prop_assert_eq!(&twice.text, &once.text, "cleaning twice changed the text");
        // Every word of the cleaned text comes from the original, in order.
        let original: Vec<&str> = text.split_whitespace().collect();
        let mut k = 0;
        for word in once.text.split_whitespace() {
            while k < original.len() && !original[k].contains(word) {
                k += 1;
            }
            prop_assert!(k < original.len(), "`{}` is not in the original", word);
        }
    }

    #[test]
    fn output_does_not_depend_on_input_order(
        picks in proptest::collection::vec(0usize..5, 2..12),
        seed in any::<u64>(),
    ) {
        let pool = [
            "Port Opens\n\nHAMBURG, GERMANY, March 3, 2021 /EINPresswire.com/ -- The port opened a terminal on Wednesday after four years of work and a long debate in the council about costs and jobs.",
            "Port Opens\n\nThe port opened a terminal on Wednesday after four years of work and a long debate in the council about costs and jobs.",
            "Port Opens Terminal\n\nThe port opened a new terminal on Wednesday after four years of work and a long debate in the council about the costs and jobs.",
            "Ferry News\n\nThe ferry sails on Friday, March 5, 2021.",
            "",
        ];
        let docs: Vec<_> = picks
            .iter()
            .enumerate()
            .map(|(i, &p)| (DocRef::file(format!("doc-{i:02}.txt")), Metadata::default(), pool[p].to_string()))
            .collect();
        let mut shuffled = docs.clone();
        // A fixed-seed shuffle: the order the documents arrive in.
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let render_json = |docs| {
            let report = Linter::builder().threads(2).build().unwrap().check_documents(docs);
            let mut out = Vec::new();
            render(&report, Format::Json, RenderOptions::default(), &mut out).unwrap();
            out
        };
        prop_assert_eq!(render_json(docs), render_json(shuffled));
    }
}
