// Type literals ([string], [pscredential]::new(...)) and casts for the types the subset knows.

import { ACTION_PREFERENCE } from './common-parameters.js';
import { CAST_ERROR_ID, ConversionError, TypedArray, castFailure, enumerate, exceptionValueText, isTrue, toEnum, toInt, toPSString, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { TypedNumber } from './numeric.js';
import * as R from './runtime-strings.js';
import { EnumValue, GenericList, PSCredential, PSHashtable, PSObject, PSReference, SecureString, StringBuilderValue } from './values.js';
import { X509Certificate2, X509_CERTIFICATE2 } from './certificate-value.js';
import { registerNumericTypes, toTypedArray } from './numeric-types.js';
import { isCharValue, keepChar } from './chars.js';
import { collectionCast, conversionFailureText, findConstructible, genericTypeNamed, MethodCallError, setArrayConstructor, setTypeFullNameResolver } from './constructors.js';
import type { ConstructOutcome, ConstructibleType } from './construct-types.js';
import { TimeSpanValue } from './timespan.js';
import { CULTURE_INFO, CultureNotFound, cultureObject, cultureOfLcid, findCulture } from './cultures.js';
import { guidValue } from './dotnet-statics.js';
import { setCollectionConverter } from './dotnet-collections.js';
import { constructException, exceptionTypeNames, ExceptionValue } from './exception-values.js';
import { dotnetText, genericFullName, parseGenericName, powershellText, powershellTypeText, setGenericConverters } from './generic-types.js';
import { STATIC_TYPES, staticMethod } from './dotnet-statics.js';
import { RANDOM_NUMBER_GENERATOR, RNG_CRYPTO_SERVICE_PROVIDER, RandomNumberGeneratorValue } from './dotnet-rng.js';
import { URI_TYPE, UriFormatError, UriValue, uriFromText } from './uri.js';
import { URI_BUILDER, UriBuilderValue, uriBuilderType } from './uri-builder.js';
import { toDateTime, toDateTimeOffset, toTimeSpan } from './time-conversions.js';
import { TimeZoneInfoValue } from './time-zones.js';
import { enumTypeNamed, registerEnumType } from './enum-types.js';
import { CHOICE_DESCRIPTION, toChoiceDescription } from './choice-description.js';
import { COMPLETION_RESULT, completionResultType } from './completion-result.js';
import { SWITCH_PARAMETER, SwitchParameter } from './switch-parameter.js';
import { DateTimeValue } from './datetime.js';
import { registerLanguageTypes } from './language-types.js';
import { ErrorRecord } from './errors.js';
import { MemberError, noOverload } from './member-error.js';
import { toErrorRecordArray } from './error-record-type.js';
import { SEMANTIC_VERSION, SemanticVersionValue, VERSION, VersionError, VersionValue, parseSemanticVersion, parseVersion, semanticVersionOf, versionOf } from './version-types.js';
import { XML_DOCUMENT, toXmlDocument, toXmlNode } from './xml/xml-document.js';
import { MEMBER_INFO_TYPES } from './psobject-names.js';
import { ClassInstance, classNamed, setPropertyConverter } from './class-instance.js';
import { derivesFrom, isHiddenRecordedType, recordedBaseType, recordedTypeName } from './type-hierarchy.js';
import { DelegateValue, FUNC_DEFINITION } from './delegate-value.js';
import { ScriptBlock } from './script-block.js';
import { fileSystemInfoOf } from './file-info.js';

/** Namespaces of assemblies scripts load on Windows that spo-shell does not have. */
const UNAVAILABLE_NAMESPACES = /^(Microsoft\.(SharePoint|Online|Office|Exchange|Graph|Identity|Azure)|PnP|System\.(Windows|DirectoryServices|Web|Drawing)|Microsoft\.VisualBasic)\./i;

export class TypeNotFoundError extends Error {
  constructor(readonly typeName: string) {
    // PowerShell's text (id TypeNotFound); for the assemblies admin scripts load with Add-Type or
    // Import-Module on Windows, a second sentence says spo-shell does not have them.
    // pwsh names the type it looked for: `[Foo[]]` and `[List[Foo]]` report [Foo] and [List].
    super(
      `Unable to find type [${typeName.replace(/\[.*\]$/s, '')}].` +
        (UNAVAILABLE_NAMESPACES.test(typeName) && !isHiddenRecordedType(typeName) ? ' spo-shell does not have this type: the .NET assembly that defines it is not available in spo-shell.' : ''),
    );
  }
}

interface TypeEntry {
  fullName: string;
  cast(value: unknown): unknown;
  isEnum?: boolean;
  /** Known only as a recorded base class or interface: what a collection of this type stores is kept as it is. */
  recordedOnly?: boolean;
}

const fail = (value: unknown, fullName: string): never => {
  throw castFailure(value, fullName);
};
/** PSCredential and SecureString casts leave the value out of the message. */
const failWithoutValue = (value: unknown, fullName: string): never => {
  throw new ConversionError(R.InvalidCastExceptionNoValue(typeNameOf(value), fullName));
};

const HASHTABLE = 'System.Collections.Hashtable';
const GUID = 'System.Guid';
const ERROR_RECORD = 'System.Management.Automation.ErrorRecord';
const PS_OBJECT = 'System.Management.Automation.PSObject';
/**
 * Type name (lower case) → its entry. Built on the first lookup, not at import: the table is ~70 KB
 * of objects that a script which casts nothing never reads (docs/startup.md, sixth round).
 */
let TYPES: Record<string, TypeEntry> | undefined;
function types(): Record<string, TypeEntry> {
  if (TYPES === undefined) {
    TYPES = {};
    registerTypes();
  }
  return TYPES;
}
function register(names: string[], entry: TypeEntry): void {
  for (const n of names) TYPES![n.toLowerCase()] = entry;
}

function registerTypes(): void {
  register(['string', 'System.String'], { fullName: 'System.String', cast: (v) => (unwrap(v) === null ? '' : toPSString(v)) });
  register(['int', 'int32', 'System.Int32'], { fullName: 'System.Int32', cast: (v) => toInt(v) });
  registerNumericTypes(register);
  register(['bool', 'boolean', 'System.Boolean'], { fullName: 'System.Boolean', cast: (v) => isTrue(v) });
  register(['object', 'System.Object'], { fullName: 'System.Object', cast: (v) => v });
  // [psobject] wraps any value and changes nothing a script sees; [pscustomobject] is the same type.
  register(['psobject', 'System.Management.Automation.PSObject'], { fullName: PS_OBJECT, cast: (v) => v });
  // The member types scripts construct (psobject-api.ts): a cast takes only a member of that type.
  for (const [shortName, accelerator] of MEMBER_INFO_TYPES) {
    const fullName = `System.Management.Automation.${shortName}`;
    register([accelerator, fullName], { fullName, cast: (v) => (unwrap(v) instanceof PSObject && (unwrap(v) as PSObject).typeName === fullName ? unwrap(v) : unwrap(v) === null ? null : fail(v, fullName)) });
  }
  /** A .NET array (Object[], String[] ...), not a list such as ArrayList or List[T]. */
  const isDotNetArray = (v: unknown): boolean => Array.isArray(v) && typeNameOf(v).endsWith('[]');
  const toObjectArray = (v: unknown) => {
    if (unwrap(v) === null) return null;
    // A typed number stays one inside the array (`([array]9y)[0]` is an SByte).
    const typedValue = unwrapArgument(v);
    return typedValue instanceof TypedNumber ? [typedValue] : [...enumerate(keepChar(v))];
  };
  register(['object[]', 'System.Object[]'], { fullName: 'System.Object[]', cast: toObjectArray });
  // [array] is System.Array, the base of every array; a cast to it makes an Object[].
  // An array of any element type already is one: it stays as it is (`[array]'a,b'.Split(',')` is a String[]).
  register(['array', 'System.Array'], { fullName: 'System.Array', cast: (v) => (isDotNetArray(unwrap(v)) ? unwrap(v) : toObjectArray(v)) });
  register(['string[]', 'System.String[]'], { fullName: 'System.String[]', cast: (v) => toTypedArray(v, 'System.String', (x) => (unwrap(x) === null ? null : toPSString(x))) });
  register(['hashtable', 'System.Collections.Hashtable'], {
    fullName: 'System.Collections.Hashtable',
    cast: (v) => {
      const h = unwrap(v);
      if (h === null || h === undefined) return null;
      if (h instanceof PSHashtable) {
        if (!h.ordered || h.hashtableSubclass !== undefined) return h;
        const copy = new PSHashtable();
        for (const [k, x] of h.entries()) copy.set(k, x);
        return copy;
      }
      // A Boolean goes through IConvertible, which words the failure itself.
      if (typeof h === 'boolean') {
        throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(h), HASHTABLE, `Invalid cast from 'System.Boolean' to '${HASHTABLE}'.`), CAST_ERROR_ID.iConvertible);
      }
      return fail(v, HASHTABLE);
    },
  });
  // The reflection types above System.Type, for `[int].GetType().BaseType` and their literals; a type converts to them.
  register(['System.ValueType', 'ValueType'], { fullName: 'System.ValueType', cast: (v) => (VALUE_TYPES.has(typeNameOf(v)) ? unwrap(v) : fail(v, 'System.ValueType')) });
  for (const fullName of ['System.Reflection.MemberInfo', 'System.Reflection.TypeInfo']) {
    register([fullName, fullName.replace(/^System\./, '')], { fullName, cast: (v) => (isRuntimeType(unwrap(v)) ? unwrap(v) : fail(v, fullName)) });
  }
  // [type] is System.Type: a type literal's value, or a type name converted to its type.
  register(['type', 'System.Type'], {
    fullName: 'System.Type',
    cast: (v) => {
      const x = unwrap(v);
      if (x === null || x === undefined) return null;
      if (x instanceof PSObject && x.typeName === 'System.RuntimeType') return x;
      if (typeof x === 'string') {
        try {
          return resolveTypeName(x.trim());
        } catch (e) {
          if (!(e instanceof TypeNotFoundError)) throw e;
        }
        throw new ConversionError(castFailure(v, 'System.Type').message, 'InvalidCastFromStringToType');
      }
      return fail(v, 'System.Type');
    },
  });
  register(['ordered'], {
    fullName: 'System.Collections.Specialized.OrderedDictionary',
    cast: (v) => {
      const h = unwrap(v);
      if (!(h instanceof PSHashtable)) return fail(v, 'System.Collections.Specialized.OrderedDictionary');
      const o = new PSHashtable(true);
      for (const [k, x] of h.entries()) o.set(k, x);
      return o;
    },
  });
  register(['securestring', 'System.Security.SecureString'], {
    fullName: 'System.Security.SecureString',
    cast: (v) => {
      const x = unwrap(v);
      if (x instanceof SecureString || x === null || x === undefined) return x ?? null;
      return failWithoutValue(v, 'System.Security.SecureString');
    },
  });
  register(['pscredential', 'System.Management.Automation.PSCredential'], {
    fullName: 'System.Management.Automation.PSCredential',
    cast: (v) => {
      const x = unwrap(v);
      if (x instanceof PSCredential || x === null || x === undefined) return x ?? null;
      return failWithoutValue(v, 'System.Management.Automation.PSCredential');
    },
  });
  // The accelerator names PSObject (`[pscustomobject].FullName`), so `-as [pscustomobject]` changes nothing;
  // only the cast of a hashtable builds a custom object.
  register(['pscustomobject'], {
    fullName: PS_OBJECT,
    cast: (v) => toCustomObject(v),
  });
  register(['System.Management.Automation.PSCustomObject'], {
    fullName: 'System.Management.Automation.PSCustomObject',
    cast: (v) => toCustomObject(v),
  });

  register(['System.Management.Automation.ActionPreference', 'ActionPreference'], {
    fullName: ACTION_PREFERENCE.fullName,
    cast: (v) => toEnum(v, ACTION_PREFERENCE),
  });
  register(['switch', SWITCH_PARAMETER], { fullName: SWITCH_PARAMETER, cast: (v) => toSwitchParameter(v) });

  // [System.Management.Automation.ErrorRecord] (also without `System.`, no accelerator: `[ErrorRecord]` is
  // "Unable to find type" in pwsh 7.6.10): `$_ -is […]`, typed parameters, and casts of a record or $null.
  register([ERROR_RECORD], {
    fullName: ERROR_RECORD,
    cast: (v) => {
      const record = unwrap(v) ?? null;
      return record === null || record instanceof ErrorRecord ? record : fail(v, ERROR_RECORD);
    },
  });
  register([`${ERROR_RECORD}[]`], { fullName: `${ERROR_RECORD}[]`, cast: toErrorRecordArray });
  register(['void', 'System.Void'], { fullName: 'System.Void', cast: () => undefined });
  register(['System.Security.Cryptography.X509Certificates.X509Certificate2', 'Security.Cryptography.X509Certificates.X509Certificate2'], {
    fullName: X509_CERTIFICATE2,
    cast: (v) => (unwrap(v) instanceof X509Certificate2 ? unwrap(v) : fail(v, X509_CERTIFICATE2)),
  });
  // The cryptographic generators: a cast keeps a generator of the type (Create()'s is a RandomNumberGenerator only);
  // any other value becomes a new RNGCryptoServiceProvider through its obsolete one-argument constructors.
  for (const fullName of [RANDOM_NUMBER_GENERATOR, RNG_CRYPTO_SERVICE_PROVIDER]) {
    register([fullName, fullName.replace(/^System\./, '')], {
      fullName,
      cast: (v) => {
        const x = unwrap(v);
        if (x === null || x === undefined) return null;
        if (x instanceof RandomNumberGeneratorValue) return fullName === RANDOM_NUMBER_GENERATOR || x.typeName === fullName ? x : fail(v, fullName);
        return fullName === RNG_CRYPTO_SERVICE_PROVIDER ? new RandomNumberGeneratorValue(RNG_CRYPTO_SERVICE_PROVIDER) : fail(v, fullName);
      },
    });
  }
  // Only the name without `System.` resolves (as in PowerShell): [IO.Path] works, [Path] does not.
  // An enum among them (MidpointRounding) resolves as the enum it is (enum-types.ts).
  // LINQ's methods (linq.ts, loaded on the first call).
  register(['System.Linq.Enumerable', 'Linq.Enumerable'], { fullName: 'System.Linq.Enumerable', cast: (v) => fail(v, 'System.Linq.Enumerable') });
  for (const fullName of STATIC_TYPES) if (!enumTypeNamed(fullName)) register([fullName, fullName.replace(/^System\./, '')], { fullName, cast: (v) => fail(v, fullName) });
  register(['cultureinfo', CULTURE_INFO, 'Globalization.CultureInfo'], { fullName: CULTURE_INFO, cast: toCultureInfo });
  // A [ref] parameter takes the reference it is given (`f ([ref]$n)`); `[ref]$n` itself is the executor's.
  register(['ref', 'System.Management.Automation.PSReference'], { fullName: 'System.Management.Automation.PSReference', cast: (v) => (unwrap(v) instanceof PSReference ? unwrap(v) : PSReference.holding(v)) });
  register(['datetime', 'System.DateTime'], { fullName: 'System.DateTime', cast: (v) => toDateTime(v) });
  // A path converts through the types' one-string constructors (`[IO.FileInfo]$path`); an item stays as it is.
  for (const fullName of ['System.IO.FileInfo', 'System.IO.DirectoryInfo'] as const) {
    register([fullName, fullName.replace(/^System\./, '')], {
      fullName,
      cast: (v) => {
        const x = unwrap(v);
        if (x === null || x === undefined) return null;
        if (x instanceof PSObject && x.typeName === fullName) return x;
        if (typeof x === 'string') return fileSystemInfoOf(fullName, x);
        return fail(v, fullName);
      },
    });
  }
  register(['datetimeoffset', 'System.DateTimeOffset'], { fullName: 'System.DateTimeOffset', cast: (v) => toDateTimeOffset(v) });
  register(['timezoneinfo', 'System.TimeZoneInfo'], { fullName: 'System.TimeZoneInfo', cast: (v) => (unwrap(v) instanceof TimeZoneInfoValue || unwrap(v) === null ? unwrap(v) : fail(v, 'System.TimeZoneInfo')) });
  register(['timespan', 'System.TimeSpan'], { fullName: 'System.TimeSpan', cast: (v) => toTimeSpan(v) });
  register(['guid', 'System.Guid'], { fullName: 'System.Guid', cast: (v) => toGuid(v) });
  register(['uri', 'System.Uri'], { fullName: 'System.Uri', cast: (v) => toUri(v) });
  register(['version', VERSION], { fullName: VERSION, cast: (v) => toVersion(v) });
  register(['semver', SEMANTIC_VERSION], { fullName: SEMANTIC_VERSION, cast: (v) => toSemanticVersion(v) });
  for (const [fullName, short] of [
    ['System.Diagnostics.Stopwatch', 'Diagnostics.Stopwatch'],
    ['System.Random', 'Random'],
    ['System.Collections.ArrayList', 'Collections.ArrayList'],
    ['System.Collections.Generic.List', 'Collections.Generic.List'],
    ['System.Collections.Generic.Dictionary', 'Collections.Generic.Dictionary'],
    ['System.Collections.Generic.HashSet', 'Collections.Generic.HashSet'],
    ['System.Collections.Generic.SortedSet', 'Collections.Generic.SortedSet'],
    ['System.Collections.Generic.SortedDictionary', 'Collections.Generic.SortedDictionary'],
    ['System.Collections.Generic.SortedList', 'Collections.Generic.SortedList'],
    ['System.Collections.Concurrent.ConcurrentDictionary', 'Collections.Concurrent.ConcurrentDictionary'],
    ['System.Collections.Concurrent.ConcurrentBag', 'Collections.Concurrent.ConcurrentBag'],
    ['System.Collections.Concurrent.ConcurrentQueue', 'Collections.Concurrent.ConcurrentQueue'],
    ['System.Collections.Concurrent.ConcurrentStack', 'Collections.Concurrent.ConcurrentStack'],
    ['System.Collections.Generic.Queue', 'Collections.Generic.Queue'],
    ['System.Collections.Generic.Stack', 'Collections.Generic.Stack'],
    ['System.Collections.Queue', 'Collections.Queue'],
    ['System.Collections.Stack', 'Collections.Stack'],
    ['Microsoft.PowerShell.Commands.WebRequestSession', 'Microsoft.PowerShell.Commands.WebRequestSession'],
    ['System.Net.CookieContainer', 'Net.CookieContainer'],
    ['System.Net.Cookie', 'Net.Cookie'],
  ] as const) {
    // A value already of the type (or of a constructed generic of it) stays itself; nothing else converts.
    register([fullName, short], { fullName, cast: (v) => (typeNameOf(v).startsWith(`${fullName}\``) ? unwrap(v) : ownTypeOrNull(v, fullName)) });
  }
  // Text converts to a StringBuilder through its StringBuilder(string) constructor, as PowerShell's conversions use one.
  register(['System.Text.StringBuilder', 'Text.StringBuilder'], {
    fullName: 'System.Text.StringBuilder',
    cast: (v) => (typeof unwrap(v) === 'string' ? new StringBuilderValue(unwrap(v) as string) : ownTypeOrNull(v, 'System.Text.StringBuilder')),
  });
  // [UriBuilder] takes a UriBuilder as it is, and text or a Uri through its constructor.
  register([URI_BUILDER, 'UriBuilder'], { fullName: URI_BUILDER, cast: (v) => toUriBuilder(v) });
  // The streams (streams.ts): a stream converts to its own type and to the types it derives from.
  for (const fullName of ['System.IO.MemoryStream', 'System.IO.FileStream', 'System.IO.StreamReader', 'System.IO.StreamWriter']) {
    register([fullName, fullName.slice('System.'.length)], { fullName, cast: (v) => ownTypeOrNull(v, fullName) });
  }

  // $Host.UI.PromptForChoice's menu entries: a string is a label (the constructor PowerShell converts with).
  register([CHOICE_DESCRIPTION, CHOICE_DESCRIPTION.replace(/^System\./, '')], { fullName: CHOICE_DESCRIPTION, cast: (v) => (unwrap(v) === null ? null : toChoiceDescription(v)) });
  register([`${CHOICE_DESCRIPTION}[]`, `${CHOICE_DESCRIPTION.replace(/^System\./, '')}[]`], {
    fullName: `${CHOICE_DESCRIPTION}[]`,
    cast: (v) => toTypedArray(v, CHOICE_DESCRIPTION, (x) => (unwrap(x) === null ? null : toChoiceDescription(x))),
  });
  // An argument completer's results (Register-ArgumentCompleter): built with ::new, kept as they are.
  register([COMPLETION_RESULT, COMPLETION_RESULT.replace(/^System\./, '')], { fullName: COMPLETION_RESULT, cast: (v) => ownTypeOrNull(v, COMPLETION_RESULT) });
  registerEnumType(completionResultType());
  // [regex], [RegexOptions] and [scriptblock] (language-types.ts).
  registerLanguageTypes(register);
  // [xml] reads text as XML (engine/xml/); the node types keep a node of their type.
  register(['xml', XML_DOCUMENT, 'Xml.XmlDocument'], { fullName: XML_DOCUMENT, cast: toXmlDocument });
  for (const type of ['XmlNode', 'XmlElement', 'XmlAttribute', 'XmlText', 'XmlComment', 'XmlDeclaration', 'XmlCDataSection', 'XmlLinkedNode', 'XmlCharacterData', 'XmlWhitespace', 'XmlProcessingInstruction']) {
    const fullName = `System.Xml.${type}`;
    register([fullName, `Xml.${type}`], { fullName, cast: (v) => toXmlNode(fullName, v) });
  }
  // Exception types are constructed (`[System.ArgumentException]::new('m')`) and thrown. A string converts through the type's one-string constructor, as PowerShell converts (`throw
  // [InvalidOperationException]'bad op'`); an exception of the type itself stays as it is.
  for (const fullName of exceptionTypeNames()) {
    register([fullName], {
      fullName,
      cast: (v) => {
        const x = unwrap(v);
        if (x === null || x === undefined) return null;
        if (x instanceof ExceptionValue && (fullName === 'System.Exception' || x.typeName === fullName)) return x;
        if (typeof x === 'string') return constructException(fullName, [x]) ?? fail(v, fullName);
        return fail(v, fullName);
      },
    });
  }
}

