// Build: transpile every source and test file to dist/ (for the test runner) and bundle the
// command line into dist/bundle/ (code-split, so Ink and msal-node load only when needed).
// Type checking is a separate step (`npm run typecheck`), run by `npm test`.
// `--package` (npm's prepack): only the bundle, into an emptied dist/bundle, so the tarball carries
// exactly this build's chunks.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
// require() for the bundled CommonJS dependencies, made on first call: importing node:module in
// every chunk would cost each start-up its loading, and most chunks never call it.
const REQUIRE_BANNER =
  "let __rq; const __req = () => (__rq ??= process.getBuiltinModule('node:module').createRequire(import.meta.url)); " +
  'const require = new Proxy(function require() {}, { apply: (_, self, args) => __req().apply(self, args), get: (_, key) => __req()[key] });';
const packaging = process.argv.includes('--package');
// `--keep-names`: the script bundle with its JS names as written (scripts/check-minified-names.mjs
// builds one to prove that minified names change nothing a user sees).
const keepNames = process.argv.includes('--keep-names');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });
if (packaging) rmSync(join(dist, 'bundle'), { recursive: true, force: true });
const sourceDirs = ['src', 'test', 'bench'];
// Transpiled files of renamed or deleted sources would stay behind (and the test runner would
// still run a renamed test's old copy): each build starts from empty folders. Removing a few
// hundred small files takes milliseconds.
if (!packaging) for (const d of sourceDirs) rmSync(join(dist, d), { recursive: true, force: true });
const files = packaging ? [] : sourceDirs.flatMap((d) => {
  try { return walk(join(root, d)); } catch { return []; }
});
if (files.length) await build({
  entryPoints: files,
  outdir: dist,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: 'inline',
  logLevel: 'warning',
});
// What both bundles share: code-split ES modules for Node 20, and the packages that stay outside them
// (msal-node, undici and conf load only when used).
const BUNDLE_OPTIONS = { bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', jsx: 'automatic', minifySyntax: true };
const EXTERNAL = ['@azure/msal-node', 'undici', 'conf', 'react-devtools-core', '@lydell/node-pty', '@xterm/headless', 'chalk'];
const bundled = await build({
  ...BUNDLE_OPTIONS,
  entryPoints: { main: join(root, 'src/main.ts') },
  outdir: join(dist, 'bundle'),
  // Ink and React are bundled into the lazily loaded console chunk (faster first frame).
  external: EXTERNAL,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  // esbuild's ESM output cannot use require(); a few CommonJS dependencies need it.
  banner: { js: REQUIRE_BANNER },
  metafile: true,
});
// The script bundle: the same program (src/main.ts) as CommonJS files, which bin/spo.js compiles
// with a V8 code cache (bin/code-cache.js) for `spo -c`, `-f` and piped scripts. The console is not
// in it: Ink and React come from the ES-module bundle above (main.ts hands an interactive terminal
// over to main.js before it does anything), so ui/run is a stub here. Packages stay external
// (node-forge too: loaded only when a certificate is read), so the files hold only this project's code.
// script.cjs holds what every script runs; each import() of the source (sign-in, the sandbox, help,
// settings ...) and the cmdlets are lazy chunks, script-<name>-<hash>.cjs, read, compiled and cached
// only by the runs that use them (below, and docs/startup.md). esbuild splits only ES modules, so
// every file is built as an ES module and then turned into CommonJS (commonJsChunk).
const consoleStub = {
  name: 'console-elsewhere',
  setup(b) {
    b.onResolve({ filter: /\/ui\/run\.js$/ }, () => ({ path: 'console-elsewhere', namespace: 'console-elsewhere' }));
    b.onLoad({ filter: /.*/, namespace: 'console-elsewhere' }, () => ({
      contents: "const elsewhere = () => { throw new Error('the console runs from dist/bundle/main.js'); }; export { elsewhere as bannerText, elsewhere as showPromptEarly, elsewhere as runConsole };",
      loader: 'js',
    }));
  },
};
// script.cjs is one file: every module a start needs, and nothing else. What loads later is a
// second build, the lazy chunks (script-<name>-<hash>.cjs): each import() of the source (sign-in,
// the sandbox, help, settings ...) and the built-in cmdlets, code-split among themselves as usual.
// Their imports of modules that script.cjs holds are read from script.cjs's own instances (never a
// second copy): script.cjs exports __spoShared(path), an object holding the names the lazy chunks
// import from that module (live: see sharedMember), made when a lazy chunk first asks. So a start
// reads, compiles and runs one file, with no chunk's export object to build (docs/startup.md,
// seventh round: esbuild's own splitting put the code shared by script.cjs and its lazy chunks in
// small chunks every start loaded, each with a getter per exported name).
//
// The built-in cmdlets (all but LAZY_CMDLETS_KEPT) are in a lazy chunk: a one-line script runs one
// of them, and compiling, caching and evaluating the other ~80 cost every start. The registry's
// import of each cmdlet module becomes a stand-in, a LazyCmdlet of the same name whose definition
// is the real one's (chunkCmdlet: found by its export's name, no closure per command), required from script-cmdlets-<hash>.cjs on the command's first lookup.
const LAZY_CMDLETS_KEPT = new Set(['write-output.ts']);
// esbuild names each source by its real path: src/ may be a link (scripts/check-minified-names.mjs
// builds in a folder whose src links to the checkout's), so the script build's paths start there.
const SRC = realpathSync(join(root, 'src'));
/** `src/...` for a source's real path, and back. */
const relative = (path) => `src${path.slice(SRC.length)}`;
const sourcePath = (rel) => join(SRC, rel.slice('src/'.length));
const CMDLETS_DIR = join(SRC, 'cmdlets');
const REGISTRY = join(CMDLETS_DIR, 'registry.ts');
const CMDLETS_CHUNK_PLACEHOLDER = './script-cmdlets.cjs';
/** Each cmdlet module the registry imports, deferred: its file and the LazyCmdlets it exports (export name → command name). */
const deferredCmdlets = new Map();
const lazyCmdletStandIns = {
  name: 'lazy-cmdlets',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      if (args.importer !== REGISTRY) return undefined;
      const file = join(CMDLETS_DIR, args.path.slice(2).replace(/\.js$/, '.ts'));
      if (LAZY_CMDLETS_KEPT.has(file.slice(CMDLETS_DIR.length + 1))) return undefined;
      const text = readFileSync(file, 'utf8');
      // A name is a single-quoted literal: Verb-Noun, or a function's name such as cd.., cd\ or cd~.
      const exported = new Map([...text.matchAll(/^export const (\w+) = lazyCmdlet\('((?:[\w.~-]|\\\\)+)',/gm)].map((m) => [m[1], m[2].replaceAll('\\\\', '\\')]));
      if (exported.size === 0) return undefined; // not a cmdlet module (names, module descriptions)
      // The stand-in has the LazyCmdlets only: the registry may import nothing else from the module.
      const statements = [...readFileSync(REGISTRY, 'utf8').matchAll(/^import \{([^}]*)\} from '([^']+)';$/gm)].filter((m) => m[2] === args.path);
      const imported = statements.flatMap((m) => m[1].split(',').map((name) => name.trim()).filter(Boolean));
      if (statements.length !== 1 || imported.some((name) => !exported.has(name))) throw new Error(`${REGISTRY}: the import of ${args.path} is not one import of its lazyCmdlet(...) constants`);
      // Deferred, its top level runs when the chunk loads, not at start: it must only declare
      // (a statement at the top level that is not a declaration would be a side effect moved in time).
      declarationsOnly(file, text, 'the cmdlets\' chunk');
      deferredCmdlets.set(file, new Map(imported.map((name) => [name, exported.get(name)])));
      return { path: file, namespace: 'lazy-cmdlet' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-cmdlet' }, (args) => ({
      contents:
        `import { chunkCmdlet } from ${JSON.stringify(join(SRC, 'engine/command-table.ts'))};\n` +
        `import { cmdletsChunk } from 'spo-cmdlets-chunk';\n` +
        [...deferredCmdlets.get(args.path)].map(([exportName, name]) => `export const ${exportName} = chunkCmdlet(${JSON.stringify(name)}, ${JSON.stringify(exportName)}, cmdletsChunk);\n`).join(''),
      loader: 'js',
      resolveDir: CMDLETS_DIR,
    }));
    b.onResolve({ filter: /^spo-cmdlets-chunk$/ }, () => ({ path: 'spo-cmdlets-chunk', namespace: 'lazy-cmdlet-chunk' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-cmdlet-chunk' }, () => ({
      contents: `let chunk; export const cmdletsChunk = () => (chunk ??= require(${JSON.stringify(CMDLETS_CHUNK_PLACEHOLDER)}));\n`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/script-cmdlets\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};
/** Stops the build if a module's top level holds a statement that is not a declaration: deferred, it would run only when `chunk` loads (a side effect moved in time). */
function declarationsOnly(file, text, chunk) {
  const statement = /^(?!import |export (?:const|let|function|async function|class|abstract class|type|interface|enum|\{|\*)|const |let |function |async function |class |type |interface |declare |\/\/|\/\*| |\*|\}|\)|\]|$)/m.exec(text);
  if (statement) throw new Error(`${file}: a top-level statement that is not a declaration (${JSON.stringify(text.slice(statement.index, statement.index + 40))}); it would run only when ${chunk} loads`);
}
// Modules a one-line script never runs (docs/startup.md, tenth round), kept out of script.cjs: the
// start-up build gets a stand-in holding, for each exported function, a binding that loads the
// module's lazy chunk on its first call and then points at the real function (a live binding, so
// every later call, and any comparison, sees the real one). The lazy chunks import the real module.
// String constants are copied. A class can be stood in for only where start-up code just constructs
// it or tests `instanceof` (no statics, no `extends` at a module's top level): listed here by name
// after review. `export { ... } from` lines are kept as they are (those modules stay in script.cjs).
// Any other export that a start-up module imports (an object constant, an unlisted class) makes
// esbuild stop the build. Only modules that ordinary scripts rarely reach are worth it: a script
// that loads the chunk pays more than the module cost in script.cjs (docs/startup.md, tenth round).
const LAZY_MODULES = new Map([
  ['engine/pipeline-binder.ts', ['PipelineBinder']],
  ['engine/completion.ts', []],
  ['engine/error-details.ts', []],
  ['engine/script-requirements.ts', []],
  ['engine/format-blocks.ts', []],
  ['engine/format-operator.ts', ['FormatStringError']],
  ['cmdlets/spo-cmdlet-names.ts', []],
  ['engine/xml/xml-document.ts', []],
  ['engine/psobject-api.ts', ['MemberInfo']],
  ['engine/list-methods.ts', []],
  // A script's classes: only scripts that define one run this.
  ['engine/class-definition.ts', []],
  // URL and HTML encoding (with HTML's entity table) and Stopwatch: only scripts that call them load them.
  ['engine/web-encoding.ts', []],
  ['engine/query-string-collection.ts', []],
  ['engine/stopwatch.ts', ['StopwatchValue']],
  ['engine/io-statics.ts', []],
  // BitConverter, the streams and the hash algorithms: only scripts that call them load them.
  ['engine/bytes.ts', []],
  ['engine/streams.ts', []],
  ['engine/text-streams.ts', []],
  ['engine/hash-algorithms.ts', []],
  // 41 KB of culture tables recorded from pwsh: only a culture's formatting or [cultureinfo] reads them.
  ['engine/culture-data.ts', []],
  ['engine/cultures.ts', ['CultureNotFound']],
  // 37 KB of .NET base classes and interfaces: only -is, a cast or a type literal beyond the main table reads them.
  ['engine/type-hierarchy-data.ts', []],
  // $ExecutionContext's intrinsics: only scripts that read it load them.
  ['engine/engine-intrinsics.ts', []],
  // $ShellId, $PROFILE and the other variables defined on first need (automatic-variables.ts).
  ['engine/seldom-read-variables.ts', []],
  // 120 KB of Get-Member rows recorded from pwsh: only Get-Member, a method group or a `::` completion reads them.
  ['engine/member-catalog.ts', []],
  ['engine/static-member-catalog.ts', []],
  ['engine/collection-members.ts', []],
  // [Convert]'s methods and StringBuilder's: only scripts that call them load them.
  ['engine/convert-statics.ts', []],
  ['engine/string-builder-methods.ts', []],
  // [System.Linq.Enumerable]'s methods and the Func delegates they run: only scripts that call them load them.
  ['engine/linq.ts', []],
  ['engine/linq-members.ts', []],
]);
/**
 * The lazy chunk of a module moved out with a stand-in: script-engine-<hash>.cjs, except for a module
 * that the others never need and that is large enough to cost them when it loads with them (the XML
 * types: a table printed by format-blocks should not load the XML parser; the `.psobject` API likewise).
 */
