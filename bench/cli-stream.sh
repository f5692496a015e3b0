#!/usr/bin/env bash
# Streams MEGABYTES (default 1000, about 1 GB) of JSON lines, generated on the fly, through
# `newslens analyze --jsonl`, with one malformed line in the middle. Shows that memory stays
# flat (peak RSS from /usr/bin/time -v) and that the bad line is reported with its number while
# the rest is analysed. Not part of `npm test`: it takes minutes.
#
#   bash bench/cli-stream.sh [MEGABYTES]
set -euo pipefail
megabytes="${1:-1000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cargo build --quiet --release --bin newslens
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Ten different ~5 KB articles as JSON strings, repeated with new ids; the malformed line sits
# half way. Node writes them (JSON escaping for free); the pipe keeps nothing on disk.
generate() {
  node --input-type=module -e "
    import { articles } from '$root/bench/news.mjs';
    const texts = articles(50_000, 7).map((t) => JSON.stringify(t));
    const total = $megabytes * 1e6;
    let bytes = 0, line = 0, bad = false;
    const out = [];
    const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
    while (bytes < total) {
      line++;
      const row = !bad && bytes >= total / 2
        ? (bad = true, '{\"id\": ' + line + ', \"text\": \"an unterminated string\n')
        : '{\"id\": ' + line + ', \"text\": ' + texts[line % texts.length] + '}\n';
      bytes += row.length;
      out.push(row);
      if (out.length >= 200) flush();
    }
    flush();
    process.stderr.write('generated ' + line + ' lines, ' + (bytes / 1e6).toFixed(0) + ' MB\n');
  "
}

started=$(date +%s.%N)
set +e
generate | /usr/bin/time -v -o "$work/time" target/release/newslens analyze --jsonl \
  2> "$work/stderr" | wc -l > "$work/lines"
set -e
seconds=$(echo "$(date +%s.%N) - $started" | bc)
rss_kb=$(grep "Maximum resident set size" "$work/time" | grep -oE '[0-9]+$')
status=$(grep "Exit status" "$work/time" | grep -oE '[0-9]+$')
echo "stderr of newslens:"
sed 's/^/  /' "$work/stderr"
echo "analysed lines written: $(cat "$work/lines"); exit status $status (1 = some line skipped)"
awk -v kb="$rss_kb" -v mb="$megabytes" -v s="$seconds" 'BEGIN {
  printf "streamed %d MB in %.1f s (%.1f MB/s incl. JSON in and out); peak RSS %.1f MB\n", mb, s, mb / s, kb / 1024 }'
grep -q "line [0-9]*: not valid JSON" "$work/stderr" && echo "the malformed line is reported with its number: yes"
