// Measure-Command: runs a script block and writes how long it took, as a TimeSpan. The block runs in
// the caller's scope (pwsh's useLocalScope: false, so `Measure-Command { $x = 1 }` leaves $x set), once
// per pipeline object with $_ set to it (once, with the caller's $_, without input); its output is
// discarded, its errors are written as they happen, and one TimeSpan covers all the runs.

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { unwrap } from '../engine/convert.js';
import { ScriptBlock } from '../engine/script-block.js';
import { TimeSpanValue } from '../engine/timespan.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { asScriptBlock } from './param-builders.js';

const SCRIPT_BLOCK = 'System.Management.Automation.ScriptBlock';

/** Nanoseconds spent in the block so far, per invocation. */
const elapsed = new WeakMap<CmdletContext, bigint>();

export const measureCommand = lazyCmdlet('Measure-Command', (): CmdletDefinition => ({
  name: 'Measure-Command',
  implementingType: 'Microsoft.PowerShell.Commands.MeasureCommandCommand',
  module: UTILITY,
  synopsis: 'Measures the time it takes to run script blocks and cmdlets.',
  parameters: [
    {
      name: 'InputObject',
      kind: 'object',
      typeName: 'System.Management.Automation.PSObject',
      sets: { [ALL_SETS]: { valueFromPipeline: true } },
      allowNull: true,
      description: 'The objects the script block runs for, each as $_.',
    },
    {
      name: 'Expression',
      kind: 'object',
      typeName: SCRIPT_BLOCK,
      sets: { [ALL_SETS]: { position: 0, mandatory: true } },
      coerce: asScriptBlock,
      description: 'The script block to time; its output is discarded.',
    },
  ],
  begin(ctx) {
    elapsed.set(ctx, 0n);
  },
  async process(ctx) {
    const block = unwrap(ctx.params.get('Expression')) as ScriptBlock;
    const start = process.hrtime.bigint();
    try {
      // Output goes nowhere (pwsh pipes it to a null pipe); errors and host text show as they come.
      // $_ is the object (from the pipeline or -InputObject), else the caller's; $input is empty.
      const item = ctx.hasInput ? { value: ctx.input } : ctx.params.has('InputObject') ? { value: ctx.params.get('InputObject') } : undefined;
      await block.invoke({ dotSource: true, dollarUnder: item, input: [], emit: () => undefined, anonymousInvocation: true }, ctx.signal);
    } finally {
      elapsed.set(ctx, (elapsed.get(ctx) ?? 0n) + process.hrtime.bigint() - start);
    }
  },
  end(ctx) {
    // .NET's ticks are 100 ns.
    ctx.writeObject(new TimeSpanValue(Number((elapsed.get(ctx) ?? 0n) / 100n)), false);
  },
}));
