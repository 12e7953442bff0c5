// Triage for the conformance corpus: reads the report the compare test writes
// (CONFORMANCE_REPORT=/tmp/r.json npm test -- conformance-corpus) and prints, for every differing case that
// is not a deviation, a pending.txt line `<id> | #<issue> | <kind>: <first difference>`; with --summary,
// the kinds of difference by frequency, with an example case each. `--write` rewrites pending.txt.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const reportPath = args.find((a) => !a.startsWith('--'));
if (!reportPath) {
  process.stderr.write('usage: node scripts/conformance-pending.mjs <report.json> [--summary] [--write]\n');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const listed = (file) =>
  new Map(readFileSync(`${root}test/conformance/${file}`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => [l.split(' | ')[0].trim(), l]));
const deviations = listed('deviations.txt');

/** The issue that owns a difference: Connect-SPOService's four sets and Read-Host are issue 10, control flow 11, the rest the engine work of issue 9. */
function issueOf(f) {
  if (f.id.startsWith('control-flow/')) return 11;
  if (f.id.startsWith('connect-binder/') || /Connect-SPOService|Read-Host/.test(f.script)) return 10;
  return 9;
}

const clip = (s, n = 70) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const lines = (s) => s.split('\n');

function classify(f) {
  const E = f.expected, A = f.actual;
  if (E.stderr !== A.stderr) {
    if (!E.stderr.trim()) {
      const first = lines(A.stderr).find((l) => /^\s+\| [^~]/.test(l)) ?? lines(A.stderr)[0];
      const what = /not supported by spo-shell|Unexpected token/.test(A.stderr) ? 'spo rejects with a ParserError what PowerShell runs'
        : /Unable to find type/.test(A.stderr) ? 'spo does not know a type PowerShell has'
        : /does not contain a method|cannot be found on this object|not recognized as a name/.test(A.stderr) ? 'spo lacks a method, property or command PowerShell has'
        : /A parameter cannot be found/.test(A.stderr) ? 'spo rejects a parameter PowerShell accepts'
        : 'spo writes an error where PowerShell writes none';
      return [what, clip(first.replace(/^\s+\| /, ''))];
    }
    if (!A.stderr.trim()) return ['spo writes no error where PowerShell writes one', clip(lines(E.stderr)[0])];
    if (A.stderr === E.stderr + '\n' || A.stderr.replace(/\n\n/g, '\n') === E.stderr.replace(/\n\n/g, '\n')) return ['extra blank line after a ConciseView error block', clip(lines(E.stderr)[0])];
    const e = lines(E.stderr), a = lines(A.stderr);
    const i = e.findIndex((l, k) => l !== a[k]);
    const el = e[i] ?? '', al = a[i] ?? '';
    if (/^\s*\|\s*~/.test(el) && /^\s*\|\s*~/.test(al)) return ['error position/extent (~~~) differs', `${JSON.stringify(el.trim())} vs ${JSON.stringify(al.trim())}`];
    const ec = /^([A-Za-z-]+):/.exec(el)?.[1], ac = /^([A-Za-z-]+):/.exec(al)?.[1];
    if (ec && ac && ec !== ac) return [`ConciseView label differs: ${ec} vs ${ac}`, clip(al)];
    if (/ParserError/.test(A.stderr) && !/ParserError/.test(E.stderr)) return ['spo reports a ParserError where PowerShell parses', clip(a.find((l) => /^\s+\| [^~]/.test(l)) ?? al)];
    // Group by the shape of the two messages (quoted names and values left out).
    const shape = (l) => clip(l.replace(/^[\w-]+: /, '').replace(/'[^']*'|"[^"]*"|\[[^\]]*\]/g, '…'), 45);
    return [`error text differs: «${shape(el)}» vs «${shape(al)}»`, `${JSON.stringify(clip(el, 60))} vs ${JSON.stringify(clip(al, 60))}`];
  }
  if (E.stdout !== A.stdout) {
    const e = lines(E.stdout), a = lines(A.stdout);
    const i = e.findIndex((l, k) => l !== a[k]);
    const el = e[i] ?? '', al = a[i] ?? '';
    if (/^System\.[\w.[\]]+$/.test(el) && /^System\.[\w.[\]]+$/.test(al)) return ['result type differs', `${el} vs ${al}`];
    if (!el.trim() || !al.trim()) return ['output layout (blank lines/grouping) differs', `line ${i + 1}: ${JSON.stringify(clip(el, 40))} vs ${JSON.stringify(clip(al, 40))}`];
    return ['output differs', `expected ${JSON.stringify(clip(el, 60))} got ${JSON.stringify(clip(al, 60))}`];
  }
  return ['exit status differs', `${E.exit} vs ${A.exit}`];
}

const out = [];
const kinds = new Map();
for (const f of report) {
  if (deviations.has(f.id)) continue;
  const [kind, detail] = classify(f);
  const issue = issueOf(f);
  out.push(`${f.id} | #${issue} | ${kind}: ${detail}`);
  const k = kinds.get(kind) ?? { n: 0, example: f, detail, areas: new Map() };
  k.n++;
  const area = f.id.split('/')[0];
  k.areas.set(area, (k.areas.get(area) ?? 0) + 1);
  kinds.set(kind, k);
}
if (args.includes('--summary')) {
  for (const [kind, k] of [...kinds].sort((x, y) => y[1].n - x[1].n)) {
    const areas = [...k.areas].sort((x, y) => y[1] - x[1]).map(([a, n]) => `${a} ${n}`).join(', ');
    console.log(`${k.n}\t${kind} [${areas}]\n\te.g. ${k.example.id}: ${JSON.stringify(k.example.script).slice(0, 90)} — ${k.detail}`);
  }
} else if (args.includes('--write')) {
  const header = `# Cases that differ from PowerShell today because the engine is wrong or a feature is missing.
# One a line: <area>/<case> | #<issue that will fix it> | <kind of difference>: <first difference>.
# Generated by scripts/conformance-pending.mjs from the compare test's report; a case that starts matching
# fails npm test until its line is removed. Issue 10: Connect-SPOService's four sets and Read-Host;
# issue 11: control flow; issue 9: the engine differences this corpus found.
`;
  writeFileSync(`${root}test/conformance/pending.txt`, header + out.sort().join('\n') + '\n');
  console.log(`pending.txt: ${out.length} entries`);
} else console.log(out.join('\n'));
