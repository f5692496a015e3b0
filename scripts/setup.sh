#!/usr/bin/env bash
# Installs what building and testing newslens needs, when it is missing; silent when all is there.
#   bash scripts/setup.sh            wasm32 target, wasm-bindgen-cli, node_modules
#   bash scripts/setup.sh --browser  the same, plus Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"

say() { echo "setup: $*" >&2; }

# The wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
wanted=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)
if [[ -z "$wanted" ]]; then
  say "could not read the wasm-bindgen version from Cargo.lock"; exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [[ "$have" != "$wanted" ]]; then
  say "installing wasm-bindgen-cli $wanted (found: ${have:-none}); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$wanted" --force
fi

# node_modules, when missing or older than package-lock.json.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing node_modules"
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# Chromium, for the browser tests only.
if [[ "${1:-}" == "--browser" ]]; then
  chromium=${CHROMIUM:-/usr/bin/chromium}
  if [[ ! -x "$chromium" ]]; then
    say "installing chromium"
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
fi
