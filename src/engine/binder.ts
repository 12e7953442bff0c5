// Parameter binding, as PowerShell's CmdletParameterBinderController does it:
// name matching (unique prefixes, declared-beats-common), re-parsing of `-Name value`, named then
// positional binding, left-over reporting, parameter-set resolution, mandatory prompting, and
// type conversion with PowerShell's exact messages.

import { RegexPatternError, patternMatches } from './regex-type.js';
import type { Span } from '../language/ast.js';
import { markParameterTokens } from './parameter-tokens.js';
import { bindingFailedWarning, type DefaultArgument } from './default-parameter-values.js';
import { ALL_SETS, type CmdletDefinition, type ParameterMetadata, type ParamKind } from './cmdlet.js';
import {
  AmbiguousParameterMatch,
  allParameters,
  candidateSets,
  inSet,
  mandatoryInSet,
  mandatoryInSomeSet,
  membership,
  matchParameter as matchMetadata,
  positionIn,
  takesPipelineInput,
} from './command-metadata.js';
import * as S from './binder-strings.js';
import * as R from './runtime-strings.js';
import {
  ArgumentNumber,
  ConversionError,
  argumentText,
  toEnum,
  toInt,
  toNumber,
  toPSString,
  typeNameOf,
  unwrap,
  unwrapArgument,
} from './convert.js';
import { DateTimeValue } from './datetime.js';
import { TypedNumber } from './numeric.js';
import { toIntegerType } from './numeric-casts.js';
import { keepChar } from './chars.js';
import { EnumValue, GenericList, PSCredential, PSHashtable, PSObject, SecureString } from './values.js';
import { X509Certificate2 } from './certificate-value.js';
import { ErrorRecord } from './errors.js';
import { SwitchParameter } from './switch-parameter.js';

/** One evaluated command element. */
export type BindArg =
  | { kind: 'param'; typed: string; text: string; colon: boolean; value?: unknown; span: Span; valueSpan?: Span; splatted?: boolean }
  | { kind: 'value'; value: unknown; span: Span; splatted?: boolean };

export class BindingError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    readonly span: Span | undefined,
    readonly category = 'InvalidArgument',
    readonly exceptionType = 'ParameterBindingException',
    readonly targetObject: unknown = null,
  ) {
    super(message);
  }

  /** A type constraint's conversion failed (an argument transformation whose inner error is an invalid cast). */
  castFailure = false;
  /** A validation failure that positional and pipeline binding take as "not this parameter" (validateSwallowed). */
  swallowed = false;

  /** An error from the binder-strings table. */
  static of(entry: S.MessageEntry, span: Span | undefined, category = 'InvalidArgument', exceptionType = 'ParameterBindingException', targetObject: unknown = null): BindingError {
    return new BindingError(entry.errorId, entry.message, span, category, exceptionType, targetObject);
  }
}

const VALIDATION = 'ParameterBindingValidationException';
const TRANSFORMATION = 'ParameterBindingArgumentTransformationException';

/**
 * Whether a binding error ends the binding at once. PowerShell's positional and pipeline binding try
 * one parameter after another and remember a plain ParameterBindingException (a failed conversion) as
 * a reason the argument stayed unbound; a validation or argument-transformation failure is thrown.
 */
export function endsBinding(e: unknown): boolean {
  return !(e instanceof BindingError) || (!e.swallowed && (e.exceptionType === VALIDATION || e.exceptionType === TRANSFORMATION));
}

/**
 * The same for pipeline input (CmdletParameterBinderController.BindValueFromPipeline): a transformation
 * that failed on an invalid cast only means the object does not fit the parameter.
 */
export function endsPipelineBinding(e: unknown): boolean {
  return endsBinding(e) && !(e instanceof BindingError && e.castFailure);
}

/** Services the binder needs from the engine: prompts and the credential transformation. */
export interface BinderHost {
  /** Prompts for missing mandatory parameters; null when input ended or is not allowed. */
  promptMandatory(params: ParameterMetadata[]): Promise<Map<string, unknown> | null>;
  /** [Credential()] transformation: prompts for the password of `userName`; null when input ended. */
  /** The [Credential()] prompt for a user name given to (or $null bound to) parameter `parameterName`. */
  promptCredential(userName: string, parameterName: string): Promise<PSCredential | null>;
  /**
   * $PSDefaultParameterValues' arguments for `parameters` (unbound and in the sets still possible) of
   * `commandName`, script blocks already run with `bound` (the parameters bound so far); the host writes
   * the warning for keys that disagree. Absent where no defaults apply (a script's own parameters).
   */
  parameterDefaults?(commandName: string, parameters: readonly ParameterMetadata[], bound: readonly string[]): Promise<DefaultArgument[]>;
  /** A binding warning (a default value that did not bind). */
  warn?(text: string): void;
}

export interface BindResult {
  values: Map<string, unknown>; // canonical name (lower case key) → value
  names: Map<string, string>; // lower → canonical
  /** The set chosen from the command line (pipeline input narrows it per object: pipeline-binder.ts). */
  parameterSet: string;
}

/** MergedCommandParameterMetadata.GetMatchingParameter (command-metadata.ts), with its binding error. */
export function matchParameter(def: CmdletDefinition, typed: string, span?: Span): ParameterMetadata | undefined {
  try {
    return matchMetadata(def, typed);
  } catch (e) {
    if (e instanceof AmbiguousParameterMatch) throw BindingError.of(S.AmbiguousParameter(typed, e.candidates.map((p) => p.name)), span);
    throw e;
  }
}

