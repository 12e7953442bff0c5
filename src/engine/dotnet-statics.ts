// The static members of .NET types that admin scripts call (`[Math]::Round(...)`,
// `[System.IO.Path]::Combine(...)`, `[guid]::NewGuid()`, `[Environment]::UserName` ...), and the
// few instance types they return (Guid, Uri, UTF8 encoding). Each answers only what it has; the
// executor reports the rest as PowerShell's MethodNotFound.

import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism, hostname, tmpdir, uptime, userInfo } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, sep } from 'node:path';
import { toIntegerType, toRealType } from './numeric-casts.js';
import { ConversionError, enumerate, formatNumber, toEnum, isTrue, toInt, toNumber, toPSString, typeNameOf, unwrap, unwrapArgument, exceptionValueText } from './convert.js';
import { formatString } from './format-operator.js';
import { DotNetException, MemberError, MethodCallError, argumentConversionError, invocationFailed, noOverload, overloads } from './member-error.js';
import { enumArgumentOf } from './enum-arguments.js';
import { EnumValue, PSObject, PSReference, type EnumType } from './values.js';
import { ARCHITECTURE, DATE_TIME_KIND, MIDPOINT_ROUNDING, enumTypeNamed, URI_HOST_NAME_TYPE, URI_KIND } from './enum-types.js';
import { DecimalValue, TypedNumber, typed } from './numeric.js';
import { toWholeEven } from './decimal.js';
import { parseDouble } from './string-numbers.js';
import { CultureIdNotSupported, NumberFormat } from './runtime-strings.js';
import { CultureNotFound, TEXT_INFO, cultureObject, cultureOfLcid, cultureOfValue, findCulture } from './cultures.js';
import { charStaticMethods, charStaticProperties } from './chars.js';
import { DAY_WORDS, DateTimeValue, MONTH_WORDS, daysInMonth, nameIndex, fromBinary, fromFileTime, fromOADate, MAX_DATE_TICKS, parseDateTime, utcFromTicks, utcTicksOf } from './datetime.js';
import { MAX_TICKS, MIN_TICKS, parseTimeSpan, parseTimeSpanExact, timeSpanParsed, TimeSpanValue } from './timespan.js';
import { timeSpanFactory, toDateTime, toDateTimeOffset } from './time-conversions.js';
import { convertOffsetTo, convertTime, convertTimeFromUtc, convertTimeTo, findTimeZone, localTimeZone, systemTimeZones, TimeZoneInfoValue, utcTimeZone } from './time-zones.js';
import { DateTimeOffsetValue, fromUnixTime, notADateTimeOffset, parseDateTimeOffset } from './datetime-offset.js';
import { SwitchParameter } from './switch-parameter.js';
import { DECIMAL_MATH, DECIMAL_METHODS, DECIMAL_PROPERTIES, usesDecimalOverload } from './decimal-statics.js';
import { lazy } from './lazy.js';
import { ARRAY_METHODS } from './array-statics.js';
import { convertMethods } from './convert-statics.js';
import { processSettings, setProcessSetting } from './process-settings.js';
import { createDirectory, deleteDirectory, deleteFile, directoryExists, lastWriteTime, listDirectory, missingFile, osDescription, parentDirectory, readAllBytes, transferFile, writeAllBytes } from './io-statics.js';
import { elapsedBetween, frequency, startNewStopwatch, timestamp } from './stopwatch.js';
import { bitConverterCall, byteArray } from './bytes.js';
import { fileStreamCall } from './text-streams.js';
import { hashStaticCall } from './hash-algorithms.js';
import { sharedRandom } from './dotnet-random.js';
import { RANDOM_NUMBER_GENERATOR_STATICS } from './dotnet-rng.js';
import { parseQueryString } from './query-string-collection.js';
import { checkHostName, isWellFormedUriString, escapeDataString, escapeUriString, htmlAttributeEncode, htmlDecode, htmlEncode, javaScriptStringEncode, unescapeDataString, urlDecode, urlEncode, urlPathEncode } from './web-encoding.js';
import { UriFormatError, UriValue, absoluteUriFromText, combineUri, relativeUriFromText, uriFromText } from './uri.js';
import { newCollection, outArgument } from './dotnet-collections.js';
import { SPECIAL_FOLDER, SPECIAL_FOLDER_OPTION, environmentVariables, expandEnvironmentVariables, folderPath, osVersion } from './environment-statics.js';
import { VersionError, parseSemanticVersion, parseVersion, tryParseSemanticVersion } from './version-types.js';

export type StaticResult = { value: unknown } | undefined;

const found = (value: unknown): StaticResult => ({ value });

/**
 * .NET's Math.Round(double, digits, mode) as .NET Core computes it (pwsh 7.6.10): the value is scaled by
 * 10^digits in double arithmetic, rounded to a whole number, and scaled back, so a result follows the
 * scaled double (2.675 scales to 267.5 exactly and rounds to 2.68, 1.005 to 100.49999999999999 and 1);
 * values of 1e16 and more are returned as they are.
 */
function round(x: number, digits: number, awayFromZero: boolean): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e16) return x;
  const power = 10 ** digits;
  const scaled = x * power;
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  let whole: number;
  if (awayFromZero) {
    const truncated = Math.trunc(scaled);
    whole = Math.abs(scaled - truncated) >= 0.5 ? truncated + Math.sign(scaled) : truncated;
  } else whole = rest > 0.5 || (rest === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  // A negative value that rounds to zero keeps its sign (-0), as .NET's does.
  if (whole === 0 && (x < 0 || Object.is(x, -0))) whole = -0;
  return whole / power;
}

/** A System.StringComparer (`[StringComparer]::OrdinalIgnoreCase`), what Dictionary and HashSet take to compare keys. */
export class StringComparerValue extends PSObject {
  constructor(
    typeName: string,
    readonly ignoreCase: boolean,
  ) {
    super(typeName, {}, undefined, typeName);
  }
}

export function isStringComparer(value: unknown): boolean {
  return unwrap(value) instanceof StringComparerValue;
}

const comparer = (typeName: string, ignoreCase: boolean) => () => new StringComparerValue(typeName, ignoreCase);

export function guidValue(text: string): PSObject {
  return new PSObject('System.Guid', { Guid: text }, undefined, text);
}

/** [Text.Encoding]::UTF8: one value, made on first read (the tables below too: docs/startup.md, sixth round). */
export const utf8 = lazy(() => new PSObject('System.Text.UTF8Encoding+UTF8EncodingSealed', { EncodingName: 'Unicode (UTF-8)', WebName: 'utf-8', CodePage: 65001 }, undefined, 'System.Text.UTF8Encoding+UTF8EncodingSealed'));

/** [Text.Encoding]::Unicode (UTF-16LE), what scripts decode an exported secure string's package with. */
export const utf16 = lazy(() => new PSObject('System.Text.UnicodeEncoding', { EncodingName: 'Unicode', WebName: 'utf-16', CodePage: 1200 }, undefined, 'System.Text.UnicodeEncoding'));

/** [Text.Encoding]::Default: UTF-8 without a byte-order mark, as on .NET Core. */
const utf8NoBom = lazy(() => new PSObject('System.Text.UTF8Encoding+UTF8EncodingSealed', { EncodingName: 'Unicode (UTF-8)', WebName: 'utf-8', CodePage: 65001 }, undefined, 'System.Text.UTF8Encoding+UTF8EncodingSealed'));

/** [Text.Encoding]::ASCII: a character past 127 is '?', both ways. */
const ascii = lazy(() => new PSObject('System.Text.ASCIIEncoding+ASCIIEncodingSealed', { EncodingName: 'US-ASCII', WebName: 'us-ascii', CodePage: 20127 }, undefined, 'System.Text.ASCIIEncoding+ASCIIEncodingSealed'));

