// The comparison operators on one left value (PSBinaryOperationBinder's CompareEQ ... CompareGE with
// scalarCompare): -eq/-ne and -lt/-le/-gt/-ge, as -contains/-in and a collection filter use them too.
// - A $null operand is ordered by a rule of its own: against a number, the number is compared with 0
//   the way the binder does it (`0 -gt $null` is True, `0 -le $null` False); else $null sorts first.
// - A number on the left compares numerically with a number, a Boolean or a [char] on the right; text on
//   the right is read as a number token (or converted to the left's type, whose failure is reported).
// - Text on the left compares as text with the right operand's text.
// - Anything else converts the right operand to the left operand's type ("Could not compare" when that
//   fails) and compares through IComparable; a left operand that has no ordering (a hashtable, a
//   collection) fails with "Cannot compare ... because it is not IComparable" unless the two are equal.
// -eq never fails: a conversion that fails makes the operands unequal.

import { UriValue } from './uri.js';
import { compareVersions, isVersionValue, versionsEqual } from './version-types.js';
import { ConversionError, toPSString, typeNameOf, unwrap, unwrapArgument, valueText } from './convert.js';
import { DecimalValue, TypedNumber, toDec, typed } from './numeric.js';
import { DecimalOverflow, compare as compareDecimals } from './decimal.js';
import { scanNumber, scanOperand } from './string-numbers.js';
import { castTo } from './types.js';
import { MemberError } from './member-error.js';
import { DateTimeValue } from './datetime.js';
import { DateTimeOffsetValue } from './datetime-offset.js';
import { TimeSpanValue } from './timespan.js';
import { SwitchParameter } from './switch-parameter.js';
import { EnumValue, PSHashtable, PSObject } from './values.js';
import * as R from './runtime-strings.js';
import { CharComparisonError, charEquals, charOrder, charText, isCharValue, keepChar } from './chars.js';

export type Relation = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A comparison failure the operator reports: the message entry, and the error category and exception it carries. */
export class ComparisonError extends Error {
  constructor(
    readonly entry: R.MessageEntry,
    readonly exceptionType?: string,
  ) {
    super(entry.message);
  }
}

const NUMERIC_TYPES = new Set([
  'System.SByte', 'System.Byte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32',
  'System.Int64', 'System.UInt64', 'System.Single', 'System.Double', 'System.Decimal',
]);

/** The value's .NET type, read from its typed form (an argument number keeps its literal's type). */
const netType = (raw: unknown): string => typeNameOf(unwrapArgument(raw));

/** LanguagePrimitives.IsNumeric of the operand's type: the integer and real types and enums (by their underlying type). */
export function isNumericOperand(raw: unknown): boolean {
  const v = unwrapArgument(raw);
  return v instanceof EnumValue || NUMERIC_TYPES.has(typeNameOf(v));
}

/** Numeric or primitive (Boolean, Char) but no enum: what the binder compares as a number with a numeric left operand. */
function isPrimitiveNumber(raw: unknown): boolean {
  const v = unwrapArgument(raw);
  return !(v instanceof EnumValue) && (typeof unwrap(v) === 'boolean' || isCharValue(v) || NUMERIC_TYPES.has(typeNameOf(v)));
}

/** An operand's numeric value: the exact whole value where it has one past 2^53. */
function numberOf(raw: unknown): number | bigint {
  const v = unwrapArgument(raw);
  if (v instanceof TypedNumber) return v.exact ?? v.value;
  const u = unwrap(v);
  if (typeof u === 'boolean') return u ? 1 : 0;
  if (u instanceof EnumValue) return u.value;
  return typeof u === 'number' ? u : 0;
}

/**
 * Two numeric operands compared: a Decimal with its exact digits (the other operand converted to
 * Decimal, a Double to 15 digits: 1.10d -eq 1.1); a Double no Decimal holds compares as a Double.
 */
function compareOperands(leftRaw: unknown, rightRaw: unknown): number {
  const a = unwrapArgument(leftRaw);
  const b = unwrapArgument(rightRaw);
  if (a instanceof DecimalValue || b instanceof DecimalValue) {
    try {
      return compareDecimals(toDec(a), toDec(b));
    } catch (e) {
      if (!(e instanceof DecimalOverflow)) throw e;
    }
  }
  return compareNumbers(numberOf(leftRaw), numberOf(rightRaw));
}

/** -1, 0 or 1; NaN when either side is NaN (every ordering is then false, as .NET's Double comparisons are). */
function compareNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = typeof a === 'bigint' ? a : Number.isInteger(a) ? BigInt(a) : undefined;
    const y = typeof b === 'bigint' ? b : Number.isInteger(b) ? BigInt(b) : undefined;
    if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
    return compareNumbers(Number(a), Number(b));
  }
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  return a < b ? -1 : a > b ? 1 : 0;
}

const holds = (op: Relation, c: number): boolean => {
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return !(c === 0);
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
  }
};