/** Converts an argument for a parameter; credential strings prompt through `host`. */
export async function convertArgument(
  p: ParameterMetadata,
  value: unknown,
  host: BinderHost,
  span?: Span,
): Promise<unknown> {
  const fail = (e: unknown): never => {
    if (e instanceof ConversionError) {
      throw BindingError.of(S.CannotConvertArgumentNoMessage(p.name, e.message), span);
    }
    // A transformation error (the credential prompt) points at the argument, as GetErrorExtent does.
    if (e instanceof BindingError && e.errorId === 'ParameterArgumentTransformationError' && span) {
      throw new BindingError(e.errorId, e.message, span, e.category, e.exceptionType);
    }
    throw e;
  };
  // A function's [switch] constraint converts before the switch's own checks ($null is then not present).
  const transformsFirst = p.kind === 'switch' && p.transform !== undefined;
  if (transformsFirst) value = transformArgument(p, value, span);
  // Null and empty checks apply to parameters that are mandatory in some set; a function parameter's type
  // constraint converts first ([string] makes $null the empty string), and [Credential()] prompts first.
  const checksAfterConversion = p.transform !== undefined || (p.kind === 'credential' && p.credentialAttribute === true);
  if (!checksAfterConversion) {
    refuseNullByAttribute(p, value, span);
    mandatoryChecks(p, value, span);
  }
  coercionPreconditions(p, value, span);
  let converted: unknown;
  try {
    converted = await convertKind(p, value, host);
  } catch (e) {
    fail(e);
  }
  // An enum parameter takes $null through coercion; setting the property then fails (a value type).
  if (p.kind === 'enum' && converted === null) {
    throw BindingError.of(S.ParameterBindingFailed(p.name, R.InvalidCastExceptionEnumerationValue('null', p.typeName, p.enumType!.names)), span, 'WriteError');
  }
  if (checksAfterConversion) {
    if (p.transform && !transformsFirst) converted = transformArgument(p, converted, span);
    // A user name whose password prompt met the end of the input binds $null, and the command goes on (e2e-cli).
    if (p.credentialAttribute === true && converted === null && typeof unwrapArgument(value) === 'string') return null;
    refuseNullByAttribute(p, converted, span);
    mandatoryChecks(p, converted, span);
  }
  validate(p, converted, span, value);
  const refused = p.validateSwallowed?.(converted);
  if (refused !== undefined) {
    const error = BindingError.of(S.ParameterArgumentValidationError(p.name, refused), span, 'InvalidData', VALIDATION);
    error.swallowed = true;
    throw error;
  }
  if (p.validateScript) {
    for (const item of Array.isArray(converted) ? converted : [converted]) {
      let passed: boolean;
      try {
        passed = await p.validateScript.test(item);
      } catch (e) {
        // A script that throws fails the validation with its own message (pwsh: `... parameter 'X'. nope`).
        const thrown = (e as { record?: { message?: string } }).record?.message ?? (e instanceof Error ? e.message : String(e));
        throw BindingError.of(S.ParameterArgumentValidationError(p.name, thrown), span, 'InvalidData', VALIDATION);
      }
      if (!passed) {
        const custom = p.validationMessages?.script;
        const inner = custom !== undefined ? formatValidationMessage(custom, toPSString(item), p.validateScript.text) : S.ValidateScriptFailure(toPSString(item), p.validateScript.text);
        throw BindingError.of(S.ParameterArgumentValidationError(p.name, inner), span, 'InvalidData', VALIDATION);
      }
    }
  }
  return converted;
}

