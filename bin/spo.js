#!/usr/bin/env node
// The `spo` command. Start-up is most of what a short command costs (issue 14), so this file does
// as little as it can before the bundle:
// - Node 22.1+ caches compiled code between runs: in <os tmpdir>/node-compile-cache, or where
//   NODE_COMPILE_CACHE points; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no cache, and
//   there node:module is not loaded at all (it costs milliseconds). The bundle is imported
//   afterwards (dynamically), so that it is compiled with the cache on.
// - The plain console (`spo`, `spo --sandbox` in a terminal) draws its banner and prompt before the
//   engine is loaded; src/main.ts then finds the prompt already shown (showPromptEarly runs once).
//   Only argument lists that certainly reach the console take this path: everything else, and any
//   case in which src/main.ts would print something first, goes through src/main.ts alone.
import { readFileSync } from 'node:fs';

if (Number(process.versions.node.split('.')[0]) >= 22) (await import('node:module')).default.enableCompileCache?.();

const args = process.argv.slice(2);
const sandbox = args.length === 1 && args[0] === '--sandbox';
if ((args.length === 0 || (sandbox && !process.env.SPO_SANDBOX_FAULTS?.trim())) && process.stdin.isTTY && process.stdout.isTTY) {
  let version = '0.0.0';
  try {
    version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version ?? version;
  } catch {
    // As src/main.ts: an unreadable package.json shows 0.0.0.
  }
  const { bannerText, showPromptEarly } = await import('../dist/bundle/console-start.js');
  showPromptEarly(sandbox, bannerText(version, sandbox));
}
await import('../dist/bundle/main.js');
