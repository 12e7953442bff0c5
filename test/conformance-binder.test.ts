// §1 parameter binding (Appendix A messages), in-process.
import { test } from 'node:test';
import { binderCases } from './fixtures/conformance/binder.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of binderCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}
