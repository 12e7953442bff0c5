// The import graph of src/ (docs/architecture.md): no cycle between files, and every import
// between folders runs down the layer order. Static imports, `export … from`, and dynamic
// `import()` all count; type-only imports count too (a type cycle is still a design cycle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/**
 * The layers, lowest first (docs/architecture.md keeps the same table). A file may import files of
 * its own folder and of folders on a LOWER layer only; folders on one layer do not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['host', 'net', 'cli'], // the outside world: terminal/console host, HTTP transport, argv
  ['language', 'config', 'certificates'], // pure parsing; settings file (reads host's colour names); PKCS#12/X.509 files and stores
  ['engine'], // binder, evaluator, command processor/runtime, completion, formatting
  ['auth', 'help', 'sandbox'], // sign-in and CSOM; help pages; the local tenant emulation
  ['cmdlets'], // one file per command; declares and delegates to auth/help
  ['readline'], // line-editor state machine, key table, history, highlighting
  ['ui'], // Ink/React console
  ['main.ts'], // composition root: hands the built-in commands to the engine
];

/** Packages that only ui/ (and host/ink-host.ts, loaded lazily by ui) may import. */
const UI_PACKAGES = /^(react|ink|ink-[\w-]+|@inkjs\/[\w-]+)(\/|$)/;
const NO_UI_FOLDERS = new Set(['language', 'engine', 'auth', 'readline', 'cmdlets', 'help', 'net', 'config', 'sandbox', 'cli']);


function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file names: import/export … from, bare import, import(). */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** A relative specifier (`./x.js`) as the src-relative path of the .ts/.tsx file it names. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  for (const ext of ['.ts', '.tsx']) if (existsSync(base + ext)) return relative(SRC, base + ext);
  return undefined;
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);
const layerOf = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));

const files = sourceFiles(SRC);
const graph = new Map<string, string[]>();
const packages = new Map<string, string[]>();
for (const path of files) {
  const file = relative(SRC, path);
  const specs = specifiers(readFileSync(path, 'utf8'));
  graph.set(file, [...new Set(specs.map((s) => resolveLocal(path, s)).filter((x): x is string => x !== undefined))]);
  packages.set(file, specs.filter((s) => !s.startsWith('.')));
}

test('the import parser sees static, re-exported, type-only and dynamic imports', () => {
  assert.deepEqual(
    specifiers(`import a from './a.js';\nimport type { B } from "./b.js";\nexport { c } from './c.js';\nimport {\n  d,\n} from './d.js';\nimport './e.js';\nconst f = await import('./f.js');\n// import x from './commented.js';`).sort(),
    ['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js'],
  );
  assert.ok(graph.get('main.ts')?.includes('ui/run.tsx'), 'main.ts loads ui/run.tsx with import()');
});

test('every folder of src/ has a place in the layer table', () => {
  const folders = [...new Set([...graph.keys()].map(folderOf))].sort();
  assert.deepEqual(folders.filter((f) => layerOf(f) < 0), []);
});

test('no import runs up the layers or sideways between folders of one layer', () => {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (from !== to && layerOf(to) >= layerOf(from)) wrong.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('no import cycle between files', () => {
  // Tarjan's strongly connected components; a component of two or more files is a cycle.
  let index = 0;
  const stack: string[] = [];
  const state = new Map<string, { index: number; low: number; onStack: boolean }>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    const s = { index, low: index, onStack: true };
    index++;
    state.set(v, s);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      const t = state.get(w);
      if (!t) {
        visit(w);
        s.low = Math.min(s.low, state.get(w)!.low);
      } else if (t.onStack) s.low = Math.min(s.low, t.index);
    }
    if (s.low === s.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        state.get(w)!.onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!state.has(v)) visit(v);
  assert.deepEqual(cycles, []);
});

test('language, engine, auth, readline and the other plain layers never import React or Ink', () => {
  const wrong: string[] = [];
  for (const [file, specs] of packages) {
    if (NO_UI_FOLDERS.has(folderOf(file))) for (const s of specs) if (UI_PACKAGES.test(s)) wrong.push(`${file} -> ${s}`);
  }
  assert.deepEqual(wrong, []);
});
