// Issue 2 "Bad input": random and mutated lines through the tokenizer, the parser and
// Shell.run (TestHost: non-interactive, every prompt answered with end of input). Nothing may
// throw out of the engine or hang it, and whatever it prints must be PowerShell text, never a
// JavaScript failure. Runs in a worker so a hang is reported with its input. Seeded: a failure
// names its seed and input (replay with SPO_FUZZ_SEED).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shell } from '../src/engine/shell.js';
import { builtinCommandTable } from '../src/cmdlets/registry.js';
import { TestHost } from './helpers/test-host.js';
import { FuzzGenerator } from './fixtures/fuzz-generator.js';
import { fuzzOnce, runFuzz, type Failure } from './fixtures/fuzz-run.js';

const SEED = Number(process.env.SPO_FUZZ_SEED ?? 20260821);
const INPUTS = 3000;
const BUDGET_MS = 15_000;

test(`fuzz: ${INPUTS} generated inputs (seed ${SEED}) never throw, hang or leak JavaScript errors`, async () => {
  const { count, failures } = await runFuzz({ seed: SEED, count: INPUTS, budgetMs: BUDGET_MS, stallMs: 5_000, maxFailures: 5 });
  assert.deepEqual(failures, [], `${failures.length} failing inputs (seed ${SEED}, after ${count} inputs)`);
  assert.ok(count >= 1000, `only ${count} inputs ran within ${BUDGET_MS} ms: the engine is too slow to fuzz`);
});

test('fuzz: the corpus itself runs without JavaScript failures', async () => {
  const gen = new FuzzGenerator(1);
  const failures: Failure[] = [];
  for (const line of [...gen.corpus, gen.corpus.join('\n')]) {
    const host = new TestHost({ interactive: false, answers: [] });
    const failure = await fuzzOnce(new Shell({ host, commands: builtinCommandTable() }), host, line);
    if (failure) failures.push(failure);
  }
  assert.deepEqual(failures, []);
});
