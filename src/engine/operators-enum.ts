// Arithmetic with an enum value on the left (`[ConsoleColor]::Red + 1` is Magenta): pwsh converts the
// right operand to the enum's type, computes in the underlying Int32 and casts the result back to the
// enum, so the result keeps the left operand's enum type (a value no enumerator names shows as its
// number). The operand types the cast cannot take fail as .NET's casts do; the cases are recorded from
// pwsh 7.6.10 in test/conformance/cases/value-details.ps1. A number on the left and an enum on the
// right is plain Int32 arithmetic (operators.ts).

import { toEnum, toNumber, typeNameOf, unwrapArgument } from './convert.js';
import { TypedNumber, typed } from './numeric.js';
import { scanNumber } from './string-numbers.js';
import * as R from './runtime-strings.js';
import { EnumValue } from './values.js';
import { OPERATOR_METHOD } from './operator-methods.js';

/** Why an enum operation failed; operators.ts reports it at the operator with this category. */
export class EnumOperatorError extends Error {
  constructor(
    readonly entry: R.MessageEntry,
    /** OperationStopped for .NET's cast failures, InvalidOperation for a missing operator method, NotSpecified for a division by zero. */
    readonly category: 'OperationStopped' | 'InvalidOperation' | 'NotSpecified',
    readonly innerException?: string,
  ) {
    super(entry.message);
  }
}

/** The integer types the cast to an Int32-based enum unboxes (with Char and Boolean). */
const CASTABLE = new Set(['System.Int32', 'System.Int16', 'System.SByte', 'System.Byte', 'System.UInt16', 'System.Char']);

const stoppedBy = (exception: string, message: string) => new EnumOperatorError({ errorId: `System.${exception}`, message }, 'OperationStopped');
const castFailure = (from: string, to: string) => stoppedBy('InvalidCastException', `Unable to cast object of type '${from}' to type '${to}'.`);

/** The right operand as the enum's underlying number, or the failure pwsh reports for its type. */
function enumOperand(left: EnumValue, symbol: string, rightRaw: unknown): number {
  const enumName = left.type.fullName;
  const r = unwrapArgument(rightRaw);
  if (r === null || r === undefined) return 0;
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'string') {
    // Text that reads as a number token is that number ('0x1', '1.5'); blank text is 0; other text names an enumerator.
    const token = scanNumber(r);
    if (token) return enumOperand(left, symbol, typed(token.value, token.type, token.exact, token.scale));
    return r.trim() === '' ? 0 : toEnum(r, left.type).value;
  }
  if (r instanceof EnumValue) return r.value;
  const type = typeNameOf(r);
  if (CASTABLE.has(type)) return toNumber(r);
  if (type === 'System.UInt32' || type === 'System.UInt64') {
    throw stoppedBy('InvalidOperationException', `The binary operator GreaterThanOrEqual is not defined for the types '${enumName}' and 'System.Int32'.`);
  }
  if (type === 'System.Int64') throw castFailure('System.Int64', enumName);
  if (type === 'System.Double' || type === 'System.Single') throw castFailure(enumName, 'System.Double');
  if (type === 'System.Decimal') {
    throw stoppedBy('InvalidOperationException', `No coercion operator is defined between types '${enumName}' and 'System.Decimal'.`);
  }
  throw new EnumOperatorError(R.MethodNotFound(enumName, OPERATOR_METHOD[symbol]!), 'InvalidOperation');
}

/** `enum + - * / % value`: the result in the enum's type. */
export function enumArithmetic(symbol: string, left: EnumValue, rightRaw: unknown): EnumValue {
  const a = left.value;
  const b = enumOperand(left, symbol, rightRaw);
  if ((symbol === '/' || symbol === '%') && b === 0) throw new EnumOperatorError(R.DivideByZero(), 'NotSpecified', 'DivideByZeroException');
  const n = symbol === '+' ? a + b : symbol === '-' ? a - b : symbol === '*' ? a * b : symbol === '/' ? a / b : a % b;
  // An inexact quotient or an Int32 overflow is a Double, which the cast back to the enum refuses.
  if (!Number.isInteger(n) || n < -(2 ** 31) || n >= 2 ** 31) throw castFailure('System.Double', left.type.fullName);
  return EnumValue.of(left.type, n);
}

/** -band/-bor/-bxor/-bnot with an enum on the left: the integer result as that enum. */
export function asEnumResult(left: EnumValue, result: unknown): EnumValue {
  const v = unwrapArgument(result);
  return EnumValue.of(left.type, v instanceof TypedNumber ? v.value : Number(v));
}

/** -shl/-shr: enums have no shift operators. */
export function enumShiftError(op: '-shl' | '-shr', left: EnumValue): EnumOperatorError {
  return stoppedBy('InvalidOperationException', `The binary operator ${op === '-shl' ? 'LeftShift' : 'RightShift'} is not defined for the types '${left.type.fullName}' and 'System.Int32'.`);
}
