// The .NET constructors the subset can call, shared by `New-Object` and `[Type]::new(...)`.
//
// Each type picks its overload from the arguments and says what happened; the callers word the
// outcome as PowerShell does for them, which differs: New-Object reports an argument that fits no
// overload as "Cannot find an overload for "PSCredential" ...", the method binder behind ::new as
// "Cannot convert argument "password" ...", and both wrap a constructor's own exception in
// `Exception calling ".ctor" ...` (powershell-semantics.md §5.1).

import { RandomValue } from './dotnet-random.js';
import { RANDOM_NUMBER_GENERATOR, RNG_CRYPTO_SERVICE_PROVIDER, RandomNumberGeneratorValue } from './dotnet-rng.js';
import { STOPWATCH, StopwatchValue } from './stopwatch.js';
import * as R from './runtime-strings.js';
import { regexType } from './regex-type.js';
import { castFailure, enumerate, isTrue, toInt, toPSString, typeNameOf, unwrap } from './convert.js';
import { SWITCH_PARAMETER, SwitchParameter } from './switch-parameter.js';
import { ConversionError } from './conversion-error.js';
import { StringComparerValue, guidValue, isStringComparer, staticMethod } from './dotnet-statics.js';
import { absoluteUriFromText, combineUri, relativeUriFromText, uriFromText, UriFormatError, UriValue } from './uri.js';
import { URI_KIND } from './enum-types.js';
import { uriBuilderType } from './uri-builder.js';
import { DotNetCollection, collectionDefinition, type CollectionKind } from './collection-types.js';
import { KindedDictionary, type DictionaryKind } from './dictionary-kinds.js';
import { sortComparer, stringComparison } from './sort-comparers.js';
import { newCollection } from './dotnet-collections.js';
import { constructException, exceptionTypeNames } from './exception-values.js';
import { errorRecordType } from './error-record-type.js';
import { DICTIONARY_DEFINITION, GenericDictionary, LIST_DEFINITION, convertTypeArgument, dotnetText, genericFullName, parseGenericName } from './generic-types.js';
import { CHOICE_DESCRIPTION, ChoiceDescription } from './choice-description.js';
import { COMPLETION_RESULT, newCompletionResult } from './completion-result.js';
import { ArrayList, EnumValue, GenericList, PSCredential, PSHashtable, PSObject, SecureString, StringBuilderValue } from './values.js';
import { X509Certificate2, X509_CERTIFICATE2 } from './certificate-value.js';
import { newFileStream, newMemoryStream } from './streams.js';
import { newStreamReader, newStreamWriter, newUtf8Encoding } from './text-streams.js';
import { constructHashAlgorithm, isConstructibleHash } from './hash-algorithms.js';

import { DotNetException, MemberError } from './member-error.js';
import { dateTimeOffsetType, dateTimeType, timeSpanType } from './time-constructors.js';
import { semanticVersionType, versionType } from './version-constructors.js';

export { MethodCallError } from './member-error.js';

export type { ConstructOutcome, ConstructibleType } from './construct-types.js';
import { ArgumentMismatch, type ConstructOutcome, type ConstructibleType } from './construct-types.js';
import { toIntegerType } from './numeric-casts.js';
import { lazy } from './lazy.js';
import { CULTURE_INFO, CultureNotFound, cultureObject, cultureOfLcid, findCulture } from './cultures.js';
import { constructMemberInfo } from './psobject-api.js';
import { MEMBER_INFO_TYPES } from './psobject-names.js';

const created = (value: unknown): ConstructOutcome => ({ kind: 'created', value });
const NO_OVERLOAD: ConstructOutcome = { kind: 'noOverload' };

const credentialType: ConstructibleType = {
  shortName: 'PSCredential',
  fullName: 'System.Management.Automation.PSCredential',
  parameterless: false,
  construct(raw) {
    const args = raw.map(unwrap);
    if (args.length === 2) {
      // PSCredential(string userName, SecureString password): a string does not become a SecureString.
      const [user, password] = args;
      if (password !== null && password !== undefined && !(password instanceof SecureString)) {
        return { kind: 'argumentMismatch', parameter: 'password', value: password, targetType: 'System.Security.SecureString' };
      }
      if (user === null || user === undefined || toPSString(user) === '') {
        return {
          kind: 'failed',
          message:
            R.ArgumentNotValid('userName'),
        };
      }
      if (!(password instanceof SecureString)) {
        return {
          kind: 'failed',
          message: R.ArgumentNull('password'),
        };
      }
      return created(new PSCredential(toPSString(user), password));
    }
    if (args.length === 1) {
      // PSCredential(PSObject pso): copies UserName and Password from an object that has them.
      const pso = args[0];
      if (pso === null || pso === undefined) {
        return {
          kind: 'failed',
          message: R.ArgumentNull('pso'),
        };
      }
      // Each is cast, not converted, and one the object lacks stays null (`New-Object PSCredential 'u'`).
      const userProperty = propertyOf(pso, 'UserName');
      if (userProperty === undefined) return created(new PSCredential(null, null));
      const user = unwrap(userProperty) ?? null;
      const password = unwrap(propertyOf(pso, 'Password')) ?? null;
      const castFailure = (v: unknown, type: string) => ({ kind: 'failed' as const, message: `Unable to cast object of type '${typeNameOf(v)}' to type '${type}'.` });
      if (user !== null && typeof user !== 'string') return castFailure(user, 'System.String');
      if (password !== null && !(password instanceof SecureString)) return castFailure(password, 'System.Security.SecureString');
      return created(new PSCredential(user, password));
    }
    return NO_OVERLOAD;
  },
};

