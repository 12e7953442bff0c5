// -split, -csplit and -isplit (binary and unary): a String[] as pwsh returns it. A pattern splits
// the way .NET's Regex.Split does, which is not JavaScript's String.split: an empty match still
// splits (`'abc' -split 'a*'` gives '', '', 'b', 'c', ''), and captured groups join the result.
// The right operand may be `pattern, max-substrings[, options]` (SimpleMatch, IgnoreCase,
// Multiline, Singleline, ...). A script block as the delimiter is split-predicate.ts.

import { ArgumentNumber, TypedArray, enumerate, toInt, toPSString, unwrap, unwrapArgument } from './convert.js';
import { DecimalValue, TypedNumber } from './numeric.js';
import { keepChar } from './chars.js';
import { escape, operatorOptions, operatorSplit } from './regex-type.js';

/** `text -split right`; `caseSensitive` for -csplit; `options` the SplitOptions flags (operators.ts reads them). */
export function splitOperator(left: unknown, right: unknown, caseSensitive: boolean, options: number): TypedArray {
  const parts = Array.isArray(unwrap(right)) ? enumerate(unwrap(right)) : [right];
  const pattern = toPSString(parts[0] ?? null);
  const limit = parts.length > 1 ? toInt(parts[1]) : 0;
  // SimpleMatch 1, IgnorePatternWhitespace 8, Multiline 16, Singleline 32, IgnoreCase 64, ExplicitCapture 128,
  // as the [regex] engine's RegexOptions.
  const source = options & 1 ? escape(pattern) : pattern;
  const regexOptions = operatorOptions(caseSensitive && !(options & 64), (options & 8 ? 32 : 0) | (options & 16 ? 2 : 0) | (options & 32 ? 16 : 0) | (options & 128 ? 4 : 0));
  const out: string[] = [];
  for (const item of enumerate(keepDecimal(left))) out.push(...operatorSplit(source, regexOptions, toPSString(item), limit));
  return TypedArray.of2('System.String', out);
}

/** Unary `-split text`: runs of whitespace separate, empty entries are dropped. */
export function splitWhitespace(value: unknown): TypedArray {
  const out: string[] = [];
  for (const item of enumerate(keepDecimal(value))) out.push(...toPSString(item).split(/\s+/).filter((s) => s !== ''));
  return TypedArray.of2('System.String', out);
}

/** The text a value splits as: a Decimal with its scale (`1.10d -split '\.'` is 1 and 10), a char as its character. */
function keepDecimal(v: unknown): unknown {
  // A number typed as a command argument splits as its typed text (`-split` of `0x10` sees "0x10").
  if (v instanceof ArgumentNumber) return v;
  const typed = unwrapArgument(v);
  return typed instanceof DecimalValue || (typed instanceof TypedNumber && typed.type === 'System.Single') ? typed : keepChar(v);
}
