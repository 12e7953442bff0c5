// §3 CommonParameters and preference variables, in-process.
import { test } from 'node:test';
import { commonParameterCases } from './fixtures/conformance/common.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of commonParameterCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}
