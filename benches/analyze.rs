//! `cargo bench`: native throughput of `newslens::analyze` and of each stage on article-like text,
//! and of hostile inputs at 1x and 10x size, which must scale linearly.
//!
//! Runs in a few minutes: small samples, short measurement. `cargo bench -- scaling` runs only
//! the hostile inputs; `cargo bench -- stage` only the per-stage numbers.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use newslens::quotes::Quotations;
use newslens::{analyze, json::Document, OffsetUnit, Options};

#[path = "common/news.rs"]
mod news;

/// The project's own article fixtures (tests/fixtures, any depth), joined by blank lines.
fn fixtures() -> String {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
        &mut paths,
    );
    paths.sort();
    paths
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `n` times NEWSLENS_BENCH_BASE (default 1): `NEWSLENS_BENCH_BASE=0.1 cargo bench -- summary`
/// gives a quick look at inputs a tenth of the sizes.
fn sized(n: usize) -> usize {
    let base: f64 = std::env::var("NEWSLENS_BENCH_BASE")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(1.0);
    ((n as f64 * base) as usize).max(1)
}

/// A hostile input, built at a given scale (1 or 10).
struct Hostile {
    name: &'static str,
    build: fn(usize) -> String,
}

const HOSTILE: &[Hostile] = &[
    Hostile {
        name: "unmatched_quotes_10k",
        build: |scale| news::unmatched_quotes(sized(10_000) * scale),
    },
    Hostile {
        name: "no_full_stop_5MB",
        build: |scale| news::no_full_stop(sized(5_000_000) * scale),
    },
    Hostile {
        name: "capitalised_words_100k",
        build: |scale| news::capitalised_words(sized(100_000) * scale),
    },
    Hostile {
        name: "repeated_a_1MB",
        build: |scale| news::repeated('a', sized(1_000_000) * scale),
    },
    Hostile {
        name: "repeated_dot_1MB",
        build: |scale| news::repeated('.', sized(1_000_000) * scale),
    },
    Hostile {
        name: "repeated_quote_1MB",
        build: |scale| news::repeated('"', sized(1_000_000) * scale),
    },
    Hostile {
        name: "repeated_newline_1MB",
        build: |scale| news::repeated('\n', sized(1_000_000) * scale),
    },
    Hostile {
        name: "repeated_capital_1MB",
        build: |scale| news::repeated('A', sized(1_000_000) * scale),
    },
    Hostile {
        name: "cue_flood_1MB",
        build: |scale| news::cue_flood(sized(1_000_000) * scale),
    },
    Hostile {
        name: "view_flood_1MB",
        build: |scale| news::view_flood(sized(1_000_000) * scale),
    },
    Hostile {
        name: "many_speakers_20k",
        build: |scale| news::many_speakers(sized(20_000) * scale),
    },
    Hostile {
        name: "alternating_quotes_10k",
        build: |scale| news::alternating_quotes(sized(10_000) * scale),
    },
    Hostile {
        name: "many_bylines_10k",
        build: |scale| news::many_bylines(sized(10_000) * scale),
    },
];

fn options() -> Options {
    Options::default()
}

fn time_once(text: &str) -> Duration {
    let started = Instant::now();
    black_box(analyze(black_box(text), &options()));
    started.elapsed()
}

/// A 1x run slower than this is measured at 10x by the summary's single runs only.
const SLOW: Duration = Duration::from_millis(300);

/// Whether the command-line filter (if any) selects benchmarks named with `name`.
fn wanted(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    filters.is_empty()
        || filters
            .iter()
            .any(|f| name.contains(f.as_str()) || f.contains(name) || f == "summary")
}

/// The fastest of three single runs: the least disturbed by other work on the machine.
fn fastest(text: &str) -> Duration {
    (0..3).map(|_| time_once(text)).min().unwrap_or_default()
}

/// Whether twice the input took clearly more than twice the time (3x, plus 20 ms of noise).
fn superlinear(small: &str, double: &str) -> bool {
    fastest(double) > fastest(small) * 3 + Duration::from_millis(20)
}

fn bench_articles(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    let news = news::news(1_000_000, 42);
    let fixtures = fixtures();
    let one_article = news::article(&mut news::Rng::new(5), 5000);
    for (name, text) in [
        ("news_1MB", &news),
        ("fixtures", &fixtures),
        ("article_5KB", &one_article),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| analyze(black_box(text), &options()))
        });
    }
    group.throughput(Throughput::Bytes(news.len() as u64));
    group.bench_function("news_1MB_to_json_utf16", |b| {
        b.iter(|| {
            let analysis = analyze(black_box(&news), &options());
            serde_json::to_string(&Document::new(&news, &analysis, OffsetUnit::Utf16))
        })
    });
    group.finish();
}