const secureStringType: ConstructibleType = {
  shortName: 'SecureString',
  fullName: 'System.Security.SecureString',
  parameterless: true,
  construct: (args) => (args.length === 0 ? created(new SecureString('')) : NO_OVERLOAD),
};

const hashtableType: ConstructibleType = {
  shortName: 'Hashtable',
  fullName: 'System.Collections.Hashtable',
  parameterless: true,
  construct(raw) {
    if (raw.length === 0) return created(new PSHashtable());
    if (raw.length === 1) {
      const arg = unwrap(raw[0]);
      if (arg instanceof PSHashtable) {
        const copy = new PSHashtable();
        for (const [k, v] of arg.entries()) copy.set(k, v);
        return created(copy);
      }
      // Hashtable(int capacity): the capacity does not change what the table holds.
      if (typeof arg === 'number' || (typeof arg === 'string' && /^\s*\d+\s*$/.test(arg))) return created(new PSHashtable());
    }
    return NO_OVERLOAD;
  },
};

const psObjectType: ConstructibleType = {
  shortName: 'PSObject',
  fullName: 'System.Management.Automation.PSObject',
  parameterless: true,
  construct(args) {
    if (args.length === 0) return created(new PSObject('System.Management.Automation.PSCustomObject'));
    // PSObject(object) only wraps its argument, which PowerShell then treats as the object itself.
    if (args.length === 1) return created(args[0]);
    return NO_OVERLOAD;
  },
};

const objectType: ConstructibleType = {
  shortName: 'Object',
  fullName: 'System.Object',
  parameterless: true,
  construct: (args) => (args.length === 0 ? created(new PSObject('System.Object')) : NO_OVERLOAD),
};

/**
 * X509Certificate2(string fileName[, string|SecureString password[, X509KeyStorageFlags]]): reads a
 * .pfx/.cer/.pem file through src/certificates (loaded lazily: node-forge is heavy). A relative path
 * is relative to the process's directory, as .NET resolves it. Failures carry .NET's own text on
 * Linux (certificates/errors.ts) and the exception type pwsh uses as the error id.
 */
const x509Certificate2Type: ConstructibleType = {
  shortName: 'X509Certificate2',
  fullName: X509_CERTIFICATE2,
  parameterless: false,
  async construct(raw) {
    const args = raw.map(unwrap);
    if (args.length < 1 || args.length > 3) return NO_OVERLOAD;
    const [file, password] = args;
    const { readCertificateFile, CertificateError } = await import('../certificates/index.js');
    const secret = password instanceof SecureString ? password.revealForSignIn() : password === null || password === undefined ? null : toPSString(password);
    try {
      return created(new X509Certificate2(await readCertificateFile(toPSString(file), secret)));
    } catch (e) {
      if (e instanceof CertificateError) {
        const message = e.dotnetMessage ?? e.message;
        return { kind: 'failed', message, errorId: e.reason === 'FileNotFound' ? 'OpenSslCryptographicException' : 'CryptographicException' };
      }
      throw e;
    }
  },
};

const simple = (shortName: string, fullName: string, make: (args: unknown[]) => unknown | undefined): ConstructibleType => ({
  shortName,
  fullName,
  parameterless: true,
  construct(raw) {
    try {
      const value = make(raw.map(unwrap));
      return value === undefined ? NO_OVERLOAD : created(value);
    } catch (e) {
      if (e instanceof ArgumentMismatch) return e.outcome;
      throw e;
    }
  },
});

