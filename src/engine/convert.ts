// LanguagePrimitives: conversions between values, with PowerShell's exact failure messages.

import { NamedCollection } from './named-collection.js';
import { DotNetCollection, nonGenericTypeName } from './collection-types.js';
import { ScriptBlock } from './script-block.js';
import { ConversionError, CAST_ERROR_ID } from './conversion-error.js';
import * as R from './runtime-strings.js';
import { WildcardPattern } from './wildcard.js';
import { DateTimeValue } from './datetime.js';
import { TimeSpanValue } from './timespan.js';
import { LoopEnumerator } from './loop-enumerator.js';
import { TypedNumber, typedNumberText } from './numeric.js';
import { roundTripText } from './float-text.js';
import { scanOperand, stringToInteger } from './string-numbers.js';
import { genericFullName, genericTypeOf } from './generic-types.js';
import { SwitchParameter } from './switch-parameter.js';
import { WrappedValue, instanceMembersOf, withAddedPropertyNames } from './instance-members.js';
import { ErrorRecord } from './errors.js';
import { ArrayList, EnumValue, GenericList, PSCredential, PSHashtable, PSObject, PSObjectCollection, SecureString, StringBuilderValue, type EnumType, PSReference } from './values.js';

export { ConversionError, CAST_ERROR_ID } from './conversion-error.js';

/** A number typed as a command argument keeps its typed text for display (`1kb` prints "1kb"). */
export class ArgumentNumber {
  constructor(
    readonly value: number,
    readonly text: string,
    /** The literal's typed value when its type is not the one `value` implies (`1e3` is a Double). */
    readonly typed?: TypedNumber,
  ) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return this.text;
  }
}

/** An array of one element type ([int[]], [string[]] ...): an array to everything else, typed for GetType() and messages. */
export class TypedArray extends Array<unknown> {
  elementType = 'System.Object';
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  static of2(elementType: string, items: unknown[]): TypedArray {
    const a = new TypedArray();
    for (const x of items) a.push(x);
    a.elementType = elementType;
    return a;
  }
}

/** Strips the display wrapper of numbers typed as arguments, and the PSObject of a value with instance members. */
export function unwrap(value: unknown): unknown {
  if (value instanceof ArgumentNumber) return value.value;
  if (value instanceof WrappedValue) return unwrap(value.base);
  return value instanceof TypedNumber ? value.value : value;
}

/** Strips only the argument wrapper (and a PSObject with instance members): a TypedNumber stays, so its type can be read. */
export function unwrapArgument(value: unknown): unknown {
  if (value instanceof WrappedValue) return unwrapArgument(value.base);
  return value instanceof ArgumentNumber ? (value.typed ?? value.value) : value;
}

/** .NET full type name of a value, as PowerShell's messages print it. */
export function typeNameOf(value: unknown): string {
  value = unwrapArgument(value);
  if (value instanceof TypedNumber) return value.type;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 ? 'System.Int32' : Number.isInteger(value) && Math.abs(value) < 2 ** 63 ? 'System.Int64' : 'System.Double';
  if (value instanceof PSObjectCollection) return (value.constructor as typeof PSObjectCollection).typeName;
  if (value instanceof NamedCollection) return value.dotNetTypeName;
  const generic = genericTypeOf(value);
  if (generic) return genericFullName(generic.definition, generic.args);
  if (value instanceof DotNetCollection) return nonGenericTypeName(value)!;
  if (value instanceof PSReference) return genericFullName('System.Management.Automation.PSReference`1', [value.Value === null || value.Value === undefined ? 'System.Object' : typeNameOf(value.Value)]);
  if (value instanceof ArrayList) return 'System.Collections.ArrayList';
  if (value instanceof TypedArray) return `${value.elementType}[]`;
  if (value instanceof StringBuilderValue) return 'System.Text.StringBuilder';
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof SecureString) return 'System.Security.SecureString';
  if (value instanceof PSCredential) return 'System.Management.Automation.PSCredential';
  if (value instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (value instanceof PSHashtable) return String(value);
  if (value instanceof EnumValue) return value.type.fullName;
  if (value instanceof PSObject) return value.typeName;
  if (value instanceof ScriptBlock) return 'System.Management.Automation.ScriptBlock';
  if (value instanceof DateTimeValue) return value.typeName;
  if (value instanceof TimeSpanValue) return value.typeName;
  if (value instanceof LoopEnumerator) return value.typeName;
  return 'System.Object';
}

