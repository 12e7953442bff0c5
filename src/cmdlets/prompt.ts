// prompt: the function the console calls for the text of its prompt. In pwsh it is a simple
// function of the session (Get-Command shows CommandType Function, no module) that a user replaces
// with `function prompt { ... }`; the console then shows what the new one returns (Shell.promptText).
// Like pwsh's, it takes any arguments into $args and any pipeline input, and ignores them.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { REMAINING_ARGUMENTS } from '../engine/function-definition.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const prompt = lazyCmdlet('prompt', (): CmdletDefinition => ({
  name: 'prompt',
  commandType: 'Function',
  implementingType: 'prompt',
  module: '',
  synopsis: "Returns the text of the console's prompt.",
  commonParameters: false,
  takesAnyInput: true,
  parameters: [
    { name: REMAINING_ARGUMENTS, kind: 'object', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 10000, valueFromRemainingArguments: true } }, dontShow: true },
  ],
  process(ctx) {
    // Once for the call, not once per input object (a simple function's body is its end block).
    if (answered.has(ctx)) return;
    answered.add(ctx);
    ctx.writeObject(ctx.session.defaultPrompt);
  },
}));

const answered = new WeakSet<object>();