/** A value of this type (or one derived from it) stays itself, $null stays $null; nothing else converts. */
function ownTypeOrNull(value: unknown, fullName: string): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  const own = typeNameOf(value);
  return own === fullName || derivesFrom(own, fullName) ? v : fail(value, fullName);
}

/**
 * `[C]x` for a script's class: its object (or a derived class's) stays itself. A hashtable's cast runs the
 * constructor, which the evaluator does (class-definition.ts); nothing else converts.
 */
function toClassInstance(value: unknown, name: string): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof ClassInstance && v.isA(name)) return v;
  return fail(value, name);
}

/** `[uri]x`: a Uri stays itself; anything else is read as text, relative unless it is an address (LanguagePrimitives). */
function toUri(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof PSObject && v.typeName === URI_TYPE) return v;
  if (Array.isArray(v) || v instanceof PSHashtable || (v instanceof PSObject && v.typeName === 'System.Management.Automation.PSCustomObject')) return fail(value, URI_TYPE);
  const text = toPSString(value);
  try {
    return uriFromText(text);
  } catch (e) {
    if (e instanceof UriFormatError) throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, URI_TYPE, e.message), 'InvalidCastFromStringToUri');
    throw e;
  }
}

/** `[UriBuilder]'https://host/x'`: UriBuilder(string) or UriBuilder(Uri); a failure is the cast's. */
function toUriBuilder(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof UriBuilderValue) return v;
  // Other values go through UriBuilder(string) as their text (`[uribuilder]5` is http://0.0.0.5/).
  if (Array.isArray(v) || v instanceof PSHashtable || (v instanceof PSObject && !(v instanceof UriValue))) return fail(value, URI_BUILDER);
  const outcome = uriBuilderType.construct([v]) as ConstructOutcome;
  if (outcome.kind === 'created') return outcome.value;
  throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(v), URI_BUILDER, outcome.kind === 'failed' ? outcome.message : ''), 'InvalidCastConstructorException');
}

