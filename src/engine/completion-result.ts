// System.Management.Automation.CompletionResult, what an argument completer (Register-ArgumentCompleter)
// may return instead of plain strings, and its CompletionResultType. A module of its own with no engine
// imports at load time beyond the value types: the type tables (types.ts, constructors.ts) name it.

import { toEnum, toPSString, unwrap } from './convert.js';
import { registerEnumType } from './enum-types.js';
import { EnumValue, PSObject, type EnumType } from './values.js';

export const COMPLETION_RESULT = 'System.Management.Automation.CompletionResult';

let resultType: EnumType | undefined;
/** System.Management.Automation.CompletionResultType (made on first use: start-up never needs it). */
export function completionResultType(): EnumType {
  return (resultType ??= {
    fullName: 'System.Management.Automation.CompletionResultType',
    names: ['Text', 'History', 'Command', 'ProviderItem', 'ProviderContainer', 'Property', 'Method', 'ParameterName', 'ParameterValue', 'Variable', 'Namespace', 'Type', 'Keyword', 'DynamicKeyword'],
  });
}

/** A completion: CompletionText, ListItemText, ResultType and ToolTip, in pwsh's order. */
export class CompletionResultValue extends PSObject {
  constructor(text: string, listItemText = text, resultType: EnumValue = new EnumValue(completionResultType(), 'Text'), toolTip = text) {
    super(COMPLETION_RESULT, { CompletionText: text, ListItemText: listItemText, ResultType: resultType, ToolTip: toolTip }, undefined, COMPLETION_RESULT);
  }
}

/** CompletionResult(text) and CompletionResult(text, listItemText, resultType, toolTip); undefined for other argument counts. */
export function newCompletionResult(args: unknown[]): CompletionResultValue | undefined {
  if (args.length === 1) return new CompletionResultValue(toPSString(unwrap(args[0])));
  if (args.length !== 4) return undefined;
  registerEnumType(completionResultType());
  const [text, list, type, tip] = args.map(unwrap);
  return new CompletionResultValue(toPSString(text), toPSString(list), toEnum(type, completionResultType()), toPSString(tip));
}
