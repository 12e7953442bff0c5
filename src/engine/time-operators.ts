// Arithmetic with a DateTime or TimeSpan operand: PowerShell calls the .NET operator methods of the
// operand's type (the left one's, or the right one's when the left is a number, a Boolean or $null), and
// picks an overload as its method binder does. Only the overloads .NET 9 defines exist, so
// `$span * 2` works (op_Multiply(TimeSpan, Double)) and `$date * 2` names the missing method.

import { castTo } from './types.js';
import { ConversionError, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { DateTimeValue } from './datetime.js';
import { DecimalValue, TypedNumber, typed } from './numeric.js';
import { TimeSpanValue } from './timespan.js';
import { toDateTime, toTimeSpan } from './time-conversions.js';
import { argumentConversionError, DotNetException, invocationFailed, MethodCallError, noOverload } from './member-error.js';
import { OPERATOR_METHOD } from './operator-methods.js';

type Param = 'dt' | 'ts' | 'dbl';
type Kind = Param | 'int' | 'str' | 'null' | 'bool' | 'other';
interface Overload {
  params: [Param, Param];
  run: (a: unknown, b: unknown) => unknown;
}

const FULL_NAME: Record<Param, string> = { dt: 'System.DateTime', ts: 'System.TimeSpan', dbl: 'System.Double' };
const ts = (v: unknown) => v as TimeSpanValue;
const dt = (v: unknown) => v as DateTimeValue;

/** A TimeSpan from a Double count of ticks, rounded half to even, as TimeSpan's operators make it. */
function spanOf(ticks: number): TimeSpanValue {
  return TimeSpanValue.fromDoubleTicks(Math.abs(ticks % 1) === 0.5 ? 2 * Math.round(ticks / 2) : Math.round(ticks));
}

/** The Double operand of op_Multiply and op_Division, which refuse NaN. */
function factor(v: unknown, parameter: 'factor' | 'divisor'): number {
  const n = Number(v);
  if (Number.isNaN(n)) throw new DotNetException(`TimeSpan does not accept floating point Not-a-Number values. (Parameter '${parameter}')`, 'DotNetMethodException');
  return n;
}

const OVERLOADS: Record<string, Record<string, Overload[]>> = {
  'System.TimeSpan': {
    op_Addition: [{ params: ['ts', 'ts'], run: (a, b) => ts(a).plus(ts(b)) }],
    op_Subtraction: [{ params: ['ts', 'ts'], run: (a, b) => ts(a).minus(ts(b)) }],
    op_Multiply: [
      { params: ['ts', 'dbl'], run: (a, b) => spanOf(ts(a).ticks * factor(b, 'factor')) },
      { params: ['dbl', 'ts'], run: (a, b) => spanOf(ts(b).ticks * factor(a, 'factor')) },
    ],
    op_Division: [
      { params: ['ts', 'dbl'], run: (a, b) => spanOf(ts(a).ticks / factor(b, 'divisor')) },
      { params: ['ts', 'ts'], run: (a, b) => typed(ts(a).ticks / ts(b).ticks, 'System.Double') },
    ],
  },
  'System.DateTime': {
    op_Addition: [{ params: ['dt', 'ts'], run: (a, b) => dt(a).addSpan(ts(b), 1, 't') }],
    op_Subtraction: [
      { params: ['dt', 'dt'], run: (a, b) => dt(a).minus(dt(b)) },
      { params: ['dt', 'ts'], run: (a, b) => dt(a).addSpan(ts(b), -1, 't') },
    ],
  },
};

function kindOf(raw: unknown): Kind {
  const v = unwrap(raw);
  if (v === null || v === undefined) return 'null';
  if (v instanceof DateTimeValue) return 'dt';
  if (v instanceof TimeSpanValue) return 'ts';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') {
    const type = typeNameOf(unwrapArgument(raw));
    return type === 'System.Double' || type === 'System.Single' || type === 'System.Decimal' ? 'dbl' : 'int';
  }
  return 'other';
}

/**
 * How well an operand's type converts to a parameter's (0: not at all), as the method binder ranks it:
 * a number or its text goes best to a Double, a DateTime or Boolean only through IConvertible, $null to no
 * DateTime or TimeSpan.
 */
function rank(from: Kind, to: Param): number {
  if (from === to) return 3;
  if (to === 'dbl') return from === 'int' || from === 'str' || from === 'null' ? 2 : from === 'ts' || from === 'other' ? 0 : 1;
  if (from === 'null' || from === 'other') return 0;
  return to === 'dt' && from === 'ts' ? 0 : from === 'dt' && to === 'ts' ? 1 : 1;
}

/** The overload the binder picks: the only one, else the best ranked (a tie is ambiguous). */
function pick(method: string, overloads: Overload[], kinds: [Kind, Kind]): Overload {
  if (overloads.length === 1) return overloads[0]!;
  const scored = overloads.map((o) => ({ o, r: o.params.map((p, i) => rank(kinds[i]!, p)) })).filter((s) => s.r.every((r) => r > 0));
  if (scored.length === 0) throw noOverload(method, 2);
  const better = (a: number[], b: number[]) => a.every((x, i) => x >= b[i]!) && a.some((x, i) => x > b[i]!);
  const best = scored.filter((s) => !scored.some((t) => t !== s && better(t.r, s.r)));
  if (best.length > 1) throw new MethodCallError(`Multiple ambiguous overloads found for "${method}" and the argument count: "2".`, 'MethodException', 'MethodCountCouldNotFindBest');
  return best[0]!.o;
}

/** An argument converted to a parameter's type; its failure names the argument, as a method call's does. */
function argument(method: string, index: number, raw: unknown, to: Param): unknown {
  try {
    if (to === 'ts') return toTimeSpan(raw);
    if (to === 'dt') return toDateTime(raw);
    return unwrap(castTo('System.Double', raw));
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    const v = unwrap(raw);
    const shown = v === null || v === undefined ? '' : Array.isArray(v) ? typeNameOf(v) : toPSString(v);
    throw argumentConversionError(method, String(index), shown, FULL_NAME[to], e.message);
  }
}

/**
 * `left op right` through the operator methods of `owner`'s type (a DateTime or TimeSpan operand).
 * Undefined when the type has no such method (`$date * 2`).
 */
export function timeOperator(op: string, leftRaw: unknown, rightRaw: unknown, owner: DateTimeValue | TimeSpanValue): unknown {
  const method = OPERATOR_METHOD[op]!;
  const overloads = OVERLOADS[owner.typeName]![method];
  if (!overloads) return undefined;
  const chosen = pick(method, overloads, [kindOf(leftRaw), kindOf(rightRaw)]);
  const a = argument(method, 0, leftRaw, chosen.params[0]);
  const b = argument(method, 1, rightRaw, chosen.params[1]);
  try {
    return chosen.run(a, b);
  } catch (e) {
    // An operator's own exception is a DotNetMethodException whatever its .NET type.
    if (e instanceof DotNetException) throw invocationFailed(method, 2, new DotNetException(e.message, 'DotNetMethodException'));
    throw e;
  }
}

/** Whether `raw` is a number PowerShell hands to the other operand's operator method (no Decimal or BigInteger: they have their own). */
export function isPlainNumber(raw: unknown): boolean {
  const v = unwrapArgument(raw);
  if (v instanceof DecimalValue) return false;
  return typeof v === 'number' || typeof v === 'boolean' || (v instanceof TypedNumber && v.type !== 'System.Numerics.BigInteger');
}