/** Argument `position` as the Int32 parameter `parameter` takes it, or the mismatch naming both. */
function int32Argument(args: readonly unknown[], position: number, parameter: string): number {
  try {
    return unwrap(toIntegerType(args[position], 'System.Int32')) as number;
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw new ArgumentMismatch({ kind: 'argumentMismatch', parameter, value: args[position], targetType: 'System.Int32', method: '.ctor', inner: e.message, position });
  }
}

/** A lone text argument where a collection could be given: .NET takes it as the capacity (a string is no ICollection). */
const isCapacityText = (a: readonly unknown[]) => a.length === 1 && typeof a[0] === 'string';

const arrayListType = simple('ArrayList', 'System.Collections.ArrayList', (a) => {
  if (isCapacityText(a)) int32Argument(a, 0, 'capacity');
  return a.length === 0 || (a.length === 1 && (typeof a[0] === 'number' || typeof a[0] === 'string')) ? new ArrayList() : a.length === 1 ? ArrayList.from(enumerate(a[0])) : undefined;
});
const listType = simple('List`1', 'System.Collections.Generic.List', (a) => {
  if (a.length > 1) return undefined;
  if (isCapacityText(a)) {
    int32Argument(a, 0, 'capacity');
    return new GenericList();
  }
  const list = new GenericList();
  if (a.length === 1 && typeof a[0] !== 'number') list.push(...enumerate(a[0]));
  return list;
});
// StringBuilder(), (capacity), (text), (text, capacity), (capacity, maxCapacity), (text, start, length, capacity).
const stringBuilderType = simple('StringBuilder', 'System.Text.StringBuilder', (a) => {
  const text = (v: unknown) => (v === null || v === undefined ? '' : toPSString(v));
  if (a.length === 0) return new StringBuilderValue();
  if (a.length === 1) return typeof a[0] === 'number' ? new StringBuilderValue('', toInt(a[0])) : new StringBuilderValue(text(a[0]));
  if (a.length === 2) return typeof a[0] === 'number' ? new StringBuilderValue('', toInt(a[0])) : new StringBuilderValue(text(a[0]), int32Argument(a, 1, 'capacity'));
  if (a.length === 4) {
    const [start, length, capacity] = [int32Argument(a, 1, 'startIndex'), int32Argument(a, 2, 'length'), int32Argument(a, 3, 'capacity')];
    return new StringBuilderValue(text(a[0]).slice(start, start + length), capacity);
  }
  return undefined;
});
const randomType = simple('Random', 'System.Random', (a) => (a.length === 0 ? new RandomValue() : a.length === 1 ? new RandomValue(int32Argument(a, 0, 'Seed')) : undefined));
// RNGCryptoServiceProvider(), and its obsolete one-argument forms, which ignore the argument; RandomNumberGenerator is abstract.
const rngCryptoServiceProviderType = simple('RNGCryptoServiceProvider', RNG_CRYPTO_SERVICE_PROVIDER, (a) => (a.length <= 1 ? new RandomNumberGeneratorValue(RNG_CRYPTO_SERVICE_PROVIDER) : undefined));
const randomNumberGeneratorType: ConstructibleType = { shortName: 'RandomNumberGenerator', fullName: RANDOM_NUMBER_GENERATOR, parameterless: false, construct: () => NO_OVERLOAD };
const stopwatchType = simple('Stopwatch', STOPWATCH, (a) => (a.length === 0 ? new StopwatchValue() : undefined));
const dictionaryType = simple('Dictionary`2', 'System.Collections.Generic.Dictionary', (a) => {
  // Dictionary(), Dictionary(int capacity), Dictionary(IEqualityComparer), Dictionary(IDictionary[, comparer]).
  const comparer = a.length >= 1 && isStringComparer(a[a.length - 1]) ? (a.pop() as StringComparerValue) : undefined;
  if (a.length > 1) return undefined;
  const d = new GenericDictionary('System.Object', 'System.Object', comparer?.ignoreCase ?? false);
  const source = a[0];
  if (source instanceof PSHashtable) for (const [k, v] of source.entries()) d.set(k, v);
  else if (a.length === 1 && typeof source !== 'number') return undefined;
  return d;
});

/**
 * HashSet() and SortedSet(), (IEnumerable), (comparer), (IEnumerable, comparer); Queue/Stack(), (int
 * capacity), (IEnumerable); the concurrent bag, queue and stack (), (IEnumerable).
 */
