// §5.4 output formatting and the documentation examples up to signing in, in-process.
import { test } from 'node:test';
import { docExampleCases, formattingCases } from './fixtures/conformance/common.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of [...formattingCases, ...docExampleCases]) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}
