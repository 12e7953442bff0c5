// The console with a minimal echo engine: used by the UI benchmarks to measure the console's own
// start-up and rendering without the language engine. `exit` ends it; any other line is echoed.

import { runConsole } from '../src/ui/run.js';
import { Session } from '../src/engine/session.js';
import type { ShellEngine, RunResult } from '../src/engine/api.js';
import type { Host } from '../src/host/host.js';

class EchoEngine implements ShellEngine {
  readonly session = new Session();
  constructor(readonly host: Host) {}
  async run(text: string): Promise<RunResult> {
    const exit = /^exit(?:\s+(\d+))?$/.exec(text.trim());
    if (exit) return { success: true, exitCode: Number(exit[1] ?? 0) };
    this.host.write('output', text);
    return { success: true };
  }
  readsAsCommand(): boolean {
    return true;
  }
  isIncomplete(): boolean {
    return false;
  }
  complete(_text: string, cursor: number) {
    return { replacementIndex: cursor, replacementLength: 0, matches: [] };
  }
}

const code = await runConsole({
  createEngine: (host) => new EchoEngine(host),
  settings: { editMode: 'Windows', historySize: 4096, colors: {} },
  version: '0.0.0',
  // The resize tests' terminal (xterm.js in the test process) answers the cursor report late when
  // the machine is loaded; a guess after 250 ms left a stray prompt row (issue 12.10).
  cursorReportTimeoutMs: 10_000,
});
process.exit(code);
