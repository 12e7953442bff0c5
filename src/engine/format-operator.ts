// The -f operator: .NET composite formatting ("{0,-10:N2}") with the format specifiers scripts use:
// standard numeric formats (N, F, D, X, P, E, G, R) and custom numeric formats ("0.00", "#,##0").
// Culture: en-US conventions (`.` decimal point, `,` thousands), as PowerShell under an English
// locale prints them.

import { DateTimeValue } from './datetime.js';
import { TimeSpanValue, timeSpanMethod } from './timespan.js';
import { formatNumber, toNumber, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { isCharValue } from './chars.js';

/** A failure PowerShell reports as `Error formatting a string: ...`. */
export class FormatStringError extends Error {}

const INDEX_MESSAGE = 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.';

/** .NET's FormatException for a malformed composite format, with the offset where parsing stopped. */
const malformed = (offset: number, reason: string) =>
  new FormatStringError(`Input string was not in a correct format. Failure to parse near offset ${offset}. ${reason}`);
const ENDS_PREMATURELY = 'Format item ends prematurely.';
const EXPECTED_DIGIT = 'Expected an ASCII digit.';
const UNEXPECTED_CLOSE = 'Unexpected closing brace without a corresponding opening brace.';

/** String.Format's parser (.NET 8): literal text with `{{`/`}}`, and items `{index[,alignment][:format]}`. */
export function formatString(format: string, args: readonly unknown[]): string {
  let out = '';
  let pos = 0;
  const len = format.length;
  const skipSpaces = () => {
    while (pos < len && format[pos] === ' ') pos++;
  };
  const digits = (): number => {
    if (pos >= len || !/[0-9]/.test(format[pos]!)) throw malformed(pos, pos >= len ? ENDS_PREMATURELY : EXPECTED_DIGIT);
    let n = 0;
    while (pos < len && /[0-9]/.test(format[pos]!)) n = Math.min(n * 10 + Number(format[pos++]), 10_000_000);
    return n;
  };
  while (pos < len) {
    const c = format[pos++]!;
    if (c === '}') {
      if (format[pos] === '}') {
        out += '}';
        pos++;
        continue;
      }
      throw malformed(pos, pos >= len ? ENDS_PREMATURELY : UNEXPECTED_CLOSE);
    }
    if (c !== '{') {
      out += c;
      continue;
    }
    if (pos >= len) throw malformed(pos, ENDS_PREMATURELY);
    if (format[pos] === '{') {
      out += '{';
      pos++;
      continue;
    }
    const index = digits();
    skipSpaces();
    let width = 0;
    if (format[pos] === ',') {
      pos++;
      skipSpaces();
      const negative = format[pos] === '-';
      if (negative) pos++;
      width = (negative ? -1 : 1) * digits();
      skipSpaces();
    }
    let spec: string | undefined;
    if (format[pos] === ':') {
      const start = ++pos;
      while (pos < len && format[pos] !== '}' && format[pos] !== '{') pos++;
      if (format[pos] !== '}') throw malformed(pos, ENDS_PREMATURELY);
      spec = format.slice(start, pos);
    }
    if (format[pos] !== '}') throw malformed(pos, ENDS_PREMATURELY);
    pos++;
    if (index >= args.length) throw new FormatStringError(INDEX_MESSAGE);
    const text = formatValue(args[index], spec);
    out += width < 0 ? text.padEnd(-width) : text.padStart(width);
  }
  return out;
}

/** One argument with its format string (the part after `:`), or as PowerShell prints it. */
function formatValue(arg: unknown, spec: string | undefined): string {
  const value = unwrap(arg);
  // .NET formats an argument with its own ToString: a collection shows its type name.
  if (Array.isArray(value)) return typeNameOf(value);
  // A char is not IFormattable: any format string leaves its character as it is.
  if (isCharValue(arg)) return toPSString(unwrapArgument(arg));
  if (spec === undefined || spec === '') return toPSString(value);
  // A DateTime or TimeSpan formats itself: '{0:yyyy-MM-dd}' -f (Get-Date), '{0:hh\:mm}' -f $span.
  if (value instanceof DateTimeValue) return value.format(spec);
  if (value instanceof TimeSpanValue) {
    const text = timeSpanMethod(value, 'ToString', [spec]);
    if (text) return toPSString(text.value);
  }
  const number = numeric(value);
  if (number === undefined) return toPSString(value); // strings and objects ignore numeric formats
  const standard = /^([A-Za-z])(\d{0,2})$/.exec(spec);
  if (standard) return formatStandard(number, standard[1]!, standard[2] === '' ? undefined : Number(standard[2]));
  return formatCustom(number, spec);
}

function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean' || value === null || value === undefined || typeof value === 'string') return undefined;
  try {
    return toNumber(value);
  } catch {
    return undefined;
  }
}

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed-point text with `decimals` digits, optionally with thousands separators. */
function fixed(n: number, decimals: number, grouped: boolean): string {
  const scaled = Math.abs(n) * 10 ** decimals;
  let text = Math.abs(n).toFixed(decimals);
  if (decimals <= 15 && Number.isInteger(scaled * 2) && !Number.isInteger(scaled)) {
    // An exact tie (2.5 with F0): .NET rounds half to even ('2'), JavaScript's toFixed up.
    const floor = Math.floor(scaled);
    text = ((floor % 2 === 0 ? floor : floor + 1) / 10 ** decimals).toFixed(decimals);
  }
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const body = (grouped ? groupThousands(whole) : whole) + (fraction !== undefined ? `.${fraction}` : '');
  // .NET Core 3.0+ keeps the sign of a negative number that rounds to zero (-0.00).
  return (n < 0 ? '-' : '') + body;
}

