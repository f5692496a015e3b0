#!/usr/bin/env bash
# Fuzzes newslens for a bounded time: each target (analyze, json_view) runs SECONDS seconds
# under libFuzzer with AddressSanitizer, starting from the project's own fixtures.
#
#   bash fuzz/run.sh [SECONDS]      (default 60 per target)
#
# Needs a nightly toolchain and cargo-fuzz (`rustup toolchain install nightly`,
# `cargo install cargo-fuzz`). A crash or hang leaves its input in fuzz/artifacts/TARGET/ and
# makes this script exit 1: turn it into a regression test in tests/robustness.rs.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$here"

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz/run.sh: no nightly toolchain (rustup toolchain install nightly)" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz/run.sh: cargo-fuzz is not installed (cargo install cargo-fuzz)" >&2
  exit 2
fi

cargo +nightly fuzz build -O >/dev/null 2>&1

status=0
for target in analyze json_view; do
  corpus="corpus/$target"
  mkdir -p "$corpus" "artifacts/$target"
  # Seeds: the project's own article fixtures, and a few hostile shapes in miniature.
  find "$root/tests/fixtures" -name '*.txt' -exec cp -n {} "$corpus/" \;
  printf '"a “b ‘c «d „e' > "$corpus/seed-quotes"
  printf 'MOSCOW, April 27. /TASS/. He said: “No.”\r\nPARIS (AP) — \0\u200b\u202e' > "$corpus/seed-odd"
  log="$(mktemp)"
  # -timeout: one input taking over 10 s is reported as a hang; -max_len: up to 16 KB articles.
  if cargo +nightly fuzz run -O "$target" "$corpus" -- \
      -max_total_time="$seconds" -timeout=10 -max_len=16384 -rss_limit_mb=2048 \
      -print_final_stats=1 >"$log" 2>&1; then
    result="no crash"
  else
    result="FAILED (see fuzz/artifacts/$target/)"
    status=1
    grep -E "ERROR|panicked|SUMMARY|Test unit written" "$log" | head -20 >&2 || true
  fi
  runs="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  execs="$(grep -E 'stat::number_of_executed_units' "$log" | grep -oE '[0-9]+$' || echo '?')"
  cov="$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)"
  echo "fuzz $target: ${execs} executions in ${seconds} s, ${cov:-cov ?}, corpus $(ls "$corpus" | wc -l) inputs: $result"
  [ -n "$runs" ] || tail -5 "$log" >&2
  rm -f "$log"
done
exit "$status"
