#!/usr/bin/env node
// The `spo` command. Start-up is most of what a short command costs (issue 14; docs/startup.md has
// the figures), so this file does as little as it can before the program. It is CommonJS
// (bin/package.json): an ES-module entry would make Node start its ES-module loader first.
// - The plain console (`spo`, `spo --sandbox` in a terminal) draws its banner and prompt before the
//   engine is loaded (dist/bundle/console-start.cjs: CommonJS, so Node's ES-module loader starts
//   only after the prompt shows), then loads the ES-module bundle (dist/bundle/main.js; Ink and
//   React in chunks); src/main.ts finds the prompt already shown.
//   Node 22.1+ caches the compiled modules between runs: in <os tmpdir>/node-compile-cache, or
//   where NODE_COMPILE_CACHE points; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// - Everything else (`-c`, `-f`, a script on stdin, --version, --help) runs dist/bundle/script.cjs,
//   the same program without the console, compiled with a V8 code cache (bin/code-cache.js). An
//   argument list that reaches the console there after all (`spo -NoLogo` in a terminal) is handed
//   to main.js before anything runs.
'use strict';
const path = require('node:path');

const args = process.argv.slice(2);
const sandbox = args.length === 1 && args[0] === '--sandbox';
if ((args.length === 0 || (sandbox && !process.env.SPO_SANDBOX_FAULTS?.trim())) && process.stdin.isTTY && process.stdout.isTTY) {
  if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();
  let version = '0.0.0';
  try {
    version = JSON.parse(require('node:fs').readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version ?? version;
  } catch {
    // As src/main.ts: an unreadable package.json shows 0.0.0.
  }
  const bundle = path.join(__dirname, '..', 'dist', 'bundle');
  try {
    const { bannerText, showPromptEarly } = require(path.join(bundle, 'console-start.cjs'));
    showPromptEarly(sandbox, bannerText(version, sandbox));
  } catch (error) {
    process.stderr.write(`spo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(70);
  }
  import(require('node:url').pathToFileURL(path.join(bundle, 'main.js')).href)
    .catch((error) => {
      process.stderr.write(`spo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(70);
    });
} else {
  // The loader is read and compiled here, not require()d: Node's module loader would resolve its
  // path (stat, realpath, the package.json scope) and normalise it, which on Node 24 was the last
  // straw for V8 to optimise Node's normalizeString at every start (docs/startup.md, eighth round).
  // __dirname is absolute and normal already.
  const loaderFile = `${__dirname}${path.sep}code-cache.js`;
  const loader = { exports: {} };
  const params = ['exports', 'require', 'module', '__filename', '__dirname'];
  require('node:vm').compileFunction(require('node:fs').readFileSync(loaderFile, 'utf8'), params, { filename: loaderFile })(loader.exports, require, loader, loaderFile, __dirname);
  const { runCachedBundle, joinNames } = loader.exports;
  // import() as this file's: the chunks' imports of packages and of main.js resolve from bin/.
  runCachedBundle(joinNames(path.dirname(__dirname), 'dist', 'bundle', 'script.cjs'), (specifier) => import(specifier));
}
