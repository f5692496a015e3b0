#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Stops at the first failing stage (non-zero exit).
#   1. Rust: cargo test (unit, fixture, property and doc tests)
#   2. build: the wasm package and the page's modules
#   3. Node: the built package (tests/js)
#   4. the npm package: packed tarball installed into throwaway projects (tests/package)
#   5. browser: the page in headless Chromium (tests/browser)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"

stage() { printf '\n=== %s\n' "$*"; }
started=$SECONDS

stage "setup"
bash scripts/setup.sh --browser

stage "cargo test"
cargo test --quiet

stage "build"
node scripts/build.mjs

stage "node tests (tests/js)"
node --test --test-reporter=spec tests/js/

if compgen -G 'tests/package/*.test.mjs' >/dev/null; then
  stage "package tests (tests/package)"
  node --test --test-reporter=spec --test-concurrency=1 tests/package/
fi

stage "browser tests (tests/browser)"
node --test --test-reporter=spec --test-concurrency=1 tests/browser/

printf '\nnpm test: all passed in %ss\n' $((SECONDS - started))