/** A function parameter's type constraint (ArgumentTypeConverterAttribute); its failure is an argument transformation error. */
function transformArgument(p: ParameterMetadata, value: unknown, span: Span | undefined): unknown {
  try {
    return p.transform!(value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    // A script parameter's type constraint fails with no target object (pwsh's CategoryInfo shows `(:)`).
    const error = BindingError.of(S.ParameterArgumentTransformationError(p.name, e.message), span, 'InvalidData', TRANSFORMATION);
    error.castFailure = true;
    throw error;
  }
}

/**
 * [ValidateNotNull] and [ValidateNotNullOrEmpty] refuse $null (and '' or @()) with their own message before a mandatory
 * parameter's "because it is null" (pwsh runs validation attributes before ValidateNullOrEmptyArgument).
 */
function refuseNullByAttribute(p: ParameterMetadata, value: unknown, span: Span | undefined): void {
  const v = unwrap(value);
  // [ValidateNotNullOrEmpty] refuses an empty string or array before the mandatory "empty" checks too.
  // An empty hashtable is an empty collection to it; '' for an array parameter is the array { '' }.
  const emptyCollection = (Array.isArray(v) && v.length === 0) || (v instanceof PSHashtable && v.size === 0);
  if (p.validateNotNullOrEmpty && (v === '' || emptyCollection)) {
    const asList = emptyCollection || p.kind === 'string[]' || p.kind === 'object[]';
    throw BindingError.of(S.ParameterArgumentValidationError(p.name, asList ? S.ValidateNotNullOrEmptyCollectionFailure() : S.ValidateNotNullOrEmptyFailure()), span, 'InvalidData', VALIDATION);
  }
  if (v !== null && v !== undefined) return;
  const inner = p.validateNotNull ? S.ValidateNotNullFailure() : p.validateNotNullOrEmpty ? S.ValidateNotNullOrEmptyFailure() : undefined;
  if (inner !== undefined) throw BindingError.of(S.ParameterArgumentValidationError(p.name, inner), span, 'InvalidData', VALIDATION);
}

/** ParameterBinderBase.ValidateNullOrEmptyArgument, for a parameter mandatory in some set. */
function mandatoryChecks(p: ParameterMetadata, value: unknown, span: Span | undefined): void {
  if (!mandatoryInSomeSet(p)) return;
  const v = unwrap(value);
  if (v === null || v === undefined) {
    if (p.allowNull) return;
    throw BindingError.of(S.ParameterArgumentValidationErrorNullNotAllowed(p.name), span, 'InvalidData', VALIDATION);
  }
  // Only a value that is a string once bound: a UrlCmdletPipeBind made from '' is an object, so pwsh
  // binds it and the cmdlet itself reports the empty Url.
  const stringTyped = p.kind === 'string' || p.kind === 'string[]' || (p.transform !== undefined && p.typeName === 'System.String');
  if (v === '' && !p.allowEmptyString && stringTyped) {
    throw BindingError.of(S.ParameterArgumentValidationErrorEmptyStringNotAllowed(p.name), span, 'InvalidData', VALIDATION);
  }
  if (Array.isArray(v) && v.length === 0 && (p.kind === 'string[]' || p.kind === 'object[]') && !p.allowEmptyCollection) {
    throw BindingError.of(S.ParameterArgumentValidationErrorEmptyArrayNotAllowed(p.name), span, 'InvalidData', VALIDATION);
  }
}

/** Parameter types that take one value: a list given to them is refused before any conversion. */
const ONE_VALUE_KINDS = new Set<ParamKind>(['string', 'int', 'url-pipebind', 'x509certificate2', 'securestring', 'hashtable', 'credential', 'exception', 'errorrecord']);

/**
 * The checks ParameterBinderBase.CoerceTypeAsNeeded makes before it converts: [bool] refuses $null and
 * takes only Booleans and numbers (a switch likewise, with $null meaning present); a parameter that takes
 * one value refuses a list (NotSupportedException), except [object] and enums, which convert lists.
 * The [Credential()] transformation runs before them: anything but a string or PSCredential is refused.
 */
function coercionPreconditions(p: ParameterMetadata, value: unknown, span: Span | undefined): void {
  const v = unwrapArgument(value);
  if (v === null || v === undefined) {
    if (p.kind === 'bool') throw BindingError.of(S.ParameterArgumentValidationErrorNullNotAllowed(p.name), span);
    return;
  }
  if ((p.kind === 'credential-pipebind' || (p.kind === 'credential' && p.credentialAttribute)) && !(typeof v === 'string' || v instanceof PSCredential)) {
    throw BindingError.of(S.ParameterArgumentTransformationError(p.name, S.CredentialUserName), span, 'InvalidData', 'ParameterBindingArgumentTransformationException');
  }
  if (p.kind === 'bool' || p.kind === 'switch') {
    const numeric = typeof v === 'number' || (v instanceof TypedNumber && v.type !== 'System.Char') || v instanceof EnumValue;
    if (typeof v !== 'boolean' && !numeric && !(v instanceof SwitchParameter)) throw BindingError.of(S.CannotConvertArgument(typeNameOf(v), p.typeName, p.name), span);
    return;
  }
  if ((ONE_VALUE_KINDS.has(p.kind) || (p.coerce && p.kind === 'object')) && Array.isArray(v)) {
    throw BindingError.of(S.CannotConvertArgument(typeNameOf(v), p.typeName, p.name, S.NotSupported), span);
  }
}

/**
 * Values LanguagePrimitives hands to IConvertible.ToType for a class with a string constructor
 * (UrlCmdletPipeBind, X509Certificate2): numbers pass through their text; Booleans, dates, enums and
 * characters fail with .NET's "Invalid cast"; anything else is not convertible at all.
 */
function convertViaText(value: unknown, typeName: string): string {
  const v = unwrapArgument(value);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || (v instanceof TypedNumber && v.type !== 'System.Char')) return toPSString(value);
  if (typeof v === 'boolean' || v instanceof DateTimeValue || v instanceof EnumValue || v instanceof TypedNumber) {
    throw new ConversionError(R.InvalidCastExceptionWithInnerException(toPSString(value), typeName, `Invalid cast from '${typeNameOf(v)}' to '${typeName}'.`));
  }
  throw new ConversionError(R.InvalidCastException(toPSString(value), typeNameOf(value), typeName));
}

