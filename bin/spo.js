#!/usr/bin/env node
// The `spo` command. Start-up is most of what a short command costs (issue 14), so this file does
// as little as it can before the bundle (docs/startup.md has the figures):
// - The plain console (`spo`, `spo --sandbox` in a terminal) draws its banner and prompt before the
//   engine is loaded (dist/bundle/console-start.js), then loads the ES-module bundle
//   (dist/bundle/main.js, Ink and React in chunks); src/main.ts finds the prompt already shown.
//   Node 22.1+ caches its compiled code between runs: in <os tmpdir>/node-compile-cache, or where
//   NODE_COMPILE_CACHE points; NODE_DISABLE_COMPILE_CACHE=1 turns it off. On Node 20 node:module
//   is not loaded for it at all (it costs milliseconds).
// - Everything else (`-c`, `-f`, a script on stdin, --version, --help) runs dist/bundle/script.cjs,
//   the same program without the console, compiled with a V8 code cache (bin/code-cache.js). An
//   argument list that still reaches the console there (`spo -NoLogo` in a terminal) is handed to
//   main.js before anything runs.
// Built-in modules are taken with process.getBuiltinModule: importing node:fs as an ES module makes
// Node load its streams too.
const args = process.argv.slice(2);
const sandbox = args.length === 1 && args[0] === '--sandbox';
if ((args.length === 0 || (sandbox && !process.env.SPO_SANDBOX_FAULTS?.trim())) && process.stdin.isTTY && process.stdout.isTTY) {
  if (Number(process.versions.node.split('.')[0]) >= 22) process.getBuiltinModule('node:module').enableCompileCache?.();
  let version = '0.0.0';
  try {
    version = JSON.parse(process.getBuiltinModule('node:fs').readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version ?? version;
  } catch {
    // As src/main.ts: an unreadable package.json shows 0.0.0.
  }
  const { bannerText, showPromptEarly } = await import('../dist/bundle/console-start.js');
  showPromptEarly(sandbox, bannerText(version, sandbox));
  await import('../dist/bundle/main.js');
} else {
  const { runCachedBundle } = await import('./code-cache.js');
  runCachedBundle(process.getBuiltinModule('node:url').fileURLToPath(new URL('../dist/bundle/script.cjs', import.meta.url)));
}
