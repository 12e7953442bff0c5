// Start-up benchmark: time from spawn to a visible `spo>` prompt in a real pseudo-terminal (the output
// chunk that holds it),
// side by side with `node -e 0` (spawn to exit). Medians of N runs after a warm-up.
//
//   node scripts/build.mjs && node dist/bench/startup-prompt.js [runs]
//
// Measured: (a) node -e 0; (b) the built `bin/spo.js` (the product, when src/main.ts routes a TTY
// to the console); (c) the console alone (bench/ui-fixture) bundled two ways — packages external
// (as scripts/build.mjs does today) and ink/react bundled in — for both "prompt visible" and
// "Ink's first frame" (the status line drawn).

import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnPty } from '../test/helpers/pty.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.argv[2] ?? 11);
const env = { CI: undefined, NO_COLOR: undefined };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeTo(args: string[], until: (text: string) => boolean): Promise<number> {
  const start = performance.now();
  const session = spawnPty(process.execPath, args, { env, cwd: root });
  if (args[0] === '-e') {
    await session.exited(10_000);
  } else {
    // Timed as the output arrives (polling the screen would round every figure to 20 ms steps).
    const seen = session.waitForOutput((raw) => until(withoutEscapes(raw)), 10_000, 'the prompt');
    seen.catch(() => undefined);
    const ended = session.exited(10_000).then(() => undefined, () => undefined);
    const at = await Promise.race([seen, ended]);
    if (at === undefined) throw new Error(`the program ended without a prompt:\n${await session.text()}`);
    return finish(session, at - start);
  }
  return finish(session, performance.now() - start);
}

/** The program's output without its escape sequences (colours, cursor moves). */
function withoutEscapes(raw: string): string {
  return raw.replace(/\x1b\[[0-9;?]*[ -\/]*[@-~]/g, '');
}

async function finish(session: ReturnType<typeof spawnPty>, elapsed: number): Promise<number> {
  session.write('\x04');
  await session.exited(5_000).catch(() => session.kill());
  return elapsed;
}

async function measure(label: string, args: string[], until: (text: string) => boolean): Promise<number> {
  await timeTo(args, until); // warm-up (file cache)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeTo(args, until));
  const m = median(times);
  console.log(`${label.padEnd(58)} median ${m.toFixed(0).padStart(4)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  return m;
}

async function bundleFixture(dir: string, external: boolean): Promise<string> {
  const outdir = join(dir, external ? 'external' : 'bundled');
  await build({
    entryPoints: { fixture: join(root, 'bench/ui-fixture.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    minifySyntax: true,
    logLevel: 'error',
    ...(external
      ? { packages: 'external' as const }
      : { external: ['react-devtools-core', 'node-pty'], define: { 'process.env.NODE_ENV': '"production"' } }),
    outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // Node resolves bare imports of the external variant from here.
  writeFileSync(join(outdir, 'package.json'), '{"type":"module"}');
  return join(outdir, 'fixture.mjs');
}

const promptVisible = (text: string) => /spo( \[sandbox\])?>/.test(text);
const firstFrame = (text: string) => /Not connected|Connected to/.test(text);

// Under node_modules (so the external variant resolves ink and react) but outside dist/, which
// any concurrent build wipes.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'spo-startup-'));
try {
  const external = await bundleFixture(dir, true);
  const bundled = await bundleFixture(dir, false);
  const base = await measure('node -e 0 (spawn to exit)', ['-e', '0'], () => true);
  const rows: Array<[string, number]> = [];
  try {
    rows.push(['bin/spo.js --sandbox: spo> visible', await measure('bin/spo.js --sandbox: prompt visible', [join(root, 'bin/spo.js'), '--sandbox'], promptVisible)]);
    rows.push(['bin/spo.js --sandbox: first Ink frame', await measure('bin/spo.js --sandbox: first Ink frame', [join(root, 'bin/spo.js'), '--sandbox'], firstFrame)]);
  } catch (error) {
    // The command line may not route a terminal to the console yet; the console figures stand alone.
    console.log(`bin/spo.js --sandbox: not measurable (${String((error as Error).message).split('\n').slice(0, 3).join(' | ')})`);
  }
  rows.push(['console, packages external: prompt', await measure('console, packages external: prompt visible', [external], promptVisible)]);
  rows.push(['console, packages external: frame', await measure('console, packages external: first Ink frame', [external], firstFrame)]);
  rows.push(['console, ink+react bundled: prompt', await measure('console, ink+react bundled: prompt visible', [bundled], promptVisible)]);
  rows.push(['console, ink+react bundled: frame', await measure('console, ink+react bundled: first Ink frame', [bundled], firstFrame)]);
  console.log('\nratio to node -e 0:');
  for (const [label, ms] of rows) console.log(`  ${label.padEnd(42)} ${(ms / base).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
