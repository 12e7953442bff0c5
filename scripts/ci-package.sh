#!/usr/bin/env bash
# CI: the packed package installs on its own. `npm pack`, install the tarball into a temporary
# prefix with production dependencies only, then run the installed `spo` (version, and a sign-in
# against the sandbox tenant). Needs the npm registry, so it is run by .ci/run, not by `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json "$work/package.json.before"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
# The checkout's package.json is back as it was (postpack), and the packed one has no script that
# cannot run in the installed package (npm 11 warns about a `prepare` on a global install).
cmp -s package.json "$work/package.json.before" || { echo "npm pack left package.json changed" >&2; exit 1; }
npm install --global --prefix "$work/prefix" --omit=dev --no-audit --no-fund --silent "$work/$tarball"
installed="$work/prefix/lib/node_modules/spo-shell/package.json"
scripts=$(node -p "JSON.stringify(require('$installed').scripts)")
[ "$scripts" = '{"start":"node bin/spo.js"}' ] || { echo "the packed package.json has scripts that cannot run there: $scripts" >&2; exit 1; }
spo="$work/prefix/bin/spo"
# Run from an empty folder with a clean settings folder, so nothing of the checkout is used.
cd "$work"
export SPO_CONFIG_DIR="$work/config" SPO_DATA_DIR="$work/data"
version=$("$spo" --version)
echo "packed: $tarball; installed: $version"
[ "$version" = "spo-shell $(node -p "require('$OLDPWD/package.json').version")" ]
"$spo" --sandbox -c 'Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential (New-Object System.Management.Automation.PSCredential("admin@contoso.com", (ConvertTo-SecureString "password" -AsPlainText -Force)))'
echo "packed spo: Connect-SPOService against the sandbox succeeded"
# The console in a terminal (script(1) gives it one, on Linux): bin/spo.js's early prompt, then Ink,
# which runs the keys typed before it was up.
if [ "$(uname)" = Linux ] && command -v script >/dev/null; then
  typed=$(printf 'Write-Output "a$(1+1)b"\rexit\r' | timeout 60 script -qfec "$spo" /dev/null)
  grep -q 'a2b' <<<"$typed" || { echo "the packed console did not run a typed command:" >&2; echo "$typed" >&2; exit 1; }
  echo "packed spo: the console ran a command typed in a terminal"
fi
# Nothing of the development tree came along.
if [ -e "$work/prefix/lib/node_modules/spo-shell/node_modules/esbuild" ] || [ -e "$work/prefix/lib/node_modules/spo-shell/src" ]; then
  echo "the installed package holds development files" >&2
  exit 1
fi