const LAZY_MODULE_CHUNKS = new Map([
  ['engine/xml/xml-document.ts', 'xml'],
  // `.psobject`'s member objects and collections: only scripts that read `.psobject` need them.
  ['engine/psobject-api.ts', 'psobject'],
  ['engine/class-definition.ts', 'classes'],
  // URL/HTML encoding and Stopwatch: the entity table should not load with the error views.
  ['engine/web-encoding.ts', 'dotnet-extras'],
  ['engine/stopwatch.ts', 'dotnet-extras'],
  ['engine/io-statics.ts', 'dotnet-extras'],
  ['engine/bytes.ts', 'dotnet-extras'],
  ['engine/streams.ts', 'dotnet-extras'],
  ['engine/text-streams.ts', 'dotnet-extras'],
  ['engine/hash-algorithms.ts', 'dotnet-extras'],
  ['engine/culture-data.ts', 'cultures'],
  ['engine/cultures.ts', 'cultures'],
  ['engine/engine-intrinsics.ts', 'intrinsics'],
  ['engine/seldom-read-variables.ts', 'intrinsics'],
  ['engine/member-catalog.ts', 'members'],
  ['engine/static-member-catalog.ts', 'members'],
  ['engine/collection-members.ts', 'members'],
  ['engine/convert-statics.ts', 'dotnet-extras'],
]);
const lazyGroupOf = (file) => LAZY_MODULE_CHUNKS.get(relative(file).slice('src/'.length)) ?? 'engine';
const lazyModuleEntries = new Set();
function standIn(file) {
  const path = relative(file);
  const text = readFileSync(file, 'utf8');
  const classes = LAZY_MODULES.get(path.slice('src/'.length));
  // Functions: declared, an arrow function constant, or a lazy() value (engine/lazy.ts: a function too).
  const functions = [...text.matchAll(/^export (?:(?:async )?function\*? ?([\w$]+)|const ([\w$]+)(?:: [^=]+)? = (?:(?:async )?\([^)]*\)(?:: [^=]+)? =>|lazy\())/gm)].map((m) => m[1] ?? m[2]);
  // A string constant is the same value in both copies: written into the stand-in as it is.
  const strings = [...text.matchAll(/^export const [\w$]+ = (?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*");$/gm)].map((m) => m[0]);
  const standInClasses = [...text.matchAll(/^export (?:abstract )?class ([\w$]+)/gm)].map((m) => m[1]).filter((name) => classes.includes(name));
  if (standInClasses.length !== classes.length) throw new Error(`${file}: not all of ${classes.join(', ')} are exported classes`);
  const names = [...functions, ...standInClasses];
  const reexports = [...text.matchAll(/^export \{[^}]*\} from '[^']+';$/gm)].map((m) => m[0]);
  // A class's stand-in constructs the real class, and answers `instanceof` after loading the module
  // (a lazy chunk may have made an instance without going through the stand-in); a primitive is
  // never an instance, so it loads nothing.
  return (
    `let m;\nconst load = () => { m = require(${JSON.stringify(`spo-lazy-module:${path}`)}); ${names.map((name) => `${name} = m.${name};`).join(' ')} };\n` +
    functions.map((name) => `export let ${name} = function () { if (m === undefined) load(); return ${name}.apply(this, arguments); };\n`).join('') +
    standInClasses.map((name) => `export let ${name} = function () { if (m === undefined) load(); return Reflect.construct(${name}, arguments); };\n` +
      `Object.defineProperty(${name}, Symbol.hasInstance, { value: (x) => (typeof x === 'object' || typeof x === 'function') && x !== null && (m === undefined && load(), x instanceof ${name}) });\n`).join('') +
    [...reexports, ...strings].join('\n')
  );
}
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: /^spo-lazy-module:/ }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /.*/ }, async (args) => {
      const file = await sourceFile(b, args);
      if (file === undefined || !LAZY_MODULES.has(file.slice(SRC.length + 1))) return undefined;
      if (args.kind !== 'import-statement') throw new Error(`${args.importer}: ${args.kind} of ${args.path}, which is kept out of script.cjs (only a static import gets its stand-in)`);
      lazyModuleEntries.add(file);
      return { path: file, namespace: 'lazy-module' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => ({ contents: standIn(args.path), loader: 'js', resolveDir: dirname(args.path) }));
  },
};
/** This project's source file an import names, or undefined (a package, Node's own, a stub). */
async function sourceFile(b, args) {
  if (args.pluginData?.inner || args.namespace !== 'file' || args.kind === 'entry-point') return undefined;
  const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inner: true } });
  if (found.errors.length || found.external || !found.path.startsWith(`${SRC}/`) || found.path.includes('/node_modules/')) return undefined;
  return found.path;
}
/** The import() calls of script.cjs: each module it names (spo-lazy:<path>) is a lazy chunk's entry. */
const lazyEntries = new Set();
const lazyImports = {
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = await sourceFile(b, args);
      if (file === undefined) return undefined;
      lazyEntries.add(file);
      return { path: `spo-lazy:${relative(file)}`, external: true };
    });
  },
};
const SCRIPT_OPTIONS = {
  ...BUNDLE_OPTIONS,
  outdir: join(dist, 'bundle'),
  entryNames: 'script-[name]-[hash]',
  chunkNames: 'script-[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  external: [...EXTERNAL, 'node-forge'],
  // import.meta.url is a getter: bin/code-cache.js makes the file: URL only when a chunk asks for it.
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__spoMeta.url' },
  // A quarter less text to read, and cache data to load, at each start (docs/startup.md, sixth
  // round). Names are minified too: nothing the program shows depends on a JS name (no
  // Function.name, constructor.name or stack trace reaches the user; scripts/check-minified-names.mjs
  // runs the conformance corpus through both builds and compares every output).
  minifyWhitespace: true,
  minifyIdentifiers: !keepNames,
  logLevel: 'warning',
  metafile: true,
  write: false,
};
const scriptEntry = (contents) => ({
  name: 'script-entry',
  setup(b) {
    b.onResolve({ filter: /^spo-script-entry$/ }, () => ({ path: 'spo-script-entry', namespace: 'spo-script-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'spo-script-entry' }, () => ({ contents, loader: 'js', resolveDir: root }));
  },
});
const startupOptions = (entry) => ({ ...SCRIPT_OPTIONS, splitting: false, entryNames: 'script', entryPoints: ['spo-script-entry'], plugins: [consoleStub, lazyCmdletStandIns, lazyImports, lazyModules, scriptEntry(entry)] });
const inputsOf = (result) => new Set(Object.values(result.metafile.outputs).flatMap((o) => Object.keys(o.inputs)).filter((i) => !i.includes(':')).map((i) => resolve(i)));
// 1. script.cjs alone: which modules it holds.
const first = await build(startupOptions(`import ${JSON.stringify(join(SRC, 'main.ts'))};\n`));
const held = inputsOf(first);
// 2. The lazy chunks: each import() of script.cjs, and the cmdlets. A module script.cjs holds is read from it (spo-shared:<path>).
const chunkName = (file) => {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.tsx?$/, '');
  return base === 'index' ? file.split('/').at(-2) : base;
};
const lazyPoints = { cmdlets: 'spo-cmdlets-entry' };
for (const file of lazyEntries) {
  if (lazyPoints[chunkName(file)]) throw new Error(`two lazy chunks named ${chunkName(file)}`);
  lazyPoints[chunkName(file)] = file;
}
// The modules kept out with stand-ins are one lazy entry, script-engine-<hash>.cjs, each module's
// exports as m<index>: one file each cost more than their text (docs/startup.md, tenth round).
const lazyModuleList = [...lazyModuleEntries].sort();
/** Each lazy-module chunk's modules, in the order of their m<index> exports. */
const lazyGroups = new Map();
for (const file of lazyModuleList) lazyGroups.set(lazyGroupOf(file), [...(lazyGroups.get(lazyGroupOf(file)) ?? []), file]);
for (const group of lazyGroups.keys()) {
  if (lazyPoints[group]) throw new Error(`two lazy chunks named ${group}`);
  lazyPoints[group] = `spo-engine-entry:${group}`;
}
const cmdletsEntry = [...deferredCmdlets].map(([file, exported]) => `export { ${[...exported.keys()].join(', ')} } from ${JSON.stringify(file)};\n`).join('');
const lazy = await build({
  ...SCRIPT_OPTIONS,
  entryPoints: lazyPoints,
  plugins: [consoleStub, {
    name: 'share-held-modules',
    setup(b) {
      b.onResolve({ filter: /^spo-cmdlets-entry$/ }, () => ({ path: 'spo-cmdlets-entry', namespace: 'spo-cmdlets-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'spo-cmdlets-entry' }, () => ({ contents: cmdletsEntry, loader: 'js', resolveDir: CMDLETS_DIR }));
      b.onResolve({ filter: /^spo-engine-entry:/ }, (args) => ({ path: args.path, namespace: 'spo-engine-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'spo-engine-entry' }, (args) => ({
        contents: lazyGroups.get(args.path.slice('spo-engine-entry:'.length)).map((file, i) => `export * as m${i} from ${JSON.stringify(file)};\n`).join(''),
        loader: 'js',
        resolveDir: SRC,
      }));
      b.onResolve({ filter: /.*/ }, async (args) => {
        const file = await sourceFile(b, args);
        if (file === undefined || !held.has(file)) return undefined;
        if (args.kind !== 'import-statement') throw new Error(`${args.importer}: ${args.kind} of ${args.path}, which script.cjs holds (only a static import can be shared)`);
        return { path: `spo-shared:${relative(file)}`, external: true };
      });
    },
  }],
});
// An import of a start-up module for its side effects only: done already (script.cjs ran first).
const lazyTexts = new Map(lazy.outputFiles.filter((f) => f.path.endsWith('.cjs')).map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f.text.replace(/\bimport"spo-shared:[^"]+";/g, '')]));
/** For each module script.cjs holds, the names the lazy chunks import from it. */
const sharedNames = new Map();
for (const [name, text] of lazyTexts) {
  const statements = [...text.matchAll(/import\{([^}]*)\}from"spo-shared:([^"]+)";/g)];
  // `import * as X`: every name the module exports (a module moved out with a stand-in may read a message table so).
  const namespaces = [...text.matchAll(/import\*as [\w$]+ from"spo-shared:([^"]+)";/g)];
  if ((text.match(/"spo-shared:/g)?.length ?? 0) !== statements.length + namespaces.length) throw new Error(`${name}: an import of a start-up module not in the form import{...}from"spo-shared:..." or import*as X from"spo-shared:..."`);
  for (const m of statements) {
    const names = sharedNames.get(m[2]) ?? new Set();
    for (const spec of m[1].split(',')) names.add(spec.trim().split(/\s+as\s+/)[0]);
    sharedNames.set(m[2], names);
  }
  for (const m of namespaces) {
    const names = sharedNames.get(m[1]) ?? new Set();
    const source = readFileSync(sourcePath(m[1]), 'utf8');
    if (/^export (?:\{|\*|default )/m.test(source)) throw new Error(`${name}: import * of ${m[1]}, whose exports the build reads only from declarations`);
    for (const e of source.matchAll(/^export (?:const|let|var|function|async function|class|abstract class) ([\w$]+)/gm)) names.add(e[1]);
    sharedNames.set(m[1], names);
  }
}
for (const names of sharedNames.values()) if (names.has('default')) throw new Error('a lazy chunk imports a start-up module\'s default export');
// 3. script.cjs again, now exporting __spoShared. A lazy chunk loads after script.cjs has run, so
// an export declared const, function or class has its final value then, and is handed out as that
// value; one that may still change (let, var, or anything the text below cannot tell) is a getter.
// (Hundreds of getters made when the cmdlets' chunk loads were enough to bring back a scavenge.)
function sharedMember(path, name, local) {
  const text = readFileSync(sourcePath(path), 'utf8');
  const fixed = new RegExp(`^export (?:const|function|async function|class|abstract class) ${name.replace(/\$/g, '\\$')}\\b`, 'm').test(text);
  return fixed ? `${name}: ${local}` : `get ${name}() { return ${local}; }`;
}
let n = 0;
const script = await build(startupOptions(
  `import ${JSON.stringify(join(SRC, 'main.ts'))};\n` +
  [...sharedNames].map(([path, names]) => `import { ${[...names].map((name) => `${name} as s${n++}`).join(', ')} } from ${JSON.stringify(sourcePath(path))};\n`).join('') +
  // A function declaration and a var: hoisted, so usable while main.ts's own top level runs.
  'var shared;\nexport function __spoShared(path) {\n  shared ??= {\n' +
  (n = 0, [...sharedNames].map(([path, names]) => `    ${JSON.stringify(path)}: { ${[...names].map((name) => sharedMember(path, name, `s${n++}`)).join(', ')} },\n`).join('')) +
  '  };\n  return shared[path];\n}\n',
));
const sameModules = (x, y) => x.size === y.size && [...x].every((m) => y.has(m));
if (!sameModules(inputsOf(script), held)) throw new Error('script.cjs: exporting the lazy chunks\' imports changed the modules it holds');
// Only chunks that call require() keep the banner: each createRequire costs start-up time, and
// the `spo -c` path loads several chunks that never need it.
for (const out of Object.keys(bundled.metafile.outputs)) {
  if (!out.endsWith('.js')) continue;
  const original = readFileSync(out, 'utf8');
  let text = original;
  const body = text.startsWith(REQUIRE_BANNER) ? text.slice(REQUIRE_BANNER.length) : undefined;
  if (body !== undefined && !/\brequire\b/.test(body)) text = body.replace(/^\n/, '');
  // esbuild writes code as ASCII (\u escapes) but keeps comments as written; one `→` in a comment
  // makes Node decode and V8 scan the whole chunk as two-byte text. Comments only, so the escape
  // changes nothing that runs.
  text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (text !== original) writeFileSync(out, text);
}
// Each script chunk becomes one CommonJS function expression, the whole file:
//   // spo-build <hash of the text>
//   (function (exports, require, module, __filename, __dirname, __spoImport, __spoMeta) {"use strict";...})
// bin/code-cache.js compiles the text as it is read (a wrapper added there would make V8 copy the
// whole text once more) and runs it with a require() that loads the sibling chunks. The first line
// names the build, so a code cache is never used for other text (V8 itself only compares the length).
// import(): a chunk's import("./script-x.cjs") becomes a require() of that chunk a tick later; the
// others (packages, and the console's main.js) go through __spoImport, which bin/spo.js
// passes in: import() inside a vm.Script needs a loader that Node 20-24 still call experimental
// (and warn about). Every import() in the text must be one of those: a rewritten string would
// change a message, so any other count stops the build.
const CHUNK_WRAPPER = '(function (exports, require, module, __filename, __dirname, __spoImport, __spoMeta) {"use strict";';
/** An ES-module chunk of the script build as the one function expression bin/code-cache.js runs (above). */
async function commonJsChunk(name, esm, dynamicImports) {
  // As for the ES-module bundle: comments may hold non-ASCII text; escaped, they change nothing that runs.
  let text = esm.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const calls = text.match(/\bimport\(/g)?.length ?? 0;
  const computed = text.match(/\bimport\(new URL\(/g)?.length ?? 0;
  if (calls !== dynamicImports + computed) throw new Error(`${name}: ${calls} import( in the text, ${dynamicImports + computed} import() calls`);
  text = text.replace(/\bimport\((?=new URL\(|"(?!\.\/script-))/g, '__spoImport(');
  // A chunk: loaded by bin/code-cache.js's require(), after a tick as import() would.
  text = text.replace(/\bimport\(("\.\/script-[\w-]+\.cjs")\)/g, 'Promise.resolve().then(() => require($1))');
  text = (await transform(text, { format: 'cjs', platform: 'node', target: 'node20', minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: !keepNames, logLevel: 'warning' })).code;
  // esbuild's CommonJS exports copy the module's export object (one getter per name, ~120 names in
  // the chunks a one-line script loads) into a second object marked __esModule. The chunks are read
  // only by each other's require() (named members, never a default import), so the export object,
  // whose getters are already live bindings, is handed out as it is: 40-50 KB fewer young objects
  // at every start (docs/startup.md, sixth round).
  const toCommonJs = /(?:\bvar |,)([\w$]+)=([\w$]+)=>[\w$]+\([\w$]+\(\{\},"__esModule",\{value:!0\}\),\2\)/.exec(text)?.[1];
  if (toCommonJs) {
    const call = new RegExp(`module\\.exports=${toCommonJs.replace(/\$/g, '\\$')}\\(([\\w$]+)\\)`);
    if (!call.test(text)) throw new Error(`${name}: CommonJS exports not in the form the build expects`);
    text = text.replace(call, 'module.exports=$1');
  }
  if (/\bimport\(/.test(text)) throw new Error(`${name}: an import() that is not a chunk, a package or new URL(...)`);
  // bin/code-cache.js reads it as latin1 (faster than UTF-8), which only ASCII text survives.
  if (/[^\x00-\x7f]/.test(text)) throw new Error(`${name}: not ASCII`);
  text = `${CHUNK_WRAPPER}${text}\n})`;
  return `// spo-build ${createHash('sha256').update(text).digest('hex').slice(0, 20)}\n${text}`;
}
const dynamicImportsOf = (metafile, name) => {
  const output = metafile.outputs[Object.keys(metafile.outputs).find((o) => o.endsWith(`/${name}`))];
  return output.imports.filter((i) => i.kind === 'dynamic-import').length;
};
const bundleDir = join(dist, 'bundle');
mkdirSync(bundleDir, { recursive: true });
/** The lazy chunk that a module is the entry of. */
const lazyChunkOf = new Map(Object.entries(lazy.metafile.outputs).filter(([, o]) => o.entryPoint).map(([o, { entryPoint }]) => [entryPoint.startsWith('spo-cmdlets-entry') ? 'cmdlets' : entryPoint.startsWith('spo-engine-entry') ? entryPoint.slice(entryPoint.lastIndexOf(':') + 1) : relative(resolve(entryPoint)), o.slice(o.lastIndexOf('/') + 1)]));
const lazyChunk = (path) => {
  const chunk = lazyChunkOf.get(path);
  if (!chunk) throw new Error(`script.cjs: no lazy chunk for ${path}`);
  return JSON.stringify(`./${chunk}`);
};
// What leaves script.cjs with a stand-in (the module and what only it imports) runs when its chunk
// loads: it must only declare.
const seen = new Set();
for (const file of lazyModuleList) {
  const visit = (input) => {
    if (seen.has(input)) return;
    seen.add(input);
    declarationsOnly(resolve(input), readFileSync(resolve(input), 'utf8'), `its lazy chunk (moved out of script.cjs with ${relative(file)})`);
    for (const i of lazy.metafile.inputs[input].imports) if (!i.external && lazy.metafile.inputs[i.path]) visit(i.path);
  };
  visit(Object.keys(lazy.metafile.inputs).find((i) => resolve(i) === file));
}
const written = new Set();
for (const [name, esm] of lazyTexts) {
  let text = await commonJsChunk(name, esm, dynamicImportsOf(lazy.metafile, name));
  const requires = text.match(/\brequire\("spo-shared:/g)?.length ?? 0;
  if (requires !== (text.match(/spo-shared:/g)?.length ?? 0)) throw new Error(`${name}: the start-up modules' imports are not require("spo-shared:...") calls`);
  // One require() of script.cjs for the chunk (each require() call costs a path.join), then one call per import.
  text = text.replace(/\brequire\("spo-shared:([^"]+)"\)/g, (_, path) => `__spoShared(${JSON.stringify(path)})`);
  if (requires) {
    if (!text.includes(CHUNK_WRAPPER) || /\b__spoShared\b/.test(esm)) throw new Error(`${name}: not in the form the build expects for __spoShared`);
    text = text.replace(CHUNK_WRAPPER, `${CHUNK_WRAPPER}const __spoShared=require("./script.cjs").__spoShared;`);
  }
  // The build line, made again over the final text.
  text = text.slice(text.indexOf('\n') + 1);
  writeFileSync(join(bundleDir, name), `// spo-build ${createHash('sha256').update(text).digest('hex').slice(0, 20)}\n${text}`);
  written.add(join(bundleDir, name));
}
{
  if (script.outputFiles.filter((f) => f.path.endsWith('.cjs')).length !== 1) throw new Error('script.cjs: more than one file');
  const file = script.outputFiles.find((f) => f.path.endsWith('/script.cjs'));
  let esm = file.text;
  const placeholder = JSON.stringify(CMDLETS_CHUNK_PLACEHOLDER);
  if (esm.split(placeholder).length !== 2) throw new Error('script.cjs: the cmdlets\' chunk is not required exactly once');
  esm = esm.replace(placeholder, lazyChunk('cmdlets'));
  const stoodIn = new Set();
  esm = esm.replace(/"spo-lazy-module:([^"]+)"\)/g, (_, path) => {
    const file = sourcePath(path);
    stoodIn.add(file);
    return `${lazyChunk(lazyGroupOf(file))}).m${lazyGroups.get(lazyGroupOf(file)).indexOf(file)}`;
  });
  if (!sameModules(stoodIn, lazyModuleEntries)) throw new Error('script.cjs: its stand-ins\' require() calls are not the ones the build made');
  const imported = new Set();
  esm = esm.replace(/\bimport\("spo-lazy:([^"]+)"\)/g, (_, path) => (imported.add(sourcePath(path)), `import(${lazyChunk(path)})`));
  if (!sameModules(imported, lazyEntries) || esm.includes('spo-lazy:')) throw new Error('script.cjs: its import() calls are not the ones the build found');
  writeFileSync(file.path, await commonJsChunk('script.cjs', esm, dynamicImportsOf(script.metafile, 'script.cjs')));
  written.add(file.path);
}
// console-start.cjs: bin/spo.js requires it to draw the console's banner and prompt before it imports
// main.js (src/ui/early-prompt.ts). CommonJS, so no ES-module loader starts before the prompt shows, and
// only the lines that draw it: anything more it came to import would delay every console's prompt
// (docs/startup.md, fifteenth round), so the build refuses it.
{
  const EARLY_PROMPT_SOURCES = ['src/ui/early-prompt.ts', 'src/engine/built-in-prompt.ts'];
  const outfile = join(bundleDir, 'console-start.cjs');
  const early = await build({
    entryPoints: [join(root, 'src/ui/early-prompt.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
  });
  const extra = Object.keys(early.metafile.inputs).filter((p) => !EARLY_PROMPT_SOURCES.some((s) => p.endsWith(s)));
  if (extra.length) throw new Error(`console-start.cjs must draw the prompt without the program, but it imports ${extra.join(', ')}`);
  written.add(outfile);
}
// Chunk names carry content hashes, so each build leaves the previous chunks behind. A running
// `spo` may still load one of them lazily (Ink, msal), so only chunks that this build did not
// write and that are over ten minutes old are removed.
for (const p of Object.keys(bundled.metafile.outputs)) written.add(resolve(p)); // relative to the cwd
for (const name of readdirSync(bundleDir)) {
  const path = join(bundleDir, name);
  if (!written.has(path) && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { force: true });
}
