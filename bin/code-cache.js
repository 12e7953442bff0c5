'use strict';
// The code cache's loader, which bin/spo.js reads and compiles itself (vm.compileFunction) rather
// than require(): Node's module loader would resolve it (stat, realpath, the package.json scope) and
// normalise its path, and kept in bin/spo.js its text would be parsed by the console's start too
// (docs/startup.md, eighth round). It is a CommonJS module all the same (module.exports).
//
// runCachedBundle runs dist/bundle/script.cjs (the whole program but the console, as CommonJS
// chunks) with a V8 code cache, so that `spo -c`, `spo -f` and piped scripts skip most of the
// compiling a start-up costs. Node 22+ has a compile cache of its own for ES modules (bin/spo.js
// turns it on for the console); Node 20 has none, and neither applies to these files, so the cache
// is kept here.
//
// scripts/build.mjs writes script.cjs and its chunks (script-<name>-<hash>.cjs), each one function
// expression that this file compiles as read and calls with a require() that loads the sibling
// chunks the same way, when the program first asks for them (sign-in, the sandbox, help ...).
//
// The cache is one file per build of the bundle and Node version, in the user's cache folder:
// SPO_CACHE_DIR, else $XDG_CACHE_HOME/spo-shell, ~/Library/Caches/spo-shell, %LOCALAPPDATA%\spo-shell
// (else ~/.cache/spo-shell), under code-cache/. It holds V8's data for each chunk a run has loaded;
// a run reads only the parts for the chunks it loads. It never changes what runs:
// - each chunk's first line names its build (a hash of its text); the file's name holds the entry's
//   build with its size and modification time, and the file's index the same for every chunk: another
//   build's (or an edited chunk's) data is never used for it;
// - V8 refuses data made by another V8 or with other flags (then the file is made again; Node's
//   options, when given, are part of the file's name, so runs with and without them keep one each);
// - a file whose length is not the one its header gives (cut short, or not ours) is not used, and
//   files are written under a temporary name and renamed, so a reader never sees half a file;
// - a folder that cannot be read or written (read-only home) only means no cache.
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off. The data is made when the process
// exits, so it holds the functions the first run compiled, not only the top level.
//
// Layout: "SPO2" (uint32 LE), the index's length (uint32 LE), the index (JSON: the data's length
// and, for each chunk, its build, size, mtime and where its data lies after the index), the data.

const fs = require('node:fs');
const path = require('node:path');

const MAGIC = 0x53504f32; // "SPO2"
const HEADER = 8; // magic, index length (both uint32 LE)
const MAX_AGE_MS = 30 * 24 * 3600_000; // files written this long ago are removed when one is written
const BUILD_LINE = /^\/\/ spo-build ([0-9a-f]{16,})\n/;

/** The folder for the cache files, or undefined when there is no home to put it in. */
function cacheDirectory(env = process.env, platform = process.platform, home) {
  if (env.SPO_CACHE_DIR) return joinNames(env.SPO_CACHE_DIR, 'code-cache');
  let base;
  if (platform === 'win32') base = env.LOCALAPPDATA || ((home ??= safeHomedir()) && joinNames(home, 'AppData', 'Local'));
  else if (platform === 'darwin') base = (home ??= safeHomedir()) && joinNames(home, 'Library', 'Caches');
  else base = env.XDG_CACHE_HOME || ((home ??= safeHomedir()) && joinNames(home, '.cache'));
  return base ? joinNames(base, 'spo-shell', 'code-cache') : undefined;
}

/**
 * path.join(dir, ...names) for names that are plain file names. path.join normalises the whole path,
 * a character at a time; on Node 24 the paths normalised at start-up were enough for V8 to optimise
 * Node's normalizeString at every run (docs/startup.md, eighth round). A POSIX path that is absolute
 * and normal already is only concatenated (the same result); any other goes through path.join.
 */
function joinNames(dir, ...names) {
  // (No regular expression: compiling one costs more than the normalising it would save.)
  const normal = !dir.endsWith('/') && !dir.endsWith('/.') && !dir.endsWith('/..') && !dir.includes('//') && !dir.includes('/./') && !dir.includes('/../');
  if (path.sep === '/' && dir.startsWith('/') && normal) return `${dir}/${names.join('/')}`;
  return path.join(dir, ...names);
}

