// [scriptblock] (System.Management.Automation.ScriptBlock) as a type: the cast (only a script block or
// $null converts; text does not, as in pwsh 7.6.10) and [scriptblock]::Create(text), which parses the
// text into a block that runs in the shell that created it. A parse error is Create's exception: the
// ParseException's text, each error as "At line:N char:M", the line, tildes and the message.

import { castFailure, toPSString, unwrap } from './convert.js';
import { DotNetException, invocationFailed, noOverload } from './member-error.js';
import { positionMessage } from './position.js';
import { ScriptBlock, type ScriptBlockRunner } from './script-block.js';
import { SourceMap } from './source-map.js';
import { parseScript } from '../language/parser.js';
import type { ScriptBlockAst } from '../language/ast.js';

export const SCRIPT_BLOCK = 'System.Management.Automation.ScriptBlock';

export function toScriptBlock(value: unknown): ScriptBlock | null {
  const v = unwrap(value);
  if (v instanceof ScriptBlock) return v;
  if (v === null || v === undefined) return null;
  throw castFailure(value, SCRIPT_BLOCK);
}

/** `[scriptblock]::Create(text)`; undefined for any other type or method. */
export function scriptBlockStaticMethod(fullName: string, method: string, args: unknown[], runner: ScriptBlockRunner): { value: unknown } | undefined {
  if (fullName !== SCRIPT_BLOCK || method.toLowerCase() !== 'create') return undefined;
  if (args.length !== 1) throw noOverload('Create', args.length);
  return { value: scriptBlockOfText('Create', args, runner) };
}

/**
 * The script block of a method's first argument ($null is an empty one), or the method's exception for
 * text that does not parse: `[scriptblock]::Create`, $ExecutionContext.InvokeCommand.NewScriptBlock and InvokeScript.
 */
export function scriptBlockOfText(method: string, args: readonly unknown[], runner: ScriptBlockRunner): ScriptBlock {
  const raw = unwrap(args[0]);
  const text = raw === null || raw === undefined ? '' : toPSString(raw);
  const parsed = parseScript(text);
  if (parsed.errors.length) throw invocationFailed(method, args.length, new DotNetException(parseErrorsText(text, parsed.errors), 'ParseException'));
  return scriptBlockFromParse(text, parsed, runner);
}

/** A ParseException's text: each error as "At line:N char:M", the line, tildes and the message. */
export function parseErrorsText(text: string, errors: ReadonlyArray<{ span: { start: number; end: number }; message: string }>): string {
  const source = new SourceMap(text);
  return errors.map((e) => `${positionMessage(source.extent(e.span))}\n${e.message}`).join('\n\n');
}

/**
 * The script block of a parsed text (its `{ }` when the text is one, else its statements). Its errors point
 * into `shown`, a text of the same length (ExpandString's string, shown without the here-string around it).
 */
export function scriptBlockFromParse(text: string, parsed: ReturnType<typeof parseScript>, runner: ScriptBlockRunner, shown = text): ScriptBlock {
  const span = { start: 0, end: text.length };
  const ast: ScriptBlockAst = parsed.script.block ?? { text, attributes: [], blocks: { end: parsed.script.statements }, named: false, requires: [], usingNamespaces: [], span };
  return new ScriptBlock(ast, new SourceMap(shown), runner);
}