fn bench_stages(c: &mut Criterion) {
    let text = news::news(1_000_000, 43);
    let layout = newslens::structure::parse(&text);
    let sentences = newslens::segment::sentences(&text, &layout);
    let quotations = Quotations::find(&text, &layout);
    let quoted = quotations.outer_spans();
    let entities = newslens::entities::tag(&text, &layout, &sentences, quoted);
    let quotes = newslens::quotes::find(&text, &layout, &sentences, &quotations, &entities);
    let analysis = analyze(&text, &options());
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("1_structure", |b| {
        b.iter(|| newslens::structure::parse(black_box(&text)))
    });
    group.bench_function("2_segment", |b| {
        b.iter(|| newslens::segment::sentences(black_box(&text), &layout))
    });
    group.bench_function("3_quotation_marks", |b| {
        b.iter(|| Quotations::find(black_box(&text), &layout))
    });
    group.bench_function("4_entities", |b| {
        b.iter(|| newslens::entities::tag(black_box(&text), &layout, &sentences, quoted))
    });
    group.bench_function("5_quotes", |b| {
        b.iter(|| {
            newslens::quotes::find(
                black_box(&text),
                &layout,
                &sentences,
                &quotations,
                &entities,
            )
        })
    });
    group.bench_function("6_stats", |b| {
        b.iter(|| newslens::stats::count(black_box(&text), &layout, &sentences, &entities, &quotes))
    });
    group.bench_function("7_json_utf16", |b| {
        b.iter(|| serde_json::to_string(&Document::new(&text, &analysis, OffsetUnit::Utf16)))
    });
    group.finish();
}

fn bench_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    for hostile in HOSTILE {
        if !wanted("scaling") || std::env::args().any(|a| a == "summary") {
            break;
        }
        let small = (hostile.build)(1);
        let double = (hostile.build)(2);
        // A quadratic stage would make the 10x run take 100x as long; probe at 2x first and
        // leave 10x out (saying so) rather than stall the whole run. Criterion takes at least
        // ten samples, so a slow 1x also leaves 10x to the summary's single runs.
        let superlinear = superlinear(&small, &double);
        let slow = fastest(&small) > SLOW;
        for scale in [1usize, 10] {
            if scale == 10 && (superlinear || slow) {
                eprintln!(
                    "scaling/{}: 10x left to the summary ({})",
                    hostile.name,
                    if superlinear {
                        "SUPER-LINEAR: 2x input took over 3x the time"
                    } else {
                        "1x is slow"
                    }
                );
                continue;
            }
            let text = if scale == 1 {
                small.clone()
            } else {
                (hostile.build)(scale)
            };
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(hostile.name, format!("{scale}x")),
                &text,
                |b, text| b.iter(|| analyze(black_box(text), &options())),
            );
        }
    }
    group.finish();
}

/// The time of each stage on `text`, in pipeline order, so a slow input names its stage.
fn stage_times(text: &str) -> [(&'static str, Duration); 7] {
    fn timed<T>(run: impl FnOnce() -> T) -> (T, Duration) {
        let started = Instant::now();
        let out = black_box(run());
        (out, started.elapsed())
    }
    let (layout, t_structure) = timed(|| newslens::structure::parse(text));
    let (sentences, t_segment) = timed(|| newslens::segment::sentences(text, &layout));
    let (quotations, t_marks) = timed(|| Quotations::find(text, &layout));
    let quoted = quotations.outer_spans();
    let (entities, t_entities) =
        timed(|| newslens::entities::tag(text, &layout, &sentences, quoted));
    let (quotes, t_quotes) =
        timed(|| newslens::quotes::find(text, &layout, &sentences, &quotations, &entities));
    let (_, t_stats) =
        timed(|| newslens::stats::count(text, &layout, &sentences, &entities, &quotes));
    let (_, t_language) = timed(|| newslens::segment::guess_language(text));
    [
        ("structure", t_structure),
        ("segment", t_segment),
        ("quotation marks", t_marks),
        ("entities", t_entities),
        ("quotes", t_quotes),
        ("stats", t_stats),
        ("language", t_language),
    ]
}

/// One line per hostile input: median of 3 single runs at 1x and 10x, their ratio (10 means
/// linear), and the stage that took longest at 1x, so the linearity and the culprit show at a
/// glance after criterion's own report.
fn scaling_summary() {
    if !wanted("scaling") {
        return;
    }
    fn median(text: &str) -> Duration {
        let mut runs = [time_once(text), time_once(text), time_once(text)];
        runs.sort();
        runs[1]
    }
    println!("\nscaling summary (median of 3 single runs; ratio 10 = linear)");
    println!(
        "{:<24} {:>9} {:>11} {:>11} {:>6} {:>8}  slowest stage at 1x",
        "input", "1x bytes", "1x", "10x", "ratio", "MB/s"
    );
    for hostile in HOSTILE {
        let small = (hostile.build)(1);
        let t1 = median(&small);
        let slowest = stage_times(&small)
            .into_iter()
            .max_by_key(|&(_, t)| t)
            .map(|(name, t)| format!("{name} {t:.2?}"))
            .unwrap_or_default();
        let double = (hostile.build)(2);
        if t1 > SLOW * 10 {
            println!(
                "{:<24} {:>9} {:>11.2?} {:>11} (1x too slow to try 10x)  {slowest}",
                hostile.name,
                small.len(),
                t1,
                "skipped"
            );
            continue;
        }
        if superlinear(&small, &double) {
            let t2 = fastest(&double);
            println!(
                "{:<24} {:>9} {:>11.2?} {:>11} (2x took {t2:.2?}: SUPER-LINEAR)  {slowest}",
                hostile.name,
                small.len(),
                t1,
                "skipped"
            );
            continue;
        }
        let t10 = median(&(hostile.build)(10));
        println!(
            "{:<24} {:>9} {:>11.2?} {:>11.2?} {:>6.1} {:>8.1}  {slowest}",
            hostile.name,
            small.len(),
            t1,
            t10,
            t10.as_secs_f64() / t1.as_secs_f64().max(1e-9),
            small.len() as f64 / 1e6 / t1.as_secs_f64().max(1e-9)
        );
    }
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench_articles, bench_stages, bench_scaling
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    scaling_summary();
}