/** The text .NET's ToString gives an object in the binder's messages: a collection or hashtable is its type name. */
function objectText(raw: unknown): string {
  const v = unwrap(raw);
  // A type reads as .NET's ToString gives it: its full name (`[int] -gt [long]` names System.Int32).
  if (isTypeObject(v)) return toPSString(v.get('FullName'));
  return Array.isArray(v) ? typeNameOf(v) : toPSString(raw);
}

/** A type literal's value (`[int]`): a System.RuntimeType. */
function isTypeObject(v: unknown): v is PSObject {
  return v instanceof PSObject && v.typeName === 'System.RuntimeType';
}

/** String comparison with the culture's ordering (ICU, as pwsh on Linux): 'a' -clt 'A', 'B' -cgt 'a'. */
function compareText(a: string, b: string, cs: boolean): number {
  return Math.sign(a.localeCompare(b, 'en-US', { sensitivity: cs ? 'variant' : 'accent' }));
}

/** The right operand converted to the left operand's type, as the binder converts it before comparing. */
function convertToLeft(leftRaw: unknown, rightRaw: unknown): unknown {
  const left = unwrapArgument(leftRaw);
  const type = left instanceof EnumValue ? left.type.fullName : netType(left);
  return castTo(type, rightRaw);
}

/** Can this value order itself against one of its own type (IComparable)? */
function isComparable(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || v instanceof TypedNumber || v instanceof EnumValue || v instanceof DateTimeValue || v instanceof TimeSpanValue || v instanceof DateTimeOffsetValue || isVersionValue(v);
}

/** Object.Equals: the same object, or equal values of the same type. */
function sameValue(leftRaw: unknown, rightRaw: unknown): boolean {
  const a = unwrap(leftRaw);
  const b = unwrap(rightRaw);
  if (a === b) return netType(leftRaw) === netType(rightRaw) || typeof a !== 'number';
  if (a instanceof DateTimeValue && b instanceof DateTimeValue) return a.ticks === b.ticks;
  if (a instanceof DateTimeOffsetValue && b instanceof DateTimeOffsetValue) return a.utcTicks === b.utcTicks;
  if (a instanceof TimeSpanValue && b instanceof TimeSpanValue) return a.equals(b);
  if (a instanceof EnumValue && b instanceof EnumValue) return a.type === b.type && a.value === b.value;
  if (isVersionValue(a) && isVersionValue(b)) return versionsEqual(a, b);
  // SwitchParameter.Equals: a Boolean or a switch of the same state (`$s -eq $true`; `$s -eq 1` is False).
  if (a instanceof SwitchParameter) return a.equals(b);
  // Two type literals are one type when they name it (`[int] -eq [System.Int32]`, `[psobject] -eq [pscustomobject]`).
  if (isTypeObject(a) && isTypeObject(b)) return toPSString(a.get('FullName')) === toPSString(b.get('FullName'));
  if (typeof a === 'number' && typeof b === 'number') return netType(leftRaw) === netType(rightRaw) && compareNumbers(numberOf(leftRaw), numberOf(rightRaw)) === 0;
  // Guid.Equals: the same 128 bits (the value holds its canonical lower-case D text).
  if (isGuid(a) && isGuid(b)) return toPSString(a) === toPSString(b);
  return false;
}

/** A System.Guid value (dotnet-statics.ts guidValue): `(New-Guid) -eq '…'` converts the text to a Guid. */
function isGuid(v: unknown): v is PSObject {
  return v instanceof PSObject && v.typeName === 'System.Guid';
}

/** Two values of one type (the right one converted to the left's), through IComparable. */
function compareSameType(leftRaw: unknown, rightRaw: unknown, cs: boolean): number {
  const a = unwrap(leftRaw);
  const b = unwrap(rightRaw);
  if (a instanceof DateTimeValue && b instanceof DateTimeValue) return a.ticks < b.ticks ? -1 : a.ticks > b.ticks ? 1 : 0;
  if (a instanceof TimeSpanValue && b instanceof TimeSpanValue) return a.compare(b);
  if (a instanceof DateTimeOffsetValue && b instanceof DateTimeOffsetValue) return a.compareTo(b);
  const versions = compareVersions(a, b);
  if (versions !== undefined) return versions;
  if (typeof a === 'string') return compareText(a, toPSString(rightRaw), cs);
  return compareOperands(leftRaw, rightRaw);
}

/**
 * A text operand read as the binder reads it against a numeric left operand (Parser.ScanNumber with
 * coercion): a number token keeps its own type, other text converts to the left operand's type (an
 * enum's names), and that conversion's failure is the operator's.
 */
function textAsNumber(text: string, leftRaw: unknown): unknown {
  const left = unwrapArgument(leftRaw);
  if (left instanceof EnumValue) {
    const token = scanNumber(text);
    return token ? typed(token.value, token.type, token.exact) : castTo(left.type.fullName, text);
  }
  return scanOperand(text, netType(left));
}

