// PowerShell's method binder for the .NET methods the shell implements: which overloads a method has
// (read from the Get-Member catalog, the definitions pwsh 7.6.10 lists), and the three ways a call fails,
// worded as PowerShell words them:
//   - no method of that name:            InvalidOperation  "Method invocation failed because [T] does not contain a method named 'X'."
//   - no overload takes that many args:  MethodException   "Cannot find an overload for "X" and the argument count: "N"."
//   - an argument does not convert:      MethodException   "Cannot convert argument "p", with value: "v", for "X" to type "T": "…""
//   - the method itself throws:          MethodInvocationException "Exception calling "X" with "N" argument(s): "…""

import { ConversionError, exceptionValueText, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { TypedNumber } from './numeric.js';
import { keepChar } from './chars.js';
import { memberCatalog } from './member-catalog.js';
import { DotNetException, MemberError, MethodCallError, argumentConversionError, invocationFailed, noOverload } from './member-error.js';

export { DotNetException, invocationFailed };
import { castTo } from './types.js';

export interface MethodParameter {
  /** As the catalog spells it: int, string, char, char[], System.StringComparison … */
  type: string;
  name: string;
  optional: boolean;
  variadic: boolean;
}

export interface Overload {
  parameters: MethodParameter[];
}

const parsed = new Map<string, Map<string, Overload[]>>();
const spelled = new Map<string, string>();

/** One overload's parameter list: `Params char[] trimChars`, `int startIndex`, `System.StringSplitOptions options = …`. */
function parseParameters(text: string): MethodParameter[] {
  if (!text.trim()) return [];
  return text.split(/,\s*/).map((p) => {
    const variadic = /^Params\s/.test(p);
    const optional = p.includes(' = ');
    const words = p.replace(/^Params\s+|^\[ref\]\s+/, '').replace(/\s*=.*$/, '').trim().split(/\s+/);
    return { type: words[0] ?? 'System.Object', name: words[1] ?? '', optional, variadic };
  });
}

function catalogOf(typeName: string): Map<string, Overload[]> | undefined {
  const cached = parsed.get(typeName);
  if (cached) return cached;
  const rows = memberCatalog()[typeName];
  if (!rows) return undefined;
  const methods = new Map<string, Overload[]>();
  for (const [name, kind, definition] of rows) {
    if (kind !== 'Method') continue;
    const overloads: Overload[] = [];
    // Each overload is `<return> [Interface.]Name(<parameters>)`; parameter lists hold no parentheses.
    for (const m of definition.matchAll(/(?:^|, )[^(,]*?\b([\w.[\]]+)\(([^)]*)\)/g)) overloads.push({ parameters: parseParameters(m[2] ?? '') });
    methods.set(name.toLowerCase(), overloads);
    spelled.set(`${typeName}::${name.toLowerCase()}`, name);
  }
  parsed.set(typeName, methods);
  return methods;
}

/** The overloads of `typeName.method` (undefined: the type has no such method in the catalog, or the type is not catalogued). */
export function overloadsOf(typeName: string, method: string): Overload[] | undefined {
  return catalogOf(typeName)?.get(method.toLowerCase());
}

/**
 * The method's name as .NET spells it, which PowerShell's conversion and invocation errors print
 * (`'a'.substring(9)` fails in "Substring"); the typed name when the type is not catalogued.
 */
export function canonicalName(typeName: string, method: string): string {
  catalogOf(typeName);
  return spelled.get(`${typeName}::${method.toLowerCase()}`) ?? method;
}

export function hasCatalog(typeName: string): boolean {
  return memberCatalog()[typeName] !== undefined;
}

function accepts(o: Overload, count: number): boolean {
  const required = o.parameters.filter((p) => !p.optional && !p.variadic).length;
  const variadic = o.parameters.some((p) => p.variadic);
  return count >= required && (variadic || count <= o.parameters.length);
}

/** The overloads that take `count` arguments, in the catalog's order. */
export function overloadsFor(typeName: string, method: string, count: number): Overload[] {
  return (overloadsOf(typeName, method) ?? []).filter((o) => accepts(o, count));
}

export function methodNotFound(target: unknown, name: string): MemberError {
  return new MemberError(`Method invocation failed because [${typeNameOf(target)}] does not contain a method named '${name}'.`, 'MethodNotFound');
}

export { noOverload } from './member-error.js';


/** The catalog's short type names as .NET full names, for conversion messages. */
const FULL_NAMES: Record<string, string> = {
  int: 'System.Int32',
  long: 'System.Int64',
  string: 'System.String',
  char: 'System.Char',
  bool: 'System.Boolean',
  double: 'System.Double',
  'char[]': 'System.Char[]',
  'string[]': 'System.String[]',
};

export const fullTypeName = (t: string) => FULL_NAMES[t] ?? t;

/** An argument that does not convert to the parameter's type. */
export function argumentConversion(method: string, parameter: string, value: unknown, type: string, inner: string): MethodCallError {
  return argumentConversionError(method, parameter, exceptionValueText(value), fullTypeName(type), inner);
}

/**
 * The arguments of one call, converted on demand to the type the chosen overload wants. A failed
 * conversion names the parameter of the first overload of this arity that has that type at that position.
 */
export class MethodArguments {
  constructor(
    readonly typeName: string,
    readonly method: string,
    readonly values: unknown[],
  ) {}

  get count(): number {
    return this.values.length;
  }

  raw(i: number): unknown {
    return keepChar(this.values[i]);
  }

  private parameterName(i: number, type: string): string {
    const candidates = overloadsFor(this.typeName, this.method, this.count);
    const hit = candidates.find((o) => o.parameters[i]?.type === type) ?? candidates[0];
    return hit?.parameters[Math.min(i, hit.parameters.length - 1)]?.name ?? 'value';
  }

  /** Converts argument i as PowerShell's cast does; an array never converts to a scalar parameter (no overload). */
  as(i: number, type: 'int' | 'string' | 'char' | 'bool' | 'long' | 'double'): unknown {
    const v = this.raw(i);
    if (Array.isArray(v) && type !== 'string') throw noOverload(this.method, this.count);
    // A number converts (and a failure shows it) as its own type: a whole Double past Int32 is still a Double.
    const given = unwrapArgument(this.values[i]);
    const source = given instanceof TypedNumber ? given : v;
    try {
      return unwrap(castTo(fullTypeName(type), source));
    } catch (e) {
      if (e instanceof ConversionError) throw argumentConversion(canonicalName(this.typeName, this.method), this.parameterName(i, type), source, type, e.message);
      throw e;
    }
  }

  int(i: number): number {
    return this.as(i, 'int') as number;
  }

  str(i: number): string {
    const v = this.raw(i);
    return v === null || v === undefined ? '' : (this.as(i, 'string') as string);
  }

  /** `null` stays null (a .NET string parameter accepts it). */
  strOrNull(i: number): string | null {
    const v = this.raw(i);
    return v === null || v === undefined ? null : this.str(i);
  }

  /** A char parameter, as a one-character string. */
  char(i: number): string {
    return String.fromCharCode(this.as(i, 'char') as number);
  }

  /** An enum parameter: its names (case-insensitive) or its numeric values. */
  enumValue(i: number, type: string, names: readonly string[]): number {
    const v = this.raw(i);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < names.length) return v;
    const text = toPSString(v);
    const k = names.findIndex((n) => n.toLowerCase() === text.trim().toLowerCase());
    if (k >= 0) return k;
    const inner = `Cannot convert value "${text}" to type "${type}". Error: "Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}"`;
    throw argumentConversion(canonicalName(this.typeName, this.method), this.parameterName(i, type), v, type, inner);
  }

  isString(i: number): boolean {
    return typeof this.raw(i) === 'string';
  }
}