const collectionType = (kind: CollectionKind, generic: boolean): ConstructibleType =>
  simple(generic ? `${kind}\`1` : kind, generic ? collectionDefinition(kind).slice(0, -2) : `System.Collections.${kind}`, (a) => {
    const sets = kind === 'HashSet' || kind === 'SortedSet';
    const comparer = sets && a.length >= 1 && isStringComparer(a[a.length - 1]) ? (a.pop() as StringComparerValue) : undefined;
    if (a.length > 1) return undefined;
    if (a.length === 1 && typeof a[0] === 'number' && kind.startsWith('Concurrent')) return undefined;
    const items = a.length === 1 && typeof a[0] !== 'number' ? enumerate(a[0]) : [];
    const order = kind === 'SortedSet' ? sortComparer('System.Object', stringComparison(comparer)) : undefined;
    const c = newCollection(kind, generic ? 'System.Object' : undefined, items, comparer?.ignoreCase ?? false, order);
    c.stringComparer = comparer;
    return c;
  });
const hashSetType = collectionType('HashSet', true);
const sortedSetType = collectionType('SortedSet', true);
const genericQueueType = collectionType('Queue', true);
const genericStackType = collectionType('Stack', true);
const queueType = collectionType('Queue', false);
const stackType = collectionType('Stack', false);
const concurrentBagType = collectionType('ConcurrentBag', true);
const concurrentQueueType = collectionType('ConcurrentQueue', true);
const concurrentStackType = collectionType('ConcurrentStack', true);
/** The generic collections of one type argument, by their definition's name. */
const ONE_ARGUMENT = new Map<ConstructibleType, string>([
  [listType, LIST_DEFINITION],
  ...[hashSetType, sortedSetType, genericQueueType, genericStackType, concurrentBagType, concurrentQueueType, concurrentStackType].map((t) => [t, `${t.fullName}\`1`] as const),
]);

/**
 * SortedDictionary (), (comparer), (IDictionary[K,V][, comparer]); SortedList those and (int capacity[,
 * comparer]); ConcurrentDictionary (), (comparer), (IEnumerable of pairs), (int concurrencyLevel, int
 * capacity). A Hashtable is no IDictionary[K,V]: "Cannot find an overload", as in pwsh.
 */
const kindedDictionaryType = (kind: DictionaryKind): ConstructibleType =>
  simple(`${kind}\`2`, `System.Collections.${kind === 'ConcurrentDictionary' ? 'Concurrent' : 'Generic'}.${kind}`, (a) => {
    const comparer = a.length >= 1 && isStringComparer(a[a.length - 1]) ? (a.pop() as StringComparerValue) : undefined;
    const capacities = kind === 'ConcurrentDictionary' ? (a.length === 2 && a.every((x) => typeof x === 'number') ? 2 : 0) : a.length === 1 && typeof a[0] === 'number' ? 1 : 0;
    if (capacities) a.length = 0;
    if (a.length > 1) return undefined;
    const source = a[0];
    if (a.length === 1 && !(source instanceof GenericDictionary)) return undefined;
    const d = new KindedDictionary(kind, 'System.Object', 'System.Object', comparer, stringComparison(comparer));
    if (source instanceof GenericDictionary) for (const [k, v] of source.entries()) d.set(k, v);
    return d;
  });
const sortedDictionaryType = kindedDictionaryType('SortedDictionary');
const sortedListType = kindedDictionaryType('SortedList');
const concurrentDictionaryType = kindedDictionaryType('ConcurrentDictionary');
/** The generic dictionaries (two type arguments), by their definition's name. */
const TWO_ARGUMENTS = new Map<ConstructibleType, string>([
  [dictionaryType, DICTIONARY_DEFINITION],
  ...[sortedDictionaryType, sortedListType, concurrentDictionaryType].map((t) => [t, `${t.fullName}\`2`] as const),
]);
/**
 * Uri(string): only an absolute address; Uri(Uri baseUri, string or Uri relativeUri); Uri(string,
 * UriKind); and, as pwsh binds a second argument that is not a UriKind, Uri(string, bool dontEscape)
 * (`[uri]::new('x', 'Relative')` is that one: UserEscaped, absolute only). .NET's UriFormatException
 * is the constructor's failure.
 */