function safeHomedir() {
  // os.homedir() reads $HOME first on Unix; loading node:os only when it is unset saves a little.
  if (process.platform !== 'win32' && process.env.HOME) return process.env.HOME;
  try {
    return require('node:os').homedir();
  } catch {
    return undefined;
  }
}

// One buffer for every file read at start-up (a chunk's text, then its cache data): on this kind of
// machine each newly touched page of memory costs more than the copying (docs/startup.md). It is
// made twice the size asked for, because a chunk's cache data can be larger than its text (script.cjs's
// is, on Node 24) and a second buffer would be fresh memory again; pages never written are never
// touched, so the room costs nothing until used.
let scratch = Buffer.allocUnsafe(0);
function readInto(fd, length, position) {
  if (scratch.length < length) scratch = Buffer.allocUnsafe(2 * length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, scratch, done, length - done, position === undefined ? null : position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? scratch.subarray(0, length) : undefined;
}

/** A chunk's text (latin1: the build writes ASCII) with its size and modification time. */
function readChunk(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    const bytes = readInto(fd, stat.size);
    if (!bytes) throw new Error(`${file}: changed while read`);
    return { source: bytes.latin1Slice(0, bytes.length), size: stat.size, mtime: Math.trunc(stat.mtimeMs) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The cache file of one build: its index, read when first needed, and the data it hands out. */
class CodeCache {
  constructor(file) {
    this.file = file;
    this.index = undefined; // chunk name → { build, size, mtime, offset, length }
    this.made = new Map(); // chunk name → { script, entry } of chunks compiled this run
    this.stale = false; // a chunk had no usable data: the file is written again at exit
  }

  /** V8's data for a chunk (in the scratch buffer: used before the next read), or undefined. */
  dataFor(name, build, size, mtime) {
    let fd;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return undefined;
    }
    try {
      if (this.index === undefined) this.index = readIndex(fd) ?? null;
      const entry = this.index?.chunks[name];
      if (!entry || entry.build !== build || entry.size !== size || entry.mtime !== mtime) return undefined;
      return readInto(fd, entry.length, this.index.dataStart + entry.offset);
    } catch {
      return undefined;
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Records a compiled chunk; its data is written at exit when it had none or V8 refused it. */
  compiled(name, script, entry, usedCache) {
    this.made.set(name, { script, entry });
    if (!usedCache && !this.stale) {
      this.stale = true;
      process.once('exit', () => this.write());
    }
  }

  write() {
    try {
      const parts = [];
      const chunks = {};
      let offset = 0;
      const add = (name, entry, data) => {
        chunks[name] = { build: entry.build, size: entry.size, mtime: entry.mtime, offset, length: data.length };
        parts.push(data);
        offset += data.length;
      };
      for (const [name, { script, entry }] of this.made) add(name, entry, script.createCachedData());
      // Chunks this run did not load keep the data an earlier run made for them.
      const old = this.index ? readWhole(this.file) : undefined;
      for (const [name, entry] of Object.entries(this.index?.chunks ?? {})) {
        const start = this.index.dataStart + entry.offset;
        if (this.made.has(name) || !old || start + entry.length > old.length) continue;
        add(name, entry, old.subarray(start, start + entry.length));
      }
      const index = Buffer.from(JSON.stringify({ data: offset, chunks }), 'latin1');
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(MAGIC, 0);
      header.writeUInt32LE(index.length, 4);
      const dir = path.dirname(this.file);
      makeFolder(dir);
      const temporary = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, Buffer.concat([header, index, ...parts]), { mode: 0o600 });
      fs.renameSync(temporary, this.file);
      removeOldCaches(dir, this.file);
    } catch {
      // No cache this time (read-only or full disk, no home): the program ran all the same.
    }
  }
}

/**
 * Makes a folder and its missing parents one at a time. Node's own recursive mkdirSync never returns for
 * some paths it cannot make (`/proc/x`: SPO_CACHE_DIR pointed there spun at full CPU after the output).
 */
function makeFolder(dir) {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolder(parent);
  fs.mkdirSync(dir);
}

/** The index of an open cache file, or undefined when the file is not one whole cache file. */
function readIndex(fd) {
  const header = readInto(fd, HEADER, 0);
  if (!header || header.readUInt32LE(0) !== MAGIC) return undefined;
  const length = header.readUInt32LE(4);
  const size = fs.fstatSync(fd).size;
  if (HEADER + length > size) return undefined;
  const bytes = readInto(fd, length, HEADER);
  const index = bytes && JSON.parse(bytes.latin1Slice(0, length));
  // A file cut short (or grown) is not used at all. Offsets count from the end of the index.
  if (!index || typeof index.chunks !== 'object' || index.chunks === null || HEADER + length + index.data !== size) return undefined;
  index.dataStart = HEADER + length;
  return index;
}

function readWhole(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * V8 refuses data made with other flags, and the file is then written again: runs that alternate
 * (`node --trace-gc`, a NODE_OPTIONS set in one terminal only) would each rewrite it. So Node's
 * options, when there are any, name a file of their own (a short hash; nothing for plain `spo`).
 */
function flagsTag() {
  const flags = `${process.execArgv.join('\0')}\0${process.env.NODE_OPTIONS ?? ''}`;
  if (flags === '\0') return '';
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193);
  return `-f${(hash >>> 0).toString(16)}`;
}

/**
 * Loads and runs the bundle made by scripts/build.mjs, with the code cache when it can. The chunks'
 * import() calls of packages and of the console's main.js are __spoImport calls (scripts/build.mjs):
 * spoImport is bin/spo.js's import(), which resolves them from bin/ (this file is compiled without
 * a module loader of its own).
 */
function runCachedBundle(file, spoImport) {
  const dir = path.dirname(file);
  const entry = readChunk(file);
  const build = BUILD_LINE.exec(entry.source)?.[1];
  const cacheDir = process.env.NODE_DISABLE_COMPILE_CACHE || !build ? undefined : cacheDirectory();
  // The entry's size and modification time join the build: a bundle edited after the build is another file.
  const cache =
    cacheDir && new CodeCache(joinNames(cacheDir, `${path.basename(file, '.cjs')}-${build}-${entry.size}-${entry.mtime}-${process.version}-${process.arch}${flagsTag()}.v8`));
  const vm = require('node:vm');
  const { pathToFileURL } = require('node:url');
  let packageRequire;
  const modules = new Map();
  // esbuild gives each module of a chunk its own require() of the built-ins it imports (script.cjs
  // asks for node:fs 14 times); Node 22's require() of a built-in leaves ~900 bytes of young objects
  // per call, so each is asked of Node once (docs/startup.md, seventeenth round).
  const builtins = new Map();
  const chunkRequire = (specifier) => {
    if (specifier.startsWith('./')) return load(joinNames(dir, specifier.slice(2))); // script.cjs or a chunk
    if (specifier.startsWith('node:')) {
      let exports = builtins.get(specifier);
      if (exports === undefined) builtins.set(specifier, (exports = require(specifier)));
      return exports;
    }
    // Packages resolve from the bundle's folder, as the bundle's own require() would.
    return (packageRequire ??= require('node:module').createRequire(file))(specifier);
  };
  function load(chunkFile, read) {
    const known = modules.get(chunkFile);
    if (known) return known.exports;
    // Read only a chunk not loaded yet: every require() of a loaded chunk comes through here.
    read ??= readChunk(chunkFile);
    const module = { exports: {} };
    modules.set(chunkFile, module);
    const name = path.basename(chunkFile);
    const chunkBuild = BUILD_LINE.exec(read.source)?.[1];
    const cachedData = cache && chunkBuild ? cache.dataFor(name, chunkBuild, read.size, read.mtime) : undefined;
    const script = new vm.Script(read.source, { filename: chunkFile, cachedData });
    if (cache && chunkBuild) {
      cache.compiled(name, script, { build: chunkBuild, size: read.size, mtime: read.mtime }, cachedData !== undefined && !script.cachedDataRejected);
    }
    // import.meta.url (scripts/build.mjs): made when first read, as few chunks read it and
    // pathToFileURL normalises the whole path again.
    let url;
    const meta = {
      get url() {
        return (url ??= pathToFileURL(chunkFile).href);
      },
    };
    script.runInThisContext()(module.exports, chunkRequire, module, chunkFile, dir, spoImport, meta);
    return module.exports;
  }
  return load(file, entry);
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

module.exports = { runCachedBundle, joinNames };
