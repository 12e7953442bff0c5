// Runs dist/bundle/script.cjs (the whole program but the console, as one CommonJS file) with a V8
// code cache, so that `spo -c`, `spo -f` and piped scripts skip most of the compiling a start-up
// costs. Node 22+ has a compile cache of its own for ES modules (bin/spo.js turns it on for the
// console); Node 20 has none, and neither applies to this file, so the cache is kept here.
//
// The cache is one file per build of the bundle and Node version, in the user's cache folder:
// SPO_CACHE_DIR, else $XDG_CACHE_HOME/spo-shell, ~/Library/Caches/spo-shell, %LOCALAPPDATA%\spo-shell
// (else ~/.cache/spo-shell), under code-cache/. It never changes what runs:
// - the bundle's first line names its build (a hash of its text), and the file's name holds it with
//   the bundle's size and modification time: another build's (or an edited bundle's) cache is
//   another file, never read for this one;
// - V8 refuses data made by another V8 or with other flags (then the file is made again);
// - a file of the wrong length (cut short, or not ours) is not used, and files are written under a
//   temporary name and renamed, so a reader never sees half a file;
// - a folder that cannot be read or written (read-only home) only means no cache.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off. The data is made when the process
// exits, so it holds the functions the first run compiled, not only the top level.

'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const MAGIC = 0x53504f31; // "SPO1"
const HEADER = 8; // magic, payload length (both uint32 LE)
const MAX_AGE_MS = 30 * 24 * 3600_000; // files written this long ago are removed when one is written

/** The folder for the cache files, or undefined when there is no home to put it in. */
function cacheDirectory(env = process.env, platform = process.platform, home = safeHomedir()) {
  if (env.SPO_CACHE_DIR) return path.join(env.SPO_CACHE_DIR, 'code-cache');
  let base;
  if (platform === 'win32') base = env.LOCALAPPDATA || (home && path.join(home, 'AppData', 'Local'));
  else if (platform === 'darwin') base = home && path.join(home, 'Library', 'Caches');
  else base = env.XDG_CACHE_HOME || (home && path.join(home, '.cache'));
  return base ? path.join(base, 'spo-shell', 'code-cache') : undefined;
}

function safeHomedir() {
  try {
    return require('node:os').homedir();
  } catch {
    return undefined;
  }
}

/** Loads and runs a CommonJS bundle made by scripts/build.mjs, with the code cache when it can. */
function runCachedBundle(file) {
  // The build writes the bundle as ASCII (scripts/build.mjs), which latin1 reads faster than UTF-8.
  const source = fs.readFileSync(file, 'latin1');
  const build = /^\/\/ spo-build ([0-9a-f]{16,})\n/.exec(source)?.[1];
  const dir = process.env.NODE_DISABLE_COMPILE_CACHE || !build ? undefined : cacheDirectory();
  // The file's size and modification time join the build: a bundle edited after the build is another file.
  const stat = dir && fs.statSync(file);
  const cacheFile = dir && path.join(dir, `${path.basename(file, '.cjs')}-${build}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}.v8`);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  // The wrapper is Node's own for CommonJS (and __spoImport); the bundle starts with "use strict"
  // (ES modules are strict).
  // The bundle's import() calls (packages, the console bundle) are __spoImport calls (scripts/build.mjs):
  // this module's import() resolves them, from bin/, which finds the same node_modules.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __spoImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCache(cacheFile, script));
  const module = { exports: {} };
  const bundleRequire = require('node:module').createRequire(file);
  script.runInThisContext()(module.exports, bundleRequire, module, file, path.dirname(file), (specifier) => import(specifier));
  return module.exports;
}

function readCache(file) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length < HEADER || data.readUInt32LE(0) !== MAGIC || data.readUInt32LE(4) !== data.length - HEADER) return undefined;
  return data.subarray(HEADER);
}

function writeCache(file, script) {
  try {
    const payload = script.createCachedData();
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(payload.length, 4);
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([header, payload]), { mode: 0o600 });
    fs.renameSync(temporary, file);
    removeOldCaches(dir, file);
  } catch {
    // No cache this time (read-only or full disk, no home): the program ran all the same.
  }
}

function removeOldCaches(dir, keep) {
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (full === keep) continue;
    try {
      if (now - fs.statSync(full).mtimeMs > MAX_AGE_MS) fs.rmSync(full, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

module.exports = { cacheDirectory, runCachedBundle };
