// §4 tokenizer/parser rules, run in-process (Shell + TestHost); the same rows run through
// `spo -c` in e2e-conformance.test.ts.
import { test } from 'node:test';
import { languageCases } from './fixtures/conformance/language.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of languageCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}
