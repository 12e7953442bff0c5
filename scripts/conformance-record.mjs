// `npm run conformance:record [-- <area> ...] [--verify N]`: runs the conformance corpus through real
// PowerShell 7.6.10 and rewrites test/conformance/expected/<area>.json. A development tool: npm test never
// needs pwsh.
//
// pwsh runs as spo runs: output redirected (no terminal, so its width is 80, the width the compare test
// gives spo), NO_COLOR=1 (PlainText rendering), -NoProfile -NonInteractive, and the oracle stub of
// Microsoft.Online.SharePoint.PowerShell (test/conformance/stub/SpoStub.cs) found through PSModulePath.
// Plain -c cases run many to a pwsh process (test/conformance/recorder/, see conformance-pwsh.mjs); -f,
// stdin, interactive and `exit` cases get a process each. `--verify N` also runs N batched cases as their
// own `pwsh -c` process and reports any whose batched recording differs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OracleError, prepareOracle, root, runBatches, runSingle, VERSION } from './conformance-pwsh.mjs';

function fail(message) {
  process.stderr.write(`conformance:record: ${message}\n`);
  process.exit(2);
}

let oracle;
try {
  oracle = prepareOracle();
} catch (e) {
  if (e instanceof OracleError) fail(e.message);
  throw e;
}

if (spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' }).status !== 0) fail('the build failed.');
const corpus = await import(join(root, 'dist/test/conformance/corpus.js'));
const argv = process.argv.slice(2);
const verifyAt = argv.indexOf('--verify');
const verifyCount = verifyAt >= 0 ? Number(argv.splice(verifyAt, 2)[1]) : 0;
const all = corpus.areas();
for (const a of argv) if (!all.includes(a)) fail(`no area '${a}' (areas: ${all.join(', ')}).`);
const areaNames = argv.length ? argv : all;
const cases = areaNames.flatMap((a) => corpus.loadArea(a));

const started = Date.now();
const results = new Map();
const norm = (o) => ({ stdout: corpus.normalise(o.stdout), stderr: corpus.normalise(o.stderr), exit: o.exit });
const batch = cases.filter((c) => !corpus.needsOwnProcess(c));
const single = cases.filter((c) => corpus.needsOwnProcess(c));
try {
  const outcomes = await runBatches(oracle, batch.map((c) => c.script));
  batch.forEach((c, i) => results.set(c.id, norm(outcomes[i])));
  // One at a time: they share the working directory, whose path can appear in messages.
  for (const c of single) results.set(c.id, norm(await runSingle(oracle, c)));
  if (verifyCount > 0) {
    const step = Math.max(1, Math.floor(batch.length / verifyCount));
    const sample = batch.filter((_, i) => i % step === 0).slice(0, verifyCount);
    let same = 0;
    for (const c of sample) {
      const own = norm(await runSingle(oracle, c));
      if (JSON.stringify(own) === JSON.stringify(results.get(c.id))) same++;
      else process.stderr.write(`batch differs from pwsh -c: ${c.id}\n  batch:   ${JSON.stringify(results.get(c.id))}\n  pwsh -c: ${JSON.stringify(own)}\n`);
    }
    process.stderr.write(`Verified ${sample.length} batched cases against their own pwsh -c process: ${same} identical.\n`);
    if (same !== sample.length) process.exitCode = 1;
  }
} catch (e) {
  if (e instanceof OracleError) fail(e.message);
  throw e;
}

for (const area of areaNames) {
  const out = {};
  for (const c of cases.filter((x) => x.area === area)) out[c.name] = results.get(c.id);
  mkdirSync(join(root, 'test/conformance/expected'), { recursive: true });
  writeFileSync(corpus.expectedPath(area), JSON.stringify(out, null, 1) + '\n');
}
process.stderr.write(`Recorded ${cases.length} cases in ${areaNames.length} area(s) with PowerShell ${VERSION} ` +
  `(${batch.length} batched, ${single.length} as their own process) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
