#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Each stage runs even when an earlier one failed
# (except after a failed build); the exit status is non-zero if any failed.
#   1. Rust: cargo test (unit, fixture, property and doc tests)
#   2. build: the wasm package, the page's modules, dist/
#   3. Node: the built package (tests/js)
#   4. the npm package: packed tarball installed into throwaway projects (tests/package)
#   5. browser: the page in headless Chromium (tests/browser)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"

started=$SECONDS
failed=()
stage() { local name=$1; shift; printf "\n=== %s\n" "$name"; "$@" || failed+=("$name"); }

bash scripts/setup.sh --browser || exit 1

stage "cargo test" cargo test --quiet --no-fail-fast
printf '\n=== build\n'
node scripts/build.mjs || { echo "npm test: the build failed"; exit 1; }
stage "node tests (tests/js)" node --test --test-reporter=spec tests/js/
stage "package tests (tests/package)" node --test --test-reporter=spec --test-concurrency=1 tests/package/
stage "browser tests (tests/browser)" node --test --test-reporter=spec --test-concurrency=1 tests/browser/

if ((${#failed[@]})); then
  printf '\nnpm test: FAILED after %ss: %s\n' $((SECONDS - started)) "${failed[*]}"
  exit 1
fi
printf '\nnpm test: all passed in %ss\n' $((SECONDS - started))
