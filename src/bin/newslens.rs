//! The newslens command line: analyse one file, standard input, or a stream of JSON lines.
//!
//! ```text
//! newslens analyze FILE|- [--offsets utf16|codepoint|byte] [--pretty]
//! newslens analyze FILE|DIR... [--offsets ...] > out.jsonl
//! newslens analyze --jsonl [--offsets ...] < in.jsonl > out.jsonl
//! ```

use std::fmt;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::Instant;

use newslens::json::Document;
use newslens::{analyze, OffsetUnit, Options};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "\
newslens: the structure, quotes and entities of a news article

usage:
  newslens analyze FILE|-  [--offsets utf16|codepoint|byte] [--pretty]
      writes the analysis of one article as JSON
  newslens analyze FILE|DIR ...  [--offsets utf16|codepoint|byte]
      several files, or the .txt files of a directory: writes one line
      {\"id\": \"PATH\", \"analysis\": {...}} per file; a file that cannot be read is
      reported on stderr and skipped
  newslens analyze --jsonl [--offsets utf16|codepoint|byte]
      reads {\"id\": ..., \"text\": ...} lines on stdin and writes {\"id\": ..., \"analysis\": {...}}
      lines on stdout; a bad line, or one whose analysis fails, is reported on
      stderr and skipped
  newslens --help | --version

Offsets default to utf16 (JavaScript string indices).";

/// What went wrong at the command line's edge. Each variant names the file or line at fault.
#[derive(Debug)]
enum CliError {
    /// The arguments do not form a command.
    Usage(String),
    /// A file could not be read (missing, a directory, no permission).
    Read { path: String, error: io::Error },
    /// A file or standard input is not UTF-8.
    NotUtf8 { path: String, valid_up_to: usize },
    /// Writing the result failed (a closed pipe, a full disk).
    Write(io::Error),
    /// A batch skipped this many lines or files, bad or failed (each already reported).
    Skipped { count: usize, what: &'static str },
    /// A directory given for a batch holds no `.txt` file.
    EmptyDirectory(String),
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) => write!(f, "{message}\n\n{USAGE}"),
            CliError::Read { path, error } if error.kind() == io::ErrorKind::IsADirectory => {
                write!(f, "{path}: is a directory, not a text file")
            }
            CliError::Read { path, error } => write!(f, "{path}: cannot read: {error}"),
            CliError::NotUtf8 { path, valid_up_to } => {
                write!(f, "{path}: not UTF-8 text (invalid byte at offset {valid_up_to}); convert it to UTF-8 first")
            }
            CliError::Write(error) => write!(f, "cannot write the result: {error}"),
            CliError::Skipped { count, what } => {
                write!(f, "{count} {what}(s) skipped, the rest analysed")
            }
            CliError::EmptyDirectory(path) => write!(f, "{path}: no .txt files in this directory"),
        }
    }
}

/// The parsed `analyze` command.
struct Command {
    input: Input,
    options: Options,
    pretty: bool,
}

enum Input {
    File(String),
    Stdin,
    JsonLines,
    /// Several paths, or directories: a batch written as JSON lines.
    Files(Vec<String>),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("newslens {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("analyze") => parse_command(&args[1..]).and_then(run),
        Some(other) => Err(CliError::Usage(format!("unknown command '{other}'"))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Write(error)) if error.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("newslens: {error}");
            ExitCode::from(if matches!(error, CliError::Usage(_)) {
                2
            } else {
                1
            })
        }
    }
}

