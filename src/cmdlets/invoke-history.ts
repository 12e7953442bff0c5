// Invoke-History (`r`, `ihy`): runs an entry of the session history again: the last one, the one of an
// id, or the newest whose command line starts with the text given (case-sensitive). As pwsh 7.6.10's
// InvokeHistoryCommand, checked with the oracle: the command line is echoed on the host first; it runs
// in the caller's scope (variables it sets stay set); its output comes when it is done, the errors it
// writes come as they are written, as Invoke-History's (`Invoke-History: e`); a parse error
// is Invoke-History's statement-terminating error, a `throw` inside ends the script as it would have;
// and the input that ran Invoke-History is recorded in the history as the command line it ran.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock, type ScriptBlockRunner } from '../engine/script-block.js';
import type { ErrorRecord } from '../engine/errors.js';
import type { HistoryInfo } from '../engine/session-history.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { SourceMap } from '../engine/source-map.js';
import type { ScriptBlockAst } from '../language/ast.js';
import { parseScript } from '../language/parser.js';
import { CORE } from './modules.js';
import * as H from './history-errors.js';

/** Each run's -Id values (ValueFromPipelineByPropertyName may bind it once per input object). */
const given = new WeakMap<CmdletContext, string[]>();

export const invokeHistory = lazyCmdlet('Invoke-History', (): CmdletDefinition => ({
  name: 'Invoke-History',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeHistoryCommand',
  module: CORE,
  synopsis: 'Runs commands from the session history.',
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'Id',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: { position: 0, valueFromPipelineByPropertyName: true } },
      description: 'The id of the entry to run, or the start of its command line.',
    },
  ],
  process(ctx) {
    if (!ctx.params.has('Id')) return;
    const ids = given.get(ctx) ?? [];
    ids.push(ctx.params.get<string>('Id') ?? '');
    given.set(ctx, ids);
  },
  async end(ctx) {
    const ids = given.get(ctx) ?? [];
    if (ids.length > 1) {
      ctx.throwTerminatingError(H.argumentError(H.InvokeHistoryMultipleCommandsError, 'InvokeHistoryMultipleCommandsError', 'InvalidArgument', null));
    }
    const history = ctx.session.history;
    const entry = entryToInvoke(ctx, ids[0]);
    const commandLine = entry.get('CommandLine') as string;
    if (!(await cmdletShouldProcess(ctx, commandLine, 'Invoke-History'))) return;
    const id = Number(entry.get('Id'));
    if (history.isInvoking(id)) {
      ctx.throwTerminatingError({ message: H.InvokeHistoryLoopDetected, errorId: 'InvokeHistoryLoopDetected', category: 'InvalidOperation', exceptionType: 'InvalidOperationException', exceptionFullName: 'System.InvalidOperationException' });
    }
    history.invoking(id, true);
    try {
      history.replaceRunningCommandLine(commandLine);
      ctx.host.write('information', commandLine);
      for (const value of await run(ctx, commandLine)) ctx.writeObject(value, false);
    } finally {
      history.invoking(id, false);
    }
  },
}));

/** The entry that -Id names (a number is an id, other text the start of a command line), or the last one. */
function entryToInvoke(ctx: CmdletContext, id: string | undefined): HistoryInfo {
  const history = ctx.session.history;
  if (id === undefined) {
    const last = history.entries(1, true)[0];
    if (!last) ctx.throwTerminatingError({ message: H.NoLastHistoryEntryFound, errorId: 'InvokeHistoryNoLastHistoryEntryFound', category: 'InvalidOperation', exceptionType: 'InvalidOperationException', exceptionFullName: 'System.InvalidOperationException' });
    return last;
  }
  const number = asHistoryId(id);
  if (number === undefined) {
    const entries = history.entries(-1, false);
    for (let i = entries.length - 1; i >= 0; i--) if ((entries[i]!.get('CommandLine') as string).startsWith(id)) return entries[i]!;
    return ctx.throwTerminatingError(H.argumentError(H.NoHistoryForCommandline(id), 'InvokeHistoryNoHistoryForCommandline', 'ObjectNotFound', id));
  }
  if (number <= 0) {
    ctx.throwTerminatingError({
      message: `${H.InvalidIdGetHistory(number)} (Parameter 'Id')`,
      errorId: 'InvokeHistoryInvalidIdGetHistory',
      category: 'InvalidArgument',
      exceptionType: 'ArgumentOutOfRangeException',
      exceptionFullName: 'System.ArgumentOutOfRangeException',
      targetObject: number,
    });
  }
  const entry = history.get(number);
  if (!entry) return ctx.throwTerminatingError(H.noHistoryForId(number, 'InvokeHistoryNoHistoryForId'));
  return entry;
}

/** The text as an Int64 the way PowerShell converts a string to [long] (blanks around it, a sign, hex); undefined if it is not one. */
function asHistoryId(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return 0;
  if (/^[+-]?\d+$/.test(t)) return Number(t);
  if (/^[+-]?0x[0-9a-f]+$/i.test(t)) return (t.startsWith('-') ? -1 : 1) * Number(t.replace(/^[+-]/, ''));
  return undefined;
}

/** Runs the command line in the caller's scope, as pwsh's nested PowerShell in the current runspace does; its output, when done. */
async function run(ctx: CmdletContext, text: string): Promise<unknown[]> {
  const parsed = parseScript(text);
  const problem = parsed.errors[0];
  if (problem) {
    ctx.throwTerminatingError({ message: problem.message, errorId: problem.errorId, category: 'ParserError', exceptionType: 'ParseException', exceptionFullName: 'System.Management.Automation.ParseException' });
  }
  const runner = ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner | undefined;
  if (!runner) throw new Error('Invoke-History needs the shell that runs it');
  const ast: ScriptBlockAst = parsed.script.block ?? { text, attributes: [], blocks: { end: parsed.script.statements }, named: false, requires: [], usingNamespaces: [], span: { start: 0, end: text.length } };
  const output: unknown[] = [];
  // The errors it writes are Invoke-History's own (`Invoke-History: …` at the line that ran it), in order.
  let written: Promise<void> = Promise.resolve();
  const errors = (record: ErrorRecord) => {
    const spec = { message: record.message, errorId: record.errorId, category: record.category, exceptionType: record.exceptionType, exceptionFullName: record.exceptionFullName, targetObject: record.targetObject };
    written = written.then(() => ctx.writeError(spec));
  };
  try {
    await new ScriptBlock(ast, new SourceMap(text), runner).invoke({ dotSource: true, emit: (values) => void output.push(...values), errors }, ctx.signal);
  } finally {
    await written;
  }
  return output;
}
