// TabExpansion2: what Tab would complete, as an object (pwsh's function of that name, which its
// console's Tab calls). `TabExpansion2 'gcm Get-Da'` gives a CommandCompletion whose CompletionMatches
// are CompletionResult objects (Get-Date, Command). spo's console Tab and this function share one
// completion (engine/session-completion.ts), Register-ArgumentCompleter's completers included.
// The AST parameter set is declared (Get-Command shows both sets) but spo-shell has no AST objects
// (docs/TabExpansion2.md).

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { completeInput } from '../engine/completion.js';
import { CompletionResultValue, completionResultType } from '../engine/completion-result.js';
import { registerEnumType } from '../engine/enum-types.js';
import { completeWithCompleters, completionContext } from '../engine/session-completion.js';
import { EnumValue, PSObject } from '../engine/values.js';

const SCRIPT_SET = 'ScriptInputSet';
const AST_SET = 'AstInputSet';
const COMMAND_COMPLETION = 'System.Management.Automation.CommandCompletion';

export const tabExpansion2 = lazyCmdlet('TabExpansion2', (): CmdletDefinition => ({
  name: 'TabExpansion2',
  commandType: 'Function',
  implementingType: 'TabExpansion2',
  module: '',
  synopsis: 'Returns what Tab completes for a line of input at a cursor position.',
  defaultParameterSet: SCRIPT_SET,
  parameters: [
    { name: 'inputScript', kind: 'string', typeName: 'System.String', allowEmptyString: true, sets: { [SCRIPT_SET]: { position: 0, mandatory: true } }, description: 'The input to complete.' },
    { name: 'cursorColumn', kind: 'int', typeName: 'System.Int32', sets: { [SCRIPT_SET]: { position: 1 } }, description: "The cursor's offset in the input; its end when absent." },
    { name: 'ast', kind: 'object', typeName: 'System.Management.Automation.Language.Ast', sets: { [AST_SET]: { position: 0, mandatory: true } }, description: 'A parsed input (not supported: spo-shell has no AST objects).' },
    { name: 'tokens', kind: 'object[]', typeName: 'System.Management.Automation.Language.Token[]', sets: { [AST_SET]: { position: 1, mandatory: true } }, description: "The input's tokens (not supported)." },
    { name: 'positionOfCursor', kind: 'object', typeName: 'System.Management.Automation.Language.IScriptPosition', sets: { [AST_SET]: { position: 2, mandatory: true } }, description: 'The cursor (not supported).' },
    { name: 'options', kind: 'hashtable', typeName: 'System.Collections.Hashtable', sets: { [ALL_SETS]: { position: 3 } }, description: 'Completion options (accepted; none changes the result here).' },
  ],
  async process(ctx) {
    if (ctx.invocation.parameterSetName === AST_SET) {
      ctx.throwTerminatingError({
        message: 'TabExpansion2 takes the input as text here: spo-shell has no AST objects (-ast, -tokens, -positionOfCursor).',
        errorId: 'NotSupported',
        category: 'NotImplemented',
        exceptionType: 'NotSupportedException',
        exceptionFullName: 'System.NotSupportedException',
      });
    }
    const text = ctx.params.get<string>('inputScript') ?? '';
    const cursor = ctx.params.get<number>('cursorColumn') ?? text.length;
    if (cursor < 0 || cursor > text.length) {
      ctx.throwTerminatingError({
        message: 'Exception calling "CompleteInput" with "3" argument(s): "Cannot process argument because the value of argument "cursorIndex" is not valid. Change the value of the "cursorIndex" argument and run the operation again."',
        errorId: 'PSArgumentException',
        category: 'NotSpecified',
        exceptionType: 'MethodInvocationException',
        exceptionFullName: 'System.Management.Automation.MethodInvocationException',
      });
    }
    let completion = { replacementIndex: -1, replacementLength: -1, matches: [] as ReturnType<typeof completeInput>['matches'] };
    // An input of nothing but blanks completes to nothing at all, as pwsh's CompleteInput gives it.
    if (text.trim() !== '') {
      const context = completionContext(ctx.session, ctx.commands);
      completion = (await completeWithCompleters(ctx.session, context, text, cursor, ctx.signal)) ?? completeInput(text, cursor, context);
    }
    registerEnumType(completionResultType());
    const matches = completion.matches.map((m) => new CompletionResultValue(m.completionText, m.listItemText, new EnumValue(completionResultType(), m.resultType), m.toolTip));
    ctx.writeObject(
      new PSObject(COMMAND_COMPLETION, {
        CurrentMatchIndex: -1,
        ReplacementIndex: completion.replacementIndex,
        ReplacementLength: completion.replacementLength,
        CompletionMatches: matches,
      }, undefined, COMMAND_COMPLETION),
    );
  },
}));