fn parse_command(args: &[String]) -> Result<Command, CliError> {
    let mut input = None;
    let mut paths: Vec<String> = Vec::new();
    let mut options = Options::default();
    let mut pretty = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--jsonl" if paths.is_empty() => input = Some(Input::JsonLines),
            "--offsets" => {
                let name = args
                    .next()
                    .ok_or_else(|| CliError::Usage("--offsets needs a unit".into()))?;
                options.offsets = parse_unit(name)?;
            }
            flag if flag.starts_with("--offsets=") => {
                options.offsets = parse_unit(&flag["--offsets=".len()..])?
            }
            "-" if input.is_none() && paths.is_empty() => input = Some(Input::Stdin),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(CliError::Usage(format!("unknown option '{flag}'")))
            }
            path if input.is_none() => paths.push(path.to_string()),
            extra => return Err(CliError::Usage(format!("unexpected argument '{extra}'"))),
        }
    }
    // One file is one document; several, or a directory, a batch.
    if !paths.is_empty() {
        input = Some(match <[String; 1]>::try_from(paths) {
            Ok([path]) if !fs::metadata(&path).is_ok_and(|m| m.is_dir()) => Input::File(path),
            Ok([path]) => Input::Files(vec![path]),
            Err(paths) => Input::Files(paths),
        });
    }
    let input = input.ok_or_else(|| {
        CliError::Usage("analyze needs a FILE, a DIR, - for standard input, or --jsonl".into())
    })?;
    Ok(Command {
        input,
        options,
        pretty,
    })
}

fn parse_unit(name: &str) -> Result<OffsetUnit, CliError> {
    OffsetUnit::from_name(name).ok_or_else(|| {
        CliError::Usage(format!(
            "unknown offset unit '{name}' (use utf16, codepoint or byte)"
        ))
    })
}

fn run(command: Command) -> Result<(), CliError> {
    let (path, bytes) = match command.input {
        Input::JsonLines => return run_json_lines(&command.options),
        Input::Files(paths) => return run_files(&paths, &command.options),
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|error| CliError::Read {
                    path: "<stdin>".into(),
                    error,
                })?;
            ("<stdin>".to_string(), bytes)
        }
        Input::File(path) => match fs::read(&path) {
            Ok(bytes) => (path, bytes),
            Err(error) => return Err(CliError::Read { path, error }),
        },
    };
    let text = utf8(path, bytes)?;
    let analysis = analyze(&text, &command.options);
    let document = Document::new(&text, &analysis, command.options.offsets);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = if command.pretty {
        serde_json::to_writer_pretty(&mut out, &document)
    } else {
        serde_json::to_writer(&mut out, &document)
    };
    written.map_err(|error| CliError::Write(error.into()))?;
    writeln!(out)
        .and_then(|()| out.flush())
        .map_err(CliError::Write)
}

fn utf8(path: String, bytes: Vec<u8>) -> Result<String, CliError> {
    String::from_utf8(bytes).map_err(|error| CliError::NotUtf8 {
        path,
        valid_up_to: error.utf8_error().valid_up_to(),
    })
}

/// One output line of a batch.
#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    analysis: newslens::json::Document<'a>,
}

/// A batch in progress: JSON lines out, one article in memory at a time, counts for the
/// progress line (on stderr, when it is a terminal) and the closing summary.
struct Batch<'o> {
    options: &'o Options,
    out: BufWriter<io::StdoutLock<'static>>,
    show_progress: bool,
    started: Instant,
    done: usize,
    skipped: usize,
    bytes: usize,
}

impl<'o> Batch<'o> {
    fn new(options: &'o Options) -> Self {
        Batch {
            options,
            out: BufWriter::new(io::stdout().lock()),
            show_progress: io::stderr().is_terminal(),
            started: Instant::now(),
            done: 0,
            skipped: 0,
            bytes: 0,
        }
    }

    /// Analyses one article and writes its line. A bug met in one article must not end a
    /// batch of thousands: it is reported (at `place`) and skipped like a bad input.
    fn analyze(&mut self, place: &str, id: &Value, text: &str) -> Result<(), CliError> {
        let options = self.options;
        let Ok(analysis) = panic::catch_unwind(AssertUnwindSafe(|| analyze(text, options))) else {
            self.skip(
                place,
                "the analysis failed (a bug in newslens; please report it with this input)",
            );
            return Ok(());
        };
        let analysis = Document::new(text, &analysis, options.offsets);
        serde_json::to_writer(&mut self.out, &Output { id, analysis })
            .map_err(|error| CliError::Write(error.into()))?;
        self.out.write_all(b"\n").map_err(CliError::Write)?;
        self.done += 1;
        Ok(())
    }

