// PowerShell's operators on values (ParserOps / the binder's operator semantics): arithmetic,
// comparison with its case prefixes (-ceq/-ieq), -like/-match/-replace, -contains/-in, -is/-as,
// ranges, -f, -join, -split. Pure: no AST, no spans. A failure that PowerShell reports at the
// operator is thrown as AtOperator (the executor adds the extent); anything else (an invalid
// wildcard, a conversion outside the operator's own) propagates as it is.

import { derivesFrom } from './type-hierarchy.js';
import { RegexPatternError, RegexSyntaxError, checkSyntax, operatorMatch, operatorPattern, operatorReplace, type Compiled } from './regex-type.js';
import { ArgumentNumber, ConversionError, enumerate, isTrue, toEnum, toInt, toNumber, toPSString, typeNameOf, unwrap, unwrapArgument, valueText } from './convert.js';
import { arithmeticResult, arithmeticType, DecimalValue, exactIntegerRange, mixedSignType, toDec, typed, TypedNumber } from './numeric.js';
import { type Dec, DecimalDivideByZero, DecimalOverflow, add, div, mod, mul, negate, sub } from './decimal.js';
import { formatString, FormatStringError } from './format-operator.js';
import { scanOperand } from './string-numbers.js';
import * as R from './runtime-strings.js';
import { castTo } from './types.js';
import { ClassInstance } from './class-instance.js';
import { DateTimeValue } from './datetime.js';
import { TimeSpanValue } from './timespan.js';
import { isPlainNumber, timeOperator } from './time-operators.js';
import { MIN_TICKS } from './timespan.js';
import { SwitchParameter } from './switch-parameter.js';
import { compareTime, toDateTimeOffset, toTimeSpan } from './time-conversions.js';
import { DateTimeOffsetValue } from './datetime-offset.js';
import { MethodCallError } from './constructors.js';
import { VALUE_TYPE, getMember } from './values-members.js';
import { WrappedValue } from './instance-members.js';
import { EnumValue, PSHashtable, PSObject, type EnumType } from './values.js';
import { wildcardMatch } from './wildcard.js';
import { BitwiseError, bitwise, bitwiseNot, shift } from './operators-bitwise.js';
import { splitOperator, splitWhitespace } from './operators-split.js';
import { isCharValue, keepChar } from './chars.js';
import { ComparisonError, equalValues, orderValues, type Relation } from './operators-compare.js';
import { bigIntegerOperator, decimalOperator, isBigInteger } from './big-integer.js';
import { EnumOperatorError, asEnumResult, enumArithmetic, enumShiftError } from './operators-enum.js';
import { OPERATOR_METHOD } from './operator-methods.js';

/** A RuntimeException raised by an operator (InvalidOperation unless it says otherwise). */
export class OperatorError extends Error {
  constructor(
    readonly entry: R.MessageEntry,
    readonly targetObject: unknown = null,
    /** The error category: InvalidOperation for the operators' own errors, NotSpecified for division by
     *  zero (its view label is RuntimeException), OperationStopped for results too large to build. */
    readonly category: string = 'InvalidOperation',
    /** The .NET exception PowerShell's RuntimeException wraps (catch and trap match it too). */
    readonly innerException?: string,
    /** The exception the record holds when it is not a RuntimeException (ExtendedTypeSystemException). */
    readonly thrownType?: string,
    /** Reported at the operator token rather than the statement (-split's count and options). */
    readonly atOperatorToken = false,
  ) {
    super(entry.message);
  }

  /** The exception in the record: a .NET exception that stopped the operation (ArgumentException ...) is reported as itself. */
  get exceptionType(): string {
    if (this.thrownType) return this.thrownType;
    return this.category === 'OperationStopped' ? this.entry.errorId.replace(/^System\./, '') : 'RuntimeException';
  }
}

/** .NET's largest array, and what spo-shell holds before reporting what .NET reports when memory runs out. */
const MAX_ARRAY_LENGTH = 0x7fffffc7;
const MAX_ELEMENTS = 1 << 26;
const MAX_STRING_LENGTH = (1 << 29) - 24;
const INT32_MAX = 2 ** 31 - 1;
const stopped = (entry: R.MessageEntry) => new AtOperator(new OperatorError(entry, null, 'OperationStopped'));

/** `'ab' * n` and `@(1, 2) * n`, failing as pwsh does (OperationStopped) where the result cannot be built. */
function repeat(left: string | unknown[], right: unknown): string | unknown[] {
  // Text is read as a number token first (its failure names the trimmed text), as the binder reads it.
  const count = unwrap(right);
  const operand = () => (typeof count === 'string' ? scanOperand(count, 'System.Int32') : right);
  // An array's count is a UInt32 (`@(1) * -1` fails; `@(1) * @(2)` names UInt32); text's is an Int32.
  const times = atOperator(() => (typeof left === 'string' ? toInt(operand()) : Number(unwrap(castTo('System.UInt32', operand())))));
  if (typeof left === 'string') {
    if (times < 0) throw stopped(R.NegativeRepeatCount(times));
    if (left.length * times > INT32_MAX) throw stopped(R.RepeatLengthOutOfRange());
    if (left.length * times > MAX_STRING_LENGTH) throw stopped(R.InsufficientMemory());
    return left.repeat(times);
  }
  const length = left.length * Math.max(0, times);
  if (length > MAX_ARRAY_LENGTH) throw stopped(R.ArrayDimensionsExceeded());
  if (length > MAX_ELEMENTS) throw stopped(R.InsufficientMemory());
  return Array.from({ length: Math.max(0, times) }, () => left).flat();
}

