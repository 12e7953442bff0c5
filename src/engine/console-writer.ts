// [Console]::Write/WriteLine and the writers [Console]::Out and [Console]::Error, as pwsh 7.6.10 runs them:
// straight to the terminal (stdout or stderr), past the pipeline, so `$x = [Console]::WriteLine('a')`
// still prints `a` and $x is empty. The overloads are .NET 10's as pwsh binds them: one value (its text;
// a char array is its characters), a format with one argument, or a format with four or more; with a
// format and two arguments pwsh finds the ReadOnlySpan overloads ambiguous and says so.

import { enumerate, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { formatString } from './format-operator.js';
import { MethodCallError, noOverload } from './member-error.js';
import { TypedNumber } from './numeric.js';
import { PSObject } from './values.js';

/** Where a console write goes: the host's stdout (output) or stderr (error) stream, without formatting. */
export type ConsoleSink = (stream: 'out' | 'error', text: string) => void;

/** `[Console]::Out` / `[Console]::Error`: a TextWriter that writes to its stream. */
export class ConsoleWriter extends PSObject {
  constructor(
    readonly stream: 'out' | 'error',
    readonly sink: ConsoleSink,
  ) {
    super('System.IO.TextWriter+SyncTextWriter', {}, [], 'System.IO.TextWriter+SyncTextWriter');
  }
}

function valueText(value: unknown): string {
  const v = unwrapArgument(value);
  if (v === null || v === undefined) return '';
  if (v instanceof TypedNumber && v.type === 'System.Char') return String.fromCharCode(v.value);
  const items = unwrap(v);
  if (Array.isArray(items)) return typeNameOf(items) === 'System.Char[]' ? enumerate(items).map(valueText).join('') : typeNameOf(items);
  return toPSString(v);
}

/** The text of Write/WriteLine's arguments, or pwsh's error for an argument count no overload takes alone. */
function writtenText(method: string, args: unknown[], line: boolean): string {
  if (args.length === 0) {
    if (!line) throw noOverload(method, 0);
    return '';
  }
  if (args.length === 1) return valueText(args[0]);
  if (args.length === 3) throw new MethodCallError(`Multiple ambiguous overloads found for "${method}" and the argument count: "3".`, 'MethodException', 'MethodCountCouldNotFindBest');
  return formatString(toPSString(args[0]), args.slice(1));
}

/** Write or WriteLine on a console stream; undefined for other methods. */
export function consoleWrite(sink: ConsoleSink, stream: 'out' | 'error', method: string, args: unknown[]): { value: unknown } | undefined {
  const name = method.toLowerCase();
  if (name === 'write' || name === 'writeline') {
    const line = name === 'writeline';
    sink(stream, writtenText(line ? 'WriteLine' : 'Write', args, line) + (line ? '\n' : ''));
    return { value: undefined };
  }
  if (name === 'flush' && args.length === 0) return { value: undefined };
  return undefined;
}
