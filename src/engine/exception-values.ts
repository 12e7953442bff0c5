// .NET exception objects that scripts create and throw (`throw [System.ArgumentException]::new("…")`,
// `New-Object System.Exception 'boom'`). Checked with pwsh 7.6.10: throwing one makes an error whose
// exception is that object (its type for `catch [Type]`, its Message, its InnerException), with the
// message as the FullyQualifiedErrorId and OperationStopped as the category.

import { toPSString, unwrap } from './convert.js';
import { ErrorRecord } from './errors.js';
import type { SourceExtent } from './position.js';
import { EnumValue, PSHashtable, PSObject, type EnumType } from './values.js';
import { lazy } from './lazy.js';
import { catchTypeMatches, resolveExceptionType } from './exception-types.js';

interface ExceptionKind {
  /** Message of the constructor without arguments. */
  defaultMessage: string;
  hresult: number;
  /**
   * The Argument*Exception family's and FileNotFoundException's extra constructors: which argument
   * names the parameter (ParamName) or file (FileName). These types override Message, so .NET lists it
   * first, then their own properties, then Exception's (pwsh 7.6.10's `.psobject.Properties`).
   */
  shape?: 'argument' | 'argumentNull' | 'argumentOutOfRange' | 'fileNotFound';
  /** Properties the type adds before Exception's own (WebException's Status and Response). */
  own?: () => Record<string, unknown>;
}

/** System.Net.WebExceptionStatus: a WebException made by a script has UnknownError. */
const WEB_EXCEPTION_STATUS: EnumType = {
  fullName: 'System.Net.WebExceptionStatus',
  names: [
    'Success', 'NameResolutionFailure', 'ConnectFailure', 'ReceiveFailure', 'SendFailure', 'PipelineFailure', 'RequestCanceled',
    'ProtocolError', 'ConnectionClosed', 'TrustFailure', 'SecureChannelFailure', 'ServerProtocolViolation', 'KeepAliveFailure',
    'Pending', 'Timeout', 'ProxyNameResolutionFailure', 'UnknownError', 'MessageLengthLimitExceeded', 'CacheEntryNotFound',
    'RequestProhibitedByCachePolicy', 'RequestProhibitedByProxy',
  ],
};

const ARGUMENT_NULL = 'Value cannot be null.';
const OUT_OF_RANGE = 'Specified argument was out of the range of valid values.';

/** The exception types a script can construct, by full name (made on first use: docs/startup.md, sixth round). */
const kinds = lazy((): ReadonlyMap<string, ExceptionKind> => new Map([
  ['System.Exception', { defaultMessage: "Exception of type 'System.Exception' was thrown.", hresult: -2146233088 }],
  ['System.SystemException', { defaultMessage: 'System error.', hresult: -2146233087 }],
  ['System.ApplicationException', { defaultMessage: 'Error in the application.', hresult: -2146232832 }],
  ['System.ArgumentException', { defaultMessage: 'Value does not fall within the expected range.', hresult: -2147024809, shape: 'argument' }],
  ['System.ArgumentNullException', { defaultMessage: ARGUMENT_NULL, hresult: -2147467261, shape: 'argumentNull' }],
  ['System.ArgumentOutOfRangeException', { defaultMessage: OUT_OF_RANGE, hresult: -2146233086, shape: 'argumentOutOfRange' }],
  ['System.InvalidOperationException', { defaultMessage: 'Operation is not valid due to the current state of the object.', hresult: -2146233079 }],
  ['System.NotSupportedException', { defaultMessage: 'Specified method is not supported.', hresult: -2146233067 }],
  ['System.NotImplementedException', { defaultMessage: 'The method or operation is not implemented.', hresult: -2147467263 }],
  ['System.FormatException', { defaultMessage: 'One of the identified items was in an invalid format.', hresult: -2146233033 }],
  ['System.TimeoutException', { defaultMessage: 'The operation has timed out.', hresult: -2146233083 }],
  ['System.UnauthorizedAccessException', { defaultMessage: 'Attempted to perform an unauthorized operation.', hresult: -2147024891 }],
  ['System.IO.IOException', { defaultMessage: 'I/O error occurred.', hresult: -2146232800 }],
  ['System.IO.FileNotFoundException', { defaultMessage: 'Unable to find the specified file.', hresult: -2147024894, shape: 'fileNotFound' }],
  ['System.IO.DirectoryNotFoundException', { defaultMessage: 'Attempted to access a path that is not on the disk.', hresult: -2147024893 }],
  // Scripts that catch web failures build one to test their handlers (`throw [System.Net.WebException]::new('…')`).
  ['System.Net.WebException', { defaultMessage: 'Operation is not valid due to the current state of the object.', hresult: -2146233079, own: () => ({ Status: new EnumValue(WEB_EXCEPTION_STATUS, 'UnknownError'), Response: null }) }],
  ['System.Management.Automation.RuntimeException', { defaultMessage: 'Operation is not valid due to the current state of the object.', hresult: -2146233087 }],
]));