/** A failure to report at the operator's extent: an OperatorError or an operand's ConversionError. */
export class AtOperator extends Error {
  constructor(readonly error: OperatorError | ConversionError | MethodCallError) {
    super(error.message);
  }
}

/** What operators may change outside their result: -match sets $Matches. */
export interface OperatorScope {
  setMatches(matches: PSHashtable): void;
}

/** Comparison operators without their case prefix (`-ceq` → eq). */
export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace',
  'contains', 'notcontains', 'in', 'notin', 'is', 'isnot', 'as',
]);

const fail = (entry: R.MessageEntry, targetObject: unknown = null) => new AtOperator(new OperatorError(entry, targetObject));

function number(value: unknown): number {
  try {
    return toNumber(value);
  } catch (e) {
    if (e instanceof ConversionError) throw new AtOperator(e);
    throw e;
  }
}

/** Runs an operator that converts its operands itself: its failures are reported at the operator. */
function atOperator<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ConversionError || e instanceof MethodCallError) throw new AtOperator(e);
    if (e instanceof BitwiseError) throw fail(e.entry);
    if (e instanceof EnumOperatorError) throw new AtOperator(new OperatorError(e.entry, null, e.category, e.innerException));
    throw e;
  }
}

/** `-split` with a pattern that is no valid regular expression fails as -match does. */
const SPLIT_OPTIONS: EnumType = {
  fullName: 'System.Management.Automation.SplitOptions',
  names: ['SimpleMatch', 'RegexMatch', 'CultureInvariant', 'IgnorePatternWhitespace', 'Multiline', 'Singleline', 'IgnoreCase', 'ExplicitCapture'],
  values: [1, 2, 4, 8, 16, 32, 64, 128],
};

/**
 * The count and options of `-split pattern, count, options` convert first; pwsh reports their failure
 * as a RuntimeException at the operator token, as it does an empty argument list and SimpleMatch
 * combined with an option other than IgnoreCase (a ParseException).
 */
function checkSplitArguments(parts: unknown[], op: string): number {
  const atToken = (entry: R.MessageEntry, category: string, thrownType?: string) => new AtOperator(new OperatorError(entry, null, category, undefined, thrownType, true));
  if (parts.length === 0) throw atToken({ errorId: 'BadOperatorArgument', message: `The argument to operator '-${op.replace(/^-[ci]?/, '')}' is not valid: System.Object[].` }, 'InvalidOperation');
  let mask = 0;
  try {
    if (parts.length > 1) toInt(parts[1]);
    const options = unwrap(parts[2]);
    if (typeof options === 'string' && options.includes(',')) mask = splitOptionNames(options);
    else if (typeof options === 'string' && options.trim() !== '' && !/^\s*\d+\s*$/.test(options)) mask = toEnum(options, SPLIT_OPTIONS).value;
    else if (options !== null && options !== undefined && !(typeof options === 'string' && options.trim() === '')) mask = toInt(options);
  } catch (e) {
    if (e instanceof ConversionError) throw atToken({ errorId: 'RuntimeException', message: e.message }, 'NotSpecified');
    throw e;
  }
  if (mask & 1 && mask & ~(1 | 64)) throw atToken({ errorId: 'InvalidSplitOptionCombination', message: 'The combination of options with the -split operator is not valid.' }, 'ParserError', 'ParseException');
  return mask;
}

/** `'SimpleMatch, IgnoreCase'`: the flags ORed (a name that is none fails as the enum conversion does). */
function splitOptionNames(text: string): number {
  let mask = 0;
  for (const part of text.split(',')) {
    const i = SPLIT_OPTIONS.names.findIndex((n) => n.toLowerCase() === part.trim().toLowerCase());
    if (i < 0) toEnum(text, SPLIT_OPTIONS);
    mask |= SPLIT_OPTIONS.values![i]!;
  }
  return mask;
}

function split(left: unknown, right: unknown, caseSensitive: boolean, op: string): unknown {
  const parts = Array.isArray(right) ? right : [right];
  const mask = checkSplitArguments(parts, op);
  // The pattern is checked before the split, even of nothing (`@() -split '('`).
  if (!(mask & 1)) regex(parts[0] ?? null, () => checkSyntax(toPSString(parts[0] ?? null)));
  return regex(parts[0] ?? null, () => atOperator(() => splitOperator(left, right, caseSensitive, mask)));
}

/** `@(1,2) - 1`: an array has no arithmetic operator method (pwsh names the one it looked for). */
const ARRAY_OPERATOR_METHOD: Record<string, string> = { '-': 'op_Subtraction', '/': 'op_Division', '%': 'op_Modulus' };

/** The .NET type of an operand once converted to the number `n`. */
function numericType(raw: unknown, n: number): string {
  const v = unwrapArgument(raw);
  if (v instanceof TypedNumber) return v.type;
  return typeNameOf(n);
}

/**
 * A text operand read as the binder reads it (Parser.ScanNumber): a number token keeps its own type
 * (`1 + '1.5'` is a Double), other text converts to the numeric operand's type, whose failure names it.
 */
function textOperand(raw: unknown, other: unknown): unknown {
  const v = unwrap(raw);
  if (typeof v !== 'string') return raw;
  const o = unwrap(other);
  return atOperator(() => scanOperand(v, typeof o === 'number' ? numericType(other, o) : 'System.Int32'));
}