/** Encoding.GetEncoding(name or code page), for the encodings spo-shell has; else .NET's ArgumentException. */
function encodingNamed(value: unknown): PSObject {
  const v = unwrap(value);
  const key = typeof v === 'number' ? String(v) : toPSString(v).toLowerCase();
  if (['utf-8', 'utf8', '65001'].includes(key)) return utf8();
  if (['utf-16', 'utf-16le', 'unicode', '1200'].includes(key)) return utf16();
  if (['us-ascii', 'ascii', '20127'].includes(key)) return ascii();
  throw new DotNetException(
    typeof v === 'number'
      ? `No data is available for encoding ${key}. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'codepage')`
      : `'${toPSString(v)}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
  );
}

/** Encoding.Unicode.GetString: an odd last byte is the replacement character, as .NET decodes it. */
function utf16Text(bytes: number[]): string {
  const text = Buffer.from(bytes.slice(0, bytes.length - (bytes.length % 2))).toString('utf16le');
  return bytes.length % 2 === 0 ? text : text + '\uFFFD';
}

/** Methods of the instance values this module creates (`[Text.Encoding]::UTF8.GetBytes('x')`). */
/** The shell's culture (en-US, docs/language.md) or the invariant culture, as a CultureInfo. */
export function cultureInfo(invariant = false): PSObject {
  return invariant ? cultureObject(findCulture('')) : cultureObject(findCulture('en-US'), true);
}

/** TextInfo.ToTitleCase: each word's first letter up and the rest down, except words in capitals (acronyms). */
function toTitleCase(text: string): string {
  return text.replace(/[\p{L}\p{M}'\u2019]+/gu, (word) => (word === word.toUpperCase() ? word : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()));
}

export function instanceCall(target: PSObject, name: string, args: unknown[]): StaticResult {
  const n = name.toLowerCase();
  if (target.typeName === TEXT_INFO && args.length === 1) {
    if (n === 'totitlecase') return found(toTitleCase(str(args[0])));
    if (n === 'tolower') return found(str(args[0]).toLowerCase());
    if (n === 'toupper') return found(str(args[0]).toUpperCase());
  }
  if (target === utf16()) {
    if (n === 'getbytes') return found([...Buffer.from(toPSString(args[0]), 'utf16le')]);
    if (n === 'getstring') return found(utf16Text(enumerate(unwrap(args[0])).map((b) => toInt(b))));
  }
  if (target === ascii()) {
    if (n === 'getbytes') return found(byteArray([...toPSString(args[0])].flatMap((c) => (c.length > 1 ? [63, 63] : [c.charCodeAt(0) > 127 ? 63 : c.charCodeAt(0)]))));
    if (n === 'getstring') return found(enumerate(unwrap(args[0])).map((b) => (toInt(b) > 127 ? '?' : String.fromCharCode(toInt(b)))).join(''));
    if (n === 'getpreamble' && args.length === 0) return found(byteArray([]));
  }
  if (target === utf8() || target === utf8NoBom()) {
    if (n === 'getbytes') return found(byteArray(Buffer.from(toPSString(args[0]), 'utf8')));
    if (n === 'getpreamble' && args.length === 0) return found(byteArray(target === utf8() ? [0xef, 0xbb, 0xbf] : []));
    if (n === 'getstring') return found(Buffer.from(enumerate(unwrap(args[0])).map((b) => toInt(b))).toString('utf8'));
  }
  return undefined;
}

/** `Path.Combine`: a rooted later part starts the path again. */
function combine(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out = isAbsolute(p) || !out ? p : out.endsWith(sep) || out.endsWith('/') ? out + p : out + sep + p;
  }
  return out;
}

type Handler = (args: unknown[]) => unknown;

const num = (a: unknown) => toNumber(unwrap(a));
const str = (a: unknown) => toPSString(unwrap(a));
const double = (n: number) => typed(n, 'System.Double');
/** The numeric .NET type of an argument (`text` for one that is not a number). */
function numericTypeOf(a: unknown, text: string): string {
  const v = unwrapArgument(a);
  return typeof unwrap(v) === 'number' ? typeNameOf(v) : text;
}
/** `n` in the type of the argument `a` (an Int64 stays one), or in `text` when `a` is not a number. */
function sameType(n: number, a: unknown, text: string): unknown {
  const type = numericTypeOf(a, text);
  return type === 'System.Int32' ? n : typed(n, type);
}

const DOUBLE = 'System.Double';
type MathParameter = readonly [name: string, type: string];

/**
 * Math's Double overloads take each argument as the method binder converts it to the parameter's type; one
 * that does not convert is pwsh's MethodArgumentConversionInvalidCastArgument, naming the parameter
 * (`[Math]::Sqrt('x')`: argument "d" ... to type "System.Double"). Returns the arguments as given.
 */
function checkMathArguments(method: string, args: unknown[], parameters: readonly MathParameter[]): unknown[] {
  args.forEach((arg, i) => {
    const [name, type] = parameters[Math.min(i, parameters.length - 1)]!;
    try {
      if (type === MIDPOINT_ROUNDING.fullName) toEnum(arg, MIDPOINT_ROUNDING);
      else if (type === DOUBLE || type === 'System.Single' || type === 'System.Decimal') toRealType(arg, type);
      else toIntegerType(arg, type);
    } catch (e) {
      if (e instanceof ConversionError) throw argumentConversionError(method, name, exceptionValueText(arg), type, e.message);
      throw e;
    }
  });
  return args;
}

/** Round(a), Round(value, digits), Round(value, mode) for a MidpointRounding value, Round(value, digits, mode). */
function roundParameters(args: unknown[]): MathParameter[] {
  if (args.length === 1) return [['a', DOUBLE]];
  if (args.length === 2 && unwrap(args[1]) instanceof EnumValue) return [['value', DOUBLE], ['mode', MIDPOINT_ROUNDING.fullName]];
  return [['value', DOUBLE], ['digits', 'System.Int32'], ['mode', MIDPOINT_ROUNDING.fullName]];
}

/**
 * Max and Min: the overload of the first number's type (Max(1, 1e20) is Max(int, int), which 1e20 does not
 * fit; Max('x', 1) too), else Double's.
 */
function pairParameters(args: unknown[]): MathParameter[] {
  const first = numericTypeOf(args[0], numericTypeOf(args[1], DOUBLE));
  const type = /^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal)$/.test(first) ? first : DOUBLE;
  return [['val1', type], ['val2', type]];
}

/** Int32.Parse/Int64.Parse with NumberStyles.Integer: blanks around, one sign, digits. */
function parseInteger(raw: unknown, type: 'Int32' | 'Int64'): unknown {
  const v = unwrap(raw);
  if (v === null || v === undefined) throw new DotNetException("Value cannot be null. (Parameter 's')", 'ArgumentNullException');
  const text = toPSString(v);
  const m = /^[\s]*([+-]?)(\d+)[\s]*$/.exec(text);
  if (!m) throw new DotNetException(`The input string '${text}' was not in a correct format.`, 'FormatException');
  const n = BigInt(m[1] + m[2]);
  const max = type === 'Int32' ? 2n ** 31n : 2n ** 63n;
  if (n >= max || n < -max) throw new DotNetException(`Value was either too large or too small for an ${type}.`, 'OverflowException');
  return type === 'Int32' ? Number(n) : typed(Number(n), 'System.Int64', Number.isSafeInteger(Number(n)) ? undefined : n);
}

/**
 * `[int]::TryParse($text, [ref]$n)`: true and the parsed value in the reference, or false and the type's
 * default there. `parse` returns undefined (or throws) for text that does not parse.
 */
function tryParse(parse: (text: string) => unknown, fallback: unknown): Handler {
  return (a) => {
    const out = unwrap(a[1]);
    if (a.length !== 2 || !(out instanceof PSReference)) throw noOverload('TryParse', a.length);
    let value: unknown;
    try {
      value = unwrap(a[0]) === null ? undefined : parse(toPSString(unwrap(a[0])));
    } catch {
      value = undefined;
    }
    out.Value = value === undefined ? fallback : value;
    return value !== undefined;
  };
}

/** Double.Parse / Single.Parse of text (invariant culture), with .NET's FormatException. */
function parseReal(arg: unknown, single: boolean): unknown {
  const text = str(arg);
  const value = parseDouble(text);
  if (value === undefined) throw new DotNetException(NumberFormat(text), 'FormatException');
  return single ? singleOf(value) : value;
}

const singleOf = (n: number) => new TypedNumber(Math.fround(n), 'System.Single');

const DOUBLE_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;


/** DateTime.ParseExact with a custom format (yyyy MM dd HH mm ss, M d H h tt, MMM/MMMM, fff, quoted text). */
function parseExact(text: string, format: string): DateTimeValue | undefined {
  const parts: Array<[string, string]> = [];
  let pattern = '';
  const tokens = /(yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|fff|ff|f|tt|'[^']*'|"[^"]*"|\\.|.)/gs;
  for (const [token] of format.matchAll(tokens)) {
    const group = (name: string, re: string) => {
      parts.push([name, token]);
      pattern += `(${re})`;
    };
    if (/^(yyyy)$/.test(token)) group('year', '\\d{4}');
    else if (token === 'yy') group('year2', '\\d{2}');
    else if (token === 'MMMM' || token === 'MMM') group('monthName', '[A-Za-z]+');
    else if (token === 'dddd' || token === 'ddd') group('dayName', '[A-Za-z]+');
    else if (token === 'MM' || token === 'dd' || token === 'HH' || token === 'hh' || token === 'mm' || token === 'ss') group(token, '\\d{2}');
    else if (['M', 'd', 'H', 'h', 'm', 's'].includes(token)) group(token + token, '\\d{1,2}');
    else if (/^f+$/.test(token)) group('fraction', `\\d{${token.length}}`);
    else if (token === 'tt') group('tt', '[AaPp][Mm]');
    else {
      const literal = /^['"]/.test(token) ? token.slice(1, -1) : token.startsWith('\\') ? token.slice(1) : token;
      pattern += literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  const m = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!m) return undefined;
  const f = { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, pm: undefined as boolean | undefined, weekday: undefined as number | undefined };
  parts.forEach(([name], i) => {
    const v = m[i + 1]!;
    const n = Number(v);
    if (name === 'year') f.year = n;
    else if (name === 'year2') f.year = n < 50 ? 2000 + n : 1900 + n;
    else if (name === 'monthName') f.month = MONTH_WORDS.findIndex((x) => x.startsWith(v.toLowerCase()) && (v.length === 3 || x === v.toLowerCase())) + 1;
    else if (name === 'MM') f.month = n;
    else if (name === 'dd') f.day = n;
    else if (name === 'HH' || name === 'hh') f.hour = n;
    else if (name === 'mm') f.minute = n;
    else if (name === 'ss') f.second = n;
    else if (name === 'fraction') f.ms = Math.round(Number(`0.${v}`) * 1000);
    else if (name === 'tt') f.pm = v.toLowerCase() === 'pm';
    else if (name === 'dayName') f.weekday = nameIndex(DAY_WORDS, v);
  });
  // A day's name must be a day's name, and the date's own (.NET: "the day of week was incorrect").
  if (f.weekday === -1) return undefined;
  if (f.pm !== undefined) f.hour = (f.hour % 12) + (f.pm ? 12 : 0);
  if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year, f.month) || f.hour > 23 || f.minute > 59 || f.second > 59) return undefined;
  const value = DateTimeValue.fromParts(f.year, f.month, f.day, f.hour, f.minute, f.second, f.ms, 'Unspecified');
  if (f.weekday !== undefined && value.fields.dayOfWeek !== f.weekday) return undefined;
  return value;
}

/**
 * DateTimeOffset.ParseExact: the format's zone specifier (z, zz, zzz or K at its end) read from the text's
 * end, the rest as DateTime.ParseExact reads it; 'o' is the round-trip form.
 */
function parseExactOffset(text: string, format: string): DateTimeOffsetValue | undefined {
  if (format === 'o' || format === 'O') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}(Z|[+-]\d{2}:\d{2})$/.test(text) ? parseDateTimeOffset(text) : undefined;
  const zoneFormat = /\s*(zzz|zz|z|K)$/.exec(format);
  if (!zoneFormat) {
    const clock = parseExact(text, format);
    return clock && DateTimeOffsetValue.fromDateTime(clock);
  }
  const zone = /(\s*)(Z|[+-]\d{1,2}(?::\d{2})?)$/.exec(text);
  if (!zone || zone[1]!.length !== zoneFormat[0].length - zoneFormat[1]!.length) return undefined;
  const clock = parseExact(text.slice(0, zone.index), format.slice(0, zoneFormat.index));
  return clock && parseDateTimeOffset(`${clock.format('yyyy-MM-ddTHH:mm:ss.fffffff', 'invariant')}${zone[2]}`);
}

/** A TimeZoneInfo argument; anything else fails as the binder's conversion does. */
function timeZoneArgument(raw: unknown, method: string, parameter: string): TimeZoneInfoValue {
  const value = unwrap(raw);
  if (value instanceof TimeZoneInfoValue) return value;
  if (value === null || value === undefined) throw new DotNetException(`Value cannot be null. (Parameter '${parameter}')`, 'ArgumentNullException');
  throw argumentConversionError(method, parameter, str(raw), 'System.TimeZoneInfo', `Cannot convert the "${str(raw)}" value of type "${typeNameOf(value)}" to type "System.TimeZoneInfo".`);
}

/** A year argument DateTime checks (IsLeapYear, DaysInMonth). */
function checkedYear(raw: unknown): number {
  const year = toInt(raw);
  if (year < 1 || year > 9999) throw new DotNetException("Year must be between 1 and 9999. (Parameter 'year')", 'ArgumentOutOfRangeException');
  return year;
}

/** An Int64 argument (a Stopwatch timestamp), exact past 2^53. */
const int64Argument = (a: unknown): bigint => {
  const v = unwrapArgument(a);
  return v instanceof TypedNumber && v.exact !== undefined ? v.exact : BigInt(Math.trunc(num(v)));
};
/** GetFiles' optional search pattern and SearchOption (a name, a number or the enum). */
function searchArguments(a: unknown[]): [string, boolean] {
  const pattern = a.length > 1 ? str(a[1]) : '*';
  const option = a.length > 2 ? String(unwrap(a[2])) : 'TopDirectoryOnly';
  return [pattern, /^(AllDirectories|1)$/i.test(option)];
}

/** OSPlatform's known platforms; a value prints as its name in upper case (`LINUX`), as .NET's ToString does. */
const OS_PLATFORMS = ['Linux', 'Windows', 'OSX', 'FreeBSD'];
const OS_PLATFORM = 'System.Runtime.InteropServices.OSPlatform';
const osPlatform = (name: string) => new PSObject(OS_PLATFORM, {}, undefined, name.toUpperCase());
const currentPlatform = () => (process.platform === 'win32' ? 'WINDOWS' : process.platform === 'darwin' ? 'OSX' : process.platform === 'freebsd' ? 'FREEBSD' : 'LINUX');
/** IsOSPlatform's argument: only an OSPlatform (text does not convert, as in pwsh). */
function osPlatformArgument(value: unknown): string {
  const v = unwrap(value);
  if (v instanceof PSObject && v.typeName === OS_PLATFORM) return String(v);
  throw argumentConversionError('IsOSPlatform', 'osPlatform', toPSString(v), OS_PLATFORM, `Cannot convert the "${toPSString(v)}" value of type "${typeNameOf(v)}" to type "${OS_PLATFORM}".`);
}
const ARCHITECTURE_NAMES: Readonly<Record<string, string>> = { x64: 'X64', ia32: 'X86', arm: 'Arm', arm64: 'Arm64', s390x: 'S390x', loong64: 'LoongArch64', ppc64: 'Ppc64le', riscv64: 'RiscV64' };
const architecture = () => new EnumValue(ARCHITECTURE, ARCHITECTURE_NAMES[process.arch] ?? 'X64');

const isNull = (a: unknown) => unwrap(a) === null || unwrap(a) === undefined;


const methods = lazy((): Record<string, Record<string, Handler>> => ({
  // Old CSOM scripts load the SharePoint client assemblies by name first: `[void][Reflection.Assembly]::
  // LoadWithPartialName('Microsoft.SharePoint.Client')`. pwsh on Linux and macOS finds no such assembly
  // and returns $null without an error; spo-shell loads no assemblies, so every name gives $null.
  'system.reflection.assembly': { LoadWithPartialName: () => null },
  'system.text.encoding': {
    GetEncoding: (args) => {
      if (args.length !== 1) throw noOverload('GetEncoding', args.length);
      return encodingNamed(args[0]);
    },
  },
  // RNGCryptoServiceProvider inherits RandomNumberGenerator's statics (its Create() makes the base's generator).
  'system.security.cryptography.randomnumbergenerator': RANDOM_NUMBER_GENERATOR_STATICS,
  'system.security.cryptography.rngcryptoserviceprovider': RANDOM_NUMBER_GENERATOR_STATICS,
  'system.enum': {
    getnames: (a) => [...enumArgument(a[0]).names],
    getvalues: (a) => {
      const type = enumArgument(a[0]);
      return type.names.map((n) => new EnumValue(type, n));
    },
  },
  'system.array': ARRAY_METHODS,
  // Thread.Sleep blocks the thread, as in pwsh (Ctrl+C does not cut it short there either); Start-Sleep is the
  // interruptible way. -1 would sleep for ever: refused here rather than hanging the shell.
  'system.threading.thread': {
    sleep: overloads('Sleep', [1], (a) => {
      const arg = unwrap(a[0]);
      const ms = arg instanceof TimeSpanValue ? Math.trunc(arg.ticks / 10000) : toInt(arg);
      if (ms < -1) throw new DotNetException(`millisecondsTimeout ('${ms}') must be greater than or equal to '-1'. (Parameter 'millisecondsTimeout')\nActual value was ${ms}.`, 'ArgumentOutOfRangeException');
      if (ms === -1) throw new DotNetException('spo-shell does not sleep for ever: Thread.Sleep(-1) would never return.', 'NotSupportedException');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      return undefined;
    }),
  },
  'system.int32': { parse: (a) => parseInteger(a[0], 'Int32'), tryparse: tryParse((t) => parseInteger(t, 'Int32'), 0) },
  'system.double': { parse: (a) => parseReal(a[0], false), tryparse: tryParse((t) => (DOUBLE_TEXT.test(t) ? Number(t) : undefined), 0) },
  'system.globalization.cultureinfo': {
    getcultureinfo: (a) => {
      const name = unwrap(a[0]);
      if (typeof name === 'number') {
        const culture = cultureOfLcid(name);
        if (!culture) throw new DotNetException(CultureIdNotSupported(name), 'CultureNotFoundException');
        return cultureObject(culture);
      }
      try {
        return cultureObject(findCulture(str(a[0])));
      } catch (e) {
        if (e instanceof CultureNotFound) throw new DotNetException(e.message, 'CultureNotFoundException');
        throw e;
      }
    },
  },
  'system.single': {
    parse: (a) => parseReal(a[0], true),
    tryparse: tryParse((t) => (DOUBLE_TEXT.test(t) ? singleOf(Number(t)) : undefined), singleOf(0)),
  },
  'system.datetime': {
    // The same wall-clock time with another Kind (`[datetime]::SpecifyKind($d, 'Utc')`).
    specifykind: overloads('SpecifyKind', [2], (a) => {
      const value = unwrap(a[0]);
      if (!(value instanceof DateTimeValue)) throw argumentConversionError('SpecifyKind', 'value', str(a[0]), 'System.DateTime', `Cannot convert value "${str(a[0])}" to type "System.DateTime".`);
      const kind = enumArgumentOf('SpecifyKind', 'kind', a[1], DATE_TIME_KIND).name as 'Unspecified' | 'Utc' | 'Local';
      const f = value.fields;
      return new DateTimeValue(DateTimeValue.fromParts(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond, kind).epochMs, kind, value.subTicks);
    }),
    tryparse: tryParse((t) => parseDateTime(t), DateTimeValue.fromParts(1, 1, 1)),
    daysinmonth: overloads('DaysInMonth', [2], (a) => {
      const month = toInt(a[1]);
      if (month < 1 || month > 12) throw new DotNetException(`Month must be between one and twelve. (Parameter 'month')\nActual value was ${month}.`, 'ArgumentOutOfRangeException');
      return daysInMonth(checkedYear(a[0]), month);
    }),
    isleapyear: overloads('IsLeapYear', [1], (a) => daysInMonth(checkedYear(a[0]), 2) === 29),
    fromfiletime: overloads('FromFileTime', [1], (a) => fromFileTime(int64Argument(a[0]), true)),
    fromfiletimeutc: overloads('FromFileTimeUtc', [1], (a) => fromFileTime(int64Argument(a[0]), false)),
    fromoadate: overloads('FromOADate', [1], (a) => fromOADate(num(a[0]))),
    frombinary: overloads('FromBinary', [1], (a) => fromBinary(int64Argument(a[0]))),
    compare: overloads('Compare', [2], (a) => {
      const [x, y] = [toDateTime(a[0]).ticks, toDateTime(a[1]).ticks];
      return x < y ? -1 : x > y ? 1 : 0;
    }),
    // TryParseExact(s, format(s), provider, styles, out result): the out reference must hold a DateTime to pick the overload.
    tryparseexact: (a) => {
      const out = unwrap(a[4]);
      if (a.length !== 5 || !(out instanceof PSReference) || !(unwrap(out.Value) instanceof DateTimeValue)) throw noOverload('TryParseExact', a.length);
      const text = unwrap(a[0]) === null ? '' : str(a[0]);
      const parsed = enumerate(unwrap(a[1])).map(str).reduce<DateTimeValue | undefined>((hit, format) => hit ?? parseExact(text, format), undefined);
      out.Value = parsed ?? DateTimeValue.fromTicks(0n);
      return parsed !== undefined;
    },
    parse: (a) => {
      const parsed = parseDateTime(str(a[0]));
      if (!parsed) throw new DotNetException(`String '${str(a[0])}' was not recognized as a valid DateTime.`, 'FormatException');
      return parsed;
    },
    parseexact: (a) => {
      const formats = enumerate(unwrap(a[1])).map(str);
      for (const format of formats) {
        const parsed = parseExact(str(a[0]), format);
        if (parsed) return parsed;
      }
      throw new DotNetException(`String '${str(a[0])}' was not recognized as a valid DateTime.`, 'FormatException');
    },
  },
  'system.datetimeoffset': {
    fromunixtimeseconds: overloads('FromUnixTimeSeconds', [1], (a) => fromUnixTime(int64Argument(a[0]), false)),
    fromunixtimemilliseconds: overloads('FromUnixTimeMilliseconds', [1], (a) => fromUnixTime(int64Argument(a[0]), true)),
    fromfiletime: overloads('FromFileTime', [1], (a) => DateTimeOffsetValue.fromDateTime(fromFileTime(int64Argument(a[0]), true))),
    parse: overloads('Parse', [1, 2, 3], (a) => {
      const text = unwrap(a[0]) === null ? '' : str(a[0]);
      const parsed = parseDateTimeOffset(text);
      if (!parsed) throw notADateTimeOffset(text);
      return parsed;
    }),
    // TryParse(s, out result) and TryParse(s, provider, styles, out result): the reference must hold a DateTimeOffset.
    tryparse: (a) => {
      const out = unwrap(a[a.length - 1]);
      if ((a.length !== 2 && a.length !== 4) || !(out instanceof PSReference) || !(unwrap(out.Value) instanceof DateTimeOffsetValue)) throw noOverload('TryParse', a.length);
      const parsed = unwrap(a[0]) === null ? undefined : parseDateTimeOffset(str(a[0]));
      out.Value = parsed ?? new DateTimeOffsetValue(0n, 0);
      return parsed !== undefined;
    },
    parseexact: overloads('ParseExact', [3, 4], (a) => {
      const text = unwrap(a[0]) === null ? '' : str(a[0]);
      for (const format of enumerate(unwrap(a[1])).map(str)) {
        const parsed = parseExactOffset(text, format);
        if (parsed) return parsed;
      }
      throw new DotNetException(`String '${text}' was not recognized as a valid DateTime.`, 'FormatException');
    }),
    compare: overloads('Compare', [2], (a) => toDateTimeOffset(a[0]).compareTo(toDateTimeOffset(a[1]))),
  },
  'system.timezoneinfo': {
    getsystemtimezones: overloads('GetSystemTimeZones', [0, 1], () => systemTimeZones()),
    findsystemtimezonebyid: overloads('FindSystemTimeZoneById', [1], (a) => findTimeZone(unwrap(a[0]) === null ? '' : str(a[0]))),
    converttime: overloads('ConvertTime', [2, 3], (a) => {
      const value = unwrap(a[0]);
      const zones = a.slice(1).map((z, i) => timeZoneArgument(z, 'ConvertTime', i === a.length - 2 ? 'destinationTimeZone' : 'sourceTimeZone'));
      if (value instanceof DateTimeOffsetValue && zones.length === 1) return convertOffsetTo(value, zones[0]!);
      const date = toDateTime(value);
      return zones.length === 1 ? convertTimeTo(date, zones[0]!) : convertTime(date, zones[0]!, zones[1]!);
    }),
    converttimefromutc: overloads('ConvertTimeFromUtc', [2], (a) => convertTimeFromUtc(toDateTime(a[0]), timeZoneArgument(a[1], 'ConvertTimeFromUtc', 'destinationTimeZone'))),
    converttimetoutc: overloads('ConvertTimeToUtc', [1, 2], (a) => {
      const date = toDateTime(a[0]);
      return a.length === 1 ? convertTimeTo(date, utcTimeZone()) : convertTime(date, timeZoneArgument(a[1], 'ConvertTimeToUtc', 'sourceTimeZone'), utcTimeZone());
    }),
    converttimebysystemtimezoneid: overloads('ConvertTimeBySystemTimeZoneId', [2, 3], (a) => {
      const value = unwrap(a[0]);
      const zones = a.slice(1).map((z) => findTimeZone(unwrap(z) === null ? '' : str(z)));
      if (value instanceof DateTimeOffsetValue && zones.length === 1) return convertOffsetTo(value, zones[0]!);
      const date = toDateTime(value);
      return zones.length === 1 ? convertTimeTo(date, zones[0]!) : convertTime(date, zones[0]!, zones[1]!);
    }),
  },
  'system.char': charStaticMethods(),
  'system.int64': { parse: (a) => parseInteger(a[0], 'Int64'), tryparse: tryParse((t) => parseInteger(t, 'Int64'), typed(0, 'System.Int64')) },
  'system.decimal': DECIMAL_METHODS,
  'system.timespan': {
    ...Object.fromEntries(['fromticks', 'fromdays', 'fromhours', 'fromminutes', 'fromseconds', 'frommilliseconds', 'frommicroseconds'].map((name) => [
      name,
      (a: unknown[]) => {
        const made = timeSpanFactory(name, a);
        if (!made) throw noOverload(`${name.charAt(0).toUpperCase()}${name.slice(1)}`, a.length);
        return made.value;
      },
    ])),
    parse: overloads('Parse', [1, 2], (a) => timeSpanParsed(unwrap(a[0]) === null ? '' : str(a[0]), parseTimeSpan)),
    tryparse: (a) => {
      const out = unwrap(a[a.length - 1]);
      if ((a.length !== 2 && a.length !== 3) || !(out instanceof PSReference)) throw noOverload('TryParse', a.length);
      const parsed = unwrap(a[0]) === null ? undefined : parseTimeSpan(str(a[0]));
      out.Value = parsed instanceof TimeSpanValue ? parsed : new TimeSpanValue(0);
      return parsed instanceof TimeSpanValue;
    },
    parseexact: overloads('ParseExact', [3, 4], (a) => {
      const text = unwrap(a[0]) === null ? '' : str(a[0]);
      const formats = enumerate(unwrap(a[1])).map(str);
      for (const format of formats) {
        const parsed = parseTimeSpanExact(text, format);
        if (parsed instanceof TimeSpanValue || formats.length === 1) return timeSpanParsed(text, () => parsed);
      }
      return timeSpanParsed(text, () => undefined);
    }),
  },
  'system.math': {
    // The Double overloads (the Decimal ones are DECIMAL_MATH): their results are Doubles even when whole.
    round: (a) => {
      checkMathArguments('Round', a, roundParameters(a));
      const mode = a.length > 1 ? str(a[a.length - 1]) : '';
      const away = /awayfromzero/i.test(mode);
      const digits = a.length > 1 && !/^[a-z]/i.test(str(a[1])) ? toInt(a[1]) : 0;
      return double(round(num(a[0]), digits, away));
    },
    floor: (a) => double(Math.floor(num(checkMathArguments('Floor', a, [['d', DOUBLE]])[0]))),
    ceiling: (a) => double(Math.ceil(num(checkMathArguments('Ceiling', a, [['a', DOUBLE]])[0]))),
    // Abs, Max and Min keep the (first) argument's numeric type; text reads as a Double for Abs.
    abs: (a) => sameType(Math.abs(num(checkMathArguments('Abs', a, [['value', DOUBLE]])[0])), a[0], 'System.Double'),
    max: (a) => sameType(Math.max(...checkMathArguments('Max', a, pairParameters(a)).map(num)), a[0], numericTypeOf(a[1], 'System.Int32')),
    min: (a) => sameType(Math.min(...checkMathArguments('Min', a, pairParameters(a)).map(num)), a[0], numericTypeOf(a[1], 'System.Int32')),
    pow: (a) => double(num(checkMathArguments('Pow', a, [['x', DOUBLE], ['y', DOUBLE]])[0]) ** num(a[1])),
    sqrt: (a) => double(Math.sqrt(num(checkMathArguments('Sqrt', a, [['d', DOUBLE]])[0]))),
    truncate: (a) => double(Math.trunc(num(checkMathArguments('Truncate', a, [['d', DOUBLE]])[0]))),
    sign: (a) => Math.sign(num(checkMathArguments('Sign', a, [['value', DOUBLE]])[0])),
    log: (a) => {
      checkMathArguments('Log', a, a.length > 1 ? [['a', DOUBLE], ['newBase', DOUBLE]] : [['d', DOUBLE]]);
      return double(a.length > 1 ? Math.log(num(a[0])) / Math.log(num(a[1])) : Math.log(num(a[0])));
    },
    log10: (a) => double(Math.log10(num(checkMathArguments('Log10', a, [['d', DOUBLE]])[0]))),
  },
  'system.string': {
    format: (a) => {
      // Format(IFormatProvider, format, args...): the culture formats the numbers.
      const culture = cultureOfValue(unwrap(a[0]));
      const rest = culture ? a.slice(1) : a;
      return formatString(str(rest[0]), rest.slice(1).length === 1 && Array.isArray(unwrap(rest[1])) ? (unwrap(rest[1]) as unknown[]) : rest.slice(1), culture);
    },
    concat: (a) => {
      // The overload pwsh picks: Concat(string, ...) when the first argument is a string, whose arguments
      // convert as [string] does (an array joins with spaces, a Decimal keeps its scale); otherwise
      // Concat(object, ...), or Concat(params object[]) for one array, which take each value's ToString().
      const text = (x: unknown) => toPSString(unwrapArgument(x));
      const own = (x: unknown) => (Array.isArray(unwrap(x)) ? typeNameOf(unwrap(x)) : text(x));
      const one = unwrap(a[0]);
      if (a.length === 1 && Array.isArray(one)) return one.map(own).join('');
      return a.map(typeof one === 'string' ? text : own).join('');
    },
    compare: (a) => {
      const ignoreCase = a.length > 2 && isTrue(a[2]);
      const c = new Intl.Collator('en-US', { sensitivity: ignoreCase ? 'accent' : 'variant', caseFirst: 'lower' }).compare(str(a[0]), str(a[1]));
      return Math.sign(c);
    },
    equals: (a) => str(a[0]) === str(a[1]),
  },
  'system.version': {
    parse: (a) => versionParse(() => parseVersion(str(a[0]))),
    tryparse: tryParse((t) => parseVersion(t), null),
  },
  'system.management.automation.semanticversion': {
    parse: (a) => versionParse(() => parseSemanticVersion(str(a[0]))),
    tryparse: tryParse((t) => tryParseSemanticVersion(t), null),
  },
  'system.guid': {
    tryparse: tryParse((t) => methods()['system.guid']!.parse!([t]), guidValue('00000000-0000-0000-0000-000000000000')),
    // The global Web Crypto object: crypto then loads on the first new GUID, not at every start-up.
    newguid: () => guidValue(crypto.randomUUID()),
    parse: (a) => {
      const t = str(a[0]).trim().replace(/^[{(]|[})]$/g, '').toLowerCase();
      if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/.test(t)) {
        throw new MemberError(`Exception calling "Parse" with "1" argument(s): "Unrecognized Guid format."`, 'FormatException');
      }
      const h = t.replace(/-/g, '');
      return guidValue(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
    },
  },
  'system.convert': convertMethods(),
  'system.environment': {
    // GetFolderPath(SpecialFolder[, SpecialFolderOption]) (environment-statics.ts); $null converts to neither overload.
    getfolderpath: overloads('GetFolderPath', [1, 2], (a) => {
      if (isNull(a[0])) throw noOverload('GetFolderPath', a.length);
      const folder = enumArgumentOf('GetFolderPath', 'folder', a[0], SPECIAL_FOLDER);
      return folderPath(folder, a.length > 1 ? enumArgumentOf('GetFolderPath', 'option', a[1], SPECIAL_FOLDER_OPTION) : undefined);
    }),
    // $null is "" to the string parameter.
    expandenvironmentvariables: overloads('ExpandEnvironmentVariables', [1], (a) => (isNull(a[0]) ? '' : expandEnvironmentVariables(str(a[0])))),
    getenvironmentvariables: overloads('GetEnvironmentVariables', [0, 1], () => environmentVariables()),
    getenvironmentvariable: (a) => process.env[str(a[0])] ?? null,
    setenvironmentvariable: (a) => {
      const v = unwrap(a[1]);
      if (v === null || v === '') delete process.env[str(a[0])];
      else process.env[str(a[0])] = str(v);
      return undefined;
    },
  },
  'system.net.webutility': {
    urlencode: overloads('UrlEncode', [1], (a) => urlEncode(str(a[0]), true)),
    urldecode: overloads('UrlDecode', [1], (a) => urlDecode(str(a[0]), false)),
    htmlencode: overloads('HtmlEncode', [1], (a) => htmlEncode(str(a[0]))),
    htmldecode: overloads('HtmlDecode', [1], (a) => htmlDecode(str(a[0]))),
  },
  // HttpUtility.UrlEncode and HtmlEncode have overloads that take $null as a byte[] or an object, and give $null back.
  'system.web.httputility': {
    urlencode: overloads('UrlEncode', [1, 2], (a) => (isNull(a[0]) ? null : urlEncode(str(a[0]), false))),
    urldecode: overloads('UrlDecode', [1, 2], (a) => urlDecode(str(a[0]), true)),
    htmlencode: overloads('HtmlEncode', [1], (a) => (isNull(a[0]) ? null : htmlEncode(str(a[0])))),
    htmldecode: overloads('HtmlDecode', [1], (a) => htmlDecode(str(a[0]))),
    htmlattributeencode: overloads('HtmlAttributeEncode', [1], (a) => htmlAttributeEncode(str(a[0]))),
    urlpathencode: overloads('UrlPathEncode', [1], (a) => urlPathEncode(str(a[0]))),
    javascriptstringencode: overloads('JavaScriptStringEncode', [1, 2], (a) => javaScriptStringEncode(str(a[0]), a.length > 1 && isTrue(a[1]))),
    // $null is "" to a string parameter: an empty collection.
    parsequerystring: overloads('ParseQueryString', [1, 2], (a) => parseQueryString(isNull(a[0]) ? '' : str(a[0]))),
  },
  'system.diagnostics.stopwatch': {
    startnew: overloads('StartNew', [0], () => startNewStopwatch()),
    gettimestamp: overloads('GetTimestamp', [0], () => timestamp()),
    getelapsedtime: overloads('GetElapsedTime', [1, 2], (a) => elapsedBetween(...(a.map(int64Argument) as [bigint, bigint?]))),
  },
  'system.uri': {
    escapedatastring: overloads('EscapeDataString', [1], (a) => escapeDataString(str(a[0]))),
    unescapedatastring: overloads('UnescapeDataString', [1], (a) => unescapeDataString(str(a[0]))),
    escapeuristring: overloads('EscapeUriString', [1], (a) => escapeUriString(str(a[0]))),
    checkhostname: overloads('CheckHostName', [1], (a) => new EnumValue(URI_HOST_NAME_TYPE, checkHostName(str(a[0])))),
    iswellformeduristring: overloads('IsWellFormedUriString', [2], (a) => isWellFormedUriString(str(a[0]), enumArgumentOf('IsWellFormedUriString', 'uriKind', a[1], URI_KIND).name)),
    trycreate: overloads('TryCreate', [3], (a) => tryCreateUri(a)),
  },
  'system.io.path': {
    combine: (a) => combine(a.flatMap((x) => enumerate(unwrap(x))).map(str)),
    getfilename: (a) => basename(str(a[0])),
    getfilenamewithoutextension: (a) => basename(str(a[0]), extname(str(a[0]))),
    getextension: (a) => extname(str(a[0])),
    getdirectoryname: (a) => (str(a[0]) === '' ? null : dirname(str(a[0])) === '.' ? '' : dirname(str(a[0]))),
    gettemppath: () => tmpdir() + sep,
    // The part after the last dot of the last segment replaced ($null passes as "": `a.txt` becomes `a.`).
    changeextension: overloads('ChangeExtension', [2], (a) => {
      const path = str(a[0]);
      if (path === '') return '';
      const extension = isNull(a[1]) ? '' : str(a[1]);
      const lastSeparator = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
      const dot = path.lastIndexOf('.');
      const stem = dot > lastSeparator ? path.slice(0, dot) : path;
      return extension === '' ? `${stem}.` : `${stem}${extension.startsWith('.') ? '' : '.'}${extension}`;
    }),
    gettempfilename: () => join(tmpdir(), `tmp${crypto.randomUUID().slice(0, 8).toUpperCase()}.tmp`),
    isPathRooted: (a) => isAbsolute(str(a[0])),
  },
  'system.io.directory': {
    exists: overloads('Exists', [1], (a) => directoryExists(str(a[0]))),
    getfiles: overloads('GetFiles', [1, 2, 3], (a) => listDirectory(str(a[0]), 'files', ...searchArguments(a))),
    enumeratefiles: overloads('EnumerateFiles', [1, 2, 3], (a) => listDirectory(str(a[0]), 'files', ...searchArguments(a))),
    getdirectories: overloads('GetDirectories', [1, 2, 3], (a) => listDirectory(str(a[0]), 'directories', ...searchArguments(a))),
    enumeratedirectories: overloads('EnumerateDirectories', [1, 2, 3], (a) => listDirectory(str(a[0]), 'directories', ...searchArguments(a))),
    getfilesystementries: overloads('GetFileSystemEntries', [1, 2, 3], (a) => listDirectory(str(a[0]), 'entries', ...searchArguments(a))),
    enumeratefilesystementries: overloads('EnumerateFileSystemEntries', [1, 2, 3], (a) => listDirectory(str(a[0]), 'entries', ...searchArguments(a))),
    createdirectory: overloads('CreateDirectory', [1], (a) => createDirectory(str(a[0]))),
    delete: overloads('Delete', [1, 2], (a) => deleteDirectory(str(a[0]), a.length > 1 && isTrue(a[1]))),
    getparent: overloads('GetParent', [1], (a) => parentDirectory(str(a[0]))),
    getcurrentdirectory: overloads('GetCurrentDirectory', [0], () => process.cwd()),
  },
  'system.runtime.interopservices.runtimeinformation': {
    isosplatform: overloads('IsOSPlatform', [1], (a) => osPlatformArgument(a[0]) === currentPlatform()),
  },
  'system.bitconverter': Object.fromEntries(BIT_CONVERTER_METHODS.map((name) => [name, (a: unknown[]) => bitConverterCall(name, a)])),
  ...Object.fromEntries(HASH_TYPES.map((type) => [type.toLowerCase(), Object.fromEntries((/\.HMAC/.test(type) ? ['hashdata'] : /HashAlgorithm$/.test(type) ? ['create'] : ['create', 'hashdata']).map((name) => [name, (a: unknown[]) => hashStaticCall(type, name, a)]))])),
  'system.io.file': {
    ...Object.fromEntries(FILE_STREAM_METHODS.map((name) => [name, (a: unknown[]) => fileStreamCall(name, a)])),
    delete: overloads('Delete', [1], (a) => deleteFile(str(a[0]))),
    copy: overloads('Copy', [2, 3], (a) => transferFile(str(a[0]), str(a[1]), a.length > 2 && isTrue(a[2]), false)),
    move: overloads('Move', [2, 3], (a) => transferFile(str(a[0]), str(a[1]), a.length > 2 && isTrue(a[2]), true)),
    readallbytes: overloads('ReadAllBytes', [1], (a) => readAllBytes(str(a[0]))),
    writeallbytes: overloads('WriteAllBytes', [2], (a) => writeAllBytes(str(a[0]), enumerate(unwrap(a[1])).map((b) => toInt(b)))),
    getlastwritetime: overloads('GetLastWriteTime', [1], (a) => lastWriteTime(str(a[0]))),
    exists: (a) => existsSync(str(a[0])),
    readalltext: (a) => readFileSync(str(a[0]), 'utf8'),
    readalllines: (a) => readFileSync(str(a[0]), 'utf8').split(/\r?\n/).filter((l, i, all) => i < all.length - 1 || l !== ''),
    writealltext: (a) => (writeFileSync(str(a[0]), str(a[1]), 'utf8'), undefined),
    writealllines: (a) => (writeFileSync(str(a[0]), enumerate(unwrap(a[1])).map(str).join('\n') + '\n', 'utf8'), undefined),
    appendalltext: (a) => (appendFileSync(str(a[0]), str(a[1]), 'utf8'), undefined),
  },
}));