/** `[version]x`: a version stays itself, a semantic version drops its labels, text and numbers parse (Version.Parse). */
function toVersion(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof VersionValue) return v;
  if (v instanceof SemanticVersionValue) return versionOf(v);
  // An empty hashtable builds a Version with its parameterless constructor (0.0), as pwsh's conversion does.
  if (v instanceof PSHashtable && v.size === 0) return new VersionValue(0, 0);
  if (typeof v !== 'string' && typeof v !== 'number' && !(v instanceof TypedNumber)) return fail(value, VERSION);
  return parsedOrFailure(value, VERSION, parseVersion);
}

/** `[semver]x`: text through SemanticVersion.Parse; a Version through SemanticVersion's constructor. */
function toSemanticVersion(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof SemanticVersionValue) return v;
  if (v instanceof VersionValue) return parsedOrFailure(value, SEMANTIC_VERSION, () => semanticVersionOf(v));
  if (typeof v !== 'string' && typeof v !== 'number' && !(v instanceof TypedNumber)) return fail(value, SEMANTIC_VERSION);
  return parsedOrFailure(value, SEMANTIC_VERSION, parseSemanticVersion);
}

function parsedOrFailure<T>(value: unknown, fullName: string, parse: (text: string) => T): T {
  const text = toPSString(value);
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof VersionError) throw new ConversionError(R.InvalidCastExceptionWithInnerException(text, fullName, e.message), CAST_ERROR_ID.parse);
    throw e;
  }
}

