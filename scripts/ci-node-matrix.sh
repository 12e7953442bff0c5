#!/usr/bin/env bash
# CI: the whole suite on each newer Node, plus start-up. Each Node comes from the npm registry as a
# package that carries the binary (node-<platform>-<arch>@<major>), installed into a temporary
# folder; nothing is downloaded at install time. Usage: scripts/ci-node-matrix.sh [major...]
# (default 22 24). Run by .ci/run after the suite has passed on the machine's own Node.
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)
platform=$(node -p 'process.platform + "-" + process.arch')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
for major in "${majors[@]}"; do
  dir="$work/node$major"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --silent "node-$platform@$major"
  bin="$dir/node_modules/node-$platform/bin"
  echo "== Node $("$bin/node" --version)"
  start=$(date +%s)
  # Child processes of the tests (spo, the test runner's workers) find this Node first on PATH too.
  # Every Node runs even when one fails, so one CI run shows them all.
  if PATH="$bin:$PATH" "$bin/node" scripts/test.mjs; then
    echo "== Node $("$bin/node" --version): suite passed in $(( $(date +%s) - start )) s"
  else
    echo "== Node $("$bin/node" --version): suite FAILED after $(( $(date +%s) - start )) s"
    failed+=("$major")
  fi
  # Start-up figure for the record (a benchmark, never a pass/fail condition here). --phases adds the
  # page faults of each step, which machine load does not move: a slow figure with the same faults is
  # the machine's load, more faults is a change (docs/startup.md, eleventh round).
  PATH="$bin:$PATH" "$bin/node" dist/bench/cli-startup.js 9 --phases || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "suite failed on Node ${failed[*]}" >&2
  exit 1
fi
