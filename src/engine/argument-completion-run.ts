// Runs an argument completer (Register-ArgumentCompleter) for Tab completion: a parameter's completer
// gets ($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters), a native
// command's ($wordToComplete, $commandAst, $cursorPosition). Its output becomes the completions: a
// CompletionResult as it is, anything else its text (ResultType Text), as pwsh makes them. Loaded
// only when a session has a completer for the input (shell.ts).

import type { CompletionResult } from './api.js';
import type { ArgumentCompletionRequest } from './completion.js';
import { COMPLETION_RESULT } from './completion-result.js';
import { toPSString, unwrap } from './convert.js';
import type { ScriptBlock } from './script-block.js';
import { PSHashtable, PSObject } from './values.js';

/** $commandAst: the command as typed, up to the cursor (spo-shell has no AST objects: docs/Register-ArgumentCompleter.md). */
function commandAst(text: string): PSObject {
  return new PSObject('System.Management.Automation.Language.CommandAst', { Extent: text }, undefined, text);
}

/** The completions the completer offers; undefined when it fails or offers none (the built-in rules answer then). */
export async function runArgumentCompleter(block: ScriptBlock, request: ArgumentCompletionRequest, signal: AbortSignal): Promise<CompletionResult | undefined> {
  let args: unknown[];
  if (request.parameterName === undefined) {
    args = [request.word, commandAst(request.commandText), request.cursor];
  } else {
    const bound = new PSHashtable();
    for (const [name, value] of request.bound) bound.set(name, value);
    args = [request.commandName, request.parameterName, request.word, commandAst(request.commandText), bound];
  }
  let output: unknown[];
  try {
    // What it writes to the error stream is not shown (completion prints nothing), as in pwsh.
    output = await block.invoke({ args, errors: () => {} }, signal);
  } catch {
    return undefined;
  }
  const matches: CompletionResult['matches'] = [];
  for (const item of output) {
    const value = unwrap(item);
    if (value === null || value === undefined) continue;
    if (value instanceof PSObject && value.typeName === COMPLETION_RESULT) {
      matches.push({
        completionText: toPSString(value.get('CompletionText')),
        listItemText: toPSString(value.get('ListItemText')),
        toolTip: toPSString(value.get('ToolTip')),
        resultType: toPSString(value.get('ResultType')),
      });
    } else {
      const text = toPSString(item);
      matches.push({ completionText: text, listItemText: text, toolTip: text, resultType: 'Text' });
    }
  }
  return matches.length ? { replacementIndex: request.start, replacementLength: request.replacementLength, matches } : undefined;
}
