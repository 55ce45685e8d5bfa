#!/usr/bin/env bash
# Builds the diagram's web client into ../web with the machine's node and npm (called by the Maven build).
# npm ci runs only when package-lock.json changed since the last install, so rebuilds stay fast.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "The diagram client needs Node.js 18+ and npm on the PATH (they build bundles/org.entente.diagram/client)." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
