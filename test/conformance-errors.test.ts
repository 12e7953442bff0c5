// §2 error views, flow, $? and $Error, in-process.
import { test } from 'node:test';
import { errorCases } from './fixtures/conformance/common.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of errorCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}
