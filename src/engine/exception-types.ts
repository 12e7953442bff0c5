// The .NET exception types behind spo-shell's errors, with their base types, so that
// `catch [System.Management.Automation.RuntimeException]` or `trap [System.Exception]` match as in
// PowerShell: a catch matches an exception of its type or of a type derived from it. An error
// raised by -ErrorAction Stop is also an ActionPreferenceStopException (PowerShell wraps it).

import { lazy } from './lazy.js';

const SMA = 'System.Management.Automation.';

/**
 * Full name -> base type's full name (System.Exception is the root). The tables are made on first
 * use: a script that raises and catches nothing never reads them (docs/startup.md, sixth round).
 */
const baseTypes = lazy((): ReadonlyMap<string, string> => new Map([
  ['System.SystemException', 'System.Exception'],
  [`${SMA}RuntimeException`, 'System.SystemException'],
  [`${SMA}ActionPreferenceStopException`, `${SMA}RuntimeException`],
  [`${SMA}ParameterBindingException`, `${SMA}RuntimeException`],
  [`${SMA}CmdletInvocationException`, `${SMA}RuntimeException`],
  [`${SMA}ParameterBindingArgumentTransformationException`, `${SMA}ParameterBindingException`],
  [`${SMA}ParameterBindingValidationException`, `${SMA}ParameterBindingException`],
  [`${SMA}CommandNotFoundException`, `${SMA}RuntimeException`],
  [`${SMA}ParseException`, `${SMA}RuntimeException`],
  [`${SMA}PipelineStoppedException`, `${SMA}RuntimeException`],
  [`${SMA}WildcardPatternException`, `${SMA}RuntimeException`],
  [`${SMA}ExtendedTypeSystemException`, `${SMA}RuntimeException`],
  [`${SMA}MethodException`, `${SMA}ExtendedTypeSystemException`],
  [`${SMA}MethodInvocationException`, `${SMA}MethodException`],
  [`${SMA}PropertyAssignmentException`, `${SMA}ExtendedTypeSystemException`],
  [`${SMA}MetadataException`, `${SMA}RuntimeException`],
  [`${SMA}ArgumentTransformationMetadataException`, `${SMA}MetadataException`],
  [`${SMA}ValidationMetadataException`, `${SMA}MetadataException`],
  [`${SMA}SessionStateException`, `${SMA}RuntimeException`],
  [`${SMA}ItemNotFoundException`, `${SMA}SessionStateException`],
  [`${SMA}DriveNotFoundException`, `${SMA}SessionStateException`],
  [`${SMA}ProviderNotFoundException`, `${SMA}SessionStateException`],
  [`${SMA}PSNotSupportedException`, 'System.NotSupportedException'],
  [`${SMA}SessionStateUnauthorizedAccessException`, `${SMA}SessionStateException`],
  [`${SMA}PSInvalidCastException`, 'System.InvalidCastException'],
  [`${SMA}PSArgumentException`, 'System.ArgumentException'],
  [`${SMA}PSArgumentOutOfRangeException`, 'System.ArgumentOutOfRangeException'],
  [`${SMA}PSInvalidOperationException`, 'System.InvalidOperationException'],
  [`${SMA}ParentContainsErrorRecordException`, 'System.SystemException'],
  [`${SMA}HelpNotFoundException`, 'System.SystemException'],
  ['Microsoft.PowerShell.Commands.WriteErrorException', 'System.SystemException'],
  ['System.InvalidCastException', 'System.SystemException'],
  ['System.ArgumentException', 'System.SystemException'],
  ['System.ArgumentOutOfRangeException', 'System.ArgumentException'],
  ['System.ArgumentNullException', 'System.ArgumentException'],
  ['System.InvalidOperationException', 'System.SystemException'],
  ['System.NotSupportedException', 'System.SystemException'],
  ['System.NotImplementedException', 'System.SystemException'],
  ['System.TimeoutException', 'System.SystemException'],
  ['System.ApplicationException', 'System.Exception'],
  ['System.IO.DirectoryNotFoundException', 'System.IO.IOException'],
  ['System.FormatException', 'System.SystemException'],
  ['System.UriFormatException', 'System.FormatException'],
  ['System.UnauthorizedAccessException', 'System.SystemException'],
  ['System.ArithmeticException', 'System.SystemException'],
  ['System.DivideByZeroException', 'System.ArithmeticException'],
  ['System.OverflowException', 'System.ArithmeticException'],
  ['System.IO.IOException', 'System.SystemException'],
  ['System.IO.FileNotFoundException', 'System.IO.IOException'],
  ['System.IO.InvalidDataException', 'System.SystemException'],
  ['System.Net.WebException', 'System.InvalidOperationException'],
  ['System.Net.Http.HttpRequestException', 'System.Exception'],
  ['Microsoft.Identity.Client.MsalException', 'System.Exception'],
  ['Microsoft.Identity.Client.MsalServiceException', 'Microsoft.Identity.Client.MsalException'],
  ['Microsoft.Identity.Client.MsalUiRequiredException', 'Microsoft.Identity.Client.MsalServiceException'],
  ['Microsoft.Identity.Client.MsalClientException', 'Microsoft.Identity.Client.MsalException'],
  ['Microsoft.SharePoint.Client.ServerException', 'System.Exception'],
  ['Microsoft.SharePoint.Client.ServerUnauthorizedAccessException', 'Microsoft.SharePoint.Client.ServerException'],
  ['Microsoft.Online.SharePoint.Common.SpoException', 'System.Exception'],
  ['Microsoft.IdentityModel.Tokens.SecurityTokenException', 'System.Exception'],
  ['Microsoft.IdentityModel.Tokens.SecurityTokenValidationException', 'Microsoft.IdentityModel.Tokens.SecurityTokenException'],
  ['Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException', 'Microsoft.IdentityModel.Tokens.SecurityTokenValidationException'],
  ['Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException', 'Microsoft.IdentityModel.Tokens.SecurityTokenValidationException'],
  ['Microsoft.IdentityModel.Tokens.AudienceUriValidationFailedException', 'Microsoft.IdentityModel.Tokens.SecurityTokenValidationException'],
]));

