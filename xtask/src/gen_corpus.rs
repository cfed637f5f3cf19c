//! `cargo xtask gen-corpus`: a seeded corpus of press-release-sized
//! documents with planted duplicates, and the truth file that lists them.
//!
//! The text is made of invented words, so it is nobody's prose; what matters
//! is its shape: headlines, datelines, paragraphs of sentences, dates, names,
//! and the planted copies — exact (with different white space and wire
//! wrapper), near (a few words edited), syndicated (the first paragraphs of a
//! longer story) and same-event (another text about the same names and day).

use std::io::Write;
use std::path::Path;

/// A small fixed-seed generator (splitmix64), so that a seed always gives the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "ri", "ma", "ten", "vor", "sel", "dun", "pra", "mi", "sto", "bel", "har", "qui", "ne", "zan",
    "tor", "ple", "gra", "fen", "ol", "ur", "bri", "cas", "del", "ein", "fol", "gun", "hes", "ist",
];

fn word(rng: &mut Rng) -> String {
    let n = 1 + rng.below(3);
    (0..n).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect()
}

struct Vocabulary {
    words: Vec<String>,
    names: Vec<String>,
}

impl Vocabulary {
    fn new(rng: &mut Rng) -> Self {
        let words = (0..6000).map(|_| word(rng)).collect();
        let names = (0..3000)
            .map(|_| {
                let mut w = word(rng);
                w[..1].make_ascii_uppercase();
                w
            })
            .collect();
        Vocabulary { words, names }
    }

