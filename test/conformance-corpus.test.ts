// The conformance corpus (test/conformance/): every case run through spo and compared with what
// PowerShell 7.6.10 printed (recorded by `npm run conformance:record`), after the one normalisation in
// corpus.ts. Every case runs in-process (Shell + TestHost at pwsh's redirected width); cases that need a
// file, stdin, an interactive host, `exit`, or are flagged `process` also run as the real `spo` process.
// A difference fails unless the case is in deviations.txt (a reason a PowerShell user would accept) or
// pending.txt (the issue that will fix it); a listed case that matches fails too, so the lists stay honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { routeHostsTo, resetRouting } from '../src/net/routing.js';
import { runInShell, runSpo } from './helpers/spo-process.js';
import { inCaseDir } from './conformance/case-dir.js';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { areas, loadArea, loadExpected, loadList, needsOwnProcess, normalise, WIDTH, type CorpusCase, type Outcome } from './conformance/corpus.js';

const NON_ERROR_STREAMS = ['output', 'warning', 'verbose', 'debug', 'information', 'prompt', 'readLine'] as const;

async function inProcess(c: CorpusCase): Promise<Outcome> {
  // In the case directory, as pwsh ran it: files a case writes (Out-File, `>`) land there, not in the checkout.
  const r = await inCaseDir({}, async (dir) => {
    const host = new TestHost({ answers: c.stdin === undefined ? [] : c.stdin.split('\n'), interactive: !c.nonInteractive, width: WIDTH });
    const shell = new Shell({ host, commands: builtinCommandTable() });
    shell.session.location = dir;
    return runInShell(c.script, { host, shell });
  });
  return {
    stdout: normalise(r.text(...NON_ERROR_STREAMS)),
    stderr: normalise(r.err),
    exit: r.result.exitCode ?? (r.result.success ? 0 : 1),
  };
}

async function asProcess(c: CorpusCase): Promise<Outcome> {
  const args: string[] = [];
  if (c.nonInteractive) args.push('-NonInteractive');
  if (c.mode === '-f') args.push('-f', 'case.ps1');
  else args.push('-c', c.script);
  // The same working directory the recorder gives pwsh, so paths in messages agree.
  const files: Record<string, string> = c.mode === '-f' ? { 'case.ps1': c.script } : {};
  const r = await inCaseDir(files, (cwd) => runSpo(args, { cwd, stdin: c.stdin, env: { NO_COLOR: '1' } }));
  return { stdout: normalise(r.stdout), stderr: normalise(r.stderr), exit: r.code ?? -1 };
}

/**
 * DESIGN.md's exit status for a script file: `spo -f` exits 1 when the file's last statement failed, where
 * pwsh -File (whose exit the corpus recorded) exits 0 (docs/language.md, "Exit status"). When spo's file
 * run exits 1 against pwsh's 0, the same script run in-process says whether its last statement failed
 * ($? false, -c's rule): then spo's 1 counts as matching pwsh's recorded 0, and only then.
 */
async function fileExitByDesign(c: CorpusCase, actual: Outcome, want: Outcome | undefined): Promise<Outcome> {
  if (c.mode !== '-f' || !want || want.exit !== 0 || actual.exit !== 1) return actual;
  return (await inProcess(c)).exit === 1 ? { ...actual, exit: 0 } : actual;
}

function differs(actual: Outcome, expected: Outcome): string | undefined {
  for (const k of ['stdout', 'stderr', 'exit'] as const) {
    if (actual[k] !== expected[k]) return `${k}: expected ${JSON.stringify(expected[k])}\n${' '.repeat(k.length)}  actual   ${JSON.stringify(actual[k])}`;
  }
  return undefined;
}

// A case whose binding succeeds in spo but not in PowerShell would start a sign-in: every https request of
// the in-process runs goes to a closed port on 127.0.0.1, so it fails at once and nothing leaves the machine.
// (Corpus cases that run as processes never reach a sign-in.)
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
test.before(async () => routeHostsTo({ port: await closedPort(), caPem: '', hosts: /./ }));
// CONFORMANCE_REPORT=<file>: write every differing case (listed or not) as JSON, for triage
// (scripts/conformance-pending.mjs turns it into pending entries).
const report: Array<{ id: string; script: string; expected: Outcome; actual: Outcome }> = [];
test.after(() => {
  resetRouting();
  if (process.env.CONFORMANCE_REPORT) writeFileSync(process.env.CONFORMANCE_REPORT, JSON.stringify(report, null, 1));
});

const deviations = loadList('deviations.txt');
const pending = loadList('pending.txt');
const processId = (c: CorpusCase) => `${c.id} [process]`;

test('the deviation and pending lists name cases that exist, with a reason or an issue', () => {
  const ids = new Set(areas().flatMap((a) => loadArea(a).flatMap((c) => [c.id, processId(c)])));
  for (const [id, e] of deviations) {
    assert.ok(ids.has(id), `deviations.txt names no case: ${id}`);
    assert.ok(e.text.length > 10, `deviations.txt: ${id} needs a reason`);
    assert.ok(!pending.has(id), `${id} is both a deviation and pending`);
  }
  for (const [id, e] of pending) {
    assert.ok(ids.has(id), `pending.txt names no case: ${id}`);
    assert.ok(e.issue !== undefined && e.text.length > 5, `pending.txt: ${id} needs an issue number and a description`);
  }
});

for (const area of areas()) {
  test(`conformance corpus: ${area}`, async (t) => {
    const cases = loadArea(area);
    const expected = loadExpected(area);
    const problems: string[] = [];
    let passed = 0;
    let ran = 0;
    const check = (id: string, actual: Outcome, c: CorpusCase) => {
      ran++;
      const want = expected[c.name];
      if (!want) {
        problems.push(`${id}: not recorded (run npm run conformance:record -- ${area})`);
        return;
      }
      const diff = differs(actual, want);
      if (!diff) passed++;
      else report.push({ id, script: c.script, expected: want, actual });
      const listed = deviations.get(id) ?? pending.get(id);
      if (diff && !listed) problems.push(`${id} (test/conformance/cases/${area}.ps1:${c.line}) differs from PowerShell:\n  ${diff}`);
      if (!diff && pending.has(id)) problems.push(`${id} now matches PowerShell: remove from pending (test/conformance/pending.txt)`);
      if (!diff && deviations.has(id)) problems.push(`${id} now matches PowerShell: remove from deviations (test/conformance/deviations.txt)`);
    };
    for (const c of cases) {
      if (c.mode === '-c' && !needsOwnProcess(c)) check(c.id, await inProcess(c), c);
    }
    for (const c of cases) {
      if (needsOwnProcess(c) || c.process) check(needsOwnProcess(c) ? c.id : processId(c), await fileExitByDesign(c, await asProcess(c), expected[c.name]), c);
    }
    t.diagnostic(`${area}: ${passed}/${ran} match PowerShell (${((100 * passed) / Math.max(1, ran)).toFixed(1)}%)`);
    assert.deepEqual(problems, [], problems.join('\n\n'));
  });
}