async function convertKind(p: ParameterMetadata, value: unknown, host: BinderHost): Promise<unknown> {
  const v = unwrap(value);
  switch (p.kind) {
    case 'string':
      // $null stays null for a parameter that allows it (Write-Error -Message $null); elsewhere the empty string.
      if (v === null || v === undefined) return p.allowNull ? null : '';
      if (v instanceof SecureString || v instanceof PSCredential) return String(v);
      return toPSString(value);
    case 'url-pipebind':
      if (v === null || v === undefined) return null;
      return convertViaText(value, p.typeName);
    case 'x509certificate2': {
      if (v === null || v === undefined) return null;
      if (v instanceof X509Certificate2) return v;
      // X509Certificate2(string fileName): the text names a certificate file, read from the process's directory.
      const path = convertViaText(value, p.typeName);
      const { readCertificateFile, CertificateError } = await import('../certificates/index.js');
      try {
        return new X509Certificate2(await readCertificateFile(path, null));
      } catch (e) {
        if (!(e instanceof CertificateError)) throw e;
        throw new ConversionError(R.InvalidCastExceptionWithInnerException(path, p.typeName, e.dotnetMessage ?? e.message));
      }
    }
    case 'string[]':
      if (v === null || v === undefined) return null;
      return (Array.isArray(v) ? v : [value]).map((x) => toPSString(x));
    case 'switch':
    case 'bool':
      // coercionPreconditions has refused everything but $null (a switch only), Booleans, switches and numbers.
      // Cmdlets read their switches as Booleans; a function's are SwitchParameters again where its script reads them.
      if (v === null || v === undefined) return true;
      if (typeof v === 'boolean') return v;
      if (v instanceof SwitchParameter) return v.isPresent;
      return Number(v instanceof EnumValue ? v.value : v) !== 0;
    case 'int':
      // An Int64 or unsigned parameter converts as its own type does (its range, its overflow message).
      return p.typeName === 'System.Int32' ? toInt(value) : Number(unwrap(toIntegerType(unwrapArgument(value), p.typeName)));
    case 'int[]':
    case 'long[]': {
      if (v === null || v === undefined) return null;
      const type = p.kind === 'int[]' ? 'System.Int32' : 'System.Int64';
      // Plain numbers: an Int64 in the safe range is used as a number by the cmdlets that take it.
      return (Array.isArray(v) ? v : [value]).map((x) => Number(unwrap(toIntegerType(unwrapArgument(x), type))));
    }
    case 'enum':
      if (v === null || v === undefined) return null;
      return toEnum(value, p.enumType!);
    case 'object':
      if (p.coerce && v !== null && v !== undefined) return p.coerce(value);
      if (value instanceof ArgumentNumber) return value;
      // An Int64/UInt64 beyond 2^53 keeps its exact digits (`f 9223372036854775806` is that Int64 in pwsh).
      if (value instanceof TypedNumber && value.exact !== undefined) return value;
      return keepChar(value);
    case 'object[]':
      if (v === null || v === undefined) return v === null ? null : [];
      // An array of a .NET type (Select-Xml's XmlNode[]): each element converts on its own.
      if (p.coerce) return (Array.isArray(v) ? [...v] : [value]).map((x) => (unwrap(x) === null || unwrap(x) === undefined ? x : p.coerce!(x)));
      // Any other list (Int32[], ArrayList, List[object]) becomes a new Object[].
      // A number typed as an argument loses its typed text in the new array (pwsh: `f 0x10` holds 16).
      return Array.isArray(v) ? (v.constructor === Array ? v : Array.from(v)) : [value instanceof ArgumentNumber ? unwrapArgument(value) : value];
    case 'hashtable':
      if (v instanceof PSHashtable) return v;
      if (v === null || v === undefined) return null;
      throw new ConversionError(R.InvalidCastException(toPSString(value), typeNameOf(value), 'System.Collections.IDictionary'));
    case 'securestring':
      if (v instanceof SecureString) return v;
      if (v === null || v === undefined) return null;
      throw new ConversionError(R.InvalidCastExceptionNoValue(typeNameOf(value), 'System.Security.SecureString'));
    case 'credential':
    case 'credential-pipebind':
      if (v instanceof PSCredential) return v;
      // [Credential()] turns $null into a prompt with no user name, as it does a name into one with it, but
      // (TransformNullOptionalParameters) only where null cannot stay: a mandatory or [ValidateNotNull] parameter.
      if ((v === null || v === undefined) && !(p.kind === 'credential' && p.credentialAttribute && (mandatoryInSomeSet(p) || p.validateNotNull || p.validateNotNullOrEmpty))) return null;
      if ((typeof v === 'string' || v === null || v === undefined) && (p.kind === 'credential-pipebind' || p.credentialAttribute)) {
        // The host throws PromptCancelled on Ctrl+C; null means the input ended.
        const cred = await host.promptCredential(typeof v === 'string' ? v : '', p.name);
        if (cred) return cred;
        // [Credential()] (Get-Credential admin) binds $null and the command writes nothing, as in
        // PowerShell. Connect-SPOService would take $null as "sign in interactively", which a
        // script whose input has ended cannot do: there it is an argument transformation error.
        if (p.kind === 'credential-pipebind') {
          throw BindingError.of(
            S.ParameterArgumentTransformationError(p.name, typeof v === 'string' && v !== '' ? `No password was entered for user ${v}: the input ended.` : 'No credential was entered: the input ended.'),
            undefined,
            'InvalidData',
            'ParameterBindingArgumentTransformationException',
          );
        }
        return null;
      }
      throw new ConversionError(R.InvalidCastException(toPSString(value), typeNameOf(value), p.typeName));
    case 'exception':
      if (v === null || v === undefined || isException(v)) return v ?? null;
      // Exception(string message): text and numbers become the message, as for the other string constructors.
      if (v instanceof ErrorRecord) throw new ConversionError(R.InvalidCastException(v.message, ERROR_RECORD_TYPE, p.typeName));
      return new PSObject('System.Exception', { Message: convertViaText(value, p.typeName), InnerException: null }, undefined, 'System.Exception');
    case 'errorrecord':
      if (v === null || v === undefined || v instanceof ErrorRecord) return v ?? null;
      throw new ConversionError(R.InvalidCastException(toPSString(value), typeNameOf(value), p.typeName));
  }
}

const ERROR_RECORD_TYPE = 'System.Management.Automation.ErrorRecord';

/** An exception object: what `$_.Exception` gives (a PSObject named after the exception's type, with a Message). */
export function isException(v: unknown): v is PSObject {
  return v instanceof PSObject && /Exception$/.test(v.typeName) && v.get('Message') !== undefined;
}

/**
 * ParameterBinderBase.ShouldContinueUncoercedBind: whether the argument already is of the parameter's type,
 * so the binding passes without type coercion may take it. $null fits every reference type (its null check
 * comes after), never a string or a value type. A parameter whose type constraint is a transformation
 * (a function's [type]) takes only a value already of that type.
 */
export function fitsWithoutCoercion(p: ParameterMetadata, value: unknown): boolean {
  const v = unwrap(value);
  const isNull = v === null || v === undefined;
  switch (p.kind) {
    case 'string':
      return typeof v === 'string';
    case 'string[]':
      return isNull || typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof unwrap(x) === 'string'));
    case 'switch':
      return typeof v === 'boolean' || v instanceof SwitchParameter;
    case 'bool':
      return typeof v === 'boolean';
    case 'int':
      return !isNull && typeNameOf(v) === 'System.Int32';
    case 'int[]':
    case 'long[]': {
      // A value of the element type fits too: pwsh's uncoerced pass makes the one-element array
      // (`Receive-Job 3` binds -Id, not the -Job of the default set nor -Name).
      const element = p.kind === 'int[]' ? 'System.Int32' : 'System.Int64';
      return isNull || (Array.isArray(v) ? v.length > 0 && v.every((x) => typeNameOf(unwrap(x)) === element) : typeNameOf(v) === element);
    }
    case 'enum':
      return v instanceof EnumValue && v.type === p.enumType;
    case 'object':
      if (p.coerce) return isNull || fitsAsIs(p.coerce, value);
      if (!p.transform || isNull) return !p.transform;
      return typeNameOf(v).toLowerCase() === p.typeName.toLowerCase();
    case 'object[]':
      return !p.coerce || isNull || (Array.isArray(v) ? [...v] : [value]).every((x) => fitsAsIs(p.coerce!, x));
    case 'securestring':
      return isNull || v instanceof SecureString;
    case 'hashtable':
      return isNull || v instanceof PSHashtable;
    case 'x509certificate2':
      return isNull || v instanceof X509Certificate2;
    case 'url-pipebind':
      return isNull;
    case 'credential':
      // The [Credential()] transformation runs before this check and turns a user name into the credential.
      return p.credentialAttribute || isNull || v instanceof PSCredential;
    case 'credential-pipebind':
      return true;
    case 'exception':
      return isNull || isException(v);
    case 'errorrecord':
      return isNull || v instanceof ErrorRecord;
  }
}