    /// A Zipf-like pick: common words often, rare words seldom.
    fn pick(&self, rng: &mut Rng) -> &str {
        let r = rng.below(self.words.len());
        let k = (r * r) / self.words.len();
        &self.words[k]
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn sentence(rng: &mut Rng, vocab: &Vocabulary, names: &[String], topic: &[String]) -> String {
    let n = 12 + rng.below(10);
    let mut words: Vec<String> = (0..n).map(|_| vocab.pick(rng).to_string()).collect();
    // The story's own words recur: an article keeps naming what it is about.
    for _ in 0..2 {
        let at = rng.below(n);
        words[at] = topic[rng.below(topic.len())].clone();
    }
    for _ in 0..1 + rng.below(2) {
        let at = rng.below(n);
        words[at] = names[rng.below(names.len())].clone();
    }
    let mut s = words.join(" ");
    s[..1].make_ascii_uppercase();
    s.push('.');
    s
}

fn paragraphs(
    rng: &mut Rng,
    vocab: &Vocabulary,
    names: &[String],
    topic: &[String],
    count: usize,
) -> Vec<String> {
    (0..count)
        .map(|_| {
            let n = 2 + rng.below(2);
            (0..n)
                .map(|_| sentence(rng, vocab, names, topic))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

struct Story {
    topic: Vec<String>,
    headline: String,
    day: (i32, usize, usize),
    names: Vec<String>,
    paragraphs: Vec<String>,
}

fn story(rng: &mut Rng, vocab: &Vocabulary) -> Story {
    let names: Vec<String> = (0..4)
        .map(|_| vocab.names[rng.below(vocab.names.len())].clone())
        .collect();
    let mut headline = (0..6 + rng.below(5))
        .map(|_| vocab.pick(rng).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    headline[..1].make_ascii_uppercase();
    let day = (2018 + rng.below(6) as i32, rng.below(12), 1 + rng.below(28));
    let count = 3 + rng.below(3);
    let topic: Vec<String> = (0..6)
        .map(|_| vocab.words[vocab.words.len() - 1 - rng.below(3000)].clone())
        .collect();
    let paragraphs = paragraphs(rng, vocab, &names, &topic, count);
    Story {
        topic,
        headline,
        day,
        names,
        paragraphs,
    }
}

fn render(story: &Story, place: &str, wire: bool, paragraphs: &[String]) -> String {
    let (y, m, d) = story.day;
    let mut text = format!("{}\n\n", story.headline);
    if wire {
        text.push_str(&format!("{place}, {} {d}, {y} /EINPresswire.com/ -- ", MONTHS[m]));
    }
    text.push_str(&paragraphs.join("\n\n"));
    if wire {
        text.push_str(
            "\n\nThis press release can be viewed online at: https://www.einpresswire.com/article/1\n",
        );
    }
    text
}

fn record(out: &mut impl Write, id: &str, text: &str, story: &Story, source: &str) -> std::io::Result<()> {
    let (y, m, d) = story.day;
    let value = serde_json::json!({
        "id": id,
        "text": text,
        "metadata": {"date": format!("{y:04}-{:02}-{d:02}", m + 1), "source": source},
    });
    writeln!(out, "{value}")
}

/// Write `docs` documents to `path` and the planted pairs to `truth`.
pub fn run(docs: usize, seed: u64, path: &Path, truth: &Path) -> Result<(), String> {
    let mut rng = Rng(seed);
    let vocab = Vocabulary::new(&mut rng);
    let file = std::fs::File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let truth_file =
        std::fs::File::create(truth).map_err(|e| format!("cannot create {}: {e}", truth.display()))?;
    let mut truth_out = std::io::BufWriter::new(truth_file);
    let io = |e: std::io::Error| e.to_string();
    let sources = ["Harbour Wire", "Valley Courier", "Metro Daily", "Trade Journal"];
    let mut written = 0;
    let mut n = 0;
    while written < docs {
        let s = story(&mut rng, &vocab);
        let id = format!("doc-{n:07}");
        n += 1;
        let place = s.names[0].to_uppercase();
        record(
            &mut out,
            &id,
            &render(&s, &place, rng.chance(30), &s.paragraphs),
            &s,
            sources[rng.below(4)],
        )
        .map_err(io)?;
        written += 1;
        let mut plant = |kind: &str,
                         text: String,
                         written: &mut usize,
                         n: &mut usize,
                         out: &mut std::io::BufWriter<std::fs::File>|
         -> Result<(), String> {
            if *written >= docs {
                return Ok(());
            }
            let copy = format!("doc-{:07}", *n);
            *n += 1;
            record(out, &copy, &text, &s, sources[(*n) % 4]).map_err(io)?;
            writeln!(
                truth_out,
                "{}",
                serde_json::json!({"kind": kind, "a": id, "b": copy})
            )
            .map_err(io)?;
            *written += 1;
            Ok(())
        };
        let roll = rng.below(100);
        if roll < 5 {
            // Exact: the same body under another wire's wrapper.
            let text = render(&s, &place, true, &s.paragraphs).replace("\n\n", "\n\n\n");
            plant("exact", text, &mut written, &mut n, &mut out)?;
        } else if roll < 10 {
            // Near: a few words changed in one paragraph.
            let mut edited = s.paragraphs.clone();
            let k = rng.below(edited.len());
            let mut words: Vec<String> = edited[k].split(' ').map(str::to_string).collect();
            for _ in 0..2 {
                let at = rng.below(words.len());
                words[at] = vocab.pick(&mut rng).to_string();
            }
            edited[k] = words.join(" ");
            plant(
                "near",
                render(&s, &place, false, &edited),
                &mut written,
                &mut n,
                &mut out,
            )?;
        } else if roll < 13 {
            // Syndicated: a longer version with two paragraphs added.
            let mut longer = s.paragraphs.clone();
            let extra = paragraphs(&mut rng, &vocab, &s.names, &s.topic, 2);
            longer.extend(extra);
            plant(
                "syndicated",
                render(&s, &place, false, &longer),
                &mut written,
                &mut n,
                &mut out,
            )?;
        } else if roll < 15 {
            // Same event: new text about the same names, on the same day.
            let other = Story {
                topic: s.topic.clone(),
                headline: s.headline.split(' ').rev().collect::<Vec<_>>().join(" "),
                day: s.day,
                names: s.names.clone(),
                paragraphs: paragraphs(&mut rng, &vocab, &s.names, &s.topic, 4),
            };
            let text = render(&other, &place, false, &other.paragraphs);
            plant("same-event", text, &mut written, &mut n, &mut out)?;
        }
    }
    out.flush().map_err(io)?;
    truth_out.flush().map_err(io)
}
