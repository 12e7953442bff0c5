// §4 + Appendix A ParserStrings: parse errors as ConciseView prints them, in-process.
// The parser's own verdicts and the tokenizer are in conformance-tokenizer.test.ts.
import { test } from 'node:test';
import { parseErrorCases } from './fixtures/conformance/parse-errors.js';
import { runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of parseErrorCases) {
  test(title(c), { skip: c.skip }, () => runCaseInShell(c));
}