/**
 * A collection or hashtable operand of arithmetic: .NET looks for the operator method on its type and
 * finds none (`1 + @{}`: [System.Collections.Hashtable] does not contain a method named 'op_Addition').
 */
function checkOperatorMethod(symbol: string, left: unknown, right: unknown, leftRaw: unknown, rightRaw: unknown): void {
  const method = OPERATOR_METHOD[symbol]!;
  if (lacksOperatorMethods(left, leftRaw)) throw fail(R.MethodNotFound(operatorOwnerName(leftRaw), method), method);
  if (!lacksOperatorMethods(right, rightRaw)) return;
  // Text on the left is read as a number first (`'abc' - @(1)` fails on 'abc'; `'5' / @{}` on the method).
  if (typeof left === 'string') atOperator(() => scanOperand(left, 'System.Int32'));
  throw fail(R.MethodNotFound(operatorOwnerName(rightRaw), method), method);
}

/**
 * An operand that is no number, text, enum or time: a collection, a hashtable, a switch, or any other object
 * (an ErrorRecord, a custom object, a script block, an exception). pwsh looks for the operator method on its
 * type rather than converting it (`$error[0] + 1`: [System.Management.Automation.ErrorRecord] does not
 * contain a method named 'op_Addition').
 */
function lacksOperatorMethods(v: unknown, raw: unknown): boolean {
  if (v === null || v === undefined || typeof v !== 'object') return false;
  return !(v instanceof EnumValue || v instanceof DecimalValue || v instanceof TypedNumber || v instanceof DateTimeValue || v instanceof TimeSpanValue || isBigInteger(raw) || isCharValue(raw));
}

/** The type pwsh names for an operand's operator method: a custom object's is PSObject. */
function operatorOwnerName(raw: unknown): string {
  const v = unwrap(raw);
  return v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject' ? 'System.Management.Automation.PSObject' : typeNameOf(raw);
}

/** A primitive .NET value (Boolean, Char, the integer types, Double): ImplicitOp looks for no operator method on it. Decimal is none. */
function isPrimitive(raw: unknown): boolean {
  const v = unwrap(raw);
  return typeof v === 'boolean' || (typeof v === 'number' && typeNameOf(raw) !== 'System.Decimal' && !isBigInteger(raw));
}

/**
 * ParserOps.ImplicitOp: the operator method of the left operand's type, or of the right's when the left is
 * a primitive; two primitives (or a $null) have none (`$true * 1`: the operation is not defined).
 */
function operatorMethodOf(symbol: string, leftRaw: unknown, rightRaw: unknown): unknown {
  const left = unwrap(leftRaw);
  const right = unwrap(rightRaw);
  const owner = left !== null && left !== undefined && !isPrimitive(leftRaw) ? leftRaw : right !== null && right !== undefined && !isPrimitive(rightRaw) ? rightRaw : undefined;
  const shown = (v: unknown, raw: unknown) => (v === null || v === undefined ? '$null' : typeNameOf(raw));
  if (owner === undefined) throw fail(R.OperationNotDefined(shown(left, leftRaw), symbol, shown(right, rightRaw)));
  if (isBigInteger(owner)) return bigIntegerOperator(symbol, leftRaw, rightRaw);
  if (typeNameOf(owner) === 'System.Decimal') return decimalOperator(symbol, leftRaw, rightRaw, (v) => castTo('System.Decimal', v));
  const method = OPERATOR_METHOD[symbol]!;
  throw fail(R.MethodNotFound(typeNameOf(owner), method), method);
}

/**
 * The operands the binder does not compute as two numbers: a BigInteger (no numeric type to PowerShell)
 * on either side, or a Decimal on the left with an operand that is neither a number nor text, go to the
 * operator methods. Undefined when the numeric arithmetic applies.
 */
function operatorMethodOperands(symbol: string, leftRaw: unknown, rightRaw: unknown): unknown {
  const left = unwrap(leftRaw);
  const right = unwrap(rightRaw);
  if (Array.isArray(left) || left instanceof PSHashtable) return undefined;
  if (isBigInteger(leftRaw)) return bigIntegerOperator(symbol, leftRaw, rightRaw);
  if (isBigInteger(rightRaw)) {
    // Text on the left is read as a number first (`'1.5' - 100n` is 1.5 - 100n); $null is 0.
    if (typeof left === 'string') return operatorMethodOperands(symbol, atOperator(() => scanOperand(left, 'System.Int32')), rightRaw) ?? operatorMethodOf(symbol, leftRaw, rightRaw);
    return operatorMethodOf(symbol, left === null || left === undefined ? 0 : leftRaw, rightRaw);
  }
  const plain = right === null || right === undefined || typeof right === 'string' || isPrimitive(rightRaw) || right instanceof EnumValue || typeNameOf(rightRaw) === 'System.Decimal';
  if (typeNameOf(leftRaw) === 'System.Decimal' && !plain && !Array.isArray(right) && !(right instanceof PSHashtable)) return operatorMethodOf(symbol, leftRaw, rightRaw);
  if (typeNameOf(leftRaw) === 'System.Decimal' && (Array.isArray(right) || right instanceof PSHashtable)) return operatorMethodOf(symbol, leftRaw, rightRaw);
  // A Boolean computed with a Decimal: LINQ has no conversion between the two (pwsh's binder stops).
  if (typeof left === 'boolean' && typeNameOf(rightRaw) === 'System.Decimal') {
    throw stopped({ errorId: 'System.InvalidOperationException', message: "No coercion operator is defined between types 'System.Boolean' and 'System.Decimal'." });
  }
  return undefined;
}

