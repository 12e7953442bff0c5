// The bitwise operators -band, -bor, -bxor, -bnot, -shl and -shr, with the operand and result
// types pwsh 7.6 gives them (recorded in test/conformance/cases/operators.ps1): small integers,
// Booleans and $null compute as Int32; a string is read as a number literal; a Double or
// Decimal is rounded to even and computed as UInt64 (Int64 when negative); the wider of the two
// integer types is the result. Shifts keep the left operand's type and mask the count as .NET does.

import { classifyNumberLiteral } from '../language/number-literals.js';
import { toNumber, typeNameOf, unwrapArgument } from './convert.js';
import { TypedNumber, typed } from './numeric.js';
import * as R from './runtime-strings.js';
import { EnumValue } from './values.js';

/** What a bitwise operator failure is: the caller reports it at the operator (operators.ts). */
export class BitwiseError extends Error {
  constructor(readonly entry: R.MessageEntry) {
    super(entry.message);
  }
}

const WIDTH: Record<string, { bits: number; signed: boolean }> = {
  'System.SByte': { bits: 8, signed: true },
  'System.Byte': { bits: 8, signed: false },
  'System.Int16': { bits: 16, signed: true },
  'System.UInt16': { bits: 16, signed: false },
  'System.Int32': { bits: 32, signed: true },
  'System.UInt32': { bits: 32, signed: false },
  'System.Int64': { bits: 64, signed: true },
  'System.UInt64': { bits: 64, signed: false },
};
/** The types -band/-bor/-bxor compute in, narrowest first. */
const RESULT_RANK = ['System.Int32', 'System.UInt32', 'System.Int64', 'System.UInt64'];

const OPERATOR_METHOD: Record<string, string> = {
  '-band': 'op_BitwiseAnd',
  '-bor': 'op_BitwiseOr',
  '-bxor': 'op_ExclusiveOr',
  '-shl': 'op_LeftShift',
  '-shr': 'op_RightShift',
};

interface Operand {
  value: bigint;
  type: string;
  /** Converted from a Double or Decimal (or text that reads as one). */
  real?: boolean;
}

/** .NET's MidpointRounding.ToEven. */
function roundEven(n: number): bigint {
  const f = Math.floor(n);
  const d = n - f;
  return BigInt(d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f);
}

/** A real converted for a bitwise operator: UInt64, or Int64 when negative. */
function fromReal(n: number): Operand {
  return { value: roundEven(n), type: n < 0 ? 'System.Int64' : 'System.UInt64', real: true };
}

/** An operand as an integer and its .NET type; throws a ConversionError for text that is no number. */
function operand(raw: unknown, op: string): Operand {
  const v = unwrapArgument(raw);
  if (v === null || v === undefined) return { value: 0n, type: 'System.Int32' };
  if (typeof v === 'boolean') return { value: v ? 1n : 0n, type: 'System.Int32' };
  if (v instanceof EnumValue) return { value: BigInt(v.value), type: 'System.Int32' };
  if (v instanceof TypedNumber) {
    if (WIDTH[v.type]) return { value: v.exact ?? BigInt(Math.trunc(v.value)), type: v.type };
    if (v.type === 'System.Char') return { value: BigInt(v.value), type: 'System.Char' };
    return fromReal(v.value);
  }
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? { value: BigInt(v), type: typeNameOf(v) } : fromReal(v);
  if (typeof v === 'string') {
    const text = v.trim();
    const negative = text.startsWith('-');
    const literal = classifyNumberLiteral(negative || text.startsWith('+') ? text.slice(1) : text, negative);
    if (literal && WIDTH[literal.type]) return { value: literal.exact ?? BigInt(literal.value), type: literal.type };
    if (literal) return fromReal(literal.value);
    return fromReal(toNumber(v));
  }
  throw new BitwiseError(R.MethodNotFound(typeNameOf(v), OPERATOR_METHOD[op] ?? op));
}

/** Wraps `value` to the width of `type` and returns it as spo's number of that type. */
function result(value: bigint, type: string): unknown {
  const { bits, signed } = WIDTH[type]!;
  const wrapped = signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
  const n = Number(wrapped);
  return typed(n, type, Number.isSafeInteger(n) ? undefined : wrapped);
}

/** The Int32-or-wider type a small integer or Char computes in. */
function widened(type: string): string {
  return RESULT_RANK.includes(type) ? type : 'System.Int32';
}

/** -band, -bor, -bxor. */
export function bitwise(op: '-band' | '-bor' | '-bxor', left: unknown, right: unknown): unknown {
  const a = operand(left, op);
  const b = operand(right, op);
  const type = RESULT_RANK[Math.max(RESULT_RANK.indexOf(widened(a.type)), RESULT_RANK.indexOf(widened(b.type)))]!;
  const value = op === '-band' ? a.value & b.value : op === '-bor' ? a.value | b.value : a.value ^ b.value;
  return result(value, type);
}

/** -bnot: the complement in the operand's type (Int32 for smaller integers and for reals that fit). */
export function bitwiseNot(value: unknown): unknown {
  const a = operand(value, '-bnot');
  let type = widened(a.type);
  const real = a.real === true;
  if (real && a.value >= -(2n ** 31n) && a.value < 2n ** 31n) type = 'System.Int32';
  else if (real && a.value >= -(2n ** 63n) && a.value < 2n ** 63n) type = 'System.Int64';
  return result(~a.value, type);
}

/** -shl and -shr: the left operand's type (Int32 for a real or Char), the count masked to its width. */
export function shift(op: '-shl' | '-shr', left: unknown, right: unknown): unknown {
  const l = unwrapArgument(left);
  // Boolean and Char have no shift operators.
  if (typeof l === 'boolean' || (l instanceof TypedNumber && l.type === 'System.Char')) {
    throw new BitwiseError(R.OperationNotDefined(typeNameOf(l), op, typeNameOf(right)));
  }
  const a = operand(left, op);
  const b = operand(right, op);
  const integer = WIDTH[a.type] && !a.real;
  let type = integer ? a.type : 'System.Int32';
  if (!integer && (a.value >= 2n ** 31n || a.value < -(2n ** 31n))) type = a.value < 0n ? 'System.Int64' : 'System.UInt64';
  const { bits } = WIDTH[type]!;
  const count = BigInt(Number(BigInt.asUintN(32, b.value)) & (bits === 64 ? 63 : 31));
  const value = op === '-shl' ? a.value << count : a.value >> count;
  return result(value, type);
}