/** Number formatting as PowerShell's invariant ToString does for the common cases. */
/**
 * A number as PowerShell prints it. Doubles keep .NET Framework's 15 significant digits (PowerShell
 * PR #9893), so `0.1 + 0.2` prints 0.3; .NET's G format switches to E notation from 1E-05 down and
 * from 1E+15 on.
 */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  // PowerShell formats with the invariant culture, whose infinity symbol is the word.
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return '0';
  const rounded = Number(n.toPrecision(15));
  const exponent = Math.floor(Math.log10(Math.abs(rounded)));
  // Plain notation: JavaScript's shortest form of the rounded value is .NET's G15 in this range.
  if (exponent > -5 && exponent < 15) return String(rounded);
  // From n itself: rounding Double.MaxValue to 15 digits overflows to Infinity as a number, while .NET
  // still prints the rounded digits (1.79769313486232E+308).
  const [mantissa, exp] = n.toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace(/\.?0+$/, '');
  const sign = exp.startsWith('-') ? '-' : '+';
  return `${digits}E${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** A PSCustomObject without a text of its own: .NET's ToString of it is empty. */
export function isBareCustomObject(value: unknown): boolean {
  return value instanceof PSObject && value.typeName === PS_CUSTOM_OBJECT && value.stringValue === undefined;
}

/** Conversion to [string] (LanguagePrimitives.ConvertTo<string>): arrays join with $OFS. */
export function toPSString(value: unknown, ofs = ' '): string {
  if (value === null || value === undefined) return '';
  if (value instanceof ArgumentNumber) return value.text;
  if (value instanceof TypedNumber) return typedNumberText(value, formatNumber);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return formatNumber(value);
  // A collection inside the collection shows as .NET's ToString gives it: its type name (`"$(1, @(2, 3))"` is `1 System.Object[]`).
  if (Array.isArray(value)) return value.map((v) => (Array.isArray(unwrap(v)) ? typeNameOf(v) : ((v instanceof PSObject ? v.adaptedText() : undefined) ?? toPSString(v, ofs)))).join(ofs);
  if (value instanceof PSObject && value.typeName === PS_CUSTOM_OBJECT && value.stringValue === undefined) {
    // A PSCustomObject reads as its properties: @{a=1; b=x} (an empty one as nothing).
    const members = instanceMembersOf(value);
    // A list in a property shows as .NET's ToString gives it: its type name (`@{z=System.Object[]}`); a
    // custom object in a property as its own ToString, nothing (`@{a=}`: pwsh 7.6.10).
    const valueText = (v: unknown): string => (Array.isArray(unwrap(v)) ? typeNameOf(v) : isBareCustomObject(unwrap(v)) ? '' : toPSString(v, ofs));
    if (!members) return value.properties.size === 0 ? '' : `@{${[...value.properties].map(([k, v]) => `${k}=${valueText(v)}`).join('; ')}}`;
    const names = withAddedPropertyNames([...value.properties.keys()], value);
    if (names.length === 0) return '';
    // Members Add-Member gave it read as pwsh's PSObject.ToString reads them: an alias as its target's
    // value, a script property as its member type's name (its getter does not run).
    const text = (name: string): string => {
      const member = value.properties.has(name) ? undefined : members.get(name);
      if (member?.kind === 'ScriptProperty') return 'System.Management.Automation.PSScriptProperty';
      return valueText(member?.kind === 'AliasProperty' ? (value.get(member.target) ?? null) : member?.kind === 'NoteProperty' ? member.value : value.properties.get(name));
    };
    return `@{${names.map((k) => `${k}=${text(k)}`).join('; ')}}`;
  }
  return String(value);
}

const PS_CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

/**
 * A value's own text (.NET's ToString of the base object): a number typed as a command argument gives its
 * number, where [string] gives its typed text. pwsh reads it so in `"$x"`, `'a' + $x` and `'16' -eq $x`.
 */
export function valueText(value: unknown, ofs = ' '): string {
  return toPSString(value instanceof ArgumentNumber ? unwrapArgument(value) : value, ofs);
}

/** How an argument is named inside messages such as `argument '{1}'`: $null prints "$null". */
export function argumentText(value: unknown): string {
  if (value === null || value === undefined) return '$null';
  return toPSString(value);
}

/** PowerShell truthiness (LanguagePrimitives.IsTrue). */
export function isTrue(value: unknown): boolean {
  value = unwrap(value);
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    if (value.length === 1) return isTrue(value[0]);
    return true;
  }
  if (value instanceof EnumValue) return value.value !== 0;
  if (value instanceof SwitchParameter) return value.isPresent;
  return true;
}

/** String → enum (ConvertStringToEnum + EnumMinimumDisambiguation). Throws ConversionError. */
export function toEnum(value: unknown, type: EnumType): EnumValue {
  value = unwrap(value);
  if (value instanceof EnumValue && value.type === type) return value;
  const names = type.names;
  const values = type.values ?? names.map((_, i) => i);
  if (typeof value === 'number') {
    // A fraction goes through its text, which names no enumerator (pwsh: `[ConsoleColor]1.5`).
    if (!Number.isInteger(value)) {
      const text = formatNumber(value);
      throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, type.fullName, R.EnumNoMatch(text, names)), CAST_ERROR_ID.enumName);
    }
    const i = values.indexOf(value);
    if (i >= 0) return new EnumValue(type, names[i]!);
    if (isFlagCombination(type, value)) return EnumValue.of(type, value);
    throw new ConversionError(R.InvalidCastExceptionEnumerationValue(`value "${formatNumber(value)}"`, type.fullName, names), CAST_ERROR_ID.enumValue);
  }
  if (value === null || value === undefined) {
    throw new ConversionError(R.InvalidCastExceptionEnumerationValue('null', type.fullName, names), CAST_ERROR_ID.nullToEnum);
  }
  // A list becomes one comma-separated name list (each element that is not a string converted to its
  // name first), which is then read as Enum.Parse reads `Default,ITAR`: the values ORed together.
  const text = Array.isArray(value) ? value.map((x) => (typeof unwrap(x) === 'string' ? (unwrap(x) as string) : toEnum(x, type).toString())).join(',') : toPSString(value);
  const wrap = (inner: string) => new ConversionError(R.InvalidCastExceptionWithInnerException(text, type.fullName, inner), CAST_ERROR_ID.enumName);
  const undefinedValue = () => new ConversionError(R.InvalidCastExceptionEnumerationValue(`value "${text}"`, type.fullName, names), CAST_ERROR_ID.enumTextValue);
  const trimmed = text.trim();
  if (type.wildcardNames && !Array.isArray(value) && !/^-?\d+$/.test(trimmed)) return enumFromPatterns(text, trimmed, type);
  if (/^-?\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    const i = values.indexOf(n);
    if (i >= 0) return new EnumValue(type, names[i]!);
    if (isFlagCombination(type, n)) return EnumValue.of(type, n);
    throw undefinedValue();
  }
  // An empty name is a prefix of every name: EnumMinimumDisambiguation finds them all ambiguous.
  if (text === '') throw wrap(R.EnumAmbiguousIdentifier('', names));
  if (text.includes(',')) {
    let combined = 0;
    for (const part of text.split(',')) {
      const i = names.findIndex((n) => n.toLowerCase() === part.trim().toLowerCase());
      if (i < 0) throw wrap(R.EnumNoMatch(text, names));
      combined |= values[i]!;
    }
    const i = values.indexOf(combined);
    if (i >= 0) return new EnumValue(type, names[i]!);
    if (type.flags) return EnumValue.of(type, combined);
    throw undefinedValue();
  }
  if (trimmed === '') throw wrap(R.EnumNoMatch(text, names));
  const exact = names.find((n) => n === trimmed) ?? names.find((n) => n.toLowerCase() === trimmed.toLowerCase());
  if (exact) return new EnumValue(type, exact);
  const matches = names.filter((n) => n.toLowerCase().startsWith(trimmed.toLowerCase()));
  if (matches.length === 1) return new EnumValue(type, matches[0]!);
  if (matches.length > 1) {
    throw wrap(R.EnumAmbiguousIdentifier(trimmed, matches));
  }
  throw wrap(R.EnumNoMatch(trimmed, names));
}

/** A [Flags] enum's number made only of its flags (`[IO.FileAttributes]3` is ReadOnly, Hidden; 8 names no flag). */
function isFlagCombination(type: EnumType, n: number): boolean {
  if (!type.flags || !type.values || !Number.isInteger(n) || n <= 0) return false;
  const all = type.values.reduce((bits, v) => bits | v, 0);
  return (n & ~all) === 0;
}

/** Text read as EnumMultipleTypeConverter reads it (see EnumType.wildcardNames): the flags of every name matched. */
function enumFromPatterns(text: string, trimmed: string, type: EnumType): EnumValue {
  if (text === '') throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, type.fullName, R.InvalidCastException(text, 'System.String', type.fullName)), CAST_ERROR_ID.enumName);
  const values = type.values ?? type.names.map((_, i) => i);
  let bits = 0;
  for (const entry of trimmed.split(',')) {
    let matched = false;
    const pattern = new WildcardPattern(entry);
    type.names.forEach((name, i) => {
      if (!pattern.isMatch(name)) return;
      matched = true;
      bits |= values[i]!;
    });
    if (!matched) throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, type.fullName, R.InvalidCastExceptionEnumerationValue(`value "${entry}"`, type.fullName, type.names)), CAST_ERROR_ID.enumName);
  }
  return EnumValue.of(type, bits);
}

const INT32 = 'System.Int32';

/** `Cannot convert the "x" value of type "T" to type "U".`: no conversion exists. A collection shows as its type name, as .NET's ToString gives it. */
export function castFailure(value: unknown, type: string): ConversionError {
  const v = unwrap(value);
  return new ConversionError(R.InvalidCastException(Array.isArray(v) ? typeNameOf(v) : exceptionValueText(value), typeNameOf(value), type));
}

/**
 * A value as a .NET exception's message shows it (its own ToString(), not PowerShell's formatting): a Double
 * or Single in the shortest digits that read back as it (`[char](0.1+0.2)`'s message says 0.30000000000000004,
 * where PowerShell prints 0.3), a Decimal or an Int64 with all its digits.
 */
export function exceptionValueText(value: unknown): string {
  const typed = unwrapArgument(value);
  const v = unwrap(typed);
  if (typeof v === 'number' && Number.isFinite(v)) {
    const type = typeNameOf(typed);
    if (type === 'System.Double') return roundTripText(v);
    if (type === 'System.Single') return roundTripText(v, true);
  }
  return toPSString(typed);
}

/** Conversion to [int] (System.Int32). */
export function toInt(raw: unknown): number {
  const value = unwrap(raw);
  if (typeof value === 'number') {
    const r = roundHalfToEven(value);
    if (!Number.isFinite(value) || r < -2147483648 || r > 2147483647) {
      // An Int64 past 2^53 shows its exact digits ([int][long]::MaxValue).
      const typedRaw = unwrapArgument(raw);
      const shown = typedRaw instanceof TypedNumber && typedRaw.exact !== undefined ? typedRaw.exact.toString() : Number.isFinite(value) ? exceptionValueText(raw) : formatNumber(value);
      throw new ConversionError(R.InvalidCastExceptionWithInnerException(shown, INT32, R.Int32Overflow()), CAST_ERROR_ID.iConvertible);
    }
    return r === 0 ? 0 : r;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return 0;
  if (value instanceof EnumValue) return value.value;
  if (typeof value === 'string') return unwrap(stringToInteger(value, INT32)) as number;
  if (value instanceof DateTimeValue) throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(value), INT32, "Invalid cast from 'DateTime' to 'Int32'."), CAST_ERROR_ID.iConvertible);
  throw castFailure(value, INT32);
}

/** .NET's Convert.ToInt32 rounding: a half goes to the even neighbour (`[int]2.5` is 2). */
function roundHalfToEven(n: number): number {
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Conversion to a numeric value for arithmetic. */
export function toNumber(value: unknown): number {
  value = unwrap(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return 0;
  if (value instanceof EnumValue) return value.value;
  if (typeof value === 'string') return unwrap(scanOperand(value, INT32)) as number;
  throw castFailure(value, INT32);
}

/** Conversion to [bool] for a typed [bool] parameter: only Booleans and numbers are accepted. */
export function toBoolParameter(value: unknown): boolean {
  value = unwrap(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  throw new ConversionError(R.BooleanParameterConversion(toPSString(value)));
}

/** Flattens a value into the objects a pipeline enumerates. */
export function enumerate(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  // An enumerator ($input, $foreach) sends on what it has not given out yet.
  if (value instanceof LoopEnumerator) return value.remaining();
  return [value];
}

/** What a statement's collected output becomes when assigned: nothing → $null, one → scalar. */
export function collapse(values: unknown[]): unknown {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0];
  return values;
}

/**
 * PowerShell's AutomationNull, the value of a command that wrote nothing (`$x = & {}`), is `undefined`
 * in the engine: a variable, `( )`, `$( )`, an array element or a hashtable value holds it; a pipeline
 * given it as input runs zero times and `@( )` of it is empty (enumerate), while every other reader
 * takes it for $null (conversions and `== null` checks treat undefined as null). Where pwsh turns it
 * into a real $null (a command or method argument, a property assignment), automationNullToNull does.
 */
export function collectedValue(values: unknown[]): unknown {
  if (values.length === 0) return undefined;
  if (values.length === 1) return values[0];
  return values;
}

/** AutomationNull becomes $null: what a command's or method's argument or a property receives. */
export function automationNullToNull(value: unknown): unknown {
  return value === undefined ? null : value;
}

/** The objects a value written to the output is: AutomationNull alone is none, as an element $null. */
export function outputObjects(value: unknown): unknown[] {
  const items = enumerate(value);
  return items.includes(undefined) ? items.map(automationNullToNull) : items;
}

/**
 * The objects an expression feeds to the commands after it (`$a | cmd`): AutomationNull, alone or as
 * an element, is not sent (`$x, 1 | % {…}` runs once), where a statement's own output keeps elements.
 */
export function pipelineInput(value: unknown): unknown[] {
  const items = enumerate(value);
  return items.includes(undefined) ? items.filter((v) => v !== undefined) : items;
}