/** + - * / % on numbers: computed in the wider operand type; integer overflow gives a Double. */
function arithmetic(leftText: unknown, rightText: unknown, op: (a: number, b: number) => number, divides = false, symbol = '+'): unknown {
  const enumLeft = unwrap(leftText);
  if (enumLeft instanceof EnumValue) return atOperator(() => enumArithmetic(symbol, enumLeft, rightText));
  const viaMethod = atOperator(() => operatorMethodOperands(symbol, leftText, rightText));
  if (viaMethod !== undefined) return viaMethod;
  checkOperatorMethod(symbol, unwrap(leftText), unwrap(rightText), leftText, rightText);
  const leftRaw = textOperand(leftText, rightText);
  const rightRaw = textOperand(rightText, leftText);
  const a = number(leftRaw);
  const b = number(rightRaw);
  const type = mixedSignType(numericType(leftRaw, a), numericType(rightRaw, b), a, b) ?? arithmeticType(numericType(leftRaw, a), numericType(rightRaw, b));
  if (divides && b === 0 && type !== 'System.Double') throw new AtOperator(new OperatorError(R.DivideByZero(), null, 'NotSpecified', 'DivideByZeroException'));
  if (type === 'System.Decimal') return decimalArithmetic(symbol, leftRaw, rightRaw);
  const result = op(a, b);
  if ((type === 'System.Int64' || type === 'System.UInt64') && !(Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(result))) {
    const exact = exactInteger64(symbol, leftRaw, rightRaw, a, b, type);
    if (exact !== undefined) return exact;
  }
  return arithmeticResult(result, type);
}

/**
 * Int64/UInt64 arithmetic past 2^53 computed on the exact digits (`[long]::MaxValue - 1` is
 * 9223372036854775806, not a rounded Double); an inexact quotient is the Doubles' quotient, typed Double;
 * undefined on an overflow (the Double path decides, as pwsh does).
 */
function exactInteger64(symbol: string, leftRaw: unknown, rightRaw: unknown, a: number, b: number, type: string): unknown {
  const big = (raw: unknown, n: number): bigint | undefined => {
    const t = unwrapArgument(raw);
    if (t instanceof TypedNumber && t.exact !== undefined) return t.exact;
    return Number.isInteger(n) ? BigInt(n) : undefined;
  };
  const x = big(leftRaw, a);
  const y = big(rightRaw, b);
  if (x === undefined || y === undefined) return undefined;
  let r: bigint;
  switch (symbol) {
    case '+': r = x + y; break;
    case '-': r = x - y; break;
    case '*': r = x * y; break;
    case '%': if (y === 0n) return undefined; r = x % y; break;
    case '/':
      if (y === 0n) return undefined;
      // An inexact quotient is a Double (Int64 division divides as Doubles when the remainder is not 0).
      if (x % y !== 0n) return typed(Number(x) / Number(y), 'System.Double');
      r = x / y;
      break;
    default: return undefined;
  }
  const [min, max] = exactIntegerRange(type);
  if (r < min || r > max) return undefined;
  return typed(Number(r), type, Number.isSafeInteger(Number(r)) ? undefined : r);
}

const DECIMAL_OPERATIONS: Record<string, (a: Dec, b: Dec) => Dec> = { '+': add, '-': sub, '*': mul, '/': div, '%': mod };

/**
 * Arithmetic computed in Decimal: both operands converted (a Double to 15 digits; one past the range
 * stops the operation), then .NET's scale rules (decimal.ts). A result past the range, like a division
 * by zero, is a RuntimeException around .NET's exception (DecimalOps wraps it).
 */
function decimalArithmetic(symbol: string, leftRaw: unknown, rightRaw: unknown): DecimalValue {
  let a: Dec;
  let b: Dec;
  try {
    a = toDec(unwrapArgument(leftRaw));
    b = toDec(unwrapArgument(rightRaw));
  } catch (e) {
    if (e instanceof DecimalOverflow) throw stopped(R.DecimalOverflow());
    throw e;
  }
  try {
    return new DecimalValue(DECIMAL_OPERATIONS[symbol]!(a, b));
  } catch (e) {
    if (e instanceof DecimalOverflow) throw new AtOperator(new OperatorError({ errorId: 'RuntimeException', message: R.DecimalOverflow().message }, null, 'NotSpecified', 'OverflowException'));
    if (e instanceof DecimalDivideByZero) throw new AtOperator(new OperatorError(R.DivideByZero(), null, 'NotSpecified', 'DivideByZeroException'));
    throw e;
  }
}

/**
 * `-x` is `0 - x` and `+x` is `0 + x` to pwsh: a collection, a script block, a switch or an object has no
 * op_Subtraction/op_Addition (a custom object's type is PSObject), where a cast to a number would say "Cannot convert".
 */
function refuseSignOperand(d: unknown, method: 'op_Subtraction' | 'op_Addition'): void {
  const type = d instanceof PSObject && d.typeName === 'System.Management.Automation.PSCustomObject' ? 'System.Management.Automation.PSObject' : typeNameOf(d);
  if (Array.isArray(d) || d instanceof PSHashtable || d instanceof SwitchParameter || type === 'System.Management.Automation.PSObject' || type === 'System.Management.Automation.ScriptBlock') {
    throw fail(R.MethodNotFound(type, method), method);
  }
}