function formatStandard(n: number, letter: string, precision: number | undefined): string {
  switch (letter) {
    case 'N':
    case 'n':
      return fixed(n, precision ?? 2, true);
    case 'F':
    case 'f':
      return fixed(n, precision ?? 2, false);
    case 'P':
    case 'p':
      // The invariant culture's patterns: `n %` and `-n %`.
      return `${fixed(n * 100, precision ?? 2, true)} %`;
    case 'C':
    case 'c': {
      // The invariant culture's currency: `¤n`, negative `(¤n)`.
      const amount = fixed(Math.abs(n), precision ?? 2, true);
      return n < 0 ? `(¤${amount})` : `¤${amount}`;
    }
    case 'D':
    case 'd': {
      if (!Number.isInteger(n)) throw new FormatStringError('Format specifier was invalid.');
      const digits = Math.abs(n).toString().padStart(precision ?? 0, '0');
      return (n < 0 ? '-' : '') + digits;
    }
    case 'X':
    case 'x': {
      if (!Number.isInteger(n)) throw new FormatStringError('Format specifier was invalid.');
      // Negative integers print as their 32-bit two's complement, as [int] does.
      const hex = (n < 0 ? n >>> 0 : n).toString(16).padStart(precision ?? 0, '0');
      return letter === 'X' ? hex.toUpperCase() : hex;
    }
    case 'E':
    case 'e': {
      const [mantissa, exponent] = n.toExponential(precision ?? 6).split('e') as [string, string];
      const sign = exponent.startsWith('-') ? '-' : '+';
      return `${mantissa}${letter}${sign}${exponent.replace(/^[+-]/, '').padStart(3, '0')}`;
    }
    case 'G':
    case 'g':
      if (precision === undefined || precision === 0) return formatNumber(n);
      return Number(n.toPrecision(precision)).toString().replace('e', letter === 'G' ? 'E' : 'e');
    case 'R':
    case 'r':
      return String(n);
    default:
      throw new FormatStringError('Format specifier was invalid.');
  }
}

/**
 * Custom numeric formats: `0` (digit or zero), `#` (digit if significant), `.`, `,` (thousands
 * when between digit placeholders), `%` (times 100), literal text in quotes or after a backslash.
 * One section only (`;` sections for negatives are read up to the first `;`).
 */
function formatCustom(n: number, spec: string): string {
  const section = spec.split(';')[0]!;
  let value = n;
  if (section.includes('%')) value *= 100;
  const placeholders = section.replace(/'[^']*'|"[^"]*"|\\./g, '');
  const point = placeholders.indexOf('.');
  const integerPart = point < 0 ? placeholders : placeholders.slice(0, point);
  const fractionPart = point < 0 ? '' : placeholders.slice(point + 1);
  const minDecimals = (fractionPart.match(/0/g) ?? []).length;
  const maxDecimals = (fractionPart.match(/[0#]/g) ?? []).length;
  const minIntegers = (integerPart.match(/0/g) ?? []).length;
  const grouped = /[0#],[0#]/.test(integerPart);

  let text = Math.abs(value).toFixed(maxDecimals);
  let [whole, fraction = ''] = text.split('.') as [string, string | undefined];
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && minIntegers === 0) whole = '';
  whole = whole.padStart(minIntegers, '0');
  if (grouped) whole = groupThousands(whole);
  const digits = whole + (fraction ? `.${fraction}` : '');
  text = (value < 0 && Number(digits.replace(/,/g, '')) !== 0 ? '-' : '') + digits;

  // Literal text before and after the placeholders stays where it was.
  const first = section.search(/[0#.,]/);
  if (first < 0) return section;
  let last = first;
  for (let i = first; i < section.length; i++) if ('0#.,'.includes(section[i]!)) last = i;
  const literal = (s: string) => s.replace(/'([^']*)'|"([^"]*)"|\\(.)/g, (_m, a, b, c) => a ?? b ?? c);
  return literal(section.slice(0, first)) + text + literal(section.slice(last + 1));
}
