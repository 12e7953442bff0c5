// The documentation's PowerShell examples are real input for the shell: every ```powershell block in
// README.md and docs/*.md parses (a documentation prompt such as `PS C:\> ` removed, as the shell
// removes it), and docs/language.md's everyday-cmdlets example runs as printed, against the files it
// names, without an error (issue 11: "each example in docs/language.md runs").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScript } from '../src/language/parser.js';
import { repoRoot, runSpo } from './helpers/spo-process.js';

const pages = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function powershellBlocks(page: string): string[] {
  const text = readFileSync(join(repoRoot, page), 'utf8');
  return [...text.matchAll(/^```(?:powershell|pwsh|ps1)\n([\s\S]*?)^```/gm)].map((m) => m[1]!.replace(/^PS [^>\n]*> /gm, ''));
}

test('every PowerShell example in README.md and docs/ parses', () => {
  let blocks = 0;
  const failures: string[] = [];
  for (const page of pages) {
    for (const code of powershellBlocks(page)) {
      blocks++;
      const { errors } = parseScript(code);
      if (errors.length) failures.push(`${page}: ${JSON.stringify(code.slice(0, 100))}: ${errors[0]!.message}`);
    }
  }
  assert.ok(blocks > 100, `expected the cmdlet pages' examples, found ${blocks} blocks`);
  assert.deepEqual(failures, []);
});

test("docs/language.md's everyday-cmdlets example runs as printed", async () => {
  const [example] = powershellBlocks('docs/language.md').filter((b) => b.includes('Import-Csv ./sites.csv'));
  assert.ok(example, 'the example is in docs/language.md');
  const home = mkdtempSync(join(tmpdir(), 'spo-docs-example-'));
  try {
    mkdirSync(join(home, 'reports'));
    writeFileSync(join(home, 'reports', 'sites.csv'), 'Url,Owner,Storage\nhttps://contoso.sharepoint.com/sites/hr,megan@contoso.com,10\n');
    writeFileSync(join(home, 'reports', 'settings.json'), '{ "tenant": "contoso", "limit": 3 }');
    writeFileSync(join(home, 'example.ps1'), example);
    const r = await runSpo(['-f', join(home, 'example.ps1')], { env: { HOME: home, USERPROFILE: home, NO_COLOR: '1' }, cwd: home });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    // As pwsh 7.6.10 prints it for the same files (the date aside).
    const log = join(home, 'reports', 'run.log');
    assert.equal(
      r.stdout.replace(/^\d{4}-\d{2}-\d{2}$/m, '<date>'),
      `\ntenant  limit\n------  -----\ncontoso     3\n<date>\nTranscript started, output file is ./run.log\nTranscript stopped, output file is ${log}\n\n`,
    );
    assert.equal(readFileSync(join(home, 'reports', 'owners.csv'), 'utf8'), '"Url","Owner"\n"https://contoso.sharepoint.com/sites/hr","megan@contoso.com"\n');
    assert.ok(existsSync(join(home, 'reports', 'run.log')), 'the transcript is written next to the reports');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