const uriType: ConstructibleType = {
  shortName: 'Uri',
  fullName: 'System.Uri',
  parameterless: false,
  construct(raw) {
    if (raw.length !== 1 && raw.length !== 2) return NO_OVERLOAD;
    const [first, second] = raw.map(unwrap);
    try {
      if (raw.length === 1) return created(absoluteUriFromText(toPSString(first)));
      if (first instanceof UriValue) {
        if (!first.parts) return { kind: 'failed', message: "Specified argument was out of the range of valid values. (Parameter 'baseUri')", errorId: 'ArgumentOutOfRangeException' };
        return created(combineUri(first, toPSString(second)));
      }
      if (second instanceof EnumValue && second.type === URI_KIND) {
        const text = toPSString(first);
        return created(second.name === 'Absolute' ? absoluteUriFromText(text) : second.name === 'Relative' ? relativeUriFromText(text) : uriFromText(text));
      }
      const escaped = absoluteUriFromText(toPSString(first));
      escaped.properties.set('UserEscaped', true);
      return created(escaped);
    } catch (e) {
      if (e instanceof UriFormatError) return { kind: 'failed', message: e.message, errorId: 'UriFormatException' };
      throw e;
    }
  },
};
// String(char, count) and String(char[]) (a string argument is its characters, as pwsh converts it).
const stringType: ConstructibleType = {
  shortName: 'String',
  fullName: 'System.String',
  parameterless: false,
  construct(raw) {
    const text = (v: unknown) => (Array.isArray(unwrap(v)) ? (unwrap(v) as unknown[]).map((c) => toPSString(c)).join('') : toPSString(unwrap(v)));
    if (raw.length === 1) return created(text(raw[0]));
    if (raw.length !== 2) return NO_OVERLOAD;
    const count = toInt(unwrap(raw[1]));
    if (count < 0) return { kind: 'failed', message: `count ('${count}') must be a non-negative value. (Parameter 'count')\nActual value was ${count}.`, errorId: 'ArgumentOutOfRangeException' };
    return created(text(raw[0]).charAt(0).repeat(count));
  },
};
// CultureInfo(string name), CultureInfo(int culture), and either with a useUserOverride flag.
const cultureInfoType: ConstructibleType = {
  shortName: 'CultureInfo',
  fullName: CULTURE_INFO,
  parameterless: false,
  construct(raw) {
    if (raw.length !== 1 && raw.length !== 2) return NO_OVERLOAD;
    const arg = unwrap(raw[0]);
    if (typeof arg === 'number') {
      const culture = cultureOfLcid(arg);
      return culture ? created(cultureObject(culture)) : { kind: 'failed', message: R.CultureIdNotSupported(arg), errorId: 'CultureNotFoundException' };
    }
    try {
      return created(cultureObject(findCulture(toPSString(arg))));
    } catch (e) {
      if (e instanceof CultureNotFound) return { kind: 'failed', message: e.message, errorId: 'CultureNotFoundException' };
      throw e;
    }
  },
};
// SwitchParameter(bool isPresent): the argument converts to a Boolean as any method argument does.
const switchParameterType = simple('SwitchParameter', SWITCH_PARAMETER, (a) => (a.length === 1 ? new SwitchParameter(isTrue(a[0])) : undefined));
const guidType: ConstructibleType = {
  ...simple('Guid', 'System.Guid', (a) => (a.length === 0 ? guidValue('00000000-0000-0000-0000-000000000000') : undefined)),
  valueType: true,
  construct(raw) {
    if (raw.length === 0) return created(guidValue('00000000-0000-0000-0000-000000000000'));
    if (raw.length !== 1) return NO_OVERLOAD;
    try {
      return created(staticMethod('System.Guid', 'Parse', [...raw])!.value);
    } catch (e) {
      // Guid(string) throws what Guid.Parse throws, as the constructor's own exception.
      if (e instanceof DotNetException) return { kind: 'failed', message: e.message, errorId: e.exceptionType };
      const inner = e instanceof MemberError ? /^Exception calling "Parse" with "1" argument\(s\): "(.*)"$/s.exec(e.message) : null;
      if (inner) return { kind: 'failed', message: inner[1]!, errorId: (e as MemberError).errorId };
      throw e;
    }
  },
};
// ChoiceDescription(label) and ChoiceDescription(label, helpMessage): $Host.UI.PromptForChoice's menu entries.
const choiceDescriptionType: ConstructibleType = {
  ...simple('ChoiceDescription', CHOICE_DESCRIPTION, (a) => (a.length === 1 || a.length === 2 ? new ChoiceDescription(toPSString(a[0]), a.length === 2 ? toPSString(a[1]) : '') : undefined)),
  parameterless: false,
};
// CompletionResult(text) and CompletionResult(text, listItemText, resultType, toolTip): an argument completer's results.
const completionResultType: ConstructibleType = { ...simple('CompletionResult', COMPLETION_RESULT, newCompletionResult), parameterless: false };