/** -lt, -le, -gt, -ge on one left value (not a collection to filter). A failure throws ConversionError or ComparisonError. */
export function orderValues(op: Relation, leftRaw: unknown, rightRaw: unknown, cs: boolean): boolean {
  const left = unwrap(leftRaw);
  const right = unwrap(rightRaw);
  const leftNull = left === null || left === undefined;
  const rightNull = right === null || right === undefined;
  if (!Array.isArray(left) && (leftNull || rightNull)) {
    const below = op === 'lt' || op === 'le';
    if (isNumericOperand(leftRaw)) return below ? compareNumbers(numberOf(leftRaw), 0) < 0 : compareNumbers(numberOf(leftRaw), 0) >= 0;
    if (isNumericOperand(rightRaw)) return below ? compareNumbers(numberOf(rightRaw), 0) >= 0 : compareNumbers(numberOf(rightRaw), 0) < 0;
    switch (op) {
      case 'lt':
        return !rightNull;
      case 'le':
        return leftNull;
      case 'gt':
        return !leftNull;
      default:
        return rightNull;
    }
  }
  return holds(op, order(leftRaw, rightRaw, cs));
}

function order(leftRaw: unknown, rightRaw: unknown, cs: boolean): number {
  // A [char] on the left converts the other operand to [char] and compares the codes (chars.ts).
  const char = keepChar(leftRaw);
  if (isCharValue(char)) {
    try {
      return charOrder(char, rightRaw);
    } catch (e) {
      if (e instanceof CharComparisonError) throw new ComparisonError(R.ComparisonFailure(charText(e.char), toPSString(e.other), e.inner));
      throw e;
    }
  }
  const left = unwrap(leftRaw);
  const right = unwrap(rightRaw);
  if (isNumericOperand(leftRaw)) {
    if (isPrimitiveNumber(rightRaw)) return compareOperands(leftRaw, rightRaw);
    if (typeof right === 'string') {
      return order(leftRaw, textAsNumber(right, leftRaw), cs);
    }
  }
  if (typeof left === 'string') return compareText(left, toPSString(rightRaw), cs);
  if (left instanceof PSObject && left.typeName === 'System.Management.Automation.PSCustomObject') {
    throw new ComparisonError(R.NotIcomparableTo(toPSString(leftRaw), toPSString(rightRaw)), 'ExtendedTypeSystemException');
  }
  if (!isComparable(left) || (left instanceof PSObject && !isVersionValue(left) && !(left instanceof DateTimeOffsetValue))) {
    if (sameValue(leftRaw, rightRaw)) return 0;
    throw new ComparisonError(R.NotIcomparable(objectText(leftRaw)));
  }
  let converted: unknown;
  try {
    converted = convertToLeft(leftRaw, rightRaw);
  } catch (e) {
    if (e instanceof ConversionError) throw new ComparisonError(R.ComparisonFailure(toPSString(leftRaw), toPSString(rightRaw), e.message));
    throw e;
  }
  return compareSameType(leftRaw, converted, cs);
}

/** -eq on one left value (not a collection to filter): never fails. */
export function equalValues(leftRaw: unknown, rightRaw: unknown, cs: boolean): boolean {
  const char = keepChar(leftRaw);
  if (isCharValue(char)) return charEquals(char, rightRaw, !cs);
  const left = unwrap(leftRaw);
  const right = unwrap(rightRaw);
  if (left === null || left === undefined) return right === null || right === undefined;
  if (right === null || right === undefined) return false;
  if (isNumericOperand(leftRaw)) {
    if (isPrimitiveNumber(rightRaw)) return compareOperands(leftRaw, rightRaw) === 0;
    if (typeof right === 'string') {
      try {
        return equalValues(leftRaw, textAsNumber(right, leftRaw), cs);
      } catch (e) {
        if (e instanceof ConversionError) return false;
        throw e;
      }
    }
  }
  if (typeof left === 'string') {
    const r = valueText(rightRaw);
    return cs ? left === r : left.length === r.length && left.toLowerCase() === r.toLowerCase();
  }
  if (sameValue(leftRaw, rightRaw)) return true;
  // A Uri equals another (or text that converts to one) by Uri.Equals (uri.ts).
  if (left instanceof UriValue) return left.callMethod('Equals', [right])!.value === true;
  if (Array.isArray(left) || left instanceof PSHashtable || (left instanceof PSObject && !isGuid(left) && !isVersionValue(left) && !((left as object) instanceof DateTimeOffsetValue)) || (!isComparable(left) && !isGuid(left))) return false;
  try {
    return sameValue(leftRaw, convertToLeft(leftRaw, rightRaw));
  } catch (e) {
    // Text that is no GUID: Guid.Parse's FormatException, which the binder's conversion makes a failure.
    if (e instanceof ConversionError || (isGuid(left) && e instanceof MemberError)) return false;
    throw e;
  }
}