/**
 * Uri.TryCreate(string, UriKind, out Uri) and TryCreate(Uri baseUri, string or Uri relativeUri, out Uri):
 * true and the Uri in the reference, or false and $null there (a relative base makes none).
 */
function tryCreateUri(a: unknown[]): boolean {
  const out = outArgument(a, 2);
  const first = unwrap(a[0]);
  let made: UriValue | undefined;
  try {
    if (first instanceof UriValue) made = first.parts ? combineUri(first, str(a[1])) : undefined;
    else {
      const kind = enumArgumentOf('TryCreate', 'uriKind', a[1], URI_KIND).name;
      const text = str(a[0]);
      made = kind === 'Absolute' ? absoluteUriFromText(text) : kind === 'Relative' ? relativeUriFromText(text) : uriFromText(text);
    }
  } catch (e) {
    if (!(e instanceof UriFormatError)) throw e;
  }
  out.Value = made ?? null;
  return made !== undefined;
}

/** When the machine started, in epoch milliseconds: Environment.TickCount counts from it. */
const bootTime = lazy(() => Date.now() - uptime() * 1000);

/** A version parse whose .NET exception pwsh reports as the method's (`Exception calling "Parse" ...`). */
function versionParse(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (e) {
    if (e instanceof VersionError) throw new DotNetException(e.message, e.exceptionType);
    throw e;
  }
}