// The web cmdlets' session (-WebSession), its cookie container and a cookie (web-session.ts, with the cookie
// jar): loaded when a script first builds one, so a start-up does not compile them.
type WebSessionModule = typeof import('./web-session.js');
const webConstructor = (shortName: string, fullName: string, make: (m: WebSessionModule, args: unknown[]) => unknown | undefined): ConstructibleType => ({
  shortName,
  fullName,
  parameterless: true,
  async construct(raw) {
    const value = make(await import('./web-session.js'), raw.map(unwrap));
    return value === undefined ? NO_OVERLOAD : created(value);
  },
});
const webRequestSessionType = webConstructor('WebRequestSession', 'Microsoft.PowerShell.Commands.WebRequestSession', (m, a) => (a.length === 0 ? new m.WebRequestSession() : undefined));
const cookieContainerType = webConstructor('CookieContainer', 'System.Net.CookieContainer', (m, a) => (a.length === 0 ? new m.CookieContainer() : undefined));
const cookieType = webConstructor('Cookie', 'System.Net.Cookie', (m, a) => m.newCookie(a));

// MemoryStream(), MemoryStream(byte[]), StreamReader(path | stream), StreamWriter(path[, append[, encoding]] | stream)
// (streams.ts): a .NET exception the constructor throws (a missing file or folder) is its failure.
const streamType = (shortName: string, make: (args: unknown[]) => unknown | undefined, parameterless: boolean): ConstructibleType => ({
  shortName,
  fullName: `System.IO.${shortName}`,
  parameterless,
  construct(raw) {
    try {
      const value = make([...raw]);
      return value === undefined ? NO_OVERLOAD : created(value);
    } catch (e) {
      if (e instanceof DotNetException) return { kind: 'failed', message: e.message, errorId: e.exceptionType };
      throw e;
    }
  },
});
const memoryStreamType = streamType('MemoryStream', newMemoryStream, true);
const streamReaderType = streamType('StreamReader', newStreamReader, false);
const streamWriterType = streamType('StreamWriter', newStreamWriter, false);
const fileStreamType: ConstructibleType = { shortName: 'FileStream', fullName: 'System.IO.FileStream', parameterless: false, construct: (args) => newFileStream([...args]) };
const utf8EncodingType: ConstructibleType = { ...streamType('UTF8Encoding', newUtf8Encoding, true), fullName: 'System.Text.UTF8Encoding' };
const CRYPTOGRAPHY = 'System.Security.Cryptography';
/** SHA256Managed, MD5CryptoServiceProvider ..., HMACSHA256 (hash-algorithms.ts); SHA256 itself is abstract. */
const hashTypes = (): ConstructibleType[] =>
  ['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5']
    .flatMap((a) => [a, `${a}Managed`, `${a}CryptoServiceProvider`, `HMAC${a}`])
    .filter((c) => c !== 'MD5Managed')
    .map((className) => ({
      shortName: className,
      fullName: `${CRYPTOGRAPHY}.${className}`,
      parameterless: isConstructibleHash(className),
      construct: (args) => constructHashAlgorithm(`${CRYPTOGRAPHY}.${className}`, args),
    }));

/**
 * The constructible types by lower-case name (full name, accelerator, name without `System.`), made on
 * the first lookup: a script that constructs and casts nothing never reads it (docs/startup.md, sixth round).
 */