export function unary(op: string, value: unknown): unknown {
  switch (op) {
    case '!':
    case '-not':
      return !isTrue(value);
    case ',':
      return [value];
    case '-': {
      const d = unwrapArgument(value);
      if (d instanceof DecimalValue) return new DecimalValue(negate(d.dec));
      // TimeSpan has op_UnaryNegation and op_UnaryPlus (`-(New-TimeSpan -Seconds 5)` is -5 s).
      if (d instanceof TimeSpanValue) {
        if (d.exact === undefined) return new TimeSpanValue(d.ticks === 0 ? 0 : -d.ticks);
        // PowerShell negates a span as `0 - span`: -TimeSpan.MinValue overflows in op_Subtraction.
        return d.exact === MIN_TICKS ? timeArithmetic('-', 0, value) : TimeSpanValue.fromBig(-d.exact);
      }
      refuseSignOperand(d, 'op_Subtraction');
      const n = number(value);
      return arithmeticResult(-n, arithmeticType(numericType(value, n), 'System.Int32'));
    }
    case '+': {
      const d = unwrapArgument(value);
      if (d instanceof DecimalValue || d instanceof TimeSpanValue) return d;
      refuseSignOperand(d, 'op_Addition');
      return number(value);
    }
    case '-join':
      return enumerate(keepText(value)).map(joinText).join('');
    case '-split':
    case '-isplit':
    case '-csplit':
      return splitWhitespace(value);
    case '-bnot': {
      const result = atOperator(() => bitwiseNot(value));
      const operand = unwrap(value);
      return operand instanceof EnumValue ? asEnumResult(operand, result) : result;
    }
    default:
      return value;
  }
}

/**
 * DateTimeOffset's operators: `-` of another (a DateTime converts) is a TimeSpan; `+` and `-` of a
 * TimeSpan (a whole number is ticks) move the instant and keep the offset.
 */
function offsetArithmetic(op: string, method: string, left: DateTimeOffsetValue, rightRaw: unknown): unknown {
  const right = unwrap(rightRaw);
  if (op === '-' && (right instanceof DateTimeOffsetValue || right instanceof DateTimeValue)) return left.callMethod('Subtract', [toDateTimeOffset(right)])!.value;
  if (op === '+' || op === '-') {
    const span = right instanceof TimeSpanValue ? right : isPlainNumber(rightRaw) ? toTimeSpan(rightRaw) : undefined;
    if (span) return left.callMethod(op === '+' ? 'Add' : 'Subtract', [span])!.value;
  }
  throw fail(R.MethodNotFound(left.typeName, method), method);
}

/**
 * Arithmetic with a DateTime or TimeSpan operand goes to its type's operator methods (time-operators.ts):
 * the left operand's, or the right one's when the left is a number, a Boolean, $null (0 to `-`, `/`, `%`)
 * or text that `-`, `/`, `%` read as a number. Undefined when the operands are for the other rules
 * (`'a' + $date` concatenates, `$null * $span` is $null, `'ab' * 2` repeats).
 */
function timeArithmetic(op: string, leftRaw: unknown, rightRaw: unknown): unknown {
  const method = OPERATOR_METHOD[op];
  if (!method) return undefined;
  const left = unwrap(leftRaw);
  const right = unwrap(rightRaw);
  if (left instanceof DateTimeOffsetValue) return atOperator(() => offsetArithmetic(op, method, left, rightRaw));
  let owner: DateTimeValue | TimeSpanValue;
  if (left instanceof DateTimeValue || left instanceof TimeSpanValue) owner = left;
  else if (right instanceof DateTimeValue || right instanceof TimeSpanValue) {
    owner = right;
    if (op === '+' || op === '*') {
      // A [char] concatenates to `+` but is a number (its code) to `*`.
      if (left === null || left === undefined || typeof left === 'string' || (op === '+' && isChar(leftRaw))) return undefined;
    } else if (left === null || left === undefined) leftRaw = 0;
    else if (typeof left === 'string') leftRaw = atOperator(() => scanOperand(left, 'System.Int32'));
    if (!isPlainNumber(leftRaw)) return undefined;
  } else return undefined;
  const result = atOperator(() => timeOperator(op, leftRaw, rightRaw, owner));
  if (result === undefined) throw fail(R.MethodNotFound(owner.typeName, method), method);
  return result;
}

/**
 * What `array + right` adds to the array: a collection's elements, or the value itself; nothing for
 * AutomationNull. The executor extends a chain's own intermediate array with it (`@() + 1 + 1 …`).
 */
export function appendToArray(target: unknown[], rightRaw: unknown): void {
  if (rightRaw === undefined) return;
  const right = keepChar(rightRaw);
  if (!Array.isArray(right)) target.push(right);
  // One element at a time: a spread of a very large array would overflow the call stack.
  else for (const item of right) target.push(item);
}

