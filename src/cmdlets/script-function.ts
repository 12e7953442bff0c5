// PowerShell's built-in functions that are one line of script (Pause, cd.., cd\, cd~): simple functions
// (no CommonParameters; any arguments go to $args and any input is taken, and both are ignored) whose body
// runs as script once per call, so its commands' errors are theirs (`Read-Host: PowerShell is in
// NonInteractive mode ...` from Pause), as in pwsh 7.6.10.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { REMAINING_ARGUMENTS } from '../engine/function-definition.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock, type ScriptBlockRunner } from '../engine/script-block.js';
import { SourceMap } from '../engine/source-map.js';
import type { ScriptBlockAst } from '../language/ast.js';
import { parseScript } from '../language/parser.js';

const ran = new WeakSet<object>();

export function scriptFunction(name: string, body: string, synopsis: string): CmdletDefinition {
  return {
    name,
    commandType: 'Function',
    implementingType: name,
    module: '',
    synopsis,
    commonParameters: false,
    takesAnyInput: true,
    parameters: [
      { name: REMAINING_ARGUMENTS, kind: 'object', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 10000, valueFromRemainingArguments: true } }, dontShow: true },
    ],
    async process(ctx) {
      // Once for the call, not once per input object (a simple function's body is its end block).
      if (ran.has(ctx)) return;
      ran.add(ctx);
      const parsed = parseScript(body);
      const ast: ScriptBlockAst = parsed.script.block ?? { text: body, attributes: [], blocks: { end: parsed.script.statements }, named: false, requires: [], usingNamespaces: [], span: { start: 0, end: body.length } };
      const runner = ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner;
      await new ScriptBlock(ast, new SourceMap(body), runner).invoke({ emit: (values) => { for (const v of values) ctx.writeObject(v, false); } }, ctx.signal);
    },
  };
}
