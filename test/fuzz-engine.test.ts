// Issue 2 "Bad input": random and mutated lines through the tokenizer, the parser and
// Shell.run (TestHost: non-interactive, every prompt answered with end of input). Nothing may
// throw out of the engine, and whatever it prints must be PowerShell text, never a JS failure.
// Seeded: a failure names its seed and input so it can be replayed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { TestHost } from './helpers/test-host.js';
import { FuzzGenerator } from './fixtures/fuzz-generator.js';
import { fuzzOnce, type Failure } from './fixtures/fuzz-run.js';

const SEED = Number(process.env.SPO_FUZZ_SEED ?? 20260821);
const INPUTS = 3000;
const BUDGET_MS = 15_000;

test(`fuzz: ${INPUTS} generated inputs (seed ${SEED}) never throw or leak JavaScript errors`, async () => {
  const gen = new FuzzGenerator(SEED);
  const started = Date.now();
  const failures: Failure[] = [];
  let host = new TestHost({ interactive: false, answers: [] });
  let shell = new Shell({ host });
  let count = 0;
  for (; count < INPUTS && Date.now() - started < BUDGET_MS; count++) {
    // A fresh shell now and then: state carries over between inputs, but not forever.
    if (count % 100 === 0) {
      host = new TestHost({ interactive: false, answers: [] });
      shell = new Shell({ host });
    }
    const failure = await fuzzOnce(shell, host, gen.next());
    if (failure) failures.push(failure);
    if (failures.length >= 10) break;
  }
  assert.deepEqual(failures, [], `${failures.length} failing inputs (seed ${SEED}, after ${count} inputs)`);
  assert.ok(count >= 1000, `only ${count} inputs ran within ${BUDGET_MS} ms: the engine is too slow to fuzz`);
});

test('fuzz: the corpus itself runs without JavaScript failures', async () => {
  const gen = new FuzzGenerator(1);
  const failures: Failure[] = [];
  for (const line of [...gen.corpus, gen.corpus.join('\n')]) {
    const host = new TestHost({ interactive: false, answers: [] });
    const failure = await fuzzOnce(new Shell({ host }), host, line);
    if (failure) failures.push(failure);
  }
  assert.deepEqual(failures, []);
});