/** `[guid]x`: text (a number as its text) parses as Guid.Parse does; a Boolean goes through IConvertible. */
function toGuid(value: unknown): unknown {
  const v = unwrap(value);
  if (v instanceof PSObject) return value;
  if (Array.isArray(v)) return fail(value, GUID);
  if (typeof v === 'boolean') throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(v), GUID, `Invalid cast from 'System.Boolean' to '${GUID}'.`), CAST_ERROR_ID.iConvertible);
  try {
    return staticMethod(GUID, 'Parse', [value])!.value;
  } catch (e) {
    if (e instanceof MemberError && e.errorId === 'FormatException') {
      throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(value), GUID, 'Unrecognized Guid format.'), CAST_ERROR_ID.parseWithFormat);
    }
    throw e;
  }
}

/** `[pscustomobject]@{…}`: a hashtable becomes a custom object; anything else stays itself. */
function toCustomObject(v: unknown): unknown {
  const h = unwrap(v);
  if (!(h instanceof PSHashtable)) return v;
  const props: Record<string, unknown> = {};
  // PSTypeName names the object's type for formatting; it is not a property.
  let typeName: string | undefined;
  for (const [k, x] of h.entries()) {
    if (toPSString(k).toLowerCase() === 'pstypename') typeName = toPSString(x);
    else props[toPSString(k)] = x === undefined ? null : x; // a property holds no AutomationNull (executor.ts)
  }
  const o = new PSObject('System.Management.Automation.PSCustomObject', props);
  if (typeName !== undefined) o.typeNames = GenericList.from([typeName, 'System.Management.Automation.PSCustomObject', 'System.Object']) as GenericList<string>;
  return o;
}

