// The -f operator: .NET composite formatting ("{0,-10:N2}") with the format specifiers scripts use:
// standard numeric formats (N, F, D, X, P, E, G, R) and custom numeric formats ("0.00", "#,##0").
// Culture: en-US conventions (`.` decimal point, `,` thousands), as PowerShell under an English
// locale prints them.

import { DateTimeValue } from './datetime.js';
import { TimeSpanValue, timeSpanMethod } from './timespan.js';
import { PSObject } from './values.js';
import { ArgumentNumber, formatNumber, toNumber, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { isCharValue } from './chars.js';
import { generalText, roundTripText } from './float-text.js';
import { type Culture, currencyText, localizeNumber, percentText } from './cultures.js';
import { DecimalValue, TypedNumber } from './numeric.js';
import { type Dec, dec, fixedDigits, mul, toText } from './decimal.js';

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
export function formatString(format: string, args: readonly unknown[], culture?: Culture): string {
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
    const text = formatValue(args[index], spec, culture);
    out += width < 0 ? text.padEnd(-width) : text.padStart(width);
  }
  return out;
}

/**
 * One argument with its format string, in a culture when one is given ([string]::Format(culture, ...),
 * `.ToString('N2', $culture)`): a number's invariant text takes the culture's separators and sign, and
 * C and P its currency and percent patterns.
 */
function formatValue(arg: unknown, spec: string | undefined, culture?: Culture): string {
  if (!culture || arg instanceof ArgumentNumber || isCharValue(arg)) return invariantValue(arg, spec);
  const value = unwrap(arg);
  // A date in the culture's patterns and names (`[string]::Format($de, '{0:D}', $date)`).
  if (value instanceof DateTimeValue) return value.format(spec || 'G', culture.name, true);
  const number = typeof value === 'number' ? numeric(value) : undefined;
  if (number === undefined) return invariantValue(arg, spec);
  const nf = culture.numberFormat;
  const standard = spec && /^([CcPp])(\d{0,2})$/.exec(spec);
  if (standard) {
    const precision = standard[2] === '' ? undefined : Number(standard[2]);
    const currency = standard[1]!.toUpperCase() === 'C';
    const amount = fixed(Math.abs(currency ? number : number * 100), precision ?? (currency ? nf.currencyDigits : 2), true);
    return currency ? currencyText(amount, number < 0, nf) : percentText(amount, number < 0, nf);
  }
  return localizeNumber(invariantValue(arg, spec), nf);
}

/** One argument with its format string (the part after `:`), or as PowerShell prints it. */
function invariantValue(arg: unknown, spec: string | undefined): string {
  // A number typed as a command argument prints its typed text whatever the format (pwsh's PSObject does).
  if (arg instanceof ArgumentNumber) return arg.text;
  const value = unwrap(arg);
  // .NET formats an argument with its own ToString: a collection shows its type name, a type its full name.
  if (Array.isArray(value)) return typeNameOf(value);
  if (value instanceof PSObject && value.typeName === 'System.RuntimeType') return toPSString(value.get('FullName'));
  // A char is not IFormattable: any format string leaves its character as it is.
  if (isCharValue(arg)) return toPSString(unwrapArgument(arg));
  const typed = unwrapArgument(arg);
  if (typed instanceof DecimalValue) return spec === undefined || spec === '' ? toText(typed.dec) : formatDecimal(typed.dec, spec);
  const single = typeNameOf(typed) === 'System.Single';
  // A Double or Single formats with its own ToString(): the shortest round-trip digits.
  if ((spec === undefined || spec === '') && (single || typeNameOf(typed) === 'System.Double')) return roundTripText(value as number, single);
  if (spec === undefined || spec === '') return toPSString(typed instanceof TypedNumber && typed.exact !== undefined ? typed : value);
  // A DateTime or TimeSpan formats itself: '{0:yyyy-MM-dd}' -f (Get-Date), '{0:hh\:mm}' -f $span.
  if (value instanceof DateTimeValue) return value.format(spec);
  if (value instanceof TimeSpanValue) {
    const text = timeSpanMethod(value, 'ToString', [spec]);
    if (text) return toPSString(text.value);
  }
  // An Int64 or UInt64 past 2^53 formats its exact digits (the Decimal path is exact); D and X are integers' own.
  if (typed instanceof TypedNumber && typed.exact !== undefined && (typed.type === 'System.Int64' || typed.type === 'System.UInt64')) return formatExactInteger(typed.exact, spec);
  const number = numeric(value);
  if (number === undefined) return toPSString(value); // strings and objects ignore numeric formats
  const standard = /^([A-Za-z])(\d{0,2})$/.exec(spec);
  if (standard) return formatStandard(number, standard[1]!, standard[2] === '' ? undefined : Number(standard[2]), single);
  return formatCustom(spec, (times100) => doubleDigits(times100 ? number * 100 : number));
}