export function binary(op: string, leftRaw: unknown, rightRaw: unknown, scope: OperatorScope): unknown {
  // AutomationNull (convert.ts collectedValue) is $null to an operator, except: an array + it adds nothing
  // (`$a += & {}`), and to the operators that enumerate their left operand it is an empty collection
  // (`$x -like '*'` is @(), `$x -contains $null` is False).
  if (rightRaw === undefined && op === '+' && Array.isArray(unwrap(leftRaw))) return [...(unwrap(leftRaw) as unknown[])];
  if (leftRaw === undefined && /^-[ci]?(?:(?:not)?(?:like|match|contains)|replace|split)$/i.test(op)) leftRaw = [];
  leftRaw ??= null;
  rightRaw ??= null;
  // A [char] stays a char: -f, -join, -split and the comparisons read it as its character.
  const left = keepChar(leftRaw);
  const right = keepChar(rightRaw);
  const time = timeArithmetic(op, leftRaw, rightRaw);
  if (time !== undefined) return time;
  if (Array.isArray(left) && ARRAY_OPERATOR_METHOD[op]) throw fail(R.MethodNotFound(typeNameOf(leftRaw), ARRAY_OPERATOR_METHOD[op]!), ARRAY_OPERATOR_METHOD[op]);
  switch (op.toLowerCase()) {
    case '+':
      if (Array.isArray(left)) {
        const sum = left.slice();
        appendToArray(sum, rightRaw);
        return sum;
      }
      if (left instanceof PSHashtable) {
        if (!(right instanceof PSHashtable)) throw fail(R.AddHashTableToNonHashTable());
        const h = new PSHashtable(left.ordered);
        for (const [k, v] of left.entries()) h.set(k, v);
        for (const [k, v] of right.entries()) {
          if (h.has(k)) throw stopped(R.DuplicateKey(toPSString(k)));
          h.set(k, v);
        }
        return h;
      }
      // A string, or a [char] on the left, concatenates.
      if (typeof left === 'string' || isChar(leftRaw)) return toPSString(leftRaw) + valueText(rightRaw);
      // $null + x is x in its own type (a UInt32 stays one).
      if (left === null) return unwrapArgument(rightRaw) instanceof TypedNumber ? unwrapArgument(rightRaw) : typeof right === 'string' ? right : right === null ? null : right;
      return arithmetic(leftRaw, rightRaw, (a, b) => a + b);
    case '-':
      return arithmetic(leftRaw, rightRaw, (a, b) => a - b, false, '-');
    case '*':
      // $null times anything is $null.
      if (left === null || left === undefined) return null;
      // A Boolean or a [char] is no number to `*`: the operator method of the other operand's type, if any.
      if (typeof left === 'boolean' || isChar(leftRaw)) return atOperator(() => operatorMethodOf('*', leftRaw, rightRaw));
      if (typeof left === 'string' || Array.isArray(left)) return repeat(left, rightRaw);
      return arithmetic(leftRaw, rightRaw, (a, b) => a * b, false, '*');
    case '/':
      return arithmetic(leftRaw, rightRaw, (a, b) => a / b, true, '/');
    case '%':
      return arithmetic(leftRaw, rightRaw, (a, b) => a % b, true, '%');
    case '-and':
      return isTrue(left) && isTrue(right);
    case '-or':
      return isTrue(left) || isTrue(right);
    case '-xor':
      return isTrue(left) !== isTrue(right);
    case '..':
      return range(unwrapArgument(leftRaw), unwrapArgument(rightRaw));
    case '-f':
      try {
        // A Decimal argument keeps its digits and scale for its format.
        return formatString(toPSString(keepText(leftRaw)), enumerate(keepText(rightRaw)));
      } catch (e) {
        if (e instanceof FormatStringError) throw fail(R.FormatError(e.message));
        throw e;
      }
    case '-join':
      return enumerate(keepText(leftRaw)).map(joinText).join(toPSString(keepText(rightRaw)));
    case '-split':
    case '-isplit':
    case '-csplit':
      return split(keepText(leftRaw), right, op.toLowerCase() === '-csplit', op.toLowerCase());
    case '-band':
    case '-bor':
    case '-bxor': {
      const result = atOperator(() => bitwise(op.toLowerCase() as '-band' | '-bor' | '-bxor', leftRaw, rightRaw));
      return left instanceof EnumValue ? asEnumResult(left, result) : result;
    }
    case '-shl':
    case '-shr':
      if (left instanceof EnumValue) {
        return atOperator(() => {
          throw enumShiftError(op.toLowerCase() as '-shl' | '-shr', left);
        });
      }
      return atOperator(() => shift(op.toLowerCase() as '-shl' | '-shr', leftRaw, rightRaw));
  }
  // `-ceq`/`-ieq` carry a case prefix; `-contains`, `-in`, `-is` only start with one.
  let base = op.slice(1).toLowerCase();
  let caseSensitive = false;
  if (!COMPARISON_OPERATORS.has(base) && /^[ci]/.test(base) && COMPARISON_OPERATORS.has(base.slice(1))) {
    caseSensitive = base[0] === 'c';
    base = base.slice(1);
  }
  if (Array.isArray(left) && base === 'replace') {
    // -replace on a collection replaces in each element; its pattern is checked even when there is none.
    const pattern = Array.isArray(right) ? right[0] : right;
    regex(pattern, () => operatorPattern(pattern, caseSensitive), false);
    return left.map((x) => compare(base, keepText(x), right, caseSensitive, scope));
  }
  if (RELATIONS.has(base)) {
    const relation = base as Relation;
    const test = (x: unknown) => relate(relation, x, rightRaw, caseSensitive);
    // Comparison with a collection on the left filters it, each element compared as a scalar.
    return Array.isArray(left) ? left.filter(test) : test(unwrapArgument(leftRaw));
  }
  if (Array.isArray(left) && !['contains', 'notcontains', 'in', 'notin', 'is', 'isnot', 'as'].includes(base)) {
    // Comparison with a collection on the left filters it (-match then leaves $Matches as it was); a
    // pattern is checked even when there is no element.
    if (base === 'match' || base === 'notmatch') regex(right, () => operatorPattern(right, caseSensitive));
    return left.filter((x) => isTrue(compare(base, keepText(x), right, caseSensitive, KEEP_MATCHES)));
  }
  // -is, -isnot and -as read the operand's own type (a Double that is a whole number stays a Double);
  // a [char] stays a char (chars.ts compares it).
  const typed = unwrapArgument(leftRaw);
  // A number typed as a command argument stays wrapped for -is (it is a [psobject]) and -as (which
  // converts as a cast does: its [string] is its typed text).
  const typedLeft = base === 'is' || base === 'isnot' || (base === 'as' && leftRaw instanceof ArgumentNumber) ? leftRaw : base === 'as' ? typed : keepText(leftRaw);
  // A char converts the other operand by its own type ([double]3 is no [char]).
  return compare(base, typedLeft, isCharValue(typedLeft) ? unwrapArgument(rightRaw) : right, caseSensitive, scope);
}

