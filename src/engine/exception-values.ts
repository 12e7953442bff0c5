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
  /** Takes (paramName) / (message, paramName) as the Argument*Exception family does. */
  parameterName?: 'first' | 'second';
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
  ['System.ArgumentException', { defaultMessage: 'Value does not fall within the expected range.', hresult: -2147024809, parameterName: 'second' }],
  ['System.ArgumentNullException', { defaultMessage: ARGUMENT_NULL, hresult: -2147467261, parameterName: 'first' }],
  ['System.ArgumentOutOfRangeException', { defaultMessage: OUT_OF_RANGE, hresult: -2146233086, parameterName: 'first' }],
  ['System.InvalidOperationException', { defaultMessage: 'Operation is not valid due to the current state of the object.', hresult: -2146233079 }],
  ['System.NotSupportedException', { defaultMessage: 'Specified method is not supported.', hresult: -2146233067 }],
  ['System.NotImplementedException', { defaultMessage: 'The method or operation is not implemented.', hresult: -2147467263 }],
  ['System.FormatException', { defaultMessage: 'One of the identified items was in an invalid format.', hresult: -2146233033 }],
  ['System.TimeoutException', { defaultMessage: 'The operation has timed out.', hresult: -2146233083 }],
  ['System.UnauthorizedAccessException', { defaultMessage: 'Attempted to perform an unauthorized operation.', hresult: -2147024891 }],
  ['System.IO.IOException', { defaultMessage: 'I/O error occurred.', hresult: -2146232800 }],
  ['System.IO.FileNotFoundException', { defaultMessage: 'Unable to find the specified file.', hresult: -2147024894 }],
  ['System.IO.DirectoryNotFoundException', { defaultMessage: 'Attempted to access a path that is not on the disk.', hresult: -2147024893 }],
  // Scripts that catch web failures build one to test their handlers (`throw [System.Net.WebException]::new('…')`).
  ['System.Net.WebException', { defaultMessage: 'Operation is not valid due to the current state of the object.', hresult: -2146233079, own: () => ({ Status: new EnumValue(WEB_EXCEPTION_STATUS, 'UnknownError'), Response: null }) }],
  ['System.Management.Automation.RuntimeException', { defaultMessage: 'Operation is not valid due to the current state of the object.', hresult: -2146233087 }],
]));

/** A .NET exception as a value: its type's full name, Message and InnerException. */
export class ExceptionValue extends PSObject {
  constructor(fullName: string, message: string, inner: ExceptionValue | null, hresult: number, own?: Record<string, unknown>) {
    super(
      fullName,
      { ...own, TargetSite: null, Message: message, Data: new PSHashtable(), InnerException: inner, HelpLink: null, Source: null, HResult: hresult, StackTrace: null },
      undefined,
      // Exception.ToString(): the type and message (no stack trace: it was never thrown in .NET).
      `${fullName}: ${message}`,
    );
  }
  get message(): string {
    return toPSString(this.get('Message'));
  }
}

/** `[Type]::new(...)` / New-Object of an exception type; undefined when the arguments fit no constructor. */
export function constructException(fullName: string, raw: readonly unknown[]): ExceptionValue | undefined {
  const kind = kinds().get(fullName);
  if (!kind || raw.length > 2) return undefined;
  const args = raw.map(unwrap);
  const text = (v: unknown) => (v === null || v === undefined ? '' : toPSString(v));
  const inner = args[1] instanceof ExceptionValue ? args[1] : null;
  let message = args.length === 0 ? kind.defaultMessage : text(args[0]);
  if (kind.parameterName === 'first' && args.length >= 1 && !inner) {
    // (paramName) and (paramName, message).
    const parameter = text(args[0]);
    message = `${args.length === 2 ? text(args[1]) : kind.defaultMessage} (Parameter '${parameter}')`;
  } else if (kind.parameterName === 'second' && args.length === 2 && !inner) {
    message = `${text(args[0])} (Parameter '${text(args[1])}')`;
  } else if (args.length === 2 && !inner && args[1] !== null && args[1] !== undefined) {
    return undefined;
  }
  return new ExceptionValue(fullName, message, inner, kind.hresult, kind.own?.());
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