/** An Int64 or UInt64 past 2^53 with a format string: D and X on its digits (X of a negative in 64-bit two's complement), the rest as Decimal formats them. */
function formatExactInteger(n: bigint, spec: string): string {
  const standard = /^([DdXx])(\d{0,2})$/.exec(spec);
  if (!standard) return formatDecimal(dec(n), spec);
  const width = standard[2] === '' ? 0 : Number(standard[2]);
  if (standard[1] === 'D' || standard[1] === 'd') return (n < 0n ? '-' : '') + (n < 0n ? -n : n).toString().padStart(width, '0');
  const hex = (n < 0n ? n + 2n ** 64n : n).toString(16).padStart(width, '0');
  return standard[1] === 'X' ? hex.toUpperCase() : hex;
}

/** A Decimal with a format string: .NET rounds its exact digits half away from zero, and a value that rounds to zero has no sign. */
function formatDecimal(d: Dec, spec: string): string {
  const standard = /^([A-Za-z])(\d{0,2})$/.exec(spec);
  if (!standard) return formatCustom(spec, (times100) => decimalDigits(times100 ? mul(d, dec(100n)) : d));
  const letter = standard[1]!;
  const precision = standard[2] === '' ? undefined : Number(standard[2]);
  const fixedText = (x: Dec, decimals: number, grouped: boolean) => {
    const f = fixedDigits(x, decimals);
    return (f.negative ? '-' : '') + (grouped ? groupThousands(f.whole) : f.whole) + (decimals ? `.${f.fraction}` : '');
  };
  switch (letter.toUpperCase()) {
    case 'N':
      return fixedText(d, precision ?? 2, true);
    case 'F':
      return fixedText(d, precision ?? 2, false);
    case 'P':
      return `${fixedText(mul(d, dec(100n)), precision ?? 2, true)} %`;
    case 'C': {
      const f = fixedDigits(d, precision ?? 2);
      const amount = groupThousands(f.whole) + (f.fraction ? `.${f.fraction}` : '');
      return f.negative ? `(¤${amount})` : `¤${amount}`;
    }
    case 'E':
      return decimalScientific(d, precision ?? 6, letter, 3, false);
    case 'G':
      return precision === undefined || precision === 0 ? toText(d) : decimalGeneral(d, precision, letter === 'G' ? 'E' : 'e');
    case 'R':
      return toText(d);
    default:
      // D and X are for integers only.
      throw new FormatStringError('Format specifier was invalid.');
  }
}

/** The significant digits of a Decimal rounded half away from zero to `count` of them, and the power of ten of the first. */
function significant(d: Dec, count: number): { digits: string; exponent: number } {
  const all = (d.mantissa < 0n ? -d.mantissa : d.mantissa).toString();
  let exponent = all.length - 1 - d.scale;
  if (all === '0') return { digits: '0'.repeat(count), exponent: 0 };
  let digits = all.slice(0, count).padEnd(count, '0');
  if ((all[count] ?? '0') >= '5') {
    const up = (BigInt(digits) + 1n).toString();
    if (up.length > count) {
      exponent++;
      digits = up.slice(0, count);
    } else digits = up;
  }
  return { digits, exponent };
}

/** `E` formats: d.ddddE+ddd. */
function decimalScientific(d: Dec, decimals: number, letter: string, exponentDigits: number, trim: boolean): string {
  const { digits, exponent } = significant(d, decimals + 1);
  let fraction = digits.slice(1);
  if (trim) fraction = fraction.replace(/0+$/, '');
  const sign = d.mantissa < 0n && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${digits[0]}${fraction ? `.${fraction}` : ''}${letter}${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(exponentDigits, '0')}`;
}

/** `G` with a precision: that many significant digits, no trailing zeros, scientific when the exponent is at least the precision or -5 and below. */
function decimalGeneral(d: Dec, precision: number, letter: string): string {
  const { digits, exponent } = significant(d, precision);
  if (exponent >= precision || exponent <= -5) return decimalScientific(d, precision - 1, letter, 2, true);
  const sign = d.mantissa < 0n && /[1-9]/.test(digits) ? '-' : '';
  const point = exponent + 1;
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point).padEnd(point, '0')}.${digits.slice(point)}`;
  return sign + (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);
}

/** A number's sign and its fixed-point digits, for the custom formats. */
interface Digits {
  negative: boolean;
  /** The absolute value with `decimals` fraction digits. */
  fixed(decimals: number): string;
}

const doubleDigits = (n: number): Digits => ({ negative: n < 0, fixed: (k) => Math.abs(n).toFixed(k) });