/**
 * `a..b`; the ends are converted to [int] as PowerShell does (`1.6..3` starts at 2). Two one-character
 * strings that are no digits (or chars) give a range of characters (`'a'..'e'`). Text that is no number stops the
 * operation with .NET's FormatException.
 */
function range(left: unknown, right: unknown): unknown[] {
  // A one-character string that is no digit counts as a character ('1'..'3' is a range of numbers).
  const charOf = (v: unknown): number | undefined => (typeof v === 'string' && v.length === 1 && !/[0-9]/.test(v) ? v.charCodeAt(0) : v instanceof TypedNumber && v.type === 'System.Char' ? v.value : undefined);
  const fromChar = charOf(left);
  const toChar = charOf(right);
  const chars = fromChar !== undefined && toChar !== undefined;
  const bound = (value: unknown) => {
    try {
      return toInt(value);
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      const inner = /Error: "(.*)"$/s.exec(e.message)?.[1];
      if (typeof value === 'string' && inner) throw stopped({ errorId: inner.startsWith('Value was') ? 'System.OverflowException' : 'System.FormatException', message: inner.startsWith('Value was') ? inner : R.NumberFormat(value.trim()) });
      if (typeof value === 'string') throw new AtOperator(e);
      // The ends go through IConvertible (pwsh 7.6.10): a date's cast fails with .NET's own text, and a value
      // that is no IConvertible (a type, an array, a hashtable, an object) is refused as such.
      const unconvertible = `Unable to cast object of type '${isCustomObject(value) ? 'System.Management.Automation.PSObject' : typeNameOf(value)}' to type 'System.IConvertible'.`;
      throw stopped({ errorId: 'System.InvalidCastException', message: inner ?? unconvertible });
    }
  };
  const from = chars ? fromChar! : bound(left);
  const to = chars ? toChar! : bound(right);
  const step = from <= to ? 1 : -1;
  if (Math.abs(to - from) >= 50_000_000) throw fail(R.RangeTooBig());
  const out: unknown[] = [];
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(chars ? new TypedNumber(i, 'System.Char') : i);
  return out;
}

/** A custom object: .NET sees the PSObject wrapping it. */
function isCustomObject(v: unknown): boolean {
  return v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject';
}

const RELATIONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** One scalar comparison, its failures reported at the operator. */
function relate(op: Relation, left: unknown, right: unknown, cs: boolean): boolean {
  if (op === 'eq' || op === 'ne') return equalValues(left, right, cs) === (op === 'eq');
  try {
    return orderValues(op, left, right, cs);
  } catch (e) {
    if (e instanceof ComparisonError) throw new AtOperator(new OperatorError(e.entry, null, e.exceptionType ? 'NotSpecified' : 'InvalidOperation', undefined, e.exceptionType));
    if (e instanceof ConversionError) throw new AtOperator(e);
    throw e;
  }
}

/** An element -join joins: a collection shows as its type name, as .NET's ToString gives it. */
const joinText = (x: unknown): string => (Array.isArray(unwrap(x)) ? typeNameOf(x) : toPSString(x));

/**
 * An operand as text operators read it: a Decimal keeps its scale (`1.10d -replace '0$'` sees "1.10"), a
 * number typed as a command argument its typed text (`0x10 -like '0x*'`), other values as keepChar gives them.
 */
function keepText(raw: unknown): unknown {
  if (raw instanceof ArgumentNumber) return raw;
  const v = unwrapArgument(raw);
  // A Decimal, and an Int64 or UInt64 past 2^53, keep their exact digits; a Single its own (G7) text.
  return v instanceof DecimalValue || (v instanceof TypedNumber && (v.exact !== undefined || v.type === 'System.Single' || v.type === 'System.Double')) ? v : keepChar(raw);
}

/** A [char] value. */
function isChar(raw: unknown): boolean {
  const v = unwrapArgument(raw);
  return v instanceof TypedNumber && v.type === 'System.Char';
}

