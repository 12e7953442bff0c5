// The package.json that goes into the packed package (`npm pack`, `npm publish`): npm packs the file
// as it is on disk after `prepack`, so `prepack` ends with `strip` and `postpack` runs `restore`.
//
// The checkout's scripts (build, test, prepare, ...) run files under scripts/, src/ and bench/, which
// are not packed. In the installed package they cannot run, and npm 11 warns on a global install that
// the package's `prepare` is "not yet covered by allowScripts". `strip` keeps only the scripts that can
// run there: `node <file>` of a file the package carries (`start`). The original is kept in
// dist/pack/package.json (dist/ is not packed) and put back byte for byte by `restore`; a copy left
// behind by a pack that failed half-way is put back before anything else.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = new URL('package.json', root);
const kept = new URL('dist/pack/package.json', root);

/** Whether `command` only runs a file that `files` (package.json) puts in the package. */
export function runsInPackage(command, files) {
  const m = /^node ((?:[\w.-]+\/)*[\w.-]+\.m?js)$/.exec(command.trim());
  if (!m) return false;
  const path = m[1];
  return files.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry));
}

/** The manifest as packed: the same, with only the scripts that can run in the installed package. */
export function packedManifest(pkg) {
  const scripts = Object.fromEntries(Object.entries(pkg.scripts ?? {}).filter(([, command]) => runsInPackage(command, pkg.files ?? [])));
  const out = { ...pkg };
  if (Object.keys(scripts).length) out.scripts = scripts;
  else delete out.scripts;
  return out;
}

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const step = process.argv[2];
if (step === 'strip') {
  restore();
  const text = readFileSync(manifest, 'utf8');
  mkdirSync(new URL('.', kept), { recursive: true });
  copyFileSync(manifest, kept);
  writeFileSync(manifest, JSON.stringify(packedManifest(JSON.parse(text)), null, 2) + '\n');
} else if (step === 'restore') {
  restore();
} else if (step !== undefined) {
  process.stderr.write(`pack-manifest: unknown step '${step}' (strip or restore)\n`);
  process.exit(64);
}