/**
 * `[switch]$x`: only a Boolean, a switch or $null (not present) converts. A char, an enum or a DateTime
 * goes through IConvertible, which words its refusal itself; numbers and text have no conversion at all.
 */
function toSwitchParameter(value: unknown): SwitchParameter {
  const v = unwrap(value);
  if (v instanceof SwitchParameter) return v;
  if (v === null || v === undefined) return new SwitchParameter(false);
  if (typeof v === 'boolean') return new SwitchParameter(v);
  if (isCharValue(value) || v instanceof EnumValue || v instanceof DateTimeValue) {
    const source = typeNameOf(value);
    throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(value), SWITCH_PARAMETER, `Invalid cast from '${source}' to '${SWITCH_PARAMETER}'.`), CAST_ERROR_ID.iConvertible);
  }
  return fail(value, SWITCH_PARAMETER);
}

/** `[cultureinfo]'de-DE'` (CultureInfo(string)), `[cultureinfo]1031` (CultureInfo(int)). */
function toCultureInfo(value: unknown): unknown {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  if (v instanceof PSObject && v.typeName === CULTURE_INFO) return v;
  const failed = (message: string) => new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(v), CULTURE_INFO, message), 'InvalidCastConstructorException');
  if (typeof v === 'string') {
    try {
      return cultureObject(findCulture(v));
    } catch (e) {
      if (e instanceof CultureNotFound) throw failed(e.message);
      throw e;
    }
  }
  if (typeof v === 'number' && Number.isInteger(v)) {
    const culture = cultureOfLcid(v);
    if (!culture) throw failed(R.CultureIdNotSupported(v));
    return cultureObject(culture);
  }
  return fail(value, CULTURE_INFO);
}

