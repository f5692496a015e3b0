#!/usr/bin/env bash
# npm run bench: the wasm's size after wasm-opt, then newslens (wasm, in Node) against compromise
# and wink-nlp on the same ~5 MB of news-like text, the 5 KB article latency, the instantiate
# time and peak memory (wasm in Node and the native CLI).
#
#   bash bench/run.sh [--size-only]
#
# NEWSLENS_WASM_PROFILE picks the cargo profile (default wasm-release, see Cargo.toml);
# BENCH_BYTES the corpus size (default 5000000); BENCH_TIMEBOX_MS how long the slow libraries
# get per pass (default 60000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
profile="${NEWSLENS_WASM_PROFILE:-wasm-release}"
build="$here/build"
cd "$root"

# 1. The bench's own dependencies (compromise, wink-nlp and its model, binaryen's wasm-opt).
if [ ! -d "$here/node_modules/wink-eng-lite-web-model" ] || [ "$here/package.json" -nt "$here/node_modules" ]; then
  npm install --prefix "$here" --no-audit --no-fund --loglevel=error
  touch "$here/node_modules"
fi

# 2. Rust -> wasm with the chosen profile -> wasm-bindgen glue (web: what browsers load;
#    nodejs: what this bench requires) -> wasm-opt -Oz, as the package ships it.
echo "build: cargo build --profile $profile --lib --target wasm32-unknown-unknown"
cargo build --quiet --profile "$profile" --lib --target wasm32-unknown-unknown
raw="target/wasm32-unknown-unknown/$profile/newslens.wasm"
rm -rf "$build/web" "$build/node"
wasm-bindgen --target web --out-dir "$build/web" "$raw"
wasm-bindgen --target nodejs --out-dir "$build/node" "$raw"
echo '{"type": "commonjs"}' > "$build/node/package.json"  # bench/ itself is ESM
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
opt="$build/opt-$(sha256sum "$build/web/newslens_bg.wasm" | cut -c1-16).wasm"
if [ ! -f "$opt" ]; then
  rm -f "$build"/opt-*.wasm
  "$here/node_modules/.bin/wasm-opt" -Oz "${features[@]}" "$build/web/newslens_bg.wasm" -o "$opt"
fi
cp "$opt" "$build/web/newslens_bg.wasm"
cp "$opt" "$build/node/newslens_bg.wasm"

gz() { gzip -9c "$1" | wc -c; }
kb() { awk "BEGIN { printf \"%.1f KB\", $1 / 1024 }"; }
wasm_raw=$(stat -c %s "$build/web/newslens_bg.wasm"); wasm_gz=$(gz "$build/web/newslens_bg.wasm")
js_raw=$(stat -c %s "$build/web/newslens.js"); js_gz=$(gz "$build/web/newslens.js")
total_gz=$((wasm_gz + js_gz))
echo "size ($profile, wasm-opt -Oz): wasm $(kb "$(stat -c %s "$raw")") from cargo -> $(kb "$wasm_raw") raw, $(kb "$wasm_gz") gzip -9;" \
  "JS glue $(kb "$js_raw") raw, $(kb "$js_gz") gzip -9; total $(kb "$total_gz") gzipped"
if [ "$total_gz" -le $((250 * 1024)) ]; then verdict=HOLDS; else verdict=MISSES; fi
echo "target wasm + JS gzipped <= 250 KB: $verdict ($(kb "$total_gz"))"
[ "${1:-}" = "--size-only" ] && exit 0

# 3. Memory, each in a process of its own so nothing else raised the high-water mark first.
node --expose-gc "$here/bench.mjs" "$build/node" --memory
corpus="$build/corpus.txt"
node "$here/bench.mjs" "$build/node" --write "$corpus"
cargo build --quiet --release --bin newslens
/usr/bin/time -f "%M" -o "$build/rss" target/release/newslens analyze "$corpus" > /dev/null
native_kb=$(cat "$build/rss"); input=$(stat -c %s "$corpus")
awk -v kb="$native_kb" -v n="$input" 'BEGIN {
  x = kb * 1024 / n
  printf "native CLI on one %.1f MB document: peak RSS %.1f MB = %.1fx input (process total)\n", n / 1e6, kb / 1024, x
  printf "target native memory peak < 20x input: %s (%.1fx)\n", (x < 20 ? "HOLDS" : "MISSES"), x }'

# 4. Throughput and latency, all libraries in one Node process.
node --expose-gc "$here/bench.mjs" "$build/node"