/** Whether a coerced parameter takes the value as it is (a script block for a ScriptBlock). */
function fitsAsIs(coerce: (value: unknown) => unknown, value: unknown): boolean {
  try {
    return coerce(value) === value;
  } catch (e) {
    if (e instanceof ConversionError) return false;
    throw e;
  }
}

/** A prompt was cancelled with Ctrl+C: the command stops quietly (PipelineStoppedException). */
export class PromptCancelled extends Error {
  constructor() {
    super('The prompt was canceled.');
  }
}

/** A validation attribute's ErrorMessage with its {0} (the value) and {1} filled in, as String.Format does. */
function formatValidationMessage(message: string, value: string, detail: string): string {
  return message.replace(/\{(\d)\}/g, (whole, index: string) => (index === '0' ? value : index === '1' ? detail : whole));
}

/** [ValidateRange]'s ValidateRangeKind (Positive, NonNegative, Negative, NonPositive): its message when `n` is outside it. */
function rangeKindFailure(p: ParameterMetadata, n: number): string | undefined {
  if (p.positive && n <= 0) return S.ValidateRangePositiveFailure(n);
  if (p.nonNegative && n < 0) return S.ValidateRangeNonNegativeFailure(n);
  if (p.negative && n >= 0) return S.ValidateRangeNegativeFailure(n);
  if (p.nonPositive && n > 0) return S.ValidateRangeNonPositiveFailure(n);
  return undefined;
}

function validate(p: ParameterMetadata, value: unknown, span?: Span, given?: unknown): void {
  const fail = (inner: string) => {
    throw BindingError.of(S.ParameterArgumentValidationError(p.name, inner), span, 'InvalidData', VALIDATION);
  };
  if (p.range) {
    // Each element; one of another type than the limits is converted to theirs first (an untyped
    // parameter gets `5`, `'5'`, `0x5`), as ValidateRangeAttribute does.
    const [min, max] = p.range;
    const integral = Number.isInteger(min) && Number.isInteger(max);
    for (const item of Array.isArray(unwrap(value)) ? (unwrap(value) as unknown[]) : [value]) {
      const raw = unwrap(unwrapArgument(item));
      if (raw === null || raw === undefined) continue;
      let n: number;
      try {
        // An Int64 parameter's elements are checked as Int64 (Get-History -Id 99999999999 passes).
        n = integral && p.kind !== 'long[]' && p.typeName !== 'System.Int64' ? toInt(raw) : toNumber(raw);
      } catch {
        fail(S.ValidationRangeElementType(typeNameOf(raw).replace(/^.*\./, ''), integral ? 'Int32' : 'Double'));
      }
      const kindFailure = rangeKindFailure(p, n!);
      if (kindFailure) fail(kindFailure);
      if (n! < min) fail(S.ValidateRangeTooSmall(n!, min));
      if (n! > max) fail(S.ValidateRangeTooBig(n!, max));
    }
  }
  // A script's [ValidateRange('Positive')] and the other kinds, without limits of their own.
  if (!p.range && (p.positive || p.nonNegative || p.negative || p.nonPositive)) {
    for (const item of Array.isArray(unwrap(value)) ? (unwrap(value) as unknown[]) : [value]) {
      const raw = unwrap(unwrapArgument(item));
      if (raw === null || raw === undefined) continue;
      const kindFailure = rangeKindFailure(p, toNumber(raw));
      if (kindFailure) fail(kindFailure);
    }
  }
  if (p.validateSet && value !== null && value !== undefined) {
    // A collection's elements each (ValidateSetAttribute checks every element: Get-Culture -Name de, fr).
    for (const item of Array.isArray(unwrap(value)) ? (unwrap(value) as unknown[]) : [value]) {
      const s = toPSString(item);
      const inSet = p.validateSetCaseSensitive ? p.validateSet.includes(s) : p.validateSet.some((x) => x.toLowerCase() === s.toLowerCase());
      if (!inSet) fail(p.validationMessages?.set !== undefined ? formatValidationMessage(p.validationMessages.set, s, p.validateSet.join(',')) : S.ValidateSetFailure(s, p.validateSet));
    }
  }
  if (p.validateNotNullOrEmpty) {
    // A collection fails when it is empty or holds a null or empty element, with the collection's message.
    if (Array.isArray(value)) {
      if (value.length === 0 || value.some((x) => { const e = unwrap(x); return e === null || e === undefined || e === ''; })) fail(S.ValidateNotNullOrEmptyCollectionFailure());
    } else if (value === null || value === undefined || value === '') fail(S.ValidateNotNullOrEmptyFailure());
  }
  if (p.validateNotNull) {
    // A collection fails on a null element too, with the collection's message (ValidateNotNullAttribute).
    if (value === null || value === undefined) fail(S.ValidateNotNullFailure());
    const list = unwrap(value);
    if (Array.isArray(list) && list.some((x) => { const e = unwrap(x); return e === null || e === undefined; })) fail(S.ValidateNotNullCollectionFailure());
  }
  if (p.validateCount && value !== null && value !== undefined) {
    const count = Array.isArray(value) ? value.length : 1;
    const [min, max] = p.validateCount;
    if (count < min || count > max) fail(S.ValidateCountFailure(min, max, count));
  }
  // ValidatePattern and ValidateLength check each element of a collection.
  for (const item of p.validatePattern !== undefined || p.validateLength ? (Array.isArray(value) ? value : [value]) : []) {
    const text = toPSString(item);
    if (p.validatePattern !== undefined && !validPattern(p.validatePattern, text, fail)) {
      fail(p.validationMessages?.pattern !== undefined ? formatValidationMessage(p.validationMessages.pattern, text, p.validatePattern) : S.ValidatePatternFailure(text, p.validatePattern));
    }
    if (p.validateLength) {
      const [min, max] = p.validateLength;
      if (text.length < min) fail(S.ValidateLengthMinLengthFailure(text.length, min));
      if (text.length > max) fail(S.ValidateLengthMaxLengthFailure(text.length, max));
    }
  }
  // ValidateVariableName (the -*Variable common parameters): $null binds nothing; an empty name is not a
  // variable path at all; a scope prefix is part of a name, any other `x:` is not.
  if (p.validateVariableName && typeof value === 'string' && given !== null && given !== undefined) {
    const name = value.startsWith('+') ? value.slice(1) : value;
    const bare = name.replace(/^(global|script|local|private):/i, '');
    if (bare === '') fail(S.ArgumentPathInvalid());
    else if (bare.includes(':')) fail(S.ValidateVariableName(value));
  }
}