const byLower = lazy((): ReadonlyMap<string, string> => new Map(['System.Exception', ...baseTypes().keys()].map((n) => [n.toLowerCase(), n])));
/** Short names spo-shell's errors use, by the last part of the full name. */
const byShort = lazy((): ReadonlyMap<string, string> => new Map(['System.Exception', ...baseTypes().keys()].map((n) => [n.slice(n.lastIndexOf('.') + 1), n])));

/**
 * The full name a `catch [Name]` means, as PowerShell resolves type names: the full name, or the
 * name after an implied `System.` (`[Exception]`, `[Net.WebException]`); undefined when unknown.
 */
export function resolveExceptionType(name: string): string | undefined {
  const lower = name.toLowerCase();
  return byLower().get(lower) ?? byLower().get(`system.${lower}`);
}

/** The full name of an exception type spo-shell names by its short name (RuntimeException). */
export function exceptionFullName(short: string): string | undefined {
  return byShort().get(short);
}

/** An error as the handler search sees it (an ErrorRecord): its exception's type and the one it wraps. */
export interface WrappingError<R> {
  readonly exceptionFullName: string;
  readonly inner?: R;
}

/** A catch clause or trap: the full names of the types it catches, none for one that catches all. */
export interface ErrorHandler {
  readonly types: readonly string[];
}

/**
 * The handler of a try statement's catches (or of a scope's traps) that takes an error, and the
 * record its `$_` shows, as PowerShell chooses (ExceptionHandlingOps.FindMatchingHandler): the
 * exception the error wraps is tried first, so `1/0` goes to `catch [DivideByZeroException]` and a
 * failed cast to `catch [PSInvalidCastException]` ahead of an earlier `catch [RuntimeException]`,
 * with `$_.Exception` the inner exception; the error's own type is tried when no handler takes the
 * inner one by its type. `typesOf` resolves a handler's type names (and may throw for an unknown one).
 */
export function findHandler<H, R extends WrappingError<R>>(
  handlers: readonly H[],
  typesOf: (handler: H) => readonly string[],
  record: R,
  stopException: boolean,
): { handler: H; record: R } | undefined {
  const byType = (thrown: string, stop: boolean): { handler: H; catchAll: boolean } | undefined => {
    for (const handler of handlers) {
      const types = typesOf(handler);
      if (types.length === 0) return { handler, catchAll: true };
      if (types.some((t) => catchTypeMatches(t, thrown, stop))) return { handler, catchAll: false };
    }
    return undefined;
  };
  if (record.inner) {
    const byInner = byType(record.inner.exceptionFullName, false);
    if (byInner && !byInner.catchAll) return { handler: byInner.handler, record: record.inner };
  }
  const own = byType(record.exceptionFullName, stopException);
  return own ? { handler: own.handler, record } : undefined;
}

/** Whether a catch of `catchType` (a full name) handles an exception of type `thrown`. */
export function catchTypeMatches(catchType: string, thrown: string, stopException: boolean): boolean {
  const chain = (start: string): string[] => {
    const out: string[] = [];
    for (let t: string | undefined = start; t; t = baseTypes().get(t)) out.push(t);
    if (out[out.length - 1] !== 'System.Exception') out.push('System.Exception');
    return out;
  };
  const wanted = catchType.toLowerCase();
  const types = stopException ? [...chain(`${SMA}ActionPreferenceStopException`), ...chain(thrown)] : chain(thrown);
  return types.some((t) => t.toLowerCase() === wanted);
}
