// Every conformance row that needs no scripted prompt answers, run as the real command line:
// `node bin/spo.js -c '<script>'`, comparing stdout, stderr and the exit status byte for byte.
// Build first: `node scripts/build.mjs`.
import { test } from 'node:test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { repoRoot } from './helpers/spo-process.js';
import { runCaseCli, title, type Case } from './fixtures/conformance/case.js';
import { languageCases } from './fixtures/conformance/language.js';
import { parseErrorCases } from './fixtures/conformance/parse-errors.js';
import { binderCases } from './fixtures/conformance/binder.js';
import { commonParameterCases, errorCases, formattingCases, docExampleCases } from './fixtures/conformance/common.js';

const tables: Record<string, Case[]> = {
  language: languageCases,
  'parse errors': parseErrorCases,
  binder: binderCases,
  'common parameters': commonParameterCases,
  errors: errorCases,
  formatting: formattingCases,
  'documentation examples': docExampleCases,
};

test('the command line is built', () => {
  assert.ok(existsSync(join(repoRoot, 'dist', 'bundle', 'main.js')), 'run `node scripts/build.mjs` first');
});

for (const [name, cases] of Object.entries(tables)) {
  // Two processes at a time: the suite runs on two cores.
  test(`spo -c: ${name}`, { concurrency: 2 }, async (t) => {
    const runs = cases.filter((c) => !c.inProcessOnly).map((c) => t.test(title(c), { skip: c.skip }, () => runCaseCli(c)));
    await Promise.all(runs);
  });
}
