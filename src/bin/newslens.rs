//! The newslens command line: analyse one file, standard input, or a stream of JSON lines.
//!
//! ```text
//! newslens analyze FILE|- [--offsets utf16|codepoint|byte] [--pretty]
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
    /// `--jsonl` skipped this many lines, bad or failed (each already reported with its number).
    SkippedLines(usize),
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
            CliError::SkippedLines(lines) => {
                write!(f, "{lines} line(s) skipped, the rest analysed")
            }
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
    let mut options = Options::default();
    let mut pretty = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--jsonl" => input = Some(Input::JsonLines),
            "--offsets" => {
                let name = args
                    .next()
                    .ok_or_else(|| CliError::Usage("--offsets needs a unit".into()))?;
                options.offsets = parse_unit(name)?;
            }
            flag if flag.starts_with("--offsets=") => {
                options.offsets = parse_unit(&flag["--offsets=".len()..])?
            }
            "-" if input.is_none() => input = Some(Input::Stdin),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(CliError::Usage(format!("unknown option '{flag}'")))
            }
            path if input.is_none() => input = Some(Input::File(path.to_string())),
            extra => return Err(CliError::Usage(format!("unexpected argument '{extra}'"))),
        }
    }
    let input = input.ok_or_else(|| {
        CliError::Usage("analyze needs a FILE, - for standard input, or --jsonl".into())
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
    let text = String::from_utf8(bytes).map_err(|error| CliError::NotUtf8 {
        path,
        valid_up_to: error.utf8_error().valid_up_to(),
    })?;
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

/// One output line of `--jsonl`.
#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    analysis: newslens::json::Document<'a>,
}

/// Streams `{"id", "text"}` lines from stdin to `{"id", "analysis"}` lines on stdout, one line in
/// memory at a time. A bad line, or one whose analysis fails, is reported with its number and
/// skipped; the exit code is 1 when any line was. Progress goes to stderr when it is a terminal.
fn run_json_lines(options: &Options) -> Result<(), CliError> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let show_progress = io::stderr().is_terminal();
    let started = Instant::now();
    let (mut line_number, mut done, mut bad, mut bytes_done) = (0usize, 0usize, 0usize, 0usize);
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
        bytes_done += read;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(&line) {
            Ok((id, text)) => {
                // A bug met in one article must not end a batch of thousands: that line is
                // reported and skipped like a bad one, and the rest is still analysed.
                let Ok(analysis) =
                    panic::catch_unwind(AssertUnwindSafe(|| analyze(&text, options)))
                else {
                    bad += 1;
                    eprintln!(
                        "newslens: <stdin> line {line_number}: the analysis failed (a bug in \
                         newslens; please report it with this line); skipped"
                    );
                    continue;
                };
                let analysis = Document::new(&text, &analysis, options.offsets);
                serde_json::to_writer(&mut out, &Output { id: &id, analysis })
                    .map_err(|error| CliError::Write(error.into()))?;
                out.write_all(b"\n").map_err(CliError::Write)?;
                done += 1;
            }
            Err(reason) => {
                bad += 1;
                eprintln!("newslens: <stdin> line {line_number}: {reason}; skipped");
            }
        }
        if show_progress && line_number % 1000 == 0 {
            eprint!(
                "\rnewslens: {done} articles, {:.1} MB",
                bytes_done as f64 / 1e6
            );
        }
    }
    out.flush().map_err(CliError::Write)?;
    let seconds = started.elapsed().as_secs_f64();
    if show_progress || bad > 0 {
        eprintln!(
            "\rnewslens: {done} articles analysed, {bad} lines skipped, {:.1} MB in {seconds:.1} s",
            bytes_done as f64 / 1e6
        );
    }
    match bad {
        0 => Ok(()),
        lines => Err(CliError::SkippedLines(lines)),
    }
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
