// Issue 11 item 2: script blocks and functions, checked against PowerShell 7.6.10's output, in-process.
import { test } from 'node:test';
import { functionCases } from './fixtures/conformance/functions.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of functionCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}