/** Binds the evaluated elements of one command. */
/** What a ValueFromRemainingArguments parameter receives: `f 1` gives List[object]{1}, `f (1,2)` the array itself. */
function remainingArguments(taken: unknown[]): unknown {
  if (taken.length === 1 && Array.isArray(unwrap(taken[0]))) return taken[0];
  const list = new GenericList();
  list.push(...taken);
  return list;
}

function takesRemainingArguments(def: CmdletDefinition): boolean {
  return def.parameters.some((p) => Object.values(p.sets).some((m) => m.valueFromRemainingArguments));
}

export async function bindArguments(
  def: CmdletDefinition,
  args: BindArg[],
  host: BinderHost,
  options: { hasPipelineInput: boolean; commandSpan: Span },
): Promise<BindResult> {
  const values = new Map<string, unknown>();
  const names = new Map<string, string>();
  const explicit = new Set<string>();

  // 1. Re-parse `-Name value` pairs.
  type Named = { param: ParameterMetadata; typedName: string; typed: string; value: unknown; span: Span; valueSpan: Span; splatted: boolean };
  const named: Named[] = [];
  const positional: Array<{ value: unknown; span: Span }> = [];
  let firstUnknownNamed: { typed: string; span: Span } | undefined;
  const unknownAsArguments: Array<{ value: unknown; span: Span; token?: boolean; typed?: string }> = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === 'value') {
      positional.push({ value: a.value, span: a.span });
      continue;
    }
    const param = matchParameter(def, a.typed, a.span);
    if (!param) {
      // A simple function (no CommonParameters) hands unknown `-Name` arguments to $args as text, and a
      // command with a ValueFromRemainingArguments parameter (Write-Output, Write-Host) takes them as values.
      if (def.commonParameters === false || takesRemainingArguments(def)) {
        unknownAsArguments.push({ value: a.text, span: a.span, token: true, typed: a.typed });
        if (a.colon) unknownAsArguments.push({ value: a.value, span: a.valueSpan ?? a.span });
        else if (args[i + 1]?.kind === 'value') {
          // The value after an unknown `-Name` is taken as its argument (pwsh: `f -b 1` gives $args -b, 1).
          const next = args[++i]!;
          unknownAsArguments.push({ value: next.value, span: next.span });
        }
        continue;
      }
      // An unknown parameter is a left-over named argument; the first one is reported later. The
      // value after it goes with it, not to a position (pwsh: `f -Name x -Bogus 1` reports -Bogus
      // instead of binding 1 to the next positional parameter).
      firstUnknownNamed ??= { typed: a.typed, span: a.span };
      if (!a.colon && args[i + 1]?.kind === 'value' && !args[i + 1]!.splatted) i++;
      continue;
    }
    if (a.colon || a.splatted) {
      named.push({ param, typedName: a.typed, typed: a.typed, value: a.value, span: a.span, valueSpan: a.valueSpan ?? a.span, splatted: !!a.splatted });
      continue;
    }
    if (param.kind === 'switch') {
      named.push({ param, typedName: a.typed, typed: a.typed, value: true, span: a.span, valueSpan: a.span, splatted: false });
      continue;
    }
    const next = args[i + 1];
    const missing = () => BindingError.of(S.MissingArgument(param.name, param.typeName), a.span);
    if (!next) throw missing();
    if (next.kind === 'param' && !next.splatted) {
      let nextParam: ParameterMetadata | undefined;
      try {
        nextParam = matchParameter(def, next.typed);
      } catch {
        nextParam = allParameters(def)[0];
      }
      if (nextParam || next.colon) throw missing();
      // `-Name -foo`: the unknown parameter text is the value.
      named.push({ param, typedName: param.name, typed: a.typed, value: next.text, span: a.span, valueSpan: next.span, splatted: false });
      i++;
      continue;
    }
    if (next.kind === 'param') throw missing();
    named.push({ param, typedName: param.name, typed: a.typed, value: next.value, span: a.span, valueSpan: next.span, splatted: false });
    i++;
  }

  // 2. Named arguments; splatted ones last so explicit ones win.
  const ordered = [...named.filter((n) => !n.splatted), ...named.filter((n) => n.splatted)];
  for (const n of ordered) {
    const key = n.param.name.toLowerCase();
    if (values.has(key)) {
      if (n.splatted && explicit.has(key)) continue;
      throw BindingError.of(S.ParameterAlreadyBound(n.typedName), n.span);
    }
    // Conversion and validation errors point at the argument, as PowerShell's GetErrorExtent does.
    const converted = await convertArgument(n.param, n.value, host, n.valueSpan);
    values.set(key, converted);
    names.set(key, n.param.name);
    if (!n.splatted) explicit.add(key);
  }

  // Parameter sets still possible given the named parameters.
  const candidates = () => candidateSets(def, def.parameters.filter((p) => values.has(p.name.toLowerCase())));

  // 3. Positional arguments (ParameterBinderController.BindPositionalParameters): each position, in
  // order, takes the next argument. A parameter of the default set is tried first, then those of the other
  // sets still possible, each time without type coercion (the argument already is of the parameter's type)
  // and then with it. An argument no parameter takes stays unbound and the next position takes the next
  // one; a failed conversion is remembered as the reason, the last failure of the last attempt winning.
  // Outside the default set the argument goes to every parameter at the position that takes it.
  let unboundReason: BindingError | undefined;
  const unboundPositional: Array<{ value: unknown; span: Span }> = [];
  // Named arguments of no common set: an argument left over is then reported as the set conflict.
  const setsRuledOut = positional.length > 0 && candidates().length === 0;
  if (positional.length) {
    // When the named arguments already rule out every set, PowerShell still binds positionally to
    // parameters that are in all sets; the set conflict is then what gets reported.
    const validSets = () => {
      const possible = candidates();
      return possible.length ? possible : [ALL_SETS];
    };
    const setsAt = (p: ParameterMetadata, sets: string[], position: number) =>
      Object.entries(p.sets).filter(([s, m]) => m.position === position && !m.valueFromRemainingArguments && (s === ALL_SETS || sets.includes(s)));
    const allPositions = [
      ...new Set(
        def.parameters
          .filter((p) => !values.has(p.name.toLowerCase()))
          .flatMap((p) =>
            Object.entries(p.sets)
              .filter(([s, m]) => m.position !== undefined && !m.valueFromRemainingArguments && (s === ALL_SETS || validSets().includes(s)))
              .map(([, m]) => m.position!),
          ),
      ),
    ].sort((a, b) => a - b);
    const queue = [...positional];
    for (const position of allPositions) {
      const sets = validSets();
      const atPosition = def.parameters.filter((p) => !values.has(p.name.toLowerCase()) && setsAt(p, sets, position).length);
      if (!atPosition.length) continue;
      const arg = queue.shift();
      if (!arg) break;
      const defaultSet = def.defaultParameterSet && sets.includes(def.defaultParameterSet) ? def.defaultParameterSet : undefined;
      const attempts: Array<[string[], boolean]> = [];
      if (defaultSet) attempts.push([[defaultSet], false]);
      attempts.push([sets, false]);
      if (defaultSet) attempts.push([[defaultSet], true]);
      attempts.push([sets, true]);
      let boundHere = false;
      for (const [attemptSets, coerce] of attempts) {
        unboundReason = undefined;
        for (const p of atPosition) {
          if (!setsAt(p, attemptSets, position).length) continue;
          if (!coerce && !fitsWithoutCoercion(p, arg.value)) continue;
          try {
            values.set(p.name.toLowerCase(), await convertArgument(p, arg.value, host, arg.span));
          } catch (e) {
            if (!endsBinding(e)) {
              unboundReason = e as BindingError;
              continue;
            }
            // An unknown parameter name before the argument is what gets reported (`Get-Credential -NoSuchParameter 1`).
            if (firstUnknownNamed && !(e instanceof PromptCancelled)) throw BindingError.of(S.NamedParameterNotFound(firstUnknownNamed.typed), firstUnknownNamed.span);
            throw e;
          }
          names.set(p.name.toLowerCase(), p.name);
          boundHere = true;
          // Only the default set's attempt stops at the first parameter: across the other sets pwsh binds
          // the argument to every parameter at this position that takes it (Test-Json '{}' -Schema '{}' binds
          // -Json, -Path and -LiteralPath, and the set cannot be resolved).
          if (attemptSets.length === 1 && attemptSets[0] === defaultSet) break;
        }
        if (boundHere) break;
      }
      if (!boundHere) unboundPositional.push(arg);
    }
    positional.splice(0, positional.length, ...[...unboundPositional, ...queue]);
  }

  // The provider's dynamic parameters, once the path is bound: a path of another provider has none of them.
  if (def.dynamicParametersApply && named.some((n) => n.param.dynamic) && !def.dynamicParametersApply((name) => values.get(name.toLowerCase()))) {
    const given = named.filter((n) => n.param.dynamic).sort((x, y) => x.span.start - y.span.start)[0]!;
    throw BindingError.of(S.NamedParameterNotFound(given.typed), given.span);
  }

  // 4. What is left over, positional arguments and unknown `-Name`s (with the value after each) in the order
  // written, goes to the ValueFromRemainingArguments parameter of the sets still possible
  // (ParameterBinderController.HandleRemainingArguments): a List[object] of them, or the one value when it
  // alone is left and is a list already. Two such parameters (ForEach-Object's -RemainingScripts and
  // -ArgumentList before a set is chosen) cannot be told apart; with none, the first left-over is reported.
  let unknownNamedLeft = firstUnknownNamed;
  if ((positional.length || unknownAsArguments.length) && takesRemainingArguments(def)) {
    const sets = candidates().length ? candidates() : [ALL_SETS];
    const rests = def.parameters.filter((p) => !values.has(p.name.toLowerCase()) && sets.some((s) => inSet(p, s) && membership(p, s).valueFromRemainingArguments));
    if (rests.length > 1) throw BindingError.of(S.AmbiguousParameterSet(), options.commandSpan);
    const rest = rests[0];
    if (rest) {
      const all: Array<{ value: unknown; span: Span; token?: boolean }> = [...positional.splice(0, positional.length), ...unknownAsArguments].sort((x, y) => x.span.start - y.span.start);
      const tokens = all.flatMap((x, i) => (x.token ? [i] : []));
      const list = remainingArguments(all.map((x) => x.value));
      // The `-Name` tokens among them: splatting $args binds them as parameters again.
      if (Array.isArray(list)) markParameterTokens(list, tokens);
      const key = rest.name.toLowerCase();
      // A conversion error points at the one argument, or at the whole command when there are several
      // (pwsh: `ForEach-Object {1} 'x'` underlines 'x', `ForEach-Object {1} {2} 'x'` the command).
      const span = all.length === 1 && !all[0]!.token ? all[0]!.span : options.commandSpan;
      // Unknown `-Name`s are converted only where the parameter has a type of its own (-RemainingScripts).
      values.set(key, tokens.length && !rest.coerce ? list : await convertArgument(rest, list, host, span));
      names.set(key, rest.name);
    } else if (unknownAsArguments.length) {
      const first = unknownAsArguments.find((x) => x.token)!;
      unknownNamedLeft = { typed: first.typed!, span: first.span };
    }
  }

  // 5. Left-over arguments: the first one is reported.
  const leftoverNamed = unknownNamedLeft;
  const leftoverPositional = positional[0];
  if (leftoverNamed && (!leftoverPositional || leftoverNamed.span.start < leftoverPositional.span.start)) {
    throw BindingError.of(S.NamedParameterNotFound(leftoverNamed.typed), leftoverNamed.span);
  }
  if (leftoverPositional && setsRuledOut) throw BindingError.of(S.AmbiguousParameterSet(), options.commandSpan);
  // Two sets or more still possible and none of them the default: pwsh reports the set it cannot
  // choose rather than the argument (`fs 1` of a function whose sets A and B take no positions).
  const stillPossible = leftoverPositional && !unboundReason ? candidates() : [];
  if (stillPossible.length > 1 && !(def.defaultParameterSet && stillPossible.includes(def.defaultParameterSet))) {
    throw BindingError.of(S.AmbiguousParameterSet(), options.commandSpan);
  }
  if (leftoverPositional) {
    // The reason the first argument stayed unbound, when the binder has one (ParameterBinderController.VerifyArgumentsProcessed).
    if (unboundReason) throw unboundReason;
    throw BindingError.of(
      S.PositionalParameterNotFound(unboundArgumentText(leftoverPositional.value)),
      // PowerShell 7.6 underlines the whole command for a compiled cmdlet (observed with pwsh 7.6.10).
      options.commandSpan ?? leftoverPositional.span,
    );
  }

  // 6a. $PSDefaultParameterValues, for cmdlets and advanced functions (default-parameter-values.ts): after
  // the command line, before the set is chosen and mandatory parameters are asked for.
  if (host.parameterDefaults && def.commonParameters !== false) {
    const possible = candidates();
    const open = allParameters(def).filter((p) => !values.has(p.name.toLowerCase()) && (possible.length === 0 || possible.some((s) => inSet(p, s))));
    const defaults = open.length ? await host.parameterDefaults(def.name, open, [...names.values()]) : [];
    for (const { param, value } of defaults) {
      const key = param.name.toLowerCase();
      try {
        values.set(key, await convertArgument(param, value, host, options.commandSpan));
        names.set(key, param.name);
      } catch (e) {
        if (!(e instanceof BindingError)) throw e;
        host.warn?.(bindingFailedWarning(value, param.name, e.message));
      }
    }
  }

  // 7. Parameter-set resolution (before prompting, so the right set's fields are asked).
  let set = chooseSet(def, candidates(), values, options);

  // 6. Mandatory parameters: prompt for the missing ones.
  const missing = def.parameters.filter(
    (p) =>
      inSet(p, set) &&
      membership(p, set).mandatory &&
      !values.has(p.name.toLowerCase()) &&
      !(options.hasPipelineInput && takesPipelineInput(membership(p, set))),
  );
  if (missing.length) {
    const answers = await host.promptMandatory(missing);
    if (!answers) {
      throw BindingError.of(S.MissingMandatoryParameter(missing.map((p) => p.name)), options.commandSpan);
    }
    for (const p of missing) {
      const key = p.name.toLowerCase();
      values.set(key, await convertArgument(p, answers.get(key) ?? null, host, options.commandSpan));
      names.set(key, p.name);
    }
    set = chooseSet(def, candidates(), values, options);
  }
  return { values, names, parameterSet: set };
}

