//! The command line, run as a user would: files, stdin, JSON lines, and every bad input.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn newslens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("the binary ends")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The JSON values of a batch's output lines.
fn json_lines(output: &Output) -> Vec<Value> {
    output
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn analyses_a_file_to_newslens_json() {
    let path = common::fixture_path("tass-shoigu.txt");
    let output = newslens(&["analyze", path.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(doc["schema"], "newslens/1");
    assert_eq!(doc["blocks"].as_array().unwrap().len(), 13);
    assert_eq!(doc["dateline"]["place"], "MOSCOW");
}

#[test]
fn reads_stdin_with_offsets_and_pretty() {
    let output = newslens(
        &["analyze", "-", "--offsets", "codepoint", "--pretty"],
        "😀 Hi.\n".as_bytes(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["offsets"], "codepoint");
    assert_eq!(doc["length"], 6);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("\n  \"schema\""),
        "pretty output is indented"
    );
}

#[test]
fn bad_input_gets_a_clear_message_and_a_failing_exit() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 society").unwrap();
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let cases = [
        (
            vec!["analyze", "/no/such/file.txt"],
            "/no/such/file.txt: cannot read",
        ),
        (vec!["analyze", empty.to_str().unwrap()], "no .txt files"),
        (vec!["analyze", latin1.to_str().unwrap()], "not UTF-8"),
        (
            vec!["analyze", "-", "--offsets", "bytes"],
            "unknown offset unit 'bytes'",
        ),
        (
            vec!["analyze", "--frobnicate"],
            "unknown option '--frobnicate'",
        ),
        (vec!["analyze"], "needs a FILE"),
    ];
    for (args, message) in cases {
        let output = newslens(&args, b"");
        assert!(!output.status.success(), "{args:?} should fail");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: stderr was {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?} printed a result");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn json_lines_stream_reports_bad_lines_and_processes_the_rest() {
    let input = b"{\"id\": 1, \"text\": \"First. Story.\"}\nnot json\n{\"id\": \"b\", \"text\": 5}\n{\"id\": [3], \"text\": \"Third\"}\n\n\xff\xfe\n{\"text\": \"no id\"}\n";
    let output = newslens(&["analyze", "--jsonl", "--offsets", "byte"], input);
    assert_eq!(
        output.status.code(),
        Some(1),
        "bad lines make the exit code 1"
    );
    let lines = json_lines(&output);
    let ids: Vec<&Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(
        ids,
        [&Value::from(1), &serde_json::json!([3]), &Value::Null]
    );
    assert_eq!(
        lines[0]["analysis"]["sentences"].as_array().unwrap().len(),
        2
    );
    assert_eq!(lines[0]["analysis"]["offsets"], "byte");
    let errors = stderr(&output);
    for expected in [
        "line 2: not valid JSON",
        "line 3: \"text\" must be a string",
        "line 6: not UTF-8",
        "3 line(s) skipped",
    ] {
        assert!(
            errors.contains(expected),
            "stderr lacks {expected:?}: {errors}"
        );
    }
}

#[test]
fn files_and_directories_make_a_batch_of_json_lines() {
    let dir = std::env::temp_dir().join(format!("newslens-batch-{}", std::process::id()));
    let folder = dir.join("articles");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("b.txt"), "Second story. It has two sentences.").unwrap();
    std::fs::write(folder.join("a.txt"), "First story.").unwrap();
    std::fs::write(folder.join("notes.md"), "not an article").unwrap();
    std::fs::write(folder.join("bad.txt"), b"Caf\xe9 society").unwrap();
    let lone = dir.join("lone.txt");
    std::fs::write(&lone, "Lone story.").unwrap();
    let output = newslens(
        &[
            "analyze",
            lone.to_str().unwrap(),
            folder.to_str().unwrap(),
            "--offsets",
            "byte",
        ],
        b"",
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "a skipped file makes the exit code 1"
    );
    let lines = json_lines(&output);
    // The lone file first, then the folder's .txt files in name order; the bad one skipped.
    let ids: Vec<String> = lines
        .iter()
        .map(|l| l["id"].as_str().unwrap().replace('\\', "/"))
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids[0].ends_with("lone.txt") && ids[1].ends_with("articles/a.txt"));
    assert!(ids[2].ends_with("articles/b.txt"));
    assert_eq!(
        lines[2]["analysis"]["sentences"].as_array().unwrap().len(),
        2
    );
    assert_eq!(lines[2]["analysis"]["offsets"], "byte");
    let errors = stderr(&output);
    assert!(errors.contains("bad.txt: not UTF-8"), "{errors}");
    assert!(errors.contains("1 file(s) skipped"), "{errors}");
    std::fs::remove_dir_all(&dir).ok();
}