function compare(op: string, left: unknown, right: unknown, cs: boolean, scope: OperatorScope): unknown {
  const str = (v: unknown) => (cs ? toPSString(v) : toPSString(v).toLowerCase());
  const equals = (a: unknown, b: unknown): boolean => equalValues(a, b, cs);
  switch (op) {
    case 'like':
    case 'notlike': {
      const r = wildcardMatch(toPSString(right), toPSString(left), cs);
      return op === 'like' ? r : !r;
    }
    case 'match':
    case 'notmatch': {
      // -notmatch sets $Matches too when the pattern matches (pwsh's MatchOperator is one method for both).
      const found = regex(right, () => operatorMatch(operatorPattern(right, cs), toPSString(left)));
      if (found) scope.setMatches(matchesTable(found));
      return op === 'match' ? !!found : !found;
    }
    case 'replace': {
      const [pattern, replacement] = Array.isArray(right) ? right : [right, ''];
      return regex(pattern, () => operatorReplace(operatorPattern(pattern, cs), toPSString(left), toPSString(replacement)), false);
    }
    case 'contains':
      return enumerate(left).some((x) => equals(x, right));
    case 'notcontains':
      return !enumerate(left).some((x) => equals(x, right));
    case 'in':
      return enumerate(right).some((x) => equals(x, left));
    case 'notin':
      return !enumerate(right).some((x) => equals(x, left));
    case 'is':
    case 'isnot': {
      const name = toPSString(getMember(right, 'FullName'));
      const v = unwrap(left);
      const r = typeNameOf(left).toLowerCase() === name.toLowerCase() || (name === 'System.Object' && left !== null) || (v instanceof ClassInstance && v.isA(name)) || isInstanceOfBase(left, name) || isRecordedBase(left, name);
      return op === 'is' ? r : !r;
    }
    case 'as':
      try {
        return castTo(toPSString(getMember(right, 'FullName')), left);
      } catch {
        return null;
      }
  }
  return null;
}

/**
 * `-is` for the base types scripts test against: [array] (System.Array) holds every array type, [psobject]
 * custom objects and numbers typed as command arguments (which pwsh wraps in a PSObject to keep their text).
 */
function isInstanceOfBase(value: unknown, fullName: string): boolean {
  // An XML node is each of its base types (XmlElement: XmlLinkedNode, XmlNode).
  if (fullName.startsWith('System.Xml.') && value instanceof PSObject && value.typeName.startsWith('System.Xml.')) return value.typeNames?.includes(fullName) ?? false;
  if (fullName === 'System.Array') return Array.isArray(unwrap(value)) && typeNameOf(value).endsWith('[]');
  if (fullName === 'System.Type') return typeNameOf(value) === 'System.RuntimeType';
  // [ValueType] holds the numbers, Booleans, chars, dates, time spans, GUIDs and enums; [enum] the enums.
  if (fullName === 'System.ValueType') return VALUE_TYPE.test(typeNameOf(value)) || unwrap(value) instanceof EnumValue;
  if (fullName === 'System.Enum') return unwrap(value) instanceof EnumValue;
  if (fullName === 'System.Management.Automation.PSObject') {
    return value instanceof ArgumentNumber || value instanceof WrappedValue || (value instanceof PSObject && value.typeName === 'System.Management.Automation.PSCustomObject');
  }
  return false;
}

/** A base class or interface of the value's .NET type, as recorded from pwsh (type-hierarchy.ts). */
function isRecordedBase(value: unknown, fullName: string): boolean {
  const v = unwrap(value);
  if (v === null || v === undefined) return false;
  // An enum's type is System.Enum's for its interfaces (IComparable, IFormattable ...).
  return derivesFrom(v instanceof EnumValue ? 'System.Enum' : typeNameOf(value), fullName);
}

/**
 * $Matches after a match: its entries (regex-type.ts, in .NET's group order) in the order pwsh's Hashtable
 * shows them: named groups, then the numbered ones from the highest down.
 */
function matchesTable(entries: Array<[string | number, string]>): PSHashtable {
  const h = new PSHashtable();
  for (const [key, value] of entries.filter(([k]) => typeof k === 'string').reverse()) h.set(key, value);
  for (const [key, value] of entries.filter(([k]) => typeof k === 'number').reverse()) h.set(key, value);
  return h;
}

/**
 * A `switch -Regex` clause: the condition's text (a [regex] too) is the pattern, case-insensitive unless
 * -CaseSensitive; a match sets $Matches; a bad pattern is pwsh's InvalidRegularExpression.
 */
export function switchRegexMatch(item: unknown, condition: unknown, caseSensitive: boolean, scope: OperatorScope): boolean {
  const pattern = toPSString(condition);
  const found = regex(pattern, () => operatorMatch(operatorPattern(pattern, caseSensitive), toPSString(keepText(item))), false);
  if (found) scope.setMatches(matchesTable(found));
  return found !== null;
}

/** An array on the left of -match: $Matches is left as it was. */
const KEEP_MATCHES: OperatorScope = { setMatches: () => undefined };

/**
 * A bad pattern as the regex operators report it: one .NET rejects with its RegexParseException text
 * (OperationStopped) where -match and -split let .NET's exception through, otherwise (-replace, switch
 * -Regex, a construct spo-shell cannot run) as pwsh's InvalidRegularExpression.
 */
export function patternFailure(e: RegexPatternError, pattern: unknown, parseError = true): AtOperator {
  const text = toPSString(pattern);
  if (parseError && e instanceof RegexSyntaxError) return new AtOperator(new OperatorError({ errorId: 'System.Text.RegularExpressions.RegexParseException', message: e.message }, text, 'OperationStopped'));
  return fail(R.InvalidRegularExpression(text), text);
}

/** Runs `body` with `pattern` on the [regex] engine (regex-type.ts); a bad pattern fails at the operator. */
/** -replace's pattern compiled as the operator compiles it (its error when it is not a valid pattern). */
export function replacePattern(pattern: unknown, caseSensitive: boolean): Compiled {
  return regex(pattern, () => operatorPattern(pattern, caseSensitive), false);
}

function regex<T>(pattern: unknown, body: () => T, parseError = true): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof RegexPatternError) throw patternFailure(e, pattern, parseError);
    throw e;
  }
}
