// Control flow (if, loops, switch, labels, break/continue/return, try/catch/finally, trap, $?,
// ++/--) against pwsh 7.6.10's own output: in-process and as `spo -c`.
import { test } from 'node:test';
import { flowCases } from './fixtures/conformance/flow.js';
import { runCaseCli, runCaseInShell, title } from './fixtures/conformance/case.js';

for (const c of flowCases) {
  test(title(c), () => runCaseInShell(c));
}

// The process adds start-up, exit status and stream separation; a sample keeps the suite quick.
for (const c of flowCases.filter((_, i) => i % 8 === 0 || /exit|break;|return;|trap .*break/.test(_.script))) {
  test(`spo -c: ${title(c)}`, () => runCaseCli(c));
}
