// Invoke-Expression (`iex`): runs a string as PowerShell in the caller's scope (variables it sets stay
// set, as after dot-sourcing), its output going down the pipeline as it is written. Checked with pwsh
// 7.6.10: text that does not parse is the parser's first error under Invoke-Expression's name
// (`<ParseErrorId>,Microsoft.PowerShell.Commands.InvokeExpressionCommand`, ParserError, ParseException),
// statement-terminating; errors of the commands inside are their own; `exit` and `throw` act as if
// written in the caller.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock, type ScriptBlockRunner } from '../engine/script-block.js';
import { SourceMap } from '../engine/source-map.js';
import type { ScriptBlockAst } from '../language/ast.js';
import { parseScript } from '../language/parser.js';
import { CORE } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const invokeExpression = lazyCmdlet('Invoke-Expression', (): CmdletDefinition => ({
  name: 'Invoke-Expression',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeExpressionCommand',
  collectsInnerErrors: true,
  module: CORE,
  synopsis: 'Runs a string as PowerShell commands.',
  parameters: [
    { name: 'Command', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The PowerShell text to run.' },
  ],
  async process(ctx) {
    const text = ctx.params.get<string>('Command') ?? '';
    const parsed = parseScript(text);
    const problem = parsed.errors[0];
    if (problem) {
      ctx.throwTerminatingError({
        message: problem.message,
        errorId: problem.errorId,
        category: 'ParserError',
        exceptionType: 'ParseException',
        exceptionFullName: 'System.Management.Automation.ParseException',
      });
    }
    const runner = ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner | undefined;
    if (!runner) throw new Error('Invoke-Expression needs the shell that runs it');
    const span = { start: 0, end: text.length };
    const ast: ScriptBlockAst = parsed.script.block ?? { text, attributes: [], blocks: { end: parsed.script.statements }, named: false, requires: [], usingNamespaces: [], span };
    const block = new ScriptBlock(ast, new SourceMap(text), runner);
    await block.invoke(
      {
        dotSource: true,
        emit: async (values) => {
          if (ctx.sendObjects) await ctx.sendObjects(values);
          else for (const v of values) ctx.writeObject(v, false);
        },
      },
      ctx.signal,
    );
  },
}));