/** Where a type's own properties go: before Exception's (WebException), or after an overridden Message. */
interface OwnProperties {
  readonly values: Record<string, unknown>;
  readonly afterMessage: boolean;
  /** What Exception.ToString() adds after the message (FileNotFoundException's file name). */
  readonly toStringTail?: string;
}

/** A .NET exception as a value: its type's full name, Message and InnerException. */
export class ExceptionValue extends PSObject {
  constructor(fullName: string, message: string, inner: ExceptionValue | null, hresult: number, own?: OwnProperties) {
    const base = { TargetSite: null, Data: new PSHashtable(), InnerException: inner, HelpLink: null, Source: null, HResult: hresult, StackTrace: null };
    const { TargetSite, ...rest } = base;
    const properties = own?.afterMessage
      ? { Message: message, ...own.values, TargetSite, ...rest }
      : { ...own?.values, TargetSite, Message: message, ...rest };
    // Exception.ToString(): the type and message (no stack trace: it was never thrown in .NET).
    super(fullName, properties, undefined, `${fullName}: ${message}${own?.toStringTail ?? ''}`);
  }
  get message(): string {
    return toPSString(this.get('Message'));
  }
}

type Text = (v: unknown) => string;

/** ArgumentException's Message: its own, then the parameter when one is named (.NET leaves out an empty one). */
function withParameter(message: string, parameter: string | null): string {
  return parameter ? `${message} (Parameter '${parameter}')` : message;
}

const isAbsent = (v: unknown): v is null | undefined => v === null || v === undefined;

/**
 * The constructors of the types with a ParamName or FileName (pwsh 7.6.10):
 * ArgumentException (), (message), (message, paramName), (message, inner), (message, paramName, inner);
 * ArgumentNullException and ArgumentOutOfRangeException (), (paramName), (paramName, message),
 * (message, inner), and ArgumentOutOfRangeException's (paramName, actualValue, message);
 * FileNotFoundException (), (message), (message, fileName), (message, inner), (message, fileName, inner).
 */
function shapedException(fullName: string, kind: ExceptionKind, args: readonly unknown[], text: Text): ExceptionValue | undefined {
  const exceptionAt = (i: number) => (args[i] instanceof ExceptionValue ? (args[i] as ExceptionValue) : undefined);
  // PowerShell passes $null to a string parameter as "", so only an argument left out is null.
  const nameAt = (i: number) => (i < args.length ? text(args[i]) : null);
  const make = (message: string, inner: ExceptionValue | null, values: Record<string, unknown>, toStringTail?: string) =>
    new ExceptionValue(fullName, message, inner, kind.hresult, { values, afterMessage: true, toStringTail });
  const messageAt = (i: number) => (i < args.length ? text(args[i]) : kind.defaultMessage);
  if (args.length > 3) return undefined;
  if (args.length === 2 && exceptionAt(1)) {
    // (message, innerException), the same for every one of them.
    const values: Record<string, unknown> = kind.shape === 'fileNotFound' ? { FileName: null, FusionLog: null } : kind.shape === 'argumentOutOfRange' ? { ActualValue: null, ParamName: null } : { ParamName: null };
    return make(messageAt(0), exceptionAt(1)!, values);
  }
  switch (kind.shape) {
    case 'argument': {
      if (args.length === 3 && !exceptionAt(2) && !isAbsent(args[2])) return undefined;
      const parameter = nameAt(1);
      return make(withParameter(messageAt(0), parameter), exceptionAt(2) ?? null, { ParamName: parameter });
    }
    case 'argumentNull':
    case 'argumentOutOfRange': {
      const outOfRange = kind.shape === 'argumentOutOfRange';
      if (args.length === 3) {
        if (!outOfRange) return undefined;
        // (paramName, actualValue, message): .NET adds the value on a line of its own.
        const parameter = nameAt(0);
        const actual = args[1];
        const tail = isAbsent(actual) ? '' : `\nActual value was ${text(actual)}.`;
        return make(withParameter(messageAt(2), parameter) + tail, null, { ActualValue: actual ?? null, ParamName: parameter });
      }
      const parameter = nameAt(0);
      const values = outOfRange ? { ActualValue: null, ParamName: parameter } : { ParamName: parameter };
      return make(withParameter(messageAt(1), parameter), null, values);
    }
    case 'fileNotFound': {
      if (args.length === 3 && !exceptionAt(2) && !isAbsent(args[2])) return undefined;
      const fileName = nameAt(1);
      return make(messageAt(0), exceptionAt(2) ?? null, { FileName: fileName, FusionLog: null }, fileName !== null ? `\nFile name: '${fileName}'` : undefined);
    }
    default:
      return undefined;
  }
}