const byNameTable = lazy((): ReadonlyMap<string, ConstructibleType> => {
  const byName = new Map<string, ConstructibleType>();
  /** System.Exception and the exception types scripts throw (exception-values.ts). */
  const exceptionTypes = exceptionTypeNames().map(
    (fullName): ConstructibleType => ({
      shortName: fullName.slice(fullName.lastIndexOf('.') + 1),
      fullName,
      parameterless: true,
      construct(args) {
        const value = constructException(fullName, args);
        return value ? created(value) : NO_OVERLOAD;
      },
    }),
  );

  for (const [type, names] of [
    [credentialType, ['pscredential']],
    [secureStringType, ['securestring']],
    [hashtableType, ['hashtable']],
    [psObjectType, ['psobject', 'pscustomobject', 'system.management.automation.pscustomobject']],
    [objectType, ['object']],
    // PowerShell has no accelerator for it: `[X509Certificate2]` alone is "Unable to find type".
    [x509Certificate2Type, ['security.cryptography.x509certificates.x509certificate2']],
    [arrayListType, ['collections.arraylist']],
    [listType, ['collections.generic.list']],
    [stringBuilderType, ['text.stringbuilder']],
    [stopwatchType, ['diagnostics.stopwatch']],
    [randomType, ['random']],
    [rngCryptoServiceProviderType, ['security.cryptography.rngcryptoserviceprovider']],
    [randomNumberGeneratorType, ['security.cryptography.randomnumbergenerator']],
    [dictionaryType, ['collections.generic.dictionary']],
    [hashSetType, ['collections.generic.hashset']],
    [sortedSetType, ['collections.generic.sortedset']],
    [sortedDictionaryType, ['collections.generic.sorteddictionary']],
    [sortedListType, ['collections.generic.sortedlist']],
    [concurrentDictionaryType, ['collections.concurrent.concurrentdictionary']],
    [concurrentBagType, ['collections.concurrent.concurrentbag']],
    [concurrentQueueType, ['collections.concurrent.concurrentqueue']],
    [concurrentStackType, ['collections.concurrent.concurrentstack']],
    [genericQueueType, ['collections.generic.queue']],
    [genericStackType, ['collections.generic.stack']],
    [queueType, ['collections.queue']],
    [stackType, ['collections.stack']],
    [uriType, ['uri']],
    [uriBuilderType, ['uribuilder']],
    [stringType, ['string']],
    [errorRecordType, []],
    [guidType, ['guid']],
    [switchParameterType, ['switch']],
    [dateTimeType, ['datetime']],
    [timeSpanType, ['timespan']],
    [dateTimeOffsetType, ['datetimeoffset']],
    [versionType, ['version']],
    [semanticVersionType, ['semver']],
    [choiceDescriptionType, []],
    [completionResultType, []],
    [regexType, ['regex', 'text.regularexpressions.regex']],
    [webRequestSessionType, []],
    [cookieContainerType, ['net.cookiecontainer']],
    [cookieType, ['net.cookie']],
    [cultureInfoType, ['cultureinfo', 'globalization.cultureinfo']],
    [memoryStreamType, ['io.memorystream']],
    [streamReaderType, ['io.streamreader']],
    [streamWriterType, ['io.streamwriter']],
    [utf8EncodingType, ['text.utf8encoding']],
    [fileStreamType, ['io.filestream']],
    ...hashTypes().map((type) => [type, [type.fullName.slice('System.'.length).toLowerCase()]] as const),
  ] as const) {
    byName.set(type.fullName.toLowerCase(), type);
    for (const n of names) byName.set(n, type);
  }
  for (const type of exceptionTypes) byName.set(type.fullName.toLowerCase(), type);
  // The member types (psobject-api.ts, loaded when one is built).
  for (const [shortName, accelerator] of MEMBER_INFO_TYPES) {
    const type: ConstructibleType = { shortName, fullName: `System.Management.Automation.${shortName}`, parameterless: false, construct: (args) => constructMemberInfo(shortName, args) };
    byName.set(type.fullName.toLowerCase(), type);
    byName.set(accelerator, type);
  }
  return byName;
});