/** The argument as PositionalParameterNotFound names it: its ToString(), the type name for a bare array. */
function unboundArgumentText(value: unknown): string {
  return Array.isArray(value) ? typeNameOf(value) : argumentText(value);
}

function chooseSet(
  def: CmdletDefinition,
  candidates: string[],
  values: Map<string, unknown>,
  options: { hasPipelineInput: boolean; commandSpan: Span },
): string {
  const ambiguous = () => BindingError.of(S.AmbiguousParameterSet(), options.commandSpan);
  if (candidates.length === 0) throw ambiguous();
  if (candidates.length === 1) return candidates[0]!;
  // Prefer sets whose mandatory parameters are all present.
  const satisfied = candidates.filter((s) =>
    mandatoryInSet(def, s).every((p) => values.has(p.name.toLowerCase()) || (options.hasPipelineInput && membership(p, s).valueFromPipeline)),
  );
  if (def.defaultParameterSet && candidates.includes(def.defaultParameterSet)) {
    if (satisfied.length === 1) return satisfied[0]!;
    // Pipeline input goes to the one set that takes it when the default set does not (Get-Error's Error set).
    const takesInput = (s: string) => def.parameters.some((p) => inSet(p, s) && membership(p, s).valueFromPipeline && !values.has(p.name.toLowerCase()));
    if (options.hasPipelineInput && !takesInput(def.defaultParameterSet)) {
      const withInput = satisfied.filter(takesInput);
      if (withInput.length === 1) return withInput[0]!;
      // No set is satisfied yet and the default set takes no input at all: the one set that takes it by
      // property name waits for the input (Get-Item x.psd1 | Import-PowerShellDataFile binds -LiteralPath).
      const byProperty = (s: string) => def.parameters.some((p) => inSet(p, s) && takesPipelineInput(membership(p, s)) && !values.has(p.name.toLowerCase()));
      const others = candidates.filter(byProperty);
      if (satisfied.length === 0 && !byProperty(def.defaultParameterSet) && others.length === 1) return others[0]!;
    }
    return def.defaultParameterSet;
  }
  if (satisfied.length === 1) return satisfied[0]!;
  // Several sets and no default: pipeline input decides per object when a set still takes it
  // (ValidateParameterSets before the pipeline); until then the set is the all-sets one.
  const takesInput = def.parameters.some(
    (p) => !values.has(p.name.toLowerCase()) && candidates.some((s) => inSet(p, s) && takesPipelineInput(membership(p, s))),
  );
  if (options.hasPipelineInput && takesInput) return ALL_SETS;
  throw ambiguous();
}

/** [ValidatePattern]: .NET's pattern rules (regex-type.ts); a pattern .NET rejects fails with its text. */
function validPattern(pattern: string, text: string, fail: (inner: string) => void): boolean {
  try {
    return patternMatches(pattern, text);
  } catch (e) {
    if (!(e instanceof RegexPatternError)) throw e;
    fail(e.message);
    return false;
  }
}