/** `[Type]::new(...)` / New-Object of an exception type; undefined when the arguments fit no constructor. */
export function constructException(fullName: string, raw: readonly unknown[]): ExceptionValue | undefined {
  const kind = kinds().get(fullName);
  if (!kind) return undefined;
  const args = raw.map(unwrap);
  const text: Text = (v) => (isAbsent(v) ? '' : toPSString(v));
  if (kind.shape) return shapedException(fullName, kind, args, text);
  if (raw.length > 2) return undefined;
  const inner = args[1] instanceof ExceptionValue ? args[1] : null;
  if (args.length === 2 && !inner && !isAbsent(args[1])) return undefined;
  const message = args.length === 0 ? kind.defaultMessage : text(args[0]);
  const own = kind.own ? { values: kind.own(), afterMessage: false } : undefined;
  return new ExceptionValue(fullName, message, inner, kind.hresult, own);
}

/** The exception type names New-Object and `[Type]::new` know (full names; `System.` may be left out). */
export function exceptionTypeNames(): string[] {
  return [...kinds().keys()];
}

/**
 * The exception behind an error made by `throw $exception` or `[ErrorRecord]::new($exception, …)` (what
 * `$_.Exception` returns: the same object, `[object]::ReferenceEquals` True).
 */
const thrown = new WeakMap<ErrorRecord, PSObject>();

/** Makes `exception` the `.Exception` of a record built from it (error-record-type.ts). */
export function recordException(record: ErrorRecord, exception: PSObject): void {
  thrown.set(record, exception);
}

/** An exception object: one a script made (ExceptionValue) or a record's `.Exception` (values-members.ts). */
export function asException(v: unknown): PSObject | undefined {
  return v instanceof PSObject && resolveExceptionType(v.typeName) !== undefined ? v : undefined;
}

/** Records of thrown RuntimeExceptions: shown as pwsh shows them, from a ParentContainsErrorRecordException. */
const ownRecords = new WeakSet<ErrorRecord>();

/**
 * `throw $exception`: the error PowerShell makes of it. A RuntimeException (or one derived from it:
 * `throw $_.Exception` after `1/0`) brings its own record, NotSpecified with the id RuntimeException, which
 * an uncaught throw shows from a ParentContainsErrorRecordException (pwsh 7.6.10).
 */
export function thrownError(e: PSObject, extent: SourceExtent | undefined): ErrorRecord {
  const message = toPSString(e.get('Message') ?? '');
  const runtime = catchTypeMatches('System.Management.Automation.RuntimeException', e.typeName, false);
  const record = new ErrorRecord({
    message,
    errorId: runtime ? 'RuntimeException' : message,
    category: runtime ? 'NotSpecified' : 'OperationStopped',
    exceptionType: e.typeName.slice(e.typeName.lastIndexOf('.') + 1),
    exceptionFullName: e.typeName,
    targetObject: null,
    // Not the thrown-text kind: ConciseView labels it with its category, as pwsh does.
    extent,
  });
  thrown.set(record, e);
  if (runtime) ownRecords.add(record);
  return record;
}

/** Whether an uncaught `record` shows as a ParentContainsErrorRecordException (a thrown RuntimeException). */
export function showsAsParentException(record: ErrorRecord): boolean {
  return ownRecords.has(record);
}

export function thrownException(record: ErrorRecord): PSObject | undefined {
  return thrown.get(record);
}
