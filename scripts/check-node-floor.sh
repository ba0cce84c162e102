#!/usr/bin/env bash
# Keeps the stated floor true: `npm run check` and a cold `npm run build` under exactly the
# oldest Node that `engines.node` admits, fetched from the npm registry into the cache once
# (scripts/node-floor.mjs). About a minute; CI runs it after `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

export SCHERMO_NERO_NODE=floor
echo "check-node-floor: Node $(node scripts/node-floor.mjs node --version), the oldest engines.node admits"
npm run --silent check
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
ASTRO_CACHE_DIR="$out/cache" npm run --silent build -- --outDir "$out/dist" >"$out/build.log" 2>&1 ||
  { tail -n 40 "$out/build.log"; exit 1; }
echo "check-node-floor: npm run check and npm run build pass under Node $(node scripts/node-floor.mjs node --version)"