function decimalDigits(d: Dec): Digits {
  return {
    negative: d.mantissa < 0n,
    fixed: (k) => {
      const f = fixedDigits(d, k);
      return f.whole + (k ? `.${f.fraction}` : '');
    },
  };
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

/**
 * The exact decimal digits of a finite Double's absolute value, as .NET Core 3.0+ formats from them: the
 * integer part and the fraction (toFixed(100) is exact for every fraction a Double can tie on).
 */
function exactDigits(abs: number): [whole: string, fraction: string] {
  if (abs >= 1e21) return [BigInt(abs).toString(), ''];
  const [whole, fraction = ''] = abs.toFixed(100).split('.') as [string, string?];
  return [whole, fraction.replace(/0+$/, '')];
}

/**
 * `abs` times 10^shift (P's hundredfold, done on the digits, not in floating point) rounded to `decimals`
 * fraction digits: up past a half, half to even on an exact tie (2.5 → 2, 2.675 → 2.67 as its exact value is below the half).
 */
function roundedDigits(abs: number, decimals: number, shift: number): string {
  let [whole, fraction] = exactDigits(abs);
  if (shift) {
    fraction = fraction.padEnd(shift, '0');
    whole = (whole + fraction.slice(0, shift)).replace(/^0+(?=\d)/, '');
    fraction = fraction.slice(shift);
  }
  let digits = BigInt(whole + fraction.slice(0, decimals).padEnd(decimals, '0'));
  const rest = fraction.slice(decimals);
  if (rest > '5' || (rest.startsWith('5') && (/[1-9]/.test(rest.slice(1)) || digits % 2n === 1n))) digits += 1n;
  const text = digits.toString().padStart(decimals + 1, '0');
  return decimals ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text;
}

/** Fixed-point text with `decimals` digits, optionally with thousands separators (`shift`: P's times 100). */
function fixed(n: number, decimals: number, grouped: boolean, shift = 0): string {
  const text = Number.isFinite(n) ? roundedDigits(Math.abs(n), decimals, shift) : Math.abs(n).toFixed(decimals);
  const [whole, fraction] = text.split('.') as [string, string | undefined];
  const body = (grouped ? groupThousands(whole) : whole) + (fraction !== undefined ? `.${fraction}` : '');
  // .NET Core 3.0+ keeps the sign of a negative number that rounds to zero (-0.00).
  return (n < 0 ? '-' : '') + body;
}

function formatStandard(n: number, letter: string, precision: number | undefined, single = false): string {
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
      return `${fixed(n, precision ?? 2, true, 2)} %`;
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
      // G alone is the shortest round-trip text, as R is; a precision rounds to that many digits.
      if (precision === undefined || precision === 0) return roundTripText(n, single, letter === 'G' ? 'E' : 'e');
      return generalText(n, precision, letter === 'G' ? 'E' : 'e');
    case 'R':
    case 'r':
      return roundTripText(n, single, letter === 'R' ? 'E' : 'e');
    default:
      throw new FormatStringError('Format specifier was invalid.');
  }
}

/**
 * Custom numeric formats: `0` (digit or zero), `#` (digit if significant), `.`, `,` (thousands
 * when between digit placeholders), `%` (times 100), literal text in quotes or after a backslash.
 * One section only (`;` sections for negatives are read up to the first `;`).
 */
function formatCustom(spec: string, digitsOf: (times100: boolean) => Digits): string {
  const section = spec.split(';')[0]!;
  const value = digitsOf(section.includes('%'));
  const placeholders = section.replace(/'[^']*'|"[^"]*"|\\./g, '');
  const point = placeholders.indexOf('.');
  const integerPart = point < 0 ? placeholders : placeholders.slice(0, point);
  const fractionPart = point < 0 ? '' : placeholders.slice(point + 1);
  const minDecimals = (fractionPart.match(/0/g) ?? []).length;
  const maxDecimals = (fractionPart.match(/[0#]/g) ?? []).length;
  const minIntegers = (integerPart.match(/0/g) ?? []).length;
  const grouped = /[0#],[0#]/.test(integerPart);

  let text = value.fixed(maxDecimals);
  let [whole, fraction = ''] = text.split('.') as [string, string | undefined];
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && minIntegers === 0) whole = '';
  whole = whole.padStart(minIntegers, '0');
  if (grouped) whole = groupThousands(whole);
  const digits = whole + (fraction ? `.${fraction}` : '');
  text = (value.negative && Number(digits.replace(/,/g, '')) !== 0 ? '-' : '') + digits;

  // Literal text before and after the placeholders stays where it was.
  const first = section.search(/[0#.,]/);
  if (first < 0) return section;
  let last = first;
  for (let i = first; i < section.length; i++) if ('0#.,'.includes(section[i]!)) last = i;
  const literal = (s: string) => s.replace(/'([^']*)'|"([^"]*)"|\\(.)/g, (_m, a, b, c) => a ?? b ?? c);
  return literal(section.slice(0, first)) + text + literal(section.slice(last + 1));
}
