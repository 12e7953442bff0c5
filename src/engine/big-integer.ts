// System.Numerics.BigInteger (`100n`, [bigint]): conversions to it and its arithmetic.
// PowerShell's binder does not count BigInteger as numeric, so `+ - * / %` with a BigInteger operand go to
// ParserOps.ImplicitOp: the operator method of the left operand's type, or of the right's when the left
// is a primitive (an Int32, a Double, a Boolean, a [char]). BigInteger's op_Addition(BigInteger, BigInteger)
// converts the other operand to BigInteger, so a Double loses its fraction (`100n + 1.5` and `1.5 + 100n`
// are 101, `.25 + 100n` is 100). A Decimal is no primitive: `2.5d + 100n` is Decimal's op_Addition, 102.5.

import { ConversionError, castFailure, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DecimalValue, TypedNumber, toDec } from './numeric.js';
import { type Dec, DecimalDivideByZero, DecimalOverflow, add, div, mod, mul, sub } from './decimal.js';
import { parseDouble, scanNumber } from './string-numbers.js';
import * as R from './runtime-strings.js';
import { MethodCallError, argumentConversionError } from './member-error.js';
import { EnumValue, PSHashtable } from './values.js';
import { OPERATOR_METHOD } from './operator-methods.js';

export const BIG_INTEGER = 'System.Numerics.BigInteger';

/** A BigInteger value. */
export function bigInteger(value: bigint): TypedNumber {
  return new TypedNumber(Number(value), BIG_INTEGER, value);
}

export function isBigInteger(raw: unknown): boolean {
  const v = unwrapArgument(raw);
  return v instanceof TypedNumber && v.type === BIG_INTEGER;
}

const fail = (raw: unknown, inner: string) => new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(raw), BIG_INTEGER, inner), 'InvalidCastIConvertible');

/** new BigInteger(double): the whole part; NaN and the infinities have none. */
function fromReal(raw: unknown, n: number): bigint {
  if (Number.isNaN(n)) throw fail(raw, 'The value is not a number.');
  if (!Number.isFinite(n)) throw fail(raw, 'BigInteger cannot represent infinity.');
  return BigInt(Math.trunc(n));
}

/** BigInteger.Parse(text, NumberStyles.Integer | AllowThousands), then Double.Parse; undefined when neither reads it. */
function parseText(text: string): bigint | undefined {
  const m = /^[\t\n\v\f\r ]*([+-]?)(\d[\d,]*)[\t\n\v\f\r ]*$/.exec(text);
  if (m) return (m[1] === '-' ? -1n : 1n) * BigInt(m[2]!.replace(/,/g, ''));
  const real = parseDouble(text);
  return real !== undefined && Number.isFinite(real) ? BigInt(Math.trunc(real)) : undefined;
}

/** LanguagePrimitives.ConvertTo(value, [bigint]). */
export function toBigInteger(raw: unknown): bigint {
  const typed = unwrapArgument(raw);
  if (typed instanceof TypedNumber) {
    if (typed.exact !== undefined) return typed.exact;
    if (typed.type === 'System.Double' || typed.type === 'System.Single' || typed.type === 'System.Decimal') return fromReal(raw, typed.value);
    return BigInt(Math.trunc(typed.value));
  }
  const v = unwrap(typed);
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : fromReal(raw, v);
  if (v instanceof EnumValue) return BigInt(v.value);
  if (typeof v === 'string') {
    if (v === '') return 0n;
    const token = scanNumber(v);
    if (token && (token.exact !== undefined || Number.isFinite(token.value))) return token.exact ?? BigInt(Math.trunc(token.value));
    const parsed = parseText(v);
    if (parsed !== undefined) return parsed;
    throw new ConversionError(R.InvalidCastExceptionWithInnerException(v, BIG_INTEGER, 'The value could not be parsed.'), 'InvalidCastFromStringToInteger');
  }
  if (v instanceof PSHashtable) {
    // A hashtable builds an object by setting its properties; BigInteger has none to set.
    const first = [...v.keys()][0];
    if (first === undefined) return 0n;
    throw new ConversionError(
      `Cannot create object of type "${BIG_INTEGER}". The property '${toPSString(first)}' was not found for the '${BIG_INTEGER}' object. There is no settable property available.`,
      'ObjectCreationError',
    );
  }
  throw castFailure(raw, BIG_INTEGER);
}

/** The text an argument shows in a method binder's message: .NET's ToString (a collection is its type name). */
const argumentShown = (raw: unknown): string => (Array.isArray(unwrap(raw)) || unwrap(raw) instanceof PSHashtable ? typeNameOf(raw) : toPSString(raw));

/** An operand converted for an operator method's parameter; the method binder words the failure. */
function argument<T>(convert: (raw: unknown) => T, raw: unknown, index: number, symbol: string, type: string): T {
  try {
    return convert(raw);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw argumentConversionError(OPERATOR_METHOD[symbol], String(index), argumentShown(raw), type, e.message);
  }
}

/** BigInteger's operator methods on two converted operands. */
export function bigIntegerOperator(symbol: string, leftRaw: unknown, rightRaw: unknown): TypedNumber {
  const a = argument(toBigInteger, leftRaw, 0, symbol, BIG_INTEGER);
  const b = argument(toBigInteger, rightRaw, 1, symbol, BIG_INTEGER);
  if ((symbol === '/' || symbol === '%') && b === 0n) {
    throw new MethodCallError(`Exception calling "${OPERATOR_METHOD[symbol]}" with "2" argument(s): "Attempted to divide by zero."`, 'MethodInvocationException', 'DivideByZeroException');
  }
  switch (symbol) {
    case '+':
      return bigInteger(a + b);
    case '-':
      return bigInteger(a - b);
    case '*':
      return bigInteger(a * b);
    case '/':
      return bigInteger(a / b);
    default:
      return bigInteger(a % b);
  }
}

const DECIMAL_OPERATIONS: Record<string, (a: Dec, b: Dec) => Dec> = { '+': add, '-': sub, '*': mul, '/': div, '%': mod };

/** Decimal's operator methods, for a Decimal on the left and an operand that is neither a number nor text. */
export function decimalOperator(symbol: string, leftRaw: unknown, rightRaw: unknown, toDecimal: (raw: unknown) => unknown): unknown {
  const a = toDec(unwrapArgument(leftRaw));
  const b = toDec(unwrapArgument(argument(toDecimal, rightRaw, 1, symbol, 'System.Decimal')));
  try {
    return new DecimalValue(DECIMAL_OPERATIONS[symbol]!(a, b));
  } catch (e) {
    if (e instanceof DecimalDivideByZero) throw new MethodCallError(`Exception calling "${OPERATOR_METHOD[symbol]}" with "2" argument(s): "${e.message}"`, 'MethodInvocationException', 'DivideByZeroException');
    if (e instanceof DecimalOverflow) throw new MethodCallError(`Exception calling "${OPERATOR_METHOD[symbol]}" with "2" argument(s): "${e.message}"`, 'MethodInvocationException', 'OverflowException');
    throw e;
  }
}
