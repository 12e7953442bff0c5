// Build: transpile every source and test file to dist/ (for the test runner) and bundle the
// command line into dist/bundle/ (code-split, so Ink and msal-node load only when needed).
// Type checking is a separate step (`npm run typecheck`), run by `npm test`.
// `--package` (npm's prepack): only the bundle, into an emptied dist/bundle, so the tarball carries
// exactly this build's chunks.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  // console-start: bin/spo.js draws the console's prompt with it before main.js loads (the same
  // module that main.js imports, so the prompt is drawn once).
  entryPoints: { main: join(root, 'src/main.ts'), 'console-start': join(root, 'src/ui/run.tsx') },
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
// It is code-split like main.js: script.cjs holds what every script runs, and each import() of the
// source (sign-in, the sandbox, help, formatting ...) is a chunk of its own, script-<name>-<hash>.cjs,
// read, compiled and cached only by the runs that use it (docs/startup.md). esbuild splits only ES
// modules, so the chunks are built as ES modules and each is then turned into CommonJS (below).
const SCRIPT_BUNDLE = join(dist, 'bundle', 'script.cjs');
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
const script = await build({
  ...BUNDLE_OPTIONS,
  entryPoints: { script: join(root, 'src/main.ts') },
  outdir: join(dist, 'bundle'),
  chunkNames: 'script-[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  external: [...EXTERNAL, 'node-forge'],
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__spoModuleUrl' },
  plugins: [consoleStub],
  // A quarter less text to read, and cache data to load, at each start (docs/startup.md, sixth
  // round). Names are minified too: nothing the program shows depends on a JS name (no
  // Function.name, constructor.name or stack trace reaches the user; scripts/check-minified-names.mjs
  // runs the conformance corpus through both builds and compares every output).
  minifyWhitespace: true,
  minifyIdentifiers: !keepNames,
  logLevel: 'warning',
  metafile: true,
  write: false,
});
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
//   (function (exports, require, module, __filename, __dirname, __spoImport, __spoModuleUrl) {"use strict";...})
// bin/code-cache.js compiles the text as it is read (a wrapper added there would make V8 copy the
// whole text once more) and runs it with a require() that loads the sibling chunks. The first line
// names the build, so a code cache is never used for other text (V8 itself only compares the length).
// import(): a chunk's import("./script-x.cjs") becomes a require() of that chunk a tick later; the
// others (packages, and the console's main.js) go through __spoImport, which bin/code-cache.js
// passes in: import() inside a vm.Script needs a loader that Node 20-24 still call experimental
// (and warn about). Every import() in the text must be one of those: a rewritten string would
// change a message, so any other count stops the build.
const CHUNK_WRAPPER = '(function (exports, require, module, __filename, __dirname, __spoImport, __spoModuleUrl) {"use strict";';
for (const file of script.outputFiles) {
  if (!file.path.endsWith('.cjs')) continue;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  // As for the ES-module bundle: comments may hold non-ASCII text; escaped, they change nothing that runs.
  let text = file.text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const calls = text.match(/\bimport\(/g)?.length ?? 0;
  const output = script.metafile.outputs[Object.keys(script.metafile.outputs).find((o) => o.endsWith(`/${name}`))];
  const dynamicImports = output.imports.filter((i) => i.kind === 'dynamic-import').length;
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
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, `// spo-build ${createHash('sha256').update(text).digest('hex').slice(0, 20)}\n${text}`);
}
// Chunk names carry content hashes, so each build leaves the previous chunks behind. A running
// `spo` may still load one of them lazily (Ink, msal), so only chunks that this build did not
// write and that are over ten minutes old are removed.
const written = new Set([...Object.keys(bundled.metafile.outputs), ...Object.keys(script.metafile.outputs)].map((p) => resolve(p))); // relative to the cwd
const bundleDir = join(dist, 'bundle');
for (const name of readdirSync(bundleDir)) {
  const path = join(bundleDir, name);
  if (!written.has(path) && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { force: true });
}