function lookup(name: string): TypeEntry | undefined {
  const table = types();
  if (/^(?:system\.)?func\[/i.test(name) && !name.endsWith('[]')) return funcType(name);
  // Generic arguments (List[string], Dictionary[string,int]) do not change what the shell does.
  // (Not an array's rank: `int[][]` is a jagged array.)
  const n = name.toLowerCase().replace(/^([\w.]+)\[(?![\],]).+\]$/, (m, base: string) => (table[base] || table[`system.${base}`] ? base : m));
  const known = table[n] ?? table[`system.${n}`];
  if (known) return known;
  if (n.endsWith('[]')) return arrayOf(n);
  if (/\[,+\]$/.test(n)) return multidimensionalArrayOf(n);
  const enumType = enumTypeNamed(n) ?? enumTypeNamed(`system.${n}`);
  if (enumType) return { fullName: enumType.fullName, cast: (v) => toEnum(v, enumType), isEnum: true };
  const classType = classNamed(n);
  if (classType) return { fullName: classType.name, cast: (v) => toClassInstance(v, classType.name) };
  const recorded = recordedTypeName(n) ?? recordedTypeName(`system.${n}`);
  return recorded === undefined ? undefined : recordedType(recorded);
}

/**
 * `[Func[int,bool]]`: System.Func`2 of the type arguments, a delegate LINQ's methods take. A script block
 * converts to one (delegate-value.ts); a delegate of the type stays itself; nothing else converts.
 */
function funcType(name: string): TypeEntry | undefined {
  const generic = parseGenericName(name);
  if (!generic || generic.args.length > 17) return undefined;
  const args: string[] = [];
  for (const a of generic.args) {
    const entry = lookup(a.trim());
    // pwsh names the generic type it could not make: `[Func[Nope,bool]]` is "Unable to find type [Func]".
    if (!entry) throw new TypeNotFoundError(name);
    args.push(entry.fullName);
  }
  const definition = `${FUNC_DEFINITION}\`${args.length}`;
  const fullName = genericFullName(definition, args);
  return {
    fullName,
    cast: (v) => {
      const x = unwrap(v);
      if (x === null || x === undefined) return null;
      if (x instanceof ScriptBlock) return new DelegateValue(x, args);
      if (x instanceof DelegateValue && x.typeName === fullName) return x;
      return fail(v, dotnetText(definition, args));
    },
  };
}

/**
 * A .NET type spo knows only as a base class or interface of its values' types (NameValueCollection,
 * IDictionary, FileSystemInfo ...): a value that is one converts to it as itself, $null stays $null, and
 * nothing else converts (spo has none of their constructors or Parse methods).
 */
function recordedType(fullName: string): TypeEntry {
  const entry: TypeEntry = {
    fullName,
    recordedOnly: true,
    cast: (v) => {
      const x = unwrap(v);
      if (x === null || x === undefined) return null;
      const own = typeNameOf(v);
      return own === fullName || derivesFrom(own, fullName) ? x : fail(v, fullName);
    },
  };
  types()[fullName.toLowerCase()] = entry;
  return entry;
}

/**
 * `[T[]]` for any T the table (or the enums) knows: each element converts as `[T]` does. The element's
 * own type converts it, not the accelerator (`[pscustomobject[]]` is a PSObject[] that keeps hashtables
 * as they are). The entry is kept in the table for the next lookup.
 */