/** The enum a type argument names ([enum]::GetNames([SomeEnum])); a MemberError like .NET's ArgumentException otherwise. */
function enumArgument(arg: unknown): EnumType {
  const type = unwrap(arg);
  const found = type instanceof PSObject && type.typeName === 'System.RuntimeType' ? enumTypeNamed(toPSString(type.get('FullName'))) : undefined;
  if (!found) throw new Error("Type provided must be an Enum. (Parameter 'enumType')");
  return found;
}

const CMDLET_STATICS: Record<string, () => unknown> = {
  commonparameters: () =>
    newCollection('HashSet', 'System.String', ['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'InformationVariable'], true),
  optionalcommonparameters: () => newCollection('HashSet', 'System.String', ['WhatIf', 'Confirm', 'UseTransaction'], true),
};

const properties = lazy((): Record<string, Record<string, () => unknown>> => ({
  'system.console': CONSOLE_PROPERTIES,
  'system.math': { pi: () => Math.PI, e: () => Math.E },
  'system.double': { nan: () => NaN, positiveinfinity: () => Infinity, negativeinfinity: () => -Infinity, epsilon: () => Number.MIN_VALUE },
  'system.single': {
    nan: () => new TypedNumber(NaN, 'System.Single'),
    epsilon: () => singleOf(2 ** -149),
    positiveinfinity: () => new TypedNumber(Infinity, 'System.Single'),
    negativeinfinity: () => new TypedNumber(-Infinity, 'System.Single'),
  },
  'system.guid': { empty: () => guidValue('00000000-0000-0000-0000-000000000000') },
  // The names scripts leave out of $PSBoundParameters (`$_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters`):
  // case-insensitive HashSet[string]s, in .NET's order.
  'system.management.automation.cmdlet': CMDLET_STATICS,
  'system.management.automation.pscmdlet': CMDLET_STATICS,
  'system.random': { shared: () => sharedRandom() },
  'system.environment': {
    newline: () => '\n',
    machinename: () => hostname(),
    username: () => userInfo().username,
    currentdirectory: () => process.cwd(),
    processorcount: () => availableParallelism(),
    // On Unix .NET's user domain is the machine's name.
    userdomainname: () => hostname(),
    osversion: () => osVersion(),
    is64bitprocess: () => /64/.test(process.arch),
    is64bitoperatingsystem: () => /64/.test(process.arch),
    version: () => parseVersion('10.0.12'),
    processid: () => process.pid,
    tickcount: () => Math.trunc(performance.now() + performance.timeOrigin - bootTime()) | 0,
    tickcount64: () => typed(Math.trunc(performance.now() + performance.timeOrigin - bootTime()), 'System.Int64'),
    systempagesize: () => 4096,
    systemdirectory: () => '',
    userinteractive: () => true,
    hasshutdownstarted: () => false,
  },
  'system.diagnostics.stopwatch': { frequency, ishighresolution: () => true },
  'system.uri': {
    urischemehttp: () => 'http',
    urischemehttps: () => 'https',
    urischemefile: () => 'file',
    urischemeftp: () => 'ftp',
    urischememailto: () => 'mailto',
    schemedelimiter: () => '://',
  },
  'system.runtime.interopservices.osplatform': Object.fromEntries(OS_PLATFORMS.map((name) => [name.toLowerCase(), () => osPlatform(name)])),
  'system.runtime.interopservices.runtimeinformation': {
    osdescription: () => osDescription(),
    frameworkdescription: () => '.NET 10.0.12',
    runtimeidentifier: () => `${process.platform === 'darwin' ? 'osx' : process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`,
    osarchitecture: () => architecture(),
    processarchitecture: () => architecture(),
  },
  'system.bitconverter': { islittleendian: () => true },
  'system.io.path': { directoryseparatorchar: () => sep, pathseparator: () => ':' },
  'system.text.encoding': { utf8: () => utf8(), unicode: () => utf16(), ascii: () => ascii(), default: () => utf8NoBom() },
  'system.datetime': {
    now: () => DateTimeValue.now(),
    utcnow: () => DateTimeValue.now().toUniversalTime(),
    today: () => {
      const f = DateTimeValue.now().fields;
      return DateTimeValue.fromParts(f.year, f.month, f.day);
    },
    minvalue: () => DateTimeValue.fromTicks(0n),
    maxvalue: () => DateTimeValue.fromTicks(MAX_DATE_TICKS),
    unixepoch: () => utcFromTicks(621355968000000000n),
  },
  'system.timezoneinfo': { utc: utcTimeZone, local: localTimeZone },
  'system.datetimeoffset': {
    now: () => DateTimeOffsetValue.now(),
    utcnow: () => new DateTimeOffsetValue(utcTicksOf(DateTimeValue.now()), 0),
    minvalue: () => new DateTimeOffsetValue(0n, 0),
    maxvalue: () => new DateTimeOffsetValue(MAX_DATE_TICKS, 0),
    unixepoch: () => new DateTimeOffsetValue(621355968000000000n, 0),
  },
  'system.timespan': {
    zero: () => new TimeSpanValue(0),
    minvalue: () => TimeSpanValue.fromBig(MIN_TICKS),
    maxvalue: () => TimeSpanValue.fromBig(MAX_TICKS),
  },
  'system.management.automation.switchparameter': { present: () => new SwitchParameter(true) },
  'system.decimal': DECIMAL_PROPERTIES,
  'system.boolean': { truestring: () => 'True', falsestring: () => 'False' },
  'system.char': charStaticProperties(),
  'system.globalization.cultureinfo': {
    invariantculture: () => cultureInfo(true),
    currentculture: () => cultureInfo(),
    currentuiculture: () => cultureInfo(),
  },
  'system.stringcomparer': {
    ordinal: comparer('System.OrdinalComparer', false),
    ordinalignorecase: comparer('System.OrdinalIgnoreCaseComparer', true),
    invariantculture: comparer('System.CultureAwareComparer', false),
    invariantcultureignorecase: comparer('System.CultureAwareComparer', true),
    currentculture: comparer('System.CultureAwareComparer', false),
    currentcultureignorecase: comparer('System.CultureAwareComparer', true),
  },
}));

/**
 * The terminal [Console] reads: the size of the first of stdout and stderr that is a terminal. With
 * none, .NET falls back on TERM's terminfo entry (pwsh 7.6.10): 0 × 0 without TERM, 80 × -1 for
 * `dumb`, and the 80 × 24 that the common entries (xterm, screen, tmux) give. Whether each stream is
 * redirected.
 */
const terminalSize = (): { columns: number; rows: number } => {
  const tty = [process.stdout, process.stderr].find((s) => s.isTTY && s.columns);
  if (tty) return { columns: tty.columns, rows: tty.rows };
  const term = process.env.TERM ?? '';
  return term === '' ? { columns: 0, rows: 0 } : term === 'dumb' ? { columns: 80, rows: -1 } : { columns: 80, rows: 24 };
};
const windowWidth = (): number => terminalSize().columns;
const windowHeight = (): number => terminalSize().rows;
const CONSOLE_PROPERTIES: Record<string, () => unknown> = {
  windowwidth: windowWidth,
  windowheight: windowHeight,
  bufferwidth: windowWidth,
  bufferheight: windowHeight,
  largestwindowwidth: windowWidth,
  largestwindowheight: windowHeight,
  isoutputredirected: () => !process.stdout.isTTY,
  iserrorredirected: () => !process.stderr.isTTY,
  isinputredirected: () => !process.stdin.isTTY,
};

const settings = lazy(() => processSettings(utf8));

export function staticProperty(fullName: string, member: string): StaticResult {
  const setting = settings()[fullName.toLowerCase()]?.[member.toLowerCase()];
  if (setting) return found(setting.get());
  const getter = properties()[fullName.toLowerCase()]?.[member.toLowerCase()];
  return getter ? found(getter()) : undefined;
}

/** `[Type]::Property = value` for the process-wide settings scripts set (process-settings.ts); false for any other. */
export function setStaticSetting(fullName: string, member: string, value: unknown): boolean {
  const setting = settings()[fullName.toLowerCase()]?.[member.toLowerCase()];
  if (!setting) return false;
  setProcessSetting(setting, value);
  return true;
}

export function staticMethod(fullName: string, member: string, args: unknown[]): StaticResult {
  const table = methods()[fullName.toLowerCase()];
  const decimalOverload = fullName.toLowerCase() === 'system.math' && usesDecimalOverload(member.toLowerCase(), args);
  const handler = decimalOverload ? DECIMAL_MATH[member.toLowerCase()] : table && Object.entries(table).find(([k]) => k.toLowerCase() === member.toLowerCase())?.[1];
  if (!handler) return undefined;
  try {
    return found(handler(args));
  } catch (e) {
    if (e instanceof MemberError || e instanceof MethodCallError) throw e;
    // .NET's spelling of the method (the table's keys are lower case): `[int]::parse('x')` fails in "Parse".
    const spelled = member.charAt(0).toUpperCase() + member.slice(1);
    if (e instanceof DotNetException) throw invocationFailed(spelled, args.length, e);
    const missing = e instanceof Error ? /^ENOENT: no such file or directory, open '(.*)'$/.exec(e.message) : null;
    if (missing) throw invocationFailed(member, args.length, missingFile(missing[1]!));
    throw invocationFailed(member, args.length, new DotNetException(e instanceof Error ? e.message : String(e), 'DotNetMethodException'));
  }
}

/** [BitConverter]'s methods (bytes.ts, a lazy module). */
const BIT_CONVERTER_METHODS = ['tostring', 'getbytes', 'toboolean', 'tochar', 'toint16', 'touint16', 'toint32', 'touint32', 'toint64', 'touint64', 'tosingle', 'todouble', 'doubletoint64bits', 'int64bitstodouble'];
/** [IO.File]'s stream methods (streams.ts, a lazy module). */
const FILE_STREAM_METHODS = ['readlines', 'opentext', 'createtext', 'appendtext', 'openread', 'openwrite'];
const CRYPTOGRAPHY = 'System.Security.Cryptography';
const HASHES = ['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'];
/** The hash algorithm classes (hash-algorithms.ts): SHA256, SHA256Managed, SHA256CryptoServiceProvider, HMACSHA256 ... */
const HASH_TYPES = [
  `${CRYPTOGRAPHY}.HashAlgorithm`,
  ...HASHES.map((a) => `${CRYPTOGRAPHY}.${a}`),
  ...HASHES.filter((a) => a !== 'MD5').map((a) => `${CRYPTOGRAPHY}.${a}Managed`),
  ...HASHES.map((a) => `${CRYPTOGRAPHY}.${a}CryptoServiceProvider`),
  ...HASHES.map((a) => `${CRYPTOGRAPHY}.HMAC${a}`),
];

/** Types spo-shell knows for [Type]::Member and casts, by full name. */
export const STATIC_TYPES = ['System.BitConverter', 'System.Reflection.Assembly', 'System.Management.Automation.Cmdlet', 'System.Management.Automation.PSCmdlet', ...HASH_TYPES, 'System.Threading.Thread', 'System.Net.ServicePointManager', 'System.Console', 'System.IO.Directory', 'System.Runtime.InteropServices.RuntimeInformation', 'System.Runtime.InteropServices.OSPlatform', 'System.Net.WebUtility', 'System.Web.HttpUtility', 'System.Enum', 'System.MidpointRounding', 'System.Math', 'System.Guid', 'System.Convert', 'System.Environment', 'System.IO.Path', 'System.IO.File', 'System.Text.Encoding', 'System.Uri', 'System.StringComparer', 'System.Globalization.CultureInfo'];