    fn skip(&mut self, place: &str, reason: &str) {
        self.skipped += 1;
        eprintln!("newslens: {place}: {reason}; skipped");
    }

    /// Counts `bytes` more read, and shows progress every `every` articles.
    fn advance(&mut self, bytes: usize, count: usize, every: usize) {
        self.bytes += bytes;
        if self.show_progress && count % every == 0 {
            eprint!(
                "\rnewslens: {} articles, {:.1} MB",
                self.done,
                self.bytes as f64 / 1e6
            );
        }
    }

    /// Flushes, prints the summary, and fails when anything was skipped.
    fn finish(mut self, what: &'static str) -> Result<(), CliError> {
        self.out.flush().map_err(CliError::Write)?;
        let seconds = self.started.elapsed().as_secs_f64();
        if self.show_progress || self.skipped > 0 {
            eprintln!(
                "\rnewslens: {} articles analysed, {} {what}s skipped, {:.1} MB in {seconds:.1} s",
                self.done,
                self.skipped,
                self.bytes as f64 / 1e6
            );
        }
        match self.skipped {
            0 => Ok(()),
            count => Err(CliError::Skipped { count, what }),
        }
    }
}

/// Streams `{"id", "text"}` lines from stdin to `{"id", "analysis"}` lines on stdout. A bad
/// line, or one whose analysis fails, is reported with its number and skipped; the exit code
/// is 1 when any line was.
fn run_json_lines(options: &Options) -> Result<(), CliError> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut batch = Batch::new(options);
    let mut line_number = 0usize;
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|error| CliError::Read {
                path: "<stdin>".into(),
                error,
            })?;
        if read == 0 {
            break;
        }
        line_number += 1;
        if !line.iter().all(u8::is_ascii_whitespace) {
            let place = format!("<stdin> line {line_number}");
            match parse_line(&line) {
                Ok((id, text)) => batch.analyze(&place, &id, &text)?,
                Err(reason) => batch.skip(&place, &reason),
            }
        }
        batch.advance(read, line_number, 1000);
    }
    batch.finish("line")
}

/// Analyses each file (a directory: its `.txt` files, in name order) to one JSON line whose
/// id is the file's path. A file that cannot be read or is not UTF-8 is reported and skipped.
fn run_files(paths: &[String], options: &Options) -> Result<(), CliError> {
    let mut files = Vec::new();
    for path in paths {
        if !fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            files.push(path.clone());
            continue;
        }
        let entries = fs::read_dir(path).map_err(|error| CliError::Read {
            path: path.clone(),
            error,
        })?;
        let mut texts: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if texts.is_empty() {
            return Err(CliError::EmptyDirectory(path.clone()));
        }
        texts.sort();
        files.extend(texts);
    }
    let mut batch = Batch::new(options);
    for (count, path) in files.into_iter().enumerate() {
        let text = fs::read(&path)
            .map_err(|error| CliError::Read {
                path: path.clone(),
                error,
            })
            .and_then(|bytes| utf8(path.clone(), bytes));
        match text {
            Ok(text) => {
                batch.analyze(&path, &Value::String(path.clone()), &text)?;
                batch.advance(text.len(), count + 1, 100);
            }
            // The error names the path already.
            Err(error) => {
                batch.skipped += 1;
                eprintln!("newslens: {error}; skipped");
            }
        }
    }
    batch.finish("file")
}

/// Reads `{"id": ..., "text": "..."}`. The id may be any JSON value and is echoed back.
fn parse_line(line: &[u8]) -> Result<(Value, String), String> {
    let text = std::str::from_utf8(line).map_err(|error| {
        format!(
            "not UTF-8 (invalid byte at column {})",
            error.valid_up_to() + 1
        )
    })?;
    let mut value: Value =
        serde_json::from_str(text).map_err(|error| format!("not valid JSON: {error}"))?;
    let object = value
        .as_object_mut()
        .ok_or("expected an object {\"id\": ..., \"text\": ...}")?;
    let text = match object.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return Err("\"text\" must be a string".into()),
        None => return Err("missing \"text\"".into()),
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    Ok((id, text))
}