function arrayOf(name: string): TypeEntry | undefined {
  const element = lookup(name.slice(0, -2));
  // .NET has no array of System.Void; `List[]` names a generic definition without its arguments, not an array.
  if (!element || element.fullName === 'System.Void' || element.fullName.startsWith('System.Collections.Generic.')) return undefined;
  const convert = (element.fullName.toLowerCase() === name.slice(0, -2) ? element : lookup(element.fullName) ?? element).cast;
  const entry: TypeEntry = { fullName: `${element.fullName}[]`, cast: (v) => toTypedArray(v, element.fullName, convert) };
  types()[name] = entry;
  return entry;
}

/** What a new array holds in each element: a value type's zero (0, False, DateTime.MinValue ...), else $null. */
function defaultElement(elementType: string): unknown {
  if (elementType === 'System.DateTime') return DateTimeValue.fromTicks(0n);
  if (elementType === 'System.TimeSpan') return TimeSpanValue.fromBig(0n);
  if (elementType === 'System.Guid') return guidValue('00000000-0000-0000-0000-000000000000');
  if (!ZERO_FROM_NULL.test(elementType)) return null;
  return lookup(elementType)!.cast(null);
}
const ZERO_FROM_NULL = /^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal|Boolean|Char)$/;

/** The largest array spo makes: .NET's limit is larger, a JavaScript array's memory is not. */
const MAX_ARRAY_LENGTH = 2 ** 27;

/** `T[]`'s constructor: `[int[]]::new(3)` is three zeros, `New-Object 'int[][]' 2` two $null elements. */
setArrayConstructor((name): ConstructibleType | undefined => {
  const entry = lookup(name.trim().toLowerCase().replace(/\s+/g, ''));
  const rank = entry && /\[(,+)\]$/.exec(entry.fullName);
  if (entry && rank) {
    const element = entry.fullName.slice(0, -rank[0].length).replace(/^System\./, '');
    const failed = { kind: 'failed', message: R.MultidimensionalArrayNotSupported(entry.fullName.replace(/^System\./, ''), `${element}${'[]'.repeat(rank[1]!.length + 1)}`), errorId: 'NotSupportedException' } as const;
    return { shortName: entry.fullName.replace(/^.*\./, ''), fullName: entry.fullName, parameterless: false, construct: () => failed };
  }
  if (!entry?.fullName.endsWith('[]')) return undefined;
  const elementType = entry.fullName.slice(0, -2);
  return {
    shortName: entry.fullName.replace(/^.*\./, ''),
    fullName: entry.fullName,
    parameterless: false,
    construct(args) {
      if (args.length !== 1) return { kind: 'noOverload' };
      let length: number;
      try {
        length = unwrap(castTo('System.Int32', args[0])) as number;
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        return { kind: 'argumentMismatch', parameter: '0', value: unwrap(args[0]), targetType: 'System.Int32', method: '.ctor', inner: e.message };
      }
      if (length < 0) return { kind: 'failed', message: 'Arithmetic operation resulted in an overflow.', errorId: 'OverflowException' };
      if (length > MAX_ARRAY_LENGTH) return { kind: 'failed', message: 'Array dimensions exceeded supported range.', errorId: 'OutOfMemoryException' };
      return { kind: 'created', value: TypedArray.of2(elementType, Array.from({ length }, () => defaultElement(elementType))) };
    },
  };
});

/**
 * `[int[,]]`: a multidimensional array type names itself (FullName, -is), and a cast to it fails as
 * pwsh's does (a value goes to T[] first, which is not a T[,]); spo-shell cannot make one.
 */
function multidimensionalArrayOf(name: string): TypeEntry | undefined {
  const rank = /\[(,+)\]$/.exec(name)![1]!;
  const element = lookup(name.slice(0, -rank.length - 2));
  if (!element || element.fullName === 'System.Void') return undefined;
  const fullName = `${element.fullName}[${rank}]`;
  return {
    fullName,
    cast: (v) => {
      if (unwrap(v) === null || unwrap(v) === undefined) return null;
      throw new MemberError(R.CastToMultidimensionalArray(`${element.fullName}[]`, fullName), 'System.InvalidCastException', 'OperationStopped', 'System.InvalidCastException');
    },
  };
}

// A generic collection's type arguments resolve through the same table (`string` → System.String).
setTypeFullNameResolver((name) => lookup(name)?.fullName ?? name);
// What a Dictionary[K,V] stores is converted to K and V (a type the shell does not know takes the value as it is).
setGenericConverters((fullName, value) => {
  const entry = fullName === 'System.Object' ? undefined : lookup(fullName);
  return entry && !entry.recordedOnly ? entry.cast(value) : value;
}, toPSString);
setCollectionConverter((fullName, value) => {
  const entry = lookup(fullName);
  return entry && !entry.recordedOnly ? entry.cast(value) : value;
});

// A class's typed property converts what it is given as a cast would.
setPropertyConverter((typeName, value) => castTo(typeName, value));

/** Whether `[fullName]` is a type spo knows only as a recorded base class or interface (no statics, no constructors). */
export function isRecordedOnlyType(fullName: string): boolean {
  return lookup(fullName)?.recordedOnly === true && !findConstructible(fullName);
}

/** `[TypeName]` as a value: an object with Name and FullName, like System.RuntimeType. */
export function resolveTypeName(name: string): PSObject {
  const generic = genericTypeNamed(name);
  if (generic) return runtimeType(genericFullName(generic.definition, generic.args), undefined, powershellText(generic.definition, generic.args));
  const entry = lookup(name);
  if (!entry) throw new TypeNotFoundError(name);
  return runtimeType(entry.fullName, entry.isEnum || entry.fullName === ACTION_PREFERENCE.fullName ? 'System.Enum' : undefined);
}