/** A type by full name, accelerator, or full name without `System.`, case-insensitive. */
export function findConstructible(name: string): ConstructibleType | undefined {
  // `[int[]]::new(3)`, `New-Object 'string[][]' 2`: an array type's one constructor, its length.
  if (/\[[\s,]*\]\s*$/.test(name)) {
    const array = arrayConstructor(name);
    if (array) return array;
  }
  // Generic arguments (List[string], Dictionary[string,int]) say what the collection holds, and name its type.
  const key = name.trim().toLowerCase().replace(/^([\w.`]+?)(`\d+)?\[.+\]$/, '$1');
  const type = byNameTable().get(key) ?? byNameTable().get('system.' + key);
  const generic = parseGenericName(name);
  if (!generic || !type || (!ONE_ARGUMENT.has(type) && !TWO_ARGUMENTS.has(type))) return type;
  const args = generic.args.map(dotnetTypeName);
  if (args.length !== (TWO_ARGUMENTS.has(type) ? 2 : 1)) return type;
  return {
    ...type,
    async construct(raw) {
      const outcome = await type.construct(raw);
      return outcome.kind === 'created' ? created(withTypeArguments(outcome.value, args)) : outcome;
    },
  };
}

/** A collection built by a generic type's constructor, given its type arguments: what it holds is converted to them. */
function withTypeArguments(value: unknown, args: readonly string[]): unknown {
  if (value instanceof KindedDictionary) {
    const typed = new KindedDictionary(value.kind, args[0]!, args[1]!, value.stringComparer, stringComparison(value.stringComparer));
    for (const [k, v] of value.entries()) typed.set(k, v);
    return typed;
  }
  if (value instanceof GenericDictionary) {
    const typed = new GenericDictionary(args[0], args[1], value.ignoreCase);
    for (const [k, v] of value.entries()) typed.set(k, v);
    return typed;
  }
  if (value instanceof DotNetCollection) {
    const order = value.kind === 'SortedSet' ? sortComparer(args[0]!, stringComparison(value.stringComparer)) : undefined;
    const items = value.kind === 'Stack' || value.kind === 'ConcurrentStack' || value.kind === 'ConcurrentBag' ? [...value].reverse() : value;
    const typed = newCollection(value.kind, args[0], items, value.ignoreCase, order);
    typed.stringComparer = value.stringComparer;
    return typed;
  }
  if (value instanceof GenericList) {
    value.elementType = args[0]!;
    if (args[0] !== 'System.Object') value.splice(0, value.length, ...value.map((x) => convertTypeArgument(args[0]!, x)));
  }
  return value;
}

/**
 * `[System.Collections.Generic.List[int]]@('1', 2)`, `[System.Collections.Queue]$items`: a cast to a
 * collection type builds one from the value's items (a conversion that fails names the whole value);
 * undefined when the type is not one of these collections.
 */
export function collectionCast(name: string, value: unknown): { value: unknown } | undefined {
  const key = name.trim().toLowerCase().replace(/^([\w.`]+?)(`\d+)?\[.+\]$/, '$1');
  const type = byNameTable().get(key) ?? byNameTable().get('system.' + key);
  if (type && TWO_ARGUMENTS.has(type)) return dictionaryCast(name, type, unwrap(value));
  if (!type || (!ONE_ARGUMENT.has(type) && type !== arrayListType && type !== queueType && type !== stackType)) return undefined;
  const v = unwrap(value);
  if (v === null || v === undefined) return { value: null };
  const generic = genericTypeNamed(name);
  try {
    const outcome = type.construct([[...enumerate(v)]]) as ConstructOutcome;
    if (outcome.kind !== 'created') return undefined;
    return { value: generic ? withTypeArguments(outcome.value, generic.args) : outcome.value };
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw castFailure(value, generic ? dotnetText(generic.definition, generic.args) : type.fullName);
  }
}

/**
 * `[Dictionary[string,int]]@{}`: pwsh builds the dictionary and sets a property for each key, so an empty
 * table makes an empty one and any key is "Cannot create object ..." (SortedList names its Capacity).
 * Any other value is undefined (the type's entry refuses it).
 */
function dictionaryCast(name: string, type: ConstructibleType, v: unknown): { value: unknown } | undefined {
  const generic = genericTypeNamed(name);
  if (!(v instanceof PSHashtable) || !generic) return undefined;
  const first = v.keys()[0];
  if (first === undefined) {
    const outcome = type.construct([]) as ConstructOutcome;
    return outcome.kind === 'created' ? { value: withTypeArguments(outcome.value, generic.args) } : undefined;
  }
  const settable = type === sortedListType ? 'The settable properties are: [Capacity <System.Int32>].' : 'There is no settable property available.';
  throw new ConversionError(
    `Cannot create object of type "${dotnetText(generic.definition, generic.args)}". The property '${toPSString(first)}' was not found for the '${genericFullName(generic.definition, generic.args)}' object. ${settable}`,
    'ObjectCreationError',
  );
}

/** `List[string]` / `Dictionary[string,int]` (either spelling): the generic definition and .NET type arguments. */
export function genericTypeNamed(name: string): { definition: string; args: string[] } | undefined {
  const generic = parseGenericName(name);
  if (!generic) return undefined;
  const type = findConstructible(generic.base);
  const definition = type && (ONE_ARGUMENT.get(type) ?? TWO_ARGUMENTS.get(type));
  if (!definition || generic.args.length !== (TWO_ARGUMENTS.has(type!) ? 2 : 1)) return undefined;
  return { definition, args: generic.args.map(dotnetTypeName) };
}

/** A type argument's .NET full name (`string` → System.String); one the shell does not know stays as written. */
function dotnetTypeName(name: string): string {
  const generic = genericTypeNamed(name);
  if (generic) return genericFullName(generic.definition, generic.args);
  // The shell's [psobject] casts as [object] does, but as a type argument it is PSObject's own type.
  if (/^(?:(?:system\.management\.automation\.)?psobject|pscustomobject)$/i.test(name.trim())) return 'System.Management.Automation.PSObject';
  return typeFullName(name);
}

/** A non-generic type name's .NET full name; types.ts (which imports this module) installs it. */
let typeFullName: (name: string) => string = (name) => name;

let arrayConstructor: (name: string) => ConstructibleType | undefined = () => undefined;

/** types.ts says what an array type's constructor makes (it knows the element types). */
export function setArrayConstructor(make: (name: string) => ConstructibleType | undefined): void {
  arrayConstructor = make;
}

export function setTypeFullNameResolver(resolve: (name: string) => string): void {
  typeFullName = resolve;
}

/** The .NET conversion failure quoted inside "Cannot convert argument ..." messages. */
export function conversionFailureText(shownValue: string, typeName: string, targetType: string): string {
  return `Cannot convert the "${shownValue}" value of type "${typeName}" to type "${targetType}".`;
}

function propertyOf(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof PSCredential) return name === 'UserName' ? value.UserName : name === 'Password' ? value.Password : undefined;
  return undefined;
}