const VALUE_TYPES = new Set(['System.DateTime', 'System.DateTimeOffset', 'System.TimeSpan', 'System.Int32', 'System.Int64', 'System.Double', 'System.Single', 'System.Decimal', 'System.Boolean', 'System.Void', SWITCH_PARAMETER]);

/** Types without [Serializable] among those the shell names (IsSerial False). */
const NOT_SERIALIZABLE = new Set([ERROR_RECORD, 'System.Reflection.MemberInfo', 'System.Reflection.TypeInfo', 'System.Text.RegularExpressions.Regex', 'System.Management.Automation.ScriptBlock', PS_OBJECT, 'System.Management.Automation.PSCustomObject', SWITCH_PARAMETER, 'System.Type']);

/** The streams, BitConverter and the hash algorithm classes are not [Serializable] either (measured with pwsh 7.6.10). */
const notSerializable = (fullName: string) => NOT_SERIALIZABLE.has(fullName) || /^System\.(BitConverter$|Linq\.Enumerable$|Func`|IO\.(Memory|File)Stream$|IO\.Stream(Reader|Writer)$|Security\.Cryptography\.(HashAlgorithm|HMAC|SHA|MD5))/.test(fullName);

const isRuntimeType = (x: unknown) => x instanceof PSObject && x.typeName === 'System.RuntimeType';

/** The reflection types' bases, the chain `[int].GetType().BaseType...` walks. */
const REFLECTION_BASE: Readonly<Record<string, string>> = {
  'System.RuntimeType': 'System.Reflection.TypeInfo',
  'System.Reflection.TypeInfo': 'System.Type',
  'System.Type': 'System.Reflection.MemberInfo',
};

/** A System.RuntimeType as GetType() and `[type]` show it (IsPublic, IsSerial, Name, BaseType). */
export function runtimeType(fullName: string, baseType?: string, text?: string): PSObject {
  // A generic type's name ends before its type arguments (Collection`1[[…PSObject, …]] is Collection`1);
  // a nested type's Name is what follows its `+` (ArrayList+ArrayListEnumeratorSimple).
  const plain = fullName.replace(/\[\[.*$/s, '');
  const short = plain.slice(Math.max(plain.lastIndexOf('.'), plain.lastIndexOf('+')) + 1);
  // The everyday types answer without the recorded rows (loading them costs a script that only prints [int]).
  const everyday = VALUE_TYPES.has(fullName) || fullName === 'System.Enum' || fullName === 'System.Object' || fullName === 'System.String' || REFLECTION_BASE[fullName] !== undefined || /\[,*\]$/.test(fullName);
  const recorded = baseType === undefined && !everyday ? recordedBaseType(fullName) : undefined;
  const base =
    baseType ??
    (recorded !== undefined
      ? recorded
      : VALUE_TYPES.has(fullName) || fullName === 'System.Enum'
        ? 'System.ValueType'
        : REFLECTION_BASE[fullName] ?? (fullName === 'System.Object' ? null : /\[,*\]$/.test(fullName) ? 'System.Array' : 'System.Object'));
  // BaseType is a type object too (`[int[]].BaseType.BaseType` is System.Object; `"$([int[]].BaseType)"` is
  // `array`): the chain to System.Object is at most a few links long.
  const baseObject = base === null ? null : runtimeType(base);
  // System.RuntimeType itself is internal and not serializable (`[int].GetType()` shows False False).
  const visible = fullName !== 'System.RuntimeType';
  return new PSObject('System.RuntimeType', { IsPublic: visible, IsSerial: visible && !notSerializable(fullName), Name: short, BaseType: baseObject, FullName: fullName }, ['IsPublic', 'IsSerial', 'Name', 'BaseType'], text ?? powershellTypeText(fullName));
}

export function castTo(typeName: string, value: unknown): unknown {
  const collection = collectionCast(typeName, value);
  if (collection) return collection.value;
  const entry = lookup(typeName);
  if (!entry) throw new TypeNotFoundError(typeName);
  return entry.cast(value);
}

/**
 * `[Type]::new(args)`, worded as PowerShell's method binder words constructor failures; `byPosition`:
 * the group's `.Invoke(args)`, which names an argument that does not convert by its index (pwsh 7.6.10).
 */
export async function constructType(fullName: string, args: unknown[], byPosition = false): Promise<unknown> {
  const type = findConstructible(fullName);
  const outcome = type && !(type.valueType && args.length === 0) ? await type.construct(args) : ({ kind: 'noOverload' } as const);
  switch (outcome.kind) {
    case 'created':
      return outcome.value;
    case 'noOverload':
      throw noOverload('new', args.length);
    case 'argumentMismatch': {
      // PowerShell quotes the value; a password given as plain text must not be shown (docs/language.md).
      const shown = outcome.parameter === 'password' ? '********' : exceptionValueText(outcome.value);
      const failure = outcome.inner ?? conversionFailureText(shown, typeNameOf(outcome.value), outcome.targetType);
      throw new MethodCallError(
        `Cannot convert argument "${byPosition && outcome.position !== undefined ? outcome.position : outcome.parameter}", with value: "${shown}", for "${outcome.method ?? type!.shortName}" to type "${outcome.targetType}": "${failure}"`,
        'MethodException',
        'MethodArgumentConversionInvalidCastArgument',
      );
    }
    case 'failed':
      throw new MethodCallError(`Exception calling ".ctor" with "${args.length}" argument(s): "${outcome.message}"`, 'MethodInvocationException', outcome.errorId ?? 'ArgumentException');
  }
}
